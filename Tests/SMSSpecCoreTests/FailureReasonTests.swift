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
            $0.contains("error: field 'code' of shape 'Detail' has the role 'reason', which is a string, json, or a union with a string variant (read when the answer holds text there); the field is 'int'")
        }, "\(lintDiagnostics(number))")
    }

    /// The descriptor says where each answer's reason sits: the 400's inside `error`; the 200's own, then the 400's,
    /// since an error envelope under 200 is read by the codes the provider's answers carry.
    @Test func theDescriptorCarriesTheReasonsPaths() throws {
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: DiagnosticCollector()).first)
        let send = try #require(model.operations.first)
        #expect(send.reasonPaths == ["200": [["message"], ["error", "message"]], "400": [["error", "message"]]])
        // Not a path whose first field the answer's own shape holds as something else (a user's SMS Dev look-up answers
        // `descricao` as its delivery status, where the other answers' `descricao` is the reason).
        let holdsError = Self.spec.replacingOccurrences(of: "      id: {type: string, required: false}\n", with: "      id: {type: string, required: false}\n      error: {type: string, required: false}\n")
        let own = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: holdsError)], diagnostics: DiagnosticCollector()).first)
        #expect(holdsError != Self.spec && own.operations.first?.reasonPaths["200"] == [["message"]])
    }

    /// JSON:API's errors (a user's Flowroute `errors: '[APIError]'`, `detail` its reason) were not looked into, and lint
    /// said nothing: a reason in a list's elements is read, and one no answer reaches is a warning at its role.
    @Test func aReasonInAListIsReadAndOneNoAnswerReachesIsAWarning() throws {
        let listed = Self.spec
            .replacingOccurrences(of: "Problem: {fields: {error: Detail}}", with: "Problem: {fields: {errors: '[Detail]'}}")
        #expect(lintDiagnostics(listed) == [])
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: listed)], diagnostics: DiagnosticCollector()).first)
        #expect(model.operations.first?.reasonPaths["400"] == [["errors", "message"]])
        // A list shape holds its elements' reasons at its own path (a review).
        let listShape = Self.spec.replacingOccurrences(of: "Problem: {fields: {error: Detail}}", with: "Problem: {fields: {errors: Errors}}\n  Errors: {items: Detail}")
        #expect(lintDiagnostics(listShape) == [])
        let listModel = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: listShape)], diagnostics: DiagnosticCollector()).first)
        #expect(listModel.operations.first?.reasonPaths["400"] == [["errors", "message"]])
        // One result or a list of them (a user's iSendPro `etat`): the reason is read in whichever the answer holds.
        let oneOrMany = Self.spec.replacingOccurrences(of: "Problem: {fields: {error: Detail}}", with: "Problem: {fields: {etat: Etat}}")
            .replacingOccurrences(of: "tables:\n", with: "unions:\n  Etat: {variants: {one: Detail, many: '[Detail]'}}\ntables:\n")
        #expect(lintDiagnostics(oneOrMany) == [])
        let eitherModel = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: oneOrMany)], diagnostics: DiagnosticCollector()).first)
        #expect(eitherModel.operations.first?.reasonPaths["400"] == [["etat", "message"]])
        let mapped = Self.spec.replacingOccurrences(of: "Problem: {fields: {error: Detail}}", with: "Problem: {fields: {errors: '{Detail}'}}")
        // Eskiz's `message`: words, or an object of field errors; the client reads the words.
        let either = Self.spec.replacingOccurrences(of: "message: {type: string, required: false, role: reason}\ntables:", with: "message: {type: Said, required: false, role: reason}\nunions:\n  Said: {variants: {words: string, fields: '{[string]}'}}\ntables:")
        #expect(either != Self.spec)
        #expect(lintDiagnostics(either) == [])
        let numbers = either.replacingOccurrences(of: "words: string", with: "words: int")
        #expect(lintDiagnostics(numbers).contains { $0.contains("has the role 'reason', which is a string, json,") }, "\(lintDiagnostics(numbers))")
        #expect(lintDiagnostics(mapped) == [
            "specs/acme.yaml:24:54: warning: field 'message' of shape 'Detail' is a reason no answer is read for: the client reads one in "
                + "an answer's shape (JSON, or a plain-text answer's form) and the shapes it holds in fields or lists, at most 4 levels down, not in maps; declare "
                + "it where an answer holds it"
        ])
    }

    /// A program's transport answering each call with one status and body.
    static let answering = ##"""
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

        """##

    @Test func theClientCarriesTheReasonAndHidesACredentialInIt() throws {
        let main = Self.answering + ##"""
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

    /// A plain-text answer's words are the field of the form that read it (a user's SMSLive247 `ERR: 401: Invalid
    /// Session` was thrown without them, and lint called its `role: reason` one no answer is read for); a credential
    /// echoed in them is hidden; a list of them gives its first line's.
    @Test func aPlainTextAnswersReasonIsCarried() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
            sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Answer, tables: [Word]}}, source: doc}
              bulk: {method: POST, path: /bulk, request: Send, responses: {200: {shape: Answers, tables: [Word]}}, source: doc}
            shapes:
              Send: {fields: {to: string}}
              Answer:
                text: ['{status}: {code}: {description}', '{status}: {value}']
                fields:
                  status: Word
                  code: {type: int, required: false}
                  description: {type: string, required: false, role: reason}
                  value: {type: string, required: false}
              Answers: {items: Answer}
            tables:
              Word:
                title: Word
                source: doc
                codeType: string
                entries:
                  - {code: OK, summary: Done, outcome: success, category: none}
                  - {code: ERR, summary: Refused, outcome: failure, category: unknown}

            """
        #expect(lintDiagnostics(spec) == [])
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: DiagnosticCollector()).first)
        #expect(model.operations.map { $0.reasonPaths["200"] } == [[["description"]], [["description"]]])
        let main = Self.answering + ##"""
            let client = { (body: String) in
                Acme.Client(transport: Answers(status: .ok, body: body), configuration: ClientConfiguration(credentials: .apiKey("sekret-key-1234")))
            }
            for body in ["ERR: 401: Invalid Session", "ERR: 402: Bad key sekret-key-1234", "ERR: 403:   ", "OK: m1"] {
                do {
                    print("sent", try await client(body).send(Acme.Send(to: "1")).value ?? "")
                } catch let error as ProviderError {
                    print(error.rawMessage ?? "nil")
                }
            }
            do {
                _ = try await client("OK: m1\nERR: 9: Blocked number").bulk(Acme.Send(to: "1"))
                print("bulk sent")
            } catch let error as ProviderError {
                print(error.rawMessage ?? "nil")
            }
            // The words of the line whose code is thrown (an attack: another line's), past a hundred lines too.
            do {
                _ = try await client(String(repeating: "OK: m\n", count: 150) + "ERR: 114: Cannot route\nERR: 9: Auth failed").bulk(Acme.Send(to: "1"))
            } catch let error as ProviderError {
                print(error.rawCode, error.rawMessage ?? "nil")
            }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        let lines = run?.output.split(separator: "\n").map(String.init) ?? []
        #expect(lines.prefix(5) == ["Invalid Session", "Bad key <redacted>", "nil", "sent m1", "Blocked number"], "\(run?.output ?? "")")
        #expect(lines.count == 6 && ["ERR Cannot route", "ERR Auth failed"].contains(lines[5]), "\(lines)")
    }

    /// An attack: a reason echoing a credential in another charset printed (the key's UTF-8 read as Latin-1, `Ã©`;
    /// percent-encoded in Latin-1, `%E9`); a long reason took minutes to redact (a message's cut-spelling search over
    /// each `…`: 10,000 took 149 s, the same body's redaction 1.8 s); an unlisted 2xx status's refusal lost its reason.
    @Test func aReasonIsRedactedWholeInTimeAndInEveryCharset() throws {
        let main = Self.answering + ##"""
            let key = "A&b<c>d\"e'f+/=é0123456789abcdef"
            let misread = String(data: Data(key.utf8), encoding: .isoLatin1)!
            let latin1 = key.replacingOccurrences(of: "é", with: "%E9").replacingOccurrences(of: "&", with: "%26").replacingOccurrences(of: "+", with: "%2B")
                .replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "=", with: "%3D").replacingOccurrences(of: "<", with: "%3C")
                .replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "'", with: "%27")
            func quoted(_ text: String) -> String { String(data: try! JSONEncoder().encode(text), encoding: .utf8)! }
            let long = String(repeating: "…", count: 10_000)
            // The program's own CPU time: the tests and builds running beside it do not count.
            func cpuSeconds() -> Double {
                var time = timespec()
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
                return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
            }
            for (status, body) in [
                (HTTPResponse.Status.badRequest, #"{"error": {"message": "key "# + quoted(misread).dropFirst()),
                (.badRequest, #"{"error": {"message": "key "# + quoted(latin1).dropFirst()),
                (.created, #"{"status": 1, "message": "denied"}"#),
                (.badRequest, #"{"error": {"message": "\#(long)"}}"#),
            ] {
                let client = Acme.Client(transport: Answers(status: status, body: String(body) + (body.hasSuffix("}") ? "" : "}}")),
                    configuration: ClientConfiguration(credentials: .basic(username: "acme-user", password: Secret(key))))
                let start = cpuSeconds()
                do {
                    _ = try await client.send(Acme.Send(to: "1"))
                    print("sent")
                } catch let error as ProviderError {
                    print((error.rawMessage ?? "nil").prefix(40), cpuSeconds() - start < 20)
                    if "\(error)\(error.rawMessage ?? "")".contains("0123456789abcdef") { print("PRINTED") }
                }
            }
            """##
        // A password of Basic authentication may be any text, unlike a header's key.
        let spec = Self.spec.replacingOccurrences(of: "auth: {type: header, name: X-Key}", with: "auth: {type: basic}")
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            key <redacted> true
            key <redacted> true
            denied true
            \(String(repeating: "…", count: 40)) true

            """, "\(run?.output ?? "")")
    }
}
