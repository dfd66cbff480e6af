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
            https://acme.example/send?text=Caf%E9%20%E0%205%20%A4&to=33600000000
            ["Content-Type: application/x-www-form-urlencoded"] text=%BCuvre&to=33600000000
            the field 'text' holds a character ISO-8859-15, the charset the provider reads forms and queries in, cannot write; nothing was sent (replace it, or leave it out)
            200 Report(id: "1", text: "Café €")
            200 Report(id: "2", text: "Œé")
            200 Report(id: "3", text: "œ")
            200 Report(id: "4", text: "Café €")
            200 Report(id: "4", text: "Café €")
            400
            isoLatin9

            """)
    }
}
