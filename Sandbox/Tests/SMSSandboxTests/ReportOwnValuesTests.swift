import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's Mobizon spec (Specs/mobizon.yaml): its signed webhook `{eventId, eventType, eventCreateTs, webhookId,
/// attempt, data: {campaignId, messageId (role: messageID), segNum, …}, sign}`, whose example has `eventId` 26,
/// `webhookId` 1 and `segNum` 3.
@Suite(.timeLimit(.minutes(1)))
struct ReportOwnValuesTests {
    static let key = "mzKEY-SECRET-0123456789"

    static func emulator() throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/mobizon.yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", credentials: [key], seed: 7, signingSecret: Secret("whsec-SECRET3")))
    }

    /// The webhook of one send of `text`.
    static func report(_ emulator: SandboxEmulator, text: String) throws -> (answer: [String: Any], report: [String: Any]) {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/mobizon/service/message/sendsmsmessage", query: "apiKey=\(key)",
            headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("recipient=77011234567&text=\(text)".utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let delivery = try #require(answer.deliveries.first, "\(answer.summary)")
        let sent = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        let body = try #require(delivery.request()?.httpBody)
        let report = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        return (sent, report)
    }

    /// `eventId` and `webhookId` were the message's id: an event's id is its own, another each event, and the
    /// webhook's the example's, the same for every event of it; `data.messageId` (declared so) quotes the send's.
    @Test func aReportsOwnIdsAreNotItsMessages() throws {
        let emulator = try Self.emulator()
        let first = try Self.report(emulator, text: "hi"), second = try Self.report(emulator, text: "hi")
        for (sent, report) in [first, second] {
            let messageID = try #require((sent["data"] as? [String: Any])?["messageId"].map { "\($0)" })
            let data = try #require(report["data"] as? [String: Any], "\(report)")
            #expect(data["messageId"].map { "\($0)" } == messageID, "\(report)")
            #expect(report["eventId"].map { "\($0)" } != messageID, "\(report)")
            #expect(report["webhookId"] as? Int == 1, "\(report)")
        }
        #expect(first.report["eventId"].map { "\($0)" } != second.report["eventId"].map { "\($0)" }, "\(first.report) \(second.report)")
    }

    /// `segNum` was the example's 3 for a 2-character text: it counts the segments of the text sent.
    @Test func aReportsSegmentCountFollowsTheTextSent() throws {
        let emulator = try Self.emulator()
        for (text, segments) in [("hi", 1), (String(repeating: "a", count: 200), 2)] {
            let data = try #require(try Self.report(emulator, text: text).report["data"] as? [String: Any])
            #expect(data["segNum"] as? Int == segments, "\(text.count) characters: \(data)")
        }
    }
}
