import Foundation

/// A code or enum value exactly as the provider sent it: its JSON kind and its text. An unknown code keeps it, so it
/// goes back on the wire unchanged — a number stays a number, text stays text with its padding, `null` stays `null`.
///
/// Any scalar decodes: an integer, a number beyond `Int64` or with a fraction (kept as its decimal digits), text of
/// any kind (padded, empty, non-numeric), a boolean, or `null`. Only an object or a list is not a code.
public struct WireCode: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral
{
    public enum Kind: String, Hashable, Sendable {
        case number, text, boolean, null
    }

    public let kind: Kind
    /// The value as sent: the text itself, a number's decimal digits ("12.5", "-63"), "true"/"false", or "" for null.
    public let text: String
    /// False for a number the decoder could not read as an integer (a fraction, an exponent, an underflow that
    /// Foundation's parser rounds to 0): it never matches a documented integer code.
    private let isIntegral: Bool

    private init(kind: Kind, text: String, isIntegral: Bool = true) {
        self.kind = kind
        self.text = text
        self.isIntegral = isIntegral
    }

    public init(_ number: Int) { self.init(kind: .number, text: String(number)) }
    public init(text: String) { self.init(kind: .text, text: text) }
    public init(integerLiteral value: Int) { self.init(value) }
    public init(stringLiteral value: String) { self.init(text: value) }
    public static let null = WireCode(kind: .null, text: "")

    /// A number that is not a plain integer, as decimal text ("12.5", "1000000000000000000000000000000"); nil if the
    /// text is not a number.
    init?(numberText: String) {
        guard let value = Decimal(string: numberText, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN,
            numberText.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
        else { return nil }
        self.init(kind: .number, text: numberText, isIntegral: false)
    }

    /// The integer this value spells — a number, or text holding one with any padding or whitespace ("007", " 7 ") —
    /// nil for anything else (fractions, numbers beyond `Int`, words, "", null).
    public var integerValue: Int? {
        switch kind {
        case .number: isIntegral ? Int(text) : nil
        // Most codes are plain digits: parsed as they are before any whitespace is trimmed.
        case .text: Int(text) ?? Int(text.trimmingWhitespace)
        case .boolean, .null: nil
        }
    }

    /// The text with surrounding whitespace removed: the key a textual table matches on.
    public var trimmedText: String? {
        switch kind {
        case .number, .text: text.trimmingWhitespace
        case .boolean, .null: nil
        }
    }

    public var description: String {
        switch kind {
        case .text: "\"\(text)\""
        case .null: "null"
        case .number, .boolean: text
        }
    }

    /// Decodes any scalar with one read of the expected kind first (`preferNumber` for tables written as numbers);
    /// the other kinds are only tried when the value is not of the expected one.
    public static func decode(from decoder: any Decoder, preferNumber: Bool) throws -> WireCode {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { return .null }
        if preferNumber {
            if let number = try? container.decode(Int.self) { return WireCode(number) }
            if let text = try? container.decode(String.self) { return WireCode(text: text) }
        } else {
            if let text = try? container.decode(String.self) { return WireCode(text: text) }
            if let number = try? container.decode(Int.self) { return WireCode(number) }
        }
        if let number = try? container.decode(Decimal.self), !number.isNaN, let code = WireCode(numberText: number.description) {
            return code
        }
        if let number = try? container.decode(Double.self), number.isFinite {
            return WireCode(kind: .number, text: String(describing: number), isIntegral: false)
        }
        if let flag = try? container.decode(Bool.self) { return WireCode(kind: .boolean, text: String(flag)) }
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "Expected a code: a number, text, a boolean or null — not a list or an object.")
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decode(from: decoder, preferNumber: false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch kind {
        case .text: try container.encode(text)
        case .null: try container.encodeNil()
        case .boolean: try container.encode(text == "true")
        case .number:
            if let integer = Int(text) {
                try container.encode(integer)
            } else if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), decimal.description == text {
                try container.encode(decimal)
            } else {
                try container.encode(Double(text) ?? 0)
            }
        }
    }
}
