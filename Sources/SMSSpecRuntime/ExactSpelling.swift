/// A text compared byte for byte in UTF-8, so scalar for scalar: what generated code switches on to tell a
/// discriminated payload's kind (`switch ExactSpelling(kind) { case "ACK": … }`), as codes and open enums are read.
/// A `String` case matches by canonical equivalence: `"AC\u{212A}"` (a Kelvin sign) was the variant `ACK`, and was
/// written back as ASCII `ACK` (an attack).
@_spi(Generated) public struct ExactSpelling: Equatable, ExpressibleByStringLiteral, Sendable {
    public let text: String

    @inlinable public init(_ text: String) { self.text = text }
    @inlinable public init(stringLiteral value: String) { text = value }

    @inlinable public static func == (lhs: Self, rhs: Self) -> Bool { lhs.text.isSameUTF8(as: rhs.text) }
}
