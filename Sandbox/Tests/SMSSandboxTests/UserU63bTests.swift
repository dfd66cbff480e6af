import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u63 (M360, Jusibe, SMSLive247, Amazon Pinpoint SMS v2, Mailchimp
/// Transactional SMS, SMS Dev) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU63bTests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func post(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    static func get(_ emulator: SandboxEmulator, _ path: String, _ query: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: path, query: query, headers: [], body: Data()))
    }

    static func json(_ answer: SandboxAnswer) throws -> JSONValue {
        try #require(try? UserReportsFollowRequestTests.json(answer), "\(answer.status) \(answer.summary): \(text(answer))")
    }
}

extension UserU63bTests {
    /// A user's M360 broadcast of a bad `msisdn`, an empty `content` or a too-long `shortcode_mask` was answered 400
    /// with an empty body, though the operation documents `400: {shape: BroadcastAnswer, tables: [ResultCode]}` and
    /// the table's one 400 failure, `400 Bad Request` (a body that is no JSON got it). A refusal is the documented body.
    @Test(arguments: [
        #"{"username":"u","password":"p","msisdn":"12","content":"Hello"}"#,
        #"{"username":"u","password":"p","msisdn":"639178919829","content":""}"#,
        #"{"username":"u","password":"p","msisdn":"639178919829"}"#,
        #"{"username":"u","password":"p","msisdn":"639178919829","content":"Hi","shortcode_mask":"WAYTOOLONGSENDER"}"#,
    ])
    func aFieldRefusalIsTheDocumentedBody(_ body: String) throws {
        let answer = Self.post(try Self.emulator(["m360-u63b"]), "/m360/broadcast", body)
        #expect(answer.status == 400, "\(answer.summary)")
        let json = try Self.json(answer)
        #expect(json[member: "code"] == .number(400), "\(Self.text(answer))")
        #expect(json[member: "name"] == .string("Bad Request"), "\(Self.text(answer))")
    }

    /// Without `username`, it was an empty 401, no answer of the operation covering 401 but its `default`.
    @Test func aMissingCredentialIsTheDocumentedBody() throws {
        let answer = Self.post(try Self.emulator(["m360-u63b"]), "/m360/broadcast", #"{"password":"p","msisdn":"639178919829","content":"Hi"}"#)
        #expect(!answer.body.isEmpty, "\(answer.status) \(answer.summary)")
        let json = try Self.json(answer)
        #expect(json[member: "code"].flatMap(FormEncoder.text(of:)) == String(answer.status), "\(answer.status) \(Self.text(answer))")
    }
}

extension UserU63bTests {
    static let awsHeaders = [
        ("X-Amz-Target", "PinpointSMSVoiceV2.SendTextMessage"), ("X-Amz-Date", "20260101T000000Z"),
        ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/sms-voice/aws4_request, Signature=0"),
    ]

    /// A user's Pinpoint delivered message was reported `"eventType": "ALL"`, the first success of the event-type
    /// table (a matching filter), beside `"messageStatus": "DELIVERED"`; its table lists `TEXT_DELIVERED`, saying
    /// what `DELIVERED` says.
    @Test func aDeliveredEventIsOfTheDeliveredType() throws {
        let emulator = try Self.emulator(["pinpointsmsv2-u63b"])
        let sent = Self.post(emulator, "/pinpointsmsv2/", #"{"DestinationPhoneNumber":"+14255550156","MessageBody":"Hi"}"#, headers: Self.awsHeaders)
        #expect(sent.status == 200, "\(sent.summary) \(Self.text(sent))")
        let body = try #require(sent.deliveries.first?.request()?.httpBody, "\(sent.summary)")
        let event = try JSONPayload.decode(JSONValue.self, from: body)
        #expect(event[member: "messageStatus"] == .string("DELIVERED"), "\(event)")
        #expect(event[member: "eventType"] == .string("TEXT_DELIVERED"), "\(event)")
    }
}

extension UserU63bTests {
    /// A user's SMSLive247 `cmd=bogus`, at the path all its commands share (told apart by `cmd`, a default and a
    /// pattern of one value), went to the first, its login, and was refused as bad credentials: it names no operation,
    /// an invalid request saying so.
    @Test func aRequestNamingNoOperationIsNotTheFirst() throws {
        let emulator = try Self.emulator(["smslive247-u63b"])
        let bogus = Self.get(emulator, "/smslive247/http/index.aspx", "cmd=bogus&sessionid=abc")
        #expect(Self.text(bogus).hasPrefix("ERR: "), "\(bogus.status) \(bogus.summary) \(Self.text(bogus))")
        #expect(Self.text(bogus).contains("cmd: \"bogus\" names no operation"), "\(Self.text(bogus))")
        #expect(!bogus.summary.contains("bad credentials"), "\(bogus.summary)")
        let balance = Self.get(emulator, "/smslive247/http/index.aspx", "cmd=querybalance&sessionid=abc")
        #expect(balance.status == 200 && balance.summary.contains("queryBalance"), "\(balance.summary)")
    }

