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

    /// The shapes a callback may carry (`shapes(of:)`), and where its shape is a list of a discriminated union (a user's
    /// Verimor push, `PushBatch: {items: PushItem}`, `type: outbound` a report, `inbound` a message), each variant's,
    /// with the discriminator's field and first value, `listed`: a payload of it is a list of one such element.
    func inboundShapes(of callback: CallbackModel) -> [(shape: ShapeModel, discriminator: (field: String, value: String)?, listed: Bool)] {
        var found = shapes(of: callback).map { ($0.shape, $0.discriminator, false) }
        guard let name = callback.spec.shape?.value, case .union(let reference)? = shape(name)?.listElement,
            let discriminated = union(reference)?.discriminated
        else { return found }
        for variant in discriminated.variants {
            if let held = shape(variant.shape), let value = variant.values.first { found.append((held, (discriminated.field, value), true)) }
        }
        return found
    }
}

/// The callback that carries the messages phones send to the provider's numbers (Bind's `MO` event, Twilio's
/// incoming message): of the callbacks that read as no delivery report, the first whose shape has, itself or in a
/// shape it holds, a text field named as a message's text and a field naming its sender (its number, or an object
/// holding it: Telnyx's `from.phone_number`); one named inbound or incoming first. Else one that reads as a delivery
/// report (its shape is the report's, or holds it), where the sandbox can write a case saying
/// inbound, of an enum it holds (Telnyx's `event_type` `message.received`, Bandwidth's list of events
/// `message-received`) or of its status table (BulkGate's status 10, `incoming`), and every status it requires has
/// one: else a receiver could not tell the message from a report. A field declaring its `role:` (`text`, `sender`,
/// `recipient` for the number sent to) is read as it says, before its name. Our inference: the spec has no word for
/// an inbound message.
struct InboundCallback: @unchecked Sendable {  // Immutable model values.
    let callback: CallbackModel
    let shape: ShapeModel
    let discriminator: (field: String, value: String)?
    /// The payload is a list of one element of `shape` (`SandboxProvider.inboundShapes`).
    let listed: Bool
    /// The code the message carries of each delivery-status table its shape holds that has an entry saying inbound.
    let codes: [String: StatusEntry]

    /// Names of the field holding the message's text, lowercased.
    static let textNames: Set<String> = FieldRole.inferredNames[.text] ?? []
    /// Names of the field holding the sender's number, lowercased: a sender's, or the subscriber's (Vonage's `msisdn`,
    /// MessageMedia's `source_number`).
    static let senderNames = PayloadBuilder.senderNames.union(["msisdn", "source_number", "sourcenumber", "from_number", "fromnumber", "sender_number"])
    /// Names of the field holding the number the message was sent to, the provider's (a recipient's names, and
    /// Termii's `receiver`, but the sender's), and the counterparts of the sender's names above (our rule: a user's EZ
    /// Texting inbound message, read from `fromNumber`, said the example's `toNumber`, not the number it was sent to).
    static let numberNames = PayloadBuilder.recipientNames.union([
        "receiver", "destination_number", "destinationnumber", "to_number", "tonumber", "recipient_number", "receiver_number",
    ]).subtracting(senderNames)

    /// What of a message `field` holds: its text (`textNames`), its sender (`senderNames`) or the number it was sent
    /// to (`numberNames`, `recipient`), as it declares or else as it is named; nil for none of them.
    static func part(of field: FieldModel) -> FieldRole? {
        [(FieldRole.text, textNames), (.sender, senderNames), (.recipient, numberNames)].first { field.plays($0.0, orIsNamed: $0.1.contains) }?.0
    }

    /// The shapes of `shape`, itself or held at any depth (Infobip's `results: [InboundMessage]`), that carry a message.
    let messageShapes: [ShapeModel]

    init?(provider: SandboxProvider) {
        let found = Self.candidates(in: provider)
        let named = { (candidate: Candidate) in
            [candidate.callback.spec.name.value, candidate.shape.swiftName, candidate.discriminator?.value ?? ""]
                .contains { name in ["inbound", "incoming"].contains { name.lowercased().contains($0) } || name == "MO" }
        }
        let others = found.filter { !$0.readsAsReport }
        guard let chosen = others.first(where: named) ?? others.first ?? found.first(where: \.saysInbound) else { return nil }
        (callback, shape, discriminator, listed) = (chosen.callback, chosen.shape, chosen.discriminator, chosen.listed)
        (messageShapes, codes) = (chosen.carriers, chosen.codes)
    }

