import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers three users reported for their 8x8, tyntec, LINK Mobility, Voodoo, The SMS Works, SMSC, SMS Aero
/// and Beem specs that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU55Tests {
    /// A user's 8x8 send answer requires `status.code`, of a table whose only entry that is no failure is `QUEUED`,
    /// pending (no example of the answer): the answer said `"status":{}`, which its own client could not decode. An
    /// accepted message is answered the table's pending entry where it has no success.
    @Test func aRequiredCodeOfATableWithNoSuccessIsItsPendingEntry() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["eightbyeight-queued"])
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/eightbyeight/api/v1/subaccounts/riders_hq/messages", json: #"{"destination":"+6512345678","text":"hi"}"#,
            headers: [("Authorization", "Bearer k")])
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(body[member: "status"]?[member: "code"] == .string("QUEUED"), "\(body)")
    }

    /// A user's Voodoo send answer lists each message with a `status` whose table is `PENDING_SENT` alone: the
    /// accepted send was answered `"count":0,"messages":[]`, then a report quoted an id never answered. The message
    /// is listed, pending, and the report quotes its id.
    @Test func anAcceptedMessageIsListedWithThePendingCode() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["voodoo-pending"], callbackURL: "http://127.0.0.1:9/dlr")
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/voodoo/sendsms", json: #"{"to":"447000123891","from":"VoodooSMS","msg":"Hello"}"#, headers: [("Authorization", "Bearer k")])
        let body = try UserReportsFollowRequestTests.json(answer)
        let messages = try #require(body[member: "messages"]?.items, "\(body)")
        #expect(messages.count == 1, "\(body)")
        #expect(body[member: "count"] == .number(1), "\(body)")
        #expect(messages.first?[member: "status"] == .string("PENDING_SENT"), "\(body)")
        guard case .string(let id)? = messages.first?[member: "id"] else { Issue.record("no id: \(body)"); return }
        #expect(try UserU54cTests.queryReports(answer).map { $0["message_id"] } == [id], "\(answer.summary)")
    }
}

extension UserU55Tests {
    /// A user's SMSC status table names its -3 `Not found` alone (its summary "Сообщение не найдено."): a look-up of
    /// an id never sent said 1, delivered. A name or summary saying "not found" and nothing else counts
    /// (docs/sandbox.md, "A look-up of an id never issued is not found"); one naming something else does not.
    @Test func notFoundAloneSaysAnIdWasNeverIssued() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsc-notfound"])
        let send = emulator.answer(WireRequest(
            method: "POST", path: "/smsc/sys/send.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("login=a&psw=b&phones=79991234567&mes=Hi&fmt=3".utf8)))
        #expect(send.status == 200, "\(send.summary)")
        let lookUp = emulator.answer(WireRequest(method: "GET", path: "/smsc/sys/status.php", query: "login=a&psw=b&phone=79991234567&id=424242&fmt=3"))
        #expect(try UserReportsFollowRequestTests.json(lookUp)[member: "status"] == .number(-3), "\(lookUp.summary)")
        #expect(OperationResponder.saysNotFoundAlone("Does not exist"))
        #expect(!OperationResponder.saysNotFoundAlone("User not found"))
    }
}

extension UserU55Tests {
    /// A user's Beem send answer has `valid`, with no summary: a send to two valid recipients said the example's 1,
    /// where the same sandbox counts SMSC's `cnt`. A count named `valid` (or `accepted`) alone counts the recipients.
    @Test func aCountNamedValidCountsTheRecipients() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["beem-valid"])
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/beem/v1/send",
            json: #"{"source_addr":"INFO","message":"Hello","recipients":[{"recipient_id":"1","dest_addr":"255700000001"},{"recipient_id":"2","dest_addr":"255700000002"}]}"#,
            headers: [("Authorization", "Basic YTpi")])
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(body[member: "valid"] == .number(2), "\(body)")
        #expect(body[member: "invalid"] == .number(0), "\(body)")
    }
}

