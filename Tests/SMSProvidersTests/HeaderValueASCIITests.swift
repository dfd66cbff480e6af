import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import Testing

/// A header value that is not ASCII was sent, and URLSessionTransport sent it re-encoded (its UTF-8 bytes read as
/// Latin-1: `é` reached the provider as `Ã©`), a key `kéy` as another key, with no error. It is refused before
/// anything is sent, as a control character is: a user's header and a credential's alike.
@Suite struct HeaderValueASCIITests {
    static let notASCII = ["é", "203.0.113.7\u{85}", "a\u{2028}b", "\u{A0}x", "😀"]

    @Test(arguments: notASCII)
    func aUsersHeaderValueThatIsNotASCIIIsRefused(value: String) {
        #expect(throws: RequestBuildingError.unsendableHeaderValue("X-FORWARDED-FOR")) {
            try Bind.SendTemplateRequest(id: "t", to: "385921234567", forwardedFor: value).httpRequest(
                baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
        }
    }

    @Test(arguments: notASCII)
    func aCredentialThatIsNotASCIIIsRefusedBeforeAnythingIsSent(key: String) async {
        let transport = ScriptedTransport(status: 200, body: "{}")
        let bind = Bind.Client(transport: transport, configuration: ClientConfiguration(credentials: .apiKey(Secret(key))))
        await #expect(throws: RequestBuildingError.unsendableHeaderValue("X-API-KEY")) {
            try await bind.sendTemplate(Bind.SendTemplateRequest(id: "t", to: "385921234567"))
        }
        // A scheme before the key (`Authorization: Token …`).
        let fortytwo = Fortytwo.Client(transport: transport, configuration: ClientConfiguration(credentials: .apiKey(Secret(key))))
        await #expect(throws: RequestBuildingError.unsendableHeaderValue("Authorization")) {
            try await fortytwo.requestCode(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "447700900123"))
        }
        #expect(transport.sent.isEmpty)
    }

    /// Visible ASCII, inner spaces and tabs are sent as they are.
    @Test func visibleASCIISpacesAndTabsAreSent() throws {
        let value = "a b\tc ~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}"
        let http = try Bind.SendTemplateRequest(id: "t", to: "385921234567", forwardedFor: value).httpRequest(
            baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k~1"))
        #expect(http.headers.contains { $0 == ("X-FORWARDED-FOR", value) })
        #expect(http.headers.contains { $0 == ("X-API-KEY", "k~1") })
    }
}
