/// The key type of a status table: `Int` for numeric tables, `String` for textual ones, `Bool` for success flags.
public protocol StatusRawCode: Hashable, Sendable, CustomStringConvertible {
    /// The key a wire value matches documented codes by; nil when it cannot be one of this table's codes.
    static func key(of wireCode: WireCode) -> Self?
    /// A documented code as it goes on the wire.
    static func wireCode(for code: Self, in format: CodeWireFormat) -> WireCode
}

extension Int: StatusRawCode {
    /// A number, or text holding an integer with any zero-padding or whitespace ("000", " 7 ").
    public static func key(of wireCode: WireCode) -> Int? { wireCode.integerValue }

    public static func wireCode(for code: Int, in format: CodeWireFormat) -> WireCode {
        switch format {
        case .number: return WireCode(code)
        case .string(let digits): return WireCode(text: CodeWireFormat.paddedText(code, minimumDigits: digits))
        case .boolean: return WireCode(text: String(code))
        }
    }
}

extension Bool: StatusRawCode {
    /// A JSON boolean, or text `true` or `false` with any whitespace around it.
    public static func key(of wireCode: WireCode) -> Bool? { wireCode.booleanValue }

    public static func wireCode(for code: Bool, in format: CodeWireFormat) -> WireCode {
        if case .boolean = format { WireCode(code) } else { WireCode(text: String(code)) }
    }
}

extension String: StatusRawCode {
    /// The text without surrounding whitespace; a number's digits.
    public static func key(of wireCode: WireCode) -> String? { wireCode.trimmedText }

    public static func wireCode(for code: String, in format: CodeWireFormat) -> WireCode { WireCode(text: code) }
}

/// Encoding shared by every generated status enum.
@_spi(Generated) public enum StatusCodeCoding {
    /// Writes the code as the provider sends it or, for `smsspec decode`, with its meaning beside it.
    public static func encode<Code: StatusCode>(_ code: Code, to encoder: any Encoder) throws {
        guard annotates(encoder.userInfo) else { return try code.wireCode.encode(to: encoder) }
        try encodeAnnotated(code, wireCode: code.wireCode, table: Code.table, to: encoder)
    }

    /// Writes `wireCode` or, when the encoder asks, `{code, name, meaning, outcome, category, retryable}` (and a delivery
    /// status's `deliveryState` and `final`; an undocumented code `documented: false` instead of a name): a code read
    /// with its table alone (`TableCode`), as `encode(_:to:)` writes a generated one.
    public static func encode(_ code: some DocumentedCode, wireCode: WireCode, table: StatusTable, to encoder: any Encoder) throws {
        guard annotates(encoder.userInfo) else { return try wireCode.encode(to: encoder) }
        try encodeAnnotated(code, wireCode: wireCode, table: table, to: encoder)
    }

    private static func encodeAnnotated(_ code: some DocumentedCode, wireCode: WireCode, table: StatusTable, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnnotationKey.self)
        try container.encode(wireCode, forKey: .code)
        // An undocumented code has no name: `documented: false` says so, where "UNKNOWN" read as a documented row's.
        if code.isKnown { try container.encode(code.name, forKey: .name) } else { try container.encode(false, forKey: .documented) }
        try container.encode(code.entry?.description ?? "Not in table \(table.id) of \(table.provider)", forKey: .meaning)
        try container.encode(code.outcome, forKey: .outcome)
        try container.encode(code.category, forKey: .category)
        try container.encode(code.isRetryable, forKey: .retryable)
        // A delivery status's normalized state, and whether it can still change, as the registry gives them.
        try container.encodeIfPresent(code.entry?.deliveryState, forKey: .deliveryState)
        try container.encodeIfPresent(code.entry?.isFinal, forKey: .final)
    }

    /// Whether an encoder with this user info writes the next code with its meaning (taking one from its budget).
    static func annotates(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        guard !userInfo.isEmpty, let asked = userInfo[.annotateStatusCodes] else { return false }
        return asked as? Bool ?? (asked as? StatusCodeAnnotationBudget)?.take() ?? false
    }

    /// Whether an encoder with this user info writes codes with their meaning, budget or not: a code is then written
    /// through its own `encode(to:)`, which says whether it still is.
    public static func asksForAnnotations(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        guard !userInfo.isEmpty, let asked = userInfo[.annotateStatusCodes] else { return false }
        return asked as? Bool ?? (asked is StatusCodeAnnotationBudget)
    }

    /// The code as text in its wire form (`"000"` for Bind's 0, the exact text of an unknown code).
    public static func wireText<Code: StatusCode>(of code: Code) -> String { code.wireCode.text }

    private enum AnnotationKey: String, CodingKey {
        case code, name, documented, meaning, outcome, category, retryable, deliveryState, final
    }
}

/// Set as `annotateStatusCodes` instead of `true` to annotate the first `limit` codes only; the others are written as
/// sent, so the text of a payload of millions of codes stays in proportion to it (an attack: 4 MiB of commas, a
/// separated list of empty codes, printed 843 MB and took 5 GB).
public final class StatusCodeAnnotationBudget: @unchecked Sendable {
    public private(set) var remaining: Int
    /// The codes written as sent, past the limit.
    public private(set) var unannotated = 0

    public init(limit: Int) { remaining = limit }

    fileprivate func take() -> Bool {
        guard remaining > 0 else {
            unannotated += 1
            return false
        }
        remaining -= 1
        return true
    }
}

extension CodingUserInfoKey {
    /// Set to `true` on a `JSONEncoder` to write every status code with its name, meaning and category (or to a
    /// `StatusCodeAnnotationBudget`, the first codes only).
    public static let annotateStatusCodes = CodingUserInfoKey(rawValue: "smsspec.annotateStatusCodes")!
}

extension KeyedDecodingContainer {
    /// A provider code read in place, with one read of its table's wire kind: the same value `Code(from:)` reads,
    /// without the nested decoder a generic `decode` makes for every value.
    @inlinable
    public func decode<Code: StatusCode>(_ type: Code.Type, forKey key: Key) throws -> Code {
        Code(wireCode: try WireCode.decode(from: self, forKey: key, expecting: Code.table.wireFormat.expectedKind))
    }

    /// An optional provider code read in place: nil when absent or `null`.
    @inlinable
    public func decodeIfPresent<Code: StatusCode>(_ type: Code.Type, forKey key: Key) throws -> Code? {
        try WireCode.decodeIfPresent(from: self, forKey: key, expecting: Code.table.wireFormat.expectedKind)
            .map(Code.init(wireCode:))
    }
}

extension KeyedEncodingContainer {
    /// Writes a provider code in place (its number or text under `key`, no nested encoder) or, when `userInfo` asks
    /// for annotated codes, with its meaning: for an `encode(to:)` that passes its encoder's `userInfo`.
    @inlinable @_spi(Generated) public mutating func encodeCode<Code: StatusCode>(
        _ code: Code, forKey key: Key, userInfo: [CodingUserInfoKey: Any]
    ) throws {
        guard !StatusCodeCoding.asksForAnnotations(userInfo) else { return try encode(code, forKey: key) }
        try encode(wireCode: code.wireCode, forKey: key)
    }

    /// Writes an optional provider code in place; nothing when it is nil.
    @inlinable @_spi(Generated) public mutating func encodeCodeIfPresent<Code: StatusCode>(
        _ code: Code?, forKey key: Key, userInfo: [CodingUserInfoKey: Any]
    ) throws {
        guard let code else { return }
        try encodeCode(code, forKey: key, userInfo: userInfo)
    }
}
