import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// What the sandbox reads off a spec given at run time: which requests send (and owe reports), which ids an answer
/// echoes, which values a request field takes.
@Suite struct SpecRoleTests {
    /// A spec of the main package's Tests/ThirdPartySpecs that the plugin does not generate here (Twilio's).
    static func thirdPartySpec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/ThirdPartySpecs/\(name).yaml").path
    }

    static let emulator = SandboxEmulator(
        providers: try! SandboxSpecs.load(
            bundled: [], specPaths: [
                thirdPartySpec("twilio"), UserSpecLoopbackTests.spec("twilio-conversations"), UserSpecLoopbackTests.spec("sinch"), thirdPartySpec("vonage"),
                thirdPartySpec("messagebird"), thirdPartySpec("clickatell"),
            ]),
        configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks", seed: 5))
    static let account = "AC" + String(repeating: "0", count: 32)
    static let basic = ("Authorization", "Basic " + Data("\(account):token".utf8).base64EncodedString())

    static func twilio(_ method: String, _ path: String, query: String = "", form: String = "") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: method, path: "/twilio/2010-04-01/Accounts/\(account)/\(path)", query: query,
            headers: [basic, ("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
    }

    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
    }

    /// A recipient of a megabyte (Twilio's `To` has no bound but `minLength: 1`) is cut in the report's log line, as a
    /// message quotes a value: it was printed whole.
    @Test func aHugeRecipientIsCutInTheReportsLine() throws {
        let recipient = String(repeating: "5", count: 1_000_000)
        let send = Self.twilio("POST", "Messages.json", form: "To=\(recipient)&From=%2B15550002222&Body=Hi")
        #expect(send.status == 201, "\(send.summary.prefix(200))")
        let summary = try #require(send.deliveries.first).summary
        #expect(summary == "StatusCallback for \(recipient.prefix(64))… (1000000 characters) (delivered)", "\(summary.prefix(200))")
    }

    /// A look-up filtered by recipient is no send: Twilio's listMessages `?To=…` (an optional field) was answered
    /// with a delivery report owed for a message never sent. A send's `To` is required, and owes one.
    @Test func aLookUpByRecipientOwesNoReport() throws {
        let list = Self.twilio("GET", "Messages.json", query: "To=%2B15551234567")
        #expect(list.status == 200, "\(list.summary)")
        #expect(list.deliveries.isEmpty, "\(list.deliveries.map(\.summary))")
        let send = Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi")
        #expect(send.status == 201, "\(send.summary)")
        #expect(send.deliveries.map(\.message.recipient) == ["+15551234567"])
    }

    /// 46elks' `whendelivered`, the send's only field its spec constrains to a URL, is where its report goes: its name
    /// says neither callback, webhook nor notify, and reports went to the sandbox's default URL.
    @Test func theRequestsOnlyURLFieldIsItsCallbackURL() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("fortysixelks")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/account"))
        let basic = "Basic " + Data("u:p".utf8).base64EncodedString()
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/fortysixelks/a1/sms", headers: [("Authorization", basic), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("from=ElkTest&to=%2B46700000000&message=Hi&whendelivered=http%3A%2F%2F127.0.0.1%3A9%2Felks".utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.map(\.url) == ["http://127.0.0.1:9/elks"])
    }

    /// MSG91's Flow sends to each item's `mobiles`: a plural no recipient name matched, so its sends were accepted and
    /// owed no report, and the log said nothing.
    @Test func eachItemsMobilesIsARecipient() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.thirdPartySpec("msg91")]), configuration: .init(callbackURL: "http://127.0.0.1:9/report"))
        let body = #"{"template_id": "t1", "recipients": [{"mobiles": "919812345678"}, {"mobiles": "919887654321"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/msg91/api/v5/flow/", headers: [("authkey", "k"), ("Content-Type", "application/json")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["919812345678", "919887654321"])
        let data = try #require(answer.deliveries.last?.request()?.httpBody)
        let reports = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let numbers = reports.flatMap { ($0["report"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String } }
        #expect(numbers == ["919887654321"], "\(String(decoding: data, as: UTF8.self))")
    }

    /// Recipients joined into one text by the field's `separator` (`to: '[string]', separator: ';'`) are sent a
    /// report each: they were split at `,` and `<` only, so `a;b` was one recipient owed one report.
    @Test func recipientsJoinedByTheFieldsSeparatorAreEachOwedAReport() throws {
        let send = try Self.joinedLoopSend()
        #expect(send.status == 200, "\(send.summary)")
        #expect(send.deliveries.map(\.message.recipient) == ["+15551234567", "+15557654321"])
    }

    /// An answer's list joined into one text is answered as one text, as the generated decoding reads it: it was a
    /// JSON list (`"numbers": []`, one `message_uuid` per recipient in a list), which that decoding refuses.
    @Test func anAnswersJoinedListIsOneText() throws {
        let answer = try Self.json(try Self.joinedLoopSend())
        #expect(answer["numbers"] as? String == "")
        let ids = try #require(answer["message_uuid"] as? String, "\(answer)")
        #expect(ids.split(separator: ",").count == 2, "\(ids)")
    }

    /// Loop's send (Specs/loop.yaml) with its recipients joined by `;` and its answer's lists joined by `,`, sent to
    /// two recipients.
    static func joinedLoopSend() throws -> SandboxAnswer {
        let loop = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/loop.yaml")
        var spec = try String(contentsOf: loop, encoding: .utf8)
        for (old, new) in [
            ("      to: {type: string, summary: The recipient.}\n      callback_url", "      to: {type: '[string]', separator: ';', summary: The recipients.}\n      callback_url"),
            ("      id: {type: string, summary: The message id.}\n  Receipt", "      id: {type: string, summary: The message id.}\n"
                + "      message_uuid: {type: '[string]', separator: ',', summary: One id per recipient.}\n"
                + "      numbers: {type: '[string]', separator: ',', summary: The numbers.}\n  Receipt"),
        ] {
            #expect(spec.contains(old))
            spec = spec.replacingOccurrences(of: old, with: new)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("joined-\(UUID().uuidString).yaml")
        try spec.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [file.path]), configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks", seed: 5))
        return emulator.answer(WireRequest(
            method: "POST", path: "/loop/send", headers: [("Content-Type", "application/json")],
            body: Data(#"{"key": "k", "to": "+15551234567;+15557654321"}"#.utf8)))
    }

    /// Twilio Conversations' send names no recipient (a conversation's participants receive it): no report is sent,
    /// and the log says so at start, where it said nothing.
    @Test func aProviderWhoseSendsNameNoRecipientSaysItSendsNoReports() throws {
        let conversation = Self.emulator.answer(WireRequest(
            method: "POST", path: "/twilio-conversations/Conversations/CH\(String(repeating: "a", count: 32))/Messages",
            headers: [Self.basic, ("Content-Type", "application/x-www-form-urlencoded")], body: Data("Author=me&Body=Hi".utf8)))
        #expect(conversation.status == 201, "\(conversation.summary)")
        #expect(conversation.deliveries.isEmpty)
        #expect(Self.emulator.notes.count == 1)
        let note = try #require(Self.emulator.notes.first)
        #expect(note.hasPrefix("twilio-conversations: no delivery reports (PostEvent) are sent: a report is per recipient"), "\(note)")
    }

    /// An id named alike but for case and `_` is echoed when its name says whose id it is: Twilio's answer gave a
    /// fresh `account_sid` and `messaging_service_sid`, not the request's `AccountSid` and `MessagingServiceSid`
    /// (Conversations' `conversation_sid` likewise). A bare `sid` is still the answer's own: the message's.
    @Test func anIdNamedAlikeIsEchoedWhenItsNameSaysWhose() throws {
        let service = "MG" + String(repeating: "1", count: 32)
        let send = try Self.json(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&Body=Hi&MessagingServiceSid=\(service)"))
        #expect(send["account_sid"] as? String == Self.account)
        #expect(send["messaging_service_sid"] as? String == service)
        #expect(send["sid"] as? String != Self.account)
        let conversation = "CH" + String(repeating: "b", count: 32)
        let message = try Self.json(Self.emulator.answer(WireRequest(
            method: "POST", path: "/twilio-conversations/Conversations/\(conversation)/Messages",
            headers: [Self.basic, ("Content-Type", "application/x-www-form-urlencoded")], body: Data("Body=Hi".utf8))))
        #expect(message["conversation_sid"] as? String == conversation)
    }

    /// A boolean a spec given at run time declares is read as the generated decoding reads one; an enum's value is
    /// any single value (an unlisted one is the generated enum's `unknown`, as Fortytwo documents its `code_type`).
    /// Both were never checked: `ProvideFeedback=maybe`, Sinch's `"flash_message": "yes"` or `"type": {}` were
    /// accepted sends.
    @Test func booleansAndEnumsOfARequestAreChecked() throws {
        #expect(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi&ProvideFeedback=maybe").status == 400)
        #expect(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi&ProvideFeedback=true").status == 201)
        #expect(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi&RiskCheck=disable").status == 201)
        func sinch(_ body: String) -> SandboxAnswer {
            Self.emulator.answer(WireRequest(
                method: "POST", path: "/sinch/xms/v1/plan/batches", headers: [("Authorization", "Bearer k"), ("Content-Type", "application/json")],
                body: Data(body.utf8)))
        }
        for refused in [#""flash_message":"yes""#, #""flash_message":1"#, #""type":{}"#, #""type":["mt_text"]"#] {
            let answer = sinch(#"{"to":["15551234567"],"body":"Hi",\#(refused)}"#)
            #expect(answer.status == 400, "\(refused): \(answer.summary)")
            #expect(answer.summary.contains("invalid request"), "\(answer.summary)")
        }
        for accepted in [#""flash_message":true"#, #""type":"mt_text""#, #""type":"mt_future""#] {
            #expect(sinch(#"{"to":["15551234567"],"body":"Hi",\#(accepted)}"#).status == 201, "\(accepted)")
        }
    }

    static func vonage(_ form: String) throws -> [String: Any] {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/vonage/sms/json", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
        return try #require(try Self.json(answer)["messages"] as? [[String: Any]]).first ?? [:]
    }

    /// An optional field of the answer that the request declares and left out is left out: Vonage answered the
    /// example's `client-ref` "my-personal-reference" to a send without one, and Twilio a fresh
    /// `messaging_service_sid` to a send without a service.
    @Test func whatTheRequestLeftOutTheAnswerLeavesOut() throws {
        let credentials = "api_key=k&api_secret=s&from=Acme&to=447700900000&text=Hi"
        let without = try Self.vonage(credentials)
        #expect(without["client-ref"] == nil && without["account-ref"] == nil, "\(without)")
        #expect(without["message-id"] is String)
        #expect(try Self.vonage(credentials + "&client-ref=order-7")["client-ref"] as? String == "order-7")
        let twilio = try Self.json(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi"))
        #expect(twilio["messaging_service_sid"] == nil, "\(twilio)")
        #expect(twilio["body"] as? String == "Hi")
    }

    /// A request's invalid-request code says what is wrong: Vonage answered a broken rule (`to` "0447") with 2
    /// "Missing Parameters"; it is 3 "Invalid Parameters", and a missing field still 2.
    @Test func vonagesInvalidRequestCodeSaysWhatIsWrong() throws {
        #expect(try Self.vonage("api_key=k&api_secret=s&from=Acme&to=0447&text=Hi")["status"] as? String == "3")
        #expect(try Self.vonage("api_key=k&api_secret=s&to=447700900000&text=Hi")["status"] as? String == "2")
    }

    /// A page of messages for a `To` lists one message to it, built from the spec's example of a message: it was
    /// built from nothing (`"api_version": ""`, `"direction": "inbound"`).
    @Test func aListWithoutExampleTakesItsElementsExamplePerRecipient() throws {
        let page = try Self.json(Self.twilio("GET", "Messages.json", query: "To=%2B15551234567"))
        let message = try #require((page["messages"] as? [[String: Any]])?.first)
        #expect(message["to"] as? String == "+15551234567")
        #expect(message["api_version"] as? String == "2010-04-01")
        #expect(message["direction"] as? String == "outbound-api")
    }

    /// MessageBird's `recipients` is a list of numbers: it was no recipient field, so its sends owed no report (the
    /// log said none are sent) and the answer listed the example's one recipient. Each number is answered and
    /// reported, at the request's `reportUrl`.
    @Test func aListOfNumberedRecipientsIsAnswered() throws {
        let answer = Self.emulator.answer(WireRequest(
            method: "POST", path: "/messagebird/messages", headers: [("Authorization", "AccessKey k"), ("Content-Type", "application/json")],
            body: Data(#"{"originator":"Acme","body":"Hi","recipients":[31612345678,31687654321],"reportUrl":"http://127.0.0.1:9/report"}"#.utf8)))
        #expect(answer.status == 201, "\(answer.summary)")
        let items = try #require((try Self.json(answer)["recipients"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.map { $0["recipient"] as? Int64 } == [31612345678, 31687654321])
        #expect(answer.deliveries.map(\.message.recipient) == ["31612345678", "31687654321"])
        #expect(answer.deliveries.allSatisfy { $0.url == "http://127.0.0.1:9/report" })
    }

    /// The body of the first report `answer` owes, or its query when it has none.
    static func report(_ answer: SandboxAnswer) throws -> String {
        let request = try #require(answer.deliveries.first?.request())
        guard let body = request.httpBody else { return try #require(request.url?.query) }
        return String(decoding: body, as: UTF8.self)
    }

    /// A report quotes no reference its send did not give: Clickatell's report of a send through its HTTP API (which
    /// takes no `clientMessageId`) quoted the example's `clientMessageId` "abc" and `requestId` "9a8b", and Twilio's
    /// the example's `SmsSid`, another message's.
    @Test func aReportQuotesNoReferenceItsSendDidNotGive() throws {
        let clickatell = Self.emulator.answer(WireRequest(
            method: "GET", path: "/clickatell/messages/http/send", query: "apiKey=k&to=27999000001&content=Hi", headers: [("Authorization", "k")]))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try Self.report(clickatell).utf8)) as? [String: Any])
        #expect(report["messageId"] is String)
        #expect(report["clientMessageId"] == nil && report["requestId"] == nil, "\(report)")
        let twilio = try Self.report(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi"))
        #expect(twilio.contains("MessageSid=") && !twilio.contains("SmsSid="), "\(twilio)")
    }

    /// Bandwidth's callback is a list of events: its shape holds the delivery table only through its element, so no
    /// callback was found and no report sent (nor did the log say so). Each recipient gets a list of one event, the
    /// example's kind for the outcome, with the failure's code.
    @Test(arguments: [false, true]) func aCallbackThatIsAListOfEventsIsSent(failing: Bool) throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.thirdPartySpec("bandwidth")]),
            configuration: .init(
                callbackURL: "http://127.0.0.1:9/callbacks", outcomes: OutcomePolicy(run: failing ? DeliveryOutcome(.failed(code: "4720")) : .delivered)))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/bandwidth/users/99/messages",
            headers: [("Authorization", "Basic " + Data("u:p".utf8).base64EncodedString()), ("Content-Type", "application/json")],
            body: Data(#"{"applicationId":"app-1","to":["+15551234567","+15557654321"],"from":"+15550000000","text":"Hi"}"#.utf8)))
        #expect(answer.status == 202, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["+15551234567", "+15557654321"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(try Self.report(answer).utf8)) as? [[String: Any]])
        #expect(events.count == 1)
        #expect(events.first?["to"] as? String == "+15551234567")
        #expect(events.first?["type"] as? String == (failing ? "message-failed" : "message-delivered"))
        #expect(events.first?["errorCode"] as? Int == (failing ? 4720 : nil))
        #expect((events.first?["message"] as? [String: Any])?["applicationId"] as? String == "app-1")
    }

    /// Infobip's recipients are in a list each message holds (`messages[].destinations[].to`), and each message names
    /// its own `notifyUrl`: its sends owed no report, and were answered with one result, the example's `to`. Each
    /// destination is answered and reported, at its message's URL, quoting its result's `messageId`.
    @Test func recipientsInAListAnItemHoldsAreAnsweredAndReported() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.thirdPartySpec("infobip")]), configuration: .init(callbackURL: "http://127.0.0.1:9/default"))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/infobip/sms/2/text/advanced", headers: [("Authorization", "App k"), ("Content-Type", "application/json")],
            body: Data(#"{"messages":[{"destinations":[{"to":"41793026727"},{"to":"41793026728"}],"text":"Hi","notifyUrl":"http://127.0.0.1:9/notify"}]}"#.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let results = try #require(try Self.json(answer)["messages"] as? [[String: Any]])
        #expect(results.map { $0["to"] as? String } == ["41793026727", "41793026728"])
        #expect(answer.deliveries.map(\.message.recipient) == ["41793026727", "41793026728"])
        #expect(answer.deliveries.allSatisfy { $0.url == "http://127.0.0.1:9/notify" })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try Self.report(answer).utf8)) as? [String: Any])
        let first = try #require((report["results"] as? [[String: Any]])?.first)
        #expect(first["messageId"] as? String == results.first?["messageId"] as? String)
        #expect(first["to"] as? String == "41793026727")
    }

    /// A broken rule with no code of its own is answered with a code that quotes its field where one does: Twilio's
    /// empty `To` was 21602 "Message body is required" (the first invalid-request code); it is 21211 "Invalid 'To'
    /// Phone Number".
    @Test func aBrokenRuleIsAnsweredWithTheCodeQuotingItsField() throws {
        let answer = Self.twilio("POST", "Messages.json", form: "To=&From=%2B15550002222&Body=Hi")
        #expect(answer.status == 400)
        #expect(try Self.json(answer)["code"] as? Int == 21211, "\(answer.summary)")
    }

    /// A refusal whose tables have no code but codes about other fields is answered without one: Twilio's send with a
    /// body and an `Attempt` that is no integer was 21602 "Message body is required", the first invalid-request code
    /// (its message saying the reason), a code about `Body`; every invalid-request code under 400 is about `Body` or
    /// `From`, so it is the generic 400, and the log says why.
    @Test func aRefusalNoCodeExplainsTakesNoneOfAnotherField() throws {
        let answer = Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi&Attempt=99999999999999999999")
        #expect(answer.status == 400)
        #expect(!answer.summary.contains("21602") && answer.summary.contains("invalid request: Attempt: "), "\(answer.summary)")
    }

    /// A fresh id keeps its example's capital prefix: Twilio's message `sid` (example `SMaaaa…`, 32 hex digits) was a
    /// UUID.
    @Test func aFreshIdKeepsItsExamplesPrefix() throws {
        let sid = try #require(try Self.json(Self.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi"))["sid"] as? String)
        #expect(sid.wholeMatch(of: /SM[0-9a-f]{32}/) != nil, "\(sid)")
        #expect(IdentifierSource(seed: 1).text(like: "AC00000000000000000000000000000000").count == 34)
    }

    /// An id-named number the example gives as 0 is kept: Infobip's error `groupId` (0, "OK") was a random number in
    /// every report and look-up.
    @Test func anIdNamedNumberTheExampleGivesAsZeroIsKept() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.thirdPartySpec("infobip")]), configuration: .init())
        let answer = emulator.answer(WireRequest(method: "GET", path: "/infobip/sms/1/reports", query: "messageId=abc", headers: [("Authorization", "App k")]))
        let result = try #require((try Self.json(answer)["results"] as? [[String: Any]])?.first)
        #expect((result["error"] as? [String: Any])?["groupId"] as? Int == 0, "\(result)")
        #expect(result["messageId"] as? String == "abc")
    }

    /// A recipient-named field the spec calls the sender is the request's sender: Vonage's receipt `to` ("The sender
    /// id the message was sent from") was the recipient; `msisdn` is.
    @Test func aFieldTheSpecCallsTheSenderIsTheSender() throws {
        let answer = Self.emulator.answer(WireRequest(
            method: "POST", path: "/vonage/sms/json", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("api_key=k&api_secret=s&from=Acme&to=447700900000&text=Hi".utf8)))
        let report = try Self.report(answer)
        #expect(report.contains("to=Acme") && report.contains("msisdn=447700900000"), "\(report)")
    }
}
