import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's Sakari send (Specs/sakari-contacts.yaml) names each recipient in an optional `contacts[].mobile.number`: its
/// answer named the example's +12345678900, and no report was owed ("no operation's request must name one"). A list
/// the request must give whose items hold a recipient names one in each item, however deep.
@Suite(.timeLimit(.minutes(1)))
struct HeldRecipientTests {
    @Test func eachContactsNumberIsAnsweredAndReported() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("sakari-contacts")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/sakari", credentials: ["tok1"], seed: 7))
        let provider = try #require(emulator.providers.first)
        #expect(provider.unsentReportsNote == nil, "\(provider.unsentReportsNote ?? "")")
        let body = #"{"contacts":[{"mobile":{"number":"+12125550123","country":"US"}},{"mobile":{"number":"+12125550124"}}],"template":"Hello"}"#
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/sakari/accounts/acc1/messages",
            headers: [("Authorization", "Bearer tok1"), ("Content-Type", "application/json")], body: Data(body.utf8)))
        #expect(sent.status == 200, "\(sent.summary)")
        let text = String(decoding: sent.body, as: UTF8.self)
        #expect(text.contains("+12125550123") && text.contains("+12125550124") && !text.contains("+12345678900"), "\(text)")
        #expect(sent.deliveries.map(\.message.recipient) == ["+12125550123", "+12125550124"], "\(sent.summary)")
    }
}
