extension StatusTable {
    /// One row as generated code writes it: the code, the document's description, and only what differs from the
    /// defaults below. The table adds its provider, its id and (unless the row names its own) its source.
    public struct Row: Sendable {
        /// What a row is unless it says otherwise: a failure, the document's name equal to the code, the category's
        /// own retryability, the table's source.
        public static let defaultOutcome = Outcome.failure
        /// The category of a row that is not a failure (a failing row always names its category).
        public static let defaultCategory = ErrorCategory.none

        let code: String
        let aliases: [String]
        let name: String?
        let description: String
        let cause: String?
        let explanation: String?
        let httpStatuses: [Int]
        let outcome: Outcome
        let category: ErrorCategory
        let retryable: Bool?
        let deliveryState: DeliveryState?
        let isFinal: Bool?
        let perOperation: [OperationMeaning]
        let source: String?

        /// `.row("27", name: "ABSENT_SUBSCRIBER", "The subscriber is absent", category: .recipientUnavailable)`;
        /// `ourExplanation` is ours, never the document's words; so are `outcome`, `category`, `retryable`,
        /// `deliveryState` and `final`, SMSSpec's normalized reading of the row.
        public static func row(
            _ code: String, aliases: [String] = [], name: String? = nil, _ description: String, cause: String? = nil,
            ourExplanation: String? = nil, http: [Int] = [], outcome: Outcome = defaultOutcome,
            category: ErrorCategory = defaultCategory, retryable: Bool? = nil, deliveryState: DeliveryState? = nil,
            final: Bool? = nil, perOperation: [OperationMeaning] = [], source: String? = nil
        ) -> Row {
            Row(
                code: code, aliases: aliases, name: name, description: description, cause: cause, explanation: ourExplanation,
                httpStatuses: http, outcome: outcome, category: category, retryable: retryable, deliveryState: deliveryState,
                isFinal: final, perOperation: perOperation, source: source)
        }

        /// The row's entry; in a numeric table its code canonical, as sent where the row spells it otherwise (`"007"`).
        func entry(provider: String, table: String, tableSource: String, isNumeric: Bool) -> StatusEntry {
            StatusEntry(
                provider: provider, table: table, code: StatusTable.canonicalCode(code, isNumeric: isNumeric), aliases: aliases,
                name: name ?? code, description: description, cause: cause, explanation: explanation, httpStatuses: httpStatuses,
                outcome: outcome, category: category, retryable: retryable ?? category.defaultRetryable, deliveryState: deliveryState,
                isFinal: isFinal, perOperation: perOperation, source: source ?? tableSource, sentAs: code)
        }
    }
}
