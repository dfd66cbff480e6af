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
}
