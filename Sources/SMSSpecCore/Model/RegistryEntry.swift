import SMSSpecVocabulary

/// One code of one table of one provider, as the registry exports it: the runtime's own `StatusEntry` (one
/// definition of the record, in SMSSpecVocabulary) with its table's title and source. Built from specs (`generate`)
/// or from the compiled-in tables (`smsspec registry`) by the same function, and rendered by one set of renderers.
@dynamicMemberLookup
public struct RegistryEntry: Hashable, Sendable {
    public var status: StatusEntry
    public var tableTitle: String
    /// The table's own source; `status.source` is the row's, which differs when a row comes from another document.
    public var tableSource: String

    /// A row of `table`, as the registry records it.
    public init(_ status: StatusEntry, in table: StatusTable) {
        self.status = status
        self.tableTitle = table.title
        self.tableSource = table.source
    }

    public subscript<Value>(dynamicMember path: KeyPath<StatusEntry, Value>) -> Value { status[keyPath: path] }

    /// The registry entries of `tables`, in table and row order.
    public static func entries(of tables: [StatusTable]) -> [RegistryEntry] {
        tables.flatMap { table in table.entries.map { RegistryEntry($0, in: table) } }
    }

    /// The registry entries of a provider's spec, in table and document order.
    public static func entries(of model: ProviderModel) -> [RegistryEntry] {
        entries(of: StatusTable.tables(of: model))
    }
}

extension StatusTable {
    /// A spec's tables as the runtime holds them.
    public static func tables(of model: ProviderModel) -> [StatusTable] {
        model.tables.map(\.resolved)
    }

    /// One spec table as the runtime holds it: the value the generated `static let table` spells and the registry
    /// exports, with canonical codes and sources as text. A source reference that names no source is reported here.
    convenience init(
        resolving spec: TableSpec, entries: [TableEntryModel], provider: String, sources: [String: SourceSpec],
        diagnostics: DiagnosticCollector
    ) {
        let isNumeric = spec.codeType == .int
        func text(of reference: SourceReference, for subject: String) -> String {
            if let text = ProviderModel.sourceText(reference, in: sources) { return text }
            let id = reference.source.value
            diagnostics.error(
                "unknown source '\(id)'\(Suggestions.hint(for: id, in: sources.keys.sorted())); \(subject)", at: reference.source.location)
            return id
        }
        // A table without `source` is the spec's own, and says so wherever its source is shown (a user's inferred report table
        // cited a document that does not show it).
        let tableSource = spec.source.map { text(of: $0, for: "every table names the document it comes from") } ?? StatusTable.noDocument
        // The documents' prose as generated code and the registry print it: a URL's password in it redacted.
        let prose = DisplayText.redactingUserinfo
        self.init(
            provider: provider, id: spec.name.value, title: prose(spec.title), source: prose(tableSource), isNumeric: isNumeric,
            wireFormat: spec.wireFormat,
            entries: entries.map { entry in
                let row = entry.spec
                return StatusEntry(
                    provider: provider, table: spec.name.value, code: Self.canonicalCode(row.code.value, isNumeric: isNumeric),
                    aliases: row.aliases.map(\.value), name: row.name, description: prose(row.summary), cause: row.cause.map(prose),
                    explanation: row.explanation.map { prose($0.value) }, httpStatuses: row.httpStatuses.map(\.value),
                    outcome: entry.outcome, category: entry.category, retryable: entry.retryable,
                    deliveryState: row.deliveryState.flatMap { DeliveryState(rawValue: $0.value) }, isFinal: row.isFinal,
                    perOperation: row.perOperation.map {
                        OperationMeaning(
                            operation: $0.operation.value, description: prose($0.summary), cause: $0.cause.map(prose), httpStatus: $0.httpStatus)
                    },
                    source: row.source.map { reference in
                        // `source: none`: a row no document shows, in a table one does (a user's inferred statuses were
                        // shown as the document's words), unless the spec names a source `none`.
                        reference.source.value == "none" && reference.section == nil && sources["none"] == nil
                            ? StatusTable.noDocumentRow
                            : prose(text(of: reference, for: reference.source.value == "none"
                                ? "a row no document shows says 'source: none', with no section" : "define it under 'sources', or write 'none' for a row no document shows"))
                    } ?? prose(tableSource),
                    sentAs: row.code.value)
            })
    }
}
