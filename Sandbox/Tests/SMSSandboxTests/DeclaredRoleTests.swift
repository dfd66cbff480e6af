import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A field's declared `role:` read before any guess from names, and the users' specs whose names said no role
/// (/work/userspecs9/u6 and u7): Kavenegar's `receptor`, Octopush's `sms_ticket` and inbound `number`, SMSFactor's
/// `ticket`, `campaign_id` and `recipients.gsm[].value`.
@Suite struct DeclaredRoleTests {
    static func emulator(_ spec: String, credentials: [String] = []) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec(spec)]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks", credentials: credentials, seed: 7))
    }

    static func object(_ data: Data?) throws -> [String: Any] {
        let data = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func entries(_ answer: SandboxAnswer) throws -> [[String: Any]] {
        try #require(try object(answer.body)["entries"] as? [[String: Any]], "\(String(decoding: answer.body, as: UTF8.self))")
    }

    static let kavenegarKey = "KAVEKEY1234567890ABCDEF"

    static func kavenegar(_ emulator: SandboxEmulator, _ method: String, _ path: String, query: String = "", form: String = "") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: method, path: "/kavenegar/v1/\(kavenegarKey)/\(path)", query: query,
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
    }

    /// Kavenegar's `receptor` (every Iranian gateway's name) is a recipient: a send to three numbers, or to one, was
    /// answered with the example's two receptors and owed no report.
    @Test func kavenegarsReceptorsAreEachAnswered() throws {
        let emulator = try Self.emulator("kavenegar", credentials: [Self.kavenegarKey])
        let three = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=09121111111,09122222222,09123333333&message=hi")
        #expect(three.status == 200, "\(three.summary)")
        #expect(try Self.entries(three).map { $0["receptor"] as? String } == ["09121111111", "09122222222", "09123333333"])
        #expect(three.deliveries.map(\.message.recipient) == ["09121111111", "09122222222", "09123333333"])
        let ids = try Self.entries(three).compactMap { $0["messageid"] as? Int }
        #expect(Set(ids).count == 3 && !ids.contains(8792343), "\(ids)")
        // Each report quotes its message's id.
        for (delivery, id) in zip(three.deliveries, ids) {
            let form = String(decoding: try #require(delivery.request()?.httpBody), as: UTF8.self)
            #expect(form.contains("messageid=\(id)"), "\(form)")
        }
        let one = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=09121111111&message=hi")
        #expect(try Self.entries(one).map { $0["receptor"] as? String } == ["09121111111"])
        let lookup = Self.kavenegar(emulator, "POST", "verify/lookup.json", form: "receptor=09124444444&token=123&template=verify")
        #expect(try Self.entries(lookup).map { $0["receptor"] as? String } == ["09124444444"])
    }

    /// An answer per recipient echoes the request (Kavenegar's entries the message): 200 receptors of a 3 MiB text
    /// answered 629 MB, 20,000 of a 960 KB `sendarray` passed 4 GiB and took the sandbox down, 1 MiB of numbers held
    /// it 465 s (an attack). Past 10,000 recipients, or 64 MiB of recipients times what else the request holds, the
    /// sandbox says so (413) instead of building the answer; a bulk send within them is answered.
    @Test func aRequestWhoseAnswerWouldBeTooLargeIsRefusedBeforeItIsBuilt() throws {
        let emulator = try Self.emulator("kavenegar", credentials: [Self.kavenegarKey])
        let numbers = { (count: Int) in (0..<count).map { String(format: "0912%07d", $0) }.joined(separator: ",") }
        let long = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=\(numbers(200))&message=\(String(repeating: "a", count: 400_000))")
        #expect(long.status == 413 && String(decoding: long.body, as: UTF8.self).contains("send fewer at once"), "\(long.summary)")
        let many = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=\(numbers(10_001))&message=hi")
        #expect(many.status == 413, "\(many.summary)")
        let bulk = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=\(numbers(150))&message=hi")
        #expect(bulk.status == 200 && bulk.deliveries.count == 150, "\(bulk.summary)")
        // The spec's own rule first (Kavenegar's maxItems 200 is its code 414), and the numbers themselves are no echo:
        // 2,500 numbers of a short text were the sandbox's 413, counted as 2,500 times the whole request.
        let overSpec = Self.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=\(numbers(2_500))&message=hi")
        #expect(overSpec.status != 413 && overSpec.summary.contains("414"), "\(overSpec.status) \(overSpec.summary)")
        #expect(SandboxEmulator.tooLargeToAnswer(
            WireRequest(method: "POST", path: "/x", body: Data("to=\(numbers(2_000))&text=hi".utf8)), recipients: (0..<2_000).map { String(format: "0912%07d", $0) }) == nil)
    }

    /// Kavenegar's sendarray writes its receptors as a JSON list in one form value: each is a recipient, not the
    /// list's text cut at its commas (`["09121111111"`).
    @Test func aJSONListOfReceptorsIsItsReceptors() throws {
        let emulator = try Self.emulator("kavenegar", credentials: [Self.kavenegarKey])
        let form = "receptor=%5B%2209121111111%22%2C%2209122222222%22%5D&sender=%5B%2210004346%22%2C%2210004346%22%5D&message=%5B%22a%22%2C%22b%22%5D"
        let sent = Self.kavenegar(emulator, "POST", "sms/sendarray.json", form: form)
        #expect(sent.status == 200, "\(sent.summary)")
        #expect(sent.deliveries.map(\.message.recipient) == ["09121111111", "09122222222"])
        #expect(try Self.entries(sent).map { $0["receptor"] as? String } == ["09121111111", "09122222222"])
        // Each receptor's entry is its own sender and message, not the whole lists (an attack: a 20,000-receptor
        // request's entries each repeated both lists).
        let own = Self.kavenegar(emulator, "POST", "sms/sendarray.json", form: form.replacingOccurrences(of: "%2210004346%22%2C%2210004346%22", with: "%2210001111%22%2C%2220002222%22"))
        let entries = try Self.entries(own)
        #expect(entries.map { "\($0["sender"] ?? "none")" } == ["10001111", "20002222"] && entries.map { "\($0["message"] ?? "none")" } == ["a", "b"], "\(entries)")
    }

    /// A status look-up of `messageid=a,b` answers one entry per id asked, each quoting it: it answered one entry of a
    /// fresh id.
    @Test func kavenegarsStatusAnswersEachIDAsked() throws {
        let emulator = try Self.emulator("kavenegar", credentials: [Self.kavenegarKey])
        let two = Self.kavenegar(emulator, "GET", "sms/status.json", query: "messageid=8792343,8792344")
        #expect(two.status == 200, "\(two.summary)")
        #expect(try Self.entries(two).map { $0["messageid"] as? Int } == [8792343, 8792344], "\(String(decoding: two.body, as: UTF8.self))")
        #expect(two.deliveries.isEmpty)
        let one = Self.kavenegar(emulator, "GET", "sms/status.json", query: "messageid=42")
        #expect(try Self.entries(one).map { $0["messageid"] as? Int } == [42])
    }

    static let octopushLogin = "me@example.com", octopushKey = "octo-KEY-123"

    static func octopush(_ emulator: SandboxEmulator, key: String? = octopushKey, _ body: String) -> SandboxAnswer {
        let credentials = [("api-login", octopushLogin)] + (key.map { [("api-key", $0)] } ?? [])
        return emulator.answer(WireRequest(
            method: "POST", path: "/octopush/sms-campaign/send", headers: credentials + [("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    static let octopushCampaign = #"{"text": "Hi", "type": "sms_premium", "recipients": [{"phone_number": "+33600000001"}, {"phone_number": "+33600000002"}]}"#

    /// Octopush's `sms_ticket`, declared `role: messageID`, is fresh for each campaign and quoted by its reports'
    /// `message_id`: every send said the example's `sms_5fec89fe97109`, and reports a fresh id no send had. Its
    /// `number_of_contacts` counts the contacts: it said 1 of two.
    @Test func octopushsTicketIsEachCampaignsAndItsReportsQuoteIt() throws {
        let emulator = try Self.emulator("octopush", credentials: ["\(Self.octopushLogin):\(Self.octopushKey)"])
        let first = Self.octopush(emulator, Self.octopushCampaign), second = Self.octopush(emulator, Self.octopushCampaign)
        #expect(first.status == 200, "\(first.summary)")
        let (answer, other) = (try Self.object(first.body), try Self.object(second.body))
        let ticket = try #require(answer["sms_ticket"] as? String)
        #expect(ticket != "sms_5fec89fe97109" && ticket != other["sms_ticket"] as? String && ticket.hasPrefix("sms_"), "\(ticket)")
        #expect(answer["number_of_contacts"] as? Int == 2)
        #expect(first.deliveries.map(\.message.recipient) == ["+33600000001", "+33600000002"])
        for delivery in first.deliveries {
            let report = try Self.object(delivery.request()?.httpBody)
            #expect(report["message_id"] as? String == ticket, "\(report)")
            #expect(report["number"] as? String == delivery.message.recipient)
        }
    }

    /// A wrong Octopush key is 101 "Incorrect login details.", not 109 "You have not entered your password.": a
    /// login is a credential's word. One missing says so.
    @Test func aWrongOctopushKeyIsIncorrectLoginDetails() throws {
        let emulator = try Self.emulator("octopush", credentials: ["\(Self.octopushLogin):\(Self.octopushKey)"])
        let wrong = Self.octopush(emulator, key: "WRONG", Self.octopushCampaign)
        #expect(try Self.object(wrong.body)["code"] as? String == "101", "\(String(decoding: wrong.body, as: UTF8.self))")
        let missing = Self.octopush(emulator, key: nil, Self.octopushCampaign)
        #expect(["108", "109"].contains(try Self.object(missing.body)["code"] as? String), "\(String(decoding: missing.body, as: UTF8.self))")
    }

    /// Octopush's inbound message names its sender `number`, declared `role: sender`: it is the callback for inbound
    /// messages, its `number` the sender (not a recipient there), while its delivery report's `number` stays the
    /// recipient.
    @Test func octopushsInboundNumberIsItsSender() throws {
        let emulator = try Self.emulator("octopush")
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/_sandbox/inbound", query: "provider=octopush", headers: [("Content-Type", "application/json")],
            body: Data(#"{"from": "33612345678", "text": "Hello", "to": "+33700000000"}"#.utf8)))
        #expect(answer.status == 200, "\(String(decoding: answer.body, as: UTF8.self))")
        let pending = try #require(answer.inbound)
        #expect(pending.inbound.callback.spec.name.value == "InboundSMS")
        let payload = pending.inbound.payload(from: "33612345678", to: "+33700000000", text: "Hello", builder: pending.builder)
        #expect(payload[member: "number"] == .string("33612345678"))
        #expect(payload[member: "text"] == .string("Hello"))
    }

    /// Without the role, the refusal says what it looked for and what the inbound callback lacks: it said Octopush's
    /// spec had no callback for inbound messages.
    @Test func anUnreadInboundCallbackIsNamedInTheRefusal() throws {
        let spec = try String(contentsOfFile: UserSpecAnswerTests.spec("octopush"), encoding: .utf8)
            .replacingOccurrences(of: "number: {type: string, role: sender,", with: "number: {type: string,")
        let emulator = try SandboxEmulator.of(spec: spec, configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks"))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/_sandbox/inbound", query: "provider=octopush&from=33612345678&text=Hello", headers: [], body: Data()))
        let reason = String(decoding: answer.body, as: UTF8.self)
        #expect(answer.status == 400)
        #expect(!reason.contains("has no callback"), "\(reason)")
        #expect(reason.contains("InboundSMS has no sender field") && reason.contains("role: sender") && reason.contains("number"), "\(reason)")
    }

    static let smsfactorToken = "SMSFACTOR.jwt.TOKEN.456"

    /// SMSFactor's campaign names its recipients in `recipients.gsm[].value`, declared `role: recipient`: each owes a
    /// report, and `total` and `sent` count them; its `ticket`, declared `role: messageID`, is fresh and quoted by the
    /// reports' `campaign_id`. A send to three numbers owed no report, and said `total: 1`, `sent: 1`, and the
    /// example's ticket.
    @Test func smsfactorsCampaignReportsEachValue() throws {
        let emulator = try Self.emulator("smsfactor", credentials: [Self.smsfactorToken])
        let body = #"{"sms": {"message": {"text": "Hi", "pushtype": "alert"}, "recipients": {"gsm": [{"gsmsmsid": "100", "value": "33612345678"}, {"gsmsmsid": "101", "value": "33612345677"}, {"gsmsmsid": "102", "value": "33612345670"}]}}}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smsfactor/send", headers: [("Authorization", "Bearer \(Self.smsfactorToken)"), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let result = try Self.object(answer.body)
        #expect(result["total"] as? Int == 3 && result["sent"] as? Int == 3, "\(result)")
        let ticket = try #require(result["ticket"] as? String)
        #expect(ticket != "14672468")
        #expect(answer.deliveries.map(\.message.recipient) == ["33612345678", "33612345677", "33612345670"])
        for delivery in answer.deliveries {
            let report = try Self.object(delivery.request()?.httpBody)
            #expect(report["campaign_id"] as? String == ticket && report["destination"] as? String == delivery.message.recipient, "\(report)")
        }
    }

    /// SMS.to's looked-up message said a fresh UUID as its `sender_id` (Specs/smsto.yaml, from a user's spec): the field
    /// declares no role and is named as an id, but its send's `sender_id` declares `role: sender`. A field of a name a
    /// request declares a sender, recipient or text is that, not an id: left out of a look-up that names no sender.
    @Test func aFieldNamedAsARequestsSenderIsNoID() throws {
        let emulator = try Self.emulator("smsto")
        let provider = try #require(emulator.providers.first)
        let message = try #require(provider.shape("Message")?.fields.first { $0.spec.wireName.value == "sender_id" })
        #expect(!PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)).isIdentifier(message))
        let lookUp = emulator.answer(WireRequest(method: "GET", path: "/smsto/message/abc-123", headers: [("Authorization", "Bearer k")]))
        #expect(lookUp.status == 200, "\(lookUp.summary)")
        let body = try Self.object(lookUp.body)
        #expect(body["_id"] as? String == "abc-123" && body["sender_id"] == nil, "\(body)")
    }
}
