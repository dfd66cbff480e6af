import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSpecCore
import SMSSpecRuntime

extension SandboxProvider {
    /// The shapes a callback may carry: its one shape, or each discriminated variant's with the discriminator's
    /// field and first value.
    func shapes(of callback: CallbackModel) -> [(shape: ShapeModel, discriminator: (field: String, value: String)?)] {
        var candidates: [(shape: ShapeModel, discriminator: (field: String, value: String)?)] = []
        if let name = callback.spec.shape?.value, let shape = shape(name) { candidates.append((shape, nil)) }
        if let field = callback.spec.discriminator?.field.value {
            for variant in callback.variants {
                if let shape = shape(variant.shape), let value = variant.values.first { candidates.append((shape, (field, value))) }
            }
        }
        return candidates
    }
}

/// The callback that carries the messages phones send to the provider's numbers (Bind's `MO` event, Twilio's
/// incoming message): of the callbacks that are not the delivery report, the first whose shape has, itself or in a
/// shape it holds, a text field named as a message's text and a field naming its sender; one named inbound or incoming
/// first. Our inference: the spec has no word for an inbound message.
struct InboundCallback: @unchecked Sendable {  // Immutable model values.
    let callback: CallbackModel
    let shape: ShapeModel
    let discriminator: (field: String, value: String)?

    /// Names of the field holding the message's text, lowercased.
    static let textNames: Set<String> = ["text", "body", "message", "content", "msg", "sms", "messagetext", "message_text", "text_message"]
    /// Names of the field holding the sender's number, lowercased: a sender's, or the subscriber's (Vonage's `msisdn`,
    /// MessageMedia's `source_number`).
    static let senderNames = PayloadBuilder.senderNames.union(["msisdn", "source_number", "sourcenumber", "from_number", "fromnumber", "sender_number"])
    /// Names of the field holding the number the message was sent to, the provider's (a recipient's names, but the
    /// sender's).
    static let numberNames = PayloadBuilder.recipientNames.subtracting(senderNames)

    /// The shapes of `shape`, itself or held at any depth (Infobip's `results: [InboundMessage]`), that carry a message.
    let messageShapes: [ShapeModel]

    init?(provider: SandboxProvider) {
        let report = DeliveryCallback(provider: provider)?.shape.swiftName
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        var found: [(CallbackModel, ShapeModel, (field: String, value: String)?)] = []
        var carriers: [String: [ShapeModel]] = [:]
        for callback in provider.model.callbacks {
            for (shape, discriminator) in provider.shapes(of: callback) where shape.swiftName != report {
                let held = builder.shapeNames(in: shape).sorted().compactMap { provider.shape($0) }.filter(Self.carriesMessages)
                guard !held.isEmpty else { continue }
                carriers[shape.swiftName] = held
                found.append((callback, shape, discriminator))
            }
        }
        let named = { (candidate: (CallbackModel, ShapeModel, (field: String, value: String)?)) in
            [candidate.0.spec.name.value, candidate.1.swiftName, candidate.2?.value ?? ""]
                .contains { name in ["inbound", "incoming"].contains { name.lowercased().contains($0) } || name == "MO" }
        }
        guard let (callback, shape, discriminator) = found.first(where: named) ?? found.first else { return nil }
        (self.callback, self.shape, self.discriminator) = (callback, shape, discriminator)
        messageShapes = carriers[shape.swiftName] ?? []
    }

    /// Whether `shape` has a text field named as a message's text and a text or number field naming its sender.
    static func carriesMessages(_ shape: ShapeModel) -> Bool {
        shape.fields.contains { $0.type == .string && textNames.contains($0.spec.wireName.value.lowercased()) }
            && shape.fields.contains { [.string, .int, .int64].contains($0.type) && senderNames.contains($0.spec.wireName.value.lowercased()) }
    }

    /// The callback's payload for a message `text` from `sender` to the provider's `number` (the example's when nil):
    /// built from the callback's example as a delivery report is, the three written into their fields, ids fresh.
    func payload(from sender: String, to number: String?, text: String, builder: PayloadBuilder) -> JSONValue {
        var scope: [String: JSONValue] = [:]
        for field in messageShapes.flatMap(\.fields) {
            let name = field.spec.wireName.value
            let lowercased = name.lowercased()
            if Self.textNames.contains(lowercased), field.type == .string {
                scope[name] = .string(text)
            } else if Self.senderNames.contains(lowercased) {
                scope[name] = .string(sender)
            } else if let number, Self.numberNames.contains(lowercased) {
                scope[name] = .string(number)
            }
        }
        let template = builder.template(
            for: shape, extraNames: [callback.spec.name.value, callback.swiftName], code: nil,
            matching: discriminator.map { discriminator in { $0[member: discriminator.field] == .string(discriminator.value) } })
        var payload = builder.build(shape, template: template, plan: PayloadPlan(scope: .object(scope)))
        if let discriminator, var members = payload.members {
            members[discriminator.field] = .string(discriminator.value)
            payload = .object(members)
        }
        return payload
    }
}

/// An inbound message the sandbox was asked to post (`POST /_sandbox/inbound`).
struct PendingInbound: Sendable {
    let url: String
    let inbound: InboundCallback
    let sender: String
    let number: String?
    let text: String
    let builder: PayloadBuilder
    let signingSecret: Secret?

