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

    /// Text is tried first (one read for the most common value), then a boolean (one read), then a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Text first: the usual value costs one read; `null` fails it and is told apart next.
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = try JSONValue(notText: container)
        }
    }

    /// A value that is not text: `null`, a boolean, a number, a list or an object.
    @usableFromInline init(notText container: any SingleValueDecodingContainer) throws {
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(JSONNumber.self) {
            self = .number(number)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else if let members = try? container.decode([String: JSONValue].self) {
            self = .object(members)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value.")
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

    public init(floatLiteral value: Double) {
        if value.rounded() == value, let integer = Int64(exactly: value) { text = String(integer) } else { text = "\(value)" }
    }

    public var description: String { text }
    public var int64Value: Int64? { Int64(text) }
    public var uint64Value: UInt64? { UInt64(text) }
    public var decimalValue: Decimal? { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) }
    public var doubleValue: Double { Double(text) ?? .nan }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else if let integer = try? container.decode(UInt64.self) {
            text = String(integer)
        } else if let decimal = try? container.decode(Decimal.self), decimal.isFinite {
            text = decimal.description
        } else {
            text = "\(try container.decode(Double.self))"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
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
        } catch DecodingError.typeMismatch, DecodingError.valueNotFound {
            if try decodeNil(forKey: key) { return .null }
            return try decode(JSONValue.NotText.self, forKey: key).value
        }
    }

    /// An optional JSON field read in place (see `decode(_:forKey:)`): nil when absent or `null`.
    @inlinable @_spi(Generated) public func decodeIfPresent(_ type: JSONValue.Type, forKey key: Key) throws -> JSONValue? {
        do {
            return try decodeIfPresent(String.self, forKey: key).map(JSONValue.string)
        } catch DecodingError.typeMismatch {
            return try decode(JSONValue.NotText.self, forKey: key).value
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
