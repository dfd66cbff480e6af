import Foundation

/// A field type as a spec writes it: `string`, `int64`, `[Packet]`, `{string}`, `DLRError`.
public indirect enum TypeExpression: Hashable, Sendable, CustomStringConvertible {
    case primitive(Primitive)
    /// A shape, enum or table of the same spec.
    case named(String)
    case array(TypeExpression)
    /// A JSON object with string keys.
    case map(TypeExpression)

    public enum Primitive: String, CaseIterable, Sendable {
        case string, int, int64, decimal, double, bool, date, json
    }

    public var description: String {
        switch self {
        case .primitive(let primitive): primitive.rawValue
        case .named(let name): name
        case .array(let element): "[\(element)]"
        case .map(let value): "{\(value)}"
        }
    }

    /// Parses the type grammar; nil when `text` is not a type expression.
    public static func parse(_ text: String) -> TypeExpression? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
            return parse(String(trimmed.dropFirst().dropLast())).map(TypeExpression.array)
        }
        if trimmed.hasPrefix("{"), trimmed.hasSuffix("}") {
            return parse(String(trimmed.dropFirst().dropLast())).map(TypeExpression.map)
        }
        if let primitive = Primitive(rawValue: trimmed) { return .primitive(primitive) }
        guard let first = trimmed.unicodeScalars.first, first.properties.isAlphabetic,
            trimmed.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" })
        else { return nil }
        return .named(trimmed)
    }

    /// The named types this type refers to.
    public var referencedNames: [String] {
        switch self {
        case .primitive: []
        case .named(let name): [name]
        case .array(let element), .map(let element): element.referencedNames
        }
    }
}
