/// The raw value of a status code: `Int` for numeric tables, `String` for textual ones.
public protocol StatusRawCode: Hashable, Sendable, CustomStringConvertible {
    /// Reads a code that may arrive as a number or as text ("0", "000", 0) and canonicalizes it.
    static func decodeCode(from container: any SingleValueDecodingContainer, table: StatusTable) throws -> Self
}

extension Int: StatusRawCode {
    public static func decodeCode(from container: any SingleValueDecodingContainer, table: StatusTable) throws -> Int {
        if let number = try? container.decode(Int.self) { return number }
        if let text = try? container.decode(String.self), let number = Int(text.trimmingWhitespace) { return number }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "Expected a \(table.provider) \(table.id) code: an integer, or a string of digits."
        )
    }
}

extension String: StatusRawCode {
    public static func decodeCode(from container: any SingleValueDecodingContainer, table: StatusTable) throws -> String {
        if let text = try? container.decode(String.self) { return text.trimmingWhitespace }
        if let number = try? container.decode(Int.self) { return String(number) }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "Expected a \(table.provider) \(table.id) code as a string."
        )
    }
}

/// Encoding shared by every generated status enum.
public enum StatusCodeCoding {
    /// Writes the code as the provider sends it or, for `smsspec decode`, with its meaning beside it.
    public static func encode<Code: StatusCode>(_ code: Code, to encoder: any Encoder) throws {
        if encoder.userInfo[.annotateStatusCodes] as? Bool == true {
            var container = encoder.container(keyedBy: AnnotationKey.self)
            try container.encode(wireText(of: code), forKey: .code)
            try container.encode(code.name, forKey: .name)
            try container.encode(
                code.entry?.description ?? "Not in \(Code.table.provider)'s \(Code.table.id) table", forKey: .meaning)
            try container.encode(code.outcome, forKey: .outcome)
            try container.encode(code.category, forKey: .category)
            try container.encode(code.isRetryable, forKey: .retryable)
            return
        }
        var container = encoder.singleValueContainer()
        if case .number = Code.table.wireFormat, let number = code.rawCode as? Int {
            try container.encode(number)
        } else {
            try container.encode(wireText(of: code))
        }
    }

    /// The code as text in the table's wire form (`"000"` for Bind's 0).
    public static func wireText<Code: StatusCode>(of code: Code) -> String {
        let text = code.rawCode.description
        guard case .string(let digits) = Code.table.wireFormat, let number = code.rawCode as? Int, number >= 0 else {
            return text
        }
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private enum AnnotationKey: String, CodingKey {
        case code, name, meaning, outcome, category, retryable
    }
}

extension CodingUserInfoKey {
    /// Set to `true` on a `JSONEncoder` to write every status code with its name, meaning and category.
    public static let annotateStatusCodes = CodingUserInfoKey(rawValue: "smsspec.annotateStatusCodes")!
}
