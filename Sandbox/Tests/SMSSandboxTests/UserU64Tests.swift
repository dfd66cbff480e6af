import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u63 that the fixes of u63 left (SMS Dev, MTS Exolve, SMSPlanet, …).
@Suite(.timeLimit(.minutes(1)))
struct UserU64Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func get(_ emulator: SandboxEmulator, _ path: String) -> SandboxAnswer {
        let parts = path.split(separator: "?", maxSplits: 1).map(String.init)
        return emulator.answer(WireRequest(method: "GET", path: parts[0], query: parts.count > 1 ? parts[1] : ""))
    }

    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Data(body.utf8)))
    }

    static func json(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require((try? JSONSerialization.jsonObject(with: answer.body)) as? [String: Any], "\(answer.status) \(text(answer)) \(answer.summary)")
    }
}

extension UserU64Tests {
    /// A user's SMS Dev `/v1/dlr?key=…&id=999`, an id no send was answered, said `{"descricao":"RECEBIDA",
    /// "qtd_credito":100,"situacao":"OK"}`: delivered. No code of its tables says an id is not found, so it is answered
    /// the closest documented refusal, its table's failure `ERRO`, saying no delivery status, and the log says why.
    @Test func aLookUpOfAnIdNeverSentIsNoDelivery() throws {
        let emulator = try Self.emulator(["smsdev-u64"])
        let send = Self.get(emulator, "/smsdev/v1/send?key=abc&type=9&number=5511988887777&msg=Oi")
        let id = try #require(try Self.object(send)["id"] as? String)
        let known = Self.get(emulator, "/smsdev/v1/dlr?key=abc&id=\(id)")
        #expect(Self.text(known).contains(#""descricao":"RECEBIDA""#), "\(Self.text(known))")
        let unknown = Self.get(emulator, "/smsdev/v1/dlr?key=abc&id=999")
        let body = try Self.object(unknown)
        #expect(body["situacao"] as? String == "ERRO", "\(Self.text(unknown))")
        #expect(body["descricao"] == nil && body["qtd_credito"] == nil, "\(Self.text(unknown))")
        #expect(unknown.summary.contains("never answered to a send") && unknown.summary.contains("not found"), "\(unknown.summary)")
    }

