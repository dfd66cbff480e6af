import Foundation

/// Foundation's decoder with every integer read checked by an `IntegerAudit`: what it reads, the errors it throws
/// and the coding paths are Foundation's, but an integer read of a number it would round throws instead. Used only
/// for a payload that holds such a number, so every other payload costs nothing more.
struct IntegerAuditingDecoder: Decoder {
    let base: any Decoder
    let audit: IntegerAudit

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(AuditedKeyedContainer(base: try base.container(keyedBy: type), audit: audit))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        AuditedUnkeyedContainer(base: try base.unkeyedContainer(), audit: audit)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        AuditedSingleValueContainer(decoder: self, base: try base.singleValueContainer())
    }
}

private struct AuditedKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let base: KeyedDecodingContainer<Key>
    let audit: IntegerAudit

    var codingPath: [any CodingKey] { base.codingPath }
    var allKeys: [Key] { base.allKeys }
    func contains(_ key: Key) -> Bool { base.contains(key) }
    func decodeNil(forKey key: Key) throws -> Bool { try base.decodeNil(forKey: key) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try base.decode(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try base.decode(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try base.decode(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try base.decode(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, forKey: key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if let integerType = T.self as? any (Decodable & FixedWidthInteger).Type { return try integer(integerType, forKey: key) as! T }
        if T.self == Decimal.self {
            let value = try base.decode(Decimal.self, forKey: key)
            try audit.check(value, at: base.codingPath + [key])
            return value as! T
        }
        if IntegerAudit.readsDirectly(type) { return try base.decode(type, forKey: key) }
        // Through Foundation's own read (its errors, a missing key's among them), which hands `Audited` the decoder.
        return try base.decode(IntegerAudit.Audited<T>.self, forKey: key).value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(AuditedKeyedContainer<NestedKey>(base: try base.nestedContainer(keyedBy: type, forKey: key), audit: audit))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        AuditedUnkeyedContainer(base: try base.nestedUnkeyedContainer(forKey: key), audit: audit)
    }

    func superDecoder() throws -> any Decoder { IntegerAuditingDecoder(base: try base.superDecoder(), audit: audit) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        IntegerAuditingDecoder(base: try base.superDecoder(forKey: key), audit: audit)
    }

    private func integer<T: Decodable & FixedWidthInteger>(_ type: T.Type, forKey key: Key) throws -> T {
        let value: T
        do { value = try base.decode(type, forKey: key) } catch { throw audit.refusedRead(of: type, at: base.codingPath + [key], error) }
        try audit.check(String(describing: value), at: base.codingPath + [key])
        return value
    }
}

private struct AuditedUnkeyedContainer: UnkeyedDecodingContainer {
    var base: any UnkeyedDecodingContainer
    let audit: IntegerAudit

    var codingPath: [any CodingKey] { base.codingPath }
    var count: Int? { base.count }
    var isAtEnd: Bool { base.isAtEnd }
    var currentIndex: Int { base.currentIndex }
    mutating func decodeNil() throws -> Bool { try base.decodeNil() }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let integerType = T.self as? any (Decodable & FixedWidthInteger).Type { return try integer(integerType) as! T }
        if T.self == Decimal.self {
            let path = base.codingPath + [PayloadKey.element(base.currentIndex)]
            let value = try base.decode(Decimal.self)
            try audit.check(value, at: path)
            return value as! T
        }
        if IntegerAudit.readsDirectly(type) { return try base.decode(type) }
        // Through Foundation's own read, which moves to the next element only when this one decodes (a
        // `superDecoder()` moves on whatever happens, so a caller trying another type would read the next element).
        return try base.decode(IntegerAudit.Audited<T>.self).value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(AuditedKeyedContainer<NestedKey>(base: try base.nestedContainer(keyedBy: type), audit: audit))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        AuditedUnkeyedContainer(base: try base.nestedUnkeyedContainer(), audit: audit)
    }

    mutating func superDecoder() throws -> any Decoder { IntegerAuditingDecoder(base: try base.superDecoder(), audit: audit) }

    private mutating func integer<T: Decodable & FixedWidthInteger>(_ type: T.Type) throws -> T {
        let path = base.codingPath + [PayloadKey.element(base.currentIndex)]
        let value: T
        do { value = try base.decode(type) } catch { throw audit.refusedRead(of: type, at: path, error) }
        try audit.check(String(describing: value), at: path)
        return value
    }
}

private struct AuditedSingleValueContainer: SingleValueDecodingContainer {
    let decoder: IntegerAuditingDecoder
    let base: any SingleValueDecodingContainer

    var codingPath: [any CodingKey] { base.codingPath }
    func decodeNil() -> Bool { base.decodeNil() }

    func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let integerType = T.self as? any (Decodable & FixedWidthInteger).Type { return try integer(integerType) as! T }
        if T.self == Decimal.self {
            let value = try base.decode(Decimal.self)
            try decoder.audit.check(value, at: base.codingPath)
            return value as! T
        }
        if IntegerAudit.readsDirectly(type) { return try base.decode(type) }
        return try T(from: decoder)
    }

    private func integer<T: Decodable & FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value: T
        do { value = try base.decode(type) } catch { throw decoder.audit.refusedRead(of: type, at: base.codingPath, error) }
        try decoder.audit.check(String(describing: value), at: base.codingPath)
        return value
    }
}
