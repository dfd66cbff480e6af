import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A provider that reads and writes its forms and queries in a charset of its own (smsmode's ISO-8859-15, legacy
/// Turkish and Russian gateways'): `charset:` under `provider`. Requests are written in it, callbacks read in it.
@Suite struct ProviderCharsetTests {
    static let yaml = """
        shapes:
          Send: {fields: {to: string, text: string}}
          Post: {fields: {to: string, text: string}}
          Sent: {fields: {id: string}}
          Report: {fields: {id: string, text: string}}
        operations:
          send: {method: GET, path: /send, encoding: query, idempotent: false, request: Send, responses: {200: {shape: Sent}}}
          post: {method: POST, path: /post, encoding: form, request: Post, responses: {200: {shape: Sent}}}
        callbacks:
          Report: {method: GET, encoding: query, shape: Report}
          Posted: {method: POST, encoding: form, shape: Report}
          Json: {method: POST, encoding: json, shape: Report}

        """
    static func file(_ charset: String? = "latin9") -> String {
        Snippet.header(providerKeys: charset.map { "  charset: \($0)\n" } ?? "") + yaml
    }

    @Test func aCharsetNoFormIsReadInIsALocatedErrorWithTheNearestName() {
        #expect(Snippet.diagnostics(Self.yaml, providerKeys: "  charset: ISO-8859-15\n") == [])
        #expect(Snippet.diagnostics(Self.yaml, providerKeys: "  charset: cp1251\n") == [])
        #expect(Snippet.diagnostics(Self.yaml, providerKeys: "  charset: ISO-8859-16\n") == [
            "6:12: 'charset' of the provider must be one of UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, windows-1250, windows-1251, KOI8-R, ISO-8859-5, ISO-8859-9, windows-1254, windows-1256, US-ASCII (or an alias of one: latin9, cp1252, …); found 'ISO-8859-16' (did you mean 'ISO-8859-1'?)"
        ])
    }

    /// The requests, the provider descriptor and the receivers carry the charset; `smsspec diff` calls a change breaking.
    @Test func theGeneratedCodeCarriesTheCharsetAndTheDiffSaysItsChange() throws {
        let operations = try Snippet.swift(Self.yaml, "operations", options: ClientRendererTests.options, providerKeys: "  charset: latin9\n")
        #expect(operations.contains("    formCharset: .isoLatin9,"), "\(operations)")
        #expect(operations.contains("public static var formCharset: SMSSpecRuntime.FormCharset { .isoLatin9 }"), "\(operations)")
        let receivers = try Snippet.swift(Self.yaml, "receiver", options: ClientRendererTests.options, providerKeys: "  charset: latin9\n")
        #expect(receivers.contains(#"provider: "acme", name: "Report", method: "GET", encoding: .query,"# + "\n            charset: .isoLatin9)"), "\(receivers)")
        let plain = try Snippet.swift(Self.yaml, "operations", options: ClientRendererTests.options)
        #expect(!plain.contains("formCharset"), "\(plain)")

        func models(_ charset: String?) -> [ProviderModel] {
            Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.file(charset))], diagnostics: DiagnosticCollector())
        }
        #expect(SpecDiff.compare(old: models(nil), new: models("latin9")).map(\.description) == [
            "[breaking] acme: changed provider — forms and queries in UTF-8 → ISO-8859-15: the provider reads and writes one of them"
        ])
        #expect(SpecDiff.compare(old: models("ISO-8859-15"), new: models("latin9")) == [])
    }

    /// A query and a form go out in Latin-9 (`é` is `%E9`, `€` `%A4`); a character Latin-9 has no byte for is an error
    /// before anything is sent; a GET report's query and an unlabelled form are read in Latin-9, a labelled one as its
    /// label says.
    @Test func requestsAreWrittenAndCallbacksReadInTheProvidersCharset() throws {
        let main = ##"""
            import Foundation
            import HTTPTypes
            import SMSSpecReceiver
            import SMSSpecRuntime

            let query = try Acme.Send(to: "33600000000", text: "Café à 5 €").httpRequest(baseURL: "https://acme.example", authentication: .requestFields([]))
            print(query.url)
            let form = try Acme.Post(to: "33600000000", text: "Œuvre").httpRequest(baseURL: "https://acme.example", authentication: .requestFields([]))
            print(form.headers.map { "\($0.name): \($0.value)" }, String(decoding: form.body ?? Data(), as: UTF8.self))
            do {
                _ = try Acme.Send(to: "1", text: "Жук").httpRequest(baseURL: "https://acme.example", authentication: .requestFields([]))
            } catch {
                print(error)
            }
            // What `httpRequest` refuses, `validate()` names (a user's emoji passed it, then nothing was sent).
            print(Acme.Send(to: "1", text: "Жук").validate().map { "\($0.path) [\($0.rule)] \($0.message)" }, Acme.Post(to: "1", text: "Œuvre").validate().isEmpty)

            func show<Value>(_ reception: CallbackReception<Value>) {
                switch reception.result {
                case .success(let report): print(reception.answer.status.code, report)
                case .failure(let error): print(reception.answer.status.code, error)
                }
            }
            show(Acme.Receivers.report.receive(HTTPRequest(method: .get, scheme: "https", authority: "h", path: "/dlr?id=1&text=Caf%E9+%A4"), body: Data()))
            var post = HTTPRequest(method: .post, scheme: "https", authority: "h", path: "/dlr")
            post.headerFields[.contentType] = "application/x-www-form-urlencoded"
            show(Acme.Receivers.posted.receive(post, body: Data("id=2&text=%BC%E9".utf8)))
            post.headerFields[.contentType] = "application/x-www-form-urlencoded; charset=UTF-8"
            show(Acme.Receivers.posted.receive(post, body: Data("id=3&text=%C5%93".utf8)))
            // JSON whose bytes are not UTF-8 is the provider's charset, unlabelled or labelled so; labelled otherwise, refused.
            let latin9JSON = Data(#"{"id": "4", "text": "Caf"#.utf8) + Data([0xE9, 0x20, 0xA4]) + Data(#""}"#.utf8)
            post.headerFields[.contentType] = "application/json"
            show(Acme.Receivers.json.receive(post, body: latin9JSON))
            post.headerFields[.contentType] = "application/json; charset=latin9"
            show(Acme.Receivers.json.receive(post, body: latin9JSON))
            post.headerFields[.contentType] = "application/json; charset=windows-1252"
            print(Acme.Receivers.json.receive(post, body: latin9JSON).answer.status.code)
            print(Acme.provider.formCharset)
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.file(), main: main, receivers: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            https://acme.example/send?to=33600000000&text=Caf%E9%20%E0%205%20%A4
            ["Content-Type: application/x-www-form-urlencoded"] to=33600000000&text=%BCuvre
            the field 'text' holds a character ISO-8859-15, the charset the provider reads forms and queries in, cannot write; nothing was sent (replace it, or leave it out)
            ["text [charset] holds a character ISO-8859-15, the charset the provider reads forms and queries in, cannot write"] true
            200 Report(id: "1", text: "Café €")
            200 Report(id: "2", text: "Œé")
            200 Report(id: "3", text: "œ")
            200 Report(id: "4", text: "Café €")
            200 Report(id: "4", text: "Café €")
            400
            isoLatin9

            """)
    }

    /// A request several operations send (a user's ViaNett send, by GET or by POST) passed `validate()` with a character
    /// its charset cannot write, then `httpRequest` refused it: it is checked where one operation writes it as a form or
    /// query, and not where every one sends it as JSON (written in UTF-8).
    @Test func aRequestSeveralOperationsSendIsCheckedInTheCharset() throws {
        let spec = Snippet.header(providerKeys: "  charset: latin1\n") + """
            shapes:
              Shared: {fields: {to: string, text: string}}
              Both: {fields: {to: string, text: string}}
              Sent: {fields: {id: string}}
            operations:
              viaGet: {method: GET, path: /send, encoding: query, idempotent: false, request: Shared, responses: {200: {shape: Sent}}}
              viaForm: {method: POST, path: /send, encoding: form, request: Shared, responses: {200: {shape: Sent}}}
              jsonOne: {method: POST, path: /a, encoding: json, request: Both, responses: {200: {shape: Sent}}}
              jsonTwo: {method: POST, path: /b, encoding: json, request: Both, responses: {200: {shape: Sent}}}

            """
        let main = ##"""
            import SMSSpecRuntime
            print(Acme.Shared(to: "1", text: "Hello € 😀").validate().map { "\($0.path) [\($0.rule)]" }, Acme.Shared(to: "1", text: "Hé").validate().isEmpty)
            print(Acme.Both(to: "1", text: "Hello € 😀").validate().isEmpty)
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main, clients: false)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == "[\"text [charset]\"] true\ntrue\n", "\(run?.output ?? "")")
    }

    /// Attacks on the charset: a password sent in windows-1251 is hidden as the client spelled it (`%CF%E0…`, quoted
    /// by a transport's error); a JSON callback in windows-1251 signed over its fields verifies, its fields read as
    /// its decoder reads them; a `[form, json]` callback's JSON labelled neither way is read as JSON, and JSON posted
    /// to a form callback is refused, not read as a form of nothing.
    @Test func aCredentialInTheCharsetIsHiddenAndItsJSONIsReadAlikeEverywhere() throws {
        let spec = Snippet.header(providerKeys: "  charset: windows-1251\n  auth: {type: fields, fields: [psw]}\n") + """
            shapes:
              Send: {fields: {psw: {type: string, secret: true}, phones: string, mes: string}}
              Sent: {fields: {id: string}}
              Signed: {fields: {id: string, text: string, md5: {type: string, required: false}}}
              Inbound: {fields: {from: {type: string, required: false}, text: {type: string, required: false}}}
            operations:
              send: {method: GET, path: /send.php, encoding: query, idempotent: false, request: Send, responses: {200: {shape: Sent}}}
            callbacks:
              Signed:
                encoding: json
                shape: Signed
                signature: {field: md5, algorithm: md5, signs: [{fields: {names: [id, text], pair: '{value}', separator: ':'}}, {text: ':'}, secret], encoding: hex}
              Inbound: {encoding: [form, json], shape: Inbound}
              Posted: {encoding: form, shape: Inbound}

            """
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecReceiver
            import SMSSpecRuntime

            struct TimedOut: Error, CustomStringConvertible {
                let url: String
                var description: String { "The request timed out: \(url)" }
            }
            struct Failing: ClientTransport {
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    throw TimedOut(url: baseURL.absoluteString + (request.path ?? ""))
                }
            }
            let client = Acme.Client(transport: Failing(), configuration: ClientConfiguration(credentials: .fields(["psw": "Пароль-секрет-123"])))
            do { _ = try await client.send(Acme.Send(psw: "", phones: "79991234567", mes: "Привет")) } catch { print(error) }

            func post(_ receiver: CallbackReceiver<some Sendable>, _ contentType: String?, _ body: Data) -> String {
                var request = HTTPRequest(method: .post, scheme: "https", authority: "h", path: "/cb")
                if let contentType { request.headerFields[.contentType] = contentType }
                let reception = receiver.receive(request, body: body)
                switch reception.result {
                case .success(let value): return "\(reception.answer.status.code) \(value)"
                case .failure(let error): return "\(reception.answer.status.code) \(error)"
                }
            }
            let cp1251 = Data([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2])  // Привет
            let signed = Data(#"{"id": "1", "text": ""#.utf8) + cp1251 + Data(#"", "md5": "6a4c2a8d58216089b2aed26f00bdbdc5"}"#.utf8)
            print(post(Acme.Receivers.signed.verifying(with: "s3cret"), "application/json", signed))
            let json = Data(#"{"from": "4915112345678", "text": "STOP"}"#.utf8)
            print(post(Acme.Receivers.inbound, "text/plain", json))
            print(post(Acme.Receivers.inbound, nil, json))
            print(post(Acme.Receivers.inbound, nil, Data("from=49151&text=STOP".utf8)))
            print(post(Acme.Receivers.posted, "text/plain", json))
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main, receivers: true, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        let output = try #require(run?.output, "\(build.output)")
        #expect(!output.contains("%CF%E0") && !output.contains("%cf%e0") && output.contains("psw=<redacted>"), "\(output)")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(Array(lines.dropFirst()) == [
            #"200 Signed(id: "1", text: "Привет", md5: Optional("6a4c2a8d58216089b2aed26f00bdbdc5"))"#,
            #"200 Inbound(from: Optional("4915112345678"), text: Optional("STOP"))"#,
            #"200 Inbound(from: Optional("4915112345678"), text: Optional("STOP"))"#,
            #"200 Inbound(from: Optional("49151"), text: Optional("STOP"))"#,
            #"400 Posted: at `(top level)`: The form is JSON (it starts with '{'), not name=value fields. (the request's Content-Type is "text/plain"; this callback is a form (application/x-www-form-urlencoded))"#,
        ], "\(output)")
    }
}
