import Foundation

/// A scalar a provider may send either as itself or as text ("70" for 70, "1" for true).
@_spi(Generated) public protocol LenientScalar: Decodable {
    init?(wireText: String)
    static var wireDescription: String { get }
}

@_spi(Generated) extension Int: LenientScalar {
    public init?(wireText: String) { self.init(wireText.trimmingWhitespace) }
    public static var wireDescription: String { "an integer" }
}

@_spi(Generated) extension Int64: LenientScalar {
    public init?(wireText: String) { self.init(wireText.trimmingWhitespace) }
    public static var wireDescription: String { "a 64-bit integer" }
}

@_spi(Generated) extension Double: LenientScalar {
    public init?(wireText: String) { self.init(wireText.trimmingWhitespace) }
    public static var wireDescription: String { "a number" }
}

@_spi(Generated) extension Decimal: LenientScalar {
    public init?(wireText: String) {
        let text = wireText.trimmingWhitespace
        guard !text.isEmpty, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        self = value
    }
    public static var wireDescription: String { "a decimal number" }
}

@_spi(Generated) extension Bool: LenientScalar {
    public init?(wireText: String) {
        switch wireText.trimmingWhitespace.lowercased() {
        case "true", "1", "yes": self = true
        case "false", "0", "no": self = false
        default: return nil
        }
    }
    public static var wireDescription: String { "a boolean" }
}

@_spi(Generated) extension String: LenientScalar {
    public init?(wireText: String) { self = wireText }
    public static var wireDescription: String { "a string" }
}

extension KeyedDecodingContainer {
    /// Decodes a required scalar; with `lenient`, text holding the value is accepted too.
    @_spi(Generated) public func decodeScalar<Value: LenientScalar>(_ type: Value.Type, forKey key: Key, lenient: Bool) throws -> Value {
        guard contains(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "Required field \"\(key.stringValue)\" is missing."))
        }
        if try decodeNil(forKey: key) {
            throw DecodingError.valueNotFound(
                Value.self,
                .init(codingPath: codingPath + [key], debugDescription: "Required field \"\(key.stringValue)\" is null."))
        }
        return try decodePresentScalar(type, forKey: key, lenient: lenient)
    }

    /// Decodes an optional scalar: absent and null both give nil.
    @_spi(Generated) public func decodeScalarIfPresent<Value: LenientScalar>(_ type: Value.Type, forKey key: Key, lenient: Bool) throws -> Value? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodePresentScalar(type, forKey: key, lenient: lenient)
    }

    private func decodePresentScalar<Value: LenientScalar>(_ type: Value.Type, forKey key: Key, lenient: Bool) throws -> Value {
        if let value = try? decode(Value.self, forKey: key) { return value }
        if lenient {
            if let text = try? decode(String.self, forKey: key), let value = Value(wireText: text) { return value }
            if Value.self == String.self, let value = decodeNumberAsText(forKey: key) as? Value { return value }
        }
        let accepted = lenient ? "\(Value.wireDescription), as a value or as text" : Value.wireDescription
        throw DecodingError.typeMismatch(
            Value.self,
            .init(codingPath: codingPath + [key], debugDescription: "Field \"\(key.stringValue)\" must be \(accepted).")
        )
    }

    private func decodeNumberAsText(forKey key: Key) -> String? {
        if let number = try? decode(Int64.self, forKey: key) { return String(number) }
        if let number = try? decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        return nil
    }
}
