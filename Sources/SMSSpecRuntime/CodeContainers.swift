import Foundation

/// Where a code is read from: a single-value container, or one key of a keyed container, read in place (a
/// `decode(Code.self, forKey:)` would make a nested decoder for every code).
@usableFromInline protocol CodeSource {
    func decodeNil() throws -> Bool
    func decode(_ type: String.Type) throws -> String
    func decode(_ type: Int.Type) throws -> Int
    func decode(_ type: JSONNumber.Type) throws -> JSONNumber
    func decode(_ type: Double.Type) throws -> Double
    func decode(_ type: Bool.Type) throws -> Bool
    func corrupted(_ description: String) -> DecodingError
}

struct SingleValueCodeSource: CodeSource {
    let container: any SingleValueDecodingContainer

    func decodeNil() throws -> Bool { container.decodeNil() }
    func decode(_ type: String.Type) throws -> String { try container.decode(type) }
    func decode(_ type: Int.Type) throws -> Int { try container.decode(type) }
    func decode(_ type: JSONNumber.Type) throws -> JSONNumber { try container.decode(type) }
    func decode(_ type: Double.Type) throws -> Double { try container.decode(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try container.decodeFlag(type) }
    func corrupted(_ description: String) -> DecodingError {
        .dataCorruptedError(in: container, debugDescription: description)
    }
}

@usableFromInline struct KeyedCodeSource<Key: CodingKey>: CodeSource {
    @usableFromInline let container: KeyedDecodingContainer<Key>
    @usableFromInline let key: Key

    @inlinable init(container: KeyedDecodingContainer<Key>, key: Key) {
        self.container = container
        self.key = key
    }

    @inlinable func decodeNil() throws -> Bool { try container.decodeNil(forKey: key) }
    @inlinable func decode(_ type: String.Type) throws -> String { try container.decode(type, forKey: key) }
    @inlinable func decode(_ type: Int.Type) throws -> Int { try container.decodeNumber(type, forKey: key) }
    @usableFromInline func decode(_ type: JSONNumber.Type) throws -> JSONNumber { try container.decode(type, forKey: key) }
    @usableFromInline func decode(_ type: Double.Type) throws -> Double { try container.decode(type, forKey: key) }
    @usableFromInline func decode(_ type: Bool.Type) throws -> Bool { try container.decodeFlag(type, forKey: key) }
    /// A decoder may answer "not null" for a key it does not hold (`FormDecoder` does), so a value that is no
    /// code at all is first checked to be there: a missing field is named as missing.
    @usableFromInline func corrupted(_ description: String) -> DecodingError {
        guard container.contains(key) else {
            return .keyNotFound(key, .init(codingPath: container.codingPath, debugDescription: "Required field \"\(key.stringValue)\" is missing."))
        }
        return .dataCorruptedError(forKey: key, in: container, debugDescription: description)
    }
}

/// Where a code is written: a single-value container, or one key of a keyed container, written in place.
@usableFromInline protocol CodeSink {
    /// Where the code is written, for an error.
    var codingPath: [any CodingKey] { get }
    /// The encoder's `userInfo` (a keyed container has none: see `encode(wireCode:forKey:)`).
    var userInfo: [CodingUserInfoKey: Any] { get }
    mutating func encodeNil() throws
    mutating func encode(_ value: String) throws
    mutating func encode(_ value: Int) throws
    mutating func encode(_ value: Decimal) throws
    mutating func encode(_ value: Double) throws
    mutating func encode(_ value: Bool) throws
}

struct SingleValueCodeSink: CodeSink {
    var container: any SingleValueEncodingContainer
    let userInfo: [CodingUserInfoKey: Any]

