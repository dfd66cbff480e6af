import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' reports: answers and reports that the spec's own generated types refuse.
@Suite(.timeLimit(.minutes(1)))
struct CarriedIDTypeTests {
    static func emulator(_ spec: String, seed: UInt64 = 7) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec(spec)]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/cb", seed: seed))
    }

    static func query(_ delivery: PendingDelivery) throws -> [String: String] {
        let url = try #require(delivery.request()?.url)
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }) { first, _ in first }
    }

    /// A user's SMS Partner: the bulk answer's `messageId` is a text field with no example, the report's `msgId`
    /// an int64. Each message was answered a UUID, which every report quoted
    /// in `msgId`: the spec's own receiver refused them all. An id takes the type of every field that carries it.
    @Test func anIDAReportQuotesAsANumberIsDigits() throws {
        let emulator = try Self.emulator("smspartner-bulk-ids")
        let body = #"{"apiKey":"k","SMSList":[{"phoneNumber":"+33600000000","message":"a"},{"phoneNumber":"+33600000001","message":"b"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smspartner/bulk-send", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try ExampleValuesFollowRequestTests.json(answer)
        let answered = (json[member: "SMSResponses"]?.items ?? []).compactMap { $0[member: "messageId"].flatMap(FormEncoder.text(of:)) }
        #expect(answered.count == 2 && answered.allSatisfy { Int64($0) != nil }, "\(String(decoding: answer.body, as: UTF8.self))")
        let reported = try answer.deliveries.map { try Self.query($0)["msgId"] ?? "" }
        #expect(reported.count == 2 && reported.allSatisfy { Int64($0) != nil }, "\(reported)")
        #expect(Set(reported) == Set(answered), "\(reported) \(answered)")
    }
}

extension CarriedIDTypeTests {
    /// A user's Solapi: a look-up by message id answers a required map keyed by message id (`messageList`) that no
    /// example gives. It was answered `{}`, which the spec's own client refuses (the required field is missing):
    /// an entry for the id asked, built from its shape.
    @Test func aLookUpsMapKeyedByIDWithNoExampleHasTheAskedEntry() throws {
        let emulator = try Self.emulator("solapi-list-map")
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/solapi/messages/v4/list", query: "messageId=I1J41403270107303GYQSXJXGHUQABQ", headers: [("Authorization", "k")]))
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try ExampleValuesFollowRequestTests.json(answer)
        let entries = try #require(json[member: "messageList"]?.members, "\(String(decoding: answer.body, as: UTF8.self))")
        #expect(Array(entries.keys) == ["I1J41403270107303GYQSXJXGHUQABQ"])
        let entry = try #require(entries.values.first)
        #expect(entry[member: "messageId"] == .string("I1J41403270107303GYQSXJXGHUQABQ"), "\(entry)")
        #expect(entry[member: "statusCode"] != nil && entry[member: "to"] != nil, "\(entry)")
    }
}

extension CarriedIDTypeTests {
    /// A user's RingCentral: the batch's text `id` went into each report's int64 `body.id` as a UUID, and the report,
    /// written from the only example (an inbound event), said `direction: Inbound` of a message sent out.
    @Test func aBatchsReportsQuoteANumberAndSayOutbound() throws {
        let emulator = try Self.emulator("ringcentral-batch-report")
        let body = #"{"from":"+16505550199","text":"Hi","messages":[{"to":["+12125550123"]},{"to":["+12125550199"]}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/ringcentral/account/~/a2p-sms/batches",
            headers: [("Content-Type", "application/json"), ("Authorization", "Bearer t")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let id = try #require(try ExampleValuesFollowRequestTests.json(answer)[member: "id"].flatMap(FormEncoder.text(of:)))
        #expect(Int64(id) != nil, "\(id)")
        #expect(answer.deliveries.count == 2)
        for delivery in answer.deliveries {
            let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
            let quoted = try #require(report[member: "body"]?[member: "id"].flatMap(FormEncoder.text(of:)))
            #expect(Int64(quoted) != nil, "\(report)")
            #expect(report[member: "body"]?[member: "direction"] == .string("Outbound"), "\(report)")
        }
    }
}

extension CarriedIDTypeTests {
    /// A user's SMS Partner: the send answer's optional `message` (the words of a refusal), which its success example
    /// leaves out, was answered the text of the send *request*'s example, "This is your message".
    @Test func anOptionalWordsFieldTheExampleLeavesOutStaysOut() throws {
        let emulator = try Self.emulator("smspartner-bulk-ids")
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smspartner/send", headers: [("Content-Type", "application/json")],
            body: Data(#"{"apiKey":"k","phoneNumbers":"+33600000000","message":"hello"}"#.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try ExampleValuesFollowRequestTests.json(answer)
        #expect(json[member: "message"] == nil, "\(String(decoding: answer.body, as: UTF8.self))")
        #expect(json[member: "success"] == .bool(true))
    }
}

extension CarriedIDTypeTests {
    /// A user's Cellsynt: a send to two numbers answers `OK: id1,id2` (one tracking id per recipient, joined); each
    /// report quoted the whole joined list. Report n quotes the n-th id.
    @Test func eachReportQuotesItsOwnIDOfAJoinedList() throws {
        let emulator = try Self.emulator("cellsynt-joined-ids")
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/cellsynt/sms.php",
            query: "username=u&password=p&destination=0046700123123,0046700123124&originatortype=alpha&originator=Shop&text=Hello"))
        #expect(answer.status == 200, "\(answer.summary)")
        let line = String(decoding: answer.body, as: UTF8.self)
        let answered = line.hasPrefix("OK: ") ? line.dropFirst(4).split(separator: ",").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } : []
        #expect(answered.count == 2, "\(line)")
        let reports = try answer.deliveries.map(Self.query)
        #expect(reports.map { $0["destination"] ?? "" } == ["0046700123123", "0046700123124"])
        #expect(reports.map { $0["trackingid"] ?? "" } == answered, "\(reports) \(line)")
    }
}

