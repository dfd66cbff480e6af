import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' CallFire, NHN Cloud and OurSMS specs (Specs/callfire-texts.yaml, Specs/nhncloud-lookups.yaml, Specs/oursms-token-status.yaml).
@Suite(.timeLimit(.minutes(1)))
struct UserU43U44Tests {
    static func callfire(outcome: String = "delivered") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("callfire-texts")]),
            configuration: .init(
                callbackURL: "http://127.0.0.1:9/cb", outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))),
                credentials: ["login:pw"], seed: 7))
    }

    static func callfireSend(_ body: String, outcome: String = "delivered") throws -> SandboxAnswer {
        try callfire(outcome: outcome).answer(WireRequest(
            method: "POST", path: "/callfire/texts",
            headers: [("Content-Type", "application/json"), ("Authorization", "Basic " + Data("login:pw".utf8).base64EncodedString())],
            body: Data(body.utf8)))
    }

    /// CallFire's text `{"contact": {"id": …}, …, "id": …}` (`Text.id` declaring `role: messageID`) was reported by its
    /// contact's id, `contact` sorting first: an object's own id is the message's, a nested object's is that object's.
    @Test func aReportQuotesTheTextsOwnIdNotANestedOnes() throws {
        let send = try Self.callfireSend(#"[{"phoneNumber": "13408887345", "message": "Hi!"}]"#)
        #expect(send.status == 200, "\(send.summary)")
        let item = try #require((try UnbundledGatewayTests.json(send)["items"] as? [[String: Any]])?.first)
        let id = try #require(item["id"] as? Int)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        let resource = try #require((report["events"] as? [[String: Any]])?.first?["resource"] as? [String: Any], "\(report)")
        #expect(resource["id"] as? Int == id, "\(resource) \(item)")
    }

    /// CallFire's text failed `CARRIER_ERROR` (TextResult, invalidDestination) was reported `state: DNC`, the ActionState
    /// table's first failure, a number on a Do-Not-Call list: the other table's field says the same failure.
    @Test func twoDeliveryTablesOfAReportAgree() throws {
        let send = try Self.callfireSend(#"[{"phoneNumber": "13408887345", "message": "Hi!"}]"#, outcome: "failed:CARRIER_ERROR")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        let resource = try #require((report["events"] as? [[String: Any]])?.first?["resource"] as? [String: Any], "\(report)")
        #expect(resource["finalTextResult"] as? String == "CARRIER_ERROR", "\(resource)")
        #expect(resource["state"] as? String == "INVALID", "\(resource)")
    }

    /// CallFire refused a `phoneNumber` "123", and a body that is no list, "must contain at least one recipient", its
    /// error example's words, beside the same 400 "Bad request": the words say what is wrong. An empty list keeps them.
    @Test func aRefusalSaysItsOwnReasonNotTheExamples() throws {
        for body in [#"[{"phoneNumber": "123", "message": "Hi!"}]"#, #"{"recipients": [{"phoneNumber": "13408887345"}]}"#] {
            let answer = try Self.callfireSend(body)
            #expect(answer.status == 400, "\(answer.summary)")
            let message = try #require(try UnbundledGatewayTests.json(answer)["message"] as? String, "\(answer.summary)")
            #expect(!message.contains("at least one recipient") && message.contains("recipients"), "\(message)")
        }
        let empty = try UnbundledGatewayTests.json(try Self.callfireSend("[]"))
        #expect(empty["message"] as? String == "must contain at least one recipient", "\(empty)")
    }

    /// OurSMS's bad token was refused 400 `{"code": "InvalidToken"}`, its `ErrorCode` having no status of its own,
    /// though the `HTTPStatus` table the same `4XX` lists gives authentication 401 Unauthorized.
    @Test func aCodeWithNoStatusTakesTheStatusOfItsCategory() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("oursms-token-status")]),
            configuration: .init(credentials: ["tok"], seed: 7))
        func send(token: String, body: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/oursms/msgs/sms", headers: [("Content-Type", "application/json"), ("Authorization", "Bearer \(token)")],
                body: Data(#"{"src": "OurSMS", "dests": ["966512345678"], "body": "\#(body)"}"#.utf8)))
        }
        let refused = send(token: "x", body: "hi")
        #expect(refused.status == 401, "\(refused.summary)")
        #expect(String(decoding: refused.body, as: UTF8.self).contains("InvalidToken"), "\(refused.summary)")
        #expect(send(token: "tok", body: "hi").status == 200)
    }

    /// CallFire's send answered each text the example's `fromNumber` "67076" (`role: sender`), though no item gave one.
    @Test func aSendersFieldNoItemGaveIsLeftOut() throws {
        let item = try #require((try UnbundledGatewayTests.json(try Self.callfireSend(#"[{"phoneNumber": "13408887345", "message": "Hi!"}]"#))["items"]
            as? [[String: Any]])?.first)
        #expect(item["fromNumber"] == nil, "\(item)")
        let given = try #require((try UnbundledGatewayTests.json(try Self.callfireSend(#"[{"phoneNumber": "13408887345", "fromNumber": "12135551234"}]"#))["items"]
            as? [[String: Any]])?.first)
        #expect(given["fromNumber"] as? String == "12135551234", "\(given)")
    }

    static func nhn() throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("nhncloud-lookups")]),
            configuration: .init(credentials: ["k"], seed: 7))
    }

    static func nhnGet(_ emulator: SandboxEmulator, _ path: String, query: String) throws -> [String: Any] {
        try UnbundledGatewayTests.json(emulator.answer(WireRequest(
            method: "GET", path: "/nhncloud/sms/v3.0/appKeys/app1/sender/sms" + path, query: query, headers: [("X-Secret-Key", "k")])))
    }

    static func nhnSend(_ emulator: SandboxEmulator, _ recipient: String) throws -> [String: Any] {
        try UnbundledGatewayTests.json(emulator.answer(WireRequest(
            method: "POST", path: "/nhncloud/sms/v3.0/appKeys/app1/sender/sms", headers: [("X-Secret-Key", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"body": "hi", "sendNo": "15446859", "recipientList": [\#(recipient)]}"#.utf8))))
    }

    /// NHN Cloud's send answered each recipient the example's `recipientGroupingKey` "RecipientGroupingKey", though no
    /// item of `recipientList` gave one; one given is echoed.
    @Test func anItemsFieldTheRequestLeftOutIsLeftOut() throws {
        let emulator = try Self.nhn()
        let sent = try Self.nhnSend(emulator, #"{"recipientNo": "01012345678"}"#)
        let result = try #require(((sent["body"] as? [String: Any])?["data"] as? [String: Any])?["sendResultList"] as? [[String: Any]], "\(sent)")
        #expect(result.first?["recipientGroupingKey"] == nil && result.first?["recipientNo"] as? String == "01012345678", "\(result)")
        let keyed = try Self.nhnSend(emulator, #"{"recipientNo": "01012345678", "recipientGroupingKey": "g1"}"#)
        let keyedResult = ((keyed["body"] as? [String: Any])?["data"] as? [String: Any])?["sendResultList"] as? [[String: Any]]
        #expect(keyedResult?.first?["recipientGroupingKey"] as? String == "g1", "\(keyed)")
    }

    /// NHN Cloud's look-up of a message sent (`getSms`) answered the example's `recipientNo` and `body`, and its list of a
    /// request's messages (`listSms`, no example) `{"header": …}` alone: both say the message sent.
    @Test func aLookUpOfAMessageSentSaysThatMessage() throws {
        let emulator = try Self.nhn()
        let sent = try Self.nhnSend(emulator, #"{"recipientNo": "01012345678"}"#)
        let id = try #require(((sent["body"] as? [String: Any])?["data"] as? [String: Any])?["requestId"] as? String, "\(sent)")
        let one = try Self.nhnGet(emulator, "/\(id)", query: "recipientSeq=1")
        let data = try #require((one["body"] as? [String: Any])?["data"] as? [String: Any], "\(one)")
        #expect(data["recipientNo"] as? String == "01012345678", "\(data)")
        #expect(data["body"] == nil || data["body"] as? String == "hi", "\(data)")
        let list = try Self.nhnGet(emulator, "", query: "requestId=\(id)")
        let listed = try #require((list["body"] as? [String: Any])?["data"] as? [[String: Any]], "\(list)")
        #expect(listed.count == 1 && listed.first?["requestId"] as? String == id, "\(listed)")
        #expect(listed.first?["recipientNo"] == nil || listed.first?["recipientNo"] as? String == "01012345678", "\(listed)")
    }
}
