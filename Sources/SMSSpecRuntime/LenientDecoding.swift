import Foundation

/// A scalar a provider may send either as itself or as text ("70" for 70, "1" for true).
@_spi(Generated) public protocol LenientScalar: Decodable {
    init?(wireText: String)
    static var wireDescription: String { get }
    /// Reads the value as its own kind through the container's method for this type (a generic `decode` would
    /// build a nested decoder for every value).
    static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Self
    static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Self?
}

extension LenientScalar {
    /// What a refusal of `text` adds: a number written with a comma (a user's balance "29,296.800") is refused rather
    /// than guessed, and says so; nothing for any other text.
    public static func refusalNote(for text: String?) -> String {
        Self.self != String.self && Self.self != Bool.self && text?.contains(",") == true
            ? " A comma is read neither as a decimal point nor as a thousands separator: the text is refused rather than guessed." : ""
    }
}

/// A number Swift parses from its own text: `Int`, `Int64`, `Double`.
@_spi(Generated) public protocol LenientNumber: LenientScalar, LosslessStringConvertible {}

extension LenientNumber {
    /// Plain digits are parsed as they are; only text the parser refuses is trimmed and tried again.
    public init?(wireText: String) {
        guard let value = Self(wireText) ?? Self(wireText.trimmingWhitespace) else { return nil }
        self = value
    }
}

