import Yams

/// A section's definitions, as far as telling one apart from a key of the definition before it. `fields:` written at
/// the indentation of shape names reads as a shape named 'fields' and leaves its shape with none: one mistake that
/// was reported as several (a shape without fields, a path parameter without its field, an unknown key per field).
struct DefinitionKind {
    /// What one definition is, for messages: "shape".
    let noun: String
    var article: String { "aeiou".contains(noun.prefix(1)) ? "an" : "a" }
    /// Every key a definition takes.
    let keys: Set<String>
    /// Keys only a definition holds: a value holding none of them is no definition of its own.
    let identifyingKeys: [String]
    /// A definition written as one value (a field's `name: string`, its type alone), which a key's value cannot be told
    /// apart from.
    var isWrittenAsAValue = false

    static let operation = DefinitionKind(noun: "operation", keys: Set(SpecKeys.operation), identifyingKeys: ["method", "path", "responses"])
    static let shape = DefinitionKind(noun: "shape", keys: Set(SpecKeys.shape), identifyingKeys: ["fields", "items"])
    static let field = DefinitionKind(noun: "field", keys: Set(SpecKeys.field), identifyingKeys: ["type"], isWrittenAsAValue: true)
    static let enumeration = DefinitionKind(noun: "enum", keys: Set(SpecKeys.enumeration), identifyingKeys: ["values"])
    static let table = DefinitionKind(noun: "table", keys: Set(SpecKeys.table), identifyingKeys: ["entries"])
    static let union = DefinitionKind(noun: "union", keys: Set(SpecKeys.union), identifyingKeys: ["variants"])
    static let callback = DefinitionKind(noun: "callback", keys: Set(SpecKeys.callback), identifyingKeys: ["shape", "discriminator"])

    /// Whether `entry`, written after `previous`, is a key of `previous` written one level too far left: a key a
    /// definition takes, which `previous` lacks, whose value is no definition of its own.
    func isMisplacedKey(_ entry: (key: Node, value: Node), after previous: Node) -> Bool {
        guard let name = entry.key.scalar?.string, keys.contains(name) else { return false }
        if case .mapping(let definition) = previous {
            guard !definition.contains(where: { $0.key.scalar?.string == name }) else { return false }
        } else {
            // `Cost:` left empty, its keys written below at its own indentation.
            guard Self.isLeftEmpty(previous) else { return false }
        }
        // A list is no definition of any kind (a field's `decisions:` one level too far left, a user).
        if case .sequence = entry.value { return true }
        guard case .mapping(let value) = entry.value else { return !isWrittenAsAValue }
        return !value.contains { pair in pair.key.scalar.map { identifyingKeys.contains($0.string) } ?? false }
    }

    /// A definition's name with nothing after its colon.
    static func isLeftEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.string.isEmpty && scalar.style == .plain
    }
}

extension MappingReader {
    /// The pairs of a section's mapping, each key of a definition written at the indentation of the definitions'
    /// names (after a definition that lacks it) reported and read as that definition's, so that the rest is checked
    /// as the author meant it.
    func recoveringMisplacedKeys(_ mapping: Node.Mapping, of kind: DefinitionKind) -> [(key: Node, value: Node)] {
        var pairs: [(key: Node, value: Node)] = []
        for pair in mapping {
            guard let previous = pairs.last, kind.isMisplacedKey(pair, after: previous.value) else {
                pairs.append(pair)
                continue
            }
            guard case .mapping(let definition) = previous.value else {
                // The definition was left empty: this key starts it.
                reportMisplacedKey(pair.key, of: kind, owner: previous.key, definition: nil)
                pairs[pairs.count - 1].value = .mapping(Node.Mapping([pair], .implicit, .block, pair.key.mark))
                continue
            }
            reportMisplacedKey(pair.key, of: kind, owner: previous.key, definition: definition)
            pairs[pairs.count - 1].value = .mapping(
                Node.Mapping(Array(definition) + [pair], definition.tag, definition.style, definition.mark))
        }
        return pairs
    }

    private func reportMisplacedKey(_ key: Node, of kind: DefinitionKind, owner: Node, definition: Node.Mapping?) {
        let name = key.scalar?.string ?? "", ownerName = (owner.scalar?.string ?? "").abbreviated
        let move: String
        // A block mapping starts at its first key; `{` starts a flow one, whose keys may stand on lines below.
        if definition == nil {
            move = "indent it 2 more spaces, under '\(ownerName)'"
        } else if let definition, let first = definition.first, let keyMark = key.mark, let firstMark = first.key.mark, let ownerMark = owner.mark,
            let start = definition.mark, (start.line, start.column) == (firstMark.line, firstMark.column),
            firstMark.line > ownerMark.line, firstMark.column > keyMark.column
        {
            let spaces = firstMark.column - keyMark.column
            move = "indent it \(spaces) more space\(spaces == 1 ? "" : "s"), as '\(first.key.scalar?.string.abbreviated ?? "")' of '\(ownerName)' is"
        } else {
            move = "move it into '\(ownerName)'"
        }
        diagnostics.error(
            "'\(name)' is indented as \(kind.article) \(kind.noun)'s name, so it reads as \(kind.article) \(kind.noun) of its own; \(move) "
                + "(it is read as a key of \(kind.noun) '\(ownerName)' here)",
            at: key.location(in: file))
    }
}