    /// A callback shape that carries messages.
    private struct Candidate {
        let callback: CallbackModel
        let shape: ShapeModel
        let discriminator: (field: String, value: String)?
        let listed: Bool
        let carriers: [ShapeModel]
        /// It is the delivery report's shape, or holds it (BulkGate's list of confirmations).
        let readsAsReport: Bool
        /// A case saying inbound can be written, and every delivery status it requires has one.
        let saysInbound: Bool
        let codes: [String: StatusEntry]
    }

    private static func candidates(in provider: SandboxProvider) -> [Candidate] {
        let report = DeliveryCallback(provider: provider)?.shape.swiftName
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        let deliveryTables = provider.model.tables.filter(\.spec.isDeliveryStatus).compactMap { provider.table($0.swiftName) }
        var found: [Candidate] = []
        for callback in provider.model.callbacks {
            for (shape, discriminator, listed) in provider.inboundShapes(of: callback) {
                let held = builder.shapeNames(in: shape).sorted().compactMap { provider.shape($0) }
                let carriers = held.filter { carriesMessages($0, in: provider) }
                guard !carriers.isEmpty else { continue }
                let statuses = deliveryTables.filter { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }
                let codes = Dictionary(uniqueKeysWithValues: statuses.compactMap { table in
                    // Not an opt-out (a user's Instasent `stop`, "An opt-out inbound message"): a receiver honouring it
                    // would unsubscribe every sender of an ordinary message (our rule).
                    sayingInbound(table.entries.filter { $0.category != .recipientOptedOut }, value: \.name, words: \.description,
                        settled: { $0.isFinal == true }).map { (table.id, $0) }
                })
                let enumSaysInbound = held.contains { $0.fields.contains { field in
                    if case .enumeration(let name) = field.type { provider.enumeration(name).flatMap(inboundCase(of:)) != nil } else { false }
                } }
                let requiredAreInbound = statuses.allSatisfy { codes[$0.id] != nil || !requiresCode(of: $0.id, shape, in: provider) }
                found.append(Candidate(
                    callback: callback, shape: shape, discriminator: discriminator, listed: listed, carriers: carriers,
                    readsAsReport: report.map { report in held.contains { $0.swiftName == report } } ?? false,
                    saysInbound: (enumSaysInbound || !codes.isEmpty) && requiredAreInbound, codes: codes))
            }
        }
        return found
    }

    /// Whether every payload of `shape` carries a code of `table`: a required field of it holds one, itself or in a
    /// required object (in each element, for a list shape).
    private static func requiresCode(of table: String, _ shape: ShapeModel, in provider: SandboxProvider, visited: Set<String> = []) -> Bool {
        let types = shape.listElement.map { [$0] } ?? shape.fields.filter(\.spec.required).map(\.type)
        return types.contains { type in
            switch type {
            case .table(let name): name.swiftName == table
            case .shape(let name):
                !visited.contains(name.swiftName)
                    && provider.shape(name).map { requiresCode(of: table, $0, in: provider, visited: visited.union([shape.swiftName])) } == true
            default: false
            }
        }
    }

