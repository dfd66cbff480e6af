import Foundation
@_spi(Generated) import SMSSpecRuntime

/// When a client sends a request again, driven by the registry: only answers whose every deciding code is
/// `retryable` are retried, and a send only when no part of it was accepted (a RajaSMS send with one accepted packet
/// is never sent twice), with exponential backoff, honouring the provider's `Retry-After`, up to a limit. Off by
/// default (`.none`).
public struct RetryPolicy: Hashable, Sendable {
    /// How many times a request is sent at most, the first time included; 1 never retries.
    public var maximumAttempts: Int
    /// The wait before the first retry; each later one waits `backoffMultiplier` times longer.
    public var initialDelay: Duration
    public var backoffMultiplier: Double
    /// No wait is longer: a `Retry-After` asking for more ends the retries (the error is thrown at once).
    public var maximumDelay: Duration
    /// Waits as long as the answer's `Retry-After` asks (seconds or an HTTP date), when it asks longer than the backoff.
    public var honoursRetryAfter: Bool

    public init(
        maximumAttempts: Int, initialDelay: Duration = .milliseconds(500), backoffMultiplier: Double = 2,
        maximumDelay: Duration = .seconds(30), honoursRetryAfter: Bool = true
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.backoffMultiplier = max(1, backoffMultiplier)
        self.maximumDelay = maximumDelay
        self.honoursRetryAfter = honoursRetryAfter
    }

    /// Never retries.
    public static let none = RetryPolicy(maximumAttempts: 1)

    /// Three attempts, 0.5 s then 1 s apart (longer when the provider asks), never more than 30 s.
    public static let registryDriven = RetryPolicy(maximumAttempts: 3)

