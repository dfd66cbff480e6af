import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// What a send's answers and reports say of its messages, from a user's Telerivet (/work/userspecs12/u18, defects 1
/// to 3): one status table for both directions, a multi-send answered without an example of its own, a broadcast.
@Suite struct SendDirectionTests {
    static func emulator() throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("telerivet-directions")]),
            configuration: .init(
                callbackURL: "http://127.0.0.1:9/callbacks", outcomes: .init(byRecipient: ["+16505550100": DeliveryOutcome(parsing: "failed")!]), seed: 7))
    }

    static func send(_ emulator: SandboxEmulator, _ path: String, method: String = "POST", json: String = "") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: method, path: "/telerivet/v1/projects/PJ2ad4/\(path)",
            headers: [("Content-Type", "application/json"), ("Authorization", "Basic " + Data("TRKEY:".utf8).base64EncodedString())],
            body: Data(json.utf8)))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    static func reports(_ answer: SandboxAnswer) throws -> [String] {
        try answer.deliveries.map { String(decoding: try #require($0.request()?.httpBody), as: UTF8.self) }
    }

    /// An outgoing message delivered is `delivered`, not the inbound `received` listed before it: the report and the
    /// look-up both said `received` ("Incoming message received").
    @Test func anOutgoingMessageDeliveredIsNotReportedReceived() throws {
        let emulator = try Self.emulator()
        let sent = Self.send(emulator, "messages/send", json: #"{"to_number":"+16505550199","content":"Hello"}"#)
        let reports = try Self.reports(sent)
        #expect(reports.count == 1 && reports[0].contains("status=delivered"), "\(reports)")
        // The message sent: an id no send was answered is not found (docs/sandbox.md).
        let id = try #require(try Self.object(sent)["id"] as? String, "\(sent.summary)")
        let looked = Self.send(emulator, "messages/\(id)", method: "GET")
        #expect(try Self.object(looked)["status"] as? String == "delivered", "\(looked.summary)")
    }

    /// A multi-send's answer, without an example of its own, describes the messages it sent as its `Message` example
    /// does, each of the path's project: each said `incoming`, `ignored` and a fresh `project_id`.
    @Test func aMultiSendIsAnsweredWithOutgoingMessagesOfThePathsProject() throws {
        let emulator = try Self.emulator()
        let sent = Self.send(emulator, "send_multi", json: #"{"messages":[{"to_number":"+16505550199","content":"a"},{"to_number":"+16505550100","content":"b"}]}"#)
        let messages = try #require(try Self.object(sent)["messages"] as? [[String: Any]], "\(sent.summary)")
        #expect(messages.map { $0["to_number"] as? String } == ["+16505550199", "+16505550100"])
        for message in messages {
            #expect(message["direction"] as? String == "outgoing" && message["status"] as? String == "queued", "\(message)")
            #expect(message["project_id"] as? String == "PJ2ad4", "\(message)")
            #expect((message["id"] as? String)?.hasPrefix("SM") == true, "\(message)")
        }
    }

    /// A broadcast's reports each name their recipient in the field declaring `role: recipient`: neither carried
    /// `to_number`, a field the broadcast's request (`to_numbers`) does not have.
    @Test func aBroadcastsReportsNameTheirRecipients() throws {
        let emulator = try Self.emulator()
        let sent = Self.send(emulator, "send_broadcast", json: #"{"to_numbers":["+16505550199","+16505550100"],"content":"Hi"}"#)
        let reports = try Self.reports(sent)
        #expect(reports.count == 2, "\(reports)")
        #expect(reports.first?.contains("to_number=%2B16505550199") == true && reports.first?.contains("status=delivered") == true, "\(reports)")
        #expect(reports.last?.contains("to_number=%2B16505550100") == true && reports.last?.contains("status=not_delivered") == true, "\(reports)")
    }
}
