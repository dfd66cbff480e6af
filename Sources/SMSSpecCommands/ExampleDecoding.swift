import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// A spec's examples decoded as its generated types decode them, without compiling anything: the model drives the
/// runtime reads that each generated `init(from:)` makes (`ShapeRenderer`, `UnionRenderer`, `CallbackRenderer`), so
/// `smsspec lint` can say that an example does not decode, or that a `verbatim` text (kept because the document's is
/// broken) does.
enum ExampleDecoding {
    static func check(_ model: ProviderModel, diagnostics: DiagnosticCollector) {
        try? ModelReader.onLargeStack { checkExamples(model, diagnostics: diagnostics) }
    }

    private static func checkExamples(_ model: ProviderModel, diagnostics: DiagnosticCollector) {
        let reader = ModelReader(model)
        for example in model.examples {
            // A message that names nothing is the validator's error.
            guard let message = reader.message(named: example.message.value) else { continue }
            let subject = "example '\(example.name.value)'"
            do {
                try reader.decode(message, from: example.payload, as: example.format)
            } catch {
                diagnostics.error(
                    "payload of \(subject) does not decode as \(example.message.value): \(DecodingErrorDescription.describe(error))",
                    at: example.location)
            }
            if let verbatim = example.verbatim, (try? reader.decode(message, from: verbatim, as: example.format)) != nil {
                diagnostics.error(
                    "the verbatim text of \(subject) decodes as \(example.message.value); 'verbatim' keeps a document's broken text only",
                    at: example.location)
            }
        }
    }
}

/// Reads a payload as the generated type of a shape, union or callback would: one instance per payload. A nested
/// value is read through `ModelValue`, whose type is the one `pending` holds when the decoder asks for it.
final class ModelReader: @unchecked Sendable {  // Used by one decode on one thread.
    /// What an example names: a shape, or a callback told apart by a discriminator.
    enum Message {
        case shape(ShapeModel)
        case callback(CallbackModel)
    }

    @TaskLocal static var current: ModelReader?

    private let shapes: [String: ShapeModel]
    private let callbacks: [String: CallbackModel]
    /// Each message under its name, and under its name in lowercase (the first of the model's order where several
    /// share one).
    private let messages: [String: MessageModel], messagesInAnyCase: [String: MessageModel]
    private let unions: [String: UnionModel]
    /// What `UnionReads` tells each union apart by, as the generated code gives it the union's type.
    private let unionIdentities: [String: UnionIdentity]
    private final class UnionIdentity {}
    /// A value `ModelValue` reads: a field's type, or a message.
    private enum Expected {
        case type(ResolvedType)
        case message(Message)
    }

    /// What the decoder has yet to ask `ModelValue` for, innermost last.
    private var pending: [Expected] = []

