// The status vocabulary every provider's tables are normalized to (docs/registry.md). Defined once, here: the
// generator (SMSSpecCore) validates and models specs with these types, and the runtime (SMSSpecRuntime) decodes and
// explains codes with them. This module depends on nothing, so the generator stays free of the runtime and the
// runtime free of the generator and Yams.

/// What a status code says about the request or message it answers.
public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
    case success
    case pending
    case failure
}

/// The normalized error categories shared by every provider (see `docs/registry.md`).
public enum ErrorCategory: String, Codable, Hashable, Sendable, CaseIterable {
    /// Not an error: the code reports success or progress.
    case none
    case authentication
    case authorization
    case insufficientFunds
    case rateLimited
    case invalidRequest
    case invalidDestination
    case recipientUnavailable
    case contentRejected
    case recipientOptedOut
    case networkError
    case expired
    case unknown

    /// Whether sending the same request again can help, unless an entry says otherwise.
    public var defaultRetryable: Bool {
        switch self {
        case .rateLimited, .recipientUnavailable, .networkError, .expired: true
        case .none, .authentication, .authorization, .insufficientFunds, .invalidRequest,
            .invalidDestination, .contentRejected, .recipientOptedOut, .unknown:
            false
        }
    }
}

/// Where a message stands, normalized across providers' delivery-status tables.
public enum DeliveryState: String, Codable, Hashable, Sendable, CaseIterable {
    case accepted
    case sent
    case delivered
    case undelivered
    case rejected
    case expired
    case cancelled
    case unknown
}

extension String {
    /// The text without leading and trailing whitespace (no Foundation needed). Scalar by scalar: a `Character` is
    /// whitespace by its first scalar alone, so trimming characters would drop a mark combined with a space
    /// ("0 \u{301}" would read as "0").
    package var trimmingWhitespace: String {
        // Most codes arrive untrimmed: their first and last bytes are visible ASCII, checked without grapheme breaking.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var view = Substring(self).unicodeScalars
        while let first = view.first, first.properties.isWhitespace { view.removeFirst() }
        while let last = view.last, last.properties.isWhitespace { view.removeLast() }
        return String(view)
    }
}
