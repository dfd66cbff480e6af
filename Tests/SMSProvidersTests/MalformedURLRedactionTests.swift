import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import Testing

/// A callback URL with a typo'd scheme is the very value the `url` rule refuses and quotes; its user information was
/// found only after `scheme:` or `//`, so the violation and `dump` printed its password. A value meant to be one URL
/// shows what stands before the last `@` of its authority `<redacted>`.
@Suite struct MalformedURLRedactionTests {
    @Test(arguments: [
        ("https//shop:PASSWORD99@hooks.example/dlr", "https//<redacted>@hooks.example/dlr"),
        ("shop:PASSWORD99@hooks.example/dlr", "<redacted>@hooks.example/dlr"),
        ("PASSWORD99@hooks.example", "<redacted>@hooks.example"),
        ("htps:\\\\shop:PASS@WORD99@hooks.example?x", #"htps:\\<redacted>@hooks.example?x"#),
        // Read as before.
        ("ftp://shop:PASSWORD99@hooks.example/dlr", "ftp://<redacted>@hooks.example/dlr"),
        ("https:shop:PASSWORD99@hooks.example", "https:<redacted>@hooks.example"),
    ])
    func aMalformedCallbackURLsCredentialDoesNotPrint(callback: String, shown: String) async throws {
        let request = Bind.SendTemplateRequest(id: "t", to: "385911111111", callbackURL: callback)
        let violations = request.validate()
        #expect(violations.map(\.path) == ["callback_url"])
        var dumped = ""
        dump(request, to: &dumped)
        let transport = ScriptedTransport([])
        let client = Bind.Client(transport: transport, configuration: ClientConfiguration(credentials: .apiKey("key-never-printed")))
        let error = try await #require(throws: ProviderClientError.self) { try await client.sendTemplate(request) }
        #expect(transport.sent.isEmpty)
        for text in ["\(violations)", "\(request)", dumped, "\(error)", String(reflecting: error)] {
            #expect(!text.contains("WORD99"), "\(text)")
        }
        #expect("\(error)".contains("callback_url: \"\(shown.replacingOccurrences(of: "\\", with: "\\\\"))\" is not an http(s) URL"), "\(error)")
        #expect(dumped.contains("<redacted>@hooks.example"), "\(dumped)")
    }

    /// A client that does not validate sends such a URL: a provider echoing it showed its password, which only a
    /// well-formed URL's reading found.
    @Test(arguments: [
        "https//shop:PASSWORD99@hooks.example/dlr", "shop:PASSWORD99@hooks.example/dlr", "htps:\\\\shop:PASS@WORD99@hooks.example?x",
        "TOKEN-PASSWORD99@hooks.example",
    ])
    func anUnvalidatedMalformedCallbackURLsCredentialDoesNotPrint(callback: String) async throws {
        let request = Bind.SendTemplateRequest(id: "t", to: "385911111111", callbackURL: callback)
        let transport = ScriptedTransport(status: 502, body: "bad gateway: cannot reach \(callback)")
        let client = Bind.Client(
            transport: transport, configuration: ClientConfiguration(credentials: .apiKey("key-never-printed"), validatesRequests: false))
        let error = try await #require(throws: ProviderError.self) { try await client.sendTemplate(request) }
        #expect(transport.sent.count == 1)
        var dumped = ""
        dump(error, to: &dumped)
        let body = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
        for text in ["\(error)", body, dumped] {
            #expect(!text.contains("WORD99"), "\(text)")
        }
        #expect(body.contains("<redacted>@hooks.example"), "\(body)")
    }

    /// A well-formed URL's `@` after its authority (a path's, a query's) is no user information.
    @Test func anAtAfterTheAuthorityPrints() {
        let request = Bind.SendTemplateRequest(id: "t", to: "385911111111", callbackURL: "https://hooks.example/u/bob@x?to=a@b")
        #expect("\(request)".contains("https://hooks.example/u/bob@x?to=a@b"), "\(request)")
    }
}
