import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import Testing

/// The server URL a client is given at run time: how it is printed and what requests are sent under it.
@Suite struct ClientServerURLTests {
    static let credentials = ClientConfiguration(credentials: .apiKey("key-never-printed"))

    /// A relative URL whose base holds a password: the client read it relative, saw no user information, and printed
    /// the password in its description, its `dump` and a transport's error quoting the URL.
    @Test func aRelativeServerURLsPasswordDoesNotPrint() async throws {
        let base = try #require(URL(string: "http://user:PASSWORD99@203.0.113.7:1/"))
        let client = Bind.Client(
            serverURL: try #require(URL(string: "v1", relativeTo: base)), transport: ClientTests.UnreachableTransport(), configuration: Self.credentials)
        let error = try await #require(throws: TransportFailure.self) {
            try await client.sendTemplate(Bind.SendTemplateRequest(id: "t", to: "385911111111"))
        }
        var dumped = "", dumpedError = ""
        dump(client, to: &dumped)
        dump(error, to: &dumpedError)
        for text in ["\(client.providerClient)", dumped, "\(error)", error.localizedDescription, dumpedError] {
            #expect(!text.contains("PASSWORD99"), "\(text)")
        }
        #expect("\(client.providerClient)".contains("http://<redacted>@203.0.113.7:1/v1"), "\(client.providerClient)")
    }

    /// A trailing `/` was doubled: `…/pre/` sent `POST /pre//v1.0/…`, and `https://host/` (how a host alone is typed)
    /// `//v1.0/…`, which a gateway matching exact paths may not serve.
    @Test(arguments: [
        ("https://h.example/pre/", "https://h.example/pre/v1.0/sms/template/t/send"),
        ("https://h.example/", "https://h.example/v1.0/sms/template/t/send"),
        ("https://h.example/pre", "https://h.example/pre/v1.0/sms/template/t/send"),
    ])
    func aTrailingSlashIsNotDoubled(serverURL: String, sent: String) async throws {
        let transport = ScriptedTransport(status: 500, body: "")
        let client = Bind.Client(serverURL: try #require(URL(string: serverURL)), transport: transport, configuration: Self.credentials)
        _ = try? await client.sendTemplate(Bind.SendTemplateRequest(id: "t", to: "385911111111"))
        let request = try #require(transport.sent.first)
        #expect(request.baseURL.absoluteString + (request.request.path ?? "") == sent)
    }

    /// A query or fragment in the server URL was dropped unsaid (a request's query replaces it): it is refused before
    /// anything is sent, as a spec's base URL with one is, and shown without it (a key may be pasted there).
    @Test(arguments: ["https://h.example/pre?x=1", "https://h.example/pre#f", "https://h.example/?", "https://user:PASSWORD99@h.example/pre?key=SECRET99"])
    func aServerURLWithAQueryOrFragmentIsRefused(serverURL: String) async throws {
        let transport = ScriptedTransport(status: 200, body: "{}")
        let client = Bind.Client(serverURL: try #require(URL(string: serverURL)), transport: transport, configuration: Self.credentials)
        let error = try await #require(throws: ServerURLError.self) {
            try await client.sendTemplate(Bind.SendTemplateRequest(id: "t", to: "385911111111"))
        }
        #expect(transport.sent.isEmpty)
        #expect("\(error)".contains("has a query or fragment"), "\(error)")
        #expect(!"\(error)".contains("99") && !"\(error)".contains("x=1"), "\(error)")
    }
}
