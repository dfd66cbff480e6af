import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' refusals whose texts said what the gateway never writes there (Specs/sslwireless-refusal-words.yaml,
/// Specs/bulksmsbd-success-words.yaml).
@Suite(.timeLimit(.minutes(1)))
struct RefusalWordsFieldTests {
    /// SSL Wireless's only refusal example says `"error_message": "Unauthorized"` beside 4001, whose name is
    /// UNAUTHORIZED and summary "Unauthorized": a refused number (4022) said `INVALID_MSISDN`, the code's name, where
    /// the field gives the summary. A text that is both but for case is the summary, unless written as the name.
    @Test func aTextThatIsTheSummaryButForCaseSaysTheNewSummary() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["sslwireless-refusal-words"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/sslwireless/send-sms", headers: [("Content-Type", "application/json")],
            body: Data(#"{"api_token": "k", "sid": "BRAND", "msisdn": "88017", "sms": "hello", "csms_id": "c1"}"#.utf8)))
        let json = try UserReportsFollowRequestTests.json(answer)
        #expect(json[member: "status_code"] == .number(4022), "\(json)")
        #expect(json[member: "error_message"] == .string("Invalid MSISDN"), "\(json)")
    }

    /// BulkSMSBD's refusal example leaves `success_message` empty beside `error_message`: a request without its key
    /// said "User Id not found" in both. A success's text never says why a request is refused.
    @Test func aSuccessTextNeverSaysWhyARequestIsRefused() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["bulksmsbd-success-words"])
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/bulksmsbd/smsapi", query: "number=8801712345678&senderid=Shop&message=hi"))
        let json = try UserReportsFollowRequestTests.json(answer)
        #expect(json[member: "response_code"] == .number(1011), "\(json)")
        #expect(json[member: "error_message"] == .string("User Id not found"), "\(json)")
        #expect([nil, .string("")].contains(json[member: "success_message"]), "\(json)")
    }

    /// Melipayamak's examples pair `StrRetStatus` with `RetStatus` ("Ok" beside 1, "InvalidUserPass" beside 0): an
    /// empty text (17) said "InvalidUserPass", and a refused pattern send (11), built from a success's example, "Ok".
    /// A text the examples pair with the code beside it says the code answered: its own example's, else its words.
    @Test func aTextPairedWithItsCodeSaysTheCodeAnswered() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["melipayamak-paired-words"])
        func answer(_ path: String, _ form: String) throws -> JSONValue {
            try UserReportsFollowRequestTests.json(emulator.answer(WireRequest(
                method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8))))
        }
        let empty = try answer("/melipayamak/SendSMS/SendSMS", "username=u&password=p&to=09121234567&from=50004000&text=")
        #expect(empty[member: "RetStatus"] == .number(17), "\(empty)")
        #expect(empty[member: "StrRetStatus"] == .string("empty text"), "\(empty)")
        let pattern = try answer("/melipayamak/SendSMS/BaseServiceNumber", "username=u&password=p&text=1234;Ali&to=09121234567&bodyId=0")
        #expect(pattern[member: "RetStatus"] != .number(1), "\(pattern)")
        #expect(pattern[member: "StrRetStatus"] != .string("Ok"), "\(pattern)")
        let sent = try answer("/melipayamak/SendSMS/SendSMS", "username=u&password=p&to=09121234567&from=50004000&text=hi")
        #expect(sent[member: "StrRetStatus"] == .string("Ok"), "\(sent)")
    }
}
