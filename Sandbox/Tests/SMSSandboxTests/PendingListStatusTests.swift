import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A send's answer listing one result per recipient, each with a required delivery status that has no success code
/// (Unifonic's bulk `Messages[].Status`: Queued, Sent, Rejected, Failed): the example's `Queued` was no code to
/// report, so the list was answered empty, the recipients' message ids never given.
@Suite struct PendingListStatusTests {
    @Test func eachRecipientIsListedWithItsExamplesPendingStatus() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("unifonic")]), configuration: .init(seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/unifonic/rest/Messages/SendBulk", query: "AppSid=abc&Recipient=966501234567,966501234568&Body=Hi",
            headers: [], body: Data()))
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        let messages = try #require((body["data"] as? [String: Any])?["Messages"] as? [[String: Any]])
        #expect(messages.map { $0["Recipient"] as? String } == ["966501234567", "966501234568"])
        #expect(messages.allSatisfy { $0["Status"] as? String == "Queued" })
        #expect(Set(messages.compactMap { $0["MessageID"] as? Int }).count == 2)
    }
}