extension CarriedIDTypeTests {
    /// A user's Inmobile: its inbound callback (`messages: [IncomingMessage]`), of which the spec gives no example,
    /// was posted as `{"messages":[]}`: no message, while the log said one was sent. One message, its text and sender.
    @Test func anInboundListWithNoExampleHoldsTheMessage() throws {
        let payload = try InboundAndRecipientTextTests.inbound("inmobile-numbers", from: "4512345678", text: "STOP")
        let messages = try #require(payload[member: "messages"]?.items, "\(payload)")
        #expect(messages.count == 1, "\(payload)")
        #expect(messages.first?[member: "text"] == .string("STOP"), "\(payload)")
        #expect(messages.first?[member: "from"]?[member: "phoneNumber"] == .string("4512345678"), "\(payload)")
    }

    /// A user's Inmobile report said `"phoneNumber": "4587654321"` (the recipient) beside `"rawMsisdn":
    /// "4512345678"` (the example's): one object naming two numbers. Fields that say one number say the one written.
    @Test func fieldsSayingOneNumberAgree() throws {
        let emulator = try Self.emulator("inmobile-numbers")
        let body = #"{"messages":[{"to":"4512345678","text":"Hello","from":"Shop"},{"to":"4587654321","text":"Hello","from":"Shop"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/inmobile/v4/sms/outgoing",
            headers: [("Content-Type", "application/json"), ("Authorization", "Basic eDprZXk=")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        var numbers: [[JSONValue?]] = []
        for delivery in answer.deliveries {
            let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
            let details = report[member: "reports"]?.items?.first?[member: "numberDetails"]
            numbers.append([details?[member: "phoneNumber"], details?[member: "rawMsisdn"]])
        }
        #expect(numbers == [[.string("4512345678"), .string("4512345678")], [.string("4587654321"), .string("4587654321")]], "\(numbers)")
    }
}

extension CarriedIDTypeTests {
    /// A user's Solapi: a group send answers only its group's id; the reports of its two messages both quoted it as
    /// their `messageId` (declaring `role: messageID`), so a receiver storing reports by message id merged them.
    @Test func twoMessagesReportsQuoteNoGroupsIDAsTheirOwn() throws {
        let emulator = try Self.emulator("solapi-list-map")
        let body = #"{"messages":[{"to":"01012345678","from":"029302266","text":"a"},{"to":"01098765432","from":"029302266","text":"b"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/solapi/messages/v4/send-many/detail",
            headers: [("Content-Type", "application/json"), ("Authorization", "k")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let group = try ExampleValuesFollowRequestTests.json(answer)[member: "groupInfo"]?[member: "groupId"]
        var quoted: [JSONValue?] = []
        for delivery in answer.deliveries {
            let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
            quoted.append(report.items?.first?[member: "messageId"])
        }
        #expect(quoted.count == 2 && Set(quoted.compactMap { $0 }).count == 2 && !quoted.contains(group), "\(quoted) \(String(describing: group))")
    }
}

extension CarriedIDTypeTests {
    /// A user's Kannel `dlr-url` with Kannel's escapes (`type=%d&to=%p`): each report field came twice, the URL's and
    /// the report's, and the report's values were encoded twice (`to=%252B…`). The report's fields replace the URL's
    /// of their names, each value encoded once.
    @Test func aCallbackURLsQueryNamingTheReportsFieldsIsNotRepeated() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("kannel")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/kannel", seed: 4))
        let dlr = "http://127.0.0.1:9/dlr?id=7&type=%d&reply=%A&to=%p&ts=%T"
        var query = URLComponents()
        query.queryItems = [
            .init(name: "username", value: "u"), .init(name: "password", value: "p"), .init(name: "to", value: "+4915112345678"),
            .init(name: "text", value: "Hello"), .init(name: "dlr-mask", value: "31"), .init(name: "dlr-url", value: dlr),
        ]
        let encoded = (query.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        let sent = emulator.answer(WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: encoded))
        #expect((200..<300).contains(sent.status), "\(sent.summary)")
        let delivery = try #require(sent.deliveries.first)
        let url = try #require(delivery.request()?.url)
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let names = items.map(\.name)
        #expect(names.count == Set(names).count, "\(url.absoluteString)")
        #expect(!url.absoluteString.contains("%25"), "\(url.absoluteString)")
        if let to = items.first(where: { $0.name == "to" })?.value { #expect(to == "+4915112345678", "\(url.absoluteString)") }
        #expect(CallbackRequest.query(of: "http://me/dlr?id=7&type=%d&x=%2F", without: ["type"]).prefix == "http://me/dlr?id=7&x=%2F")
    }

