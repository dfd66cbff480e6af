import Foundation

/// Any JSON value, kept as it came: what an unknown callback variant carries so nothing is lost.
public enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, exactly: `9007199254740993` stays that, not the nearest `Double`.
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// An object's members; nil for any other value.
    public var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// A list's items; nil for any other value.
    public var items: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }

    /// Text is tried first (one read for the most common value); any other value is then read as the kind the
    /// decoder says it found, so it costs one failed read whatever its kind.
    public init(from decoder: any Decoder) throws {
        let container: any SingleValueDecodingContainer
        do {
            container = try decoder.singleValueContainer()
        } catch {
            // A whole form body or query string (a form callback's event of a kind the spec does not list) is no one
            // value: it reads as the object of its fields.
            guard let form = decoder as? any WholeFormDecoding else { throw error }
            self = form.fieldsAsObject
            return
        }
        do {
            self = .string(try container.decode(String.self))
        } catch DecodingError.typeMismatch(_, let context) {
            let found = Found(context)
            if found == .array || found == .object, let value = try JSONValue.fromDocument(of: decoder) {
                self = value
            } else {
                self = try JSONValue(notText: container, found: found, at: context.codingPath)
            }
        } catch DecodingError.valueNotFound where container.decodeNil() {
            self = .null
        } catch is DecodingError {
            self = try JSONValue(notText: container)
        }
        // Any other error is the decoder refusing the text itself (a lone surrogate escape): it is text, said so.
    }

    /// A value that is not text, read as the kind `found` names; without it, each kind is tried in turn. `path` is
    /// the value's coding path when the caller has it already (building one costs a walk up the decoder).
    @usableFromInline init(
        notText container: any SingleValueDecodingContainer, found: Found? = nil, at path: [any CodingKey]? = nil
    ) throws {
        switch found {
        case .array?:
            try JSONValue.checkDepth(path ?? container.codingPath)
            self = .array(try container.decode([JSONValue].self))
        case .object?:
            try JSONValue.checkDepth(path ?? container.codingPath)
            self = .object(try container.decode([String: JSONValue].self))
        case .number?: self = .number(try container.decode(JSONNumber.self))
        case .bool?: self = .bool(try container.decode(Bool.self))
        case nil:
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(JSONNumber.self) {
                self = .number(number)
            } else {
                try JSONValue.checkDepth(container.codingPath)
                if let items = try? container.decode([JSONValue].self) {
                    self = .array(items)
                } else if let members = try? container.decode([String: JSONValue].self) {
                    self = .object(members)
                } else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value.")
                }
            }
        }
    }

    /// The kind a decoder reports finding where text was expected ("… but found an array instead.", Foundation's
    /// `JSONDecoder`); nil for any other wording, and the kinds are then tried in turn.
    @usableFromInline enum Found {
        case array, object, number, bool

        @usableFromInline init?(_ context: DecodingError.Context) {
            let text = context.debugDescription
            guard text.hasSuffix(" instead.") else { return nil }
            if text.hasSuffix("found an array instead.") { self = .array }
            else if text.hasSuffix("found a dictionary instead.") { self = .object }
            else if text.hasSuffix("found number instead.") { self = .number }
            else if text.hasSuffix("found bool instead.") { self = .bool }
            else { return nil }
        }
    }

    /// The deepest a list or object inside a `JSONValue` may sit (`PayloadLimits.maximumJSONValueDepth`): each
    /// level costs the decoder a failed read whose price grows with the depth, so deeper values are refused.
    @usableFromInline static func checkDepth(_ codingPath: [any CodingKey]) throws {
        guard codingPath.count < PayloadLimits.maximumJSONValueDepth else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath,
                debugDescription: "Nested deeper than \(PayloadLimits.maximumJSONValueDepth) levels, the limit for a value kept as JSON."))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }
}