    /// A user's Exolve `GetList {"message_id": "…"}` of an id never sent listed the example's message: a list of the
    /// messages a filter matches lists none.
    @Test func aListFilteredByAnIdNeverSentIsEmpty() throws {
        let emulator = try Self.emulator(["exolve-u63"])
        let auth = [("Authorization", "Bearer tok")]
        _ = Self.json(emulator, "/exolve/SendSMS", #"{"number":"79991112233","destination":"79876543210","text":"Hi"}"#, headers: auth)
        let list = Self.json(emulator, "/exolve/GetList", #"{"message_id":"123456"}"#, headers: auth)
        #expect(list.status == 200, "\(list.status) \(Self.text(list))")
        #expect(Self.text(list) == #"{"messages":[]}"#, "\(Self.text(list))")
        #expect(list.summary.contains("found nothing"), "\(list.summary)")
    }

    /// A user's SMSPlanet `getMessageStatus` of `messageId=nonexistent` answered a status (the example's, delivered).
    /// Its tables say no id is not found: it is refused in its documented error answer, saying why, with no code
    /// about another field (103 "Invalid sender"). (Before any send of the run, an id may be an earlier run's.)
    @Test func aStatusOfAnIdNeverSentIsRefused() throws {
        let emulator = try Self.emulator(["smsplanet-u63"])
        let auth = [("Authorization", "Bearer tok123")]
        _ = Self.form(emulator, "/smsplanet/sms", "from=TEST&to=500111222&msg=hi", headers: auth)
        let answer = Self.form(emulator, "/smsplanet/getMessageStatus", "messageId=nonexistent", headers: auth)
        let text = Self.text(answer)
        #expect(!text.contains("Numer telefonu") && !text.contains("TAK"), "\(text)")
        #expect(!text.contains("103"), "\(text)")
        #expect(text.contains("errorMsg") && text.contains("nonexistent"), "\(text)")
        #expect(answer.summary.contains("never answered to a send"), "\(answer.summary)")
    }
}

extension UserU64Tests {
    /// A user's Zadarma send to two numbers answered `denied_numbers: [{number, message}]` listing both numbers sent,
    /// the SMS text as `message` (`role: reason`), beside their `sms_detalization`: a list whose element names a
    /// recipient and says why it failed, with no message id or code, lists the numbers refused, none here.
    @Test func aListOfRefusalsListsNoNumberAccepted() throws {
        let emulator = try Self.emulator(["zadarma-u64"])
        let answer = Self.form(emulator, "/zadarma/v1/sms/send/", "format=json&message=Hello&number=380501112233,380501112244", headers: [("Authorization", "abc:def")])
        let body = try Self.object(answer)
        #expect(answer.status == 200 && body["status"] as? String == "success", "\(Self.text(answer))")
        #expect((body["denied_numbers"] as? [Any] ?? []).isEmpty, "\(Self.text(answer))")
        let details = try #require(body["sms_detalization"] as? [[String: Any]], "\(Self.text(answer))")
        #expect(details.compactMap { $0["number"] as? String } == ["380501112233", "380501112244"], "\(Self.text(answer))")
    }
}

extension UserU64Tests {
    /// A user's Zadarma `sms_detalization[].senderid`, the sender ID (its example `Sender`), was a fresh UUID: a field
    /// named as a sender id is the sender's, no id the sandbox makes up.
    @Test func aSenderIdIsNoFreshId() throws {
        let emulator = try Self.emulator(["zadarma-u64"])
        let answer = Self.form(emulator, "/zadarma/v1/sms/send/", "caller_id=Acme&format=json&message=Hello&number=380501112233", headers: [("Authorization", "abc:def")])
        let details = try #require(try Self.object(answer)["sms_detalization"] as? [[String: Any]], "\(Self.text(answer))")
        let senders = details.compactMap { $0["senderid"] as? String }
        #expect(senders.allSatisfy { $0 == "Acme" || $0 == "Sender" } && UUID(uuidString: senders.first ?? "") == nil, "\(Self.text(answer))")
    }
}

extension UserU64Tests {
    /// A user's ViaNett send scheduled for 2027 was logged `accepted` alone and no report followed, which looked like a
    /// lost callback: the log says the report is held until the time the send is scheduled for.
    @Test func aScheduledSendSaysWhenItsReportIsOwed() throws {
        let emulator = try Self.emulator(["kavenegar-u59"])
        let later = Self.form(emulator, "/kavenegar/v1/KAVKEY123/sms/send.json", "receptor=09121234567&message=hi&date=1900000000")
        #expect(!later.deliveries.isEmpty, "\(later.summary)")
        #expect(later.summary.contains("held until 2030-03-17T17:46:40Z"), "\(later.summary)")
        let now = Self.form(emulator, "/kavenegar/v1/KAVKEY123/sms/send.json", "receptor=09121234567&message=hi")
        #expect(!now.summary.contains("held until"), "\(now.summary)")
    }
}

extension UserU64Tests {
    /// A request naming none of the operations sharing its path (a user's SMSLive247 `cmd=bogus`) was refused, and
    /// logged under the first operation's id, `smslive247.login`: it is logged under no operation's.
    @Test func aRequestNamingNoOperationIsLoggedUnderNone() throws {
        let emulator = try Self.emulator(["smslive247-u63b"])
        let bogus = Self.get(emulator, "/smslive247/http/index.aspx?cmd=bogus&sessionid=abc")
        #expect(bogus.summary.hasPrefix("smslive247 (no operation) ") && !bogus.summary.contains("smslive247.login"), "\(bogus.summary)")
    }
}

extension UserU64Tests {
    /// A user's Mobile Message send with `"custom_ref":"t1"` was reported without it, though its status webhook's
    /// `custom_ref` returns it ("Your reference, returned in status webhooks and look-ups"), and a look-up by
    /// `custom_ref=t1` listed nothing.
    @Test func aReportAndALookUpSayTheReferenceItsSendGave() throws {
        let emulator = try Self.emulator(["mobilemessage-u64"])
        let auth = [("Authorization", "Basic " + Data("user:pass".utf8).base64EncodedString())]
        let sent = Self.json(emulator, "/mobilemessage/v1/messages", #"{"messages":[{"to":"0412345678","message":"Hi","sender":"CompanyABC","custom_ref":"t1"}]}"#, headers: auth)
        let delivery = try #require(sent.deliveries.first, "\(sent.summary)")
        let report = String(decoding: try #require(delivery.request()?.httpBody), as: UTF8.self)
        #expect(report.contains(#""custom_ref":"t1""#), "\(report)")
        let found = emulator.answer(WireRequest(method: "GET", path: "/mobilemessage/v1/messages", query: "custom_ref=t1", headers: auth))
        #expect(Self.text(found).contains(#""custom_ref":"t1""#), "\(Self.text(found))")
    }
}

extension UserU64Tests {
    /// A user's ViaNett inbound (MO) callback carried random 16-letter `username` and `password`, its optional
    /// credentials ("Optional username", empty in the document's example): the sandbox knows none the provider would
    /// send, and writes them as the example does, empty.
    @Test func anInboundMessageInventsNoCredentials() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("vianett-u64")]).first)
        let inbound = try #require(InboundCallback(provider: provider))
        let payload = inbound.payload(from: "4748044407", to: "1963", text: "STOP alle", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        #expect(payload[member: "username"] == .string("") && payload[member: "password"] == .string(""), "\(payload)")
    }
}

extension UserU64Tests {
    /// A user's Mobile Message inbound message said a random `original_message_id` ("The message_id of the outbound
    /// message they're replying to (empty if unknown)"), the id of no message sent: an optional id whose summary
    /// says it is empty when not known is left out of an inbound message, as an optional text is.
    @Test func anInboundMessageRepliesToNoMessageUnknown() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("mobilemessage-u64")]).first)
        let inbound = try #require(InboundCallback(provider: provider))
        let payload = inbound.payload(from: "61412345678", to: "61400000010", text: "Yes", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        #expect(payload[member: "message"] == .string("Yes"), "\(payload)")
        #expect(payload[member: "original_message_id"] == nil || payload[member: "original_message_id"] == .string(""), "\(payload)")
    }
}