    /// Why `provider` has no callback for inbound messages, for the 400 answered: what was looked for, and what each
    /// callback lacks. It said Octopush's spec had no callback for inbound messages, of one whose sender is `number`.
    static func absence(in provider: SandboxProvider) -> String {
        if let report = candidates(in: provider).first {
            return "\(provider.id)'s callback \(report.callback.spec.name.value) carries messages, but reads as its delivery report, and has "
                + "no case saying inbound (`inbound`, `incoming`, in an enum or its status table) for every "
                + "status it requires: a receiver could not tell the message from a report"
        }
        let wanted = "a callback whose shape has a text field (named \(textNames.sorted().joined(separator: ", ")), or declaring `role: text`) "
            + "and a sender field (named \(senderNames.sorted().joined(separator: ", ")), or declaring `role: sender`)"
        // Each shape once, a discriminated variant by its name and values, with what it lacks, its objects' fields read
        // too: a user's SimpleTexting `WebhookReport` was named three times as having "no text or sender field", its
        // variants' top-level fields listed, where `MessageReport`'s `values` had a text and only the sender was missing.
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        let read = provider.model.callbacks.flatMap { callback in
            let shapes = provider.inboundShapes(of: callback)
            var seen: [String] = []
            return shapes.compactMap { shape, discriminator, listed -> String? in
                guard !seen.contains(shape.swiftName) else { return nil }
                seen.append(shape.swiftName)
                let values = listed ? [discriminator?.value ?? ""] : callback.variants.filter { provider.shape($0.shape)?.swiftName == shape.swiftName }.flatMap(\.values)
                let name = discriminator.map { "\(callback.spec.name.value)'s \(shape.swiftName) (\($0.field) \(values.joined(separator: ", ")))" }
                    ?? callback.spec.name.value
                let held = [shape] + builder.shapeNames(in: shape).sorted().compactMap(provider.shape).filter { $0.swiftName != shape.swiftName }
                let texts = held.filter(hasText).map(\.swiftName), senders = held.filter { $0.fields.contains(where: isSender) }.map(\.swiftName)
                let where_ = { (names: [String]) in names == [shape.swiftName] ? "" : " (in \(names.joined(separator: ", ")))" }
                let lacks = switch (texts.isEmpty, senders.isEmpty) {
                case (true, true): "has no text or sender field"
                case (true, false): "has no text field" + (where_(senders).isEmpty ? "" : ", its sender field\(where_(senders))")
                case (false, true): "has no sender field" + (where_(texts).isEmpty ? "" : ", its text field\(where_(texts))")
                case (false, false): "has a text field\(where_(texts)) and a sender field\(where_(senders)), but not in one object, or its sender holds no number"
                }
                let fields = held.filter { !$0.fields.isEmpty }.map { held in
                    (held.swiftName == shape.swiftName ? "it has " : "\(held.swiftName) has ") + held.fields.map(\.spec.wireName.value).joined(separator: ", ")
                }
                return "\(name) \(lacks) (\(fields.joined(separator: "; ")))"
            }
        }
        guard !read.isEmpty else { return "\(provider.id)'s spec has no callback for inbound messages: it has no callbacks, and one would be \(wanted)" }
        return "none of \(provider.id)'s callbacks reads as one for inbound messages, \(wanted): " + read.joined(separator: "; ")
    }

    /// Whether `shape` has a text field named as a message's text, itself or in an object it holds (Beem's
    /// `message: {text: …}` beside its `from`, which was refused), and a field naming its sender: a text or a number,
    /// or an object holding one (Telnyx's `from: {phone_number: …}`).
    static func carriesMessages(_ shape: ShapeModel, in provider: SandboxProvider) -> Bool {
        (hasText(shape) || !textShapes(in: shape, provider: provider).isEmpty)
            && shape.fields.contains { field in
                guard isSender(field) else { return false }
                if case .shape(let name) = field.type { return provider.shape(name).flatMap(numberField(of:)) != nil }
                return [.string, .int, .int64].contains(field.type)
            }
    }

    /// Whether `field` names a message's sender, declared so or named as one.
    private static func isSender(_ field: FieldModel) -> Bool { part(of: field) == .sender }

    /// Whether `shape` has a text field of a message's text, declared so or named as one.
    private static func hasText(_ shape: ShapeModel) -> Bool {
        shape.fields.contains { $0.type == .string && part(of: $0) == .text }
    }

    /// The objects `shape` holds (not in lists, which are other messages) that have a text field named as a message's
    /// text: Beem's `message: {text: …}`.
    static func textShapes(in shape: ShapeModel, provider: SandboxProvider) -> [ShapeModel] {
        shape.fields.compactMap { field in
            guard case .shape(let reference) = field.type, let held = provider.shape(reference), held.swiftName != shape.swiftName, hasText(held)
            else { return nil }
            return held
        }
    }

    /// The text field of an object holding a number (Telnyx's `phone_number`): the first named as a recipient is, or
    /// declaring `role: recipient`.
    static func numberField(of shape: ShapeModel) -> FieldModel? {
        shape.fields.first { $0.type == .string && $0.plays(.recipient, orIsNamed: PayloadBuilder.recipientNames.contains) }
    }

