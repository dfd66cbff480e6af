import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u59 (D7, 8x8, tyntec, NetGSM, Kavenegar, Octopush, Spryng, Transmit SMS)
/// that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU59Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7))
    }

    static func get(_ emulator: SandboxEmulator, _ path: String, _ query: String = "", headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: path, query: query, headers: headers))
    }

    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Data(body.utf8)))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static let basic = ("Authorization", "Basic " + Data("apikey:secret".utf8).base64EncodedString())
    static let bearer = ("Authorization", "Bearer tok123")
}

extension UserU59Tests {
    /// A user's Kavenegar look-up of `messageid=42`, never sent, said 10 delivered (its MessageStatus 100 "The message
    /// id is not valid" was not read as not found), and NetGSM's report of `bulkid=999` listed the example's two numbers
    /// delivered (its ReportError 60 "No record was found for the bulk id"). Reworded "not found", NetGSM's answered
    /// `60` once per example line. An id said not valid, or no record found, is an id never issued, and a list answer
    /// refuses it once.
    @Test func anIdNeverIssuedIsNotFoundInTheTablesOwnWords() throws {
        let emulator = try Self.emulator(["kavenegar-u59", "netgsm-u59"])
        let status = Self.get(emulator, "/kavenegar/v1/KAVKEY123/sms/status.json", "messageid=42")
        let entries = try UserReportsFollowRequestTests.json(status)[member: "entries"]?.items ?? []
        #expect(entries.count == 1 && entries.first?[member: "status"] == .number(100), "\(Self.text(status))")
        let report = Self.get(emulator, "/netgsm/sms/report", "usercode=8503001122&password=S3cretPw&bulkid=999")
        #expect(Self.text(report).trimmingCharacters(in: .whitespacesAndNewlines) == "60", "\(Self.text(report))")
        for words in ["The message id is not valid", "No record was found for the bulk id", "Invalid message ID"] {
            let entry = StatusEntry(
                provider: "p", table: "T", code: "1", name: "", description: words, outcome: .failure, category: .invalidRequest, retryable: false, source: "")
            #expect(OperationResponder.saysNotFound(entry), "\(words)")
        }
        for words in ["The code parameter was not found in the message text", "The sender id is not valid", "No method of this name was found"] {
            let entry = StatusEntry(
                provider: "p", table: "T", code: "1", name: "", description: words, outcome: .failure, category: .invalidRequest, retryable: false, source: "")
            #expect(!OperationResponder.saysNotFound(entry), "\(words)")
        }
    }

    /// A user's Transmit SMS look-up of an id never sent said NOT_FOUND beside the example's recipient, delivered. The
    /// id has no status: no recipient is listed. NOT_FOUND's `httpStatus: 404` is not the success's: it is answered
    /// 404 in the `4XX` answer's shape (round u62: SMS.ir's 111 was a 200).
    @Test func aNotFoundLookUpListsNoRecipient() throws {
        let emulator = try Self.emulator(["transmitsms-u59"])
        let answer = Self.get(emulator, "/transmitsms/get-sms-delivery-status.json", "message_id=140571165", headers: [Self.basic])
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(answer.status == 404, "\(answer.summary)")
        #expect(body[member: "error"]?[member: "code"] == .string("NOT_FOUND"), "\(Self.text(answer))")
        #expect(body[member: "recipients"]?.items?.isEmpty ?? true, "\(Self.text(answer))")
    }

