import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// What a failed answer says in words (a user's SMS Aero `{"success": false, "message": "Validation error."}` threw
/// with no reason): a field with `role: reason` in an answer's shape, or in a shape it holds, is carried by the client
/// as `ProviderError.rawMessage`, a credential echoed in it hidden.
@Suite struct FailureReasonTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {shape: Sent, tables: [Outcome]}
              400: {shape: Problem}
              401: {}
        shapes:
          Send: {fields: {to: string}}
          Sent:
            fields:
              status: Outcome
              id: {type: string, required: false}
              message: {type: string, required: false, role: reason}
          Problem: {fields: {error: Detail}}
          Detail:
            fields:
              code: {type: int, required: false}
              message: {type: string, required: false, role: reason}
        tables:
          Outcome:
            title: Outcome
            source: doc
            entries:
              - {code: 0, summary: Sent, outcome: success, category: none}
              - {code: 1, summary: Refused, outcome: failure, category: unknown}

        """

    @Test func aReasonIsAStringOfAnAnswer() {
        #expect(lintDiagnostics(Self.spec) == [])
        let number = Self.spec.replacingOccurrences(of: "code: {type: int, required: false}", with: "code: {type: int, required: false, role: reason}")
        #expect(lintDiagnostics(number).contains {
            $0.contains("error: field 'code' of shape 'Detail' has the role 'reason', which is a string; the field is 'int'")
        }, "\(lintDiagnostics(number))")
    }

    /// The descriptor says where each answer's reason sits: the 400's inside `error`; the 200's own, then the 400's,
    /// since an error envelope under 200 is read by the codes the provider's answers carry.
    @Test func theDescriptorCarriesTheReasonsPaths() throws {
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: DiagnosticCollector()).first)
        let send = try #require(model.operations.first)
        #expect(send.reasonPaths == ["200": [["message"], ["error", "message"]], "400": [["error", "message"]]])
    }

    @Test func theClientCarriesTheReasonAndHidesACredentialInIt() throws {
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            struct Answers: ClientTransport {
                let status: HTTPResponse.Status
                let body: String
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    (HTTPResponse(status: status, headerFields: [.contentType: "application/json"]), HTTPBody(self.body))
                }
            }
            for (status, body) in [
                (HTTPResponse.Status.ok, #"{"status": 1, "message": "Validation error."}"#),
                (.badRequest, #"{"error": {"code": 7, "message": "Bad key sekret-key-1234"}}"#),
                (.badRequest, #"{"error": {"message": "   "}}"#),
                (.unauthorized, #"{"message": "not a documented body"}"#),
                (.ok, #"{"status": 0, "id": "m1", "message": "Queued."}"#),
            ] {
                let client = Acme.Client(
                    transport: Answers(status: status, body: body), configuration: ClientConfiguration(credentials: .apiKey("sekret-key-1234")))
                do {
                    let sent = try await client.send(Acme.Send(to: "1"))
                    print("sent", sent.id ?? "")
                } catch let error as ProviderError {
                    print(error.rawMessage ?? "nil", "|", error)
                }
            }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        let lines = run?.output.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 5, "\(run?.output ?? "")")
        #expect(lines.first == #"Validation error. | acme Outcome 1 (1: Refused) [unknown] — "Validation error.""#, "\(lines)")
        #expect(lines.dropFirst().first?.hasPrefix("Bad key <redacted> | ") == true, "\(lines)")
        #expect(!(run?.output.contains("sekret-key-1234") ?? true), "\(run?.output ?? "")")
        #expect(lines.dropFirst(2).first?.hasPrefix("nil | ") == true, "\(lines)")
        // A body the spec does not document for the status has no reason the spec places.
        #expect(lines.dropFirst(3).first?.hasPrefix("nil | ") == true, "\(lines)")
        #expect(lines.last == "sent m1", "\(lines)")
    }
}