    var codingPath: [any CodingKey] { container.codingPath }
    mutating func encodeNil() throws { try container.encodeNil() }
    mutating func encode(_ value: String) throws { try container.encode(value) }
    mutating func encode(_ value: Int) throws { try container.encode(value) }
    mutating func encode(_ value: Decimal) throws { try container.encode(value) }
    mutating func encode(_ value: Double) throws { try container.encode(value) }
    mutating func encode(_ value: Bool) throws { try container.encode(value) }
}

@usableFromInline struct KeyedCodeSink<Key: CodingKey>: CodeSink {
    @usableFromInline var container: KeyedEncodingContainer<Key>
    @usableFromInline let key: Key

    @inlinable init(container: KeyedEncodingContainer<Key>, key: Key) {
        self.container = container
        self.key = key
    }

    @usableFromInline var codingPath: [any CodingKey] { container.codingPath + [key] }
    @usableFromInline var userInfo: [CodingUserInfoKey: Any] { [:] }
    @inlinable mutating func encodeNil() throws { try container.encodeNil(forKey: key) }
    @inlinable mutating func encode(_ value: String) throws { try container.encode(value, forKey: key) }
    @inlinable mutating func encode(_ value: Int) throws { try container.encode(value, forKey: key) }
    @inlinable mutating func encode(_ value: Decimal) throws { try container.encode(value, forKey: key) }
    @inlinable mutating func encode(_ value: Double) throws { try container.encode(value, forKey: key) }
    @inlinable mutating func encode(_ value: Bool) throws { try container.encode(value, forKey: key) }
}

extension KeyedEncodingContainer {
    /// A code or enum value written in place under `key`: a number or text (nearly every one) directly, the rarer
    /// kinds through a `KeyedCodeSink`, which copies the container.
    @inlinable mutating func encode(wireCode: WireCode, forKey key: Key) throws {
        switch wireCode.value {
        case .integer(let number): try encode(number, forKey: key)
        case .text(let text): try encode(text, forKey: key)
        // A decimal through the code's own encoder, whose `userInfo` says how to write one longer than `Decimal`.
        case .decimal: try encode(wireCode, forKey: key)
        case .boolean, .null:
            var sink = KeyedCodeSink(container: self, key: key)
            try wireCode.encode(to: &sink)
        }
    }
}

extension KeyedDecodingContainer {
    /// A number read through the generic `decode`: swift-foundation's JSONDecoder parses a keyed
    /// `decode(Int.self, forKey:)` with an unspecialized generic under a lock, its generic path with the specialized
    /// single-value reader (about five times faster, measured with perf on Swift 6.3).
    @inlinable func decodeNumber<Number: Numeric & Decodable>(_ type: Number.Type, forKey key: Key) throws -> Number {
        try decode(type, forKey: key)
    }

    /// An optional number read through the generic `decodeIfPresent` (see `decodeNumber`).
    @inlinable func decodeNumberIfPresent<Number: Numeric & Decodable>(_ type: Number.Type, forKey key: Key) throws -> Number? {
        try decodeIfPresent(type, forKey: key)
    }

    /// A success flag's code read through the generic `decode`: a form reads a `Bool` field leniently (`1`, `yes`,
    /// as `formBooleans` writes it) through `decode(Bool.self, forKey:)`, and a code only from `true` or `false`
    /// through the generic path, so a flag table reads `1` or `TRUE` as the undocumented code it is.
    @inlinable func decodeFlag<Flag: Decodable>(_ type: Flag.Type, forKey key: Key) throws -> Flag {
        try decode(type, forKey: key)
    }

    /// An optional success flag's code, read through the generic `decodeIfPresent` (see `decodeFlag`).
    @inlinable func decodeFlagIfPresent<Flag: Decodable>(_ type: Flag.Type, forKey key: Key) throws -> Flag? {
        try decodeIfPresent(type, forKey: key)
    }
}

extension SingleValueDecodingContainer {
    /// A success flag's code read through the generic `decode` (see `KeyedDecodingContainer.decodeFlag`).
    func decodeFlag<Flag: Decodable>(_ type: Flag.Type) throws -> Flag {
        try decode(type)
    }
}
