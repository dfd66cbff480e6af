import Foundation

/// One segment of an operation's path template: literal text around `{name}` parameters, such as `{sms_sid}.json`
/// (Exotel's look-up), as the sandbox matches requests to it and lint warns of routes it would never reach. (Only
/// whole-segment parameters were read: a request to `…/Messages/SM1.json` was answered 404 "no operation", though its
/// client sends exactly that.)
public struct PathTemplateSegment {
    /// The literal texts around the parameters: one more than `names`.
    private let literals: [String]
    /// The parameters' names, in order.
    public let names: [String]

    /// `pattern`: one segment, or a whole path for its parameters' names (`names`).
    public init(_ pattern: String) {
        var literals: [String] = []
        var names: [String] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literals.append(String(rest[..<open]))
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        literals.append(String(rest))
        self.literals = literals
        self.names = names
    }

    /// The raw (still percent-encoded) value of each parameter in `segment`, nil when it does not match; a parameter
    /// takes at least one character, and the shortest text the literal after it allows.
    public func rawValues(in segment: String) -> [String: String]? {
        guard segment.hasPrefix(literals[0]) else { return nil }
        var rest = Substring(segment).dropFirst(literals[0].count)
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let after = literals[index + 1]
            let isLast = index == names.count - 1
            let end: Substring.Index
            if isLast {
                guard rest.hasSuffix(after), rest.count > after.count else { return nil }
                end = rest.index(rest.endIndex, offsetBy: -after.count)
            } else {
                guard !rest.isEmpty, let found = rest.dropFirst().range(of: after)?.lowerBound ?? (after.isEmpty ? rest.index(after: rest.startIndex) : nil)
                else { return nil }
                end = found
            }
            values[name] = String(rest[..<end])
            rest = rest[end...].dropFirst(after.count)
        }
        return names.isEmpty ? (segment == literals[0] ? [:] : nil) : (rest.isEmpty ? values : nil)
    }

    /// The segment with each parameter written `{}`: two segments that match the same requests read alike.
    public var form: String { literals.joined(separator: "{}") }
    /// A request segment of this template that stands for all of them: each parameter one character that no literal
    /// holds. Another template matches every request segment of this one exactly when it matches this one (a
    /// parameter takes any text of one or more characters), nil when a literal holds that character.
    public var sample: String? {
        literals.contains { $0.unicodeScalars.contains(Self.sampleScalar) }
            ? nil : literals.joined(separator: String(Self.sampleScalar))
    }
    private static let sampleScalar: Unicode.Scalar = "\u{E000}"

    /// The whole segment is one parameter: it matches any segment.
    public var isParameter: Bool { names.count == 1 && literals == ["", ""] }
}
