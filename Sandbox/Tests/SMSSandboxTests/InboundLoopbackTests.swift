import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import SMSProviderReceivers
import SMSProviders
import SMSSpecReceiver
import SMSSpecRuntime
import Testing
import ThirdPartyProviders

/// `POST /_sandbox/inbound` posts a message a phone sends to the provider's number, as the provider posts it: the
/// receiver generated from the same spec decodes it (and checks its signature), and the sandbox's answer says what
/// the receiver answered, against the acknowledgement the spec declares.
@Suite(.timeLimit(.minutes(1)))
struct InboundLoopbackTests {
    /// Posts `form` to the sandbox's inbound path: the status and the text answered.
    static func inbound(_ loopback: Loopback, _ form: String, method: String = "POST") async throws -> (status: Int, text: String) {
        var request = URLRequest(url: URL(string: loopback.sandboxURL + "/_sandbox/inbound")!, timeoutInterval: 10)
        request.httpMethod = method
        if method == "POST" {
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(form.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Bind's callback is one URL for receipts and messages, told apart by `type`: the message is its `MO` variant.
    @Test func bindPostsAnMOEvent() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let answer = try await Self.inbound(loopback, "from=385911111111&to=38599000&text=Hello%2C+%C5%A1ibenik%21")
            #expect(answer.status == 200)
            #expect(answer.text.hasPrefix("callback CallbackEvent from 385911111111 → POST \(loopback.callbackURL): 200"), "\(answer.text)")
            let callback = try #require(await loopback.inbox.next())
            guard case .inboundMessage(let message) = try Bind.Receivers.callbackEvent.decode(callback.head, body: callback.body) else {
                Issue.record("not an MO event: \(String(decoding: callback.body, as: UTF8.self))")
                return
            }
            #expect(message.text == "Hello, šibenik!")
            #expect(message.from == "385911111111")
            #expect(message.to == "38599000")
            // A fresh id, not the example's.
            #expect(message.messageID != "2d7114a6-bd45-4022-98ab-15d36cc2b9bd")
            #expect(!message.messageID.isEmpty)
        }
    }

    /// Twilio's incoming message: a signed form, answered with TwiML as the spec's acknowledgement declares.
    @Test func twilioPostsASignedIncomingMessage() async throws {
        let answerTwiML = AcknowledgementLoopbackTests.text(.ok, "text/xml", "<Response/>")
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("twilio")], signingSecret: SignedCallbackLoopbackTests.secret, receiverAnswer: answerTwiML) { loopback in
            let answer = try await Self.inbound(loopback, "from=%2B15550002222&to=%2B15550001111&text=Stop+it+%F0%9F%90%B1")
            #expect(answer.status == 200)
            #expect(answer.text.hasSuffix(": 200\n"), "\(answer.text)")
            let callback = try #require(await loopback.inbox.next())
            let base = String(loopback.callbackURL.dropLast("/callbacks".count))
            let message = try Twilio.Receivers.incomingMessage.verifying(with: SignedCallbackLoopbackTests.secret, publicBaseURL: base)
                .decode(callback.head, body: callback.body)
            #expect(message.body == "Stop it 🐱")
            #expect(message.from == "+15550002222")
            #expect(message.to == "+15550001111")
        }
    }

    /// Telnyx's one webhook carries its reports and its inbound messages, told apart by `event_type`: the message is a
    /// `message.received` event, its sender an object (`from: {phone_number}`), its number one of a list of them
    /// (`to: [{phone_number}]`), as Telnyx's receiver decodes it.
    @Test func telnyxPostsAMessageReceivedEvent() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("telnyx")]) { loopback in
            let answer = try await Self.inbound(loopback, "from=%2B15550002222&to=%2B15550001111&text=Hi+%F0%9F%90%B1")
            #expect(answer.status == 200 && answer.text.hasPrefix("callback Webhook from +15550002222 → POST"), "\(answer.text)")
            let callback = try #require(await loopback.inbox.next())
            let webhook = try Telnyx.Receivers.webhook.decode(callback.head, body: callback.body)
            #expect(webhook.data.eventType == .messageReceived)
            let message = webhook.data.payload
            #expect(message.direction == .inbound)
            #expect(message.from.phoneNumber == "+15550002222")
            #expect(message.to.map(\.phoneNumber) == ["+15550001111"])
            #expect(message.text == "Hi 🐱")
        }
    }

    /// A receiver that answers otherwise than the spec's acknowledgement is told so in the answer and the log.
    @Test func anotherAcknowledgementIsReported() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("twilio")]) { loopback in
            let answer = try await Self.inbound(loopback, "from=%2B15550002222&text=Hi")
            #expect(answer.status == 200)
            #expect(answer.text.contains("(unsigned: the spec signs it in X-Twilio-Signature; pass --signing-secret): 200; not the spec's acknowledgement"), "\(answer.text)")
            #expect(answer.text.hasSuffix(#"it has no Content-Type, its body is "OK"; the provider would take the callback as not received"# + "\n"), "\(answer.text)")
            #expect(await loopback.inbox.next() != nil)
        }
    }

    /// What cannot be posted is answered 400 (405 for another method) with the reason, and nothing is posted.
    @Test func aRequestThatCannotBeCarriedOutSaysWhy() async throws {
        try await Loopback.run(providers: ["bind", "oca"]) { loopback in
            let get = try await Self.inbound(loopback, "", method: "GET")
            #expect(get.status == 405 && get.text == "/_sandbox/inbound takes POST\n", "\(get)")
            let unnamed = try await Self.inbound(loopback, "from=1&text=a")
            #expect(unnamed.status == 400 && unnamed.text.hasPrefix("name the provider (provider=…): bind, oca"), "\(unnamed)")
            let none = try await Self.inbound(loopback, "provider=oca&from=1&text=a")
            #expect(none.status == 400 && none.text.hasPrefix("oca's spec has no callback for inbound messages"), "\(none)")
            let missing = try await Self.inbound(loopback, "provider=bind&from=1")
            #expect(missing.status == 400 && missing.text.hasPrefix("missing text"), "\(missing)")
            let twice = try await Self.inbound(loopback, "provider=bind&from=1&text=a&text=b")
            #expect(twice.status == 400 && twice.text.hasPrefix("text is given twice"), "\(twice)")
            let unknown = try await Self.inbound(loopback, "provider=acme&from=1&text=a")
            #expect(unknown.status == 400 && unknown.text.hasPrefix("no provider \"acme\" is emulated"), "\(unknown)")
            #expect(await loopback.inbox.count == 0)
        }
    }

    /// A receiver's redirect is its answer: the callback is not sent on to wherever `Location` points (here nothing
    /// listens, and the post failed there, logged as the receiver's failure).
    @Test func aRedirectIsTheReceiversAnswer() async throws {
        let redirect: @Sendable () -> Response = { Response(status: .temporaryRedirect, headers: [.location: "http://127.0.0.1:1/elsewhere"]) }
        try await Loopback.run(providers: ["bind"], receiverAnswer: redirect) { loopback in
            let answer = try await Self.inbound(loopback, "from=1&text=a")
            #expect(answer.status == 200 && answer.text.hasSuffix("/callbacks: 307\n"), "\(answer)")
            #expect(await loopback.inbox.count == 1)
        }
    }

    /// A receiver that sends its answer a byte at a time, each within the request's idle timeout, has the sandbox's
    /// deadline for it all: the inbound message is answered 502 then, where the post waited for as long as the
    /// receiver kept sending (hours, for a body of a kilobyte).
    @Test func aReceiverTricklingItsAnswerHasTheDeadline() async throws {
        let trickle: @Sendable () -> Response = {
            Response(status: .ok, headers: [.contentType: "text/xml"], body: ResponseBody { writer in
                for _ in 0..<60 {
                    try await writer.write(ByteBuffer(string: "<"))
                    try await Task.sleep(nanoseconds: 1_000_000_000)
                }
            })
        }
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("twilio")], callbackDeadline: 1, receiverAnswer: trickle) { loopback in
            let start = Date()
            let answer = try await Self.inbound(loopback, "from=1&text=a")
            #expect(answer.status == 502 && answer.text.hasSuffix("/callbacks: no answer within 1 s (the sandbox's deadline for a callback)\n"), "\(answer)")
            #expect(Date().timeIntervalSince(start) < 10)
        }
    }

    /// A sender of a megabyte is cut in the log and the answer, as a message quotes a value: it was printed whole, a
    /// line of a megabyte three times over.
    @Test func aHugeSenderIsCutInTheLog() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["bind"], log: { line in Task { await lines.add(line) } }) { loopback in
            let answer = try await Self.inbound(loopback, "from=\(String(repeating: "3", count: 1_000_000))&text=a")
            #expect(answer.status == 200 && answer.text.count < 300, "\(answer.text.prefix(300))")
            #expect(answer.text.contains("from " + String(repeating: "3", count: 64) + "… (1000000 characters) → POST"), "\(answer.text.prefix(300))")
            #expect(await loopback.inbox.next() != nil)
            _ = try await lines.first(within: 5) { $0.hasPrefix("callback CallbackEvent") }
            let logged = await lines.lines
            #expect(logged.allSatisfy { $0.count < 300 }, "\(logged.map { $0.prefix(200) })")
        }
    }

    /// Vonage's inbound message goes by GET, its payload in the query: a text that makes the URL longer than libcurl
    /// sends is said so, where the post failed with "Out of memory".
    @Test func aURLTooLongToSendIsSaidSo() async throws {
        try await Loopback.run(providers: [], specs: [SpecRoleTests.thirdPartySpec("vonage")]) { loopback in
            let answer = try await Self.inbound(loopback, "from=1&text=\(String(repeating: "x", count: 1_100_000))")
            #expect(answer.status == 502, "\(answer.text.prefix(300))")
            #expect(answer.text.hasPrefix("no callback: InboundMessage from 1: the URL http://127.0.0.1:"), "\(answer.text.prefix(300))")
            #expect(answer.text.contains(" bytes with its query; at most 1000000 are sent\n"), "\(answer.text.prefix(300))")
            #expect(await loopback.inbox.count == 0)
        }
    }

    /// A receiver that cannot be reached is answered 502, with why.
    @Test func anUnreachableReceiverIs502() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let answer = try await Self.inbound(loopback, "from=1&text=a&url=http%3A%2F%2F127.0.0.1%3A1%2Fmo")
            #expect(answer.status == 502, "\(answer)")
            #expect(answer.text.hasPrefix("callback CallbackEvent from 1 → http://127.0.0.1:1/mo: "), "\(answer.text)")
            let scheme = try await Self.inbound(loopback, "from=1&text=a&url=file%3A%2F%2F%2Fetc%2Fpasswd")
            #expect(scheme.status == 502 && scheme.text.contains("is not http or https"), "\(scheme)")
        }
    }

    /// The receiver's URL is anyone's to give: a long one is cut in the answer and the log (it was quoted whole, 500 KB
    /// on one line), and a blank one is quoted, so it shows.
    @Test func aLongOrBlankURLIsShownCutOrQuoted() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let long = try await Self.inbound(loopback, "from=1&text=a&url=http%3A%2F%2F127.0.0.1%3A1%2F\(String(repeating: "a", count: 500_000))")
            #expect(long.status == 502 && long.text.count < 1_000, "\(long.text.prefix(300))")
            #expect(long.text.contains("→ http://127.0.0.1:1/aaaa") && long.text.contains("… (500019 characters): "), "\(long.text.prefix(300))")
            let blank = try await Self.inbound(loopback, "from=1&text=a&url=%20")
            #expect(blank.status == 502 && blank.text.contains(#"the URL " " is not"#), "\(blank)")
        }
    }
}
