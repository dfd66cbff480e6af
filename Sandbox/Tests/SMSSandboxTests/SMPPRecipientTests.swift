import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's Beem spec names its recipients `recipients[].dest_addr`, SMPP's name: no report was ever sent, and nothing
/// was said at start, as its `recipients` (a list of objects) read as a recipient field none of whose values is a
/// number.
@Suite(.timeLimit(.minutes(1)))
struct SMPPRecipientTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/beem.yaml").path

    static func emulator(_ yaml: String? = nil) throws -> SandboxEmulator {
        guard let yaml else {
            return SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/r", seed: 1))
        }
        return try .of(spec: yaml, configuration: .init(callbackURL: "http://127.0.0.1:9/r", seed: 1))
    }

    static func send(_ emulator: SandboxEmulator) -> SandboxAnswer {
        let body = #"{"source_addr":"INFO","message":"Hello","recipients":[{"recipient_id":"1","dest_addr":"255700000001"},{"recipient_id":"2","dest_addr":"255700000002"}]}"#
        return emulator.answer(WireRequest(
            method: "POST", path: "/beem/v1/send",
            headers: [("Authorization", "Basic " + Data("a:b".utf8).base64EncodedString()), ("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    /// Each `dest_addr` is a recipient, reported with its own number and `recipient_id`, and the answer's `valid`
    /// counts them.
    @Test func destAddrIsARecipient() throws {
        let emulator = try Self.emulator()
        #expect(emulator.notes.isEmpty, "\(emulator.notes)")
        let answer = Self.send(emulator)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["255700000001", "255700000002"], "\(answer.summary)")
        let reportBody = try #require(answer.deliveries.first?.request()?.httpBody)
        let report = try #require(try JSONSerialization.jsonObject(with: reportBody) as? [String: Any])
        #expect(report["dest_addr"] as? String == "255700000001" && report["recipient_id"] as? String == "1", "\(report)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        #expect(body["valid"] as? Int == 2, "\(body)")
    }

    /// Beem's delivery-report look-up names a `dest_addr` too, and is answered a report echoing the client's
    /// `recipient_id`: it is a look-up, and a poll owes no report.
    @Test func aDeliveryReportPollOwesNoReport() throws {
        let answer = try Self.emulator().answer(WireRequest(
            method: "GET", path: "/beem/public/v1/delivery-reports", query: "dest_addr=255700000001&request_id=35918915",
            headers: [("Authorization", "Basic " + Data("a:b".utf8).base64EncodedString())]))
        #expect(answer.status == 200 && answer.deliveries.isEmpty, "\(answer.summary)")
    }

    /// A spec whose sends owe no report, as their recipients' objects name none by a name the sandbox knows, says so
    /// at start.
    @Test func sendsOwingNoReportAreNotedAtStart() throws {
        let yaml = try String(contentsOfFile: Self.path, encoding: .utf8).replacingOccurrences(of: "dest_addr", with: "rcpt_field")
            .replacingOccurrences(of: "destinationAddress", with: "rcptField")
        let emulator = try Self.emulator(yaml)
        #expect(emulator.notes.contains { $0.hasPrefix("beem: no delivery reports (DeliveryReport) are sent") }, "\(emulator.notes)")
        #expect(Self.send(emulator).deliveries.isEmpty)
    }
}
