import Foundation

/// A code or enum value exactly as the provider sent it: its JSON kind and its text. An unknown code keeps it, so it
/// goes back on the wire unchanged — a number stays a number, text stays text with its padding, `null` stays `null`.
///
/// Any scalar decodes: an integer, a number beyond `Int64` or with a fraction (kept as its decimal digits), text of
/// any kind (padded, empty, non-numeric), a boolean, or `null`. Only an object or a list is not a code.
public struct WireCode: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public enum Kind: String, Hashable, Sendable {
        case number, text, boolean, null
    }

    /// The value as it arrived. An integer is kept as one, so matching and writing it back never go through text.
    @usableFromInline enum Value: Hashable, Sendable {
        case integer(Int)
        /// A number that is no integer `Int` holds (12.5, 1e30), as its decimal text: it never matches a documented
        /// integer code. Where text is expected a number is read exactly (`27.0000000000000001` is this); where
        /// numbers are, Foundation's integer read goes through `Double` for a fraction or an exponent, so one equal
        /// to an integer there (`27.0`, and `27.0000000000000001` or `1e-400` beyond its precision) is that integer
        /// (docs/limits-payloads.md).
        case decimal(String)
        case text(String)
        case boolean(Bool)
        case null
    }

    @usableFromInline let value: Value

    /// The same JSON kind and the same text, scalar for scalar. `String`'s own equality is canonical equivalence:
    /// "O\u{212A}" (a Kelvin sign) matched an open enum's "OK" in the generated `switch`, was read as that case, and
    /// went back on the wire as ASCII "OK". (Hashing stays `String`'s: values equal here hash alike.)
    @inlinable public static func == (lhs: WireCode, rhs: WireCode) -> Bool {
        switch (lhs.value, rhs.value) {
        case (.text(let left), .text(let right)), (.decimal(let left), .decimal(let right)):
            left.isSameUTF8(as: right)
        default:
            lhs.value == rhs.value
        }
    }

    @inlinable public init(_ number: Int) { value = .integer(number) }
    @inlinable public init(text: String) { value = .text(text) }
    @inlinable public init(_ flag: Bool) { value = .boolean(flag) }
    @inlinable public init(integerLiteral value: Int) { self.init(value) }
    @inlinable public init(stringLiteral value: String) { self.init(text: value) }
    @inlinable public init(booleanLiteral value: Bool) { self.init(value) }
    public static let null = WireCode(value: .null)

    private init(value: Value) { self.value = value }

    /// A number as decimal text: an integer `Int` holds as that integer, any other as its text ("12.5",
    /// "1000000000000000000000000000000"); nil if the text is not a number.
    init?(numberText: String) {
        if let integer = Int(numberText) {
            self.init(integer)
            return
        }
        guard NumberText.isPlain(Substring(numberText)) else { return nil }
        self.init(value: .decimal(numberText))
    }

    /// A scalar of a JSON value as a code; nil for a list or an object.
    init?(scalar value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self.init(flag)
        case .string(let text): self.init(text: text)
        case .number(let number): self.init(numberText: number.text)
        case .array, .object: return nil
        }
    }

    public var kind: Kind {
        switch value {
        case .integer, .decimal: .number
        case .text: .text
        case .boolean: .boolean
        case .null: .null
        }
    }

    /// The value as sent: the text itself, a number's decimal digits ("12.5", "-63"), "true"/"false", or "" for null.
    public var text: String {
        switch value {
        case .integer(let number): String(number)
        case .decimal(let text), .text(let text): text
        case .boolean(let flag): String(flag)
        case .null: ""
        }
    }

    /// The integer this value spells — a number, or text holding one with any padding or whitespace ("007", " 7 ") —
    /// nil for anything else (fractions, numbers beyond `Int`, words, "", null).
    public var integerValue: Int? {
        switch value {
        case .integer(let number): number
        // Most codes are plain digits: parsed as they are before any whitespace is trimmed.
        case .text(let text): Int(text) ?? Int(text.trimmingWhitespace)
        case .decimal, .boolean, .null: nil
        }
    }

    /// The text with surrounding whitespace removed: the key a textual table matches on. A number's digits and a
    /// boolean's `true` or `false` are keys too, so a table's code `7` or `true` matches the JSON value as it does text.
    public var trimmedText: String? {
        switch value {
        case .integer(let number): String(number)
        case .decimal(let text): text
        case .text(let text): text.trimmingWhitespace
        case .boolean(let flag): String(flag)
        case .null: nil
        }
    }

    /// The boolean this value spells: a JSON boolean, or text `true` or `false` with any whitespace around it (a form
    /// or query carries text only); nil for anything else.
    public var booleanValue: Bool? {
        switch value {
        case .boolean(let flag): flag
        case .text(let text): Bool(text) ?? Bool(text.trimmingWhitespace)
        case .integer, .decimal, .null: nil
        }
    }

    /// The value for people: text quoted and escaped (`DisplayText`), as a provider's code may hold terminal escapes.
    public var description: String {
        switch kind {
        case .text: DisplayText.quotedExcerpt(text)
        case .null: "null"
        case .number, .boolean: text
        }
    }

    /// Decodes any scalar with one read of the expected kind first (`.number` for tables written as numbers,
    /// `.boolean` for success flags, `.text` otherwise); the other kinds are only tried when the value is not of the
    /// expected one.
    public static func decode(from decoder: any Decoder, expecting kind: Kind) throws -> WireCode {
        try decode(from: SingleValueCodeSource(container: try decoder.singleValueContainer()), expecting: kind)
    }

    /// The expected kind is read first: a well-formed code costs one read, and `null` (which fails it) is told apart
    /// next, with the other kinds.
    @inlinable
    static func decode<Source: CodeSource>(from source: Source, expecting kind: Kind) throws -> WireCode {
        switch kind {
        case .number: if let number = try? source.decode(Int.self) { return WireCode(number) }
        case .boolean: if let flag = try? source.decode(Bool.self) { return WireCode(flag) }
        case .text, .null: if let text = try? source.decode(String.self) { return WireCode(text: text) }
        }
        return try decodeUnexpectedKind(from: source, expecting: kind)
    }

    /// A code under a key, read in place the same way: the expected kind straight from the container, the other
    /// kinds through a `KeyedCodeSource` (which copies the container, so only when they are needed).
    @inlinable
    static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key, expecting kind: Kind) throws -> WireCode {
        switch kind {
        case .number: if let number = try? container.decodeNumber(Int.self, forKey: key) { return WireCode(number) }
        case .boolean: if let flag = try? container.decodeFlag(Bool.self, forKey: key) { return WireCode(flag) }
        case .text, .null: if let text = try? container.decode(String.self, forKey: key) { return WireCode(text: text) }
        }
        return try decodeUnexpectedKind(from: KeyedCodeSource(container: container, key: key), expecting: kind)
    }

    /// An optional code under a key: nil when absent or `null`, one read when it is of the expected kind. Any
    /// failure of that read goes on to the other kinds, as in `decode`: Foundation refuses `-1.5` for an `Int` with
    /// an error of its own, no type mismatch, and a required code of the same value reads it as a decimal code.
    @inlinable
    static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key, expecting kind: Kind) throws -> WireCode? {
        do {
            switch kind {
            case .number: if let number = try container.decodeNumberIfPresent(Int.self, forKey: key) { return WireCode(number) }
            case .boolean: if let flag = try container.decodeFlagIfPresent(Bool.self, forKey: key) { return WireCode(flag) }
            case .text, .null: return try container.decodeIfPresent(String.self, forKey: key).map { WireCode(text: $0) }
            }
        } catch {
            return try decodeUnexpectedKind(from: KeyedCodeSource(container: container, key: key), expecting: kind)
        }
        return try emptyFormCode(from: container, forKey: key)
    }

    /// A number or flag read as absent: the key is missing or `null` — or a form field sent empty (`err=`), which a
    /// form's number or flag read takes for absent (empty text is no number) but which a code keeps as its empty
    /// text, `unknown("")`, written back as it came.
    @usableFromInline
    static func emptyFormCode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> WireCode? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        return WireCode(text: try container.decode(String.self, forKey: key))
    }

    /// A value that is not of its table's kind: `null`, the other of number and text, a number beyond `Int` or with
    /// a fraction, a boolean.
    @inlinable
    static func decodeUnexpectedKind<Source: CodeSource>(from source: Source, expecting kind: Kind) throws -> WireCode {
        // Text where a number or a boolean is expected first (providers mix them; specialized where it is called):
        // `null` fails it too and is told apart next, with the kinds no provider documents. A number where text is
        // expected is read exactly, `Decimal` first: an integer read goes through `Double` for a fraction or an
        // exponent, so `27.0000000000000001` and `1e-400` were the documented codes 27 and 0.
        if kind == .number || kind == .boolean, let text = try? source.decode(String.self) { return WireCode(text: text) }
        return try decodeRareKind(from: source)
    }

    /// `null`, a number beyond `Int` or with a fraction, a boolean — or no code at all.
    @usableFromInline
    static func decodeRareKind<Source: CodeSource>(from source: Source) throws -> WireCode {
        if try source.decodeNil() { return .null }
        // A reason the decoder gives for the value itself says more than the kinds do.
        var refusal = DecoderRefusal()
        // `JSONNumber` reads `Decimal` first, and keeps every digit of a longer number read through `JSONPayload`.
        // A number below what `Double` holds (`1e-400`) is refused by both reads, never taken for 0; a zero is 0
        // however it is spelled (`-0.0e1`, which Foundation's `Double` read refuses).
        if let number = refusal.read({ try source.decode(JSONNumber.self) }), let code = WireCode(numberText: number.text) {
            return code
        }
        if let number = refusal.read({ try source.decode(Double.self) }), number.isFinite {
            return WireCode(value: .decimal(String(describing: number)))
        }
        if let flag = refusal.read({ try source.decode(Bool.self) }) { return WireCode(value: .boolean(flag)) }
        _ = refusal.read { try source.decode(String.self) }
        if let error = refusal.error { throw error }
        throw source.corrupted("Expected a code: a number, text, a boolean or null — not a list or an object.")
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decode(from: decoder, expecting: .text)
    }

    public func encode(to encoder: any Encoder) throws {
        var sink = SingleValueCodeSink(container: encoder.singleValueContainer(), userInfo: encoder.userInfo)
        try encode(to: &sink)
    }

    /// Writes the value as it arrived: an integer as that integer, a decimal as its digits, text as is.
    @inlinable
    func encode<Sink: CodeSink>(to container: inout Sink) throws {
        switch value {
        case .integer(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        case .null: try container.encodeNil()
        case .boolean(let flag): try container.encode(flag)
        case .decimal(let text): try Self.encode(decimalText: text, to: &container)
        }
    }

    @usableFromInline
    static func encode<Sink: CodeSink>(decimalText text: String, to container: inout Sink) throws {
        if let substitute = try NumberText.substitute(forLong: text, at: container.codingPath, userInfo: container.userInfo) {
            return try container.encode(substitute)
        }
        if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), decimal.description == text {
            try container.encode(decimal)
        } else {
            try container.encode(Double(text) ?? 0)
        }
    }
}

extension WireCode {
    /// A code under `key`, read as a generated status enum's or open enum's `decode(_:forKey:)` reads it; nil for an
    /// absent or `null` value when `ifPresent`. For `smsspec decode` with a spec file, which has no generated type.
    @_spi(Generated) public static func read<Key>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key, expecting kind: Kind, ifPresent: Bool
    ) throws -> WireCode? {
        ifPresent
            ? try decodeIfPresent(from: container, forKey: key, expecting: kind)
            : try decode(from: container, forKey: key, expecting: kind)
    }
}