    /// The wait before attempt `attempt + 1` after a retryable failure, or nil when the request is not sent again.
    /// `retryAfter` is the wait the answer asked for, if any.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration? {
        guard attempt < maximumAttempts else { return nil }
        // Capped before it is computed: a `Duration` traps beyond about 10^20 s (0.5 s × 2^69, the 71st attempt).
        let factor = pow(backoffMultiplier, Double(attempt - 1))
        let backoff = initialDelay <= .zero ? .zero : factor < maximumDelay / initialDelay ? initialDelay * factor : maximumDelay
        let wait = honoursRetryAfter ? max(backoff, retryAfter ?? .zero) : backoff
        if honoursRetryAfter, let retryAfter, retryAfter > maximumDelay { return nil }
        return min(wait, maximumDelay)
    }

    /// How many `Retry-After` values of one answer are read: a proxy may repeat the header, never a thousand times.
    static let retryAfterValuesRead = 8

    /// The first `retryAfterValuesRead` values of an answer's `Retry-After` fields, each field's values joined by
    /// commas read one by one (swift-corelibs URLSession joins repeated fields: `120, 120`): split at every comma but
    /// the one after an HTTP date's day name (`Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 …`).
    static func retryAfterValues(_ fields: [String]) -> [String] {
        var values: [String] = []
        for field in fields.prefix(retryAfterValuesRead) {
            // A date takes two pieces; the pieces past those read stay one, unread.
            var pieces = field.split(separator: ",", maxSplits: 2 * retryAfterValuesRead, omittingEmptySubsequences: false)[...]
            while values.count < retryAfterValuesRead, let piece = pieces.popFirst() {
                let text = piece.trimmingCharacters(in: .whitespaces)
                if dayNames.contains(text), let date = pieces.popFirst() {
                    values.append("\(text),\(date)")
                } else if !text.isEmpty {
                    values.append(text)
                }
            }
        }
        return values
    }

    /// The day names that start an HTTP date followed by a comma (IMF-fixdate's and RFC 850's).
    private static let dayNames: Set<String> = [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// The wait a `Retry-After` header asks for: delay-seconds, or an HTTP date (RFC 9110 §10.2.3) in any of its three
    /// forms (IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must still read, §5.6.7); nil when
    /// unreadable. Delay-seconds are digits only (`+7`, `-5`, `7.5` are unreadable); more than a `Duration` holds is
    /// the longest wait there is, so a server asking for a very long wait is not retried at once.
    public static func retryAfter(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return Int64(text).map { .seconds($0) } ?? .seconds(Int64.max)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            // asctime pads a one-digit day with a space: `Sun Nov  6 08:49:37 1994`.
            let text = format.hasPrefix("EEE MMM") ? text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") : text
            if let date = formatter.date(from: text) { return .seconds(max(0, date.timeIntervalSince(now))) }
        }
        return nil
    }

    /// Whether an answer's failure can succeed when sent again: a registry code marked retryable, every code that
    /// decides the outcome (`ProviderClient.deciding`) a retryable failure, no list or map anywhere in the answer with an
    /// element that failed nothing beside one that failed (whatever the method: Clickatell's legacy send is a GET, and
    /// its accepted recipient's line has an id and no code), and — unless the request is `idempotent`, sending nothing
    /// twice by being repeated (a GET lookup; `OperationDescriptor.isIdempotent`, which a GET that sends an SMS is not)
    /// — no code in the answer that succeeded or is pending (those parts would be sent twice),
    /// and no server error (`networkError`): a 500 may come after the SMS left, a proxy's 502 or 504 after it forwarded
    /// the request, so, as after a timeout, the client cannot know the first one failed.
    /// A code that does not decide (a looked-up message's final delivery status) stops no lookup.
    static func isRetryable(_ error: ProviderError, deciding: [StatusReport], all reports: [StatusReport], idempotent: Bool) -> Bool {
        guard error.isRetryable, deciding.allSatisfy({ $0.outcome == .failure && ($0.entry?.retryable ?? false) }) else { return false }
        if !idempotent, error.category == .networkError || deciding.contains(where: { $0.entry?.category == .networkError }) { return false }
        // What refuses an element: a failure that decides (a looked-up message's failed delivery status refuses nothing);
        // in a send's answer any failure, erring towards not sending again.
        let failed = (idempotent ? deciding : reports).filter { $0.outcome == .failure }
        guard !acceptsSomeElements(error.answer(as: Any.self), failed: failed) else { return false }
        return idempotent || reports.allSatisfy { $0.outcome == .failure }
    }

    /// Whether a list or map anywhere in `answer` has an element holding a code of the `failed` reports' tables that
    /// failed beside one holding no failure (`{"messages":[{"id":"a"},{"error":901}]}`,
    /// `{"results":{"4477":{"id":"a"},"4478":{"error":901}}}`): that one was accepted. The decoded answer is walked as
    /// it stands (`Mirror`: shapes' fields, a union's variant, optionals, arrays, dictionaries' values), so a map's
    /// keys, the provider's text, decide nothing: compared as paths, a key holding `.` or `[` stood on another entry's
    /// path (an accepted `a` beside a refused `a.b` looked refused, and was sent again), and a key of many dots took
    /// time in its square. Linear in the answer. No answer accepted some when one failed: what it holds is unknown.
    static func acceptsSomeElements(_ answer: Any?, failed: [StatusReport]) -> Bool {
        guard let answer else { return !failed.isEmpty }
        let refusing = Set(failed.map(\.table))
        guard !refusing.isEmpty else { return false }
        var acceptsSome = false
        /// Whether `value` holds a failure of a refusing table, and any failure.
        typealias Held = (refused: Bool, failing: Bool)
        func held(_ parts: [Held]) -> Held { (parts.contains { $0.refused }, parts.contains { $0.failing }) }
        func walk(_ value: Any) -> Held {
            if let code = value as? any StatusCode {
                let report = code.statusReports(at: "")[0]
                return (report.outcome == .failure && refusing.contains(report.table), report.outcome == .failure)
            }
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional || value is any StatusCarrying else { return (false, false) }
            let children = mirror.children.map(\.value)
            switch mirror.displayStyle {
            case .collection, .dictionary:
                // A dictionary's child is a (key, value) pair.
                let parts = (mirror.displayStyle == .dictionary ? children.compactMap { Array(Mirror(reflecting: $0).children).last?.value } : children).map(walk)
                if parts.contains(where: { $0.refused }) && parts.contains(where: { !$0.failing }) { acceptsSome = true }
                return held(parts)
            default:
                return held(children.map(walk))
            }
        }
        _ = walk(answer)
        return acceptsSome
    }

    /// RFC 9110's idempotent methods: sending one again has the effect of sending it once.
}
