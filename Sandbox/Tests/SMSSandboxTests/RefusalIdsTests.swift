import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal carried the message ids of the example it was built from: a user's Sveve spec answered every refused send
/// `"ids": [42824113]`, the example `partly-sent`'s, a message never sent (its `ids` has `default: []`).
@Suite(.timeLimit(.minutes(1)))
struct RefusalIdsTests {
    static let sveve = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/sveve.yaml").path

    static func send(_ json: String) throws -> (answer: SandboxAnswer, result: [String: Any]) {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [sveve]), configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/sveve/SendMessage", headers: [("Content-Type", "application/json")], body: Data(json.utf8)))
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        return (answer, try #require(body["response"] as? [String: Any], "\(body)"))
    }

    @Test func anInvalidSendListsNoIds() throws {
        let (answer, result) = try Self.send(#"{"user":"alice","passwd":"pw","to":"4791234567","msg":""}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(result["fatalError"] != nil, "\(result)")
        #expect((result["ids"] as? [Any])?.isEmpty == true, "\(result)")
        #expect((result["errors"] as? [Any])?.isEmpty == true, "\(result)")
    }

    /// A refusal of bad credentials (the example `refused`, which gives no ids) said `[]` already; it now holds what
    /// that example holds, no `ids` (its default `[]` as the client reads it).
    @Test func badCredentialsListNoIds() throws {
        let (answer, result) = try Self.send(#"{"user":"","passwd":"pw","to":"4791234567","msg":"Hei"}"#)
        #expect(result["fatalError"] as? String == "Feil brukernavn/passord", "\(answer.summary)")
        #expect(result["ids"] == nil, "\(result)")
    }

    /// An accepted send still answers an id per recipient.
    @Test func anAcceptedSendListsItsIds() throws {
        let (answer, result) = try Self.send(#"{"user":"alice","passwd":"pw","to":"4791234567","msg":"Hei"}"#)
        #expect(answer.summary.contains("accepted"), "\(answer.summary)")
        let ids = try #require(result["ids"] as? [Int], "\(result)")
        #expect(ids.count == 1 && ids != [42824112] && ids != [42824113], "\(ids)")
    }
}
