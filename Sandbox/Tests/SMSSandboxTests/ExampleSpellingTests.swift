import Foundation
@testable import SMSSandbox
import Testing

/// A user's Lleida.net spec (Specs/lleida-u61.yaml): its send answers `{"request", "code", "status", "newcredit"}`, its
/// example `"status": "Success"` beside code 200, the field's summary "`Success`, or the error in words.".
@Suite(.timeLimit(.minutes(1)))
struct ExampleSpellingTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/lleida-u61.yaml").path

    /// The send answered `"status": "success"`, which a client comparing `status == "Success"` reads as a failure: it
    /// is the example's `Success`.
    @Test func aStatusTextKeepsTheExamplesSpelling() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.specPath]), configuration: .init(seed: 7))
        let body = #"{"sms": {"user": "myuser", "password": "mypass", "dst": {"num": ["+34600000000"]}, "txt": "Hola"}}"#
        let answer = emulator.answer(WireRequest(method: "POST", path: "/lleida/sms/v2/", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let object = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(String(decoding: answer.body, as: UTF8.self))")
        #expect(object["status"] as? String == "Success", "\(object)")
        #expect(object["code"] as? Int == 200, "\(object)")
    }
}
