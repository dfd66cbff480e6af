import SMSSpecVocabulary

/// How generated code writes back a code it reads: a table's documented code in the table's own wire spelling
/// (Plivo's `"000"` for 0, `2` for `"02"`, the code for an alias), a `wire: number` enum's listed value in plain
/// digits (`1` for `"01"`); anything else it keeps as it came (`unknown`).
struct CodeSpellings {
    let tables: [String: TableModel]
    let enums: [String: EnumModel]
    /// Each table's and `wire: number` enum's changes of JSON kind (`kindChanges(of:)`), by name.
    private let tableChanges: [String: [KindChange]], enumChanges: [String: [KindChange]]

    init(tables: [TableModel], enums: [EnumModel]) {
        self.tables = Dictionary(tables.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        self.enums = Dictionary(enums.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        tableChanges = self.tables.mapValues { KindChange.changes(of: $0.resolved) }
        enumChanges = self.enums.mapValues(KindChange.changes(of:))
    }

    /// Every change of JSON kind a table or enum makes to a value it lists, one example of each; none for any other
    /// type, whose value is written as it was read (an unlisted code is kept as sent).
    func kindChanges(of type: ResolvedType) -> [KindChange] {
        switch type {
        case .table(let reference): tableChanges[reference.swiftName] ?? []
        case .enumeration(let reference): enumChanges[reference.swiftName] ?? []
        default: []
        }
    }

    /// The spelling `value` is written back in, read as `type`; nil when `type` is no table or enum, or does not list it.
    func written(_ value: String, as type: ResolvedType) -> String? {
        switch type {
        case .table(let reference): return tables[reference.swiftName].flatMap { Self.written(value, in: $0.resolved) }
        case .enumeration(let reference):
            guard let enumeration = enums[reference.swiftName], enumeration.spec.wire == .number, let number = Int(value) else { return nil }
            return enumeration.cases.first { Int($0.value) == number }?.value
        default: return nil
        }
    }

    private static func written(_ code: String, in table: StatusTable) -> String? {
        guard let entry = table.entry(for: code), let row = table.entries.firstIndex(where: { $0.code == entry.code }) else { return nil }
        return table.wireSpellings[row].text
    }
}

/// A documented code or enum value read from one JSON kind and written back as another: Sent (a flag) reads the text
/// `"false"` and writes `false`, an int table reads `"7"` and writes `7` (or `7` and writes `"007"`, padded). As
/// JSON: `read` and `written` are the payload's value and what generated code writes of it.
struct KindChange: Hashable {
    let from: JSONKind, to: JSONKind
    let read: String, written: String
    /// How to undo it, when it is made by what a shape reads and writes of an object's fields; nil for a code, which its
    /// table or enum reads in every kind itself.
    var fix: String? = nil
}

extension KindChange {
    /// A table's: a numeric one reads its codes from a number or text with the digits; a textual one (a flag too)
    /// matches the text of any scalar, a number's digits or a boolean's `true` or `false`, by code or alias.
    static func changes(of table: StatusTable) -> [KindChange] {
        var changes = Changes()
        for (entry, written) in zip(table.entries, table.wireSpellings) {
            for spelling in table.isNumeric ? [entry.code] : [entry.code] + entry.aliases {
                changes.add(from: .text, spelling, written: written)
                if table.isNumeric || spellsJSONNumber(spelling) { changes.add(from: .number, spelling, written: written) }
                if !table.isNumeric, spelling == "true" || spelling == "false" { changes.add(from: .bool, spelling, written: written) }
            }
        }
        return changes.all
    }

    /// Whether a JSON number's text can be `spelling`, which a textual table then matches: decimal digits as a number is
    /// kept (`7`, `-63`, `12.5`; never `007`, `+7`, `1e3` or ` 7`). Spellings with a fraction count too (`12.5`: a number
    /// that a text table reads and writes back as text).
    private static func spellsJSONNumber(_ spelling: String) -> Bool {
        let parts = spelling.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]
        let isDigits = { (text: Substring) in !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) } }
        guard isDigits(whole), whole == "0" || whole.first != "0" else { return false }
        return parts.count == 1 || isDigits(parts[1])
    }

    /// An enum's: a `wire: number` one reads its values from text with the digits too; a text one only its exact text.
    static func changes(of enumeration: EnumModel) -> [KindChange] {
        guard enumeration.spec.wire == .number else { return [] }
        var changes = Changes()
        for item in enumeration.cases { changes.add(from: .text, item.value, written: .number(Int(item.value) ?? 0)) }
        return changes.all
    }

    /// The first example of each change of kind, in the order met.
    private struct Changes {
        var all: [KindChange] = []

        mutating func add(from: JSONKind, _ read: String, written: WireSpelling) {
            let to = written.kind
            guard from != to, !all.contains(where: { $0.from == from && $0.to == to }) else { return }
            all.append(KindChange(from: from, to: to, read: Self.json(read, as: from), written: Self.json(written.text, as: to)))
        }

        /// `text` as a JSON value of `kind`: quoted text, a number's digits, `true` or `false`.
        private static func json(_ text: String, as kind: JSONKind) -> String {
            kind == .text ? "\"\(text.abbreviated)\"" : text
        }
    }
}

extension WireSpelling {
    /// The JSON kind a code so spelled is written as.
    var kind: JSONKind {
        switch self {
        case .number: .number
        case .text: .text
        case .boolean: .bool
        }
    }
}
