import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's SmartSMS send answer (Specs/smartsms-joined-lists.yaml) lists numbers in texts joined by ','
/// (`successful`, `all_numbers`): a send to two numbers was answered the example's one. A joined list the example
/// fills with phone numbers is the numbers sent, as a list of them is.
@Suite(.timeLimit(.minutes(1)))
struct JoinedNumberListTests {
    @Test func aJoinedListOfNumbersIsTheNumbersSent() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smartsms-joined-lists")]),
            configuration: .init(credentials: ["TOK1"], seed: 7))
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/smartsms/sms/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("token=TOK1&sender=Acme&to=2348030000000%2C08031111111&message=hi".utf8)))
        let body = try RefusalCodeKindTests.object(sent)
        #expect(body["successful"] as? String == "2348030000000,08031111111", "\(body)")
        #expect(body["all_numbers"] as? String == "2348030000000,08031111111", "\(body)")
        #expect(body["failed"] as? String == "", "\(body)")
    }
}
