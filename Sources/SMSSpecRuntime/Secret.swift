/// A credential (API key, secret, password, token). Its value never shows in `description`,
/// `debugDescription`, `dump` or string interpolation; read it explicitly through `value`.
public struct Secret: Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
{
    public let value: String

    public init(_ value: String) { self.value = value }
    public init(stringLiteral value: String) { self.value = value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    /// The value itself, as the wire needs it — except when the encoder's `redactSecrets` is set (output meant for
    /// people, such as `smsspec decode`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.userInfo[.redactSecrets] as? Bool == true ? description : value)
    }

    /// What is printed in place of a credential (as in place of a URL's user information).
    public static let redacted = DisplayText.redactedUserinfo

    /// Empty or only whitespace: what an unset variable gives (`Secret(environment["X"] ?? "")`), never a key. A
    /// signature checked with it would pass anyone's forgery, so a receiver takes it for no secret.
    public var isBlank: Bool { value.allSatisfy(\.isWhitespace) }

    public var description: String { Self.redacted }
    public var debugDescription: String { Self.redacted }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension CodingUserInfoKey {
    /// Set to `true` on an encoder to write every `Secret` as `<redacted>` instead of its value.
    public static let redactSecrets = CodingUserInfoKey(rawValue: "smsspec.redactSecrets")!
}

extension Secret {
    /// `value` and its text in the other Unicode forms (composed, decomposed: macOS writes `é` as `e` + U+0301), each
    /// once: a credential pasted in another form is the same credential, and a byte search for one misses the other
    /// (an attack: a secret repeated decomposed in a recipient printed in full).
    @_spi(Generated) public static func canonicalForms(of value: String) -> [String] {
        guard !value.utf8.allSatisfy({ $0 < 0x80 }) else { return [value] }
        return [value, CanonicalForm.precomposed(value), CanonicalForm.decomposed(value)].distinctByBytes()
    }
}

extension Sequence where Element == String {
    /// Each text once, told apart by its UTF-8 bytes: a `Set<String>` keeps one of two canonically equivalent texts
    /// (`ö` and `o` + U+0308), and a byte search for that one misses the other, which then prints.
    @_spi(Generated) public func distinctByBytes() -> [String] {
        var seen = Set<[UInt8]>()
        return filter { seen.insert(Array($0.utf8)).inserted }
    }
}
