import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal built from a success example kept its `"success": true` beside the refusal's code (a user's SMS Partner
/// `/me`, Specs/smspartner-me.yaml, refused a wrong key `{"code": 10, "success": true}`): a flag whose name says
/// success says the outcome, one whose name says failure the reverse.
@Suite(.timeLimit(.minutes(1)))
struct OutcomeFlagTests {
    static func answers(_ spec: String) throws -> (refused: [String: Any], accepted: [String: Any]) {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [spec]), configuration: .init(credentials: ["KEY1"], seed: 7))
        let refused = emulator.answer(WireRequest(method: "GET", path: "/smspartner/me", query: "apiKey=WRONG"))
        let accepted = emulator.answer(WireRequest(method: "GET", path: "/smspartner/me", query: "apiKey=KEY1"))
        return (try RefusalCodeKindTests.object(refused), try RefusalCodeKindTests.object(accepted))
    }

    @Test func aSuccessFlagSaysARefusalFailed() throws {
        let (refused, accepted) = try Self.answers(UserSpecAnswerTests.spec("smspartner-me"))
        #expect(refused["code"] as? Int == 10 && refused["success"] as? Bool == false, "\(refused)")
        #expect(accepted["code"] as? Int == 200 && accepted["success"] as? Bool == true, "\(accepted)")
    }

    /// A flag named for failure (`hasError`) says the reverse: true in a refusal, false in a success.
    @Test func aFailureFlagSaysTheReverse() throws {
        var text = try String(contentsOfFile: UserSpecAnswerTests.spec("smspartner-me"), encoding: .utf8)
        for (old, new) in [("      success: bool", "      hasError: bool"), ("{\"success\": true, ", "{\"hasError\": false, ")] {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("smspartner.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (refused, accepted) = try Self.answers(path)
        #expect(refused["code"] as? Int == 10 && refused["hasError"] as? Bool == true, "\(refused)")
        #expect(accepted["hasError"] as? Bool == false, "\(accepted)")
    }

    /// In a report, the flag says the delivery's outcome: a failed delivery's report said `success: true`.
    @Test func aReportsFlagSaysTheDeliverysOutcome() throws {
        var acme = try String(contentsOfFile: UserSpecAnswerTests.spec("acme"), encoding: .utf8)
        let state = "      state: {type: ReceiptState, summary: The delivery state.}\n"
        #expect(acme.contains(state))
        acme = acme.replacingOccurrences(of: state, with: state + "      success: {type: bool, summary: Whether it was delivered.}\n")
        for (outcome, delivered) in [(DeliveryOutcome(.failed(code: nil)), false), (.delivered, true)] {
            let emulator = try SandboxEmulator.of(spec: acme, configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: .init(run: outcome), seed: 1))
            let sent = emulator.answer(WireRequest(method: "POST", path: "/acme/messages", headers: [("X-Acme-Key", "k")], body: Data("msisdn=4512345678&text=hi".utf8)))
            let delivery = try #require(sent.deliveries.first, "\(sent.summary)")
            let body = String(decoding: try #require(delivery.request()?.httpBody), as: UTF8.self)
            #expect(body.contains("success=\(delivered ? 1 : 0)") || body.contains("success=\(delivered)"), "\(outcome): \(body)")
        }
    }

    /// Which names say an outcome: one word of success or failure, beside `is`, `has` or `was`; no other flag.
    @Test func whichFlagsSayTheOutcome() {
        for name in ["success", "ok", "isSuccess", "succeeded", "OK"] { #expect(PayloadBuilder.flagSaysSuccess(name) == true, "\(name)") }
        for name in ["error", "failed", "hasError", "is_error"] { #expect(PayloadBuilder.flagSaysSuccess(name) == false, "\(name)") }
        for name in ["flash", "errorReported", "unicode", "test"] { #expect(PayloadBuilder.flagSaysSuccess(name) == nil, "\(name)") }
    }
}
