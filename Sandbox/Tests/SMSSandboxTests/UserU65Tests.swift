import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u64 (SMSGate, Afilnet, KudiSMS, playSMS, Yuboto, SendPulse, …).
@Suite(.timeLimit(.minutes(1)))
struct UserU65Tests {
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

    static func reports(_ answer: SandboxAnswer) throws -> [[String: Any]] {
        try answer.deliveries.map { delivery in
            let body = try #require(delivery.request()?.httpBody)
            return try #require((try? JSONSerialization.jsonObject(with: body)) as? [String: Any], "\(String(decoding: body, as: UTF8.self))")
        }
    }
}

extension UserU65Tests {
    /// A user's SMSGate webhook tells its events apart by `event` (`sms:sent`, `sms:delivered`, `sms:failed`), typed as
    /// a delivery-status table: a failed and a delivered message were both posted `"event":"sms:sent"`, the first
    /// variant's, while the log said failed or delivered. The report is the variant whose value says the outcome.
    /// The events are posted in their documented sequence: `sms:sent` first (its `sentAt`), then the outcome's.
    @Test(arguments: [("delivered", "sms:delivered", "deliveredAt"), ("failed", "sms:failed", "failedAt")])
    func aReportIsTheEventItsOutcomeNames(outcome: String, event: String, dateField: String) throws {
        let run: DeliveryOutcome = outcome == "failed" ? DeliveryOutcome(.failed(code: nil)) : .delivered
        let emulator = try Self.emulator(["smsgate-u65"], outcomes: .init(run: run))
        let answer = Self.json(emulator, "/smsgate/messages", #"{"textMessage":{"text":"Hi"},"phoneNumbers":["+1234567890"]}"#,
            headers: [("Authorization", "Basic dTpw")])
        #expect(answer.status == 202, "\(answer.status) \(Self.text(answer)) \(answer.summary)")
        let delivery = try #require(answer.deliveries.first)
        let reports = try delivery.requests().map { request in
            let body = try #require(request.httpBody)
            return try #require((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])
        }
        #expect(reports.map { $0["event"] as? String } == ["sms:sent", event], "\(reports)")
        let payloads = reports.compactMap { $0["payload"] as? [String: Any] }
        #expect(payloads.first?["sentAt"] != nil && payloads.last?[dateField] != nil, "\(payloads)")
        #expect(payloads.allSatisfy { $0["phoneNumber"] as? String == "+1234567890" }, "\(payloads)")
    }
}

extension UserU65Tests {
    /// A user's Afilnet answers every refusal 200 `{"status": "error", "error": CODE}`, two tables deciding it: a send
    /// without `sms` was `"error": "NO_CREDITS"`, its one example's code beside `status` `error` (without the example,
    /// no `error` at all). The error table's invalid-request code stands in beside the status's failure.
    @Test func aRefusalBesideAVerdictIsTheErrorTablesCode() throws {
        let emulator = try Self.emulator(["afilnet-u65"])
        let missing = Self.get(emulator, "/afilnet/api/http/?class=sms&method=sendsms&user=u&password=p&to=34600000000&from=A")
        let body = try Self.object(missing)
        #expect(body["status"] as? String == "error", "\(Self.text(missing))")
        #expect(body["error"] as? String == "MISSING_COMPULSORY_PARAM", "\(Self.text(missing)) \(missing.summary)")
        let sent = Self.get(emulator, "/afilnet/api/http/?class=sms&method=sendsms&user=u&password=p&to=34600000000&from=A&sms=Hi")
        #expect(try Self.object(sent)["status"] as? String == "success", "\(Self.text(sent))")
    }

