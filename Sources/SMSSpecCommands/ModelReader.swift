import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// Reads a payload as the generated type of a shape, union or callback would, and holds what that type would hold
/// (`DecodedValue`): for `lint`'s examples and `decode` with a spec file. One instance per payload at a time. A
/// nested value is read through `ModelValue`, whose type is the one `pending` holds when the decoder asks for it.
final class ModelReader: @unchecked Sendable {  // Used by one decode on one thread.
    /// What an example names: a shape, a callback told apart by a discriminator, or a union an operation answers with.
    enum Message {
        case shape(ShapeModel)
        case callback(CallbackModel)
        case union(UnionModel)

        /// As the generated type's `textForms` gives them: a shape's, none for a callback.
        var textForms: TextForms {
            guard case .shape(let shape) = self else { return [] }
            return shape.answerForms
        }
    }

    @TaskLocal static var current: ModelReader?

    private let shapes: [String: ShapeModel]
    private let callbacks: [String: CallbackModel]
    /// Each message under its name, and under its name in lowercase (the first of the model's order where several
    /// share one).
    private let messages: [String: MessageModel], messagesInAnyCase: [String: MessageModel]
    private let unions: [String: UnionModel]
    private let enums: [String: EnumModel]
    /// Each table as its generated status enum's `table`.
    private let tables: [String: StatusTable]
    /// What `UnionReads` tells each union apart by, as the generated code gives it the union's type.
    private let unionIdentities: [String: UnionIdentity]
    /// The spec's credentials by wire name, redacted in an unknown event's payload as the generated enum writes it.
    private let secretMemberNames: [String]
    /// Which values may hold a credential (`ProviderModel.redactsCredentials(in:)`), redacted as the generated code does.
    private let model: ProviderModel
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
        enums = Dictionary(model.enums.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        tables = Dictionary(model.tables.map { ($0.swiftName, $0.resolved) }, uniquingKeysWith: { first, _ in first })
        unionIdentities = unions.mapValues { _ in UnionIdentity() }
        callbacks = Dictionary(model.callbacks.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        messages = Dictionary(model.messages.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        messagesInAnyCase = Dictionary(model.messages.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        secretMemberNames = model.secretMemberNames
        self.model = model
    }

    /// As the generated catalog finds a message: by its name, else by its name in any case (`RECEIPT` is not
    /// `Receipt` when both exist). A callback of one shape under its own name is a type alias of that shape. Looked
    /// up, not searched: a spec's every example names one.
    func message(named name: String) -> Message? {
        guard let message = messages[name] ?? messagesInAnyCase[name.lowercased()] else { return nil }
        let callback = callbacks[message.swiftType]
        if let callback, !callback.variants.isEmpty { return .callback(callback) }
        if let union = unions[message.swiftType] { return .union(union) }
        return shapes[callback?.messageType ?? message.swiftType].map(Message.shape)
    }

    /// Decodes `payload` as the generated catalog's `MessageDescriptor` does: JSON through `JSONPayload`, a form or
    /// query through `FormDecoder`, within `PayloadLimits`; the value the generated type would hold.
    @discardableResult
    func decode(_ message: Message, from payload: Data, as format: EncodingKind, charset: FormCharset = .utf8) throws -> DecodedValue {
        pending = []
        try PayloadLimits.checkSize(of: payload)
        return try Self.$current.withValue(self) {
            // Each form of a text answer is a read of its own, as the generated type's `TextAnswer.decode` tries them;
            // a list of such answers is one per line, or joined by its separator.
            guard format != .text else {
                func read(_ message: Message, _ fields: [(name: String, value: String)]) throws -> DecodedValue {
                    try value(.message(message)) { try FormDecoder(charset: charset).decode(ModelValue.self, fromFields: fields).value }
                }
                if case .shape(let list) = message, let line = list.lineShape.flatMap({ shapes[$0] }) {
                    return .list(try TextAnswer.decodeLines(from: payload, forms: line.answerForms, charset: charset, separator: line.listSeparator) {
                        try read(.shape(line), $0)
                    })
                }
                return try TextAnswer.decode(from: payload, forms: message.textForms, charset: charset) { try read(message, $0) }
            }
            return try value(.message(message)) {
                switch format {
                case .form, .query: try FormDecoder(charset: charset).decode(ModelValue.self, from: payload).value
                case .json, .none, .text: try JSONPayload.decode(ModelValue.self, from: payload).value
                }
            }
        }
    }

    /// Runs `body` on a thread whose stack holds the deepest payload `JSONPayload` reads with room to spare, whatever
    /// thread lint runs on: each level costs the reader more frames than it costs a generated `init(from:)`.
    static func onLargeStack<Result>(_ body: @escaping () throws -> Result) throws -> Result {
        let run = LargeStackRun(body)
        let thread = Thread {
            run.result = Swift.Result { try run.body() }
            run.done.signal()
        }
        thread.stackSize = 256 << 20
        thread.start()
        run.done.wait()
        return try run.result!.get()
    }

    /// Runs `read`, which asks the decoder for one `ModelValue` of `type` (or finds the value absent and does not).
    private func value<Value>(_ type: ResolvedType, _ read: () throws -> Value) rethrows -> Value {
        try value(.type(type), read)
    }

    private func value<Value>(_ expected: Expected, _ read: () throws -> Value) rethrows -> Value {
        pending.append(expected)
        let depth = pending.count
        defer { pending.removeSubrange(min(depth - 1, pending.count)...) }
        return try read()
    }

    /// The value `ModelValue.init(from:)` reads: the innermost pending type, left pending until the read that set it
    /// ends, so a payload read again (`JSONPayload` names a refused number so) reads the same type.
    fileprivate func readPending(from decoder: any Decoder) throws -> DecodedValue {
        switch pending.last {
        case .type(let type)?: try read(type, from: decoder)
        case .message(.shape(let shape))?: try readShape(shape, from: decoder)
        case .message(.callback(let callback))?: try readCallback(callback, from: decoder)
        case .message(.union(let union))?: try readUnion(union, from: decoder)
        case nil: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "No type to read."))
        }
    }

    /// What the generated type's `init(from:)` reads.
    private func read(_ type: ResolvedType, from decoder: any Decoder) throws -> DecodedValue {
        switch type {
        case .string: return .scalar(try decoder.singleValueContainer().decode(String.self))
        case .int: return .scalar(try decoder.singleValueContainer().decode(Int.self))
        case .int64: return .scalar(try decoder.singleValueContainer().decode(Int64.self))
        case .double: return .scalar(try decoder.singleValueContainer().decode(Double.self))
        case .bool: return .scalar(try decoder.singleValueContainer().decode(Bool.self))
        // As a value, the way the generated `[Decimal]` or union asks its container: `Decimal(from:)` itself reads
        // the keyed form Foundation encodes it as, which the decoders replace with a number (or, in a form, text).
        case .decimal: return .scalar(try decoder.singleValueContainer().decode(Decimal.self))
        case .json: return .scalar(RedactableJSON(payload: try JSONValue(from: decoder), secretMemberNames: secretMemberNames))
        case .secret: return .scalar(try Secret(from: decoder))
        case .timestamp: return .scalar(try Timestamp(from: decoder))
        case .enumeration(let reference): return enumValue(try WireCode.decode(from: decoder, expecting: .text), of: reference)
        case .table(let reference):
            guard let table = tables[reference.swiftName] else { throw unresolved(reference.swiftName, decoder) }
            return .code(TableCode(reading: try WireCode.decode(from: decoder, expecting: table.wireFormat.expectedKind), in: table))
        case .array(let element): return try readList(of: element, from: decoder)
        case .map(let element):
            let container = try decoder.container(keyedBy: FieldKey.self)
            // A key naming a credential (`{"X-API-TOKEN": "…"}`) has its value redacted, as the generated map's is.
            let credentials = CredentialNames(model.redactsCredentials(in: type) ? secretMemberNames : [])
            return .map(try container.allKeys.map { key in
                let read = try value(element) { try container.decode(ModelValue.self, forKey: key).value }
                return (key.stringValue, credentials.contains(key.stringValue) ? .scalar(CredentialValue(value: read)) : read)
            })
        case .shape(let reference):
            guard let shape = shapes[reference.swiftName] else { throw unresolved(reference.swiftName, decoder) }
            return try readShape(shape, from: decoder)
        case .union(let reference):
            guard let union = unions[reference.swiftName] else { throw unresolved(reference.swiftName, decoder) }
            return try readUnion(union, from: decoder)
        }
    }

    /// An enum's value as the generated open enum holds it: a value written as a number is its case's number in any
    /// spelling (`"07"`), text matches exactly; anything else is kept as sent.
    private func enumValue(_ wireValue: WireCode, of reference: TypeReference) -> DecodedValue {
        guard let enumeration = enums[reference.swiftName], enumeration.spec.wire == .number, let number = wireValue.integerValue,
            enumeration.cases.contains(where: { Int($0.value) == number })
        else { return .scalar(wireValue) }
        return .scalar(WireCode(number))
    }

    /// `Array.init(from:)`: each element asked for as its type, generically. A standard scalar is asked for as
    /// itself, since decoders treat some on their own (a form's list reads an `Int` with any padding or sign).
    private func readList(of element: ResolvedType, from decoder: any Decoder) throws -> DecodedValue {
        var container = try decoder.unkeyedContainer()
        var items: [DecodedValue] = []
        while !container.isAtEnd {
            if let scalar = Self.standardScalar(element) {
                items.append(.scalar(try Self.decodeElement(scalar, from: &container)))
            } else {
                items.append(try value(element) { try container.decode(ModelValue.self).value })
            }
        }
        return .list(items)
    }

    private static func standardScalar(_ type: ResolvedType) -> (any (Decodable & Encodable & Sendable).Type)? {
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
    private static func decodeElement<Element: Decodable & Encodable & Sendable>(
        _ type: Element.Type, from container: inout any UnkeyedDecodingContainer
    ) throws -> any Encodable & Sendable {
        try container.decode(type)
    }

    /// `ShapeRenderer`'s `init(from:)`: a list shape is `[T]`, a shape without fields reads nothing, any other one
    /// field at a time (stored fields first, then those a recursive shape keeps in an array). The fields present,
    /// in the spec's order, as `encode(to:)` writes them.
    private func readShape(_ shape: ShapeModel, from decoder: any Decoder) throws -> DecodedValue {
        if let element = shape.listElement { return try readList(of: element, from: decoder) }
        guard !shape.fields.isEmpty else { return .object([]) }
        let container = try decoder.container(keyedBy: FieldKey.self)
        var read: [String: DecodedValue] = [:]
        for field in shape.fields.filter({ !$0.isIndirect }) + shape.fields.filter(\.isIndirect) {
            // A field holding URLs writes them as the generated `redactingURLUserinfo(for:)` does.
            read[field.swiftName] = try readField(field, from: container).map { value in
                field.redactsURLUserinfo ? .scalar(URLHolder(value: value, separator: field.separatedList?.separator.unicodeScalars.first)) : value
            }
        }
        return .object(shape.fields.compactMap { field in read[field.swiftName].map { (field.spec.wireName.value, $0) } })
    }

    /// One read per field, the one `ShapeRenderer.decodeExpression` writes; nil when the field is absent (or null)
    /// and has no default.
    private func readField(_ field: FieldModel, from container: KeyedDecodingContainer<FieldKey>) throws -> DecodedValue? {
        let key = FieldKey(stringValue: field.spec.wireName.value)
        let optional = field.mayBeAbsent
        if let list = field.separatedList {
            guard let text = try optional ? container.decodeIfPresent(String.self, forKey: key) : container.decode(String.self, forKey: key) else {
                return try defaultValue(of: field)
            }
            if case .table(let reference) = list.element, let scalar = list.separator.unicodeScalars.first {
                guard let table = tables[reference.swiftName] else { throw unresolvedField(reference.swiftName, container, key) }
                let codes = SeparatedList.texts(of: text, separator: scalar).map { TableCode(reading: WireCode(text: $0), in: table) }
                return .separatedCodes(codes, separator: list.separator)
            }
            return .scalar(try separatedText(text, of: list.element, separator: list.separator, in: container, forKey: key))
        }
        // Text holding the value's JSON, read as the generated `decodeJSONText` reads it (lint refuses a default).
        if field.spec.isJSONText {
            let read = try value(field.type) {
                try optional
                    ? container.decodeJSONTextIfPresent(ModelValue.self, forKey: key)?.value : container.decodeJSONText(ModelValue.self, forKey: key).value
            }
            return read.map(DecodedValue.jsonText)
        }
        let read: (any Encodable & Sendable)?
        switch field.type {
        case .timestamp(let formats, let timeZone):
            read = optional
                ? try container.decodeTimestampIfPresent(forKey: key, formats: formats, timeZone: timeZone)
                : try container.decodeTimestamp(forKey: key, formats: formats, timeZone: timeZone)
        case .string where field.spec.lenient: read = try readLenient(String.self, key, optional, container)
        case .int where field.spec.lenient: read = try readLenient(Int.self, key, optional, container)
        case .int64 where field.spec.lenient: read = try readLenient(Int64.self, key, optional, container)
        case .double where field.spec.lenient: read = try readLenient(Double.self, key, optional, container)
        case .decimal where field.spec.lenient: read = try readLenient(Decimal.self, key, optional, container)
        case .bool where field.spec.lenient: read = try readLenient(Bool.self, key, optional, container)
        case .secret where field.spec.lenient: read = try readLenient(String.self, key, optional, container).map { Secret($0) }
        // The container's method for each type that has one, as the generated `decode(Swift.String.self, forKey:)` calls it.
        case .string: read = try optional ? container.decodeIfPresent(String.self, forKey: key) : container.decode(String.self, forKey: key)
        case .int: read = try optional ? container.decodeIfPresent(Int.self, forKey: key) : container.decode(Int.self, forKey: key)
        case .int64: read = try optional ? container.decodeIfPresent(Int64.self, forKey: key) : container.decode(Int64.self, forKey: key)
        case .double: read = try optional ? container.decodeIfPresent(Double.self, forKey: key) : container.decode(Double.self, forKey: key)
        case .bool: read = try optional ? container.decodeIfPresent(Bool.self, forKey: key) : container.decode(Bool.self, forKey: key)
        case .json:
            let json = try optional ? container.decodeIfPresent(JSONValue.self, forKey: key) : container.decode(JSONValue.self, forKey: key)
            read = json.map { RedactableJSON(payload: $0, secretMemberNames: secretMemberNames) }
        case .decimal: read = try optional ? container.decodeIfPresent(Decimal.self, forKey: key) : container.decode(Decimal.self, forKey: key)
        case .secret: read = try optional ? container.decodeIfPresent(Secret.self, forKey: key) : container.decode(Secret.self, forKey: key)
        case .enumeration(let reference):
            // In place, as the generated `decode(_:forKey:)` of an `OpenEnum` reads it.
            let wireValue = try WireCode.read(from: container, forKey: key, expecting: .text, ifPresent: optional)
            return try wireValue.map { enumValue($0, of: reference) } ?? defaultValue(of: field)
        case .table(let reference):
            // In place, as the generated `decode(_:forKey:)` of a `StatusCode` reads it.
            guard let table = tables[reference.swiftName] else { throw unresolvedField(reference.swiftName, container, key) }
            let wireCode = try WireCode.read(from: container, forKey: key, expecting: table.wireFormat.expectedKind, ifPresent: optional)
            return try wireCode.map { .code(TableCode(reading: $0, in: table)) } ?? defaultValue(of: field)
        default:
            let value = try value(field.type) {
                try optional ? container.decodeIfPresent(ModelValue.self, forKey: key)?.value : container.decode(ModelValue.self, forKey: key).value
            }
            return try value ?? defaultValue(of: field)
        }
        return try read.map(DecodedValue.scalar) ?? defaultValue(of: field)
    }

    /// What the generated `decodeSeparated` reads, written back as its `encodeSeparated` writes it: each element as
    /// its type writes it (an integer in plain digits, a `wire: number` enum value as its number).
    private func separatedText(
        _ text: String, of element: ResolvedType, separator: String, in container: KeyedDecodingContainer<FieldKey>, forKey key: FieldKey
    ) throws -> String {
        guard let scalar = separator.unicodeScalars.first else { return text }
        func texts<Element: SeparatedListElement>(_ type: Element.Type) throws -> [String] {
            try SeparatedList.elements(of: text, separator: scalar, as: type) {
                DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: $0)
            }.map(\.separatedText)
        }
        let elements: [String]
        switch element {
        case .int: elements = try texts(Int.self)
        case .int64: elements = try texts(Int64.self)
        case .enumeration(let reference):
            elements = SeparatedList.texts(of: text, separator: scalar).map { elementText in
                guard case .scalar(let value as WireCode) = enumValue(WireCode(text: elementText), of: reference) else { return elementText }
                return value.text
            }
        default: elements = try texts(String.self)
        }
        return elements.joined(separator: separator)
    }

    private func readLenient<Value: LenientScalar & Encodable & Sendable>(
        _ type: Value.Type, _ key: FieldKey, _ optional: Bool, _ container: KeyedDecodingContainer<FieldKey>
    ) throws -> Value? {
        optional ? try container.decodeScalarIfPresent(type, forKey: key, lenient: true) : try container.decodeScalar(type, forKey: key, lenient: true)
    }

    /// The value the generated type holds for an absent field: its default (`decodeIfPresent(…) ?? default`).
    private func defaultValue(of field: FieldModel) throws -> DecodedValue? {
        guard let value = field.defaultValue else { return nil }
        switch (value, field.type) {
        case (.string(let text), .secret): return .scalar(Secret(text))
        case (.string(let text), _): return .scalar(text)
        case (.bool(let flag), _): return .scalar(flag)
        case (.number(let text), .int): return Int(text).map(DecodedValue.scalar)
        case (.number(let text), .int64): return Int64(text).map(DecodedValue.scalar)
        case (.number(let text), _): return Double(text).map(DecodedValue.scalar)
        case (.decimal(let text), _): return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map(DecodedValue.scalar)
        case (.enumCase(let name), .enumeration(let reference)):
            guard let item = enums[reference.swiftName]?.cases.first(where: { $0.swiftName == name }) else { return nil }
            // Its value as text, which `enumValue` writes as a number where the enum's wire is (a `wire: string` enum's
            // default `'1'` printed 1, where the generated type writes "1": a user).
            return enumValue(WireCode(text: item.value), of: reference)
        case (.enumCase, _): return nil
        case (.emptyList, _):
            // As the generated type writes `[]`: a list joined into one text as empty text.
            guard let list = field.separatedList else { return .list([]) }
            if case .table = list.element { return .separatedCodes([], separator: list.separator) }
            return .scalar("")
        }
    }

    /// `UnionRenderer`'s `init(from:)`: a union below two variants of one kind that hold unions is read once per
    /// place of the payload (`UnionModel.isReadOncePerPlace`).
    private func readUnion(_ union: UnionModel, from decoder: any Decoder) throws -> DecodedValue {
        if let discriminated = union.discriminated {
            let (value, variant, _) = try readDiscriminated(discriminated, from: decoder)
            return .unionVariant(value, name: variant.map { union.variantName($0.caseName, .shape($0.shape)) } ?? union.unknownVariantName)
        }
        guard union.isReadOncePerPlace, let identity = unionIdentities[union.swiftName] else { return try readVariants(of: union, from: decoder) }
        return try UnionReads.once(ObjectIdentifier(identity), at: decoder) { try readVariants(of: union, from: $0) }
    }

    /// The variants in the spec's order, the first that reads the value wins.
    private func readVariants(of union: UnionModel, from decoder: any Decoder) throws -> DecodedValue {
        var container = try UnionContainer(decoder)
        for variant in union.variants {
            if let read = readVariant(variant.type, reads: JSONKinds(variant.reads), from: &container) {
                return .unionVariant(read, name: union.variantName(variant.caseName, variant.type))
            }
        }
        throw container.failure(expected: union.expectedForms)
    }

    /// One variant, read as the generated union asks for it: a standard scalar with the container's own method (a form
    /// reads it without the wrapper a nested value costs, so it reads at the deepest nesting a form allows), any other
    /// type as a nested value.
    private func readVariant(_ type: ResolvedType, reads kinds: JSONKinds, from container: inout UnionContainer) -> DecodedValue? {
        let scalar: (any Encodable & Sendable)?
        switch type {
        case .string: scalar = container.decode(String.self, reads: kinds)
        case .int: scalar = container.decode(Int.self, reads: kinds)
        case .int64: scalar = container.decode(Int64.self, reads: kinds)
        case .double: scalar = container.decode(Double.self, reads: kinds)
        case .bool: scalar = container.decode(Bool.self, reads: kinds)
        case .decimal: scalar = container.decode(Decimal.self, reads: kinds)
        default: return value(type) { container.decode(ModelValue.self, reads: kinds) }?.value
        }
        return scalar.map(DecodedValue.scalar)
    }

    /// A callback told apart by a discriminator, as its generated enum reads it (`readDiscriminated`).
    private func readCallback(_ callback: CallbackModel, from decoder: any Decoder) throws -> DecodedValue {
        guard let discriminated = callback.discriminated else { return .object([]) }
        let read = try readDiscriminated(discriminated, from: decoder)
        guard read.variant == nil else { return read.value }
        return .unknownKind(read.value, kind: read.kind ?? "", callback: callback.swiftName, field: discriminated.field)
    }

    /// `DiscriminatedEnumRenderer`'s `init(from:)`: the discriminator (text, leniently), then its shape; any other
    /// value, `null` too, keeps the whole payload (the variant is then nil). A variant of one value whose shape leaves
    /// the discriminator out is written with it.
    private func readDiscriminated(
        _ discriminated: DiscriminatedModel, from decoder: any Decoder
    ) throws -> (value: DecodedValue, variant: DiscriminatedVariant?, kind: String?) {
        let field = discriminated.field
        let kind = try decoder.container(keyedBy: FieldKey.self).decodeKind(forKey: FieldKey(stringValue: field))
        guard let kind, let variant = discriminated.variant(forKind: kind, lookUp: { tables[$0]?.entry(for: $1)?.code }) else {
            return (.scalar(RedactableJSON(payload: try JSONValue(from: decoder), secretMemberNames: secretMemberNames)), nil, kind)
        }
        let read = try read(.shape(variant.shape), from: decoder)
        guard variant.values.count == 1, case .object(let fields) = read, !fields.contains(where: { $0.key == field }) else { return (read, variant, kind) }
        return (.object(fields + [(field, .scalar(variant.values[0]))]), variant, kind)
    }

    private func unresolved(_ name: String, _ decoder: any Decoder) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "The spec's model has no type \(name)."))
    }

    private func unresolvedField(_ name: String, _ container: KeyedDecodingContainer<FieldKey>, _ key: FieldKey) -> DecodingError {
        .dataCorruptedError(forKey: key, in: container, debugDescription: "The spec's model has no type \(name).")
    }
}

