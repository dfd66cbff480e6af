/// A decision a spec records on a status table or one of its codes: what the documents leave open or contradict, and
/// what the spec does about it. The codes page, `smsspec lookup` and the tools' catalog show it beside the documents'
/// words, as ours.
public struct TableDecision: Hashable, Sendable {
    /// The table's id (`DLRError`).
    public let table: String
    /// The code it is recorded on, canonical; nil for the table as a whole.
    public let code: String?
    public let id: String
    public let decision: String
    public let issue: String

    public init(table: String, code: String? = nil, id: String, decision: String, issue: String) {
        self.table = table
        self.code = code
        self.id = id
        self.decision = decision
        self.issue = issue
    }

    /// "Decision B3: One error enum …. The issue: …"
    public var text: String { "Decision \(id): \(decision) The issue: \(issue)" }
}
