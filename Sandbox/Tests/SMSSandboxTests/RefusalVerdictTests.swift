import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal whose answer carries a status beside its error codes (Telesign's `status.code` 500 "Transaction not
/// attempted" beside `errors[].code` 11000) says what its example says beside such an error: the status was the
/// table's success, so a refused send answered "Delivered to handset".
@Suite struct RefusalVerdictTests {
    static let emulator = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("telesign")]),
        configuration: .init(seed: 7))

    static func send(_ form: String, credentials: Bool = true) throws -> (status: Int, body: [String: Any]) {
        let basic = ("Authorization", "Basic " + Data("customer:key".utf8).base64EncodedString())
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/telesign/v1/messaging",
            headers: (credentials ? [basic] : []) + [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
        return (answer.status, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]))
    }

    static func codes(_ body: [String: Any]) -> (status: Int?, errors: [Int]) {
        ((body["status"] as? [String: Any])?["code"] as? Int, (body["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? Int })
    }

    @Test func anInvalidNumberIsNotDelivered() throws {
        let (status, body) = try Self.send("phone_number=1555&message=Hi&message_type=ARN")
        #expect(status == 400)
        #expect(Self.codes(body).errors == [11000])
        #expect(Self.codes(body).status == 500)
    }

    @Test func badCredentialsAreNotAuthorized() throws {
        let (status, body) = try Self.send("phone_number=15555551212&message=Hi&message_type=ARN", credentials: false)
        #expect(status == 401)
        #expect(Self.codes(body).status == 501)
    }

    @Test func anAcceptedSendIsInProgress() throws {
        let (status, body) = try Self.send("phone_number=15555551212&message=Hi&message_type=ARN")
        #expect(status == 200)
        #expect(Self.codes(body) == (290, []))
    }

    /// An answer documented by its class (`4XX: {shape: ErrorModel}`) and listing no tables is decided by every code
    /// its shape carries: Brevo's refusal of an invalid number was a 400 with no body, which its client cannot read.
    @Test func aRefusalDocumentedByItsClassIsAnsweredInItsShape() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("brevo")]), configuration: .init(seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/brevo/v3/transactionalSMS/send", headers: [("api-key", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"sender":"Shop","recipient":"3","content":"Hi"}"#.utf8)))
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        #expect(body["code"] as? String == "invalid_parameter")
        #expect(body["message"] is String)
    }
}
