import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Which callback carries a provider's inbound messages, and where the message's sender, text and number go in it.
@Suite struct InboundPayloadTests {
    static func payload(_ spec: String, from: String = "+15550002222", to: String? = "+15550001111", text: String = "Hi 🐱") throws -> (InboundCallback, JSONValue) {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec(spec)]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(spec): no inbound callback found")
        return (inbound, inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1))))
    }

    /// Vonage's inbound message names its sender `msisdn`; its delivery receipt is not taken for it.
    @Test func vonageSenderIsMSISDN() throws {
        let (inbound, payload) = try Self.payload("vonage")
        #expect(inbound.callback.spec.name.value.hasPrefix("InboundMessage"))
        #expect(payload[member: "msisdn"] == .string("+15550002222"))
        #expect(payload[member: "to"] == .string("+15550001111"))
        #expect(payload[member: "text"] == .string("Hi 🐱"))
    }

    /// MessageMedia's sender is `source_number`, its number `destination_number`, the text `content`.
    @Test func messageMediaSourceNumber() throws {
        let (inbound, payload) = try Self.payload("messagemedia")
        #expect(inbound.callback.spec.name.value == "InboundMessage")
        #expect(payload[member: "source_number"] == .string("+15550002222"))
        #expect(payload[member: "destination_number"] == .string("+15550001111"))
        #expect(payload[member: "content"] == .string("Hi 🐱"))
    }

    /// Infobip posts a list of messages (`results`): the message is an element of it.
    @Test func infobipMessageIsInTheResultsList() throws {
        let (inbound, payload) = try Self.payload("infobip")
        #expect(inbound.callback.spec.name.value == "InboundMessages")
        let message = try #require(payload[member: "results"]?.items?.first)
        #expect(message[member: "from"] == .string("+15550002222"))
        #expect(message[member: "text"] == .string("Hi 🐱"))
    }

    /// Telnyx's sender is an object (`from: {phone_number, carrier}`), its number one of a list of them; its webhook is
    /// its delivery report too, the message its `message.received` event, inbound.
    @Test func telnyxSenderAndNumberAreHeldInObjects() throws {
        let (inbound, payload) = try Self.payload("telnyx")
        #expect(inbound.callback.spec.name.value == "Webhook")
        let event = try #require(payload[member: "data"])
        #expect(event[member: "event_type"] == .string("message.received"))
        let message = try #require(event[member: "payload"])
        #expect(message[member: "from"]?[member: "phone_number"] == .string("+15550002222"))
        #expect(message[member: "to"]?.items?.compactMap { $0[member: "phone_number"] } == [.string("+15550001111")])
        #expect(message[member: "text"] == .string("Hi 🐱"))
        #expect(message[member: "direction"] == .string("inbound"))
    }

    /// BulkGate's confirmations carry its inbound messages, told apart by their status: the message is status 10,
    /// `incoming`.
    @Test func bulkGateMessageIsAnIncomingConfirmation() throws {
        let (inbound, confirmation) = try Self.payload("bulkgate")
        #expect(inbound.callback.spec.name.value == "Confirmation")
        #expect(confirmation[member: "status"] == .string("10"))
        #expect(confirmation[member: "from"] == .string("+15550002222"))
        #expect(confirmation[member: "text"] == .string("Hi 🐱"))
    }

    /// Termii's delivery report carries its inbound messages too: status `Received`, "An inbound message was received".
    @Test func termiiMessageIsAReportReceived() throws {
        let (inbound, payload) = try Self.payload("termii")
        #expect(inbound.callback.spec.name.value == "DeliveryReport")
        #expect(payload[member: "status"] == .string("Received"))
        #expect(payload[member: "sender"] == .string("+15550002222"))
        #expect(payload[member: "receiver"] == .string("+15550001111"))
        #expect(payload[member: "message"] == .string("Hi 🐱"))
    }

    /// Without `to`, the number is the example's.
    @Test func withoutToTheExamplesNumberStays() throws {
        let (_, payload) = try Self.payload("vonage", to: nil)
        #expect(payload[member: "to"] != nil && payload[member: "to"] != .string("+15550001111"))
    }

    /// The answer to an inbound message asked of `provider`, the sandbox emulating the spec at `path`.
    static func inboundAnswer(specPath path: String) throws -> SandboxAnswer {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/mo"))
        return emulator.answer(WireRequest(
            method: "POST", path: "/_sandbox/inbound", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data("from=1&text=a".utf8)))
    }

    /// The answer to a control request to post an inbound message through Bind.
    static func inboundAnswer(_ contentType: String, _ body: String) throws -> SandboxAnswer {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["bind"], specPaths: []), configuration: .init(callbackURL: "http://127.0.0.1:9/mo"))
        return emulator.answer(WireRequest(method: "POST", path: "/_sandbox/inbound", headers: [("Content-Type", contentType)], body: Data(body.utf8)))
    }

    /// A control request the decoders refuse says why, as an operation's refusal does: it said "the body is not a form"
    /// or "not a JSON object" of a text with 40 combining marks in a row and of a key given twice, and refused a form
    /// in the ISO-8859-1 it declares, which it read as UTF-8.
    @Test func anUnreadableControlRequestSaysWhy() throws {
        let form = "application/x-www-form-urlencoded"
        let marks = "e" + String(repeating: "\u{301}", count: 40)
        let longRun = try Self.inboundAnswer(form, FormEncoder.encode([("from", "1"), ("text", marks)]))
        let reason = String(decoding: longRun.body, as: UTF8.self)
        #expect(longRun.status == 400 && reason.hasPrefix(#"the body is not a form: at `text`: The value of field "text" has more than 30 combining marks in a row"#), "\(reason)")
        let twice = try Self.inboundAnswer("application/json", #"{"from": "1", "text": "a", "from": "2"}"#)
        let twiceReason = String(decoding: twice.body, as: UTF8.self)
        #expect(twice.status == 400 && twiceReason.hasPrefix("the body is not JSON this operation reads: "), "\(twiceReason)")
        #expect(twiceReason.contains(#"The key "from" appears twice in one object"#), "\(twiceReason)")
        let latin1 = try Self.inboundAnswer(form + "; charset=ISO-8859-1", "from=1&text=Caf%E9")
        #expect(latin1.status == 200 && latin1.inbound?.text == "Café", "\(latin1.summary)")
    }

    /// A JSON control request holds texts and numbers: a boolean is neither, and `"text": true` was posted as the
    /// text "1". A number is its value's text (`0.1e2` is "10").
    @Test func aBooleanIsNoTextOfAnInboundMessage() throws {
        let boolean = try Self.inboundAnswer("application/json", #"{"from": 0.1e2, "text": true}"#)
        #expect(boolean.status == 400 && String(decoding: boolean.body, as: UTF8.self) == "text is not a text or a number\n", "\(boolean.summary)")
        #expect(boolean.inbound == nil)
        let number = try Self.inboundAnswer("application/json", #"{"from": 0.1e2, "text": "STOP"}"#)
        #expect(number.inbound?.sender == "10", "\(number.summary)")
    }

    /// Routee's delivery report has a sender and a text, and a `direction` that can say `Inbound`, but requires a
    /// delivery status none of which says inbound: a receiver could not tell a message from a report, and the answer
    /// says so.
    @Test func aReportWithNoInboundStatusIsRefusedSayingWhy() throws {
        let answer = try Self.inboundAnswer(specPath: SpecRoleTests.thirdPartySpec("routee"))
        #expect(answer.status == 400)
        #expect(String(decoding: answer.body, as: UTF8.self).hasPrefix(
            "routee's callback DeliveryReport carries messages, but reads as its delivery report, and has no case saying inbound"))
        #expect(answer.inbound == nil)
    }

    /// Bandwidth's callback is a list of events, its delivery report too: the message is one event, `message-received`
    /// ("An inbound message"), whose message is inbound (`in`) and lists the number it was sent to.
    @Test func bandwidthMessageIsAReceivedEventOfTheList() throws {
        let (inbound, payload) = try Self.payload("bandwidth")
        #expect(inbound.callback.spec.name.value == "Events")
        let events = try #require(payload.items)
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event[member: "type"] == .string("message-received"))
        #expect(event[member: "to"] == .string("+15550001111"))
        #expect(event[member: "errorCode"] == nil)
        let message = try #require(event[member: "message"])
        #expect(message[member: "from"] == .string("+15550002222"))
        #expect(message[member: "to"] == .array([.string("+15550001111")]))
        #expect(message[member: "text"] == .string("Hi 🐱"))
        #expect(message[member: "direction"] == .string("in"))
    }

    /// A list of events that is the delivery report too, with no case saying inbound to write (Bandwidth's, its event
    /// `message-received` and its direction `in: Inbound` taken out), is no callback for inbound messages: the answer
    /// says why.
    @Test func aListOfEventsWithNoInboundCaseIsRefusedSayingWhy() throws {
        let spec = try String(contentsOfFile: SpecRoleTests.thirdPartySpec("bandwidth"), encoding: .utf8)
        let cases = ["      message-received: An inbound message\n": "", "{in: Inbound, out: Outbound}": "{in: In, out: Out}"]
        #expect(cases.keys.allSatisfy(spec.contains))
        let path = FileManager.default.temporaryDirectory.appending(path: "bandwidth-\(UUID().uuidString).yaml").path
        try cases.reduce(spec) { $0.replacingOccurrences(of: $1.key, with: $1.value) }.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let answer = try Self.inboundAnswer(specPath: path)
        #expect(answer.status == 400)
        #expect(String(decoding: answer.body, as: UTF8.self).hasPrefix(
            "bandwidth's callback Events carries messages, but reads as its delivery report, and has no case saying inbound"), "\(answer.summary)")
    }
}