    /// A user's KudiSMS wrong password said the entry's summary, "Failed Response (the user name or password is
    /// wrong)", where its example of that very code, 103, says the provider's words "Login denied.".
    @Test func aRefusalOfTheExamplesCodeSaysTheExamplesWords() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("kudisms-u65")]),
            configuration: .init(credentials: ["user:pass"], seed: 7))
        let answer = Self.get(emulator, "/kudisms/api/?username=user&password=bad&message=hi&sender=me&mobiles=2348030000000")
        let body = try Self.object(answer)
        #expect(body["error"] as? String == "Login denied.", "\(Self.text(answer))")
        #expect(body["errno"] as? Int == 103, "\(Self.text(answer))")
    }

    /// A user's playSMS refusals left out `"status": "ERR"`, which playSMS writes beside every error (`status` an
    /// optional enum of OK "Succeeded" and ERR "Failed"): a refusal says its failure's case.
    @Test func aRefusalSaysItsStatusEnumsFailure() throws {
        let emulator = try Self.emulator(["playsms-u65"])
        let answer = Self.get(emulator, "/playsms/index.php?app=ws&u=a&h=tok&op=pv&msg=hi")
        let body = try Self.object(answer)
        #expect(body["status"] as? String == "ERR", "\(Self.text(answer))")
        #expect(body["error"] as? String == "201", "\(Self.text(answer))")
        let sent = Self.get(emulator, "/playsms/index.php?app=ws&u=a&h=tok&op=pv&msg=hi&to=0987654321")
        #expect(try Self.object(sent)["status"] as? String != "ERR", "\(Self.text(sent))")
    }
}

