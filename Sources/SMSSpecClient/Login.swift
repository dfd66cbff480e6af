import Foundation
import SMSSpecRuntime

/// How a client obtains the credential its provider's `auth` sends from a login operation — SMSPortal's token from a
/// Basic-auth login, Eskiz's from an email and password, an OAuth2 token endpoint's — which the spec marks
/// (`role: credential` in the login's answer). Given as `ClientConfiguration(login:)`, made by the generated client
/// (`<Provider>.Client.<operation>Login(…)`): the client logs in before the first call that needs the credential (after
/// `credentials`, when given, are refused), sends what it answered from then on, and logs in again, once per call, when
/// a call is refused as unauthenticated (`ProviderError` of category `authentication`, or HTTP 401), or before the
/// credential expires when the login's answer says when (`LoginAnswer.lifetime`). Concurrent calls
/// share one login: those of one client and its copies (a client built again logs in again). A caller cancelled while a
/// login is on its way waits for it, as long as the transport lets it last. The credential is a `Secret`: never printed.
public struct Login: Sendable, CustomStringConvertible {
    /// The login operation.
    public let operation: OperationDescriptor
    /// Its own credentials, for a login the spec gives credentials of its own (`auth: {type: basic}`); nil for one that
    /// sends none (`auth: none`, its request holds them: Eskiz's email and password).
    public let credentials: Credentials?
    /// Sends the login through the client and returns what its answer gives.
    let obtain: @Sendable (ProviderClient) async throws -> LoginAnswer

    /// `obtain` sends the login and returns the credential its answer gives, which lasts until it is refused.
    public init(
        operation: OperationDescriptor, credentials: Credentials?, obtain: @escaping @Sendable (ProviderClient) async throws -> Secret
    ) {
        self.init(operation: operation, credentials: credentials, obtainAnswer: { LoginAnswer(credential: try await obtain($0)) })
    }

    /// For generated clients: `obtainAnswer` sends the login typed and reads the credential, and when it expires, where
    /// the spec says they are.
    public init(
        operation: OperationDescriptor, credentials: Credentials?,
        obtainAnswer: @escaping @Sendable (ProviderClient) async throws -> LoginAnswer
    ) {
        self.operation = operation
        self.credentials = credentials
        self.obtain = obtainAnswer
    }

    public var description: String { "login by \(operation.id)" + (credentials.map { " with \($0)" } ?? "") }
}

/// What a login's answer gives: the credential, and how long it lasts when the answer says (`role: credentialExpiry`).
public struct LoginAnswer: Sendable, CustomStringConvertible {
    /// A credential answered as lasting more than this (ten years) is taken to last until refused.
    public static let longestLifetime = Duration.seconds(longestSeconds)
    private static let longestSeconds = Int64(10 * 366 * 86_400)

    public let credential: Secret
    /// How long it lasts from the answer; nil until it is refused (the answer does not say, says zero or less, a date
    /// that has passed or none that parses, or more than `longestLifetime`).
    public let lifetime: Duration?

    public init(credential: Secret, lifetime: Duration? = nil) {
        self.credential = credential
        self.lifetime = lifetime.flatMap { $0 > .zero && $0 <= Self.longestLifetime ? $0 : nil }
    }

    /// A lifetime of `count` units (OAuth2's `expires_in: 3600` seconds), nil when the answer left it out.
    public init(credential: Secret, lifetime count: (some BinaryInteger)?, unit: Unit) {
        // In seconds without overflow: a count of none or less, or past the longest lifetime, is none.
        let seconds = count.flatMap { Int64(exactly: $0) }.flatMap { (1...Self.longestSeconds / unit.secondsPerUnit).contains($0) ? $0 * unit.secondsPerUnit : nil }
        self.init(credential: credential, lifetime: seconds.map { Duration.seconds($0) })
    }

    /// Expiring at a time the answer gives (a `Timestamp` whose format parsed it), nil when it left it out.
    public init(credential: Secret, expiresAt timestamp: Timestamp?) {
        let seconds = timestamp?.date.map(\.timeIntervalSinceNow).flatMap { $0.isFinite && $0 <= Double(Self.longestSeconds) ? $0 : nil }
        self.init(credential: credential, lifetime: seconds.map { Duration.seconds($0) })
    }

    /// The unit a lifetime counts in.
    public enum Unit: String, Sendable, CaseIterable {
        case seconds, minutes, hours, days

