import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u58 (Mitto, Commio, Primotexto, Aligo, ThaiBulkSMS, Mobily, SMSPortal,
/// Sendchamp, mNotify) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU58Tests {
    static let mittoKey = ("X-Mitto-API-Key", "mittokey")

    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), credentials: [String] = []) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, credentials: credentials, seed: 4))
    }

    /// A user's Mitto bulk send to two numbers answers `responses: [SendResponse]`, the single send's result, which
    /// names no recipient but holds the message's id (`role: messageID`): it answered one result, and the two
    /// recipients' reports quoted its one id. One result per recipient, each with an id of its own its report quotes.
    @Test func aListOfResultsHoldingAMessageIDIsOnePerRecipient() throws {
        let emulator = try Self.emulator(["mitto-u58"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/mitto/smsbulk",
            json: #"{"from":"MITTO","to":["491725551234","4915112345678"],"text":"Hi"}"#, headers: [Self.mittoKey])
        #expect(answer.status == 200, "\(answer.summary)")
        let results = try #require(try UserU57Tests.object(answer)["responses"]?.items, "\(answer.summary)")
        let ids = results.compactMap { $0[member: "id"] }
        #expect(results.count == 2 && Set(ids).count == 2, "\(answer.summary)")
        let reports = try answer.deliveries.map(CarriedIDTypeTests.query)
        #expect(reports.count == 2, "\(reports)")
        #expect(Set(reports.compactMap { $0["id"] }.map(JSONValue.string)) == Set(ids), "\(reports)")
    }

    /// A user's Mobily `balance.php` takes the account's `mobile` (its user name), a name guessed as a recipient's, and
    /// was answered `1/734`, a count of the recipients where the example says `1000/734`: the spec's send gives a field
    /// of that name beside `numbers`, which declares `role: recipient`, so `mobile` is no recipient anywhere.
    @Test func aFieldNamedAsARecipientBesideADeclaredOneIsNone() throws {
        let emulator = try Self.emulator(["mobily-u58"])
        let answer = UserU57Tests.form(emulator, "/mobily/balance.php", "mobile=966500000000&password=hunter22secret")
        #expect(answer.status == 200 && String(decoding: answer.body, as: UTF8.self) == "1000/734", "\(answer.summary)")
    }

    /// A malformed recipient is answered the code naming it: a user's Mobily `numbers=0505555555` was 8 "The school code
    /// is repeated for the same user." where 15 says "The numbers are empty or incorrect.", and Aligo's `receiver=12`
    /// -105 "required parameter missing" where -104 BAD_RECEIVER says "A receiver number is malformed.".
    @Test func aMalformedRecipientIsAnsweredTheCodeNamingIt() throws {
        let mobily = try Self.emulator(["mobily-u58"])
        let sent = UserU57Tests.form(mobily, "/mobily/msgSend.php", "mobile=966500000000&password=hunter22secret&numbers=0505555555&sender=Shop&msg=hi")
        #expect(String(decoding: sent.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "15", "\(sent.summary)")
        let aligo = try Self.emulator(["aligo-u58"])
        let refused = UserU57Tests.form(aligo, "/aligo/send/", "key=k123456789&user_id=me&sender=025114560&receiver=12&msg=hi")
        let code = try UserU57Tests.object(refused)["result_code"]
        #expect(code == .number(-104) || code == .string("-104"), "\(refused.summary)")
    }

    /// A code with no HTTP status of its own, listed under a success and under `4XX`, is answered under the status its
    /// category takes wherever it is answered: a user's Mitto broken `to` (its `providerCodes` predict 8) was 200 where a
    /// missing `text` (3) was 400, and Primotexto's wrong key, 72 "authentication failed" under `4XX`, was 400, not 401.
    @Test func aCodeWithoutAStatusTakesItsCategorysUnderAClassAnswer() throws {
        let mitto = try Self.emulator(["mitto-u58"])
        let broken = UserReportsFollowRequestTests.post(mitto, "/mitto/sms", json: #"{"from":"MITTO SMS","to":"+49 172","text":"Hello"}"#, headers: [Self.mittoKey])
        let missing = UserReportsFollowRequestTests.post(mitto, "/mitto/sms", json: #"{"from":"MITTO SMS","to":"491725551234"}"#, headers: [Self.mittoKey])
        #expect(try UserU57Tests.object(broken)["responseCode"] == .number(8), "\(broken.summary)")
        #expect(broken.status == 400 && missing.status == 400, "\(broken.summary) / \(missing.summary)")
        let primotexto = try Self.emulator(["primotexto-u58"], credentials: ["ptkey"])
        let wrong = UserReportsFollowRequestTests.post(primotexto, "/primotexto/notification/messages/send",
            json: #"{"number":"+33612345678","message":"x"}"#, headers: [("X-Primotexto-ApiKey", "nope")])
        let wrongCode = try UserU57Tests.object(wrong)["code"]
        #expect(wrong.status == 401 && wrongCode == .number(72), "\(wrong.summary)")
    }

    /// Counts that contradict each other: a user's SMSPortal bulk of three messages answered `"Messages": 3` beside its
    /// example's `"Cost": 1` and `"RemainingBalance": 1500` (and `CostBreakDown[0]` `Quantity` 3 beside `Cost` 1),
    /// mNotify's three numbers `"total_sent": 3` beside `"credit_used": 2` and `"credit_left": 1483`, and ThaiBulkSMS's
    /// one number `"used_credit": 1` beside `"total_use_credit": 2`.
    @Test func aCostFollowsTheCountBesideIt() throws {
        let emulator = try Self.emulator(["smsportal-u58", "mnotify-u58", "thaibulksms-u58"])
        let portal = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi","Destination":"27830000000"},{"Content":"Hi","Destination":"27830000001"},{"Content":"Hi","Destination":"27830000002"}]}"#,
            headers: [("Authorization", "Bearer clientid:apisecret")])
        let bulk = try UserU57Tests.object(portal)
        #expect(bulk["Messages"] == .number(3) && bulk["Cost"] == .number(3) && bulk["RemainingBalance"] == .number(1498), "\(portal.summary)")
        #expect(bulk["CostBreakDown"]?.items?.first?[member: "Cost"] == .number(3), "\(portal.summary)")
        let quick = emulator.answer(WireRequest(method: "POST", path: "/mnotify/sms/quick", query: "key=mnkey", headers: [("Content-Type", "application/json")],
            body: Data(#"{"recipient":["0244123456","0244123457","0244123458"],"sender":"Acme","message":"Hello"}"#.utf8)))
        let summary = try #require(try UserU57Tests.object(quick)["summary"]?.members, "\(quick.summary)")
        #expect(summary["total_sent"] == .number(3) && summary["credit_used"] == .number(3) && summary["credit_left"] == .number(1482), "\(quick.summary)")
        let thai = UserU57Tests.form(emulator, "/thaibulksms/sms", "msisdn=0912345678&message=hi", headers: [UserU57Tests.basic("u", "p")])
        let sent = try UserU57Tests.object(thai)
        #expect(sent["total_use_credit"] == .number(1) && sent["remaining_credit"] == .number(9999), "\(thai.summary)")
    }

    /// Balance look-ups with no example of their own said 100 where the sends of the session said 1500 and 1483 left,
    /// and Sendchamp's balance envelope `"code": 0` under 200, where its send's example says `"code": 200`: a balance
    /// the session's sends answered is the one a look-up says, else the one a send's example says, and a field other
    /// answers give as their HTTP status says this one's.
    @Test func aBalanceLookUpSaysWhatTheSendsLeft() throws {
        let emulator = try Self.emulator(["smsportal-u58", "mnotify-u58", "sendchamp-u58"])
        let before = emulator.answer(WireRequest(method: "GET", path: "/mnotify/balance/sms", query: "key=mnkey"))
        let untouched = try UserU57Tests.object(before)["balance"]
        #expect(untouched == .number(1483) || untouched == .string("1483"), "\(before.summary)")
        _ = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi","Destination":"27830000000"},{"Content":"Hi","Destination":"27830000001"},{"Content":"Hi","Destination":"27830000002"}]}"#,
            headers: [("Authorization", "Bearer clientid:apisecret")])
        let balance = emulator.answer(WireRequest(method: "GET", path: "/smsportal/Balance", headers: [("Authorization", "Bearer clientid:apisecret")]))
        #expect(try UserU57Tests.object(balance)["balance"] == .number(1498), "\(balance.summary)")
        // A second send of 3 spends from what the first left (a review: both said 1498 left, and so did the look-up).
        let second = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi","Destination":"27830000000"},{"Content":"Hi","Destination":"27830000001"},{"Content":"Hi","Destination":"27830000002"}]}"#,
            headers: [("Authorization", "Bearer clientid:apisecret")])
        #expect(try UserU57Tests.object(second)["RemainingBalance"] == .number(1495), "\(second.summary)")
        // And a send of the example's one message, whose cost is the example's, spends too.
        let third = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi","Destination":"27830000000"}]}"#, headers: [("Authorization", "Bearer clientid:apisecret")])
        #expect(try UserU57Tests.object(third)["RemainingBalance"] == .number(1494), "\(third.summary)")
        let after = emulator.answer(WireRequest(method: "GET", path: "/smsportal/Balance", headers: [("Authorization", "Bearer clientid:apisecret")]))
        #expect(try UserU57Tests.object(after)["balance"] == .number(1494), "\(after.summary)")
        let wallet = emulator.answer(WireRequest(method: "GET", path: "/sendchamp/wallet/wallet_balance", headers: [("Authorization", "Bearer sckey")]))
        let walletCode = try UserU57Tests.object(wallet)["code"]
        #expect(wallet.status == 200 && walletCode == .number(200), "\(wallet.summary)")
    }

    /// Values copied from examples instead of the request: a user's Sendchamp send to two numbers answered the
    /// example's `phone_number`, SMSPortal's `Sample` ("The first message's text") the example's text, and Mitto's
    /// `textLength` the example's `" 13"` whatever the text.
    @Test func answersSayTheRequestNotTheExample() throws {
        let emulator = try Self.emulator(["sendchamp-u58", "smsportal-u58", "mitto-u58"])
        let champ = UserReportsFollowRequestTests.post(emulator, "/sendchamp/sms/send",
            json: #"{"to":["2348012345678","2348012345679"],"message":"Hello","sender_name":"Acme"}"#, headers: [("Authorization", "Bearer sckey")])
        #expect(try UserU57Tests.object(champ)["data"]?[member: "phone_number"] == .string("2348012345678"), "\(champ.summary)")
        let portal = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi there","Destination":"27830000000"}]}"#, headers: [("Authorization", "Bearer clientid:apisecret")])
        #expect(try UserU57Tests.object(portal)["Sample"] == .string("Hi there"), "\(portal.summary)")
        let mitto = UserReportsFollowRequestTests.post(emulator, "/mitto/sms",
            json: #"{"from":"SHOP","to":"4915112345678","text":"Hello there friend"}"#, headers: [Self.mittoKey])
        let length = try UserU57Tests.object(mitto)["textLength"]
        #expect(length == .string("18") || length == .number(18), "\(mitto.summary)")
    }

    /// Reports dropping or copying values: a user's SMSPortal receipt left out `UserReference` ("The CustomerId of the
    /// send.") of a send giving `"CustomerId": "order-1"`, and mNotify's `date_sent`, a text, said its example's
    /// "2024-05-02 10:00:00" of every report.
    @Test func reportsSayTheSendAndTheirTime() throws {
        let emulator = try Self.emulator(["smsportal-u58", "mnotify-u58"])
        let portal = UserReportsFollowRequestTests.post(emulator, "/smsportal/BulkMessages",
            json: #"{"Messages":[{"Content":"Hi","Destination":"27830000000","CustomerId":"order-1"}]}"#, headers: [("Authorization", "Bearer clientid:apisecret")])
        let receipts = try UserU54cTests.jsonReports(portal)
        #expect(receipts.count == 1 && receipts.allSatisfy { $0[member: "UserReference"] == .string("order-1") }, "\(receipts)")
        let quick = emulator.answer(WireRequest(method: "POST", path: "/mnotify/sms/quick", query: "key=mnkey", headers: [("Content-Type", "application/json")],
            body: Data(#"{"recipient":["0244123456"],"sender":"Acme","message":"Hello"}"#.utf8)))
        let reports = try quick.deliveries.map { delivery in
            String(decoding: try #require(delivery.request()?.httpBody ?? delivery.request()?.url?.query.map { Data($0.utf8) }), as: UTF8.self)
        }
        #expect(!reports.isEmpty && reports.allSatisfy { $0.contains("date_sent=") && !$0.contains("2024-05-02") }, "\(reports)")
    }

    /// A user's ThaiBulkSMS (`auth: {type: basic}`) accepted `curl -u ':'`, empty Basic credentials, and posted a report:
    /// an empty user name is no credential (the docs: any non-empty credentials pass), answered as a missing one.
    @Test func emptyBasicCredentialsAreRefused() throws {
        let emulator = try Self.emulator(["thaibulksms-u58"])
        let empty = UserU57Tests.form(emulator, "/thaibulksms/sms", "msisdn=0912345678&message=hi", headers: [UserU57Tests.basic("", "")])
        #expect(empty.status == 401 && empty.deliveries.isEmpty, "\(empty.summary)")
        let given = UserU57Tests.form(emulator, "/thaibulksms/sms", "msisdn=0912345678&message=hi", headers: [UserU57Tests.basic("key", "secret")])
        #expect(given.status == 201, "\(given.summary)")
        let blank = UserU57Tests.form(emulator, "/thaibulksms/sms", "msisdn=0912345678&message=hi", headers: [UserU57Tests.basic(" ", "")])
        #expect(blank.status == 401 && blank.deliveries.isEmpty, "\(blank.summary)")
    }

    /// Only both parts empty is no credential (a review): Inmobile's key travels as the Basic password under any user
    /// name, and `curl -u ':apikey123'` was refused 401, a configured `--credential ':apikey123'` never matching.
    @Test func basicWithAnEmptyUserNameAndAPasswordIsACredential() throws {
        let body = #"{"messages":[{"to":"4512345678","text":"Hello","from":"Shop"}]}"#
        for credentials in [[], [":apikey123"]] {
            let emulator = try Self.emulator(["inmobile-numbers"], credentials: credentials)
            let key = UserReportsFollowRequestTests.post(emulator, "/inmobile/v4/sms/outgoing", json: body, headers: [UserU57Tests.basic("", "apikey123")])
            #expect(key.status == 200, "\(credentials): \(key.summary)")
            let none = UserReportsFollowRequestTests.post(emulator, "/inmobile/v4/sms/outgoing", json: body, headers: [UserU57Tests.basic("", "")])
            #expect(none.status == 401, "\(credentials): \(none.summary)")
        }
        let wrong = UserReportsFollowRequestTests.post(try Self.emulator(["inmobile-numbers"], credentials: [":apikey123"]),
            "/inmobile/v4/sms/outgoing", json: body, headers: [UserU57Tests.basic("", "other")])
        #expect(wrong.status == 401, "\(wrong.summary)")
    }

    /// A user's SMSPortal spec lists the Webhooks V2 receipt (POST, JSON) and the V1 one (GET, query), as an account is
    /// set to one or the other: the sandbox always posted V2. `SandboxConfiguration.deliveryCallbacks`
    /// (`--callback NAME`) chooses; a name no spec lists is refused at start.
    @Test func theConfigurationChoosesTheDeliveryCallback() throws {
        let send = #"{"Messages":[{"Content":"Hi","Destination":"27830000000"}]}"#
        let auth = ("Authorization", "Bearer clientid:apisecret")
        let v2 = UserReportsFollowRequestTests.post(try Self.emulator(["smsportal-u58"]), "/smsportal/BulkMessages", json: send, headers: [auth])
        #expect(v2.deliveries.first?.request()?.httpMethod == "POST", "\(v2.summary)")
        let providers = try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("smsportal-u58")])
        let chosen = SandboxEmulator(providers: providers, configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", seed: 4, deliveryCallbacks: ["DeliveryReceiptV1"]))
        #expect(chosen.deliveryCallbackProblems.isEmpty)
        let v1 = UserReportsFollowRequestTests.post(chosen, "/smsportal/BulkMessages", json: send, headers: [auth])
        let request = try #require(v1.deliveries.first?.request(), "\(v1.summary)")
        #expect(request.httpMethod == "GET" && (request.url?.query ?? "").contains("Phonenumber=27830000000"), "\(String(describing: request.url))")
        let unknown = SandboxEmulator(providers: providers, configuration: .init(deliveryCallbacks: ["DeliveryReceiptV3"]))
        #expect(unknown.deliveryCallbackProblems.count == 1, "\(unknown.deliveryCallbackProblems)")
    }

    /// A review: `--callback DeliveryReceiptV2 --callback DeliveryReceiptV1` was refused as "'DeliveryReceiptV1' names
    /// no delivery callback", and a name of a callback reporting no delivery (Inmobile's inbound `IncomingMessages`),
    /// given first, was taken, its delivery callback then said to be none. Only delivery callbacks are chosen among,
    /// and one not taken is said to be so.
    @Test func theConfigurationChoosesAmongDeliveryCallbacksOnly() throws {
        let portal = try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("smsportal-u58")])
        let both = SandboxEmulator(providers: portal, configuration: .init(deliveryCallbacks: ["DeliveryReceiptV2", "DeliveryReceiptV1"]))
        #expect(both.deliveryCallbackProblems.count == 1, "\(both.deliveryCallbackProblems)")
        let problem = both.deliveryCallbackProblems.first ?? ""
        #expect(problem.contains("smsportal already posts DeliveryReceiptV2") && !problem.contains("names no delivery callback"), "\(problem)")
        let inmobile = try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("inmobile-numbers")])
        let inbound = SandboxEmulator(providers: inmobile, configuration: .init(deliveryCallbacks: ["IncomingMessages", "StatusReports"]))
        #expect(inbound.providers.first?.deliveryCallbackName == "StatusReports", "\(String(describing: inbound.providers.first?.deliveryCallbackName))")
        #expect(inbound.deliveryCallbackProblems.count == 1 && inbound.deliveryCallbackProblems.first?.contains("'IncomingMessages' names no delivery callback") == true,
            "\(inbound.deliveryCallbackProblems)")
    }

    /// A review: the recipients of an id answered to several (a campaign's) were kept beside the batches, outside their
    /// documented caps (the last `IssuedSecrets.limit` batches, twice that many messages). They are a batch of that id.
    @Test func recipientsSharingAnIDAreABoundedBatch() {
        let sent = SentMessages()
        let count = IssuedSecrets.limit + 1
        for index in 0..<count {
            sent.add("id\(index)", recipient: "4512345678", provider: "p")
            sent.add("id\(index)", recipient: "4587654321", provider: "p")
        }
        let last = sent.batch("id\(count - 1)", provider: "p")
        #expect(last?.map(\.recipient) == ["4512345678", "4587654321"] && last?.allSatisfy { $0.id == "id\(count - 1)" } == true, "\(String(describing: last))")
        #expect(sent.batch("id0", provider: "p") == nil)
        sent.add("one", recipient: "4512345678", provider: "p")
        sent.add("one", recipient: "4512345678", provider: "p")
        #expect(sent.batch("one", provider: "p") == nil)
    }

    /// A user's Sendchamp wrong key was 401 with an empty body: its `default` answer, `ErrorEnvelope`, carries `status`,
    /// a table whose one failure `error` says "The request failed." (`invalidRequest`), passed over as it was not of
    /// category `unknown`. A refusal fills its shape with such a code, its words saying why.
    @Test func aRefusalFillsItsShapeWithTheTablesOneFailure() throws {
        let emulator = try Self.emulator(["sendchamp-u58"], credentials: ["sckey"])
        let wrong = UserReportsFollowRequestTests.post(emulator, "/sendchamp/sms/send",
            json: #"{"to":["2348012345678"],"message":"Hello","sender_name":"Acme"}"#, headers: [("Authorization", "Bearer bad")])
        #expect(wrong.status == 401, "\(wrong.summary)")
        let body = try UserU57Tests.object(wrong)
        #expect(body["status"] == .string("error"), "\(wrong.summary)")
    }

    /// A user's mNotify report of a campaign no send returned listed `+15555550100`, a US number its Ghana-only spec
    /// refuses: a recipient no request names is the first its request examples send to.
    @Test func aMadeUpRecipientIsOfTheSpecsNumbering() throws {
        let emulator = try Self.emulator(["mnotify-u58"])
        let report = emulator.answer(WireRequest(method: "GET", path: "/mnotify/campaign/abc/delivered", query: "key=mnkey"))
        let entries = try #require(try UserU57Tests.object(report)["report"]?.items, "\(report.summary)")
        #expect(!entries.isEmpty && entries.allSatisfy { $0[member: "recipient"] == .string("0244123456") }, "\(report.summary)")
    }

    /// A user's mNotify wrong key was answered `"status": "Invalid API key"`, the code's words in a field whose summary
    /// says "success or error.": it says `error`.
    @Test func aStatusWordListedInItsSummarySaysTheOutcome() throws {
        let emulator = try Self.emulator(["mnotify-u58"], credentials: ["mnkey"])
        let wrong = emulator.answer(WireRequest(method: "POST", path: "/mnotify/sms/quick", query: "key=zzz", headers: [("Content-Type", "application/json")],
            body: Data(#"{"recipient":["0244123456"],"sender":"Acme","message":"Hello"}"#.utf8)))
        let body = try UserU57Tests.object(wrong)
        #expect(body["code"] == .string("4001") && body["status"] == .string("error"), "\(wrong.summary)")
    }

    /// A user's mNotify campaign to two numbers (one `_id` for both) was reported by its campaign look-up as one entry:
    /// a look-up of an id answered to several recipients lists each.
    @Test func aCampaignReportListsEveryRecipient() throws {
        let emulator = try Self.emulator(["mnotify-u58"])
        let quick = emulator.answer(WireRequest(method: "POST", path: "/mnotify/sms/quick", query: "key=mnkey", headers: [("Content-Type", "application/json")],
            body: Data(#"{"recipient":["0244123456","0244123457"],"sender":"Acme","message":"Hello"}"#.utf8)))
        guard case .string(let id)? = try UserU57Tests.object(quick)["summary"]?[member: "_id"] else { Issue.record("no _id: \(quick.summary)"); return }
        let report = emulator.answer(WireRequest(method: "GET", path: "/mnotify/campaign/\(id)/delivered", query: "key=mnkey"))
        let entries = try #require(try UserU57Tests.object(report)["report"]?.items, "\(report.summary)")
        #expect(Set(entries.compactMap { $0[member: "recipient"] }) == [.string("0244123456"), .string("0244123457")], "\(String(decoding: report.body, as: UTF8.self))")
    }
}
