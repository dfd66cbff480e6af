import Foundation

/// What happens to an accepted message: the delivery report the sandbox sends, and when.
public struct DeliveryOutcome: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case delivered
        /// Failed with a code of the provider's delivery tables (error or status table); nil picks the first
        /// final failure the tables list.
        case failed(code: String?)
        /// No report at all.
        case never
    }

    public var kind: Kind
    /// How long after the answer the report is sent.
    public var delayMilliseconds: Int

    public init(_ kind: Kind, delayMilliseconds: Int = 0) {
        self.kind = kind
        self.delayMilliseconds = delayMilliseconds
    }

    public static let delivered = DeliveryOutcome(.delivered)

    /// The spellings `init(parsing:)` reads, as help and errors name them.
    public static let forms = "delivered, failed, failed:CODE, never, delayed:MS; any but never may end in @MS (failed:27@500)"

    /// `delivered`, `failed`, `failed:CODE`, `never`, `delayed:MS` (delivered after MS milliseconds); any but
    /// `never` may end in `@MS` for a delay (`failed:27@500`).
    public init?(parsing text: String) {
        var body = Substring(text)
        var delay: Int?
        if let at = body.lastIndex(of: "@") {
            guard let milliseconds = Int(body[body.index(after: at)...]), milliseconds >= 0 else { return nil }
            delay = milliseconds
            body = body[..<at]
        }
        // Empty parts kept: `failed:` is no `failed`, `:delivered` no `delivered`.
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("delivered", 1): self.init(.delivered, delayMilliseconds: delay ?? 0)
        case ("failed", 1): self.init(.failed(code: nil), delayMilliseconds: delay ?? 0)
        case ("failed", 2) where !parts[1].isEmpty: self.init(.failed(code: parts[1]), delayMilliseconds: delay ?? 0)
        case ("never", 1) where delay == nil || delay == 0: self.init(.never)
        case ("delayed", 2) where delay == nil:  // One delay: `delayed:5@10` took 5 and ignored the 10.
            guard let milliseconds = Int(parts[1]), milliseconds >= 0 else { return nil }
            self.init(.delivered, delayMilliseconds: milliseconds)
        default: return nil
        }
    }

    public var description: String {
        let delay = delayMilliseconds > 0 ? "@\(delayMilliseconds)" : ""
        switch kind {
        case .delivered: return "delivered" + delay
        case .failed(let code): return "failed" + (code.map { ":\($0)" } ?? "") + delay
        case .never: return "never"
        }
    }
}

/// The outcome of every message of a run, and of single recipients.
public struct OutcomePolicy: Sendable {
    public var run: DeliveryOutcome
    /// By recipient number as the request writes it.
    public var byRecipient: [String: DeliveryOutcome]

    public init(run: DeliveryOutcome = .delivered, byRecipient: [String: DeliveryOutcome] = [:]) {
        self.run = run
        self.byRecipient = byRecipient
    }

    public func outcome(for recipient: String) -> DeliveryOutcome { byRecipient[recipient] ?? run }
}
