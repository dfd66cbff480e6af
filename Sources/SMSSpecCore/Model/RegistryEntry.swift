/// One code of one table of one provider, as the registry exports it. Built from specs (`generate`) or from the
/// compiled-in tables (`smsspec registry`), and rendered by one set of renderers either way.
public struct RegistryEntry: Hashable, Sendable {
    public var provider: String
    public var table: String
    public var tableTitle: String
    public var code: String
    public var aliases: [String]
    public var name: String
    public var description: String
    public var cause: String?
    public var httpStatuses: [Int]
    public var outcome: String
    public var category: String
    public var retryable: Bool
    public var deliveryState: String?
    public var isFinal: Bool?
    public var source: String

    public init(
        provider: String, table: String, tableTitle: String, code: String, aliases: [String], name: String, description: String,
        cause: String?, httpStatuses: [Int], outcome: String, category: String, retryable: Bool, deliveryState: String?,
        isFinal: Bool?, source: String
    ) {
        self.provider = provider
        self.table = table
        self.tableTitle = tableTitle
        self.code = code
        self.aliases = aliases
        self.name = name
        self.description = description
        self.cause = cause
        self.httpStatuses = httpStatuses
        self.outcome = outcome
        self.category = category
        self.retryable = retryable
        self.deliveryState = deliveryState
        self.isFinal = isFinal
        self.source = source
    }
}

extension RegistryEntry {
    /// The registry entries of a provider's spec, in table and document order.
    public static func entries(of model: ProviderModel) -> [RegistryEntry] {
        return model.tables.flatMap { table in
            table.entries.map { entry in
                let spec = entry.spec
                return RegistryEntry(
                    provider: model.id, table: table.swiftName, tableTitle: table.spec.title,
                    code: table.spec.codeType == .int ? (Int(spec.code.value).map(String.init) ?? spec.code.value) : spec.code.value,
                    aliases: spec.aliases.map(\.value), name: spec.name, description: spec.summary, cause: spec.cause,
                    httpStatuses: spec.httpStatuses.map(\.value), outcome: entry.outcome, category: entry.category,
                    retryable: entry.retryable, deliveryState: spec.deliveryState?.value, isFinal: spec.isFinal,
                    source: spec.source.flatMap(model.sourceText) ?? model.sourceText(table.spec.source) ?? "")
            }
        }
    }
}