    init(_ model: ProviderModel) {
        shapes = Dictionary(model.shapes.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        unions = Dictionary(model.unions.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        unionIdentities = unions.mapValues { _ in UnionIdentity() }
        callbacks = Dictionary(model.callbacks.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        messages = Dictionary(model.messages.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        messagesInAnyCase = Dictionary(model.messages.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// As the generated catalog finds a message: by its name, else by its name in any case (`RECEIPT` is not
    /// `Receipt` when both exist). A callback of one shape under its own name is a type alias of that shape. Looked
    /// up, not searched: a spec's every example names one.
    func message(named name: String) -> Message? {
        guard let message = messages[name] ?? messagesInAnyCase[name.lowercased()] else { return nil }
        let callback = callbacks[message.swiftType]
        if let callback, !callback.variants.isEmpty { return .callback(callback) }
        return shapes[callback?.messageType ?? message.swiftType].map(Message.shape)
    }

    /// Decodes `payload` as the generated catalog's `MessageDescriptor` does: JSON through `JSONPayload`, a form or
    /// query through `FormDecoder`, within `PayloadLimits`.
    func decode(_ message: Message, from payload: String, as format: EncodingKind) throws {
        pending = []
        let data = Data(payload.utf8)
        try PayloadLimits.checkSize(of: data)
        try Self.$current.withValue(self) {
            try value(.message(message)) {
                switch format {
                case .form, .query: _ = try FormDecoder().decode(ModelValue.self, from: data)
                case .json, .none: _ = try JSONPayload.decode(ModelValue.self, from: data)
                }
            }
        }
    }

    /// Runs `body` on a thread whose stack holds the deepest payload `JSONPayload` reads with room to spare, whatever
    /// thread lint runs on: each level costs the reader more frames than it costs a generated `init(from:)`.
    static func onLargeStack(_ body: @escaping () throws -> Void) throws {
        final class Run: @unchecked Sendable {  // Handed to one thread, read after it signals.
            let body: () throws -> Void
            var error: (any Error)?
            let done = DispatchSemaphore(value: 0)
            init(_ body: @escaping () throws -> Void) { self.body = body }
        }
        let run = Run(body)
        let thread = Thread {
            do { try run.body() } catch { run.error = error }
            run.done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        run.done.wait()
        if let error = run.error { throw error }
    }

    /// Runs `read`, which asks the decoder for one `ModelValue` of `type` (or finds the value absent and does not).
    private func value(_ type: ResolvedType, _ read: () throws -> Void) rethrows {
        try value(.type(type), read)
    }

    private func value(_ expected: Expected, _ read: () throws -> Void) rethrows {
        pending.append(expected)
        let depth = pending.count
        defer { if pending.count == depth { pending.removeLast() } }
        try read()
    }

    /// The value `ModelValue.init(from:)` reads: the innermost pending type.
    fileprivate func readPending(from decoder: any Decoder) throws {
        switch pending.popLast() {
        case .type(let type)?: try read(type, from: decoder)
        case .message(.shape(let shape))?: try readShape(shape, from: decoder)
        case .message(.callback(let callback))?: try readCallback(callback, from: decoder)
        case nil: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "No type to read."))
        }
    }

    /// What the generated type's `init(from:)` reads.
    private func read(_ type: ResolvedType, from decoder: any Decoder) throws {
        switch type {
        case .string: _ = try decoder.singleValueContainer().decode(String.self)
        case .int: _ = try decoder.singleValueContainer().decode(Int.self)
        case .int64: _ = try decoder.singleValueContainer().decode(Int64.self)
        case .double: _ = try decoder.singleValueContainer().decode(Double.self)
        case .bool: _ = try decoder.singleValueContainer().decode(Bool.self)
        // As a value, the way the generated `[Decimal]` or union asks its container: `Decimal(from:)` itself reads
        // the keyed form Foundation encodes it as, which the decoders replace with a number (or, in a form, text).
        case .decimal: _ = try decoder.singleValueContainer().decode(Decimal.self)
        case .json: _ = try JSONValue(from: decoder)
        case .secret: _ = try Secret(from: decoder)
        case .timestamp: _ = try Timestamp(from: decoder)
        case .enumeration, .table: _ = try WireCode(from: decoder)
        case .array(let element): try readList(of: element, from: decoder)
        case .map(let element):
            let container = try decoder.container(keyedBy: FieldKey.self)
            for key in container.allKeys { try value(element) { _ = try container.decode(ModelValue.self, forKey: key) } }
        case .shape(let reference):
            guard let shape = shapes[reference.swiftName] else { throw unresolved(reference.swiftName, decoder) }
            try readShape(shape, from: decoder)
        case .union(let reference):
            guard let union = unions[reference.swiftName] else { throw unresolved(reference.swiftName, decoder) }
            try readUnion(union, from: decoder)
        }
    }

    /// `Array.init(from:)`: each element asked for as its type, generically. A standard scalar is asked for as
    /// itself, since decoders treat some on their own (a form's list reads an `Int` with any padding or sign).
    private func readList(of element: ResolvedType, from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd {
            if let scalar = Self.standardScalar(element) {
                _ = try Self.decodeElement(scalar, from: &container)
            } else {
                try value(element) { _ = try container.decode(ModelValue.self) }
            }
        }
    }

    private static func standardScalar(_ type: ResolvedType) -> (any Decodable.Type)? {
        switch type {
        case .string: String.self
        case .int: Int.self
        case .int64: Int64.self
        case .double: Double.self
        case .bool: Bool.self
        case .decimal: Decimal.self
        default: nil
        }
    }

    /// In a generic context, as `Array.init(from:)` calls it: the container's generic `decode`, not its `Int` one.
    private static func decodeElement<Element: Decodable>(_ type: Element.Type, from container: inout any UnkeyedDecodingContainer) throws -> Element {
        try container.decode(type)
    }

    /// `ShapeRenderer`'s `init(from:)`: a list shape is `[T]`, a shape without fields reads nothing, any other one
    /// field at a time (stored fields first, then those a recursive shape keeps in an array).
    private func readShape(_ shape: ShapeModel, from decoder: any Decoder) throws {
        if let element = shape.listElement { return try readList(of: element, from: decoder) }
        guard !shape.fields.isEmpty else { return }
        let container = try decoder.container(keyedBy: FieldKey.self)
        for field in shape.fields.filter({ !$0.isIndirect }) + shape.fields.filter(\.isIndirect) {
            try readField(field, from: container)
        }
    }

    /// One read per field, the one `ShapeRenderer.decodeExpression` writes.
    private func readField(_ field: FieldModel, from container: KeyedDecodingContainer<FieldKey>) throws {
        let key = FieldKey(stringValue: field.spec.wireName.value)
        let optional = field.mayBeAbsent
        switch field.type {
        case .timestamp(let formats, let timeZone):
            if optional {
                _ = try container.decodeTimestampIfPresent(forKey: key, formats: formats, timeZone: timeZone)
            } else {
                _ = try container.decodeTimestamp(forKey: key, formats: formats, timeZone: timeZone)
            }
        case .string where field.spec.lenient: try readLenient(String.self, key, optional, container)
        case .int where field.spec.lenient: try readLenient(Int.self, key, optional, container)
        case .int64 where field.spec.lenient: try readLenient(Int64.self, key, optional, container)
        case .double where field.spec.lenient: try readLenient(Double.self, key, optional, container)
        case .decimal where field.spec.lenient: try readLenient(Decimal.self, key, optional, container)
        case .bool where field.spec.lenient: try readLenient(Bool.self, key, optional, container)
        // The container's method for each type that has one, as the generated `decode(Swift.String.self, forKey:)` calls it.
        case .string: _ = try optional ? container.decodeIfPresent(String.self, forKey: key) : container.decode(String.self, forKey: key)
        case .int: _ = try optional ? container.decodeIfPresent(Int.self, forKey: key) : container.decode(Int.self, forKey: key)
        case .int64: _ = try optional ? container.decodeIfPresent(Int64.self, forKey: key) : container.decode(Int64.self, forKey: key)
        case .double: _ = try optional ? container.decodeIfPresent(Double.self, forKey: key) : container.decode(Double.self, forKey: key)
        case .bool: _ = try optional ? container.decodeIfPresent(Bool.self, forKey: key) : container.decode(Bool.self, forKey: key)
        case .json: _ = try optional ? container.decodeIfPresent(JSONValue.self, forKey: key) : container.decode(JSONValue.self, forKey: key)
        case .decimal: _ = try optional ? container.decodeIfPresent(Decimal.self, forKey: key) : container.decode(Decimal.self, forKey: key)
        case .secret: _ = try optional ? container.decodeIfPresent(Secret.self, forKey: key) : container.decode(Secret.self, forKey: key)
        default:
            try value(field.type) {
                _ = try optional ? container.decodeIfPresent(ModelValue.self, forKey: key) : container.decode(ModelValue.self, forKey: key)
            }
        }
    }

    private func readLenient<Value: LenientScalar>(
        _ type: Value.Type, _ key: FieldKey, _ optional: Bool, _ container: KeyedDecodingContainer<FieldKey>
    ) throws {
        if optional {
            _ = try container.decodeScalarIfPresent(type, forKey: key, lenient: true)
        } else {
            _ = try container.decodeScalar(type, forKey: key, lenient: true)
        }
    }

    /// `UnionRenderer`'s `init(from:)`: a union below two variants of one kind that hold unions is read once per
    /// place of the payload (`UnionModel.isReadOncePerPlace`).
    private func readUnion(_ union: UnionModel, from decoder: any Decoder) throws {
        guard union.isReadOncePerPlace, let identity = unionIdentities[union.swiftName] else { return try readVariants(of: union, from: decoder) }
        try UnionReads.once(ObjectIdentifier(identity), at: decoder) { try readVariants(of: union, from: $0) }
    }

    /// The variants in the spec's order, the first that reads the value wins.
    private func readVariants(of union: UnionModel, from decoder: any Decoder) throws {
        var container = try UnionContainer(decoder)
        for variant in union.variants {
            var read = false
            value(variant.type) { read = container.decode(ModelValue.self, reads: JSONKinds(variant.reads)) != nil }
            if read { return }
        }
        throw container.failure(expected: union.expectedForms)
    }

    /// `CallbackRenderer`'s `init(from:)`: the discriminator (text, leniently), then its shape; any other value keeps
    /// the whole payload.
    private func readCallback(_ callback: CallbackModel, from decoder: any Decoder) throws {
        guard let field = callback.spec.discriminator?.field.value else { return }
        let kind = try decoder.container(keyedBy: FieldKey.self).decodeScalar(String.self, forKey: FieldKey(stringValue: field), lenient: true)
        guard let variant = callback.variants.first(where: { $0.values.contains(kind) }) else { return _ = try JSONValue(from: decoder) }
        try read(.shape(variant.shape), from: decoder)
    }

    private func unresolved(_ name: String, _ decoder: any Decoder) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "The spec's model has no type \(name)."))
    }
}

/// A value of the type `ModelReader.current` has pending.
private struct ModelValue: Decodable {
    init(from decoder: any Decoder) throws {
        guard let reader = ModelReader.current else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "No spec model to read with."))
        }
        try reader.readPending(from: decoder)
    }
}

private extension JSONKinds {
    init(_ kinds: Set<JSONKind>) {
        self = []
        if kinds.contains(.text) { insert(.text) }
        if kinds.contains(.number) { insert(.number) }
        if kinds.contains(.bool) { insert(.bool) }
        if kinds.contains(.array) { insert(.array) }
        if kinds.contains(.object) { insert(.object) }
    }
}
