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
}