    /// A user's AWS request with no `X-Amz-Target` went to SendTextMessage, the header's default, and was sent, where
    /// AWS answers an error: every operation at `POST /` is told apart by it, and a request without it is invalid.
    @Test func aRequestWithoutItsActionHeaderNamesNoOperation() throws {
        let emulator = try Self.emulator(["pinpointsmsv2-u63b"])
        let headers = Self.awsHeaders.filter { $0.0 != "X-Amz-Target" }
        let answer = Self.post(emulator, "/pinpointsmsv2/", #"{"DestinationPhoneNumber":"+14255550156","MessageBody":"Hi"}"#, headers: headers)
        #expect(answer.status == 400, "\(answer.status) \(answer.summary) \(Self.text(answer))")
        #expect(try Self.json(answer)[member: "__type"] == .string("ValidationException"), "\(Self.text(answer))")
        #expect(Self.text(answer).contains("X-Amz-Target: is missing"), "\(Self.text(answer))")
        #expect(answer.deliveries.isEmpty)
    }
}

extension UserU63bTests {
    static let jusibeAuth = ("Authorization", "Basic " + Data("k:t".utf8).base64EncodedString())

    /// A user's Jusibe `bulk/status` of a bulk sent to two numbers said its example's totals, `"total_numbers": 3`,
    /// `"total_invalid_numbers": 1`, `"total_unique_numbers": 3`, `"total_valid_numbers": 2`: a look-up of the one id a
    /// send gave several recipients counts them, none of which it refused.
    @Test func aBulkLookUpCountsItsSendsRecipients() throws {
        let emulator = try Self.emulator(["jusibe-u63b"])
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/jusibe/bulk/send_sms", headers: [Self.jusibeAuth, ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("to=08031234567,08031234569&from=Shop&message=Hi".utf8)))
        let id = try #require(try Self.json(sent)[member: "bulk_message_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let status = emulator.answer(WireRequest(method: "GET", path: "/jusibe/bulk/status", query: "bulk_message_id=\(id)", headers: [Self.jusibeAuth]))
        let json = try Self.json(status)
        #expect(json[member: "total_numbers"] == .number(2), "\(Self.text(status))")
        #expect(json[member: "total_unique_numbers"] == .number(2), "\(Self.text(status))")
        #expect(json[member: "total_valid_numbers"] == .number(2), "\(Self.text(status))")
        #expect(json[member: "total_invalid_numbers"] == .number(0), "\(Self.text(status))")
    }
}

extension UserU63bTests {
    /// A user's SMSLive247 `sendmsg` to two numbers posted its batch report (`MessageID`, `TotalSent`, `TotalFailed`,
    /// `TotalCharged`, `Balance`, `Status`: no recipient) twice, once per number, each with its example's totals
    /// (`TotalSent=100`, `TotalFailed=3`): a report naming no recipient tells of the whole send, once, with its counts.
    @Test(arguments: ["delivered", "failed"])
    func aReportNamingNoRecipientIsPostedOncePerSend(_ outcome: String) throws {
        let emulator = try Self.emulator(["smslive247-u63b"], outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))))
        let sent = Self.get(emulator, "/smslive247/http/index.aspx", "cmd=sendmsg&sessionid=abc&message=Hi&sender=Shop&sendto=08020222222,08020222223")
        #expect(Self.text(sent).hasPrefix("OK: "), "\(sent.summary) \(Self.text(sent))")
        #expect(sent.deliveries.count == 1, "\(sent.deliveries.map(\.summary))")
        let url = try #require(sent.deliveries.first?.request()?.url, "\(sent.summary)")
        let query = Dictionary(uniqueKeysWithValues: (URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(query["TotalSent"] == (outcome == "delivered" ? "2" : "0"), "\(url)")
        #expect(query["TotalFailed"] == (outcome == "delivered" ? "0" : "2"), "\(url)")
        #expect(query["MessageID"] == Self.text(sent).dropFirst(4).trimmingCharacters(in: .whitespacesAndNewlines), "\(url) \(Self.text(sent))")
    }
}

extension UserU63bTests {
    /// A user's AWS send with `"DryRun": true`, "When set to true the message is checked and validated but isn't sent
    /// to the end recipient", was reported DELIVERED: its summary says nothing is sent, so it owes no report.
    @Test func aDryRunOwesNoReport() throws {
        let emulator = try Self.emulator(["pinpointsmsv2-u63b"])
        let dry = Self.post(emulator, "/pinpointsmsv2/", #"{"DestinationPhoneNumber":"+14255550156","MessageBody":"Hi","DryRun":true}"#, headers: Self.awsHeaders)
        #expect(dry.status == 200 && dry.deliveries.isEmpty, "\(dry.summary) \(dry.deliveries.count)")
        let sent = Self.post(emulator, "/pinpointsmsv2/", #"{"DestinationPhoneNumber":"+14255550156","MessageBody":"Hi","DryRun":false}"#, headers: Self.awsHeaders)
        #expect(sent.deliveries.count == 1, "\(sent.summary)")
    }
}

extension UserU63bTests {
    /// A user's EventBridge envelope (no example) said `"id"` the message's id, which its `detail.messageId` (`role:
    /// messageID`) says: the envelope's own id is its own, fresh; and `"region": ""`, named as the variable of the
    /// provider's base URL whose default is `us-east-1`.
    @Test func anEnvelopesOwnIDIsNotTheMessages() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("pinpointsmsv2-u63b")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", seed: 7, deliveryCallbacks: ["EventBridgeEvent"]))
        let sent = Self.post(emulator, "/pinpointsmsv2/", #"{"DestinationPhoneNumber":"+14255550156","MessageBody":"Hi"}"#, headers: Self.awsHeaders)
        let messageID = try #require(try Self.json(sent)[member: "MessageId"], "\(Self.text(sent))")
        let body = try #require(sent.deliveries.first?.request()?.httpBody, "\(sent.summary)")
        let event = try JSONPayload.decode(JSONValue.self, from: body)
        #expect(event[member: "detail"]?[member: "messageId"] == messageID, "\(event)")
        #expect(event[member: "id"] != messageID, "\(event)")
        #expect(event[member: "region"] == .string("us-east-1"), "\(event)")
    }
}

extension UserU63bTests {
    /// A user's SMSLive247 refusal for bad credentials was `ERR: : bad credentials`, an empty number where its text form
    /// `{status}: {code}: {description}` puts one, though its example of that refusal, `ERR: 401: Invalid Session`,
    /// gives it; an invalid request takes no example's number still.
    @Test func aCredentialRefusalInPlainTextKeepsItsExamplesNumber() throws {
        let emulator = try Self.emulator(["smslive247-u63b"])
        let refused = Self.get(emulator, "/smslive247/http/index.aspx", "cmd=querybalance")
        #expect(Self.text(refused).hasPrefix("ERR: 401: "), "\(refused.summary) \(Self.text(refused))")
        let invalid = Self.get(emulator, "/smslive247/http/index.aspx", "cmd=querymsgcharge&sessionid=abc")
        #expect(!Self.text(invalid).contains("401"), "\(Self.text(invalid))")
    }
}