extension UserU65Tests {
    /// A user's Yuboto `Dlr` look-up of a message sent without the send's optional `dlr` flag (whether a receipt is
    /// posted) left out its `dlr` list, the message's state per channel: a field holding objects is no value of a
    /// request field of its name that is no object.
    @Test func aListOfObjectsIsNoFlagTheSendLeftOut() throws {
        let emulator = try Self.emulator(["yuboto-u65"])
        let auth = [("Authorization", "Basic a2V5")]
        let send = Self.json(emulator, "/yuboto/omni/v1/Send", #"{"phonenumbers":"306936000001","sms":{"sender":"Demo","text":"Hello"}}"#, headers: auth)
        let messages = try #require(try Self.object(send)["Message"] as? [[String: Any]], "\(Self.text(send))")
        let id = try #require(messages.first?["id"] as? String)
        let dlr = Self.json(emulator, "/yuboto/omni/v1/Dlr", #"{"id":"\#(id)"}"#, headers: auth)
        let body = try Self.object(dlr)
        let channels = try #require(body["dlr"] as? [[String: Any]], "\(Self.text(dlr))")
        #expect(channels.first?["status"] as? String == "Delivered", "\(Self.text(dlr))")
    }
}

extension UserU65Tests {
    /// A user's Textit balance (`text: ['Error:{error}', '{balance}']`, both optional, no example) was answered an
    /// empty 200, which its client cannot read (no form takes empty text): the field its form needs says a made-up
    /// value.
    @Test func aTextAnswerWithoutAnExampleIsATextItsFormsRead() throws {
        let emulator = try Self.emulator(["textit-u65"])
        let answer = Self.get(emulator, "/textit/creditchk/index.php?id=94771234567&pw=1234")
        #expect(answer.status == 200, "\(answer.status) \(answer.summary)")
        #expect(Self.text(answer) == "0", "\(Self.text(answer))")
    }
}

extension UserU65Tests {
    /// A user's SendPulse campaign to three numbers was looked up (`{data: {task_phones_info: [{phone, status}]}}`,
    /// the list one level down) with the last number alone: it lists each number sent.
    @Test func aCampaignLooksUpEachNumberOneLevelDown() throws {
        let emulator = try Self.emulator(["sendpulse-u65"])
        let auth = [("Authorization", "Bearer tok")]
        let send = Self.json(emulator, "/sendpulse/sms/send",
            #"{"sender":"MyShop","phones":["380931111111","380932222222","380933333333"],"body":"Hello"}"#, headers: auth)
        let id = try #require(try Self.object(send)["campaign_id"] as? Int, "\(Self.text(send))")
        let info = emulator.answer(WireRequest(method: "GET", path: "/sendpulse/sms/campaigns/info/\(id)", headers: auth))
        let data = try #require(try Self.object(info)["data"] as? [String: Any], "\(Self.text(info))")
        let phones = try #require(data["task_phones_info"] as? [[String: Any]], "\(Self.text(info))")
        #expect(phones.compactMap { $0["phone"].map { "\($0)" } } == ["380931111111", "380932222222", "380933333333"], "\(Self.text(info))")
        #expect(phones.allSatisfy { $0["status"] as? Int == 2 }, "\(Self.text(info))")
    }
}

extension UserU65Tests {
    /// A user's Onurix send answered its example's `data` (any JSON), `[{"id": "5f6b2a", "phone": "573150123456", …}]`,
    /// for any number, beside a fresh `id`; its look-up, a top-level list of messages, said the example's number, one
    /// element for a send to two numbers, and an id never sent listed the example's message.
    @Test func aTopLevelListLooksUpEachNumberSent() throws {
        let emulator = try Self.emulator(["onurix-u65"])
        let send = Self.form(emulator, "/onurix/sms/send", "client=1234&key=abcd&phone=573001112233,573001112244&sms=Hola")
        let sent = try Self.object(send)
        #expect(sent["data"] == nil, "\(Self.text(send))")
        let id = try #require(sent["id"] as? String, "\(Self.text(send))")
        let state = Self.get(emulator, "/onurix/messages-state?client=1234&key=abcd&id=\(id)")
        let listed = try #require((try? JSONSerialization.jsonObject(with: state.body)) as? [[String: Any]], "\(Self.text(state))")
        #expect(listed.compactMap { $0["phone"] as? String } == ["573001112233", "573001112244"], "\(Self.text(state))")
        #expect(listed.allSatisfy { $0["id"] as? String == id }, "\(Self.text(state))")
        let unknown = Self.get(emulator, "/onurix/messages-state?client=1234&key=abcd&id=zzz")
        #expect(Self.text(unknown) == "[]", "\(Self.text(unknown))")
    }
}

extension UserU65Tests {
    /// A user's SendPulse campaign info wrote each `phone` (`lenient: true`, its example `380931111111`, a number) as
    /// text, which SendPulse's own SDK, reading a number, would refuse: it follows the example's JSON kind.
    @Test func aLenientNumberTheExampleWritesAsANumberIsOne() throws {
        let emulator = try Self.emulator(["sendpulse-u65"])
        let auth = [("Authorization", "Bearer tok")]
        let send = Self.json(emulator, "/sendpulse/sms/send", #"{"sender":"MyShop","phones":["380931111111"],"body":"Hello"}"#, headers: auth)
        let id = try #require(try Self.object(send)["campaign_id"] as? Int, "\(Self.text(send))")
        let info = emulator.answer(WireRequest(method: "GET", path: "/sendpulse/sms/campaigns/info/\(id)", headers: auth))
        #expect(Self.text(info).contains(#""phone":380931111111"#), "\(Self.text(info))")
    }
}

extension UserU65Tests {
    /// A user's TheTexting search by a message sent and `999`, never sent, listed a made-up message 999 ("Another
    /// Test" to the example's number); by two ids never sent, two such. Each id never answered is listed nowhere, as
    /// one asked alone is, and the log says which.
    @Test func severalIdsNeverSentAreListedNowhere() throws {
        let emulator = try Self.emulator(["thetexting-u65"])
        let send = Self.form(emulator, "/thetexting/Message/Send", "api_key=k&api_secret=s&to=17327572923&text=Hello2")
        let response = try #require(try Self.object(send)["Response"] as? [String: Any], "\(Self.text(send))")
        let id = try #require(response["message_id"] as? String)
        let both = Self.get(emulator, "/thetexting/search/messages?api_key=k&api_secret=s&message_id=\(id)&message_id=999")
        let listed = try #require(try Self.object(both)["Response"] as? [[String: Any]], "\(Self.text(both))")
        #expect(listed.compactMap { $0["message_id"] as? String } == [id], "\(Self.text(both))")
        #expect(both.summary.contains("999"), "\(both.summary)")
        let none = Self.get(emulator, "/thetexting/search/messages?api_key=k&api_secret=s&message_id=998&message_id=999")
        #expect((try Self.object(none)["Response"] as? [Any])?.isEmpty == true, "\(Self.text(none))")
    }
}
