/// A provider-sent enum that is open: values the spec does not list decode to `unknown(raw)` and encode back
/// unchanged. Any scalar decodes (see `WireCode`): a listed value matches by its exact text; a number, other text,
/// a boolean or `null` (for a required field) is `unknown`, kept with its JSON kind.
public protocol OpenEnum: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, SeparatedListElement {
    init(wireValue: WireCode)
    var wireValue: WireCode { get }
    /// The values the spec lists.
    static var knownCases: [Self] { get }
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(wireValue: try WireCode.decode(from: decoder, expecting: .text))
    }

    public func encode(to encoder: any Encoder) throws {
        try wireValue.encode(to: encoder)
    }

    /// Whether the value is one the spec lists, read as decoding reads it: a hand-made `.unknown("07")` of a number
    /// value 7 is known too (a review).
    public var isKnown: Bool { Self.knownCases.contains(Self(wireValue: wireValue)) }
    public var description: String { wireValue.text }
    /// The value quoted and escaped (`WireCode.description`): what `print` and `dump` show of a message holding it, as an
    /// unknown value is anyone's text and may hold terminal escapes.
    public var debugDescription: String { wireValue.description }
}

extension KeyedDecodingContainer {
    /// An open enum read in place: the same value `Value(from:)` reads, without the nested decoder a generic `decode`
    /// makes for every value.
    @inlinable
    public func decode<Value: OpenEnum>(_ type: Value.Type, forKey key: Key) throws -> Value {
        Value(wireValue: try WireCode.decode(from: self, forKey: key, expecting: .text))
    }

    /// An optional open enum read in place: nil when absent or `null`.
    @inlinable
    public func decodeIfPresent<Value: OpenEnum>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try WireCode.decodeIfPresent(from: self, forKey: key, expecting: .text).map(Value.init(wireValue:))
    }
}

extension KeyedEncodingContainer {
    /// Writes an open enum in place: its value under `key` as it goes on the wire, no nested encoder.
    @inlinable
    public mutating func encode<Value: OpenEnum>(_ value: Value, forKey key: Key) throws {
        try encode(wireCode: value.wireValue, forKey: key)
    }

    /// Writes an optional open enum in place; nothing when it is nil.
    @inlinable
    public mutating func encodeIfPresent<Value: OpenEnum>(_ value: Value?, forKey key: Key) throws {
        guard let value else { return }
        try encode(value, forKey: key)
    }
}

/// Generated code checks it is built against the runtime version it was generated for.
@_spi(Generated) public protocol SMSSpecRuntimeVersion1 {}
