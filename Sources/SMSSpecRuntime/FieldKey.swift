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
