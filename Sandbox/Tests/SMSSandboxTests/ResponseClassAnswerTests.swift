import Foundation
import SMSSandbox
import Testing

/// Answers documented by class of status (`2XX`, `4XX`): the sandbox answers with the class's first status, or the
/// status the spec gives the code, and the class's shape.
@Suite struct ResponseClassAnswerTests {
    static let emulator = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("acme-classes")]), configuration: .init(seed: 3))

    static func send(_ json: String) throws -> (status: Int, body: [String: Any]) {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/acme/send", query: "", headers: [("X-Key", "k"), ("Content-Type", "application/json")], body: Data(json.utf8)))
        return (answer.status, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]))
    }

    @Test func aClassIsAnsweredWithItsShape() throws {
        let sent = try Self.send(#"{"to": "447700900001"}"#)
        #expect(sent.status == 200)
        #expect(sent.body["id"] is String, "\(sent.body)")
        let refused = try Self.send(#"{"to": "x"}"#)
        #expect(refused.status == 422)
        #expect(refused.body["code"] as? Int == 21, "\(refused.body)")
    }
}
