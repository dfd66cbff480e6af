import Foundation

/// Decodes `application/x-www-form-urlencoded` bodies and query strings (`a=1&b=x`) into generated types.
/// Every value is text on such a wire, so numbers and booleans are read from text.
public struct FormDecoder: Sendable {
    public init() {}

    public func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try Value(from: FormFieldsDecoder(fields: Self.parse(text), codingPath: []))
    }

    /// The name/value pairs of a form body or query string; a leading `?` or a whole URL is accepted.
    public static func parse(_ text: String) -> [(name: String, value: String)] {
        var query = Substring(text.trimmingWhitespace)
        if let mark = query.firstIndex(of: "?") { query = query[query.index(after: mark)...] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? unescape(parts[1]) : ""
            return (unescape(parts[0]), value)
        }
    }

    private static func unescape(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

private struct FormFieldsDecoder: Decoder {
    let fields: [(name: String, value: String)]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(FormKeyedContainer<Key>(fields: fields, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "A form body is a set of named fields, not a list."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            String.self, .init(codingPath: codingPath, debugDescription: "A form body is a set of named fields, not one value."))
    }
}

private struct FormKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: [(name: String, value: String)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { fields.compactMap { Key(stringValue: $0.name) } }

    func contains(_ key: Key) -> Bool { fields.contains { $0.name == key.stringValue } }

    private func values(for key: Key) throws -> [String] {
        let found = fields.filter { $0.name == key.stringValue }.map(\.value)
        guard !found.isEmpty else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "Required field \"\(key.stringValue)\" is missing."))
        }
        return found
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        let found = try values(for: key)
        let path = codingPath + [key]
        if Value.self is any _FormList.Type {
            return try Value(from: FormTextDecoder(texts: found, codingPath: path))
        }
        // A repeated field keeps its last value, as most web frameworks do.
        return try Value(from: FormTextDecoder(texts: [found[found.count - 1]], codingPath: path))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath + [key], debugDescription: "Form fields cannot nest."))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        FormTextList(texts: try values(for: key), codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { FormFieldsDecoder(fields: fields, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        FormTextDecoder(texts: try values(for: key), codingPath: codingPath + [key])
    }
}

/// Arrays decode from a field that repeats (`to=1&to=2`).
private protocol _FormList {}
extension Array: _FormList {}

/// One field's text (or, for a list, every repetition of it).
private struct FormTextDecoder: Decoder, SingleValueDecodingContainer {
    let texts: [String]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { FormTextList(texts: texts, codingPath: codingPath) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { false }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let text = texts.last ?? ""
        if let scalarType = Value.self as? any LenientScalar.Type {
            guard let value = scalarType.init(wireText: text) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self,
                    .init(codingPath: codingPath, debugDescription: "\"\(text)\" is not \(scalarType.wireDescription)."))
            }
            return value
        }
        return try Value(from: self)
    }
}

private struct FormTextList: UnkeyedDecodingContainer {
    let texts: [String]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { texts.count }
    var isAtEnd: Bool { currentIndex >= texts.count }

    init(texts: [String], codingPath: [any CodingKey]) {
        self.texts = texts
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Value.self, .init(codingPath: codingPath, debugDescription: "No more values."))
        }
        defer { currentIndex += 1 }
        return try FormTextDecoder(texts: [texts[currentIndex]], codingPath: codingPath).decode(Value.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    mutating func superDecoder() throws -> any Decoder { FormTextDecoder(texts: texts, codingPath: codingPath) }
}
