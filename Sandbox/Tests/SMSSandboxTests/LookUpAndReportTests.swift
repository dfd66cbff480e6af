import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// What a user's SMSC.ru and Telegram Gateway specs (Specs/smsc.yaml, Specs/telegram-gateway.yaml) are answered and
/// reported: which operations send, which ids an answer gives, which fields a report carries.
@Suite(.timeLimit(.minutes(1)))
struct LookUpAndReportTests {
    static let smscCallback = "http://127.0.0.1:9/smsc"

    static func smsc(outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smsc")]),
            configuration: .init(callbackURL: smscCallback, outcomes: outcomes, seed: 4))
    }

    static func smscSend(_ emulator: SandboxEmulator, _ form: String) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/smsc/send.php", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
    }

    /// Each report's form fields, by name.
    static func formReports(_ answer: SandboxAnswer) throws -> [[String: String]] {
        try answer.deliveries.map { delivery in
            let form = try FormDecoder.parse(try #require(delivery.request()?.httpBody))
            return Dictionary(form.map { ($0.name, $0.value) }) { first, _ in first }
        }
    }

    /// SMSC.ru's status look-up is a GET whose `phone` (and `id`) are required: a request that must name a recipient
    /// was a send, and each poll owed a report of a message never sent. A look-up carries no message text and is
    /// answered with no new id; GET sends (Infobip's `sendQuery`, Clickatell's HTTP send, Kannel's, none but Kannel's
    /// marked `idempotent: false`) carry a text and stay sends.
    @Test func aLookUpNamingARecipientOwesNoReport() throws {
        let emulator = try Self.smsc()
        let status = emulator.answer(WireRequest(method: "GET", path: "/smsc/status.php", query: "login=alice&psw=pw&phone=79991234567&id=34&fmt=3"))
        #expect(status.status == 200, "\(status.summary)")
        #expect(status.deliveries.map(\.summary) == [])
        let send = Self.smscSend(emulator, "login=alice&psw=pw&phones=79991234567,79991234568&mes=Hi")
        #expect(send.status == 200, "\(send.summary)")
        #expect(send.deliveries.map(\.message.recipient) == ["79991234567", "79991234568"])
        // GET sends with a callback still owe their reports.
        let infobip = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("infobip")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/infobip", seed: 4))
        let query = infobip.answer(WireRequest(
            method: "GET", path: "/infobip/sms/1/text/query", query: "username=u&password=p&to=41793026727&text=Hi",
            headers: [("Authorization", "App key")]))
        #expect(query.status == 200 && query.deliveries.map(\.message.recipient) == ["41793026727"], "\(query.summary)")
        let clickatell = UserSpecAnswerTests.emulator.answer(WireRequest(
            method: "GET", path: "/clickatell/messages/http/send", query: "apiKey=k&to=27999000001&content=Hi", headers: [("Authorization", "k")]))
        #expect((200..<300).contains(clickatell.status) && clickatell.deliveries.map(\.message.recipient) == ["27999000001"], "\(clickatell.summary)")
        let kannel = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("kannel")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/kannel", seed: 4))
        let sent = kannel.answer(WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: "username=u&password=p&to=%2B358401234567&text=Hi"))
        #expect(sent.status == 202 && sent.deliveries.map(\.message.recipient) == ["+358401234567"], "\(sent.summary)")
    }

    /// Of every spec the tests hold (bundled, users', fixtures), SMSC.ru's status, LabsMobile's ack (a message's
    /// `subid` and `msisdn`, answered its ACK status) and Beem's delivery report (`dest_addr` and `request_id`,
    /// answered a report echoing the client's `recipient_id`) and a user's Alibaba QuerySendDetails (an optional `BizId`
    /// declaring `role: messageID`, answered a delivery status) are the operations that must name a recipient and are look-ups:
    /// the GET sends (Infobip's `sendQuery`, Clickatell's, Kannel's, SMS.ru's, the
    /// text-answer fixtures') stay sends.
    @Test func everyOtherOperationNamingARecipientSends() throws {
        let directories = [
            SandboxSpecs.bundledDirectory, URL(fileURLWithPath: SpecRoleTests.thirdPartySpec("x")).deletingLastPathComponent().path,
            URL(fileURLWithPath: UserSpecAnswerTests.spec("x")).deletingLastPathComponent().path,
        ]
        var sends: [String] = [], lookUps: [String] = [], checks: [String] = []
        for directory in directories {
            for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            where file.hasSuffix(".yaml") && !file.hasPrefix("smsspec-config") {
                for provider in try SandboxSpecs.load(bundled: [], specPaths: [directory + "/" + file]) {
                    for operation in provider.model.operations where provider.addressesRecipients(operation) {
                        let name = "\(provider.id).\(operation.spec.id.value)"
                        if provider.sends(operation) { sends.append(name) } else if provider.isLookUp(operation) { lookUps.append(name) } else { checks.append(name) }
                        #expect(provider.sends(operation) == !(provider.isLookUp(operation) || provider.isCheck(operation) || provider.simulates(operation) || provider.carriesNoMessage(operation)), "\(name)")
                    }
                }
            }
        }
        // SMSC's twice: Specs/smsc-notfound.yaml is a trimmed copy (a user's `Not found` status); Beem's in another
        // spec (Specs/beem-valid.yaml, a user's) too.
        // LabsMobile's twice: Specs/labsmobile-ack-status.yaml is a user's whole spec (its report's `status=ok`).
        // Primotexto's status look-up by `identifier` (a recipient) or `snapshotId`: Specs/primotexto-u58.yaml, a user's.
        // Beem's a third time: Specs/beem-u60.yaml is a user's whole spec (its report's required `recipient_id`).
        // Smshosting's search by `msisdn` (`role: recipient`): Specs/smshosting-u62.yaml, a user's.
        #expect(lookUps == [
            "aliyunsms.querySendDetails", "beem.getDeliveryReport", "beem.deliveryReports", "beem.getDeliveryReport", "labsmobile.ack", "labsmobile.ack",
            "primotexto.messageStatus", "smsc.status", "smsc.status", "smshosting.searchSms",
        ])
        // A check of a recipient, and the GETs saying `idempotent: true` (a simulation or a price: BudgetSMS's
        // `testsms`, SMSFactor's `simulateSingle`, SMS.ru's `cost`, "What a send would cost, without sending").
        // Jasmin's twice: Specs/jasmin-mo-binary.yaml is a user's whole spec (its MO's `binary`). And a POST saying
        // `idempotent: true`, named an estimate, answered no id: a user's SMS.to `estimate` (Specs/smsto-u60.yaml), and
        // Smshosting's (Specs/smshosting-u62.yaml). And the operations naming numbers that carry no message and are
        // answered no id: a user's Verimor blacklist add and remove (Specs/verimor-u62.yaml), iSendPro's
        // (Specs/isendpro-u62.yaml); or answered a list of reports they page or bound in time: a user's Tencent pull by
        // phone number (Specs/tencentsms-u62.yaml). And a user's Justsend blacklist add (Specs/justsend-u63.yaml).
        #expect(checks == [
            "budgetsms.testSMS", "isendpro.setListeNoire", "jasmin.rate", "jasmin.rate", "justsend.addToBlacklist", "smsfactor.simulateSingle", "smshosting.estimate", "smsru.cost",
            "smsto.estimate", "tencentsms.pullSmsSendStatusByPhoneNumber", "verimor.blacklistAdd", "verimor.blacklistRemove",
        ])
        let getSends = ["infobip.sendQuery", "clickatell.sendHTTP", "kannel.sendSMS", "smsru.send", "textanswers.send", "textanswers.sendBatch", "textlines.sendMessage"]
        #expect(getSends.filter { !sends.contains($0) } == [], "\(sends)")
        #expect(sends.count > 50, "\(sends)")
    }

    /// Jasmin's `/rate` (Specs/jasmin-rate.yaml), a GET price check that must give only its credentials and `to` and
    /// is answered no message id, was owed a delivery report of a message no send gave an id: a check of a recipient
    /// sends nothing. Its `/send`, which must give its text, still owes one.
    @Test func aCheckOfARecipientOwesNoReport() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("jasmin-rate")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/jasmin", seed: 4))
        let rate = emulator.answer(WireRequest(method: "GET", path: "/jasmin/rate", query: "username=foo&password=pw&to=216"))
        #expect(rate.status == 200, "\(rate.summary)")
        #expect(rate.deliveries.map(\.summary) == [])
        let send = emulator.answer(WireRequest(method: "GET", path: "/jasmin/send", query: "username=foo&password=pw&to=216&content=Hi"))
        #expect(send.status == 200 && send.deliveries.map(\.message.recipient) == ["216"], "\(send.summary)")
    }

    /// A send whose text field has a name of its own (SMSC.ru's `mes`), that must give its own `id` and is answered
    /// with a status, was taken for a look-up and owed no report: it is given its text, which no look-up needs.
    @Test func aSendThatMustGiveItsOwnIDStaysASend() throws {
        var text = try String(contentsOfFile: UserSpecAnswerTests.spec("smsc"), encoding: .utf8)
        for (old, new) in [
            ("      id: {type: string, required: false, summary: 'Your message id", "      id: {type: string, summary: 'Your message id"),
            ("      cnt: {type: int, required: false, summary: Number of messages sent.}",
             "      cnt: {type: int, required: false, summary: Number of messages sent.}\n      status: {type: MessageStatus, required: false}"),
            ("&charset=utf-8&fmt=3'", "&charset=utf-8&fmt=3&id=my-1'"),
        ] {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("smsc.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let operations = Dictionary(uniqueKeysWithValues: provider.model.operations.map { ($0.spec.id.value, $0) })
        #expect(provider.sends(try #require(operations["send"])))
        #expect(provider.isLookUp(try #require(operations["status"])))
    }

    /// SMSC.ru's send answer gives the message's `id`, which its reports quote, also when the request gave no `id` of
    /// its own: the answer's optional `id` was left out as an echo of the request's optional `id` it did not give
    /// (`PayloadPlan.unsent`), while the reports quoted a fresh id no answer gave. An id the reports quote is the
    /// message's, always given.
    @Test func theIDReportsQuoteIsInTheSendsAnswer() throws {
        let emulator = try Self.smsc()
        let send = Self.smscSend(emulator, "login=alice&psw=pw&phones=79991234567,79991234568&mes=Hi")
        #expect(send.status == 200, "\(send.summary)")
        let body = try UnbundledGatewayTests.json(send)
        let id = try #require(body["id"].map { "\($0)" }, "\(body)")
        #expect(!id.isEmpty && body["cnt"] != nil, "\(body)")
        let reports = try Self.formReports(send)
        #expect(reports.count == 2 && reports.allSatisfy { $0["id"] == id }, "\(reports) \(body)")
        // The request's own id is the answer's and the reports'.
        let own = Self.smscSend(emulator, "login=alice&psw=pw&phones=79991234567&mes=Hi&id=order-1")
        #expect(try UnbundledGatewayTests.json(own)["id"] as? String == "order-1")
        #expect(try Self.formReports(own).map { $0["id"] } == ["order-1"])
    }

    /// SMSC.ru's status answer said the example's `last_date`, "28.12.2026 19:53:11", beside a `last_timestamp` of
    /// now: a `string` whose example is a date written as the spec's date fields are (its callback's `time`,
    /// `dd.MM.yyyy HH:mm:ss` in Moscow) is now, in that form and zone, the same instant as `last_timestamp`.
    @Test func aTextThatIsADateIsTheTimeOfAnswering() throws {
        let status = try Self.smsc().answer(WireRequest(method: "GET", path: "/smsc/status.php", query: "login=alice&psw=pw&phone=79991234567&id=34&fmt=3"))
        #expect(status.status == 200, "\(status.summary)")
        let body = try UnbundledGatewayTests.json(status)
        let lastDate = try #require(body["last_date"] as? String, "\(body)")
        let seconds = try #require((body["last_timestamp"] as? NSNumber)?.int64Value, "\(body)")
        #expect(lastDate != "28.12.2026 19:53:11", "\(body)")
        let written = Timestamp(Date(timeIntervalSince1970: TimeInterval(seconds)), format: "dd.MM.yyyy HH:mm:ss", timeZone: "Europe/Moscow").text
        #expect(lastDate == written, "\(body)")
    }

    /// A text is a date only when named as a time and written exactly as a date format of the spec: a `note` whose
    /// example is a date, a `last_date` in a form the spec has no date field in, keep their examples.
    @Test func aTextIsADateOnlyWhenNamedSoAndInTheSpecsForm() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smsc")]).first)
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1))
        #expect(builder.nowLike("28.12.2026 19:53:11", name: "last_date") != nil)
        #expect(builder.nowLike("28.12.2026 19:53:11", name: "note") == nil)
        #expect(builder.nowLike("2026-12-28 19:53:11", name: "last_date") == nil)
        #expect(builder.nowLike("28.12.2026 19:53:11", name: "valid_until") == nil)
        #expect(builder.nowLike("2026-12-28T19:53:11Z", name: "createdAt") != nil)
    }

    /// Telegram Gateway's send answer echoes the request's own `payload`, and leaves it out when the request gives
    /// none, where the example's `order-17` would say what was never sent.
    @Test func aSendAnswerEchoesTheRequestsPayload() throws {
        let emulator = try Self.telegram()
        for (body, payload) in [(#"{"phone_number": "+15551234567", "payload": "mine-1"}"#, "mine-1"), (#"{"phone_number": "+15551234567"}"#, nil)] {
            let send = emulator.answer(WireRequest(
                method: "POST", path: "/telegram-gateway/sendVerificationMessage",
                headers: [("Authorization", "Bearer token"), ("Content-Type", "application/json")], body: Data(body.utf8)))
            #expect(send.status == 200, "\(send.summary)")
            let result = try #require(try UnbundledGatewayTests.json(send)["result"] as? [String: Any])
            #expect(result["payload"] as? String == payload, "\(result)")
        }
    }

    static func telegram(outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("telegram-gateway")]),
            configuration: .init(outcomes: outcomes, seed: 4))
    }

    /// A Telegram Gateway report carries what the spec's example of it carries: its optional `verification_status`,
    /// which the example leaves out, was written with `code_valid` (`code_invalid` for a failed delivery), a code
    /// entered that no one entered, as every table a report reaches was given a code. The delivery status stays.
    @Test func aReportLeavesOutAnOptionalObjectItsExampleLeavesOut() throws {
        for (outcome, status) in [(DeliveryOutcome.delivered, "delivered"), (DeliveryOutcome(.failed(code: nil)), "expired")] {
            let emulator = try Self.telegram(outcomes: OutcomePolicy(run: outcome))
            let send = emulator.answer(WireRequest(
                method: "POST", path: "/telegram-gateway/sendVerificationMessage",
                headers: [("Authorization", "Bearer token"), ("Content-Type", "application/json")],
                body: Data(#"{"phone_number": "+15551234567", "callback_url": "http://127.0.0.1:9/tg"}"#.utf8)))
            #expect(send.status == 200, "\(send.summary)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
            #expect(report["verification_status"] == nil, "\(report)")
            #expect((report["delivery_status"] as? [String: Any])?["status"] as? String == status, "\(report)")
            #expect(report["phone_number"] as? String == "+15551234567" && report["request_id"] != nil && report["request_cost"] != nil, "\(report)")
        }
    }

    /// Telegram Gateway keys its reports' HMAC-SHA256 with the SHA-256 of the API token (`keyDigest: sha256`): the
    /// sandbox signs them so, and a receiver of the same signature given the token accepts them.
    @Test func aReportIsSignedWithADigestOfTheSecretAsKey() throws {
        let secret: Secret = "tg-api-token-1234"
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("telegram-gateway")]).first)
        let emulator = SandboxEmulator(providers: [provider], configuration: .init(outcomes: OutcomePolicy(run: .delivered), seed: 4, signingSecret: secret))
        let send = emulator.answer(WireRequest(
            method: "POST", path: "/telegram-gateway/sendVerificationMessage",
            headers: [("Authorization", "Bearer token"), ("Content-Type", "application/json")],
            body: Data(#"{"phone_number": "+15551234567", "callback_url": "http://127.0.0.1:9/tg"}"#.utf8)))
        #expect(send.status == 200, "\(send.summary)")
        let request = try #require(send.deliveries.first?.request())
        let body = try #require(request.httpBody)
        let timestamp = try #require(request.value(forHTTPHeaderField: "X-Request-Timestamp"))
        let code = try #require(request.value(forHTTPHeaderField: "X-Request-Signature"))
        // Computed apart from the signature's own code: HMAC-SHA256 keyed with the SHA-256 of the token.
        let key = SecureHash.sha256.digest(Array(secret.value.utf8))
        let expected = HMAC.code(.sha256, key: key, message: Array((timestamp + "\n").utf8) + Array(body)).map { String(format: "%02x", $0) }.joined()
        #expect(code == expected)
        let signature = try #require(provider.model.callbacks.first { $0.signature != nil }?.signature)
        let signed = try signature.signedBytes(url: "", body: body, form: false, header: { request.value(forHTTPHeaderField: $0) })
        #expect(throws: Never.self) { try signature.verify(headerValue: code, secret: secret, signed: signed) }
        #expect(throws: SignatureFailure.mismatch("X-Request-Signature")) { try signature.verify(headerValue: code, secret: "another", signed: signed) }
    }

    /// A DLR error code the outcome names is carried though the example leaves its field out (Vonage Messages'
    /// `error`, which its delivered example has not): `failed:1330` writes it, `failed` leaves it out, where it was the
    /// table's first failure, `1320` "Message already in the queue", for any undeliverable message.
    @Test func aReportCarriesTheErrorCodeItsOutcomeNames() throws {
        func report(_ outcome: String) throws -> [String: Any] {
            let emulator = SandboxEmulator(
                providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("vonage-messages")]),
                configuration: .init(callbackURL: "http://127.0.0.1:9/v", outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
            let send = emulator.answer(WireRequest(
                method: "POST", path: "/vonage-messages/v1/messages",
                headers: [("Authorization", "Basic " + Data("a:b".utf8).base64EncodedString()), ("Content-Type", "application/json")],
                body: Data(#"{"to": "447700900000", "from": "Acme", "text": "Hi"}"#.utf8)))
            #expect(send.status == 202, "\(send.summary)")
            return try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        }
        let failed = try report("failed")
        #expect(failed["status"] as? String == "undeliverable" && failed["error"] == nil, "\(failed)")
        let named = try report("failed:1330")
        #expect(named["status"] as? String == "undeliverable" && (named["error"] as? [String: Any])?["title"] as? String == "1330", "\(named)")
    }

    /// websms's send answer gave a `clientMessageId` the request never sent, a fresh UUID, which its report left out
    /// (Specs/websms-echo.yaml, from a user's spec): its report's `notificationId` took the answer's optional id, the only
    /// one named as a message's, for the message's id. An answer's field named as a field of the request is the
    /// client's own: echoed when given, and left out, as it is of the report, when not.
    @Test func theClientsOwnIDIsEchoedNeverMinted() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("websms-echo")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/websms", seed: 4))
        func send(_ json: String) throws -> (answer: [String: Any], report: [String: Any]) {
            let sent = emulator.answer(WireRequest(
                method: "POST", path: "/websms/rest/smsmessaging/text",
                headers: [("Authorization", "Bearer token"), ("Content-Type", "application/json")], body: Data(json.utf8)))
            #expect(sent.status == 200, "\(sent.summary)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(sent).utf8)) as? [String: Any])
            return (try UnbundledGatewayTests.json(sent), report)
        }
        let bare = try send(#"{"recipientAddressList": [436761234567], "messageContent": "Hallo"}"#)
        #expect(bare.answer["clientMessageId"] == nil && bare.report["clientMessageId"] == nil, "\(bare)")
        #expect(bare.answer["transferId"] as? String == bare.report["transferId"] as? String, "\(bare)")
        let own = try send(#"{"recipientAddressList": [436761234567], "messageContent": "Hallo", "clientMessageId": "mine-1"}"#)
        #expect(own.answer["clientMessageId"] as? String == "mine-1" && own.report["clientMessageId"] as? String == "mine-1", "\(own)")
        #expect(own.report["notificationId"] as? String != "mine-1", "\(own)")
    }

    /// A look-up said the example's state, or its table's success, whatever the outcome (Specs/skebby.yaml,
    /// Specs/smsto.yaml, from a user's specs): Skebby's order `WAITING` on every poll, with a `delivery_date` of now,
    /// though no callback would ever say more, and SMS.to's message `DELIVERED` under `--outcome failed`. It says the
    /// configured outcome's state — the delivered one, or the failure `failed` names, a pending one for `never` —,
    /// and a time of delivery only beside a delivered state.
    @Test func aLookUpSaysTheOutcomesState() throws {
        func states(_ outcome: String) throws -> (skebby: [String: Any], smsto: [String: Any]) {
            let emulator = SandboxEmulator(
                providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("skebby"), UserSpecAnswerTests.spec("smsto")]),
                configuration: .init(outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
            let order = emulator.answer(WireRequest(method: "GET", path: "/skebby/sms/o1", headers: [("user_key", "u"), ("Session_key", "s")]))
            let message = emulator.answer(WireRequest(method: "GET", path: "/smsto/message/abc-123", headers: [("Authorization", "Bearer k")]))
            #expect(order.status == 200 && message.status == 200, "\(order.summary) \(message.summary)")
            let recipients = try #require(try UnbundledGatewayTests.json(order)["recipients"] as? [[String: Any]])
            #expect(recipients.count == 1, "\(recipients)")
            return (try #require(recipients.first), try UnbundledGatewayTests.json(message))
        }
        let delivered = try states("delivered")
        #expect(delivered.skebby["status"] as? String == "DLVRD" && delivered.skebby["delivery_date"] is String, "\(delivered)")
        #expect(delivered.smsto["status"] as? String == "DELIVERED", "\(delivered)")
        let failed = try states("failed")
        #expect(failed.skebby["status"] as? String == "ERROR" && failed.skebby["delivery_date"] == nil, "\(failed)")
        #expect(failed.smsto["status"] as? String == "UNDELIVERED", "\(failed)")
        let timeout = try states("failed:TIMEOUT")
        #expect(timeout.skebby["status"] as? String == "TIMEOUT" && timeout.skebby["delivery_date"] == nil, "\(timeout)")
        let never = try states("never")
        #expect(never.skebby["status"] as? String == "WAITING" && never.skebby["delivery_date"] == nil, "\(never)")
        #expect(never.smsto["status"] as? String == "QUEUED", "\(never)")
    }

    /// A report of a message not delivered carries no time of delivery: websms's failed report said `deliveredOn` now.
    @Test func aFailedReportSaysNoDeliveryTime() throws {
        for (outcome, status) in [("delivered", "delivered"), ("failed", "undelivered")] {
            let emulator = SandboxEmulator(
                providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("websms-echo")]),
                configuration: .init(callbackURL: "http://127.0.0.1:9/websms", outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
            let sent = emulator.answer(WireRequest(
                method: "POST", path: "/websms/rest/smsmessaging/text", headers: [("Authorization", "Bearer token"), ("Content-Type", "application/json")],
                body: Data(#"{"recipientAddressList": [436761234567], "messageContent": "Hallo"}"#.utf8)))
            let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(sent).utf8)) as? [String: Any])
            #expect(report["deliveryReportMessageStatus"] as? String == status, "\(report)")
            #expect((report["deliveredOn"] != nil) == (outcome == "delivered"), "\(report)")
        }
    }

    /// A provider no callback reports says an outcome in its look-ups only: Skebby's `failed:TIMEOUT` was refused at
    /// start, "no delivery table of skebby lists the code TIMEOUT", though its order state lists it and a look-up says
    /// it. Its look-ups' tables are its delivery tables.
    @Test func aLookUpsTablesTakeFailedCodes() throws {
        let providers = try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("skebby")])
        func problems(_ code: String) -> [String] {
            SandboxEmulator(providers: providers, configuration: .init(outcomes: .init(run: DeliveryOutcome(.failed(code: code))))).outcomeCodeProblems
        }
        #expect(problems("TIMEOUT") == [])
        #expect(problems("NOPE") == ["failed:NOPE: no delivery table of skebby lists the code NOPE"])
        let delivered = problems("DLVRD")
        #expect(delivered.count == 1 && delivered.first?.contains("skebby's DeliveryStatus DLVRD is outcome success") == true, "\(delivered)")
    }

    /// 8x8's send without a `clientMessageId` was answered an invented one, `client-…` shaped after the example's,
    /// which its report left out (a user's report; Specs/eightbyeight.yaml): the report's required `subAccountId`, an
    /// id no answer gives, was matched to the answer's only id named as a message's, the client's own. It is echoed
    /// when given and left out when not, of the answer and its report alike.
    @Test func eightByEightsClientMessageIDIsNeverInvented() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("eightbyeight")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/8x8", seed: 4))
        func send(_ json: String) throws -> (answer: [String: Any], report: [String: Any]) {
            let sent = emulator.answer(WireRequest(
                method: "POST", path: "/eightbyeight/api/v1/subaccounts/riders_hq/messages",
                headers: [("Authorization", "Bearer key"), ("Content-Type", "application/json")], body: Data(json.utf8)))
            #expect(sent.status == 200, "\(sent.summary)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(sent).utf8)) as? [String: Any])
            return (try UnbundledGatewayTests.json(sent), try #require(report["payload"] as? [String: Any], "\(report)"))
        }
        let bare = try send(#"{"destination": "+6598765432", "text": "hi"}"#)
        #expect(bare.answer["clientMessageId"] == nil && bare.report["clientMessageId"] == nil, "\(bare)")
        #expect(bare.answer["umid"] as? String == bare.report["umid"] as? String, "\(bare)")
        let own = try send(#"{"destination": "+6598765432", "text": "hi", "clientMessageId": "order-17"}"#)
        #expect(own.answer["clientMessageId"] as? String == "order-17" && own.report["clientMessageId"] as? String == "order-17", "\(own)")
    }

    /// A look-up whose delivery status is not a plain field of its answer said its example's state, or the table's
    /// success, under `--outcome failed` (from a user's specs): tyntec's status beside its parts' (Specs/tyntec-parts.yaml:
    /// a part's `partId` read as a new message's id), Sendchamp's in its envelope's optional `data`, whose `id` is the
    /// message's `sms_uid` (Specs/sendchamp-envelope.yaml), Mailjet's in a nested `Status` object of the send's answer,
    /// whose `MessageId` is the message's `id` (Specs/mailjet-statusobject.yaml). Each read as a send's answer.
    @Test func aLookUpSaysTheOutcomesStateWhereverItsAnswerHoldsIt() throws {
        func states(_ outcome: String) throws -> (tyntec: [String: Any], sendchamp: [String: Any], mailjet: [String: Any]) {
            let specs = ["tyntec-parts", "sendchamp-envelope", "mailjet-statusobject"].map(UserSpecAnswerTests.spec)
            let emulator = SandboxEmulator(
                providers: try SandboxSpecs.load(bundled: [], specPaths: specs),
                configuration: .init(outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
            let tyntec = emulator.answer(WireRequest(method: "GET", path: "/tyntec/messages/abc", headers: [("apikey", "k")]))
            let sendchamp = emulator.answer(WireRequest(method: "GET", path: "/sendchamp/sms/status/abc", headers: [("Authorization", "Bearer k")]))
            let mailjet = emulator.answer(WireRequest(method: "GET", path: "/mailjet/sms/17", headers: [("Authorization", "Bearer k")]))
            #expect([tyntec, sendchamp, mailjet].map(\.status) == [200, 200, 200], "\(tyntec.summary) \(sendchamp.summary) \(mailjet.summary)")
            return (try UnbundledGatewayTests.json(tyntec), try UnbundledGatewayTests.json(sendchamp), try UnbundledGatewayTests.json(mailjet))
        }
        let failed = try states("failed")
        #expect(failed.tyntec["status"] as? String == "FAILED" && failed.tyntec["errorCode"] as? String == "001", "\(failed.tyntec)")
        let report = try #require(failed.sendchamp["data"] as? [String: Any], "\(failed.sendchamp)")
        #expect(report["status"] as? String == "failed" && report["id"] as? String == "abc" && report["delivered_at"] == nil, "\(report)")
        let status = try #require(failed.mailjet["Status"] as? [String: Any], "\(failed.mailjet)")
        #expect(status["Code"] as? Int == 4 && status["Name"] as? String == "undelivered", "\(status)")
        #expect(failed.mailjet["MessageId"] as? String == "17", "\(failed.mailjet)")
        let absent = try states("failed:27")
        #expect(absent.tyntec["status"] as? String == "FAILED" && absent.tyntec["errorCode"] as? String == "027", "\(absent.tyntec)")
        let delivered = try states("delivered")
        #expect(delivered.tyntec["status"] as? String == "DELIVERED", "\(delivered.tyntec)")
        #expect((delivered.sendchamp["data"] as? [String: Any])?["status"] as? String == "delivered", "\(delivered.sendchamp)")
        #expect((delivered.mailjet["Status"] as? [String: Any])?["Code"] as? Int == 3, "\(delivered.mailjet)")
        let never = try states("never")
        #expect(never.tyntec["status"] as? String == "ACCEPTED", "\(never.tyntec)")
        #expect((never.mailjet["Status"] as? [String: Any])?["Code"] as? Int == 1, "\(never.mailjet)")
    }

    /// Mailjet's refusal of a bad token, answered HTTP 401, said its example's `"StatusCode": 400` (Specs/mailjet-
    /// statusobject.yaml, from a user's spec), so the generated client reported an invalid request: a field of a table
    /// of HTTP statuses says the status answered.
    @Test func aFieldOfHTTPStatusesSaysTheStatusAnswered() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("mailjet-statusobject")]),
            configuration: .init(credentials: ["right-key"], seed: 4))
        let body = Data(#"{"From":"MJPilot","To":"+33600000000","Text":"hello"}"#.utf8)
        let wrongKey = emulator.answer(WireRequest(
            method: "POST", path: "/mailjet/sms-send", headers: [("Authorization", "Bearer wrong-key"), ("Content-Type", "application/json")], body: body))
        let refused = try UnbundledGatewayTests.json(wrongKey)
        #expect(wrongKey.status == 401 && refused["StatusCode"] as? Int == 401 && refused["ErrorCode"] as? String == "sms-0005", "\(refused)")
        let badNumber = emulator.answer(WireRequest(
            method: "POST", path: "/mailjet/sms-send", headers: [("Authorization", "Bearer right-key"), ("Content-Type", "application/json")],
            body: Data(#"{"From":"MJPilot","To":"0033","Text":"hello"}"#.utf8)))
        let refusedNumber = try UnbundledGatewayTests.json(badNumber)
        #expect(badNumber.status == 400 && refusedNumber["StatusCode"] as? Int == 400, "\(refusedNumber)")
    }
}