/// A body handed to one thread, its result read after the thread signals.
private final class LargeStackRun<Result>: @unchecked Sendable {
    let body: () throws -> Result
    var result: Swift.Result<Result, any Error>?
    let done = DispatchSemaphore(value: 0)
    init(_ body: @escaping () throws -> Result) { self.body = body }
}

/// A value of the type `ModelReader.current` has pending.
private struct ModelValue: Decodable {
    let value: DecodedValue

    init(from decoder: any Decoder) throws {
        guard let reader = ModelReader.current else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "No spec model to read with."))
        }
        value = try reader.readPending(from: decoder)
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

/// A map's value under a credential's name: written as it came, or `<redacted>` when the encoder asks.
private struct CredentialValue: Encodable, Sendable {
    let value: DecodedValue

    func encode(to encoder: any Encoder) throws {
        guard encoder.userInfo[.redactSecrets] as? Bool == true else { return try value.encode(to: encoder) }
        var container = encoder.singleValueContainer()
        try container.encode(Secret.redacted)
    }
}

/// A value kept as JSON — a `json` field, an event of a kind the spec does not list — written as the generated code
/// writes it: whole, or with the spec's credentials redacted when the encoder asks (`smsspec decode` does).
private struct RedactableJSON: Encodable, Sendable {
    let payload: JSONValue
    let secretMemberNames: [String]

