import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's SimpleTexting spec (Specs/simpletexting-u61.yaml): its `Message` look-up, written from its one example, an
/// inbound message (`directionType: MO`) with a subject and two media items.
@Suite(.timeLimit(.minutes(1)))
struct LookUpAgreesWithSendTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/simpletexting-u61.yaml").path

    static func emulator() throws -> SandboxEmulator {
        SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [specPath]), configuration: .init(callbackURL: "http://127.0.0.1:9/cb", seed: 7))
    }

    static func call(_ emulator: SandboxEmulator, _ method: String, _ path: String, query: String = "", body: String? = nil) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: method, path: "/simpletexting\(path)", query: query,
            headers: [("Authorization", "Bearer tok")] + (body == nil ? [] : [("Content-Type", "application/json")]), body: Data((body ?? "").utf8)))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
    }

    /// A message sent through the API with a recipient and a text alone was looked up as `directionType: "MO"`
    /// ("Mobile originating, sent by the contact"), with the example's `subject` and `mediaItems`: it is `MT`, with
    /// neither.
    @Test func aSentMessageIsLookedUpAsSentWithNothingItsSendLeftOut() throws {
        let emulator = try Self.emulator()
        let sent = Self.call(emulator, "POST", "/api/messages", body: #"{"contactPhone": "3051234567", "text": "Hello from SMSSpec"}"#)
        let id = try #require(try Self.object(sent)["id"] as? String)
        let message = try Self.object(Self.call(emulator, "GET", "/api/messages/\(id)"))
        #expect(message["directionType"] as? String == "MT", "\(message)")
        #expect(message["text"] as? String == "Hello from SMSSpec", "\(message)")
        #expect(message["subject"] == nil, "\(message)")
        #expect((message["mediaItems"] as? [Any])?.isEmpty ?? true, "\(message)")
    }

    /// A page of messages (`MessagePage`, no example) said `"totalElements": 0, "totalPages": 0` beside the one
    /// message it listed: its totals say what it holds.
    @Test func aPagesTotalsSayWhatItHolds() throws {
        let page = try Self.object(Self.call(try Self.emulator(), "GET", "/api/messages", query: "size=2&contactPhone=8001234567"))
        let content = try #require(page["content"] as? [Any], "\(page)")
        #expect(!content.isEmpty, "\(page)")
        #expect(page["totalElements"] as? Int == content.count, "\(page)")
        #expect(page["totalPages"] as? Int == 1, "\(page)")
    }
}
