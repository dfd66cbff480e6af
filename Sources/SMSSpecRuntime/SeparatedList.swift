import Foundation

/// A value of a list the provider writes as one text, its elements joined by a separator
/// (`numbers=447700900001,447700900002`): a field with `separator:` in its spec.
public protocol SeparatedListElement: Sendable {
    /// The element its text stands for, or nil when the text is no such value.
    init?(separatedText text: String)
    /// The text the element is written as.
    var separatedText: String { get }
    /// What the elements are, for errors: "an integer".
    static var separatedDescription: String { get }
}

extension String: SeparatedListElement {
    public init?(separatedText text: String) { self = text }
    public var separatedText: String { self }
    public static var separatedDescription: String { "text" }
}

extension SeparatedListElement where Self: FixedWidthInteger {
    /// Decimal digits with an optional sign, as `Int("…")` reads them.
    public init?(separatedText text: String) {
        guard let value = Self(text) else { return nil }
        self = value
    }
    public var separatedText: String { String(self) }
}

extension Int: SeparatedListElement {
    public static var separatedDescription: String { "an integer" }
}

extension Int64: SeparatedListElement {
    public static var separatedDescription: String { "a 64-bit integer" }
}

extension OpenEnum {
    /// Any text is a value: one the spec does not list is kept as sent.
    public init?(separatedText text: String) { self.init(wireValue: WireCode(text: text)) }
    public var separatedText: String { wireValue.text }
    public static var separatedDescription: String { "a value" }
}

extension StatusCode {
    /// Any text is a code, as any value of a single code field is: padded (`0404`), undocumented, empty or textual,
    /// each kept as sent, a documented one written in its table's wire form.
    public init?(separatedText text: String) { self.init(wireCode: WireCode(text: text)) }
    public var separatedText: String { wireCode.text }
    public static var separatedDescription: String { "a code" }
}

/// Splitting and joining, the one definition both directions and the tools use.
@_spi(Generated) public enum SeparatedList {
    /// The texts of `text`'s elements, split at every `separator` scalar (never inside a character: a separator
    /// followed by a combining mark still separates). Empty text is the empty list.
    public static func texts(of text: String, separator: Unicode.Scalar) -> [String] {
        guard !text.isEmpty else { return [] }
        var texts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == separator {
                texts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        texts.append(String(current))
        return texts
    }

    /// Why `texts` cannot be written joined by `separator` and read back as the same list, or nil: an element that
    /// holds the separator would read as two, and a list of one empty element would read as the empty list.
    public static func problem(_ texts: [String], separator: Unicode.Scalar) -> String? {
        if texts.count == 1, texts[0].isEmpty {
            return "is one empty element, which is written as empty text and read back as the empty list"
        }
        guard let index = texts.firstIndex(where: { $0.unicodeScalars.contains(separator) }) else { return nil }
        return "has element \(index) (\(DisplayText.quotedExcerpt(texts[index]))), which holds the separator "
            + "\(DisplayText.quoted(String(separator))) and would be read back as more than one element"
    }

    /// The elements `text` holds, each read as `Element`.
    public static func elements<Element: SeparatedListElement>(
        of text: String, separator: Unicode.Scalar, as type: Element.Type, corrupted: (String) -> DecodingError
    ) throws -> [Element] {
        try texts(of: text, separator: separator).enumerated().map { index, elementText in
            guard let element = Element(separatedText: elementText) else {
                throw corrupted("Element \(index) of \(DisplayText.quotedExcerpt(text)) is \(DisplayText.quotedExcerpt(elementText)), not \(Element.separatedDescription).")
            }
            return element
        }
    }

    /// The one text `elements` are written as, or an error saying why they cannot be.
    public static func text<Element: SeparatedListElement>(
        of elements: [Element], separator: Unicode.Scalar, invalid: (String) -> EncodingError
    ) throws -> String {
        let texts = elements.map(\.separatedText)
        if let problem = problem(texts, separator: separator) { throw invalid("The list \(problem).") }
        return texts.joined(separator: String(separator))
    }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// A list written as one text joined by `separator`; the empty text is the empty list.
    public func decodeSeparated<Element: SeparatedListElement>(
        _ type: [Element].Type, separator: Unicode.Scalar, forKey key: Key
    ) throws -> [Element] {
        let text = try decode(String.self, forKey: key)
        return try SeparatedList.elements(of: text, separator: separator, as: Element.self) {
            DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: $0)
        }
    }

    /// `decodeSeparated`, or nil when the field is absent or null.
    public func decodeSeparatedIfPresent<Element: SeparatedListElement>(
        _ type: [Element].Type, separator: Unicode.Scalar, forKey key: Key
    ) throws -> [Element]? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return try SeparatedList.elements(of: text, separator: separator, as: Element.self) {
            DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: $0)
        }
    }
}

@_spi(Generated) extension KeyedEncodingContainer {
    /// Writes the list as one text joined by `separator`; a list that would read back as another is an error.
    public mutating func encodeSeparated<Element: SeparatedListElement>(
        _ value: [Element], separator: Unicode.Scalar, forKey key: Key
    ) throws {
        let path = codingPath + [key]
        let text = try SeparatedList.text(of: value, separator: separator) {
            EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: $0))
        }
        try encode(text, forKey: key)
    }

    /// `encodeSeparated`, or nothing when the value is nil.
    public mutating func encodeSeparatedIfPresent<Element: SeparatedListElement>(
        _ value: [Element]?, separator: Unicode.Scalar, forKey key: Key
    ) throws {
        guard let value else { return }
        try encodeSeparated(value, separator: separator, forKey: key)
    }

    /// Codes written as one text joined by `separator` or, when `userInfo` asks for annotated codes (`smsspec
    /// decode`), as a list of codes each with its meaning.
    public mutating func encodeSeparatedCodes<Code: StatusCode>(
        _ value: [Code], separator: Unicode.Scalar, forKey key: Key, userInfo: [CodingUserInfoKey: Any]
    ) throws {
        guard !StatusCodeCoding.asksForAnnotations(userInfo) else { return try encode(value, forKey: key) }
        try encodeSeparated(value, separator: separator, forKey: key)
    }

    /// `encodeSeparatedCodes`, or nothing when the value is nil.
    public mutating func encodeSeparatedCodesIfPresent<Code: StatusCode>(
        _ value: [Code]?, separator: Unicode.Scalar, forKey key: Key, userInfo: [CodingUserInfoKey: Any]
    ) throws {
        guard let value else { return }
        try encodeSeparatedCodes(value, separator: separator, forKey: key, userInfo: userInfo)
    }
}