    func encode(to encoder: any Encoder) throws {
        try payload.encode(to: encoder, redactingMembersNamed: secretMemberNames)
    }
}

/// A field's value that holds URLs (`FieldModel.redactsURLUserinfo`): written whole, or, when the encoder asks for
/// secrets redacted, with each URL's user information and credential query values `<redacted>`, as the generated
/// type writes it (`smsspec decode` of a spec file printed `?apikey=…` whole; a user).
private struct URLHolder: Encodable, Sendable {
    let value: DecodedValue
    /// A list's separator, when the URLs are joined into one text: each is redacted on its own.
    let separator: Unicode.Scalar?

    func encode(to encoder: any Encoder) throws {
        guard encoder.userInfo[.redactSecrets] as? Bool == true else { return try value.encode(to: encoder) }
        try redacted(value).encode(to: encoder)
    }

    private func redacted(_ value: DecodedValue) -> DecodedValue {
        switch value {
        case .scalar(let text as String):
            .scalar(separator.map { SeparatedList.texts(of: text, separator: $0).map { $0.redactingURLUserinfo() }.joined(separator: String($0)) }
                ?? text.redactingURLUserinfo())
        case .scalar(let texts as [String]): .scalar(texts.redactingURLUserinfo())
        case .scalar(let json as RedactableJSON):
            .scalar(RedactableJSON(payload: json.payload.redactingURLUserinfo(), secretMemberNames: json.secretMemberNames))
        case .scalar(let json as JSONValue): .scalar(json.redactingURLUserinfo())
        case .list(let items): .list(items.map(redacted))
        case .map(let entries): .map(entries.map { ($0.key, redacted($0.value)) })
        case .jsonText(let nested): .jsonText(redacted(nested))
        case .scalar, .code, .separatedCodes, .object, .unionVariant, .unknownKind: value
        }
    }
}