    /// The case of `model` saying a message is inbound (`direction: inbound`, Bandwidth's `message-received: An
    /// inbound message`).
    static func inboundCase(of model: EnumModel) -> String? {
        sayingInbound(model.cases, value: \.value, words: \.summary)?.value
    }

    /// Of `choices` (an enum's cases, a table's entries), the one that says inbound or incoming: by its value, else by
    /// its words (Twilio's direction `inbound`, not `outbound-reply`, "Sent in reply to an inbound message"); nil when
    /// none or several do.
    /// Of several, the one that is `settled` (a final state) where only one is (our rule): a user's SignalWire
    /// `receiving` ("…processing an inbound message") and `received` ("The inbound message has been received…") both
    /// said inbound, so neither was chosen and its inbound message said `SmsStatus=delivered`; it is `received`.
    private static func sayingInbound<Choice>(
        _ choices: [Choice], value: @escaping (Choice) -> String, words: @escaping (Choice) -> String?, settled: ((Choice) -> Bool)? = nil
    ) -> Choice? {
        let says = { (text: String) in ["inbound", "incoming"].contains { text.lowercased().contains($0) } }
        for read in [value, { words($0) ?? "" }] {
            let saying = choices.filter { says(read($0)) }
            if saying.count == 1 { return saying[0] }
            if let settled, case let final = saying.filter(settled), final.count == 1 { return final[0] }
            if !saying.isEmpty { return nil }
        }
        return nil
    }

    /// The callback's payload for a message `text` from `sender` to the provider's `number` (the example's when nil):
    /// built from the callback's example as a delivery report is, the three written into their fields, ids fresh.
    func payload(from sender: String, to number: String?, text: String, builder: PayloadBuilder) -> JSONValue {
        var scope: [String: JSONValue] = [:]
        let textShapes = messageShapes.flatMap { Self.textShapes(in: $0, provider: builder.provider) }
        for field in (messageShapes + textShapes).flatMap(\.fields) {
            let name = field.spec.wireName.value
            switch Self.part(of: field) {
            case .text? where field.type == .string: scope[name] = .string(text)
            case .sender?: scope[name] = .string(sender)
            case .recipient?: if let number { scope[name] = .string(number) }
            default: break
            }
        }
        let matches = { (value: JSONValue) in self.discriminator.map { value[member: $0.field] == .string($0.value) } ?? true }
        // An element of the callback's examples, lists, for a listed variant.
        let template = listed
            ? builder.provider.examples(of: [callback.spec.name.value, callback.swiftName]).flatMap { $0.items ?? [] }.first(where: matches)
                ?? builder.template(for: shape, code: nil)
            : builder.template(
                for: shape, extraNames: [callback.spec.name.value, callback.swiftName], code: nil,
                matching: discriminator.map { _ in matches })
        var plan = PayloadPlan(codes: codes, scope: .object(scope))
        // An optional text, number or flag the request does not give is left out, not copied from the example: a user's
        // FireText message "Hello there" came with the example's `keyword=STOP`, which opts the sender out. So is an
        // optional list of texts: a user's SimpleTexting plain SMS came with the example's `mediaItems`.
        plan.unsent = Set(builder.shapeNames(in: shape).compactMap(builder.provider.shape).flatMap(\.fields).filter { field in
            let name = field.spec.wireName.value
            // And an optional id its summary says is empty when not known (a user's Mobile Message `original_message_id`,
            // "(empty if unknown)", said a fresh id no send was answered; our rule).
            return (!field.spec.required || field.type == .array(.string) && field.defaultValue != nil) && scope[name] == nil
                && (!builder.isIdentifier(field) || !field.spec.required && Self.saysEmptyWhenUnknown(field))
                && ([.string, .int, .int64, .double, .decimal, .bool, .array(.string)].contains(field.type) || Self.isDate(field.type))
                && Self.part(of: field) == nil
        }.map { PayloadBuilder.plain($0.spec.wireName.value) })
        var payload = seeded(builder.build(shape, template: template, plan: plan), of: shape, builder: builder, plan: plan)
        if let discriminator, var members = payload.members {
            members[discriminator.field] = .string(discriminator.value)
            payload = .object(members)
        }
        let placed = placing(sender, number, text, in: payload, of: shape, example: template, provider: builder.provider)
        let message = Self.sameIDs(in: Self.hexOfText(in: placed, example: template, text: text, shape: shape), of: shape, provider: builder.provider)
        return listed ? .array([message]) : message
    }

