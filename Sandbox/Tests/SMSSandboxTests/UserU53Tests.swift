import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers users reported (Arkesel, Kavenegar, SMS.ru, Netgsm) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU53Tests {
    static let arkeselKey = ("api-key", "k1234567")

    /// A user's Arkesel send answers `data`, a list of a union (`SentRecipient` or `InvalidNumbers`): it was the
    /// example's list word for word, two numbers never sent with the example's ids and a refusal of `050xxxxxxx`, a
    /// number no request held, and the reports of two recipients quoted one id. One element per recipient, naming it,
    /// with a fresh id each, and each report quotes its own.
    @Test func aListFieldOfAUnionHasOneFreshResultPerRecipient() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["arkesel-union-lists"], callbackURL: "http://127.0.0.1:9/dlr")
        let numbers = ["0201111111", "0202222222", "0203333333"]
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/arkesel/api/v2/sms/send",
            json: #"{"sender":"Shop","message":"Hi","recipients":["0201111111","0202222222","0203333333"]}"#, headers: [Self.arkeselKey])
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try UserReportsFollowRequestTests.json(answer)
        let data = try #require(json[member: "data"]?.items, "\(json)")
        #expect(data.map { $0[member: "recipient"] } == numbers.map(JSONValue.string), "\(json)")
        let ids = data.compactMap { $0[member: "id"] }
        let examples: Set<JSONValue> = [.string("9b752841-7ee7-4d40-b4fe-768bfb1da4f0"), .string("7ea01acd-485c-4df3-b646-e9e24430e145")]
        #expect(ids.count == 3 && Set(ids).count == 3 && examples.isDisjoint(with: ids), "\(ids)")
        #expect(!data.contains { $0[member: "invalid numbers"] != nil }, "\(json)")
        let reports = try answer.deliveries.map(CarriedIDTypeTests.query)
        #expect(Set(reports.compactMap { $0["sms_id"] }.map(JSONValue.string)) == Set(ids), "\(reports)")
    }

    /// Arkesel's message-reports look-up answers a map keyed by the ids asked for whose entries are a union (a report,
    /// or an error entry for an id unknown): it answered the example's `abc-123` and `def-456` whatever was asked.
    /// One entry per id asked, each a report in the configured outcome (of ids sent: one never sent is the example's
    /// error entry, UserU60Tests).
    @Test func aMapOfAUnionKeyedByTheIDsAskedHasTheirEntries() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["arkesel-union-lists"], outcomes: failed)
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/arkesel/api/v2/sms/send", json: #"{"sender":"Shop","message":"Hi","recipients":["0201111111","0202222222"]}"#,
            headers: [Self.arkeselKey])
        let ids = (try UserReportsFollowRequestTests.json(sent)[member: "data"]?.items ?? []).compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) }
        #expect(ids.count == 2, "\(sent.summary)")
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/arkesel/api/v2/sms/message-reports", json: #"{"msg_ids":["\#(ids.joined(separator: "\",\""))"]}"#, headers: [Self.arkeselKey])
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try UserReportsFollowRequestTests.json(answer)
        let data = try #require(json[member: "data"]?.members, "\(json)")
        #expect(Set(data.keys) == Set(ids), "\(json)")
        #expect(data.values.allSatisfy { $0[member: "status"] == .string("NOT_DELIVERED") }, "\(json)")
        #expect(answer.deliveries.isEmpty)
    }

    /// Under `--outcome failed` a look-up's status said the failure beside the example's text of a delivery: a user's
    /// Kavenegar status 6 beside `statustext` "رسیده به گیرنده" ("delivered to the recipient", required), SMS.ru's 105
    /// beside `status_text` "Сообщение доставлено" ("message delivered", optional). A required text says the failure's
    /// words; an optional one is left out.
    @Test func aStatusTextSaysTheStatusAnswered() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let kavenegar = try UserReportsFollowRequestTests.emulator(["kavenegar-status-text"], outcomes: failed)
        let answer = kavenegar.answer(WireRequest(
            method: "POST", path: "/kavenegar/v1/KEY123/sms/status.json", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("messageid=8792343".utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let entry = try #require(try UserReportsFollowRequestTests.json(answer)[member: "entries"]?.items?.first)
        #expect(entry[member: "status"] == .number(6), "\(entry)")
        #expect(entry[member: "statustext"] == .string("خطا در ارسال پیام: failed at the line; not delivered."), "\(entry)")

        let smsru = try UserReportsFollowRequestTests.emulator(["smsru"], outcomes: failed)
        let state = smsru.answer(WireRequest(method: "GET", path: "/smsru/sms/status", query: "api_id=k&sms_id=000000-10000001&json=1", headers: []))
        #expect(state.status == 200, "\(state.summary)")
        let message = try #require(try UserReportsFollowRequestTests.json(state)[member: "sms"]?[member: "000000-10000001"])
        #expect(message[member: "status_code"] == .number(105), "\(message)")
        // Optional, it is left out, as the words of a failure's code the example wrote for another are.
        #expect(message[member: "status_text"] == nil, "\(message)")
    }

    /// A user's Netgsm refusals said their code's camel-case name as their words (`"description": "InvalidHeader"`,
    /// `"InvalidQuery"` of the report), where the sandbox's own rule says a machine's name gives way to the code's
    /// summary: its examples pair sentences with their codes ("queued", "Invalid username, …"), and the report's example
    /// says `success`, its code's name but for case.
    @Test func aRefusalsWordsAreTheCodesSummaryNotItsCamelCaseName() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["netgsm-refusal-words"])
        let basic = ("Authorization", "Basic " + Data("a:b".utf8).base64EncodedString())
        let send = UserReportsFollowRequestTests.post(
            emulator, "/netgsm/sms/rest/v2/send", json: #"{"msgheader":"A","messages":[{"msg":"x","no":"5321234567"}]}"#, headers: [basic])
        let sent = try UserReportsFollowRequestTests.json(send)
        #expect(sent[member: "code"] == .string("40"), "\(sent)")
        #expect(sent[member: "description"] == .string("Message header (sender name) is not defined in the system."), "\(sent)")
        let report = UserReportsFollowRequestTests.post(emulator, "/netgsm/sms/rest/v2/report", json: #"{"bulkIds":[]}"#, headers: [basic])
        let refused = try UserReportsFollowRequestTests.json(report)
        #expect(refused[member: "code"] == .string("70"), "\(refused)")
        #expect(
            refused[member: "description"] == .string("Invalid query. One of the parameters is incorrect or a required field is missing."), "\(refused)")
        // A name that is words stays a name: the success example's `success` is the name `Success`.
        let fine = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/netgsm/sms/rest/v2/report", json: #"{"bulkIds":["j1"]}"#, headers: [basic]))
        #expect(fine[member: "description"] == .string("success"), "\(fine)")
    }

    /// A user's SMS.ru spec ties `to`'s phone rule to 207, a code of its per-number table (RecipientCode, under
    /// `reports`), which the answer carries in each number's entry of `sms`: a send to a good number and `123` was a
    /// bare 400 with an empty body, a status SMS.ru never answers. It is answered 200, the good number sent, `123`
    /// refused in its own entry with 207.
    @Test func aPerNumberCodeIsAnsweredInThatNumbersEntry() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsru-recipient-codes"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/send", query: "api_id=k&to=79255070602,123&msg=hello", headers: []))
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try UserReportsFollowRequestTests.json(answer)
        #expect(json[member: "status"] == .string("OK") && json[member: "status_code"] == .number(100), "\(json)")
        let sms = try #require(json[member: "sms"]?.members, "\(json)")
        #expect(Set(sms.keys) == ["79255070602", "123"], "\(json)")
        #expect(sms["79255070602"]?[member: "status_code"] == .number(100), "\(json)")
        #expect(sms["79255070602"]?[member: "sms_id"] != .string("000000-10000000"), "\(json)")
        #expect(sms["123"]?[member: "status_code"] == .number(207), "\(json)")
        #expect(sms["123"]?[member: "status"] == .string("ERROR"), "\(json)")
        #expect(sms["123"]?[member: "sms_id"] == nil, "\(json)")
    }
}
