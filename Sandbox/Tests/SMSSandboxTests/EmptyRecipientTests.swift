import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's Primotexto status look-up (Specs/primotexto-status.yaml), whose answer no example gives, answered its
/// required recipient `identifier` as `""`: a required recipient no example gives is a number, the request's where it
/// names one, else a fictional one.
@Suite(.timeLimit(.minutes(1)))
struct EmptyRecipientTests {
    @Test func aRequiredRecipientIsNeverEmpty() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("primotexto-status")]),
            configuration: .init(credentials: ["KEY1"], seed: 7))
        for (query, number) in [("snapshotId=386479", PayloadBuilder.fictionalNumber), ("snapshotId=386479&identifier=%2B33612345678", "+33612345678")] {
            let answer = emulator.answer(WireRequest(
                method: "GET", path: "/primotexto/notification/messages/status", query: query, headers: [("X-Primotexto-ApiKey", "KEY1")]))
            let items = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]], "\(answer.summary)")
            #expect(items.count == 1 && items[0]["identifier"] as? String == number, "\(items)")
        }
    }
}
