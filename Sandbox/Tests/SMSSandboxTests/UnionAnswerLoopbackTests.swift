import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// An answer that is a union of an object and a bare code (seven.io answers HTTP 200 whatever happened, and a refused
/// key with the bare code `"900"`): the sandbox answers each form as the spec's union and examples say.
@Suite(.timeLimit(.minutes(1)))
struct UnionAnswerLoopbackTests {
    /// The main package's Tests/ThirdPartySpecs/seven.yaml.
    static let seven = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/ThirdPartySpecs/seven.yaml").path

    static let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: [], specPaths: [seven]), configuration: .init(seed: 3))

    static func send(_ headers: [(String, String)]) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/seven/api/sms", query: "", headers: headers + [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("to=4917999999999&text=Hi".utf8)))
    }

    /// A refused key is the bare code its example shows, not an empty body (a client read no answer from it); a send
    /// is the answer object with its success code.
    @Test func aRefusedKeyIsTheBareCodeAndASendIsTheObject() throws {
        let refused = Self.send([])
        #expect(refused.status == 200)
        #expect(String(decoding: refused.body, as: UTF8.self) == #""900""#, "\(refused.summary)")
        let sent = Self.send([("X-Api-Key", "key")])
        #expect(sent.status == 200)
        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any], "\(sent.summary)")
        #expect(body["success"] as? String == "100")
    }
}
