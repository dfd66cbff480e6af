import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers users reported (MoceanAPI, smsmode, Sparrow SMS) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU54Tests {
    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(body.utf8)))
    }

    static let moceanCredentials = "mocean-api-key=K&mocean-api-secret=S&mocean-from=MOCEAN"

    /// A user's Mocean refusal (HTTP 200, `messages: [{receiver, status}]`) named the example's receiver
    /// `60173788399`, a number the request never named, for an empty text to two numbers, an invalid number and no
    /// number at all. It names the request's receivers, one entry each, and none where the request names none.
    @Test func aRefusalsPerRecipientEntriesNameTheRequestsRecipients() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["mocean-refusal-lookup"])
        func messages(_ fields: String) throws -> [JSONValue] {
            let answer = Self.form(emulator, "/mocean/rest/2/sms", Self.moceanCredentials + "&" + fields)
            #expect(answer.status == 200, "\(answer.summary)")
            return try #require(try UserReportsFollowRequestTests.json(answer)[member: "messages"]?.items, "\(answer.summary)")
        }
        let empty = try messages("mocean-to=60123456789,60123456788&mocean-text=")
        #expect(empty.map { $0[member: "receiver"] } == [.string("60123456789"), .string("60123456788")], "\(empty)")
        #expect(empty.allSatisfy { $0[member: "status"] == .number(23) && $0[member: "msgid"] == nil }, "\(empty)")
        let invalid = try messages("mocean-to=60x&mocean-text=hi")
        #expect(invalid.map { $0[member: "receiver"] } == [.string("60x")], "\(invalid)")
        #expect(invalid.first?[member: "status"] == .number(28), "\(invalid)")
        // No receiver named: the required field names none (empty), not the example's number.
        let none = try messages("mocean-text=hi")
        #expect(none.map { $0[member: "receiver"] } == [.string("")], "\(none)")
        #expect(none.first?[member: "status"] == .number(6), "\(none)")
    }

    /// A user's Mocean look-up (`mocean-msgid`, `role: messageID`) of `abc`, an id no send was answered, answered a
    /// fresh `msgid` and `message_status` 1 "delivered". The asked id is echoed in the answer's `msgid` (`role:
    /// messageID`), and an id never issued is the table's 5 MESSAGE_ID_NOT_FOUND; a message sent is looked up as
    /// before, its own id, delivered.
    @Test func aLookUpEchoesTheAskedIDAndAnUnknownOneIsNotFound() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["mocean-refusal-lookup"])
        func lookUp(_ id: String) throws -> JSONValue {
            let answer = emulator.answer(WireRequest(
                method: "GET", path: "/mocean/rest/2/report/message", query: "mocean-api-key=K&mocean-api-secret=S&mocean-msgid=\(id)", headers: []))
            #expect(answer.status == 200, "\(answer.summary)")
            return try UserReportsFollowRequestTests.json(answer)
        }
        let unknown = try lookUp("abc")
        #expect(unknown[member: "msgid"] == .string("abc"), "\(unknown)")
        #expect(unknown[member: "message_status"] == .number(5), "\(unknown)")
        #expect(unknown[member: "status"] == .number(0), "\(unknown)")

        let send = Self.form(emulator, "/mocean/rest/2/sms", Self.moceanCredentials + "&mocean-to=60123456789&mocean-text=hi")
        let id = try #require(try UserReportsFollowRequestTests.json(send)[member: "messages"]?.items?.first?[member: "msgid"].flatMap(FormEncoder.text(of:)))
        let known = try lookUp(id)
        #expect(known[member: "msgid"] == .string(id), "\(known)")
        #expect(known[member: "message_status"] == .number(1), "\(known)")
    }

    /// A user's Sparrow refusal of `to=12345` (present, not a Nepali mobile number) was 1000 "A required field is
    /// missing": every code is 403, the spec documents no 400, and the codes refusing a value were looked for under
    /// 400 alone. It is 1007 "Invalid Receiver"; a missing `to` is still 1000.
    @Test func anInvalidRecipientIsNotAMissingField() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["sparrow-receiver-count"])
        let invalid = Self.form(emulator, "/sparrow/sms/", "token=T&from=TheAlert&to=12345&text=Namaste")
        #expect(invalid.status == 403, "\(invalid.summary)")
        let refused = try UserReportsFollowRequestTests.json(invalid)
        #expect(refused[member: "response_code"] == .number(1007), "\(refused)")
        #expect(refused[member: "response"] == .string("Invalid Receiver"), "\(refused)")
        let missing = try UserReportsFollowRequestTests.json(Self.form(emulator, "/sparrow/sms/", "token=T&from=TheAlert&text=Namaste"))
        #expect(missing[member: "response_code"] == .number(1000), "\(missing)")
    }

    /// A user's smsmode status check with a refused token was 401 with no body, a status smsmode never answers: the
    /// answer lists no table deciding it (`tables: []`, the status is data), but its shape carries `MessageStatus`,
    /// which lists 32 "Authentication error". It is 200 `32 | …`, as sendSMS.do answers `32 | Erreur
    /// d'authentification`; and a good token's check of an id never sent is 61 "SMS not found".
    @Test func badCredentialsOfAnAnswerCarryingTheAuthCodeAsDataAreThatCode() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("smsmode-status-auth")]),
            configuration: .init(credentials: ["TOKENabcdef"]))
        func status(_ token: String) -> SandboxAnswer {
            emulator.answer(WireRequest(method: "GET", path: "/smsmode/smsStatus.do", query: "accessToken=\(token)&smsID=abc", headers: []))
        }
        let refused = status("bad")
        #expect(refused.status == 200, "\(refused.summary)")
        #expect(String(decoding: refused.body, as: UTF8.self).hasPrefix("32 | "), "\(refused.summary)")
        let send = Self.form(emulator, "/smsmode/sendSMS.do", "accessToken=bad&message=hi&numero=0612345678")
        #expect(send.status == 200 && String(decoding: send.body, as: UTF8.self) == "32 | Erreur d'authentification", "\(send.summary)")
        let unknown = status("TOKENabcdef")
        #expect(unknown.status == 200 && String(decoding: unknown.body, as: UTF8.self).hasPrefix("61 | "), "\(unknown.summary)")
    }

    /// A user's Sparrow send to two numbers answered `"count": 2` beside the example's text "1 mesages has been queued
    /// for delivery". The text quotes the count written; a send to one number keeps the example's text.
    @Test func aTextQuotingTheExamplesCountSaysTheCountWritten() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["sparrow-receiver-count"])
        let two = try UserReportsFollowRequestTests.json(Self.form(emulator, "/sparrow/sms/", "token=T&from=TheAlert&to=9841000000,9801234567&text=hi"))
        #expect(two[member: "count"] == .number(2), "\(two)")
        #expect(two[member: "response"] == .string("2 mesages has been queued for delivery"), "\(two)")
        let one = try UserReportsFollowRequestTests.json(Self.form(emulator, "/sparrow/sms/", "token=T&from=TheAlert&to=9841000000&text=hi"))
        #expect(one[member: "response"] == .string("1 mesages has been queued for delivery"), "\(one)")
        // Quoted once, standing alone: not in a word, a longer number or a decimal.
        #expect(PayloadBuilder.quoting("1 of 1 sent", "1", as: "2") == nil)
        #expect(PayloadBuilder.quoting("10 sent, 1.5 credits", "1", as: "2") == nil)
        #expect(PayloadBuilder.quoting("sent: 1 (v1)", "1", as: "3") == "sent: 3 (v1)")
    }
}
