import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A report whose discriminator is its own delivery status (Brevo's webhook `msg_status`) says the outcome it
/// reports: a delivered message was reported `"msg_status": "sent"`, the first variant's value, over the status.
@Suite struct DiscriminatedReportTests {
    static func report(_ outcome: DeliveryOutcome) throws -> [String: Any] {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("brevo")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/hook", outcomes: .init(run: outcome), seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/brevo/v3/transactionalSMS/send", headers: [("api-key", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"sender":"Shop","recipient":"33612345678","content":"Hi"}"#.utf8)))
        #expect(answer.status == 201, "\(answer.summary)")
        let body = try #require(answer.deliveries.first?.request()?.httpBody)
        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    }

    @Test func aDeliveredMessageIsReportedDelivered() throws {
        #expect(try Self.report(.delivered)["msg_status"] as? String == "delivered")
    }

    @Test func aFailedMessageIsReportedByItsFailure() throws {
        #expect(try Self.report(DeliveryOutcome(.failed(code: nil)))["msg_status"] as? String == "softBounce")
    }
}
