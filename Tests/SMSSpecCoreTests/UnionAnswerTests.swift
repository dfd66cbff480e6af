import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// An answer that is an object or a bare value under one status (seven.io answers HTTP 200 whatever happened, and a
/// refused key with the bare code `"900"`): a response names a union, whose codes decide as a shape's do.
@Suite struct UnionAnswerTests {
    static let yaml = """
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {shape: SendAnswer, tables: [ReturnCode]}}}
        shapes:
          Send: {fields: {to: string}}
          SendResponse: {fields: {success: ReturnCode, id: {type: string, required: false}}}
        unions:
          SendAnswer: {summary: The answer object; a bare return code when the key is refused., variants: {answer: SendResponse, code: ReturnCode}}
        tables:
          ReturnCode:
            title: Return codes
            source: doc
            wire: string
            entries:
              - {code: 100, name: Accepted, summary: Accepted., outcome: success, category: none}
              - {code: 201, name: SenderInvalid, summary: Sender invalid., outcome: failure, category: invalidRequest}
              - {code: 900, name: InvalidAPIKey, summary: Invalid API key., outcome: failure, category: authentication}
        examples:
          - {name: refused, message: SendAnswer, source: doc, payload: '"900"'}
          - {name: sent, message: SendAnswer, source: doc, payload: '{"success": "100", "id": "7"}'}

        """

    /// A generated client reads the union and decides by the codes of its variant: the bare `"900"` (or `900`) is the
    /// documented failure 900, not a decoding error, and the answer object is returned, or thrown by its own code.
    @Test func aBareCodeThrowsTheDocumentedFailureAndTheObjectIsReturned() throws {
        #expect(Snippet.diagnostics(Self.yaml) == [])
        let main = #"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            struct Canned: ClientTransport {
                let body: String
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(self.body))
                }
            }

            for body in [#""900""#, "900", #"{"success": "100", "id": "7"}"#, #"{"success": "201"}"#] {
                let client = Acme.Client(transport: Canned(body: body))
                do {
                    switch try await client.send(Acme.Send(to: "1")) {
                    case .answer(let answer): print("answer", answer.success.wireCode.text, answer.id ?? "-")
                    case .code(let code): print("code", code.wireCode.text)
                    }
                } catch let error as ProviderError {
                    print("failure", error.rawCode, error.entry?.name ?? "-", error.category)
                } catch {
                    print("error", error)
                }
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main, clients: true)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            failure 900 InvalidAPIKey authentication
            failure 900 InvalidAPIKey authentication
            answer 100 7
            failure 201 SenderInvalid invalidRequest

            """, "\(run?.output ?? build.output)")
    }

    /// The union is a response message of the catalog, so `smsspec decode` and lint's example check read it.
    @Test func theUnionIsAMessageOfTheCatalog() throws {
        let catalog = try Snippet.swift(Self.yaml, "catalog", options: GeneratorOptions(outputs: GeneratorOptions.Output.defaults.union([.catalog])))
        #expect(catalog.contains(#".init(Acme.SendAnswer.self, name: "SendAnswer", kind: .response, summary: "The answer object; a bare return code when the key is refused.", wire: .json),"#), "\(catalog)")
    }

    /// The tables a response lists are those its union carries: a table of a variant left out is named, at the
    /// response, as for a shape.
    @Test func aTableTheUnionCarriesAndTheResponseLeavesOutIsNamed() {
        let yaml = Self.yaml.replacingOccurrences(of: "tables: [ReturnCode]}", with: "tables: [Other]}").replacingOccurrences(
            of: "examples:\n",
            with: "  Other:\n    title: Other\n    source: doc\n    entries:\n      - {code: 401, name: Refused, summary: Refused., outcome: failure, category: authentication}\nexamples:\n")
        let diagnostics = Snippet.diagnostics(yaml)
        #expect(diagnostics.count == 2 && diagnostics[0].hasPrefix("9:98: response 200 of operation 'send' lists its tables, but its union 'SendAnswer' also carries codes of table 'ReturnCode'"), "\(diagnostics)")
        // Nor does `Other` decide: its one code is a status a 200 answer never has.
        #expect(diagnostics.last?.contains("table 'Other' is in the 'tables' of response 200 of operation 'send'") == true && diagnostics.last?.contains("never decides") == true, "\(diagnostics)")
    }

    /// A name that is no shape or union, or one of a table or enum, is a located error saying what an answer may be.
    @Test func anAnswerNamingNoShapeOrUnionIsALocatedError() {
        let unknown = Snippet.diagnostics(Self.yaml.replacingOccurrences(of: "{shape: SendAnswer,", with: "{shape: SendAnswers,"))
        #expect(unknown.first == "9:77: 'SendAnswers' is not a defined shape or union (did you mean 'SendAnswer'?)", "\(unknown)")
        let table = Snippet.diagnostics(Self.yaml.replacingOccurrences(of: "{shape: SendAnswer,", with: "{shape: ReturnCode,"))
        #expect(table.first == "9:77: 'ReturnCode' is a table, not a shape or union: an answer is read as a shape's fields or as one of a "
            + "union's forms; an answer that is an object or a bare value is a union with a variant of each (`{answer: Sent, code: Code}`) "
            + "(a field of it may be of that type)", "\(table)")
    }

    /// A plain-text answer stays a whole answer: a union's variant may not be one, an answer's union included.
    @Test func aTextAnswerIsNoVariantOfAnAnswersUnion() {
        let yaml = Self.yaml.replacingOccurrences(
            of: "SendResponse: {fields: {success: ReturnCode, id: {type: string, required: false}}}",
            with: "SendResponse: {text: ['{success}|{id}'], fields: {success: ReturnCode, id: {type: string, required: false}}}")
            .replacingOccurrences(of: #"payload: '{"success": "100", "id": "7"}'"#, with: #"payload: '"100"'"#)
        let diagnostics = Snippet.diagnostics(yaml)
        #expect(diagnostics.contains { $0.contains("shape 'SendResponse' is an answer in plain text ('text'), so it cannot be") }, "\(diagnostics)")
    }
}