    /// A look-up of a send to several numbers listed the last recipient alone (a user's Transmit SMS `recipients`), or
    /// the last recipient on every line of the example (NetGSM's report). One entry per recipient, each in its outcome.
    @Test func aLookUpOfASendToSeveralNumbersListsEach() throws {
        let outcomes = OutcomePolicy(run: DeliveryOutcome(.delivered), byRecipient: ["61491570001": DeliveryOutcome(.failed(code: "hard-bounce"))])
        let emulator = try Self.emulator(["transmitsms-u59", "netgsm-u59"], outcomes: outcomes)
        let sent = Self.form(emulator, "/transmitsms/send-sms.json", "message=Hello&to=61491570156,61491570001", headers: [Self.basic])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "message_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let looked = Self.get(emulator, "/transmitsms/get-sms-delivery-status.json", "message_id=\(id)", headers: [Self.basic])
        let recipients = try UserReportsFollowRequestTests.json(looked)[member: "recipients"]?.items ?? []
        let states = Dictionary(recipients.compactMap { item in
            item[member: "mobile"].flatMap(FormEncoder.text(of:)).map { ($0, item[member: "status"].flatMap(FormEncoder.text(of:)) ?? "") }
        }) { first, _ in first }
        #expect(recipients.count == 2 && states == ["61491570156": "delivered", "61491570001": "hard-bounce"], "\(Self.text(looked))")
        let bulk = Self.get(emulator, "/netgsm/sms/send/get",
            "usercode=8503001122&password=S3cretPw&gsmno=905321111111,905332222222,905343333333&message=Merhaba&msgheader=ACME")
        let bulkID = try #require(Self.text(bulk).split(separator: " ").last.map(String.init), "\(Self.text(bulk))")
        let report = Self.get(emulator, "/netgsm/sms/report", "usercode=8503001122&password=S3cretPw&bulkid=\(bulkID)")
        let lines = Self.text(report).split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines == ["905321111111 1", "905332222222 1", "905343333333 1"], "\(Self.text(report))")
    }

    /// A user's 8x8 look-up of a message sent under the sub-account `riders_hq`, asked under `other_acct`, answered 200
    /// naming `other_acct`. The send's path values must match: under another, the id is one never answered there.
    @Test func aLookUpUnderAnotherPathIsNotFound() throws {
        let emulator = try Self.emulator(["eightbyeight-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/eightbyeight/api/v1/subaccounts/riders_hq/messages", json: #"{"destination":"+6512345678","text":"hi"}"#, headers: [Self.bearer])
        let umid = try #require(try UserReportsFollowRequestTests.json(sent)[member: "umid"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let other = Self.get(emulator, "/eightbyeight/api/v1/subaccounts/other_acct/messages/\(umid)", headers: [Self.bearer])
        #expect(other.status >= 400, "\(Self.text(other))")
        #expect(try UserReportsFollowRequestTests.json(other)[member: "code"] == .number(1300), "\(Self.text(other))")
        let own = Self.get(emulator, "/eightbyeight/api/v1/subaccounts/riders_hq/messages/\(umid)", headers: [Self.bearer])
        #expect(own.status == 200, "\(Self.text(own))")
        #expect(try UserReportsFollowRequestTests.json(own)[member: "subAccountId"] == .string("riders_hq"), "\(Self.text(own))")
    }
}

extension UserU59Tests {
    /// A user's 8x8 receipt named the example's sub-account, `AmazingDeveloper_hq`, for a message sent under
    /// `subaccounts/riders_hq/messages`. A report's field named as a path field of the send says the send's value.
    @Test func aReportSaysTheSendsPathValue() throws {
        let emulator = try Self.emulator(["eightbyeight-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/eightbyeight/api/v1/subaccounts/riders_hq/messages", json: #"{"destination":"+6512345678","text":"hi"}"#, headers: [Self.bearer])
        let delivery = try #require(sent.deliveries.first, "\(Self.text(sent))")
        let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
        #expect(report[member: "payload"]?[member: "subAccountId"] == .string("riders_hq"), "\(report)")
    }

    /// A user's Spryng `GET /messages/{id}` of a message sent with `body` "Hoi" from `originator` "Shop" said the
    /// example's "test!", "Spryng" and `reference` "ref-1" (its answer holds no delivery status, so it was no look-up). An
    /// operation naming a sent message by its path id says the send's text and values, and nothing the send left out.
    @Test func anOperationNamingASentMessageSaysItsValues() throws {
        let emulator = try Self.emulator(["spryng-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/spryng/messages", json: #"{"body":"Hoi","originator":"Shop","recipients":["31612344567"]}"#, headers: [Self.bearer])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let shown = try UserReportsFollowRequestTests.json(Self.get(emulator, "/spryng/messages/\(id)", headers: [Self.bearer]))
        #expect(shown[member: "body"] == .string("Hoi") && shown[member: "originator"] == .string("Shop"), "\(shown)")
        #expect(shown[member: "reference"] == nil, "\(shown)")
    }

    /// A review: under another path than its send's (Sinch's `getBatch` under another plan), an operation naming a
    /// sent message gave out the send's text; it is an id never answered there, and says none of the send's values.
    @Test func anOperationNamingASentMessageUnderAnotherPathSaysNoneOfItsValues() throws {
        let spec = """
            smsspec: 1
            provider: {id: plans, name: Plans, baseURLs: ['https://api.plans.test'], auth: {type: header, name: Authorization, scheme: Bearer}}
            operations:
              send:
                method: POST
                path: '/{plan}/batches'
                request: Send
                responses: {200: {shape: Batch}}
              getBatch:
                method: GET
                path: '/{plan}/batches/{batch_id}'
                request: Get
                responses: {200: {shape: Batch}}
            shapes:
              Send: {fields: {plan: {type: string, in: path}, to: string, body: string}}
              Get: {fields: {plan: {type: string, in: path}, batch_id: {type: string, in: path}}}
              Batch: {fields: {id: {type: string, role: messageID}, to: string, body: string}}
            examples:
              - {name: batch, message: Batch, payload: '{"id": "b-1", "to": "15550001111", "body": "Example text"}'}
            """
        let emulator = try SandboxEmulator.of(spec: spec, configuration: .init(seed: 4))
        let sent = UserReportsFollowRequestTests.post(emulator, "/plans/plan_a/batches", json: #"{"to":"15557654321","body":"Private text"}"#, headers: [Self.bearer])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let own = try UserReportsFollowRequestTests.json(Self.get(emulator, "/plans/plan_a/batches/\(id)", headers: [Self.bearer]))
        #expect(own[member: "body"] == .string("Private text"), "\(own)")
        let other = Self.get(emulator, "/plans/plan_b/batches/\(id)", headers: [Self.bearer])
        #expect(!Self.text(other).contains("Private text") && !Self.text(other).contains("15557654321"), "\(Self.text(other))")
    }

    /// A review: the time a request gave was said by the answer's field of its name in any operation's answer, so a
    /// listing filtered by `DateSent` (Twilio's) said the filter's day as every message's send time. Only a send's.
    @Test func aFilterTimeIsNoSendTime() throws {
        let spec = """
            smsspec: 1
            provider: {id: lists, name: Lists, baseURLs: ['https://api.lists.test'], auth: {type: header, name: Authorization, scheme: Bearer}, encoding: form}
            operations:
              send: {method: POST, path: /messages, request: Send, responses: {200: {shape: Message}}}
              list: {method: GET, path: /messages, encoding: query, request: Filter, responses: {200: {shape: Page}}}
            shapes:
              Send: {fields: {to: string, body: string}}
              Filter: {fields: {DateSent: {type: date, format: yyyy-MM-dd, required: false}}}
              Message: {fields: {sid: {type: string, role: messageID}, to: string, date_sent: {type: date, format: iso8601, required: false}}}
              Page: {fields: {messages: '[Message]'}}
            examples:
              - {name: page, message: Page, payload: '{"messages": [{"sid": "SM1", "to": "15550001111", "date_sent": "2024-03-01T10:00:00Z"}]}'}
            """
        let emulator = try SandboxEmulator.of(spec: spec, configuration: .init(seed: 4))
        let page = Self.get(emulator, "/lists/messages", "DateSent=2031-01-02", headers: [Self.bearer])
        #expect(page.status == 200 && !Self.text(page).contains("2031-01-02"), "\(Self.text(page))")
    }

    /// A user's Kavenegar send answered no `sender` and no `date`, though their summaries say what the provider takes
    /// when they are left out ("the account's default line", "now"); a send scheduled with `date=1900000000` (2030) was
    /// answered `date` now and status 1 "In the send queue", where 2 is "Scheduled".
    @Test func aSendSaysTheProvidersDefaultsAndItsSchedule() throws {
        let emulator = try Self.emulator(["kavenegar-u59"])
        let plain = try UserReportsFollowRequestTests.json(Self.form(emulator, "/kavenegar/v1/KAVKEY123/sms/send.json", "receptor=09121234567&message=hi"))
        let entry = try #require(plain[member: "entries"]?.items?.first, "\(plain)")
        #expect(entry[member: "sender"] != nil && entry[member: "date"] != nil, "\(plain)")
        #expect(entry[member: "status"] == .number(1), "\(plain)")
        let later = try UserReportsFollowRequestTests.json(
            Self.form(emulator, "/kavenegar/v1/KAVKEY123/sms/send.json", "receptor=09121234567&message=hi&date=1900000000"))
        let scheduled = try #require(later[member: "entries"]?.items?.first, "\(later)")
        #expect(scheduled[member: "status"] == .number(2) && scheduled[member: "date"] == .number(1_900_000_000), "\(later)")
    }

    /// A user's D7 report left out the `originator` (`role: sender`) its send's `messages[]` gave: `message_globals`,
    /// not sent, holds an `originator` too, and that one was taken as left out.
    @Test func aReportSaysTheSenderAnItemGave() throws {
        let emulator = try Self.emulator(["d7-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/d7/messages/v1/send", json: #"{"messages":[{"originator":"SignOTP","recipients":["+971501234567"],"content":"Hi"}]}"#,
            headers: [Self.bearer])
        let reports = try UserReportsFollowRequestTests.formReports(sent)
        #expect(reports.count == 1 && reports.first?["originator"] == "SignOTP", "\(reports)")
    }
}

extension UserU59Tests {
    /// A user's tyntec failed report said the delivered example's `errorCode: "000"` ("No error", the table's one code, a
    /// success) beside `UNDELIVERABLE`; 8x8's queued send answer said `detail: delivered_to_operator` and `errorCode: 0`,
    /// for a recipient that fails too. Optional values contradicting the message's status are left out.
    @Test func optionalValuesContradictingTheStatusAreLeftOut() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let tyntec = try Self.emulator(["tyntec-u59"], outcomes: failed)
        let sent = UserReportsFollowRequestTests.post(
            tyntec, "/tyntec/messaging/v1/sms", json: #"{"from":"mybiz","to":"+4917912345678","message":"Hello"}"#, headers: [("apikey", "tok123")])
        let delivery = try #require(sent.deliveries.first, "\(Self.text(sent))")
        let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
        #expect(report[member: "status"] == .string("UNDELIVERABLE") && report[member: "errorCode"] == nil, "\(report)")
        let eightbyeight = try Self.emulator(["eightbyeight-u59"], outcomes: failed)
        let queued = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
            eightbyeight, "/eightbyeight/api/v1/subaccounts/riders_hq/messages", json: #"{"destination":"+6512345678","text":"hi"}"#, headers: [Self.bearer]))
        let status = try #require(queued[member: "status"], "\(queued)")
        #expect(status[member: "state"] == .string("queued") && status[member: "detail"] == nil && status[member: "errorCode"] == nil, "\(queued)")
    }

    /// A user's D7 message log said the example's `number_of_sms: 4` and `sms_cost: 0.0004` for "Hi" to each recipient.
    /// A count of one recipient's SMS is the parts of the text sent, and a cost beside it is for that many.
    @Test func aLookedUpSMSCountIsTheTextsParts() throws {
        let emulator = try Self.emulator(["d7-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/d7/messages/v1/send", json: #"{"messages":[{"recipients":["+971501234567","+971501234568"],"content":"Hi"}]}"#,
            headers: [Self.bearer])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "request_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let log = try UserReportsFollowRequestTests.json(Self.get(emulator, "/d7/report/v1/message-log/\(id)", headers: [Self.bearer]))
        let messages = log[member: "messages"]?.items ?? []
        #expect(messages.count == 2, "\(log)")
        for message in messages {
            #expect(message[member: "number_of_sms"] == .number(1), "\(log)")
            #expect(message[member: "sms_cost"].flatMap(PayloadBuilder.number) == Decimal(string: "0.0001"), "\(log)")
        }
    }
}

extension UserU59Tests {
    /// A user's Octopush send to four numbers said `"number_of_contacts": 4` beside the one-recipient example's
    /// `total_cost: 0.0333` and `residual_credit: 99.5`, on every send; its `/wallet/check-balance`, no example given,
    /// said `amount: 0`. The cost is for the contacts counted, the residual credit goes down, and a balance look-up's
    /// `amount` says what the sends left.
    @Test func aCostIsForTheContactsAndTheCreditGoesDown() throws {
        let spec = try UserReportsFollowRequestTests.edited("octopush-u59", "  - name: balance\n    message: BalanceAnswer\n    payload: '{\"amount\": 99.5, \"unit\": \"credit\"}'\n", "")
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [spec]), configuration: .init(seed: 7))
        let headers = [("api-login", "me@x.fr"), ("api-key", "KEY123")]
        let first = try UserReportsFollowRequestTests.json(Self.get(emulator, "/octopush/wallet/check-balance", headers: headers))
        #expect(first[member: "amount"].flatMap(PayloadBuilder.number) == 99.5, "\(first)")
        let recipients = (0..<4).map { #"{"phone_number":"+3360000000\#($0)"}"# }.joined(separator: ",")
        var lefts: [Decimal] = []
        for _ in 0..<2 {
            let sent = try UserReportsFollowRequestTests.json(UserReportsFollowRequestTests.post(
                emulator, "/octopush/sms-campaign/send", json: #"{"recipients":[\#(recipients)],"text":"Bonjour","type":"sms_premium"}"#, headers: headers))
            #expect(sent[member: "number_of_contacts"] == .number(4), "\(sent)")
            #expect(sent[member: "total_cost"].flatMap(PayloadBuilder.number) == Decimal(string: "0.1332"), "\(sent)")
            lefts += [sent[member: "residual_credit"].flatMap(PayloadBuilder.number) ?? 0]
        }
        #expect(lefts.count == 2 && lefts[0] < 99.5 && lefts[1] < lefts[0], "\(lefts)")
        let after = try UserReportsFollowRequestTests.json(Self.get(emulator, "/octopush/wallet/check-balance", headers: headers))
        #expect(after[member: "amount"].flatMap(PayloadBuilder.number) == lefts.last, "\(after)")
    }
}

extension UserU59Tests {
    /// A user's tyntec look-up (answered in its callback's shape, `MessageStatus`, which has no example of its own) said
    /// a fresh UUID as the operator's `ttid` and left out the `doneDate`, `price` and `mccmnc` its callback for the same
    /// message gave. A look-up in the callback's shape is built from the callback's example.
    @Test func aLookUpInTheCallbacksShapeSaysWhatItsReportSays() throws {
        let emulator = try Self.emulator(["tyntec-u59"])
        let sent = UserReportsFollowRequestTests.post(
            emulator, "/tyntec/messaging/v1/sms", json: #"{"from":"mybiz","to":"+4917912345678","message":"Hello"}"#, headers: [("apikey", "tok123")])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "requestId"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let report = try JSONPayload.decode(JSONValue.self, from: try #require(sent.deliveries.first?.request()?.httpBody))
        let looked = try UserReportsFollowRequestTests.json(Self.get(emulator, "/tyntec/messaging/v1/messages/\(id)", headers: [("apikey", "tok123")]))
        #expect(looked[member: "ttid"] == nil, "\(looked)")
        for name in ["doneDate", "price", "mccmnc"] {
            #expect(looked[member: name] != nil && report[member: name] != nil, "\(name): \(looked) \(report)")
        }
        #expect(looked[member: "price"] == report[member: "price"] && looked[member: "mccmnc"] == report[member: "mccmnc"], "\(looked) \(report)")
    }

    /// A user's 8x8 inbound message (`InboundEvent`, no example) said `"namespace": ""` and a random UUID as its
    /// `subAccountId`, where the receipt's example, the other variant of the same discriminated `Webhook`, says "SMS" and
    /// "AmazingDeveloper_hq". A variant's required text (or another's id) no example of its own gives is its sibling's.
    @Test func anInboundMessageSaysWhatItsSiblingVariantsExampleSays() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("eightbyeight-u59")]).first)
        let inbound = try #require(InboundCallback(provider: provider))
        let payload = inbound.payload(from: "6591234567", to: "6598765432", text: "Hi", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        #expect(payload[member: "namespace"] == .string("SMS"), "\(payload)")
        #expect(payload[member: "payload"]?[member: "subAccountId"] == .string("AmazingDeveloper_hq"), "\(payload)")
    }
}
