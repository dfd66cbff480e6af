import SMSSpecVocabulary

/// Names a reference may resolve to: looked up in constant time, listed in file order for "did you mean".
struct NameList {
    let ordered: [String]
    private let members: Set<String>

    init(_ ordered: [String]) {
        self.ordered = ordered
        self.members = Set(ordered)
    }

    func contains(_ name: String) -> Bool { members.contains(name) }

}

/// The names a spec defines, gathered once per validation (a spec with 20,000 shapes validates in linear time).
struct SpecNames {
    let shapes: NameList
    /// Shapes and unions: what an operation's response may answer with (an object, or a union of forms).
    let answers: NameList
    let tables: NameList
    /// Shapes, enums, tables and unions: what a field's type may name.
    let types: NameList
    /// Shapes, callbacks and the unions responses answer with: what an example may be a message of.
    let messages: NameList
    let sources: NameList
    /// Every decision's id, wherever it is recorded: what an acknowledgement may rest on.
    let decisions: NameList
    let shapesByName: [String: ShapeSpec]
    let enumsByName: [String: EnumSpec]
    /// Each enum's wire values: a default is one lookup.
    let valuesByEnum: [String: Set<String>]
    let tablesByName: [String: TableSpec]
    /// Each table's entries by their code, canonical (`StatusTable.canonicalCode`): a `Table:code` reference is one
    /// lookup (the first entry of a code, as duplicates are reported separately).
    let entriesByTable: [String: [String: TableEntrySpec]]
    let unionsByName: [String: UnionSpec]
    /// Each shape's fields by where they travel (`FieldPlacement`), grouped once: every operation sending a shape
    /// asks, and many operations may send one shape of many fields.
    let fieldsByPlacement: [String: [FieldPlacement: [FieldSpec]]]
    /// The ASCII bytes each enum's values and each table's codes and aliases hold, found once: a list of them with a
    /// `separator` is checked against its values only when one holds it (each of many such lists read every value).
    let asciiHeldByType: [String: Set<UInt8>]

    init(_ spec: ProviderSpec) {
        let shapeNames = spec.shapes.map(\.name.value)
        let tableNames = spec.tables.map(\.name.value)
        shapes = NameList(shapeNames)
        let unionNames = spec.unions.map(\.name.value)
        answers = NameList(shapeNames + unionNames)
        tables = NameList(tableNames)
        types = NameList(shapeNames + spec.enums.map(\.name.value) + tableNames + unionNames)
        messages = NameList(shapeNames + spec.callbacks.map(\.name.value) + spec.answeredUnions.map(\.name.value))
        sources = NameList(spec.sources.map(\.id.value))
        decisions = NameList(spec.allDecisions.map(\.id.value))
        // The first definition wins, as duplicates are reported separately.
        shapesByName = Dictionary(spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        enumsByName = Dictionary(spec.enums.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        valuesByEnum = enumsByName.mapValues { Set($0.values.map(\.value.value)) }
        tablesByName = Dictionary(spec.tables.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        entriesByTable = tablesByName.mapValues { table in
            Dictionary(
                table.entries.map { (StatusTable.canonicalCode($0.code.value, isNumeric: table.codeType == .int), $0) },
                uniquingKeysWith: { first, _ in first })
        }
        unionsByName = Dictionary(spec.unions.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        fieldsByPlacement = shapesByName.mapValues { Dictionary(grouping: $0.fields, by: \.placement) }
        let ascii = { (texts: [String]) in Set(texts.flatMap { $0.utf8.filter { $0 < 0x80 } }) }
        asciiHeldByType = enumsByName.mapValues { ascii($0.values.map(\.value.value)) }
            .merging(tablesByName.mapValues { table in ascii(table.entries.flatMap { [$0.code.value] + $0.aliases.map(\.value) }) }) { first, _ in first }
    }

    /// Whether some value of enum or table `type` may hold `separator`: false only when it is one ASCII character
    /// none holds.
    func mayHold(_ separator: String, type: String) -> Bool {
        guard separator.utf8.count == 1, let byte = separator.utf8.first, byte < 0x80, let held = asciiHeldByType[type] else { return true }
        return held.contains(byte)
    }

    /// The fields of shape `name` that travel `placement`, in the spec's order.
    func fields(of name: String, _ placement: FieldPlacement) -> [FieldSpec] { fieldsByPlacement[name]?[placement] ?? [] }
}
