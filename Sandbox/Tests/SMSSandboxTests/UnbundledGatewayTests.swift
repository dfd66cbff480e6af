import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Specs of gateways we do not bundle, written by a user (Specs/smsru.yaml, …): answers and reports checked against
/// what those specs say.
@Suite(.timeLimit(.minutes(1)))
struct UnbundledGatewayTests {
    static func emulator(_ spec: String, callbackURL: String? = nil) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec(spec)]),
            configuration: .init(callbackURL: callbackURL, seed: 2))
    }

    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    /// SMS.ru's `sms` is keyed by the number sent to: a send is answered with one accepted entry per recipient, each
    /// with a fresh `sms_id`. It was the example's map, a refused entry (207) for a number never sent and none for
    /// the numbers sent, with the same id every time, so the spec's own client threw on a valid send.
    @Test func aMapKeyedByRecipientHasAnEntryPerRecipient() throws {
        let emulator = try Self.emulator("smsru")
        func send(_ to: String) throws -> [String: [String: Any]] {
            let answer = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/send", query: "api_id=KEY&to=\(to)&msg=hi&json=1"))
            #expect(answer.status == 200, "\(answer.summary)")
            let body = try Self.json(answer)
            #expect(body["status_code"] as? Int == 100)
            return try #require(body["sms"] as? [String: [String: Any]], "\(body)")
        }
        let one = try send("79261112233")
        #expect(Set(one.keys) == ["79261112233"])
        let entry = try #require(one["79261112233"])
        #expect(entry["status"] as? String == "OK" && entry["status_code"] as? Int == 100, "\(entry)")
        let id = try #require(entry["sms_id"] as? String)
        #expect(id != "000000-10000000")
        let two = try send("79261112233,79031234567")
        #expect(Set(two.keys) == ["79261112233", "79031234567"])
        #expect(two.values.allSatisfy { $0["status_code"] as? Int == 100 && $0["status_text"] == nil })
        let ids = two.values.compactMap { $0["sms_id"] as? String }
        #expect(Set(ids + [id]).count == 3, "\(ids)")
        // A refused send lists no results beside its code.
        let refused = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/send", query: "api_id=KEY&to=123&msg=hi&json=1"))
        let body = try Self.json(refused)
        #expect(body["status_code"] as? Int == 202 && body["sms"] == nil, "\(body)")
    }

    /// SMS.ru's status look-up answers `sms` keyed by the ids it asks for: it was the example's one id whatever was
    /// asked, so a client looking up the id its send got found nothing.
    @Test func aLookUpsMapKeyedByIDHasAnEntryPerID() throws {
        let emulator = try Self.emulator("smsru")
        for ids in [["201-7"], ["201-7", "201-8", "201-9"]] {
            let answer = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/status", query: "api_id=KEY&sms_id=\(ids.joined(separator: ","))&json=1"))
            #expect(answer.status == 200, "\(answer.summary)")
            let body = try Self.json(answer)
            let results = try #require(body["sms"] as? [String: [String: Any]], "\(body)")
            #expect(Set(results.keys) == Set(ids), "\(results)")
            #expect(results.values.allSatisfy { $0["status_code"] as? Int == 103 }, "\(results)")
        }
        // Bounded (a spec without SMS.ru's 100): 4 MiB of ids answered an entry for each.
        let spec = try String(contentsOfFile: UserSpecAnswerTests.spec("smsru"), encoding: .utf8)
        let unbounded = spec.replacingOccurrences(of: "name: smsIDs, constraints: {minItems: 1, maxItems: 100}", with: "name: smsIDs")
        #expect(unbounded != spec)
        let path = FileManager.default.temporaryDirectory.appending(path: "smsru-ids-\(UUID().uuidString).yaml").path
        try unbounded.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lenient = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 2))
        let many = (0..<5_000).map { "id\($0)" }.joined(separator: ",")
        let answer = lenient.answer(WireRequest(method: "GET", path: "/smsru/sms/status", query: "api_id=KEY&sms_id=\(many)&json=1"))
        let results = try #require(try Self.json(answer)["sms"] as? [String: Any], "\(answer.summary)")
        #expect(results.count == SandboxProvider.namedItems, "\(answer.summary)")
    }

    /// Each report of a send answered by a map keyed by recipient quotes its own recipient's id: the first entry's was
    /// every report's. SMS.ru's spec, its callback given a delivery status, the id and the number.
    @Test func eachReportQuotesItsRecipientsEntry() throws {
        let spec = try String(contentsOfFile: UserSpecAnswerTests.spec("smsru"), encoding: .utf8)
        let anchors = [
            ("      'data[0]': {type: string, name: firstEvent}", "      sms_id: string\n      phone: string\n      status_code: StatusCode"),
            ("'data%5B0%5D=sms_status%0A000000-10000000%0A103%0A1481868784'", "'sms_id=000000-10000000&phone=79255070602&status_code=103'"),
        ]
        var reporting = spec
        for (anchor, replacement) in anchors {
            #expect(spec.contains(anchor))
            reporting = reporting.replacingOccurrences(of: anchor, with: replacement)
        }
        let path = FileManager.default.temporaryDirectory.appending(path: "smsru-report-\(UUID().uuidString).yaml").path
        try reporting.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/report", seed: 2))
        let answer = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/send", query: "api_id=KEY&to=79261112233,79031234567&msg=hi&json=1"))
        let results = try #require(try Self.json(answer)["sms"] as? [String: [String: Any]])
        let reports = try answer.deliveries.map { delivery in
            let form = try FormDecoder.parse(try #require(delivery.request()?.httpBody))
            return Dictionary(uniqueKeysWithValues: form.map { ($0.name, $0.value) })
        }
        #expect(reports.map { $0["phone"] } == ["79261112233", "79031234567"])
        #expect(reports.map { $0["sms_id"] } == ["79261112233", "79031234567"].map { results[$0]?["sms_id"] as? String }, "\(reports) \(results)")
    }

    /// Kannel's refusals are sentences whose code is the HTTP status (`HTTPStatus`, a table no field carries) in the
    /// text answer that also carries `SendStatus`: they say that code's summary, as one whose shape carries no table
    /// does. Bad credentials and an invalid number were 403 and 400 with no body.
    @Test func aTextRefusalBesideAnotherTableSaysItsCode() throws {
        let emulator = try Self.emulator("kannel")
        func send(_ query: String) -> SandboxAnswer {
            emulator.answer(WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: query))
        }
        let accepted = send("username=u&password=p&to=%2B358401234567&text=Hi")
        #expect(accepted.status == 202 && String(decoding: accepted.body, as: UTF8.self) == "0: Accepted for delivery", "\(accepted.summary)")
        let unauthorized = send("username=u&to=%2B358401234567&text=Hi")
        #expect(unauthorized.status == 403, "\(unauthorized.summary)")
        #expect(unauthorized.contentType == "text/plain; charset=utf-8")
        #expect(String(decoding: unauthorized.body, as: UTF8.self) == "Authorization failed for sendsms")
        let invalid = send("username=u&password=p&to=12&text=Hi")
        #expect(invalid.status == 400, "\(invalid.summary)")
        #expect(String(decoding: invalid.body, as: UTF8.self).hasPrefix("The request is missing something or is refused"), "\(invalid.summary)")
    }

    static func d7(_ emulator: SandboxEmulator, _ body: String) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/d7networks/messages/v1/send", headers: [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
    }

    /// D7's 422, FastAPI's list of errors, says the real problem in its `msg` and where in its `loc`: a send whose
    /// second recipient breaks the pattern was the example, `field required` at `["body", "messages", 0, "recipients"]`.
    @Test func aValidationErrorSaysWhichFieldAndWhy() throws {
        let answer = Self.d7(try Self.emulator("d7networks"), #"{"messages": [{"recipients": ["+971501234567", "+97150"], "content": "Hi"}]}"#)
        #expect(answer.status == 422, "\(answer.summary)")
        let errors = try #require(try Self.json(answer)["detail"] as? [[String: Any]])
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect((error["loc"] as? [Any]).map { $0.map { "\($0)" } } == ["body", "messages", "0", "recipients", "1"], "\(error)")
        let words = try #require(error["msg"] as? String)
        #expect(words.contains("messages[0].recipients[1]") && words.contains("does not match"), "\(words)")
    }

    /// D7's reports go to the send's `message_globals.report_url`, a callback URL nested in an object of the request
    /// (and its one field constrained `url: true`): none was found, and the reports had no URL to go to.
    @Test func aNestedCallbackURLIsWhereReportsGo() throws {
        let answer = Self.d7(
            try Self.emulator("d7networks"),
            #"{"messages": [{"recipients": ["+971501234567"], "content": "Hi"}, {"recipients": ["+971509876543"], "content": "Hello"}], "message_globals": {"report_url": "http://127.0.0.1:9/d7"}}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["+971501234567", "+971509876543"])
        #expect(answer.deliveries.map(\.url) == ["http://127.0.0.1:9/d7", "http://127.0.0.1:9/d7"])
        let report = try SpecRoleTests.report(answer)
        #expect(report.contains(#""recipient":"+971501234567""#) && report.contains(#""status":"delivered""#), "\(report)")
    }

    /// SMS.ru's one callback has no delivery status (a form of raw event lines), so no report is ever sent: the log
    /// says so at start, where accepted sends owed none without a word.
    @Test func aCallbackWithoutDeliveryStatusIsNotedAtStart() throws {
        let emulator = try Self.emulator("smsru", callbackURL: "http://127.0.0.1:9/report")
        let answer = emulator.answer(WireRequest(method: "GET", path: "/smsru/sms/send", query: "api_id=KEY&to=79261112233&msg=hi&json=1"))
        #expect(answer.status == 200 && answer.deliveries.isEmpty, "\(answer.summary)")
        #expect(emulator.notes == [
            "smsru: no delivery reports are sent: no callback (StatusCallback) holds a delivery-status table (deliveryStatus: true) to say what became of a message"
        ])
        #expect(try Self.emulator("d7networks").notes.isEmpty)
    }

    /// Each recipient of a message is owed a report, as D7 posts one per recipient: of a message to two numbers only
    /// the first was reported.
    @Test func eachRecipientOfAnItemIsOwedAReport() throws {
        let answer = Self.d7(
            try Self.emulator("d7networks", callbackURL: "http://127.0.0.1:9/d7"),
            #"{"messages": [{"recipients": ["+971501234567", "+971509876543"], "content": "Hi"}, {"recipients": ["+971505550000"], "content": "Hello"}]}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.map(\.message.recipient) == ["+971501234567", "+971509876543", "+971505550000"])
        #expect(answer.deliveries.map { $0.message.item[member: "content"] } == [.string("Hi"), .string("Hi"), .string("Hello")])
    }

    /// Mocean's recipients are `mocean-to` (Swift name `to`, a `phone` rule) and its answer names each `receiver`:
    /// the sandbox knew recipients by a few exact names, so a send to two numbers was answered with the example's one
    /// element and number and owed no report. A field with a `phone` rule, or a Swift name of a recipient's, names one.
    @Test func aRecipientFieldIsKnownByItsPhoneRuleOrSwiftName() throws {
        let emulator = try Self.emulator("mocean", callbackURL: "http://127.0.0.1:9/dlr")
        let body = Data("mocean-api-key=KEY1&mocean-api-secret=SECRET1&mocean-from=Shop&mocean-to=60111111111,60122222222&mocean-text=Hi".utf8)
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/mocean/rest/2/sms", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body))
        #expect(answer.status == 200, "\(answer.summary)")
        let messages = try #require(try Self.json(answer)["messages"] as? [[String: Any]])
        #expect(messages.compactMap { $0["receiver"] as? String } == ["60111111111", "60122222222"], "\(messages)")
        #expect(Set(messages.compactMap { $0["msgid"] as? String }).count == 2, "\(messages)")
        #expect(answer.deliveries.count == 2, "\(answer.summary)")
    }
}