/// A JSON number in decimal text, exact for integers of any 64-bit range and for up to 38 significant digits
/// (what `Decimal` holds); only beyond that, or past `Decimal`'s exponent range, is it the nearest `Double`.
public struct JSONNumber: Codable, Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// The number in plain decimal notation: `9007199254740993`, `-0.25`, `1500` (for `1.5e3`).
    public let text: String

    public init(integerLiteral value: Int64) { text = String(value) }

    /// A `Double` in plain notation where `Decimal` holds it (`1e-07` is "0.0000001"), so a number read through
    /// `Double` (`20e-129`, which `Decimal` does not parse) has the text it has when read again (`2e-128`, which it does).
    public init(floatLiteral value: Double) {
        if value.rounded() == value, let integer = Int64(exactly: value) {
            text = String(integer)
        } else if let decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")), decimal.isFinite {
            text = decimal.description
        } else {
            text = "\(value)"
        }
    }

    public var description: String { text }
    public var int64Value: Int64? { Int64(text) }
    public var uint64Value: UInt64? { UInt64(text) }
    public var decimalValue: Decimal? { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) }
    public var doubleValue: Double { Double(text) ?? .nan }

    /// The number a JSON number's text (valid by RFC 8259's grammar) reads as through Foundation's decoder, as
    /// `init(from:)` reads it; nil where that read fails (a number beyond what a `Double` holds, 1e400 or 1e-400).
    /// A number with more significant digits than `Decimal` holds keeps them all (`NumberText.longNumberText`).
    init?(jsonText text: String) {
        if let exact = NumberText.longNumberText(text) {
            self.init(decimalText: exact)
        } else if text.utf8.count <= 18, !text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            // What `Decimal` writes for up to 18 digits without an exponent: no trailing zeros after a point, no "-0".
            var plain = Substring(text)
            if plain.contains(".") {
                while plain.last == "0" { plain.removeLast() }
                if plain.last == "." { plain.removeLast() }
            }
            self.init(decimalText: plain == "-0" ? "0" : String(plain))
        } else if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), decimal.isFinite {
            self.init(decimalText: decimal.description)
        } else if let double = Double(text), double.isFinite,
            double != 0 || !text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { $0 >= "1" && $0 <= "9" })
        {
            self.init(floatLiteral: double)
        } else {
            return nil
        }
    }

    /// The number a form field's text is (`FormEncoder` writes a number's `text`): plain digits with an optional sign,
    /// point and exponent (`+1.5`, `007`, `2.`, `1.5e3`), exactly, every digit of a longer one too; nil for any other
    /// text (`nan`, `inf`, `12abc`) and for a number beyond what a `Double` holds (`1e400`), as from JSON.
    init?(formText: String) {
        let text = formText.trimmingWhitespace
        guard NumberText.isPlain(Substring(text)) else { return nil }
        if let decimal = Decimal(wireText: text) {
            self.init(decimalText: decimal.description)
        } else if let exact = NumberText.longNumberText(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            self.init(decimalText: exact)
        } else {
            return nil
        }
    }

    private init(decimalText: String) { text = decimalText }

    public init(from decoder: any Decoder) throws {
        // A number with more digits than `Decimal` holds, in a payload read through `JSONPayload`: its own text.
        if let exact = IntegerAudit.longNumberText(in: decoder) {
            text = exact
            return
        }
        // A form field's text: read through `Decimal` and then `Double`, a longer number was rounded (…789000).
        if let field = decoder as? any FormFieldText {
            let text = try field.fieldText()
            guard let number = JSONNumber(formText: text) else {
                throw DecodingError.typeMismatch(
                    JSONNumber.self, .init(codingPath: decoder.codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not a number."))
            }
            self = number
            return
        }
        let container = try decoder.singleValueContainer()
        // `Decimal` first: it reads the digits as written (27.0000000000000001 stays that, where an integer read
        // goes through `Double` and answers 27), exactly for integers of any 64-bit range.
        if let decimal = try? container.decode(Decimal.self), decimal.isFinite {
            text = decimal.description
        } else {
            text = JSONNumber(floatLiteral: try container.decode(Double.self)).text
        }
    }

    /// Writes the number; one with more significant digits than `Decimal` holds only through `JSONPayload.encode`
    /// (Foundation's encoder alone would write another number: an error).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let substitute = try NumberText.substitute(forLong: text, at: encoder.codingPath, userInfo: encoder.userInfo) {
            return try container.encode(substitute)
        }
        if let integer = int64Value {
            try container.encode(integer)
        } else if let integer = uint64Value {
            try container.encode(integer)
        } else if let decimal = decimalValue, decimal.description == text {
            try container.encode(decimal)
        } else {
            try container.encode(doubleValue)
        }
    }
}

