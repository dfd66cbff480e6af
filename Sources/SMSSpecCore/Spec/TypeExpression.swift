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

    /// How many `[…]` and `{…}` a type may nest, list shapes counted as the lists they alias (`ListShapeNesting`);
    /// real specs use two. Swift type-checks nested collection types in time exponential in their depth: 20 lists
    /// took 10 s, 22 levels of a union's variants 51 s, and 32 would take hours; 12 take a fraction of a second.
    public static let maximumDepth = 12

    /// Why a text is not a type expression.
    public enum ParseFailure: Error, Equatable, Sendable {
        case notAType
        /// More than `maximumDepth` brackets nest.
        case tooDeep
    }

    /// Parses the type grammar; nil when `text` is not a type expression.
    public static func parse(_ text: String) -> TypeExpression? { try? parsing(text).get() }

    /// Parses the type grammar in one pass over `text`, without recursion: brackets are peeled off a slice.
    public static func parsing(_ text: String) -> Result<TypeExpression, ParseFailure> {
        var rest = Substring(text).trimmingWhitespace
        var wrappers: [Bool] = []  // true for a list, false for a map; outermost first
        while let first = rest.first, let last = rest.last, !rest.dropFirst().isEmpty,
            (first == "[" && last == "]") || (first == "{" && last == "}")
        {
            guard wrappers.count < maximumDepth else { return .failure(.tooDeep) }
            wrappers.append(first == "[")
            rest = rest.dropFirst().dropLast().trimmingWhitespace
        }
        guard var type = leaf(rest) else { return .failure(.notAType) }
        for isList in wrappers.reversed() { type = isList ? .array(type) : .map(type) }
        return .success(type)
    }

    private static func leaf(_ text: Substring) -> TypeExpression? {
        if let primitive = Primitive(rawValue: String(text)) { return .primitive(primitive) }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
            text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" })
        else { return nil }
        return .named(String(text))
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

extension Substring {
    /// Without leading and trailing spaces and tabs (`.whitespaces`), as a slice of the same text.
    fileprivate var trimmingWhitespace: Substring {
        let isSpace = { (character: Character) in character.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[start...end]
    }
}

extension TypeExpression {
    /// A string, or a list or map of them at any depth: text a credential may be pasted into.
    public var isText: Bool {
        switch self {
        case .primitive(let primitive): primitive == .string
        case .array(let element), .map(let element): element.isText
        case .named: false
        }
    }
}
