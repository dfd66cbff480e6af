import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers a user reported for their D7 Networks and SMS.ru specs that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU54bTests {
    static func d7(_ emulator: SandboxEmulator, _ body: String, contentType: String = "application/json") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/d7networks/messages/v1/send", headers: [("Authorization", "Bearer k"), ("Content-Type", contentType)],
            body: Data(body.utf8)))
    }

    /// A user's D7 422 (`{shape: ErrorEnvelope, tables: [ErrorCode]}`, its `detail` the union `Detail`: an `error`
    /// object carrying ErrorCode, or FastAPI's `validation` list, which carries none) was answered with an empty body:
    /// ErrorCode has no invalid-request code, and a shape holding a code with none to write was left empty. It is the
    /// documented list, the example's variant, naming the refused field and why; bad credentials are still the
    /// `error` variant with their code.
    @Test func aRefusalWithNoCodeIsTheDocumentedVariantHoldingNone() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["d7networks-union"])
        let invalid = Self.d7(emulator, #"{"messages":[{"channel":"sms","recipients":["12"],"content":"hi"}]}"#)
        #expect(invalid.status == 422, "\(invalid.summary)")
        let detail = try #require(try UserReportsFollowRequestTests.json(invalid)[member: "detail"]?.items, "\(invalid.summary)")
        #expect(detail.count == 1, "\(detail)")
        let error = try #require(detail.first)
        #expect(error[member: "loc"]?.items?.compactMap(FormEncoder.text(of:)) == ["messages", "0", "recipients", "0"], "\(error)")
        let words = try #require(error[member: "msg"].flatMap(FormEncoder.text(of:)))
        #expect(words.contains("does not match"), "\(words)")
        #expect(error[member: "type"] != nil, "\(error)")

        // A body that is not JSON: the same documented list.
        let unread = Self.d7(emulator, "not json")
        #expect(unread.status == 422, "\(unread.summary)")
        let unreadDetail = try #require(try UserReportsFollowRequestTests.json(unread)[member: "detail"]?.items, "\(unread.summary)")
        #expect(unreadDetail.count == 1 && unreadDetail.first?[member: "loc"] == .array([.string("body")]), "\(unreadDetail)")

        // Bad credentials: the `error` variant, its code.
        let refused = emulator.answer(WireRequest(
            method: "POST", path: "/d7networks/messages/v1/send", headers: [("Content-Type", "application/json")],
            body: Data(#"{"messages":[{"channel":"sms","recipients":["+971509752556"],"content":"hi"}]}"#.utf8)))
        #expect(refused.status == 401, "\(refused.summary)")
        let code = try UserReportsFollowRequestTests.json(refused)[member: "detail"]?[member: "code"]
        #expect(code == .string("ACCESS_TOKEN_SIGNATURE_VERIFICATION_FAILED"), "\(refused.summary)")
    }

    /// A user's D7 look-up of a request id never answered was 404, logged ErrorCode MESSAGE_LOG_NOT_EXISTS, but its body
    /// said the 401's ACCESS_TOKEN_SIGNATURE_VERIFICATION_FAILED: the code sits in a union field (`detail`), where the
    /// sandbox did not look for it, so the refusal was built from the first example, another code's. It is the
    /// example saying MESSAGE_LOG_NOT_EXISTS.
    @Test func aRefusalsCodeInAUnionFieldIsTheCodeAnswered() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["d7networks-union"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/d7networks/report/v1/message-log/abc", headers: [("Authorization", "Bearer k")]))
        #expect(answer.status == 404, "\(answer.summary)")
        let detail = try UserReportsFollowRequestTests.json(answer)[member: "detail"]
        #expect(detail?[member: "code"] == .string("MESSAGE_LOG_NOT_EXISTS"), "\(answer.summary)")
        #expect(detail?[member: "message"].flatMap(FormEncoder.text(of:))?.contains("not exists") == true, "\(String(describing: detail))")
    }

    /// The fields of a form-encoded report.
    static func form(_ delivery: PendingDelivery) throws -> [String: String] {
        let body = String(decoding: try #require(delivery.request()?.httpBody), as: UTF8.self)
        let items = URLComponents(string: "?" + body.replacingOccurrences(of: "+", with: "%20"))?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }) { first, _ in first }
    }

    /// A user's D7 send answers one `request_id` (`role: messageID`) and each report carries it beside the message's
    /// own `msg_id` (`role: messageID` too): every report's `msg_id` was the `request_id`, so a receiver keyed on it
    /// took three reports for one, and the message log of that `request_id` listed one message, the last recipient,
    /// beside the example's `total_recipients: 2`. Each message has its own id, its report quotes it beside the
    /// batch's, and the log lists every message sent, with the id its report quoted, counting them.
    @Test func aBatchIDAndEachMessagesOwnIDAreTwoIDs() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["d7networks-union"], callbackURL: "http://127.0.0.1:9/d7")
        let numbers = ["+971509752556", "+971509752557", "+971509752558"]
        let send = Self.d7(emulator, """
            {"messages":[{"channel":"sms","recipients":["\(numbers[0])","\(numbers[1])"],"content":"hi"},\
            {"channel":"sms","recipients":["\(numbers[2])"],"content":"yo"}],"message_globals":{"originator":"X"}}
            """)
        #expect(send.status == 200, "\(send.summary)")
        let requestID = try #require(try UserReportsFollowRequestTests.json(send)[member: "request_id"].flatMap(FormEncoder.text(of:)))
        let reports = try send.deliveries.map(Self.form)
        #expect(reports.map { $0["recipient"] } == numbers, "\(reports)")
        #expect(reports.allSatisfy { $0["request_id"] == requestID }, "\(reports)")
        let ids = reports.compactMap { $0["msg_id"] }
        #expect(ids.count == 3 && Set(ids).count == 3 && !ids.contains(requestID), "\(reports)")

        let log = emulator.answer(WireRequest(method: "GET", path: "/d7networks/report/v1/message-log/\(requestID)", headers: [("Authorization", "Bearer k")]))
        #expect(log.status == 200, "\(log.summary)")
        let json = try UserReportsFollowRequestTests.json(log)
        #expect(json[member: "request_id"] == .string(requestID), "\(json)")
        #expect(json[member: "total_recipients"] == .number(3), "\(json)")
        let messages = try #require(json[member: "messages"]?.items, "\(json)")
        #expect(messages.map { $0[member: "recipient"] } == numbers.map(JSONValue.string), "\(json)")
        #expect(messages.map { $0[member: "msg_id"] } == ids.map(JSONValue.string), "\(json)")
        #expect(messages.allSatisfy { $0[member: "status"] == .string("delivered") }, "\(json)")

        // A message's own id is looked up as that one message.
        let one = try UserReportsFollowRequestTests.json(emulator.answer(WireRequest(
            method: "GET", path: "/d7networks/report/v1/message-log/\(ids[1])", headers: [("Authorization", "Bearer k")])))
        #expect(one[member: "messages"]?.items?.map { $0[member: "recipient"] } == [.string(numbers[1])], "\(one)")
    }

    /// A user's SMS.ru spec lists one table, RequestCode, in both `tables` and `reports` of its send (its codes
    /// outside lists and maps decide, those of each number's entry in `sms` are reported: docs/spec-format.md), and
    /// ties `to`'s phone rule to 202. A send to a good number and `123` was refused whole, `{"status": "ERROR",
    /// "status_code": 202}`, where a table listed under `reports` alone answers the number's entry: it is 200, the
    /// envelope's 100, the good number sent and `123` refused in its own entry with 202.
    @Test func aTableInTablesAndReportsAnswersANumbersCodeInItsEntry() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsru-both-tables"])
        let answer = UserU54Tests.form(emulator, "/smsru/sms/send", "api_id=k&to=79255070602,123&msg=hello&json=1")
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try UserReportsFollowRequestTests.json(answer)
        #expect(json[member: "status"] == .string("OK") && json[member: "status_code"] == .number(100), "\(json)")
        let sms = try #require(json[member: "sms"]?.members, "\(json)")
        #expect(Set(sms.keys) == ["79255070602", "123"], "\(json)")
        #expect(sms["79255070602"]?[member: "status_code"] == .number(100), "\(json)")
        #expect(sms["79255070602"]?[member: "sms_id"] != nil, "\(json)")
        #expect(sms["123"]?[member: "status_code"] == .number(202), "\(json)")
        #expect(sms["123"]?[member: "status"] == .string("ERROR"), "\(json)")
        #expect(sms["123"]?[member: "sms_id"] == nil, "\(json)")
        // A code of the envelope still refuses the whole request: no text is 203 at the top.
        let empty = try UserReportsFollowRequestTests.json(UserU54Tests.form(emulator, "/smsru/sms/send", "api_id=k&to=79255070602&msg=&json=1"))
        #expect(empty[member: "status_code"] == .number(203) && empty[member: "sms"] == nil, "\(empty)")
    }
}
