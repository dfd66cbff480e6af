/// A field's wire name as a coding key: generated `init(from:)` and `encode(to:)` read and write each field by its
/// wire name (`forKey: "message_id"`) instead of declaring a `CodingKeys` enum per type. Those enums, and the
/// conformances Swift derives for them, made up about a third of what the compiler re-checks in a target's module
/// interface after any edit.
@_spi(Generated) public struct FieldKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String

    @inlinable public init(stringValue: String) { self.stringValue = stringValue }
    @inlinable public init(stringLiteral value: String) { self.stringValue = value }

    /// Wire names are text: no field is keyed by position.
    public var intValue: Int? { nil }
    public init?(intValue: Int) { nil }
}

/// Optional fields written by generated `encode(to:)`: a present value is written with the container's own method
/// for its type, an absent one costs nothing. The standard library's `encodeIfPresent` passes even a `nil` through
/// the type-erased container to the concrete one's default implementation, copying the key at each step, and a
/// `FieldKey` (a `String`) is copied through its value witnesses: about 50 instructions a field, present or not.
@_spi(Generated) extension KeyedEncodingContainer where K == FieldKey {
    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: String?, forKey key: FieldKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: Int?, forKey key: FieldKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: Int64?, forKey key: FieldKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: Double?, forKey key: FieldKey) throws {
        if let value { try encode(value, forKey: key) }
    }

    @inlinable @_spi(Generated) public mutating func encodeIfPresent(_ value: Bool?, forKey key: FieldKey) throws {
        if let value { try encode(value, forKey: key) }
    }
}
