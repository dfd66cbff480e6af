import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import SMSSpecRuntime
import Testing

/// A Basic user name may be the token (`.basic(username: "sk_live_…", password: "")`): the client printed it in its
/// description and `dump`, and left it in an echoed error body. It follows a URL's rule: redacted when it stands alone
/// or is as long as a token beside a password; a short login beside a password is a name, kept.
@Suite struct BasicUserNameRedactionTests {
    static let token = "sk_live_51HxTOKENabcdef"

    @Test(arguments: [(token, ""), (token, "x")])
    func aUserNameThatMayBeTheTokenDoesNotPrint(username: String, password: String) async throws {
        let echo = #"{"errors": [{"code": 17, "message": "unknown account \#(Self.token)"}]}"#
        let transport = ScriptedTransport(status: 401, body: echo)
        let client = OCA.Client(transport: transport, configuration: ClientConfiguration(credentials: .basic(username: username, password: Secret(password))))
        let error = try await #require(throws: ProviderError.self) { try await client.sendSMS(OCA.SendRequest(phone: "6281234567890", message: "Hi")) }
        var dumped = "", dumpedConfiguration = ""
        dump(client, to: &dumped)
        dump(client.providerClient.configuration, to: &dumpedConfiguration)
        let body = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
        for text in ["\(client.providerClient)", dumped, dumpedConfiguration, "\(error)", String(reflecting: error), body] {
            #expect(!text.contains("TOKEN"), "\(text)")
        }
        #expect(body.contains("unknown account <redacted>"), "\(body)")
        #expect("\(client.providerClient.configuration)".contains("credentials: basic <redacted>,"))
        // Sent as given.
        let sent = try #require(transport.sent.first?.header("Authorization"))
        #expect(sent == "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())
    }

    /// A user's SpeedSMS credentials (the token as the Basic user, `x` beside it) printed whole, passed around before
    /// any client held them: every printed form of every case shows no value.
    @Test(arguments: [
        Credentials.basic(username: token, password: "x"), .basic(username: token, password: ""), .apiKey(Secret(token)),
        .fields(["api_key": Secret(token)]), .headers(["X-Token": Secret(token)]),
    ])
    func credentialsPrintNoValue(credentials: Credentials) {
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in ["\(credentials)", String(reflecting: credentials), dumped, "\([credentials])", "\(Optional(credentials) as Any)"] {
            #expect(!text.contains("TOKEN") && text.contains("<redacted>"), "\(text)")
        }
        #expect("\(Credentials.basic(username: "shop", password: "pw-never-printed"))" == "basic shop:<redacted>")
        #expect("\(Credentials.headers(["X-Token": "a", "X-Key": "b"]))" == "headers X-Key, X-Token <redacted>")
    }

    @Test func aShortLoginBesideAPasswordIsANameAndPrints() async throws {
        let echo = #"{"errors": [{"code": 17, "message": "unknown account shop"}]}"#
        let client = OCA.Client(
            transport: ScriptedTransport(status: 401, body: echo),
            configuration: ClientConfiguration(credentials: .basic(username: "shop", password: "pw-never-printed")))
        let error = try await #require(throws: ProviderError.self) { try await client.sendSMS(OCA.SendRequest(phone: "6281234567890", message: "Hi")) }
        #expect(String(decoding: error.rawBody ?? Data(), as: UTF8.self).contains("unknown account shop"))
        #expect("\(client.providerClient.configuration)".contains("credentials: basic shop:<redacted>,"))
        var dumped = ""
        dump(client, to: &dumped)
        #expect(!dumped.contains("pw-never-printed"), "\(dumped)")
    }
}
