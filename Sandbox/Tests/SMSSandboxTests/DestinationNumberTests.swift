import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// MessageMedia names each message's recipient `destination_number` (inside its `messages` batch): no recipient
/// name matched it, so the sandbox sent no delivery report for any spec of that shape ("a report is per recipient").
@Suite struct DestinationNumberTests {
    @Test func eachMessageOfABatchIsReportedToItsDestination() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("messagemedia")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/hook", seed: 7))
        let basic = ("Authorization", "Basic " + Data("key:secret".utf8).base64EncodedString())
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/messagemedia/v1/messages", headers: [basic, ("Content-Type", "application/json")],
            body: Data(#"{"messages":[{"content":"Hi","destination_number":"+61491570156"},{"content":"Yo","destination_number":"+61491570157"}]}"#.utf8)))
        #expect(answer.status == 202, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["+61491570156", "+61491570157"])
        let body = try #require(answer.deliveries.first?.request()?.httpBody)
        let report = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(report["status"] as? String == "delivered")
    }
}