    /// An attack: a `dlr-url` whose query holds `|`, `é` or `%１２` (fullwidth digits, which `isHexDigit` took) still had
    /// every report value encoded twice; and the URL's own literal `id=7`, the application's reference Kannel sends as
    /// written, was replaced by an invented id.
    @Test func aCallbackURLsQueryIsEscapedOnceAndKeepsItsOwnLiterals() throws {
        let (prefix, kept) = CallbackRequest.query(of: "http://me/dlr?x=a|b&y=\u{E9}&z=%\u{FF11}\u{FF12}&id=7&type=%d&to=&w=%41", without: ["id", "type", "to"])
        #expect(prefix == "http://me/dlr?x=a%7Cb&y=%C3%A9&z=%25%EF%BC%91%EF%BC%92&id=7&w=%41" && kept == ["id"], "\(prefix) \(kept)")
        #expect(URL(string: prefix + "&type=1") != nil)
        #expect(CallbackRequest.query(of: "http://me/dlr", without: ["id"]).prefix == "http://me/dlr")
        // A URL the provider fills in nothing of: the callback's fields replace the URL's (a review: a plain `?id=order-17`
        // replaced the report's message id).
        let plain = CallbackRequest.query(of: "http://me/dlr?id=order-17&src=app", without: ["id", "to"])
        #expect(plain.prefix == "http://me/dlr?src=app" && plain.kept.isEmpty, "\(plain)")
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("kannel")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/kannel", seed: 4))
        var query = URLComponents()
        query.queryItems = [
            .init(name: "username", value: "u"), .init(name: "password", value: "p"), .init(name: "to", value: "+4915112345678"),
            .init(name: "text", value: "Hello"), .init(name: "dlr-mask", value: "31"), .init(name: "dlr-url", value: "http://127.0.0.1:9/dlr?x=a|b&id=7&type=%d&to=%p"),
        ]
        let encoded = (query.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        let sent = emulator.answer(WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: encoded))
        let delivery = try #require(sent.deliveries.first)
        let url = try #require(delivery.request()?.url)
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        #expect(items.filter { $0.name == "id" }.map(\.value) == ["7"], "\(url.absoluteString)")
        #expect(items.first { $0.name == "to" }?.value == "+4915112345678" && items.first { $0.name == "x" }?.value == "a|b", "\(url.absoluteString)")
        #expect(!url.absoluteString.contains("%25"), "\(url.absoluteString)")
    }
}

extension CarriedIDTypeTests {
    /// A user's Inmobile bulk of two messages (`messages: [{to, text, from, messageId?}]`) was answered one result
    /// (`results: [{messageId, numberDetails, text, …}]`, its recipient nested), the example's text, the caller's own
    /// `messageId` ignored, and both reports quoted its one id. One result per message, each report its own id.
    @Test func aBulkOfTwoMessagesIsAnsweredTwoResults() throws {
        let emulator = try Self.emulator("inmobile-numbers")
        let body = #"{"messages":[{"to":"4512345678","text":"Hello","from":"Shop"},{"to":"4587654321","text":"Hello","from":"Shop","messageId":"mine-1"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/inmobile/v4/sms/outgoing",
            headers: [("Content-Type", "application/json"), ("Authorization", "Basic eDprZXk=")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let results = try ExampleValuesFollowRequestTests.json(answer)[member: "results"]?.items ?? []
        #expect(results.count == 2, "\(String(decoding: answer.body, as: UTF8.self))")
        #expect(results.last?[member: "messageId"] == .string("mine-1"), "\(String(decoding: answer.body, as: UTF8.self))")
        var quoted: [JSONValue?] = []
        for delivery in answer.deliveries {
            let report = try JSONPayload.decode(JSONValue.self, from: try #require(delivery.request()?.httpBody))
            quoted.append(report[member: "reports"]?.items?.first?[member: "messageId"])
        }
        #expect(Set(quoted.compactMap { $0 }).count == 2, "\(quoted)")
    }
}

extension CarriedIDTypeTests {
    /// A user's Solapi: a send of `{"message": {"to": …}}` was answered `"to": "01000000000"`, the example's number,
    /// at the answer's top. The one number the send went to.
    @Test func aSendsAnswerNamesTheNumberSentToHoweverDeep() throws {
        let emulator = try Self.emulator("solapi-list-map")
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/solapi/messages/v4/send", headers: [("Content-Type", "application/json"), ("Authorization", "k")],
            body: Data(#"{"message":{"to":"01012345678","from":"029302266","text":"hi"}}"#.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(try ExampleValuesFollowRequestTests.json(answer)[member: "to"] == .string("01012345678"), "\(String(decoding: answer.body, as: UTF8.self))")
    }
}
