import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A review of this session's sandbox rules: each misfired on an ordinary spec.
@Suite(.timeLimit(.minutes(1)))
struct ReviewFindingsTests {
    static func emulator(_ name: String, outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec(name)]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 3))
    }

    static func post(_ emulator: SandboxEmulator, _ path: String, _ json: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("X-Key", "k"), ("Content-Type", "application/json")], body: Data(json.utf8)))
    }

    /// An item `{from: {number}, to: {number}}`: the report went to the sender, the first object in key order.
    @Test func aSendersObjectIsNoRecipient() throws {
        let sent = Self.post(try Self.emulator("held-parties"), "/held/send", #"{"messages":[{"from":{"number":"+4511111111"},"to":{"number":"+4522222222"},"text":"hi"}]}"#)
        #expect(sent.deliveries.map(\.message.recipient) == ["+4522222222"], "\(sent.summary)")
    }

    /// A send of an optional text or template answered a bare status was taken for a check (Jasmin's `/rate`), and
    /// owed no report: a check is also named one.
    @Test func aSendAnsweredABareStatusIsNoCheck() throws {
        let emulator = try Self.emulator("costy")
        let flash = Self.post(emulator, "/costy/flash", #"{"to":"+6281234567891","text":"hello"}"#)
        #expect(flash.deliveries.count == 1, "\(flash.summary)")
        let jasmin = try #require(try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("jasmin-rate")]).first)
        #expect(jasmin.model.operations.filter(jasmin.isCheck).map(\.spec.id.value) == ["rate"])
    }

    /// A send's answer saying what the message cost (`points`, `credits`) is no balance: it was 100.
    @Test func aSendsCostIsNoBalance() throws {
        let sent = Self.post(try Self.emulator("costy"), "/costy/send", #"{"to":"+6281234567891","text":"hello"}"#)
        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
        #expect(body["points"] as? Int == 0 && body["credits"] as? Int == 0, "\(body)")
    }
}