    /// Whether a field's summary says it is empty when not known (`empty if unknown`, `empty if not provided`).
    static func saysEmptyWhenUnknown(_ field: FieldModel) -> Bool {
        let summary = (field.spec.summary ?? "").lowercased()
        return ["empty if unknown", "empty when unknown", "empty if not known", "empty if not provided", "empty if none"].contains { summary.contains($0) }
    }

    /// `payload` with each id field the provider's examples always give the same value as an id field before it (of
    /// any shape with both: Twilio's and SignalWire's `SmsSid` beside `MessageSid`) that same value (our rule): a
    /// user's SignalWire inbound message came with an `SmsSid` other than its `MessageSid`.
    static func sameIDs(in payload: JSONValue, of shape: ShapeModel, provider: SandboxProvider) -> JSONValue {
        guard var members = payload.members else { return payload }
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        let ids = shape.fields.filter { $0.type == .string && builder.isIdentifier($0) }.map(\.spec.wireName.value)
        guard ids.count >= 2 else { return payload }
        let examples = provider.model.examples.map(\.spec).compactMap(provider.parsed)
        for (index, name) in ids.enumerated() where members[name] != nil {
            for first in ids.prefix(index) {
                guard case .string? = members[first] else { continue }
                let both = examples.filter { $0[member: first] != nil && $0[member: name] != nil }
                guard !both.isEmpty, both.allSatisfy({ $0[member: first] == $0[member: name] }) else { continue }
                // Not where that value is an id of an object it holds too, which says another (its message's): a
                // placeholder written for every id, not two names of one (our rule: a user's SimpleTexting inbound
                // message said one fresh id as `reportId` and `webhookId`, its example's "507f191e…" for both and for
                // `values.messageId`).
                guard !both.contains(where: { example in
                    guard let shared = example[member: first] else { return false }
                    return (example.members ?? [:]).contains { key, value in
                        !ids.contains(key) && value.members.map { Self.holdsID(shared, in: $0, builder: builder) } == true
                    }
                }) else { continue }
                members[name] = members[first]
                break
            }
        }
        return .object(members)
    }

    /// Whether `members`, or an object it holds, gives `value` under an id's name.
    private static func holdsID(_ value: JSONValue, in members: [String: JSONValue], builder: PayloadBuilder, depth: Int = 0) -> Bool {
        guard depth < 8 else { return false }
        return members.contains { key, held in
            held == value && PayloadBuilder.isIdentifier(key) || held.members.map { holdsID(value, in: $0, builder: builder, depth: depth + 1) } == true
        }
    }

    static func isDate(_ type: ResolvedType) -> Bool { if case .timestamp = type { true } else { false } }

    /// `payload` with each text its example gives as the example's message text in hexadecimal (Jasmin's MO `binary`
    /// "48656c6c6f…", "Hello world !") the text sent so: a user's Jasmin `content=STOP` came beside the example's
    /// `binary` of "Hello world !" (our rule).
    static func hexOfText(in payload: JSONValue, example: JSONValue?, text: String, shape: ShapeModel) -> JSONValue {
        guard var members = payload.members, let example = example?.members else { return payload }
        let texts = shape.fields.filter { part(of: $0) == .text }.compactMap { example[$0.spec.wireName.value].flatMap(FormEncoder.text(of:)) }
        guard let sample = texts.first(where: { !$0.isEmpty }) else { return payload }
        let hex = sample.utf8.map { String(format: "%02x", $0) }.joined()
        for field in shape.fields where field.type == .string {
            let name = field.spec.wireName.value
            guard case .string(let given)? = example[name], given.lowercased() == hex else { continue }
            let sent = text.utf8.map { String(format: "%02x", $0) }.joined()
            members[name] = .string(given == hex ? sent : sent.uppercased())
        }
        return .object(members)
    }

