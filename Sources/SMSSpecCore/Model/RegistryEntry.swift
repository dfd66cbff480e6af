/// One code of one table of one provider, as the registry exports it. Built from specs (`generate`) or from the
/// compiled-in tables (`smsspec registry`), and rendered by one set of renderers either way.
public struct RegistryEntry: Hashable, Sendable {
    public var provider: String
    public var table: String
    public var tableTitle: String
    /// The table's own source; `source` is the row's, which differs when a row comes from another document.
    public var tableSource: String
    public var code: String
    public var aliases: [String]
    public var name: String
    public var description: String
    public var cause: String?
    /// Ours, not the document's words.
    public var explanation: String?
    public var httpStatuses: [Int]
    public var outcome: String
    public var category: String
    public var retryable: Bool
    public var deliveryState: String?
    public var isFinal: Bool?
    public var perOperation: [Meaning]
    public var source: String

    /// The meaning a code takes in one operation (Fortytwo's 0 is "Valid" on validateCode).
    public struct Meaning: Hashable, Sendable {
        public var operation: String
        public var description: String
        public var cause: String?
        public var httpStatus: Int?

        public init(operation: String, description: String, cause: String?, httpStatus: Int?) {
            self.operation = operation
            self.description = description
            self.cause = cause
            self.httpStatus = httpStatus
        }
    }

    public init(
        provider: String, table: String, tableTitle: String, tableSource: String, code: String, aliases: [String], name: String,
        description: String, cause: String?, explanation: String?, httpStatuses: [Int], outcome: String, category: String,
        retryable: Bool, deliveryState: String?, isFinal: Bool?, perOperation: [Meaning], source: String
    ) {
        self.provider = provider
        self.table = table
        self.tableTitle = tableTitle
        self.tableSource = tableSource
        self.code = code
        self.aliases = aliases
        self.name = name
        self.description = description
        self.cause = cause
        self.explanation = explanation
        self.httpStatuses = httpStatuses
        self.outcome = outcome
        self.category = category
        self.retryable = retryable
        self.deliveryState = deliveryState
        self.isFinal = isFinal
        self.perOperation = perOperation
        self.source = source
    }
}

extension RegistryEntry {
    /// The registry entries of a provider's spec, in table and document order.
    public static func entries(of model: ProviderModel) -> [RegistryEntry] {
        return model.tables.flatMap { table in
            let tableSource = model.sourceText(table.spec.source) ?? ""
            return table.entries.map { entry in
                let spec = entry.spec
                return RegistryEntry(
                    provider: model.id, table: table.swiftName, tableTitle: table.spec.title, tableSource: tableSource,
                    code: table.spec.codeType == .int ? (Int(spec.code.value).map(String.init) ?? spec.code.value) : spec.code.value,
                    aliases: spec.aliases.map(\.value), name: spec.name, description: spec.summary, cause: spec.cause,
                    explanation: spec.explanation?.value, httpStatuses: spec.httpStatuses.map(\.value), outcome: entry.outcome,
                    category: entry.category, retryable: entry.retryable, deliveryState: spec.deliveryState?.value,
                    isFinal: spec.isFinal,
                    perOperation: spec.perOperation.map {
                        Meaning(operation: $0.operation.value, description: $0.summary, cause: $0.cause, httpStatus: $0.httpStatus)
                    },
                    source: spec.source.flatMap(model.sourceText) ?? tableSource)
            }
        }
    }
}