    /// For the log: the callback and the sender.
    var summary: String { "\(inbound.callback.spec.name.value) from \(sender)" }

    /// Posts the message and says what happened, for the log and the answer; `answered` is false when no receiver
    /// answered (the URL not valid, not http or https, or not reached).
    func deliver() async -> (line: String, answered: Bool) {
        let loggedURL = DisplayText.redactingUserinfo(url)
        let payload = inbound.payload(from: sender, to: number, text: text, builder: builder)
        let poster = CallbackRequest(callback: inbound.callback, provider: builder.provider, signingSecret: signingSecret)
        guard let request = poster.request(payload, to: url) else { return ("callback \(summary): the URL \(loggedURL) is not valid", false) }
        guard CallbackRequest.isCallable(request) else { return ("no callback: \(summary): the URL \(loggedURL) is not http or https", false) }
        return await poster.post(request, what: summary, loggedURL: loggedURL)
    }
}

extension SandboxEmulator {
    /// The emulated providers whose specs have a callback for inbound messages, for the start banner.
    public var inboundProviders: [String] { providers.filter { InboundCallback(provider: $0) != nil }.map(\.id) }

    /// The path that asks the sandbox to post an inbound message: no provider's.
    static let inboundPath = ["_sandbox", "inbound"]

    /// The answer to `POST /_sandbox/inbound`: its fields, in the query, a form or a JSON object, are `from` and
    /// `text` (required), `to` (the provider's number; the example's when not given), `url` (the receiver; else
    /// `--callback-url`) and `provider` (needed when several are emulated). A request that cannot be carried out is
    /// answered 400 with the reason as text; the message is posted by the server (`SandboxAnswer.inbound`).
    func inboundAnswer(_ request: WireRequest) -> SandboxAnswer {
        func refused(_ status: Int, _ reason: String) -> SandboxAnswer {
            SandboxAnswer(
                status: status, body: Data((reason + "\n").utf8), summary: "inbound message not posted: \(reason)", deliveries: [],
                contentType: "text/plain; charset=utf-8")
        }
        guard request.method.uppercased() == "POST" else { return refused(405, "/_sandbox/inbound takes POST") }
        let fields: [String: String]
        do { fields = try Self.controlFields(of: request) } catch { return refused(400, error.reason) }
        let provider: SandboxProvider
        if let id = fields["provider"] {
            guard let named = providers.first(where: { $0.id == id }) else {
                return refused(400, "no provider \(DisplayText.quotedExcerpt(id)) is emulated: \(providers.map(\.id).joined(separator: ", "))")
            }
            provider = named
        } else {
            guard providers.count == 1, let only = providers.first else {
                return refused(400, "name the provider (provider=…): \(providers.map(\.id).joined(separator: ", ")) are emulated")
            }
            provider = only
        }
        guard let inbound = InboundCallback(provider: provider) else {
            return refused(400, "\(provider.id)'s spec has no callback for inbound messages (one with a text field such as `text` or `Body` and a sender field such as `from`)")
        }
        let missing = ["from", "text"].filter { fields[$0] == nil }
        guard missing.isEmpty, let sender = fields["from"], let text = fields["text"] else {
            return refused(400, "missing \(missing.joined(separator: " and ")): an inbound message needs from=… and text=…")
        }
        guard let url = fields["url"] ?? configuration.callbackURL else {
            return refused(400, "no receiver: url=… or --callback-url")
        }
        let pending = PendingInbound(
            url: url, inbound: inbound, sender: sender, number: fields["to"], text: text,
            builder: PayloadBuilder(provider: provider, ids: ids), signingSecret: configuration.signingSecret)
        var answer = SandboxAnswer(status: 200, body: Data(), summary: "inbound message: \(pending.summary)", deliveries: [])
        answer.inbound = pending
        return answer
    }

    /// The control request's fields: its query's, and its body's as a form or, for `application/json`, a JSON object
    /// of texts and numbers; a field given twice is refused, as is a body neither reads.
    private static func controlFields(of request: WireRequest) throws(SandboxProvider.UnreadableRequest) -> [String: String] {
        var pairs: [(name: String, value: String)]
        do { pairs = try request.parsedQueryFields() } catch { throw .init(reason: "the query is not a form") }
        if !request.body.isEmpty {
            if MediaType(request.header("Content-Type") ?? "")?.essence == "application/json" {
                guard let object = (try? JSONPayload.decode(JSONValue.self, from: request.body))?.members else {
                    throw .init(reason: "the body is not a JSON object")
                }
                for (name, value) in object.sorted(by: { $0.key < $1.key }) {
                    guard let text = FormEncoder.text(of: value) else { throw .init(reason: "\(name) is not a text or a number") }
                    pairs.append((name, text))
                }
            } else {
                do { pairs += try FormDecoder.parse(request.body) } catch { throw .init(reason: "the body is not a form") }
            }
        }
        var fields: [String: String] = [:]
        for (name, value) in pairs {
            guard fields.updateValue(value, forKey: name) == nil else { throw .init(reason: "\(name) is given twice") }
        }
        return fields
    }
}
