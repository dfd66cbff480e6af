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
    /// its accepted recipient's line has an id and no code), and — unless the method sends nothing twice by being
    /// repeated (a GET lookup) — no code in the answer that succeeded or is pending (those parts would be sent twice).
    /// A code that does not decide (a looked-up message's final delivery status) stops no lookup.
    static func isRetryable(_ error: ProviderError, deciding: [StatusReport], all reports: [StatusReport], method: String) -> Bool {
        guard error.isRetryable, deciding.allSatisfy({ $0.outcome == .failure && ($0.entry?.retryable ?? false) }) else { return false }
        let idempotent = idempotentMethods.contains(method.uppercased())
        // What refuses an element: a failure that decides (a looked-up message's failed delivery status refuses nothing);
        // in a send's answer any failure, erring towards not sending again.
        let failed = (idempotent ? deciding : reports).filter { $0.outcome == .failure }
        guard !acceptsSomeElements(error.answer(as: (any Encodable).self), failed: failed, reports: reports) else { return false }
        return idempotent || reports.allSatisfy { $0.outcome == .failure }
    }

    /// Whether a list or map anywhere in `answer` has an element holding one of the `failed` reports beside one
    /// holding no failure among `reports`: that one was accepted (`{"messages":[{"id":"a"},{"error":901}]}`,
    /// `{"results":{"4477":{"id":"a"},"4478":{"error":901}}}`). They are read from the answer encoded as JSON, whose
    /// members are the wire names the paths join (`messages[1].error`, `[0][1]`, `results.4478.error`); a union adds
    /// no step, and the reports say which objects are maps (`StatusReport.mapPlaces`). An answer that does not encode
    /// accepted some when a failure sits in a list or map: what it holds is unknown.
    static func acceptsSomeElements(_ answer: (any Encodable)?, failed: [StatusReport], reports: [StatusReport]) -> Bool {
        let failedPlaces = Set(failed.flatMap { places(in: $0.path) })
        let maps = Set(failed.flatMap(\.mapPlaces))
        guard maps.isEmpty == false || failedPlaces.contains(where: { $0.hasSuffix("]") }) else { return false }
        guard let answer, let value = try? JSONPayload.decode(JSONValue.self, from: JSONPayload.encode(answer)) else { return true }
        let failingPlaces = Set(reports.filter { $0.outcome == .failure }.flatMap { places(in: $0.path) })
        func acceptsSome(of elements: [String]) -> Bool {
            elements.contains(where: failedPlaces.contains) && !elements.allSatisfy(failingPlaces.contains)
        }
        // Walks only down the paths of the failed reports.
        func accepts(_ value: JSONValue, at path: String) -> Bool {
            switch value {
            case .array(let items):
                let elements = items.indices.map { "\(path)[\($0)]" }
                return acceptsSome(of: elements) || zip(items, elements).contains { failedPlaces.contains($1) && accepts($0, at: $1) }
            case .object(let members):
                let entries = Array(members), places = entries.map { MessagePath.join(path, $0.key) }
                if maps.contains(path) && acceptsSome(of: places) { return true }
                return zip(entries, places).contains { entry, place in failedPlaces.contains(place) && accepts(entry.value, at: place) }
            default: return false
            }
        }
        return accepts(value, at: "")
    }

    /// A report's path and every place on the way to it: `a[1].b` → `a`, `a[1]`, `a[1].b`.
    private static func places(in path: String) -> [String] {
        path.indices.filter { path[$0] == "." || path[$0] == "[" }.map { String(path[..<$0]) } + [path]
    }

    /// RFC 9110's idempotent methods: sending one again has the effect of sending it once.
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]
}