        var secondsPerUnit: Int64 {
            switch self {
            case .seconds: 1
            case .minutes: 60
            case .hours: 3_600
            case .days: 86_400
            }
        }
    }

    public var description: String { "login answer: \(credential)" + (lifetime.map { ", lasting \($0)" } ?? "") }
}

/// What a client sends as the provider's credentials while it has a login: those given, then each one obtained.
actor LoginSession {
    /// Credentials and the login that obtained them (0: given, not obtained), and when to log in again before they
    /// expire (nil: once refused).
    struct Held: Sendable {
        let credentials: Credentials?
        let generation: Int
        var renewal: Date? = nil
        /// When the provider stops taking them, as its login answered.
        var expiry: Date? = nil
        /// The credentials held before these, the latest last (at most `LoginSession.retiredKept`): hidden in what a
        /// call throws, as a gateway's refusal may quote the one replaced (an attack), which may still work.
        var retired: [Credentials] = []
    }

    /// How many replaced credentials a session keeps hiding.
    static let retiredKept = 8

    private let login: Login
    private let authentication: Authentication
    private var held: Held?
    private var pending: Task<Held, any Error>?
    private var generation = 0
    /// The clock renewals and expiries are read on: the client's (`ClientConfiguration.now`), which an answer's
    /// `expires_at` is a date of.
    private let now: @Sendable () -> Date

    init(login: Login, authentication: Authentication, given: Credentials?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.login = login
        self.authentication = authentication
        self.now = now
        held = given.map { Held(credentials: $0, generation: 0) }
    }

    /// The credentials to send: those held until they are about to expire, else a login's. A login before they expire
    /// that fails leaves them in use until they do, and tried no more early (a review: a gateway down for the last
    /// minute of a token failed every call the token would have carried); once they have expired, each call logs in
    /// (none sends what the login said no longer works).
    func current(through client: ProviderClient) async throws -> Held {
        guard let held else { return try await renew(after: nil, through: client) }
        if let expiry = held.expiry, now() >= expiry { return try await renew(after: held, through: client) }
        guard let renewal = held.renewal, now() >= renewal else { return held }
        // Due but not expired: the login goes beside the calls, which send the credential they have meanwhile (calls
        // that waited for it failed when it took longer than the credential had left, or waited out its retries: an
        // attack); tried early once.
        self.held?.renewal = nil
        if pending == nil {
            earlyRenewal = Task { _ = try? await self.renew(after: held, through: client) }
        }
        return held
    }

    /// The login started before the credential expires, if any: a test waits for it.
    private(set) var earlyRenewal: Task<Void, Never>?

    /// Forgets `stale` (a credential a call could not send), so the next call logs in again.
    func discard(_ stale: Held) {
        guard held?.generation == stale.generation else { return }
        retire(held)
        held = nil
    }

    /// Credentials no longer sent, still hidden (`Held.retired`).
    private var retired: [Credentials] = []

    private func retire(_ replaced: Held?) {
        guard let credentials = replaced?.credentials else { return }
        retired = Array((retired + [credentials]).suffix(Self.retiredKept))
    }

    /// Whether a call failed before anything was sent because of the credential a login obtained rather than the
    /// request: a rule of the field it fills broken (`validate()`), or a path, header or charset that cannot carry it.
    nonisolated static func isCaused(byCredential error: any Error, of authentication: Authentication) -> Bool {
        guard case .requestFields(let names) = authentication else { return false }
        switch error {
        case ProviderClientError.invalidRequest(_, let violations):
            return violations.contains { names.contains($0.path) }
        case RequestBuildingError.unsafePathParameter(let name), RequestBuildingError.unsafeHeaderValue(let name),
            RequestBuildingError.unsendableHeaderValue(let name), RequestBuildingError.unwritableInCharset(let name, _):
            return names.contains(name)
        default:
            return false
        }
    }

    /// When credentials lasting `lifetime` are renewed: a tenth of it early, at most a minute — a call sent just before
    /// they expire may take that long.
    static func renewal(after lifetime: Duration) -> Duration { lifetime - min(lifetime / 10, .seconds(60)) }

    /// New credentials after `stale` were refused: a login's, or the ones another call's login already obtained
    /// since. One login at a time: calls that ask meanwhile wait for it.
    func renew(after stale: Held?, through client: ProviderClient) async throws -> Held {
        if let held, held.generation != stale?.generation { return held }
        if let pending { return try await pending.value }
        let login = self.login
        // Isolated to the session, as the task inherits it: only the login itself suspends.
        let task = Task<Held, any Error> {
            do {
                let answer = try await login.obtain(client)
                return try self.store(answer)
            } catch {
                self.clearPending()
                throw error
            }
        }
        pending = task
        return try await task.value
    }

    private func store(_ answer: LoginAnswer) throws -> Held {
        pending = nil
        generation += 1
        let credentials: Credentials
        let secret = answer.credential
        // A credential no request could carry fails the login, not every call after it (an attack: a token answered
        // with its scheme, a line break or an accent failed each send as if the caller had given a bad key; an empty
        // one was sent as `Authorization: Bearer`).
        if let problem = Self.whyUnsendable(secret.value, as: authentication) {
            throw ProviderClientError.unusableCredential(operation: login.operation.id, problem: problem)
        }
        switch authentication {
        case .header: credentials = .apiKey(secret)
        case .requestFields(let names) where names.count == 1: credentials = .fields([names[0]: secret])
        case .requestFields, .basic, .headers:
            throw ProviderClientError.unsendableCredential(operation: login.operation.id, provider: login.operation.provider)
        }
        let obtained = now()
        retire(self.held)
        let held = Held(
            credentials: credentials, generation: generation, renewal: answer.lifetime.map { obtained + Self.renewal(after: $0).timeInterval },
            expiry: answer.lifetime.map { obtained + $0.timeInterval }, retired: retired)
        self.held = held
        return held
    }

    private func clearPending() { pending = nil }

    /// The longest credential a login may answer, in UTF-8 bytes.
    static let longestCredential = 16_384

    /// Why a credential a login answered cannot go out as `authentication` sends it, or nil: empty, or in a header, one
    /// starting with the header's scheme or holding what a header value cannot (a request field's is percent-encoded).
    static func whyUnsendable(_ credential: String, as authentication: Authentication) -> String? {
        guard !credential.isEmpty else { return "it is empty" }
        // More than a header carries (servers take 8 to 16 KiB of them), and each call hides it in what it throws.
        guard credential.utf8.count <= longestCredential else { return "it is longer than \(longestCredential) bytes" }
        guard case .header(_, let scheme) = authentication else { return nil }
        if (try? RequestBuildingError.check(apiKey: credential, scheme: scheme)) == nil {
            return "it starts with \(scheme ?? ""), the scheme its header writes before it (the gateway answered the token with its scheme)"
        }
        let scalars = credential.unicodeScalars
        if scalars.first == " " || scalars.first == "\t" || scalars.last == " " || scalars.last == "\t"
            || scalars.contains(where: { !(0x20...0x7E).contains($0.value) && $0 != "\t" })
        {
            return "it begins or ends with a space or tab, or holds a line break, another control character or one that is not ASCII, which a header cannot carry"
        }
        // A scheme's token is one word (RFC 9110's token68): a text answer read into it whole (`OK tok1 3600.5`, its
        // lifetime unread) was refused at every call, each logging in again (an attack).
        if scheme != nil, scalars.contains(where: { $0 == " " || $0 == "\t" }) {
            return "it holds a space or tab, which a token after the header's scheme does not (the answer's other words read into it?)"
        }
        return nil
    }
}

extension ProviderError {
    /// Whether the provider refused the call's credentials and acted on none of it: HTTP 401, or a code of category
    /// `authentication`, beside no part it accepted — no code that succeeded or is pending, and no list or map element
    /// that failed nothing beside one that failed, as the retry policy asks (a failed part under an envelope that sent
    /// others is no refusal of the call: sent again, those would go twice — a review; an accepted recipient's element
    /// holding no code, and a 401 whose body says `ok`, were sent again — an attack).
    var refusedCredentials: Bool {
        guard httpStatus == 401 || category == .authentication,
            !reports.contains(where: { $0.outcome == .success || $0.outcome == .pending })
        else { return false }
        // No decoded answer (an error envelope read for its code, a 401 of no shape) accepted nothing.
        guard let answer = answer(as: Any.self) else { return true }
        return !RetryPolicy.acceptsSomeElements(answer, failed: reports.filter { $0.outcome == .failure })
    }
}

extension Duration {
    /// In seconds, as a `Date` counts them.
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