extension KeyedDecodingContainer {
    /// A JSON field read in place: text (the usual value) with one read under `key`, without the nested decoder a
    /// generic `decode` makes for every value; any other kind is then read by a nested decoder, which does not try
    /// text again. The value is the one `JSONValue(from:)` reads.
    @inlinable @_spi(Generated) public func decode(_ type: JSONValue.Type, forKey key: Key) throws -> JSONValue {
        do {
            return .string(try decode(String.self, forKey: key))
        } catch DecodingError.typeMismatch(_, let context) {
            return try decodeNotText(forKey: key, found: JSONValue.Found(context), at: context.codingPath)
        } catch DecodingError.valueNotFound {
            if try decodeNil(forKey: key) { return .null }
            return try decode(JSONValue.NotText.self, forKey: key).value
        }
    }

    /// An optional JSON field read in place (see `decode(_:forKey:)`): nil when absent or `null`.
    @inlinable @_spi(Generated) public func decodeIfPresent(_ type: JSONValue.Type, forKey key: Key) throws -> JSONValue? {
        do {
            return try decodeIfPresent(String.self, forKey: key).map(JSONValue.string)
        } catch DecodingError.typeMismatch(_, let context) {
            return try decodeNotText(forKey: key, found: JSONValue.Found(context), at: context.codingPath)
        }
    }
}

extension KeyedDecodingContainer {
    /// A field that is not text, read as the kind the decoder found (see `JSONValue.Found`), else kind by kind;
    /// `path` is the field's coding path, from the decoder's error.
    @usableFromInline func decodeNotText(forKey key: Key, found: JSONValue.Found?, at path: [any CodingKey]) throws -> JSONValue {
        switch found {
        case .array?, .object?:
            try JSONValue.checkDepth(path)
            if let value = try JSONValue.fromDocument(of: superDecoder(forKey: key)) { return value }
            return found == .array
                ? .array(try decode([JSONValue].self, forKey: key)) : .object(try decode([String: JSONValue].self, forKey: key))
        case .number?: return .number(try decode(JSONNumber.self, forKey: key))
        case .bool?: return .bool(try decode(Bool.self, forKey: key))
        case nil: return try decode(JSONValue.NotText.self, forKey: key).value
        }
    }
}

extension JSONValue {
    /// A value known not to be text, read through the decoder's own nested decoding (any `Decoder` supports it).
    @usableFromInline struct NotText: Decodable {
        @usableFromInline let value: JSONValue
        @usableFromInline init(from decoder: any Decoder) throws { value = try JSONValue(notText: decoder.singleValueContainer()) }
    }
}

extension KeyedEncodingContainer {
    /// A JSON field written in place: a string, boolean or `null` goes under `key` without the nested encoder a
    /// generic `encode` makes for every value; numbers, lists and objects are written by `JSONValue.encode(to:)`.
    /// The bytes are the same either way.
    @inlinable @_spi(Generated) public mutating func encode(_ value: JSONValue, forKey key: Key) throws {
        switch value {
        case .string(let text): try encode(text, forKey: key)
        case .bool(let flag): try encode(flag, forKey: key)
        case .null: try encodeNil(forKey: key)
        case .number, .array, .object: try encodeThroughItsEncoder(value, forKey: key)
        }
    }

    /// The generic `encode`, which the overload above shadows for a `JSONValue` argument.
    @usableFromInline mutating func encodeThroughItsEncoder<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try encode(value, forKey: key)
    }

    /// An optional JSON field written in place (see `encode(_:forKey:)`); nothing when it is nil.
    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: JSONValue?, forKey key: Key) throws {
        guard let value else { return }
        try encode(value, forKey: key)
    }
}
