import Foundation
import SMSSandbox
import Testing

/// Answers two tables decide: a success flag (`true`/`false`, a JSON boolean) and the code saying why a request is
/// refused. A user's Fast2SMS spec (Specs/fast2sms.yaml, trimmed): `return` and `status_code`, and the example
/// `badKey`, `{"return": false, "status_code": 412, "message": "Invalid Authentication, Check Authorization Key"}`.
@Suite(.timeLimit(.minutes(1)))
struct FlagAndCodeRefusalTests {
    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    /// A bad key said the flag's summary, "The request was refused; status_code and message say why.", where the
    /// example reporting 412 says its words: the example's `false` was read as no code (a JSON boolean read as `0`), so
    /// its flag was taken for a code the example does not report.
    @Test func aBadKeySaysTheWordsOfTheExampleOfItsCode() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/fast2sms.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["good-key"], seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/fast2sms/dev/bulkV2", headers: [("authorization", "nope"), ("Content-Type", "application/json")],
            body: Data(#"{"route":"q","message":"Hello","numbers":"9999999999"}"#.utf8)))
        let json = try Self.json(answer)
        #expect(answer.status == 401, "\(answer.summary)")
        #expect(json["status_code"] as? Int == 412, "\(json)")
        #expect(json["return"] as? Bool == false, "\(json)")
        #expect(json["message"] as? String == "Invalid Authentication, Check Authorization Key", "\(json)")
    }
}
