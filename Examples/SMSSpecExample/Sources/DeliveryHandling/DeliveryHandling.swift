import Foundation
import SMSProviders

/// What to do about a delivery receipt.
public enum DeliveryAction: Equatable, Sendable {
    case done
    case retryLater(reason: String)
    case dropRecipient(reason: String)
    case alert(reason: String)
}

/// Handles Bind's callback posts: one URL receives delivery receipts and inbound messages.
public enum BindCallbackHandler {
    public static func action(forCallbackBody body: Data) throws -> DeliveryAction {
        switch try JSONDecoder().decode(Bind.CallbackEvent.self, from: body) {
        case .deliveryReceipt(let receipt):
            return action(for: receipt)
        case .inboundMessage, .unknown:
            return .done
        }
    }

    public static func action(for receipt: Bind.DeliveryReceipt) -> DeliveryAction {
        if receipt.status.isSuccess { return .done }
        let error = ProviderError(receipt.error)
        switch error.category {
        case .invalidDestination, .recipientOptedOut:
            return .dropRecipient(reason: error.description)
        case _ where error.isRetryable:
            return .retryLater(reason: error.description)
        default:
            return .alert(reason: error.description)
        }
    }
}
