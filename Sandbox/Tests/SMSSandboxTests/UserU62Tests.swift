import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u62 (Tencent Cloud SMS, Huawei Cloud SMS, SMS.ir; Verimor, CEQUENS,
/// Advanta) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU62Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func post(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    static let tencentAuth = ("Authorization", "TC3-HMAC-SHA256 Credential=x")
}

extension UserU62Tests {
    /// A user's Tencent pull (`X-TC-Action: PullSmsSendStatus`, no `X-TC-Version`, whose default every action shares)
    /// went to SendSms, the first operation at `POST /`, and was refused for its action header. A field of one value
    /// left out reads as its default: the action header alone chooses.
    @Test func aDefaultedHeaderLeftOutDoesNotRouteElsewhere() throws {
        let emulator = try Self.emulator(["tencentsms-u62"])
        for action in ["PullSmsSendStatus", "PullSmsSendStatusByPhoneNumber"] {
            let body = action == "PullSmsSendStatus"
                ? #"{"Limit":10,"SmsSdkAppId":"1400006666"}"#
                : #"{"Limit":10,"Offset":0,"BeginTime":1796660000,"PhoneNumber":"+8618511122233","SmsSdkAppId":"1400006666"}"#
            let headers = [Self.tencentAuth, ("X-TC-Action", action), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
            let answer = Self.post(emulator, "/tencentsms/", body, headers: headers)
            let operation = action.prefix(1).lowercased() + action.dropFirst()
            #expect(answer.summary.hasPrefix("tencentsms.\(operation) "), "\(answer.summary) \(Self.text(answer))")
            #expect(!Self.text(answer).contains("X-TC-Action"), "\(Self.text(answer))")
        }
        // A request naming no action, or one the spec does not list, is refused, logged under no operation's id.
        let none = Self.post(emulator, "/tencentsms/", #"{"Limit":10,"SmsSdkAppId":"1"}"#, headers: [Self.tencentAuth])
        #expect(none.summary.hasPrefix("tencentsms (no operation) "), "\(none.summary)")
        let wrongVersion = Self.post(
            emulator, "/tencentsms/", #"{"Limit":10,"SmsSdkAppId":"1"}"#,
            headers: [Self.tencentAuth, ("X-TC-Action", "PullSmsSendStatus"), ("X-TC-Version", "2019-07-11")])
        #expect(wrongVersion.summary.hasPrefix("tencentsms (no operation) "), "\(wrongVersion.summary)")
    }
}

extension UserU62Tests {
    /// A user's Advanta bulk send carries its credentials in each message (`smslist[].apikey`, `partnerID`): every
    /// request was answered 4092 "No API KEY Provided". They are read where the spec puts them, in a list's items.
    @Test func credentialsInsideAListOfTheBodyAreRead() throws {
        let emulator = try Self.emulator(["advanta-u62"])
        let body = #"{"count":1,"smslist":[{"partnerID":"p-123","apikey":"k-123456","pass_type":"plain","mobile":"254712345678","message":"Hi","shortcode":"SENDER"}]}"#
        let answer = Self.post(emulator, "/advanta/api/services/sendbulk/", body)
        #expect(answer.status == 200 && !Self.text(answer).contains("4092"), "\(answer.summary) \(Self.text(answer))")
        #expect(answer.summary.contains("accepted"), "\(answer.summary)")
        let missing = Self.post(emulator, "/advanta/api/services/sendbulk/", body.replacingOccurrences(of: #""apikey":"k-123456","#, with: ""))
        #expect(Self.text(missing).contains("4092"), "\(missing.summary) \(Self.text(missing))")
    }
}

extension UserU62Tests {
    /// A user's Verimor blacklist add (`POST /v2/blacklists?phones=…`, answered `OK`) and remove posted a "DELIVERED"
    /// report per number, one for the invalid `123`: an operation naming numbers that carries no message and is
    /// answered no id sends nothing. Its send still owes its reports.
    @Test func anOperationCarryingNoMessageOwesNoReport() throws {
        let emulator = try Self.emulator(["verimor-u62"])
        let add = emulator.answer(WireRequest(
            method: "POST", path: "/verimor/v2/blacklists", query: "username=908501234567&password=p&phones=905444876543,123", headers: [], body: Data()))
        #expect(add.status == 200 && add.deliveries.isEmpty, "\(add.summary) \(Self.text(add)) \(add.deliveries.count)")
        let remove = emulator.answer(WireRequest(
            method: "DELETE", path: "/verimor/v2/blacklists/905444876543", query: "username=908501234567&password=p", headers: [], body: Data()))
        #expect(remove.status == 200 && remove.deliveries.isEmpty, "\(remove.summary) \(Self.text(remove)) \(remove.deliveries.count)")
        let send = Self.post(
            emulator, "/verimor/v2/send.json", #"{"username":"908501234567","password":"p","messages":[{"msg":"Hi","dest":"905551112233"}]}"#)
        #expect(send.status == 200 && send.deliveries.count == 1, "\(send.summary) \(Self.text(send))")
    }
}

extension UserU62Tests {
    static func tencentSend(_ emulator: SandboxEmulator, numbers: [String], auth: Bool = true, extra: String = "") -> SandboxAnswer {
        let list = numbers.map { "\"\($0)\"" }.joined(separator: ",")
        let body = #"{"PhoneNumberSet":[\#(list)],"SmsSdkAppId":"1400006666","TemplateId":"449739","SignName":"Tencent"\#(extra)}"#
        let headers = (auth ? [Self.tencentAuth] : []) + [("X-TC-Action", "SendSms"), ("X-TC-Version", "2021-01-11"), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
        return Self.post(emulator, "/tencentsms/", body, headers: headers)
    }

    /// A user's Tencent refusals (201 numbers, no credentials) held `Error` and a `SendStatusSet` entry per number, each
    /// with a fresh `SerialNo`: its error example holds only `Error` and `RequestId`, which a refusal holds. A user's
    /// Advanta refusal said `"responses": []` and its code under both spellings of its key, where its error example
    /// has `response-code` alone.
    @Test func aRefusalHoldsWhatItsExampleHolds() throws {
        let emulator = try Self.emulator(["tencentsms-u62", "advanta-u62"])
        for answer in [Self.tencentSend(emulator, numbers: (0..<201).map { "+86185000\(String(format: "%05d", $0))" }),
                       Self.tencentSend(emulator, numbers: ["+8618511122233"], auth: false)] {
            let response = try #require(try UserReportsFollowRequestTests.json(answer)[member: "Response"], "\(Self.text(answer))")
            #expect(response[member: "Error"] != nil, "\(Self.text(answer))")
            #expect(response[member: "SendStatusSet"] == nil, "\(answer.summary) \(Self.text(answer).prefix(400))")
        }
        let ok = Self.tencentSend(emulator, numbers: ["+8618511122233"])
        #expect(try UserReportsFollowRequestTests.json(ok)[member: "Response"]?[member: "SendStatusSet"]?.items?.count == 1, "\(Self.text(ok))")
        let refused = Self.post(emulator, "/advanta/api/services/sendsms/", #"{"partnerID":"p","message":"Hi","shortcode":"S","mobile":"254712345678"}"#)
        let body = try UserReportsFollowRequestTests.json(refused)
        #expect(body[member: "response-code"] == .number(4092) && body[member: "respose-code"] == nil && body[member: "responses"] == nil, "\(Self.text(refused))")
    }
}

extension UserU62Tests {
    /// A user's SMS.ir look-up of a message never sent (`GET /send/123`) was answered a delivered report, and a removal
    /// of a pack never scheduled `{"status": 1}`, where its table says 111 "No send with this id." and 112 "No record
    /// found to delete." (in English in their `explanation`, their summaries Persian); a user's Verimor status of a
    /// campaign never sent was a DELIVERED report, where its 404 says "No campaign has that id". A look-up of the
    /// campaign sent names its number and its id, not the example's.
    @Test func lookUpsOfWhatWasNeverSentAreNotFound() throws {
        let emulator = try Self.emulator(["smsir-u62", "verimor-u62"])
        let key = [("X-API-KEY", "k")]
        let report = emulator.answer(WireRequest(method: "GET", path: "/smsir/send/123", headers: key, body: Data()))
        #expect(report.status == 400 && Self.text(report).contains("\"status\":111"), "\(report.summary) \(Self.text(report))")
        let removal = emulator.answer(WireRequest(method: "DELETE", path: "/smsir/send/scheduled/abc", headers: key, body: Data()))
        #expect(removal.status == 400 && Self.text(removal).contains("\"status\":112"), "\(removal.summary) \(Self.text(removal))")
        let sent = Self.post(emulator, "/smsir/send/bulk", #"{"lineNumber":30004505000017,"messageText":"Hi","mobiles":["09121234567"]}"#, headers: key)
        let data = try UserReportsFollowRequestTests.json(sent)[member: "data"]
        let id = try #require(data?[member: "messageIds"]?.items?.first.flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let pack = try #require(data?[member: "packId"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let known = emulator.answer(WireRequest(method: "GET", path: "/smsir/send/\(id)", headers: key, body: Data()))
        #expect(known.status == 200 && Self.text(known).contains("\"messageId\":\(id)"), "\(known.summary) \(Self.text(known))")
        let removed = emulator.answer(WireRequest(method: "DELETE", path: "/smsir/send/scheduled/\(pack)", headers: key, body: Data()))
        #expect(removed.status == 200, "\(removed.summary) \(Self.text(removed))")

        let credentials = "username=908501234567&password=p"
        let unknown = emulator.answer(WireRequest(method: "GET", path: "/verimor/v2/status", query: "id=999999&" + credentials, headers: [], body: Data()))
        #expect(unknown.status == 404 && Self.text(unknown) == "Bu idye sahip kampanya bulunamadı", "\(unknown.summary) \(Self.text(unknown))")
        let campaign = Self.post(
            emulator, "/verimor/v2/send.json", #"{"username":"908501234567","password":"p","messages":[{"msg":"Hi","dest":"905551112233"}]}"#)
        let asked = emulator.answer(WireRequest(method: "GET", path: "/verimor/v2/status", query: "id=\(Self.text(campaign))&" + credentials, headers: [], body: Data()))
        let entries = try #require(try UserReportsFollowRequestTests.json(asked).items, "\(Self.text(asked))")
        #expect(entries.count == 1, "\(Self.text(asked))")
        #expect(entries.first?[member: "dest"] == .string("905551112233"), "\(Self.text(asked))")
        #expect(entries.first?[member: "campaign_id"].flatMap(FormEncoder.text(of:)) == Self.text(campaign), "\(Self.text(asked))")
    }
}

extension UserU62Tests {
    /// A user's Tencent send without `SessionContext` ("Your context, returned as is") was answered the example's
    /// "test" for each number, and every pull said the SendSms example's `RequestId`: a required echo of an optional
    /// field the request left out is empty, and a request's id is each answer's own.
    @Test func exampleValuesDoNotLeakIntoOtherAnswers() throws {
        let emulator = try Self.emulator(["tencentsms-u62"])
        func statuses(_ answer: SandboxAnswer) throws -> [JSONValue] {
            try #require(try UserReportsFollowRequestTests.json(answer)[member: "Response"]?[member: "SendStatusSet"]?.items, "\(Self.text(answer))")
        }
        let plain = try statuses(Self.tencentSend(emulator, numbers: ["+8618511122233"]))
        #expect(plain.first?[member: "SessionContext"] == .string(""), "\(plain)")
        let given = try statuses(Self.tencentSend(emulator, numbers: ["+8618511122233"], extra: #","SessionContext":"order-9""#))
        #expect(given.first?[member: "SessionContext"] == .string("order-9"), "\(given)")
        let headers = [Self.tencentAuth, ("X-TC-Action", "PullSmsSendStatus"), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
        let ids = try (0..<2).map { _ in
            let pull = Self.post(emulator, "/tencentsms/", #"{"Limit":10,"SmsSdkAppId":"1400006666"}"#, headers: headers)
            return try UserReportsFollowRequestTests.json(pull)[member: "Response"]?[member: "RequestId"]
        }
        #expect(!ids.contains(.string("a0aabda6-cf91-4f3e-a81f-9198114a2279")) && ids[0] != ids[1], "\(ids)")
    }
}

extension UserU62Tests {
    /// A user's Verimor push is a JSON list of a discriminated union (`type: outbound` a report, `inbound` a message):
    /// `/_sandbox/inbound` said "Push has no text or sender field (it has )". The message is a list of one element of
    /// the inbound variant, its discriminator written.
    @Test func anInboundMessageInAListOfAUnion() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("verimor-u62")]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(InboundCallback.absence(in: provider))")
        #expect(inbound.callback.spec.name.value == "Push")
        let payload = inbound.payload(from: "905319876543", to: "908501234567", text: "STOP", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        let items = try #require(payload.items, "\(payload)")
        #expect(items.count == 1, "\(payload)")
        #expect(items.first?[member: "type"] == .string("inbound"), "\(payload)")
        #expect(items.first?[member: "source_addr"] == .string("905319876543"), "\(payload)")
        #expect(items.first?[member: "destination_addr"] == .string("908501234567"), "\(payload)")
        #expect(items.first?[member: "content"] == .string("STOP"), "\(payload)")
        #expect(items.first?[member: "campaign_id"] == nil, "\(payload)")
    }
}

extension UserU62Tests {
    /// A user's Huawei send without its two credential headers (`auth: {type: headers, headers: [Authorization,
    /// X-WSSE]}`) was answered E000005 "The value of profile in Authorization must be UsernameToken", where E000001
    /// says "Authorization is not contained in the HTTP header". A header the spec lists as a credential is named by
    /// its codes, `Authorization` too; a request giving it is not answered that it is missing.
    @Test func aMissingCredentialHeaderIsTheCodeNamingIt() throws {
        let emulator = try Self.emulator(["huaweisms-u62"])
        let form = "from=1069000012&to=%2B8615512345678&templateId=abc"
        func send(_ headers: [(String, String)]) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/huaweisms/sms/batchSendSms/v1", headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers,
                body: Data(form.utf8)))
        }
        let none = send([])
        #expect(Self.text(none).contains("E000001"), "\(none.summary) \(Self.text(none))")
        let wsse = send([("X-WSSE", #"UsernameToken Username="a""#)])
        #expect(Self.text(wsse).contains("E000001"), "\(wsse.summary) \(Self.text(wsse))")
        let authorization = send([("Authorization", #"WSSE realm="SDP",profile="UsernameToken",type="Appkey""#)])
        #expect(!Self.text(authorization).contains("E000001") && !Self.text(authorization).contains("\"000000\""), "\(authorization.summary) \(Self.text(authorization))")
    }
}

extension UserU62Tests {
    /// A user's Advanta send said `"networkid": 894189331` and its delivery look-up `"delivery-networkid"` alike, random
    /// ids, where the examples say 1 (Safaricom): a network's id run together with `id`, a number too, is the example's.
    @Test func aNetworksIdIsTheExamples() throws {
        let emulator = try Self.emulator(["advanta-u62"])
        let sent = Self.post(emulator, "/advanta/api/services/sendsms/", #"{"apikey":"k","partnerID":"p","message":"Hi","shortcode":"S","mobile":"254712345678"}"#)
        let result = try #require(try UserReportsFollowRequestTests.json(sent)[member: "responses"]?.items?.first, "\(Self.text(sent))")
        #expect(result[member: "networkid"] == .number(1), "\(Self.text(sent))")
        let id = try #require(result[member: "messageid"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let report = Self.post(emulator, "/advanta/api/services/getdlr/", #"{"apikey":"k","partnerID":"p","messageID":"\#(id)"}"#)
        #expect(try UserReportsFollowRequestTests.json(report)[member: "delivery-networkid"] == .number(1), "\(Self.text(report))")
    }
}

extension UserU62Tests {
    /// A user's Verimor report of a message not delivered said a `sent_at`, "When it was delivered; null when it was
    /// not": a date whose summary says it is the time of delivery is left out beside another state.
    @Test func aTimeOfDeliveryIsOnlyADeliveredMessages() throws {
        for (outcome, delivered) in [(DeliveryOutcome(.failed(code: nil)), false), (DeliveryOutcome(.delivered), true)] {
            let emulator = try Self.emulator(["verimor-u62"], outcomes: .init(run: outcome))
            let campaign = Self.post(
                emulator, "/verimor/v2/send.json", #"{"username":"908501234567","password":"p","messages":[{"msg":"Hi","dest":"905551112233"}]}"#)
            let asked = emulator.answer(WireRequest(
                method: "GET", path: "/verimor/v2/status", query: "id=\(Self.text(campaign))&username=908501234567&password=p", headers: [], body: Data()))
            let entry = try #require(try UserReportsFollowRequestTests.json(asked).items?.first, "\(Self.text(asked))")
            #expect((entry[member: "status"] == .string("DELIVERED")) == delivered, "\(Self.text(asked))")
            #expect((entry[member: "sent_at"] != nil) == delivered, "\(Self.text(asked))")
        }
    }
}

extension UserU62Tests {
    /// A user's Verimor push and status said a UUID as `message_id`, which its documents write `"13582302"`: a fresh id
    /// with no example at hand is written as the provider's examples write an id of that name.
    @Test func aFreshIdIsSpeltAsTheDocumentsSpellIt() throws {
        let emulator = try Self.emulator(["verimor-u62"])
        let campaign = Self.post(
            emulator, "/verimor/v2/send.json", #"{"username":"908501234567","password":"p","messages":[{"msg":"Hi","dest":"905551112233"}]}"#)
        let asked = emulator.answer(WireRequest(
            method: "GET", path: "/verimor/v2/status", query: "id=\(Self.text(campaign))&username=908501234567&password=p", headers: [], body: Data()))
        let id = try #require(try UserReportsFollowRequestTests.json(asked).items?.first?[member: "message_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(asked))")
        #expect(!id.isEmpty && id.allSatisfy(\.isNumber) && id != "13582302", "\(id)")
    }
}

extension UserU62Tests {
    /// A user's Huawei inbound message, `to` not given and no example of its callback, said it was sent to its send
    /// example's masked `+86155****5678`: a number the document masks with `*` is no number.
    @Test func aMaskedExampleNumberIsNoNumber() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("huaweisms-u62")]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(InboundCallback.absence(in: provider))")
        let payload = inbound.payload(from: "+8615512345678", to: nil, text: "TD", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        let number = try #require(payload[member: "to"].flatMap(FormEncoder.text(of:)), "\(payload)")
        #expect(!number.contains("*") && !number.isEmpty, "\(payload)")
        #expect(payload[member: "from"] == .string("+8615512345678") && payload[member: "body"] == .string("TD"), "\(payload)")
    }
}

extension UserU62Tests {
    /// A user's Tencent `PullSmsSendStatus` answered `"PullSmsSendStatusSet": []` after two messages were sent, and SMS.ir's
    /// `GET /send/live` `[]` right after a send: a list of reports naming no message lists the messages sent, each
    /// quoting its id; Tencent's pull (`idempotent: false`, "the statuses not yet pulled") each once.
    @Test func aPullListsTheMessagesSent() throws {
        let emulator = try Self.emulator(["tencentsms-u62", "smsir-u62"])
        let sent = try #require(try UserReportsFollowRequestTests.json(Self.tencentSend(emulator, numbers: ["+8618511122233", "+447911123456"]))[member: "Response"]?[member: "SendStatusSet"]?.items)
        let headers = [Self.tencentAuth, ("X-TC-Action", "PullSmsSendStatus"), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
        func pull() throws -> [JSONValue] {
            let answer = Self.post(emulator, "/tencentsms/", #"{"Limit":10,"SmsSdkAppId":"1400006666"}"#, headers: headers)
            return try #require(try UserReportsFollowRequestTests.json(answer)[member: "Response"]?[member: "PullSmsSendStatusSet"]?.items, "\(Self.text(answer))")
        }
        let first = try pull()
        #expect(first.map { $0[member: "SerialNo"] } == sent.map { $0[member: "SerialNo"] }, "\(first)")
        #expect(first.map { $0[member: "PhoneNumber"] } == [.string("+8618511122233"), .string("+447911123456")], "\(first)")
        #expect(try pull().isEmpty)

        let key = [("X-API-KEY", "k")]
        let bulk = Self.post(emulator, "/smsir/send/bulk", #"{"lineNumber":30004505000017,"messageText":"Hi","mobiles":["09121234567","09121234568"]}"#, headers: key)
        let ids = try UserReportsFollowRequestTests.json(bulk)[member: "data"]?[member: "messageIds"]?.items ?? []
        let live = emulator.answer(WireRequest(method: "GET", path: "/smsir/send/live", headers: key, body: Data()))
        let listed = try UserReportsFollowRequestTests.json(live)[member: "data"]?.items ?? []
        #expect(ids.count == 2 && listed.map { $0[member: "messageId"] } == ids, "\(Self.text(live))")
        // Each with its text and line, as its look-up says them.
        #expect(listed.allSatisfy { $0[member: "messageText"] == .string("Hi") && $0[member: "lineNumber"] == .number(30004505000017) }, "\(Self.text(live))")
    }
}

extension UserU62Tests {
    /// A user's SMS.ir look-up of a message sent said a `sendDateTime` of the look-up's own time: a look-up's time of
    /// sending is its send's.
    @Test func aLookUpsTimeOfSendingIsItsSends() async throws {
        let emulator = try Self.emulator(["smsir-u62"])
        let key = [("X-API-KEY", "k")]
        let before = Int(Date().timeIntervalSince1970)
        let sent = Self.post(emulator, "/smsir/send/bulk", #"{"lineNumber":30004505000017,"messageText":"Hi","mobiles":["09121234567"]}"#, headers: key)
        let after = Int(Date().timeIntervalSince1970)
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "data"]?[member: "messageIds"]?.items?.first.flatMap(FormEncoder.text(of:)))
        try await Task.sleep(for: .milliseconds(2_100))
        let report = emulator.answer(WireRequest(method: "GET", path: "/smsir/send/\(id)", headers: key, body: Data()))
        let time = try #require(try UserReportsFollowRequestTests.json(report)[member: "data"]?[member: "sendDateTime"].flatMap(FormEncoder.text(of:)).flatMap { Int($0) }, "\(Self.text(report))")
        #expect((before...after).contains(time), "\(time) not in \(before)...\(after)")
    }
}

extension UserU62Tests {
    /// A user's Tencent `PullSmsSendStatusByPhoneNumber` (a number, `BeginTime`, `Limit`, `Offset`) posted a delivery
    /// report of a message never sent, and answered a fresh `SerialNo`: a list of reports a request pages or bounds in
    /// time sends nothing, and lists the messages sent to the number it names.
    @Test func aPullByNumberSendsNothingAndListsItsMessages() throws {
        let emulator = try Self.emulator(["tencentsms-u62"])
        let sent = try #require(try UserReportsFollowRequestTests.json(Self.tencentSend(emulator, numbers: ["+8618511122233", "+447911123456"]))[member: "Response"]?[member: "SendStatusSet"]?.items)
        let headers = [Self.tencentAuth, ("X-TC-Action", "PullSmsSendStatusByPhoneNumber"), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
        let body = #"{"Limit":10,"Offset":0,"BeginTime":1796660000,"PhoneNumber":"+8618511122233","SmsSdkAppId":"1400006666"}"#
        let pull = Self.post(emulator, "/tencentsms/", body, headers: headers)
        #expect(pull.status == 200 && pull.deliveries.isEmpty, "\(pull.summary) \(pull.deliveries.count)")
        let listed = try #require(try UserReportsFollowRequestTests.json(pull)[member: "Response"]?[member: "PullSmsSendStatusSet"]?.items, "\(Self.text(pull))")
        #expect(listed.map { $0[member: "SerialNo"] } == [sent[0][member: "SerialNo"]], "\(Self.text(pull))")
    }
}

extension UserU62Tests {
    /// A user's Tencent report said `"mobile": "+8618511122233"` beside `"nationcode": "86"` (its document writes the
    /// number without its country code, `13xxxxxxxxx`), and its pull `"CountryCode": ""`, `"SubscriberNumber": ""`: a
    /// number beside a field of its country code, of a country the spec lists, is split as its example writes it.
    @Test func aNumberBesideItsCountryCodeIsWrittenWithoutIt() throws {
        let emulator = try Self.emulator(["tencentsms-u62"])
        let sent = Self.tencentSend(emulator, numbers: ["+8618511122233"])
        let body = try #require(sent.deliveries.first?.request()?.httpBody, "\(sent.summary)")
        let report = try JSONPayload.decode(JSONValue.self, from: body)
        let element = try #require(report.items?.first, "\(report)")
        #expect(element[member: "mobile"] == .string("18511122233") && element[member: "nationcode"] == .string("86"), "\(report)")
        let headers = [Self.tencentAuth, ("X-TC-Action", "PullSmsSendStatus"), ("X-TC-Region", "ap-guangzhou"), ("X-TC-Timestamp", "1796660000")]
        let pull = Self.post(emulator, "/tencentsms/", #"{"Limit":10,"SmsSdkAppId":"1400006666"}"#, headers: headers)
        let listed = try #require(try UserReportsFollowRequestTests.json(pull)[member: "Response"]?[member: "PullSmsSendStatusSet"]?.items?.first, "\(Self.text(pull))")
        #expect(listed[member: "CountryCode"] == .string("86") && listed[member: "SubscriberNumber"] == .string("18511122233"), "\(Self.text(pull))")
        #expect(listed[member: "PhoneNumber"] == .string("+8618511122233"), "\(Self.text(pull))")
    }
}
