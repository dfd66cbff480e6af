import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers a user reported for their D7 Networks and SMS.ru specs that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU54bTests {
    static func d7(_ emulator: SandboxEmulator, _ body: String, contentType: String = "application/json") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/d7networks/messages/v1/send", headers: [("Authorization", "Bearer k"), ("Content-Type", contentType)],
            body: Data(body.utf8)))
    }

    /// A user's D7 422 (`{shape: ErrorEnvelope, tables: [ErrorCode]}`, its `detail` the union `Detail`: an `error`
    /// object carrying ErrorCode, or FastAPI's `validation` list, which carries none) was answered with an empty body:
    /// ErrorCode has no invalid-request code, and a shape holding a code with none to write was left empty. It is the
    /// documented list, the example's variant, naming the refused field and why; bad credentials are still the
    /// `error` variant with their code.
    @Test func aRefusalWithNoCodeIsTheDocumentedVariantHoldingNone() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["d7networks-union"])
        let invalid = Self.d7(emulator, #"{"messages":[{"channel":"sms","recipients":["12"],"content":"hi"}]}"#)
        #expect(invalid.status == 422, "\(invalid.summary)")
        let detail = try #require(try UserReportsFollowRequestTests.json(invalid)[member: "detail"]?.items, "\(invalid.summary)")
        #expect(detail.count == 1, "\(detail)")
        let error = try #require(detail.first)
        #expect(error[member: "loc"]?.items?.compactMap(FormEncoder.text(of:)) == ["messages", "0", "recipients", "0"], "\(error)")
        let words = try #require(error[member: "msg"].flatMap(FormEncoder.text(of:)))
        #expect(words.contains("does not match"), "\(words)")
        #expect(error[member: "type"] != nil, "\(error)")

        // A body that is not JSON: the same documented list.
        let unread = Self.d7(emulator, "not json")
        #expect(unread.status == 422, "\(unread.summary)")
        #expect(try UserReportsFollowRequestTests.json(unread)[member: "detail"]?.items?.count == 1, "\(unread.summary)")

        // Bad credentials: the `error` variant, its code.
        let refused = emulator.answer(WireRequest(
            method: "POST", path: "/d7networks/messages/v1/send", headers: [("Content-Type", "application/json")],
            body: Data(#"{"messages":[{"channel":"sms","recipients":["+971509752556"],"content":"hi"}]}"#.utf8)))
        #expect(refused.status == 401, "\(refused.summary)")
        let code = try UserReportsFollowRequestTests.json(refused)[member: "detail"]?[member: "code"]
        #expect(code == .string("ACCESS_TOKEN_SIGNATURE_VERIFICATION_FAILED"), "\(refused.summary)")
    }

    /// A user's D7 look-up of a request id never answered was 404, logged ErrorCode MESSAGE_LOG_NOT_EXISTS, but its body
    /// said the 401's ACCESS_TOKEN_SIGNATURE_VERIFICATION_FAILED: the code sits in a union field (`detail`), where the
    /// sandbox did not look for it, so the refusal was built from the first example, another code's. It is the
    /// example saying MESSAGE_LOG_NOT_EXISTS.
    @Test func aRefusalsCodeInAUnionFieldIsTheCodeAnswered() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["d7networks-union"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/d7networks/report/v1/message-log/abc", headers: [("Authorization", "Bearer k")]))
        #expect(answer.status == 404, "\(answer.summary)")
        let detail = try UserReportsFollowRequestTests.json(answer)[member: "detail"]
        #expect(detail?[member: "code"] == .string("MESSAGE_LOG_NOT_EXISTS"), "\(answer.summary)")
        #expect(detail?[member: "message"].flatMap(FormEncoder.text(of:))?.contains("not exists") == true, "\(String(describing: detail))")
    }
}
