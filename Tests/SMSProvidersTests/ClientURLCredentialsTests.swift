import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import Testing

/// A URL in a request field that no spec marks `secret` (RajaSMS's `callbackurl`) can carry a password or a token:
/// an answer that echoes the request keeps them `<redacted>`, as the client's own server URL.
@Suite struct ClientURLCredentialsTests {
    @Test(arguments: [
        ("https://shop:pa55-never-printed@hooks.example/dlr", "https://shop:<redacted>@hooks.example/dlr"),
        ("https://tok-never-printed@hooks.example/dlr", "https://<redacted>@hooks.example/dlr"),
        // Percent-encoded in the field: only a URL written out was looked at.
        ("https%3A%2F%2Fshop%3Apa55-never-printed%40hooks.example%2Fdlr", "https%3A%2F%2Fshop%3A<redacted>%40hooks.example%2Fdlr"),
        // Encoded twice: decoded once, it was still no URL.
        ("https%253A%252F%252Fshop%253Apa55-never-printed%2540hooks.example%252Fdlr", "https%253A%252F%252Fshop%253A<redacted>%2540hooks.example%252Fdlr"),
        // Careless slashes, which WHATWG parsers read as `https://shop:…@hooks.example` (URLComponents reads a path).
        ("https:/shop:pa55-never-printed@hooks.example/dlr", "https:/shop:<redacted>@hooks.example/dlr"),
        ("https:shop:pa55-never-printed@hooks.example/dlr", "https:shop:<redacted>@hooks.example/dlr"),
    ])
    func anEchoedCallbackURLShowsNoCredential(callback: String, shown: String) async throws {
        let echo = "bad gateway: cannot reach \(callback) for request {\"callbackurl\":\"\(callback.replacingOccurrences(of: "/", with: #"\/"#))\"}"
        let client = RajaSMS.Client(
            serverURL: URL(string: "https://203.0.113.7/rajasms")!, transport: ScriptedTransport(status: 502, body: echo),
            configuration: ClientConfiguration(credentials: .fields(["apikey": "key-never-printed"])))
        let request = RajaSMS.SendRequest(apiKey: "", callbackURL: callback, dataPacket: [RajaSMS.Packet(number: "628123456789", message: "Hi")])
        let error = try await #require(throws: ProviderError.self) { try await client.sendRegular(request) }
        var dumped = ""
        dump(error, to: &dumped)
        let body = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
        for text in ["\(error)", body, dumped] {
            #expect(!text.contains("never-printed"), "\(text)")
        }
        #expect(body.hasPrefix("bad gateway: cannot reach \(shown) for request"), "\(body)")
    }
}
