import Foundation

/// The result of looking a code up: its entry, or an explicit "not documented".
public enum RegistryLookup: Hashable, Sendable {
    case known(StatusEntry)
    case unknown(provider: String, table: String?, code: String)

    public var entry: StatusEntry? {
        if case .known(let entry) = self { return entry }
        return nil
    }
    public var category: ErrorCategory { entry?.category ?? .unknown }
    public var isRetryable: Bool { entry?.retryable ?? false }
    /// What to do: the entry's advice, or the advice for an undocumented code.
    public var retryAdvice: RetryAdvice { entry?.retryAdvice ?? .undocumented }
}

/// Every status and error table of a set of providers, looked up in constant time.
public struct StatusRegistry: Sendable {
    public let tables: [StatusTable]
    /// By provider (any case), then by table id: exactly, and in any case (the first table of that spelling).
    private let tableIndex: [String: [String: StatusTable]]
    private let foldedTableIndex: [String: [String: StatusTable]]
    private let codeIndex: [String: [String: [StatusEntry]]]

    public init(tables: [StatusTable]) {
        self.tables = tables
        var tableIndex: [String: [String: StatusTable]] = [:]
        var foldedTableIndex: [String: [String: StatusTable]] = [:]
        var codeIndex: [String: [String: [StatusEntry]]] = [:]
        for table in tables {
            tableIndex[table.provider.lowercased(), default: [:]][table.id] = table
            if foldedTableIndex[table.provider.lowercased()]?[table.id.lowercased()] == nil {
                foldedTableIndex[table.provider.lowercased(), default: [:]][table.id.lowercased()] = table
            }
            for entry in table.entries {
                for spelling in Set([entry.code] + entry.aliases) {
                    codeIndex[table.provider.lowercased(), default: [:]][spelling, default: []].append(entry)
                }
            }
        }
        self.tableIndex = tableIndex
        self.foldedTableIndex = foldedTableIndex
        self.codeIndex = codeIndex
    }

    public var providers: [String] { Array(Set(tables.map(\.provider))).sorted() }
    public var entries: [StatusEntry] { tables.flatMap(\.entries) }

    /// The table named `id` exactly, else one whose id differs only in case: `Status` and `status` may be two
    /// tables of one spec.
    public func table(provider: String, id: String) -> StatusTable? {
        tableIndex[provider.lowercased()]?[id] ?? foldedTableIndex[provider.lowercased()]?[id.lowercased()]
    }

    /// The entry for `code` in one table of one provider.
    public func lookup(provider: String, table: String, code: String) -> RegistryLookup {
        guard let table = self.table(provider: provider, id: table),
            let entry = table.entry(for: code) ?? (table.isNumeric ? Self.integerText(ofNumber: code).flatMap(table.entry(for:)) : nil)
        else {
            return .unknown(provider: provider, table: table, code: code)
        }
        return .known(entry)
    }

    /// Every entry `code` has across one provider's tables (one code can mean different things in different tables).
    public func lookup(provider: String, code: String) -> [StatusEntry] {
        guard let byCode = codeIndex[provider.lowercased()] else { return [] }
        let trimmed = code.trimmingWhitespace
        // Scalar for scalar, as a payload's code is read: text canonically equivalent to a code in other scalars (a
        // decomposed Hangul code) is another code, undocumented unless an alias spells it so.
        var found = (byCode[trimmed] ?? []).filter { entry in ([entry.code] + entry.aliases).contains { $0.isSameUTF8(as: trimmed) } }
        let canonical = StatusTable.canonicalCode(trimmed, isNumeric: true)
        if let integer = canonical != trimmed ? canonical : Self.integerText(ofNumber: trimmed) {
            found += (byCode[integer] ?? []).filter { entry in
                tableIndex[provider.lowercased()]?[entry.table]?.isNumeric == true
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.table + "\u{0}" + $0.code).inserted }
    }

    /// An integer code written as a JSON number with a fraction or an exponent (`27.0`, `2.7e1`, `+27.0`), in an
    /// integer table's spelling ("27"), as a payload's JSON number decodes; nil for any other text and for a number
    /// that is no integer (`27.5`, `27.0000000000000001`) or none an `Int` holds.
    public static func integerText(ofNumber code: String) -> String? {
        let trimmed = code.trimmingWhitespace
        // One sign: `+-27.0` is no number.
        var text = trimmed.hasPrefix("+") && !trimmed.dropFirst().hasPrefix("-") ? String(trimmed.dropFirst()) : trimmed
        guard Int(text) == nil, NumberText.isPlain(Substring(text)) else { return nil }
        let exact = text.withUTF8 { NumberText.exactInteger($0) }
        return exact.flatMap { Int($0) }.map(String.init)
    }
}
