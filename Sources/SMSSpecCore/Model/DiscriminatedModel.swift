/// The cases of a callback or union whose kind a field at the top of the payload names (`discriminator:`): a case per
/// shape, and `unknown(<key>:payload:)` for any other value, kept whole.
public struct DiscriminatedModel {
    /// The field's wire name.
    public let field: String
    /// One case per shape, in the order of the values first naming it.
    public var variants: [DiscriminatedVariant]
    /// The label of the `unknown` case's kind: the field's Swift name (`payload_` for `payload`, `kind` for a name
    /// without a letter or digit).
    public let swiftKey: String

    /// The case a kind read from the field chooses: a value the spec lists, else the integer the variant's integer
    /// field reads it as, else a code the variant's table field reads it as (`lookUp`: the table's code for the kind,
    /// by table name); nil for an unknown kind.
    public func variant(forKind kind: String, lookUp: (_ table: String, _ kind: String) -> String?) -> DiscriminatedVariant? {
        // Scalar for scalar, as the generated enum reads it (`ExactSpelling`).
        if let variant = variants.first(where: { $0.values.contains { $0.isSameUTF8(as: kind) } }) { return variant }
        if let number = DiscriminatedVariant.integer(kind), let variant = variants.first(where: { $0.integerValues.contains(number) }) {
            return variant
        }
        var looked: Set<String> = []
        for table in variants.compactMap(\.discriminatorTable?.swiftName) where looked.insert(table).inserted {
            guard let code = lookUp(table, kind) else { continue }
            if let variant = variants.first(where: { $0.discriminatorTable?.swiftName == table && $0.tableCodes.contains(code) }) { return variant }
        }
        return nil
    }
}

/// One case of a discriminated callback or union: a shape and the discriminator values that carry it.
public struct DiscriminatedVariant {
    public var values: [String]
    /// The codes its values name in the table that is its shape's discriminator field, if it is one: a payload
    /// spelling one of them otherwise, as the field reads it (an alias, Brevo's `soft_bounce` for `softBounce`, or
    /// padded, `02` for 2), chooses it too.
    public var tableCodes: [String] = []
    public let caseName: String
    public let shape: TypeReference
    /// The shape's own field of the discriminator's name, if it has one: it then writes the kind itself.
    public let discriminatorField: FieldModel?

    /// Its values as integers, when its shape's discriminator field is an integer: a kind that field reads as one of
    /// them (`01`, ` 1`, `+1` in a form) chooses it too.
    public var integerValues: [Int64] {
        guard let type = discriminatorField?.type, type == .int || type == .int64 else { return [] }
        return values.compactMap(Self.integer)
    }

    /// The integer a kind's text holds, as an integer field reads it (the runtime's `LenientNumber`): its digits, or
    /// its digits between spaces.
    static func integer(_ text: String) -> Int64? { Int64(text) ?? Int64(text.trimmingWhitespace) }

    /// The table its shape's discriminator field is, if it is one.
    public var discriminatorTable: TypeReference? {
        if case .table(let reference)? = discriminatorField?.type { reference } else { nil }
    }
}