@_spi(Generated) extension Int: LenientNumber {
    public static var wireDescription: String { "an integer" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int {
        try container.decodeNumber(Int.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int? {
        try container.decodeNumberIfPresent(Int.self, forKey: key)
    }
}

@_spi(Generated) extension Int64: LenientNumber {
    public static var wireDescription: String { "a 64-bit integer" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int64 {
        try container.decodeNumber(Int64.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int64? {
        try container.decodeNumberIfPresent(Int64.self, forKey: key)
    }
}

@_spi(Generated) extension Double: LenientNumber {
    /// Decimal text only, and a value a `Double` holds: Swift's parser also reads "nan", "inf" and hexadecimal
    /// ("0x1p3" as 8), and turns "1e999" into infinity and "1e-999" into 0, where JSON's "1e400" is refused.
    public init?(wireText: String) {
        var text = Substring(wireText)
        if !NumberText.isPlain(text) { text = Substring(wireText.trimmingWhitespace) }
        guard NumberText.isPlain(text), let value = Double(text), value.isFinite, value != 0 || !NumberText.hasNonZeroDigit(text)
        else { return nil }
        self = value
    }
    public static var wireDescription: String { "a number" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Double {
        try container.decodeNumber(Double.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Double? {
        try container.decodeNumberIfPresent(Double.self, forKey: key)
    }
}

@_spi(Generated) extension Decimal: LenientScalar {
    /// Decimal text only: `Decimal(string:)` reads the longest number at the start ("12abc" as 12, "1,5" as 1), and
    /// silently drops the digits its 128-bit significand cannot hold (a 42-digit amount ends in 000): a number whose
    /// digits the value does not keep is no value either.
    public init?(wireText: String) {
        let text = wireText.trimmingWhitespace
        guard NumberText.isPlain(Substring(text)), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
            NumberText.significantDigits(Substring(text)) == NumberText.significantDigits(Substring(value.description))
        else {
            return nil
        }
        self = value
    }
    /// What a `Decimal` holds, said whole: `1e-200` is a number, but none a `Decimal` holds (an attack).
    public static var wireDescription: String { "a decimal number a Decimal holds (at most 38 significant digits, exponents -128 to 127)" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Decimal {
        try container.decode(Decimal.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Decimal? {
        try container.decodeIfPresent(Decimal.self, forKey: key)
    }
}

@_spi(Generated) extension Bool: LenientScalar {
    public init?(wireText: String) {
        switch wireText.trimmingWhitespace.lowercased() {
        case "true", "1", "yes": self = true
        case "false", "0", "no": self = false
        default: return nil
        }
    }
    /// The number 1 or 0 (in `JSONNumber`'s plain notation, so `1.0` and `1e0` are 1), as a lenient boolean reads it.
    public init?(wireNumber text: String) {
        switch text {
        case "1": self = true
        case "0": self = false
        default: return nil
        }
    }
    public static var wireDescription: String { "a boolean (true or false, 1 or 0, yes or no)" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Bool {
        try container.decode(Bool.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Bool? {
        try container.decodeIfPresent(Bool.self, forKey: key)
    }
}

@_spi(Generated) extension String: LenientScalar {
    public init?(wireText: String) { self = wireText }
    public static var wireDescription: String { "a string" }
    @inlinable public static func decode<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> String {
        try container.decode(String.self, forKey: key)
    }
    @inlinable public static func decodeIfPresent<Key>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> String? {
        try container.decodeIfPresent(String.self, forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a required scalar; with `lenient`, text holding the value is accepted too. The value is read once as
    /// its own type; only a value of another kind (text for a number, a number for text) is read again.
    @inlinable @_spi(Generated) public func decodeScalar<Value: LenientScalar>(_ type: Value.Type, forKey key: Key, lenient: Bool) throws -> Value {
        do {
            return try Value.decode(from: self, forKey: key)
        } catch DecodingError.typeMismatch(_, _) where lenient {
            return try decodeOtherKind(Value.self, forKey: key)
        }
    }

    /// A discriminated callback's kind: text, or a number's or boolean's (`decodeScalar`, leniently); nil for `null`,
    /// which names no kind the spec lists (an unknown event). An absent kind is an error, as an absent code is.
    @inlinable @_spi(Generated) public func decodeKind(forKey key: Key) throws -> String? {
        do {
            return try decodeScalar(String.self, forKey: key, lenient: true)
        } catch DecodingError.valueNotFound(_, _) where (try? decodeNil(forKey: key)) == true {
            return nil
        }
    }

    /// Decodes an optional scalar: absent and null both give nil; with `lenient`, so does empty or blank text, as an
    /// empty form field does (a user's `"wallet": ""` failed the whole answer; another's padded `"textLength": " "`,
    /// whose `" 13"` read as 13).
    @inlinable @_spi(Generated) public func decodeScalarIfPresent<Value: LenientScalar>(_ type: Value.Type, forKey key: Key, lenient: Bool) throws -> Value? {
        do {
            return try Value.decodeIfPresent(from: self, forKey: key)
        } catch DecodingError.typeMismatch(_, _) where lenient {
            if let text = try? decode(String.self, forKey: key), text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return nil }
            return try decodeOtherKind(Value.self, forKey: key)
        }
    }

    /// A lenient value that is not of its own kind: text holding it, or (for text) a number or boolean. A number
    /// the decoder refuses (`1e400`) is said to be so, as a code field says it, not to be of the wrong kind.
    @inlinable @_spi(Generated) public func decodeOtherKind<Value: LenientScalar>(_ type: Value.Type, forKey key: Key) throws -> Value {
        let text = try? decode(String.self, forKey: key)
        if let text, let value = Value(wireText: text) { return value }
        var refusal = DecoderRefusal()
        if Value.self == String.self, let value = decodeNumberAsText(forKey: key, keeping: &refusal) as? Value { return value }
        // PHP gateways write a boolean as the number 1 or 0 (1.0 too); any other number is no boolean.
        if Value.self == Bool.self, let number = refusal.read({ try decode(JSONNumber.self, forKey: key) }),
            let value = Bool(wireNumber: number.text) as? Value
        {
            return value
        }
        if let error = refusal.error { throw error }
        throw DecodingError.typeMismatch(
            Value.self,
            .init(
                codingPath: codingPath + [key],
                debugDescription: "Field \"\(key.stringValue)\" must be \(Value.wireDescription), as a value or as text.\(Value.refusalNote(for: text))")
        )
    }

    /// A number's digits as `JSONNumber` reads them: `Decimal` first, exact to 38 digits, where an integer read goes
    /// through `Double` for a number with a fraction (`27.0000000000000001` and `0.99999999999999999999` were "27"
    /// and "1") and `Double`'s own text rounds and writes exponents ("1.4466445287300014e+19", "1e-07").
    @usableFromInline func decodeNumberAsText(forKey key: Key, keeping refusal: inout DecoderRefusal) -> String? {
        if let number = refusal.read({ try decode(JSONNumber.self, forKey: key) }) { return number.text }
        if let flag = refusal.read({ try decode(Bool.self, forKey: key) }) { return String(flag) }
        return nil
    }
}

/// The first reason a decoder gives for refusing a value itself while other kinds are tried: a form field sent
/// twice, or a scalar Foundation's JSON decoder refuses (1e400, a lone surrogate escape). It says more than that the
/// value is of none of the kinds tried.
@usableFromInline struct DecoderRefusal {
    @usableFromInline var error: (any Error)?

    @usableFromInline init() {}

    /// `read`'s value, or nil when it fails; a refusal of the value (not of its kind) is kept, the first one.
    @usableFromInline mutating func read<Value>(_ read: () throws -> Value) -> Value? {
        do {
            return try read()
        } catch DecodingError.dataCorrupted(let context) {
            error = error ?? DecodingError.dataCorrupted(context)
        } catch is DecodingError {
        } catch {
            self.error = self.error ?? error
        }
        return nil
    }
}

/// Numbers written as text, as providers write them.
enum NumberText {
    /// An optional sign, digits with an optional fraction (`12`, `007`, `+1.5`, `.5`, `2.`), an optional exponent.
    static func isPlain(_ text: Substring) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        func sign() { if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() } }
        sign()
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            sign()
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// The number's digits before any exponent, without its point, from its first non-zero digit to its last: what
    /// a value must keep to be the number (`-001.2300e5` is `123`, as `12.3`).
    static func significantDigits(_ text: Substring) -> ArraySlice<UInt8> {
        let digits = Array(text.utf8.prefix { $0 | 0x20 != UInt8(ascii: "e") }.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }), let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") })
        else { return [] }
        return digits[first...last]
    }

    /// Whether the number's digits before any exponent are not all zeros (so a value of 0 is an underflow).
    static func hasNonZeroDigit(_ text: Substring) -> Bool {
        text.utf8.prefix { $0 | 0x20 != UInt8(ascii: "e") }.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
    }
}
