import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers of round u57 a first fix left (LOX24, Flowroute, SignalWire, Telerivet, TurboSMS, Skebby,
/// SMSFactor).
@Suite(.timeLimit(.minutes(1)))
struct UserU57bTests {
    static let lox24Token = ("X-LOX24-AUTH-TOKEN", "lox-token-1234567")

    /// A user's LOX24 look-up `GET /sms/{uuid}` of a send whose answer repeated `"callback_data": "order-10"` left it
    /// out (and the client read `callbackData: nil`): a look-up repeats the values its send gave.
    @Test func aLookUpRepeatsTheValuesItsSendGave() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["lox24-u57"])
        let sent = UserReportsFollowRequestTests.post(emulator, "/lox24/sms",
            json: #"{"sender_id": "Me", "phone": "+49751234568", "text": "T", "callback_data": "order-10"}"#, headers: [Self.lox24Token])
        let body = try UserU57Tests.object(sent)
        #expect(body["callback_data"] == .string("order-10"), "\(sent.summary)")
        guard case .string(let uuid)? = body["uuid"] else { Issue.record("no uuid: \(sent.summary)"); return }
        let looked = emulator.answer(WireRequest(method: "GET", path: "/lox24/sms/\(uuid)", headers: [Self.lox24Token]))
        #expect(looked.status == 200, "\(looked.summary)")
        let record = try UserU57Tests.object(looked)
        #expect(record["callback_data"] == .string("order-10"), "\(record)")
        #expect(record["sender_id"] == .string("Me") && record["text"] == .string("T") && record["phone"] == .string("+49751234568"), "\(record)")
    }

    /// A user's Flowroute look-up of a message sent `from` 12065550101 said `"from": ""` (its `MessageRecord` has no
    /// example) beside the `to` and `body` its send gave, and `"type": ""`, where its inbound message's example, of the
    /// same `attributes: MessageAttributes`, says "message".
    @Test func aLookUpSaysTheSenderItsSendGave() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["flowroute-u57"])
        let auth = UserU57Tests.basic("ak", "sk")
        let sent = UserReportsFollowRequestTests.post(emulator, "/flowroute/messages", json: #"{"to": "12065550001", "from": "12065550101", "body": "hi"}"#,
            headers: [auth])
        guard case .string(let id)? = try UserU57Tests.object(sent)["data"]?[member: "id"] else { Issue.record("no id: \(sent.summary)"); return }
        let looked = emulator.answer(WireRequest(method: "GET", path: "/flowroute/messages/\(id)", headers: [auth]))
        #expect(looked.status == 200, "\(looked.summary)")
        let attributes = try #require(try UserU57Tests.object(looked)["data"]?[member: "attributes"]?.members, "\(looked.summary)")
        #expect(attributes["from"] == .string("12065550101"), "\(attributes)")
        #expect(attributes["to"] == .string("12065550001") && attributes["body"] == .string("hi"), "\(attributes)")
        #expect(try UserU57Tests.object(looked)["data"]?[member: "type"] == .string("message"), "\(looked.summary)")
    }

    /// A user's SignalWire fetch of a message failed with 30003 said `error_code: 30003` beside its example's
    /// `error_message: null` (the status callback said "Unreachable destination handset"), and its Telerivet look-up of
    /// a `not_delivered` message no `error_message`: beside a failure, a text named as an error's words says why. Its
    /// Telerivet send answered `label_ids` a fresh UUID where the example has `[]`.
    @Test func aFailedMessagesLookUpSaysWhy() throws {
        let account = "446e9986-0848-4d46-a617-48793c5f5e07"
        let signalwire = try UserReportsFollowRequestTests.emulator(["signalwire-u57"],
            outcomes: OutcomePolicy(byRecipient: ["+15550001111": DeliveryOutcome(.failed(code: "30003"))]))
        let auth = UserU57Tests.basic("p", "tok")
        let sent = UserU57Tests.form(signalwire, "/signalwire/2010-04-01/Accounts/\(account)/Messages.json",
            "To=%2B15550001111&From=%2B15551234567&Body=Hello", headers: [auth])
        guard case .string(let sid)? = try UserU57Tests.object(sent)["sid"] else { Issue.record("no sid: \(sent.summary)"); return }
        let fetched = signalwire.answer(WireRequest(method: "GET", path: "/signalwire/2010-04-01/Accounts/\(account)/Messages/\(sid).json", headers: [auth]))
        let message = try UserU57Tests.object(fetched)
        #expect(message["error_code"] == .number(30003), "\(message)")
        guard case .string(let words)? = message["error_message"], !words.isEmpty else { Issue.record("no error_message: \(message)"); return }

        let telerivet = try UserReportsFollowRequestTests.emulator(["telerivet-u57"],
            outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: "not_delivered"))))
        let key = UserU57Tests.basic("TRapikey0000secret", "")
        let posted = UserReportsFollowRequestTests.post(telerivet, "/telerivet/projects/PJa1b2c3/messages/send",
            json: #"{"to_number": "+16505550123", "content": "hello"}"#, headers: [key])
        guard case .string(let id)? = try UserU57Tests.object(posted)["id"] else { Issue.record("no id: \(posted.summary)"); return }
        // And its send's answer listed `label_ids` a fresh UUID, its example `[]`: labels are no message's ids.
        #expect(try UserU57Tests.object(posted)["label_ids"] == .array([]), "\(posted.summary)")
        let looked = telerivet.answer(WireRequest(method: "GET", path: "/telerivet/messages/\(id)", headers: [key]))
        let record = try UserU57Tests.object(looked)
        #expect(record["status"] == .string("not_delivered"), "\(record)")
        guard case .string(let why)? = record["error_message"], !why.isEmpty else { Issue.record("no error_message: \(record)"); return }
    }

    /// A user's TurboSMS send to two valid numbers was answered its example's envelope, 802
    /// SUCCESS_MESSAGE_PARTIAL_ACCEPTED, though both results said `0 OK`; a send to two malformed numbers said "partial
    /// accepted" of a send that sent nothing. All accepted is 800 SUCCESS_MESSAGE_ACCEPTED; all refused is a refusal
    /// with their code; some refused stays 802.
    @Test func anEnvelopeSaysPartialOnlyOfAPartialSend() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["turbosms-u57"])
        func send(_ recipients: String) throws -> (SandboxAnswer, [String: JSONValue]) {
            let answer = UserReportsFollowRequestTests.post(emulator, "/turbosms/message/send.json",
                json: #"{"recipients": \#(recipients), "sms": {"sender": "Shop", "text": "Hi"}}"#, headers: [("Authorization", "Bearer t")])
            return (answer, try UserU57Tests.object(answer))
        }
        let (all, allBody) = try send(#"["380678998668", "380503288888"]"#)
        #expect(allBody["response_code"] == .number(800) && allBody["response_status"] == .string("SUCCESS_MESSAGE_ACCEPTED"), "\(all.summary)")
        #expect(allBody["response_result"]?.items?.count == 2, "\(all.summary)")
        let (none, noneBody) = try send(#"["0671", "0672"]"#)
        #expect(noneBody["response_code"] == .number(206), "\(none.summary): \(noneBody)")
        let (some, someBody) = try send(#"["380678998668", "0671"]"#)
        #expect(someBody["response_code"] == .number(802), "\(some.summary)")
    }

    /// A user's Skebby send with a wrong `user_key` (or `Session_key`) was answered 404 "The User_key (or the order_id)
    /// was not found; for login, the credentials are incorrect", where 401 says "User_key, Token or Session_key are
    /// invalid or not provided", which missing keys got.
    @Test func wrongKeysAreAnsweredTheStatusForBadCredentials() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("skebby-u57")]),
            configuration: .init(credentials: ["UK1:SK1"], seed: 4))
        let body = #"{"message_type": "GP", "message": "x", "recipient": ["+393471234567"]}"#
        for headers in [[("user_key", "bad"), ("Session_key", "SK1")], [("user_key", "UK1"), ("Session_key", "bad")], []] {
            let answer = UserReportsFollowRequestTests.post(emulator, "/skebby/sms", json: body, headers: headers)
            #expect(answer.status == 401, "\(headers): \(answer.summary)")
        }
        let good = UserReportsFollowRequestTests.post(emulator, "/skebby/sms", json: body, headers: [("user_key", "UK1"), ("Session_key", "SK1")])
        #expect(good.status == 201, "\(good.summary)")
    }

    /// A user's SignalWire inbound message said `SmsStatus=delivered` (its table's `receiving` and `received` both
    /// speak of an inbound message; `received` is the final one) and an `SmsSid` other than its `MessageSid` (its
    /// status example gives both the same).
    @Test func anInboundMessageSaysReceivedUnderOneID() throws {
        let message = try InboundAndRecipientTextTests.inbound("signalwire-u57", from: "+16505550123", text: "STOP")
        #expect(message[member: "SmsStatus"] == .string("received"), "\(message)")
        if let sms = message[member: "SmsSid"] { #expect(sms == message[member: "MessageSid"], "\(message)") }
    }

    /// A user's SMSFactor campaign to two numbers said `"sent": 2, "total": 2` beside its example's `"cost": 1,
    /// "credits": 642`: the cost is per message sent, and the credits left after it are the less.
    @Test func aCampaignsCostFollowsTheMessagesSent() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsfactor-u57"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/smsfactor/send",
            json: #"{"sms": {"message": {"text": "Hi"}, "recipients": {"gsm": [{"value": "33612345678"}, {"value": "33698765432"}]}}}"#,
            headers: [("Authorization", "Bearer tok-smsfactor-12345"), ("Accept", "application/json")])
        let body = try UserU57Tests.object(answer)
        #expect(body["sent"] == .number(2), "\(answer.summary): \(body)")
        #expect(body["cost"] == .number(2) && body["credits"] == .number(641), "\(body)")
    }
}
