import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' reports of answers, reports and inbound messages that did not follow the request (a user's Ghasedak spec,
/// Specs/ghasedak-envelope.yaml, and others).
@Suite(.timeLimit(.minutes(1)))
struct UserReportsFollowRequestTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    /// The spec `name` with `old` replaced by `new`, written to a temporary file.
    static func edited(_ name: String, _ old: String, _ new: String) throws -> String {
        let text = try String(contentsOfFile: spec(name), encoding: .utf8)
        #expect(text.contains(old))
        let path = FileManager.default.temporaryDirectory.appending(path: "\(name)-\(UUID().uuidString).yaml").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func inbound(_ path: String, from: String, to: String?, text: String) throws -> JSONValue {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let inbound = try #require(InboundCallback(provider: provider))
        return inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
    }

    /// Ghasedak's inbound message has `sender` (`role: sender`) and `lineNumber`, the receiving line, which its sends
    /// declare `role: sender` (the account's line): the line said the sender's number; declared `role: recipient`,
    /// the sender's field said the line. A field declaring `role: sender` gets `from`, `role: recipient` `to`, and an
    /// undeclared field the sends call the sender is the account's line, `to` (the example's when none is given).
    @Test func inboundNumbersFollowTheirRoles() throws {
        let plain = try Self.inbound(Self.spec("ghasedak-envelope"), from: "09127654321", to: "30001111", text: "Salam")
        #expect(plain[member: "sender"] == .string("09127654321"))
        #expect(plain[member: "lineNumber"] == .string("30001111"))
        #expect(plain[member: "message"] == .string("Salam"))
        let example = try Self.inbound(Self.spec("ghasedak-envelope"), from: "09127654321", to: nil, text: "Salam")
        #expect(example[member: "sender"] == .string("09127654321"))
        #expect(example[member: "lineNumber"] == .string("30005088"))
        let declared = try Self.edited("ghasedak-envelope", "      lineNumber: string\n      message: {type: string, role: text}\n      messageId: {type: string, name: messageID}",
            "      lineNumber: {type: string, role: recipient}\n      message: {type: string, role: text}\n      messageId: {type: string, name: messageID}")
        let payload = try Self.inbound(declared, from: "09127654321", to: "30001111", text: "Salam")
        #expect(payload[member: "sender"] == .string("09127654321"))
        #expect(payload[member: "lineNumber"] == .string("30001111"))
    }

    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = nil) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 4))
    }

    static func json(_ answer: SandboxAnswer) throws -> JSONValue {
        try JSONPayload.decode(JSONValue.self, from: answer.body)
    }

    static func post(_ emulator: SandboxEmulator, _ path: String, json body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    /// A look-up's status in a list (Ghasedak's `Data[].status`, asked by `Ids` and a `Type` saying how to read them)
    /// or in nested objects (İleti Merkezi's `request.order.id`, answered an order's status and its messages') said
    /// delivered under `--outcome failed`: each delivery status it holds, at any depth, says the run's outcome.
    @Test func nestedLookUpStatusesSayTheOutcome() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try Self.emulator(["ghasedak-envelope", "iletimerkezi-report"], outcomes: failed)
        // Of a message sent (an id never answered is its table's -1 NotFound, `UserU54Tests`).
        let sent = Self.post(emulator, "/ghasedak/SendSingleSMS", json: #"{"lineNumber":"30005088","receptor":"09121234567","message":"hi"}"#, headers: [("ApiKey", "k")])
        let id = try #require(try Self.json(sent)[member: "Data"]?[member: "messageId"].flatMap(FormEncoder.text(of:)), "\(sent.summary)")
        let ghasedak = emulator.answer(WireRequest(method: "GET", path: "/ghasedak/CheckSmsStatus", query: "Ids=\(id)&Type=1", headers: [("ApiKey", "k")]))
        #expect(ghasedak.status == 200, "\(ghasedak.summary)")
        let item = try #require(try Self.json(ghasedak)[member: "Data"]?.items?.first, "\(String(decoding: ghasedak.body, as: UTF8.self))")
        #expect(item[member: "status"] == .number(2), "\(String(decoding: ghasedak.body, as: UTF8.self))")
        let unknown = emulator.answer(WireRequest(method: "GET", path: "/ghasedak/CheckSmsStatus", query: "Ids=1&Type=1", headers: [("ApiKey", "k")]))
        #expect(try Self.json(unknown)[member: "Data"]?.items?.first?[member: "status"] == .number(-1), "\(unknown.summary)")
        let report = Self.post(emulator, "/iletimerkezi/get-report/json", json: #"{"request":{"authentication":{"key":"a","hash":"b"},"order":{"id":"1"}}}"#)
        #expect(report.status == 200, "\(report.summary)")
        let order = try #require(try Self.json(report)[member: "response"]?[member: "order"], "\(String(decoding: report.body, as: UTF8.self))")
        #expect(order[member: "status"] == .string("115"), "\(String(decoding: report.body, as: UTF8.self))")
        let statuses = order[member: "message"]?.items?.map { $0[member: "status"] } ?? []
        #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == .string("112") }, "\(String(decoding: report.body, as: UTF8.self))")
    }

    /// Instasent posts inbound messages to its delivery-report webhook (`Dlr`, `message` declaring `role: text`): the
    /// message came without its text, and with the status `stop` ("An opt-out inbound message"), which would opt every
    /// sender out. A status saying inbound that is no opt-out is given, with the text in its field; with none, the
    /// sandbox says it cannot tell the message from a report.
    @Test func inboundTextIsWrittenAndNoOptOutIsGiven() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [Self.spec("instasent-webhook")]).first)
        #expect(InboundCallback(provider: provider).map(\.callback.spec.name.value) == nil)
        let stop = "      - {code: stop, summary: An opt-out inbound message., outcome: failure, category: recipientOptedOut, deliveryState: unknown, final: true}\n"
        let path = try Self.edited("instasent-webhook", stop,
            stop + "      - {code: inbound, summary: An inbound message., outcome: success, category: none, deliveryState: unknown, final: true}\n")
        let payload = try Self.inbound(path, from: "+34600000000", to: nil, text: "Hola, quiero info")
        #expect(payload[member: "message"] == .string("Hola, quiero info"), "\(payload)")
        #expect(payload[member: "from"] == .string("+34600000000"), "\(payload)")
        #expect(payload[member: "status"] == .string("inbound"), "\(payload)")
    }

    /// The form of each report `answer` owes.
    static func formReports(_ answer: SandboxAnswer) throws -> [[String: String]] {
        try answer.deliveries.map { delivery in
            let form = try FormDecoder.parse(try #require(delivery.request()?.httpBody))
            return Dictionary(form.map { ($0.name, $0.value) }) { first, _ in first }
        }
    }

    /// A user's SignalWire status callback, `MessageSid` declaring `role: messageID`, said the example's `SmsSid`, an
    /// id no answer gave: an optional id is left out, or, where its example is the message id's, is the id answered.
    @Test func everyIdOfTheMessageIsTheOneAnswered() throws {
        let send = "To=%2B15557654321&From=%2B15551234567&Body=Hello"
        func report(_ path: String) throws -> (sid: String, report: [String: String]) {
            let emulator = SandboxEmulator(
                providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/sw", seed: 4))
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/signalwire/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Messages.json",
                headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic cDp0")], body: Data(send.utf8)))
            #expect((200..<300).contains(answer.status), "\(answer.summary)")
            let sid = try #require(try Self.json(answer)[member: "sid"].flatMap(FormEncoder.text(of:)))
            return (sid, try #require(try Self.formReports(answer).first))
        }
        let (sid, plain) = try report(Self.spec("signalwire-status"))
        #expect(plain["MessageSid"] == sid)
        #expect(plain["SmsSid"] == nil, "\(plain)")
        let same = try Self.edited("signalwire-status", "SmsSid=c1c2c3c4-da60-4998-90ad-b792e98472ff", "SmsSid=b3877c40-da60-4998-90ad-b792e98472pm")
        let (sameSid, sameReport) = try report(same)
        #expect(sameReport["MessageSid"] == sameSid)
        #expect(sameReport["SmsSid"] == sameSid, "\(sameReport)")
    }

    /// A user's Instasent bulk answered each new message a random `clientId`, the caller's own reference it had not
    /// given, and the status `delivered`: a reference is echoed or left out, and a send's answer says its message
    /// accepted (queued).
    @Test func aSendAnswerInventsNoReferenceAndNoFinalState() throws {
        let emulator = try Self.emulator(["instasent-webhook"], callbackURL: "http://127.0.0.1:9/is")
        let bearer = [("Authorization", "Bearer tok_0123456789abcdef")]
        let bulk = Self.post(emulator, "/instasent/sms/bulk", json: #"[{"from":"Shop","to":"+34600000003","text":"a"}]"#, headers: bearer)
        #expect(bulk.status == 201, "\(bulk.summary)")
        let entity = try #require(try Self.json(bulk)[member: "entities"]?.items?.first, "\(String(decoding: bulk.body, as: UTF8.self))")
        #expect(entity[member: "clientId"] == nil || entity[member: "clientId"] == .null, "\(entity)")
        #expect(entity[member: "status"] == .string("enqueued"), "\(entity)")
        let given = Self.post(emulator, "/instasent/sms/bulk", json: #"[{"from":"Shop","to":"+34600000003","text":"a","clientId":"c1"}]"#, headers: bearer)
        #expect(try Self.json(given)[member: "entities"]?.items?.first?[member: "clientId"] == .string("c1"), "\(String(decoding: given.body, as: UTF8.self))")
    }

    /// A user's Ghasedak send answered its envelope's status text `Message` with the SMS's text `message`: words beside
    /// the answer's code say the code, as the example words them, and echo nothing of the request.
    @Test func wordsBesideACodeAreNoEcho() throws {
        let emulator = try Self.emulator(["ghasedak-envelope"])
        let key = [("ApiKey", "k")]
        let single = Self.post(emulator, "/ghasedak/SendSingleSMS", json: #"{"lineNumber":"30005088","receptor":"09121234567","message":"سلام"}"#, headers: key)
        #expect(single.status == 200, "\(single.summary)")
        let body = try Self.json(single)
        #expect(body[member: "Message"] == .string("با موفقیت انجام شد"), "\(body)")
        #expect(body[member: "Data"]?[member: "message"] == .string("سلام"), "\(body)")
        let bulk = Self.post(emulator, "/ghasedak/SendBulkSMS", json: #"{"lineNumber":"30005088","receptors":["09121234567"],"message":"hi"}"#, headers: key)
        #expect(bulk.status == 200, "\(bulk.summary)")
        #expect(try Self.json(bulk)[member: "Message"] == .string("با موفقیت انجام شد"), "\(String(decoding: bulk.body, as: UTF8.self))")
    }

    /// A user's Ghasedak status look-up of a message the sandbox had sent answered `"receptor": ""` (AllMySMS's the
    /// example's `336xxxxxxxx`): a look-up of an id a send was answered names the recipient it was sent to, in that
    /// recipient's outcome.
    @Test func aLookUpNamesTheRecipientSentTo() throws {
        let failing = OutcomePolicy(run: .delivered, byRecipient: ["09127654321": DeliveryOutcome(.failed(code: nil))])
        let emulator = try Self.emulator(["ghasedak-envelope"], outcomes: failing)
        let key = [("ApiKey", "k")]
        let send = Self.post(emulator, "/ghasedak/SendSingleSMS", json: #"{"lineNumber":"30005088","receptor":"09127654321","message":"hi"}"#, headers: key)
        let id = try #require(try Self.json(send)[member: "Data"]?[member: "messageId"].flatMap(FormEncoder.text(of:)), "\(String(decoding: send.body, as: UTF8.self))")
        let status = emulator.answer(WireRequest(method: "GET", path: "/ghasedak/CheckSmsStatus", query: "Ids=\(id)&Type=1", headers: key))
        let item = try #require(try Self.json(status)[member: "Data"]?.items?.first, "\(String(decoding: status.body, as: UTF8.self))")
        #expect(item[member: "receptor"] == .string("09127654321"), "\(item)")
        #expect(item[member: "status"] == .number(2), "\(item)")
    }

    /// A user's Ghasedak bulk send answered `{"IsSuccess":true,…}` without its optional `Data`, the messages' ids
    /// (no example gives that answer), where its single send gives its id: a send's success holds the object of the ids.
    @Test func aBulkSuccessGivesItsIds() throws {
        let emulator = try Self.emulator(["ghasedak-envelope"])
        let bulk = Self.post(emulator, "/ghasedak/SendBulkSMS", json: #"{"lineNumber":"30005088","receptors":["09121234567","09127654321"],"message":"hi"}"#, headers: [("ApiKey", "k")])
        #expect(bulk.status == 200, "\(bulk.summary)")
        let items = try Self.json(bulk)[member: "Data"]?[member: "items"]?.items ?? []
        #expect(items.compactMap { $0[member: "receptor"] } == [.string("09121234567"), .string("09127654321")], "\(String(decoding: bulk.body, as: UTF8.self))")
        #expect(items.allSatisfy { ($0[member: "messageId"].flatMap(FormEncoder.text(of:)) ?? "").isEmpty == false }, "\(items)")
    }
}
