import SMSSpecVocabulary

/// How generated code writes back a code it reads: a table's documented code in the table's own wire spelling
/// (Plivo's `"000"` for 0, `2` for `"02"`, the code for an alias), a `wire: number` enum's listed value in plain
/// digits (`1` for `"01"`); anything else it keeps as it came (`unknown`).
struct CodeSpellings {
    let tables: [String: TableModel]
    let enums: [String: EnumModel]

    init(tables: [TableModel], enums: [EnumModel]) {
        self.tables = Dictionary(tables.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        self.enums = Dictionary(enums.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
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