extension UserU55Tests {
    /// A user's SMS Works example message says DELIVERED beside `failurereason: {…, details: "Handset error"}`: every
    /// delivered report and look-up said the handset error. An optional field named for a failure is left out where
    /// nothing failed, whatever the example's status.
    @Test func aFailureReasonIsNoDeliveredMessagesWords() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsworks-delivered-reason"], callbackURL: "http://127.0.0.1:9/dlr")
        let send = UserReportsFollowRequestTests.post(
            emulator, "/smsworks/message/send", json: #"{"sender":"YourCompany","destination":"447777777777","content":"Hi"}"#,
            headers: [("Authorization", "JWT k")])
        let reports = try UserU54cTests.jsonReports(send)
        #expect(reports.count == 1 && reports.allSatisfy { $0[member: "status"] == .string("DELIVERED") && $0[member: "failurereason"] == nil }, "\(reports)")
        guard case .string(let id)? = try UserReportsFollowRequestTests.json(send)[member: "messageid"] else { Issue.record("\(send.summary)"); return }
        let lookUp = try UserReportsFollowRequestTests.json(emulator.answer(WireRequest(
            method: "GET", path: "/smsworks/messages/\(id)", headers: [("Authorization", "JWT k")])))
        #expect(lookUp[member: "status"] == .string("DELIVERED") && lookUp[member: "failurereason"] == nil, "\(lookUp)")
    }

    /// A user's 8x8 receipt has an optional `detail` enum the delivered example gives `delivered_to_recipient`: a
    /// failed receipt said it beside `"state":"undelivered"`. A reason or detail of an example that did not fail is
    /// left out of a failure.
    @Test func aDeliveredDetailIsNoFailuresWords() throws {
        let outcomes = OutcomePolicy(byRecipient: ["6511111111": DeliveryOutcome(.failed(code: "46"))])
        let emulator = try UserReportsFollowRequestTests.emulator(["eightbyeight-detail"], outcomes: outcomes, callbackURL: "http://127.0.0.1:9/dlr")
        let path = "/eightbyeight/api/v1/subaccounts/r/messages"
        let failed = try UserU54cTests.jsonReports(UserReportsFollowRequestTests.post(
            emulator, path, json: #"{"destination":"6511111111","text":"hi"}"#, headers: [("Authorization", "Bearer k")]))
        let status = failed.first?[member: "payload"]?[member: "status"]
        #expect(status?[member: "state"] == .string("undelivered") && status?[member: "detail"] == nil, "\(failed)")
        let delivered = try UserU54cTests.jsonReports(UserReportsFollowRequestTests.post(
            emulator, path, json: #"{"destination":"6522222222","text":"hi"}"#, headers: [("Authorization", "Bearer k")]))
        #expect(delivered.first?[member: "payload"]?[member: "status"]?[member: "detail"] == .string("delivered_to_recipient"), "\(delivered)")
    }
}

extension UserU55Tests {
    /// A user's LINK Mobility error answer says why in `description`, its `resultCode` optional, and no result code
    /// says a field is missing: a missing `platformId` was answered 3000 "GSM encoding is not supported". The code is
    /// left out rather than one about something else.
    @Test func aRefusalSayingWhyInWordsLeavesOutACodeAboutSomethingElse() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["linkmobility-missing"])
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/linkmobility/sms/send", json: #"{"source":"LINK","destination":"+4799999999","userData":"hi"}"#,
            headers: [("Authorization", "Basic dXNlcjpwdw==")])
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(body[member: "resultCode"] == nil, "\(body)")
        guard case .string(let words)? = body[member: "description"] else { Issue.record("\(body)"); return }
        #expect(words.contains("platformId"), "\(body)")
    }
}

extension UserU55Tests {
    /// A user's tyntec problem example is a 400 (DataNotParseable): the 401 for a missing key said its `title` "The
    /// given data were not parsable." and its `type` ".../problems/DataNotParseable". An example's title and problem
    /// link of another code are not the refusal's: the title says the code's words, the link drops the example's
    /// problem.
    @Test func aRefusalSaysNoTitleOfAnotherStatusesExample() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["tyntec-problem"])
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/tyntec/messaging/v1/sms", json: #"{"to":"+491611111111","from":"Shop","message":"hi"}"#)
        #expect(answer.status == 401, "\(answer.summary)")
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(body[member: "title"] == .string("Unauthorized"), "\(body)")
        guard case .string(let type)? = body[member: "type"] else { Issue.record("\(body)"); return }
        #expect(!type.contains("DataNotParseable"), "\(body)")
    }
}

extension UserU55Tests {
    /// A user's Voodoo send answer has an optional `scheduledDateTime` its example gives (1537525884, in 2018): a send
    /// that scheduled nothing was answered it. An optional schedule the request did not give is left out.
    @Test func anUnscheduledSendSaysNoSchedule() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["voodoo-pending"])
        let plain = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/voodoo/sendsms", json: #"{"to":"447000123891","from":"VoodooSMS","msg":"Hello"}"#, headers: [("Authorization", "Bearer k")]))
        #expect(plain[member: "scheduledDateTime"] == nil && plain[member: "count"] == .number(1), "\(plain)")
        let scheduled = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/voodoo/sendsms", json: #"{"to":"447000123891","from":"VoodooSMS","msg":"Hello","schedule":"3 weeks"}"#,
            headers: [("Authorization", "Bearer k")]))
        #expect(scheduled[member: "scheduledDateTime"] != nil, "\(scheduled)")
    }
}

extension UserU55Tests {
    /// A user's SMS Aero send answer and status look-up are one message object with `dateCreate`: the look-up said a
    /// later creation time than the send's answer. A look-up of a message sent says the time its send was answered.
    @Test func aLookUpSaysTheCreationTimeItsSendSaid() async throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsaero-created"])
        let auth = [("Authorization", "Basic YTpi")]
        let send = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/smsaero/sms/send", json: #"{"number":"79990000001","sign":"X","text":"hi"}"#, headers: auth))
        guard case .number(let id)? = send[member: "data"]?[member: "id"], let created = send[member: "data"]?[member: "dateCreate"] else {
            Issue.record("\(send)")
            return
        }
        try await Task.sleep(for: .milliseconds(1_100))
        let lookUp = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/smsaero/sms/status", json: #"{"id":\#(id.text)}"#, headers: auth))
        #expect(lookUp[member: "data"]?[member: "dateCreate"] == created, "\(send) \(lookUp)")
    }
}

extension UserU55Tests {
    /// A user's Beem report look-up (by `dest_addr` and `request_id`) said a fresh `recipient_id` where the send gave
    /// "7", which its callback said. A look-up of a message sent says the ids its request item gave beside it.
    @Test func aLookUpSaysTheRecipientIDTheSendGave() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["beem-valid"])
        let send = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            emulator, "/beem/v1/send", json: #"{"source_addr":"INFO","message":"Hello","recipients":[{"recipient_id":"7","dest_addr":"255700000007"}]}"#,
            headers: [("Authorization", "Basic YTpi")]))
        guard case .number(let id)? = send[member: "request_id"] else { Issue.record("\(send)"); return }
        let lookUp = try UserReportsFollowRequestTests.json(emulator.answer(WireRequest(
            method: "GET", path: "/beem/public/v1/delivery-reports", query: "dest_addr=255700000007&request_id=\(id.text)",
            headers: [("Authorization", "Basic YTpi")])))
        #expect(lookUp.items?.first?[member: "recipient_id"] == .string("7"), "\(lookUp)")
    }
}
