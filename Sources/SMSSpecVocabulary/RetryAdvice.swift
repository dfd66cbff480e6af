/// What to do about a code: the registry's advice, derived from its outcome, category and retryability.
public enum RetryAdvice: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case nothingToDo
    case waitForFinalStatus
    case retryWithBackoff
    case sendAsNewMessage
    case retry
    case topUpThenRetry
    case fixAccount
    case doNotRetry

    public init(outcome: Outcome, category: ErrorCategory, retryable: Bool) {
        self =
            switch (outcome, category, retryable) {
            case (.success, _, _): .nothingToDo
            case (.pending, _, _): .waitForFinalStatus
            case (_, .rateLimited, true): .retryWithBackoff
            case (_, .expired, true): .sendAsNewMessage
            case (_, _, true): .retry
            case (_, .insufficientFunds, _): .topUpThenRetry
            case (_, .authentication, _), (_, .authorization, _): .fixAccount
            default: .doNotRetry
            }
    }

    /// The advice for a code no table documents: category unknown, not retryable.
    public static let undocumented = RetryAdvice(outcome: .failure, category: .unknown, retryable: false)

    /// The advice in words, as `smsspec lookup` prints it.
    public var description: String {
        switch self {
        case .nothingToDo: "nothing to do"
        case .waitForFinalStatus: "wait for a final status"
        case .retryWithBackoff: "retry with backoff"
        case .sendAsNewMessage: "send again as a new message if still relevant"
        case .retry: "retrying the same request can help"
        case .topUpThenRetry: "top up, then retry"
        case .fixAccount: "fix the account or credentials; do not retry"
        case .doNotRetry: "do not retry the same request"
        }
    }
}