    /// `value`, a payload of `shape`, with one element, built from its shape, in each empty list of the message (or of
    /// objects holding it): with no example of the callback, a user's Inmobile inbound message (`messages:
    /// [IncomingMessage]`) was posted as `{"messages":[]}`, no message at all, while the log said one was sent.
    private func seeded(_ value: JSONValue, of shape: ShapeModel, builder: PayloadBuilder, plan: PayloadPlan, depth: Int = 0) -> JSONValue {
        let provider = builder.provider
        guard depth < 16 else { return value }
        let carrying = Set(messageShapes.map(\.swiftName))
        func holdsMessage(_ child: ShapeModel) -> Bool { !builder.shapeNames(in: child).isDisjoint(with: carrying) }
        func list(_ items: [JSONValue], of child: ShapeModel) -> JSONValue {
            if items.isEmpty, holdsMessage(child) { return .array([builder.build(child, template: nil, plan: plan)]) }
            return .array(items.map { seeded($0, of: child, builder: builder, plan: plan, depth: depth + 1) })
        }
        if let element = shape.listElement {
            guard case .shape(let name) = element, let child = provider.shape(name), let items = value.items else { return value }
            return list(items, of: child)
        }
        guard var members = value.members else { return value }
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard let current = members[name] else { continue }
            switch field.type {
            case .shape(let reference):
                if let child = provider.shape(reference) { members[name] = seeded(current, of: child, builder: builder, plan: plan, depth: depth + 1) }
            case .array(.shape(let reference)):
                if let child = provider.shape(reference), let items = current.items { members[name] = list(items, of: child) }
            default:
                continue
            }
        }
        return .object(members)
    }

    /// `value`, a payload of `shape`, with what its scope does not write: the sender and the number where an object
    /// holds them (Telnyx's `from: {phone_number: …}`, one recipient of `to: [{phone_number: …}]`) or a list of texts
    /// does (Bandwidth's message `to: ["+1…"]`), and each enum that has a case saying inbound in that case. A text
    /// field of the message is the sender or the number as it declares or is named (`part(of:)`), whatever a request's
    /// field of its name declares; one of neither that the sends declare the sender (`role: sender`) is the account's
    /// line the message arrived on, the number (the example's when none is given): a user's Ghasedak `lineNumber`
    /// said the sender's number, and declared `role: recipient`, its `sender` the line (our rule).
    private func placing(
        _ sender: String, _ number: String?, _ text: String, in value: JSONValue, of shape: ShapeModel, example: JSONValue?, provider: SandboxProvider
    ) -> JSONValue {
        if let element = shape.listElement {
            guard case .shape(let name) = element, let elementShape = provider.shape(name), let items = value.items else { return value }
            return .array(items.map { placing(sender, number, text, in: $0, of: elementShape, example: example?.items?.first, provider: provider) })
        }
        guard var members = value.members else { return value }
        let carries = messageShapes.contains { $0.swiftName == shape.swiftName }
        // The message's text and sender are written though the example (a delivery report's) leaves their fields out:
        // a user's Instasent message, its webhook's optional `message` (`role: text`), was posted without its text.
        if carries {
            for field in shape.fields where field.type == .string && members[field.spec.wireName.value] == nil {
                switch Self.part(of: field) {
                case .text?: members[field.spec.wireName.value] = .string(text)
                case .sender?: members[field.spec.wireName.value] = .string(sender)
                default: break
                }
            }
        }
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard let current = members[name] else { continue }
            let part = carries ? Self.part(of: field) : nil
            let written = part == .sender ? sender : part == .recipient ? number : nil
            let held = example?[member: name]
            switch field.type {
            case .string where carries:
                if part == .sender {
                    members[name] = .string(sender)
                } else if part == .recipient {
                    if let number { members[name] = .string(number) }
                } else if part == nil, field.spec.role == nil, provider.requestRoles[name.lowercased()] == .sender {
                    if let line = number.map(JSONValue.string) ?? held { members[name] = line } else { members[name] = nil }
                }
            case .enumeration(let reference):
                if let model = provider.enumeration(reference), let inbound = Self.inboundCase(of: model) { members[name] = PayloadBuilder.value(inbound, of: model) }
            case .shape(let reference):
                guard let child = provider.shape(reference) else { continue }
                members[name] = placing(sender, number, text, in: Self.writing(written, intoNumberOf: child, current), of: child, example: held, provider: provider)
            case .array(.shape(let reference)):
                guard let child = provider.shape(reference), let items = current.items else { continue }
                // A message to one number has one recipient.
                let kept = written == nil || Self.numberField(of: child) == nil ? items : Array(items.prefix(1))
                members[name] = .array(kept.map {
                    placing(sender, number, text, in: Self.writing(written, intoNumberOf: child, $0), of: child, example: held?.items?.first, provider: provider)
                })
            case .array(.string):
                if let written { members[name] = .array([.string(written)]) }
            default:
                continue
            }
        }
        return .object(members)
    }

    /// `value`, an object of `shape`, with `number` in its number field (`numberField(of:)`); as it is without one.
    private static func writing(_ number: String?, intoNumberOf shape: ShapeModel, _ value: JSONValue) -> JSONValue {
        guard let number, let field = numberField(of: shape), var members = value.members else { return value }
        members[field.spec.wireName.value] = .string(number)
        return .object(members)
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
    /// How long the receiver has to answer (`SandboxConfiguration.callbackDeadline`).
    let deadline: TimeInterval

    /// For the log: the callback and the sender (cut as a message quotes a value: a sender of megabytes was printed
    /// whole, in the request's line, the callback's and the answer).
    var summary: String { "\(inbound.callback.spec.name.value) from \(DisplayText.escapedExcerpt(sender))" }

    /// Posts the message and says what happened, for the log and the answer; `answered` is false when no receiver
    /// answered (the URL not valid, not http or https, or not reached).
    func deliver() async -> (line: String, answered: Bool) {
        let loggedURL = CallbackRequest.loggedURL(url)
        let payload = inbound.payload(from: sender, to: number, text: text, builder: builder)
        let poster = CallbackRequest(callback: inbound.callback, provider: builder.provider, signingSecret: signingSecret, deadline: deadline)
        guard let request = poster.request(payload, to: url) else { return ("callback \(summary): the URL \(loggedURL) is not valid", false) }
        if let refusal = CallbackRequest.refusal(of: request, loggedURL: loggedURL) { return ("no callback: \(summary): \(refusal)", false) }
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
        guard let inbound = InboundCallback(provider: provider) else { return refused(400, InboundCallback.absence(in: provider)) }
        let missing = ["from", "text"].filter { fields[$0] == nil }
        guard missing.isEmpty, let sender = fields["from"], let text = fields["text"] else {
            return refused(400, "missing \(missing.joined(separator: " and ")): an inbound message needs from=… and text=…")
        }
        guard let url = fields["url"] ?? configuration.callbackURL else {
            return refused(400, "no receiver: url=… or --callback-url")
        }
        let pending = PendingInbound(
            url: url, inbound: inbound, sender: sender, number: fields["to"], text: text,
            builder: PayloadBuilder(provider: provider, ids: ids), signingSecret: configuration.signingSecret,
            deadline: configuration.callbackDeadline)
        var answer = SandboxAnswer(status: 200, body: Data(), summary: "inbound message: \(pending.summary)", deliveries: [])
        answer.inbound = pending
        return answer
    }

    /// The control request's fields: its query's, and its body's as a form (in the charset it declares) or, for
    /// `application/json`, a JSON object of texts and numbers, each read as an operation's; a field given twice is
    /// refused, as is a body neither reads, saying why (it said "not a form" of a form with a mark run too long).
    private static func controlFields(of request: WireRequest) throws(SandboxProvider.UnreadableRequest) -> [String: String] {
        var pairs = try SandboxProvider.queryFields(of: request)
        if !request.body.isEmpty {
            if MediaType(request.header("Content-Type") ?? "")?.essence == "application/json" {
                guard let object = try SandboxProvider.json(of: request).members else { throw .init(reason: "the body is JSON but not an object") }
                for (name, value) in object.sorted(by: { $0.key < $1.key }) {
                    // A boolean is neither, though `FormEncoder.text(of:)` writes it as a form does: `"text": true` was "1".
                    let isBoolean = if case .bool = value { true } else { false }
                    guard !isBoolean, let text = FormEncoder.text(of: value) else { throw .init(reason: "\(name) is not a text or a number") }
                    pairs.append((name, text))
                }
            } else {
                pairs += try SandboxProvider.formFields(of: request)
            }
        }
        var fields: [String: String] = [:]
        for (name, value) in pairs {
            guard fields.updateValue(value, forKey: name) == nil else { throw .init(reason: "\(name) is given twice") }
        }
        return fields
    }
}
