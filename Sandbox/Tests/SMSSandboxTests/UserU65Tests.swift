import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u64 (SMSGate, Afilnet, KudiSMS, playSMS, Yuboto, SendPulse, …).
@Suite(.timeLimit(.minutes(1)))
struct UserU65Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func get(_ emulator: SandboxEmulator, _ path: String) -> SandboxAnswer {
        let parts = path.split(separator: "?", maxSplits: 1).map(String.init)
        return emulator.answer(WireRequest(method: "GET", path: parts[0], query: parts.count > 1 ? parts[1] : ""))
    }

    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Data(body.utf8)))
    }

    static func json(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require((try? JSONSerialization.jsonObject(with: answer.body)) as? [String: Any], "\(answer.status) \(text(answer)) \(answer.summary)")
    }

    static func reports(_ answer: SandboxAnswer) throws -> [[String: Any]] {
        try answer.deliveries.map { delivery in
            let body = try #require(delivery.request()?.httpBody)
            return try #require((try? JSONSerialization.jsonObject(with: body)) as? [String: Any], "\(String(decoding: body, as: UTF8.self))")
        }
    }
}

extension UserU65Tests {
    /// A user's SMSGate webhook tells its events apart by `event` (`sms:sent`, `sms:delivered`, `sms:failed`), typed as
    /// a delivery-status table: a failed and a delivered message were both posted `"event":"sms:sent"`, the first
    /// variant's, while the log said failed or delivered. The report is the variant whose value says the outcome.
    /// The events are posted in their documented sequence: `sms:sent` first (its `sentAt`), then the outcome's.
    @Test(arguments: [("delivered", "sms:delivered", "deliveredAt"), ("failed", "sms:failed", "failedAt")])
    func aReportIsTheEventItsOutcomeNames(outcome: String, event: String, dateField: String) throws {
        let run: DeliveryOutcome = outcome == "failed" ? DeliveryOutcome(.failed(code: nil)) : .delivered
        let emulator = try Self.emulator(["smsgate-u65"], outcomes: .init(run: run))
        let answer = Self.json(emulator, "/smsgate/messages", #"{"textMessage":{"text":"Hi"},"phoneNumbers":["+1234567890"]}"#,
            headers: [("Authorization", "Basic dTpw")])
        #expect(answer.status == 202, "\(answer.status) \(Self.text(answer)) \(answer.summary)")
        let delivery = try #require(answer.deliveries.first)
        let reports = try delivery.requests().map { request in
            let body = try #require(request.httpBody)
            return try #require((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])
        }
        #expect(reports.map { $0["event"] as? String } == ["sms:sent", event], "\(reports)")
        let payloads = reports.compactMap { $0["payload"] as? [String: Any] }
        #expect(payloads.first?["sentAt"] != nil && payloads.last?[dateField] != nil, "\(payloads)")
        #expect(payloads.allSatisfy { $0["phoneNumber"] as? String == "+1234567890" }, "\(payloads)")
    }
}
