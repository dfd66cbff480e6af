import SMSSpecRuntime

/// How a client obtains the credential its provider's `auth` sends from a login operation — SMSPortal's token from a
/// Basic-auth login, Eskiz's from an email and password, an OAuth2 token endpoint's — which the spec marks
/// (`role: credential` in the login's answer). Given as `ClientConfiguration(login:)`, made by the generated client
/// (`<Provider>.Client.<operation>Login(…)`): the client logs in before the first call that needs the credential (after
/// `credentials`, when given, are refused), sends what it answered from then on, and logs in again, once per call, when
/// a call is refused as unauthenticated (`ProviderError` of category `authentication`, or HTTP 401). Concurrent calls
/// share one login: those of one client and its copies (a client built again logs in again). A caller cancelled while a
/// login is on its way waits for it, as long as the transport lets it last. The credential is a `Secret`: never printed.
public struct Login: Sendable, CustomStringConvertible {
    /// The login operation.
    public let operation: OperationDescriptor
    /// Its own credentials, for a login the spec gives credentials of its own (`auth: {type: basic}`); nil for one that
    /// sends none (`auth: none`, its request holds them: Eskiz's email and password).
    public let credentials: Credentials?
    /// Sends the login through the client and returns the credential its answer gives.
    let obtain: @Sendable (ProviderClient) async throws -> Secret

    /// For generated clients: `obtain` sends the login typed and reads the credential where the spec says it is.
    public init(
        operation: OperationDescriptor, credentials: Credentials?, obtain: @escaping @Sendable (ProviderClient) async throws -> Secret
    ) {
        self.operation = operation
        self.credentials = credentials
        self.obtain = obtain
    }

    public var description: String { "login by \(operation.id)" + (credentials.map { " with \($0)" } ?? "") }
}

/// What a client sends as the provider's credentials while it has a login: those given, then each one obtained.
actor LoginSession {
    /// Credentials and the login that obtained them (0: given, not obtained).
    struct Held: Sendable {
        let credentials: Credentials?
        let generation: Int
    }

    private let login: Login
    private let authentication: Authentication
    private var held: Held?
    private var pending: Task<Held, any Error>?
    private var generation = 0

    init(login: Login, authentication: Authentication, given: Credentials?) {
        self.login = login
        self.authentication = authentication
        held = given.map { Held(credentials: $0, generation: 0) }
    }

    /// The credentials to send: those held, else a login's.
    func current(through client: ProviderClient) async throws -> Held {
        if let held { return held }
        return try await renew(after: nil, through: client)
    }

    /// New credentials after `stale` were refused: a login's, or the ones another call's login already obtained
    /// since. One login at a time: calls that ask meanwhile wait for it.
    func renew(after stale: Held?, through client: ProviderClient) async throws -> Held {
        if let held, held.generation != stale?.generation { return held }
        if let pending { return try await pending.value }
        let login = self.login
        // Isolated to the session, as the task inherits it: only the login itself suspends.
        let task = Task<Held, any Error> {
            do {
                let secret = try await login.obtain(client)
                return try self.store(secret)
            } catch {
                self.clearPending()
                throw error
            }
        }
        pending = task
        return try await task.value
    }

    private func store(_ secret: Secret) throws -> Held {
        pending = nil
        generation += 1
        let credentials: Credentials
        switch authentication {
        case .header: credentials = .apiKey(secret)
        case .requestFields(let names) where names.count == 1: credentials = .fields([names[0]: secret])
        case .requestFields, .basic, .headers:
            throw ProviderClientError.unsendableCredential(operation: login.operation.id, provider: login.operation.provider)
        }
        let held = Held(credentials: credentials, generation: generation)
        self.held = held
        return held
    }

    private func clearPending() { pending = nil }
}

extension ProviderError {
    /// Whether the provider refused the call's credentials and acted on none of it: HTTP 401, or a code of category
    /// `authentication` beside no part it accepted (a failed part under an envelope that sent others is no refusal of
    /// the call: sent again, those would go twice — a review).
    var refusedCredentials: Bool {
        httpStatus == 401 || (category == .authentication && !reports.contains { $0.outcome == .success || $0.outcome == .pending })
    }
}
