import SMSSpecVocabulary
import Yams

/// Reads one YAML mapping of a spec: typed values, missing required keys and unknown keys (with "did you mean").
struct MappingReader {
    let file: String
    let location: SourceLocation
    let diagnostics: DiagnosticCollector
    /// What the mapping is, for messages: "field 'to'", "table 'DLRError'".
    let subject: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    init?(_ node: Node, file: String, subject: String, diagnostics: DiagnosticCollector) {
        self.file = file
        self.location = node.location(in: file)
        self.diagnostics = diagnostics
        self.subject = subject
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\(subject) must be a mapping, found \(node.kindDescription)", at: node.location(in: file))
            return nil
        }
        self.pairs = mapping.map { ($0.key.scalar?.string ?? "", $0.key, $0.value) }
        Self.checkKeysAreText(mapping, of: subject, file: file, diagnostics: diagnostics)
    }

    /// A list or mapping written as a key (`? [to, text]`) would be read as the name "": a located error.
    static func checkKeysAreText(_ mapping: Node.Mapping, of subject: String, file: String, diagnostics: DiagnosticCollector) {
        for key in mapping.keys where key.scalar == nil {
            diagnostics.error("a key of \(subject) must be text, found \(key.kindDescription)", at: key.location(in: file))
        }
    }

    /// Reports every key not in `allowed`, with a suggestion where one is close.
    /// `hints`: what to say of a key written as another format names it (OpenAPI's `oneOf`); `otherwise`: what to say
    /// of any other key no allowed key is close to (a shape's field written beside `fields:`).
    func checkKeys(_ allowed: [String], hints: [String: String] = [:], otherwise: String? = nil) {
        var splitValues: Set<Int> = []
        // A key that is not text is reported as such (`checkKeysAreText`), not as an unknown key "".
        for (index, pair) in pairs.enumerated() where !allowed.contains(pair.key) && pair.keyNode.scalar != nil {
            let split = commaSplit(at: index)
            // A value cut into several pieces is one mistake: one error, at its first unknown piece.
            if let split, !splitValues.insert(split.lowerBound).inserted { continue }
            var hint = split.map(commaHint) ?? hints[pair.key].map { " (\($0))" } ?? Suggestions.hint(for: pair.key, in: allowed)
            if hint.isEmpty, let otherwise { hint = " (\(otherwise))" }
            if hint.isEmpty { hint = Self.placeHint(pair.key, allowed: allowed) }
            diagnostics.error("unknown key '\(pair.key)' in \(subject)\(hint)", at: pair.keyNode.location(in: file))
        }
    }

    /// What to say of a key no allowed key is close to: where the format takes it (`formBooleans` on a field is the
    /// provider's), else the keys taken here when they are few (a decision's `reason`: users).
    static func placeHint(_ key: String, allowed: [String]) -> String {
        let elsewhere = SpecKeys.all.filter { $0.keys.contains(key) && $0.keys != allowed }.map { "'\($0.element)'" }
        if !elsewhere.isEmpty {
            return " ('\(key)' is a key of \(elsewhere.prefix(3).joined(separator: ", "))\(elsewhere.count > 3 ? ", …" : ""), not of this)"
        }
        return allowed.count <= 10 ? " (the keys here: \(allowed.joined(separator: ", ")))" : ""
    }

    /// Reports each key that is the rest of the value before it, cut by a comma (see `commaHint(at:)`), in a mapping
    /// whose keys are names (an enum's values): `{0: Flash (shown, not stored), 1: Normal}` would list a value
    /// "not stored)".
    func checkCommaSplitKeys(_ what: String) {
        for index in pairs.indices {
            guard let split = commaSplit(at: index), index == split.lowerBound + 1 else { continue }
            diagnostics.error(
                "\(what) '\(pairs[index].key.abbreviated)' of \(subject) has no summary\(commaHint(split))",
                at: pairs[index].keyNode.location(in: file))
        }
    }

    /// `{summary: Failed, not delivered}`: in a flow mapping a comma ends a plain value, so the rest of the sentence
    /// became a key without a value (a key per piece, cut by several commas). The pairs of such a value, from the one
    /// holding its start to its last piece, when the pair at `index` is one of its pieces.
    private func commaSplit(at index: Int) -> ClosedRange<Int>? {
        guard isCommaPiece(index) else { return nil }
        var start = index - 1
        while isCommaPiece(start) { start -= 1 }
        guard case .scalar(let value) = pairs[start].value, value.style == .plain, !value.string.isEmpty else { return nil }
        var end = index
        while end + 1 < pairs.count, isCommaPiece(end + 1) { end += 1 }
        return start...end
    }

    /// A key without a value, on the line of the pair before it: a block mapping puts each key on a line of its own.
    /// (Yams does not keep a mapping's style: it reads it from the mapping's end.)
    private func isCommaPiece(_ index: Int) -> Bool {
        guard index > 0, case .scalar(let rest) = pairs[index].value, rest.style == .plain, rest.string.isEmpty,
            let line = pairs[index].keyNode.mark?.line
        else { return false }
        return line == (pairs[index - 1].value.mark ?? pairs[index - 1].keyNode.mark)?.line
    }

    /// Says a comma cut the value, with the value as it was meant, quoted.
    private func commaHint(_ split: ClosedRange<Int>) -> String {
        let previous = pairs[split.lowerBound].key
        // Each piece with where it starts, to give back the spaces the text had after each comma (`LMS,MMS` stays so).
        let first = (text: pairs[split.lowerBound].value.scalar?.string ?? "", column: pairs[split.lowerBound].value.mark?.column)
        let pieces = [first] + pairs[(split.lowerBound + 1)...split.upperBound].map { (text: $0.key, column: $0.keyNode.mark?.column) }
        var meant = pieces[0].text
        for (before, piece) in zip(pieces, pieces.dropFirst()) {
            var gap = 1
            if let start = before.column, let next = piece.column { gap = next - start - before.text.unicodeScalars.count - 1 }
            meant += "," + String(repeating: " ", count: (0...8).contains(gap) ? gap : 1) + piece.text
        }
        meant = meant.replacingOccurrences(of: "'", with: "''")
        // Shown whole, to be copied as it is (a user's 82-character summary was shown cut, its final `.` an ellipsis);
        // only a value past a few lines is cut, and says so.
        let shown = DisplayText.redactingUserinfo(meant)
        guard shown.unicodeScalars.count > Self.longestQuotedFix else {
            return " (a comma ends a value in {…}: quote the value of '\(previous)' if it holds one, \(previous): '\(shown)')"
        }
        return " (a comma ends a value in {…}: quote the value of '\(previous)' if it holds one, the whole of it: \(previous): '\(meant.abbreviated)')"
    }

    /// The longest value a comma's hint shows whole, in Unicode scalars.
    private static let longestQuotedFix = 400

    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// The key `key`'s value is read from: its own, or when it is absent the one unknown key whose did-you-mean it
    /// is (`shape:` for `shapes`) — an error already, read as what it means so that the rest is checked against it
    /// instead of burying that error under one "not a defined shape" per reference.
    func keyOrItsMisspelling(_ key: String, among allowed: [String]) -> String {
        guard !has(key) else { return key }
        let misspellings = pairs.map(\.key).filter { !allowed.contains($0) && Suggestions.closest(to: $0, in: allowed) == key }
        return misspellings.count == 1 ? misspellings[0] : key
    }

    func keyLocation(_ key: String) -> SourceLocation {
        pairs.first { $0.key == key }?.keyNode.location(in: file) ?? location
    }

    private func missing(_ key: String) {
        diagnostics.error("\(subject) is missing the required key '\(key)'", at: location)
    }

    private func wrongType(_ key: String, _ expected: String, _ node: Node) {
        // `type: [Part]` is a list to YAML: say to quote the type.
        let hint = expected == "a string" && ["type", "items"].contains(key) ? node.unquotedTypeHint
            : expected == "a string" && ["payload", "verbatim"].contains(key) ? Self.payloadHint(node)
            : expected == Self.namedDefinitions ? Self.namesListedHint(key, node) : ""
        // A field's default is one scalar of any kind: "a string" would send `default: 3` quoting for nothing.
        let expected = key == "default" && expected == "a string"
            ? "one value (text, a number, true or false, or an enum value; [] for a list; a map or object field takes no default)" : expected
        diagnostics.error(
            "'\(key)' of \(subject) must be \(expected), found \(node.kindDescription)\(hint)\(Self.quotedHint(node, expected: expected))",
            at: node.location(in: file))
    }

    static let namedDefinitions = "a mapping of names to definitions"

    /// `values: [a, b]`: names written as a list; shown as the mapping's keys (a user).
    private static func namesListedHint(_ key: String, _ node: Node) -> String {
        guard case .sequence(let items) = node, !items.isEmpty else { return "" }
        let names = items.compactMap { $0.scalar?.string }
        guard names.count == items.count else { return "" }
        let shown = names.prefix(2).map { "\(DisplayText.quoted($0)): …" }.joined(separator: ", ") + (names.count > 2 ? ", …" : "")
        return ": write each name as a key with its definition, \(key): {\(shown)}"
    }

    /// `payload: {"status": 200}`: JSON pasted unquoted is YAML's own mapping or list.
    private static func payloadHint(_ node: Node) -> String {
        switch node {
        case .mapping, .sequence: break
        default: return ""
        }
        return ": YAML reads an unquoted payload as its own data; keep the document's text as it is: quote it ('{\"id\": 1}') "
            + "or write it as a block (payload: | and the text on the lines below, indented)"
    }

    /// `httpStatus: "401"`: the quotes make a number or a boolean text, which the value shown does not tell.
    private static func quotedHint(_ node: Node, expected: String) -> String {
        guard case .scalar(let scalar) = node, scalar.style != .plain else { return "" }
        let readsAsExpected = expected.contains("integer") ? Int(scalar.string) != nil
            : expected == "true or false" ? boolean(scalar.string) != nil : false
        return readsAsExpected ? " (quoted, so YAML reads it as text: write \(scalar.string) without quotes)" : ""
    }

    /// `expected`: what the value is, as an error names it (an int table's `code` is "an integer").
    func string(_ key: String, required: Bool = false, expected: String = "a string") -> Located<String>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, !(scalar.style == .plain && scalar.string.isEmpty) else {
            wrongType(key, expected, node)
            return nil
        }
        // `name: null`, `name: ~`: YAML's null, not the text, as an empty value is; quoted, it is the text.
        guard scalar.style != .plain || !["~", "null", "Null", "NULL"].contains(scalar.string) else {
            let fixes = (expected == "a string" ? ["quote it for the text"] : []) + (required ? [] : ["leave '\(key)' out"])
            let fix = fixes.isEmpty ? "" : "; " + fixes.joined(separator: ", or ")
            diagnostics.error("'\(key)' of \(subject) must be \(expected), found YAML's null '\(scalar.string)'\(fix)", at: node.location(in: file))
            return nil
        }
        let value = Located(scalar.string, at: node.location(in: file))
        return holdsCredential(value, of: key) ? nil : value
    }

    /// A one-line value (a pattern, a default): written as a YAML block (`|`, `>`), it keeps the block's last line
    /// break, which the value would then hold (`^[0-9]+$` + line feed matches no number): a located error.
    func oneLine(_ key: String) -> Located<String>? {
        guard let value = string(key) else { return nil }
        guard case .scalar(let scalar)? = node(key), scalar.style == .literal || scalar.style == .folded, value.value.hasSuffix("\n") else {
            return value
        }
        diagnostics.error(
            "'\(key)' of \(subject) ends with a line break, which a YAML block (| or >) keeps: write |- or >- to drop it, or quote the value",
            at: value.location)
        return nil
    }

    func int(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let value = Self.integer(node) else {
            wrongType(key, "an integer", node)
            return nil
        }
        return Located(value, at: node.location(in: file))
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Self.boolean(scalar.string) else {
            wrongType(key, "true or false", node)
            return nil
        }
        return Located(value, at: node.location(in: file))
    }

    /// One string, or a list of strings.
    func strings(_ key: String, required: Bool = false) -> [Located<String>]? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            wrongType(key, "a string or a list of strings", node)
            return nil
        }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item else {
                wrongType(key, "a list of strings", item)
                return nil
            }
            // `- ` and `- ~` are YAML's null, not the texts "" and "~": quoted, they are the text.
            guard scalar.style != .plain || !["", "~", "null", "Null", "NULL"].contains(scalar.string) else {
                diagnostics.error(
                    "'\(key)' of \(subject) holds YAML's null '\(scalar.string)', not a string; quote it for the text, or remove it",
                    at: item.location(in: file))
                return nil
            }
            let value = Located(scalar.string, at: item.location(in: file))
            return holdsCredential(value, of: key) ? nil : value
        }
    }

    /// A list of strings, or a list of such lists (`exactlyOne: [a, b]`, `exactlyOne: [[a, b], [c, d]]`), each list
    /// where it is written.
    func stringGroups(_ key: String) -> [(names: [Located<String>], location: SourceLocation)]? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            wrongType(key, "a list of field names, or a list of such lists", node)
            return nil
        }
        let isListOfLists = !sequence.isEmpty && sequence.allSatisfy { if case .sequence = $0 { true } else { false } }
        let isMixed = !isListOfLists && sequence.contains { if case .sequence = $0 { true } else { false } }
        return (isListOfLists ? Array(sequence) : [node]).compactMap { group in
            if isMixed {
                diagnostics.error(
                    "'\(key)' of \(subject) mixes field names and lists of them: write one group [a, b], or groups [[a, b], [c, d]]",
                    at: group.location(in: file))
                return nil
            }
            let names = Array(group.sequence ?? []).compactMap { item -> Located<String>? in
                guard case .scalar(let scalar) = item else {
                    wrongType(key, "a list of field names, or a list of such lists", item)
                    return nil
                }
                return Located(scalar.string, at: item.location(in: file))
            }
            return (names, group.location(in: file))
        }
    }

    /// One integer, or a list of integers.
    func ints(_ key: String) -> [Located<Int>]? {
        guard let node = node(key) else { return nil }
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        return items.compactMap { item in
            guard let value = Self.integer(item) else {
                wrongType(key, "an integer or a list of integers", item)
                return nil
            }
            return Located(value, at: item.location(in: file))
        }
    }

    func mapping(_ key: String, subject: String, required: Bool = false) -> MappingReader? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return MappingReader(node, file: file, subject: subject, diagnostics: diagnostics)
    }

    /// The entries of a mapping-valued key, in file order: `(name, value)`. Given the `kind` of definitions they are, a
    /// key of a definition written at the indentation of their names is reported and read as the key it is meant to be.
    func namedEntries(_ key: String, required: Bool = false, of kind: DefinitionKind? = nil) -> [(name: Located<String>, value: Node)] {
        guard let node = node(key) else {
            if required { missing(key) }
            return []
        }
        guard case .mapping(let mapping) = node else {
            wrongType(key, Self.namedDefinitions, node)
            return []
        }
        Self.checkKeysAreText(mapping, of: "'\(key)' of \(subject)", file: file, diagnostics: diagnostics)
        let pairs = kind.map { recoveringMisplacedKeys(mapping, of: $0) } ?? mapping.map { ($0.key, $0.value) }
        return pairs.filter { $0.key.scalar != nil }.map { pair in
            let name = Located(pair.key.scalar?.string ?? "", at: pair.key.location(in: file))
            // Kept when reported, redacted: what its definition holds is still read and checked, and a message
            // quoting it (escaped, which can cut the user information short) shows no password.
            guard holdsCredential(name, "a name in '\(key)' of \(subject)") else { return (name, pair.value) }
            return (Located(DisplayText.redactingUserinfo(name.value), at: name.location), pair.value)
        }
    }

    func list(_ key: String, required: Bool = false) -> [Node] {
        guard let node = node(key) else {
            if required { missing(key) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            wrongType(key, "a list", node)
            return []
        }
        return Array(sequence)
    }

    /// A value of one of `allowed`, with a suggestion for a near miss.
    /// `hints`: what to say, by lowercased value, of values people write for a reason (`bearer` for `auth.type`).
    func choice(_ key: String, _ allowed: [String], required: Bool = false, hints: [String: String] = [:]) -> Located<String>? {
        guard let value = string(key, required: required) else { return nil }
        guard allowed.contains(value.value) else {
            diagnostics.error(
                "'\(key)' of \(subject) must be one of \(allowed.joined(separator: ", ")); found '\(value.value)'"
                    + (hints[value.value.lowercased()].map { " (\($0))" } ?? Suggestions.hint(for: value.value, in: allowed)),
                at: value.location)
            return nil
        }
        return value
    }

    static func integer(_ node: Node) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        return Int(scalar.string)
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }
}
