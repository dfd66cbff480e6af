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

    /// The advice in words for a code of a delivery report: the send was taken, so what a retry would do is send the
    /// message again (a user read "retrying the same request" as asking the provider for the report again).
    public var descriptionForDeliveryReport: String {
        switch self {
        case .retryWithBackoff: "send the message again later, backing off"
        case .retry: "sending the message again later can help"
        case .topUpThenRetry: "top up, then send the message again"
        case .doNotRetry: "do not send the message again unchanged"
        case .nothingToDo, .waitForFinalStatus, .sendAsNewMessage, .fixAccount: description
        }
    }
}
