import Foundation
import SMSSpecRuntime

/// What a provider client does besides sending: credentials, validation, retries, and the clock it waits with.
public struct ClientConfiguration: Sendable {
    /// By the spec's auth type: `.apiKey` for a header, `.headers` (each header's value by its name) for several,
    /// `.basic`, or `.fields` for credentials that travel as request fields (they replace whatever the request holds
    /// in those fields). Never printed.
    public var credentials: Credentials?
    /// A login that obtains the provider's credentials (`Login`, made by the generated client): tried when
    /// `credentials` are absent or refused, and again when what it obtained is refused. Never printed but its name.
    public var login: Login?
    /// Checks each request against the spec's constraints before sending; a violation throws
    /// `ProviderClientError.invalidRequest` (with the code the provider would answer, where the spec predicts one).
    public var validatesRequests: Bool
    /// Off by default.
    public var retryPolicy: RetryPolicy
    /// How the client waits between attempts; tests inject one that records instead of waiting.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// The current time, for `Retry-After` dates and for when a login's credential expires.
    public var now: @Sendable () -> Date

    public init(
        credentials: Credentials? = nil, login: Login? = nil, validatesRequests: Bool = true, retryPolicy: RetryPolicy = .none,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.login = login
        self.validatesRequests = validatesRequests
        self.retryPolicy = retryPolicy
        self.sleep = sleep
        self.now = now
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomReflectable {
    public var description: String {
        "credentials: \(printedCredentials)\(login.map { ", \($0)" } ?? ""), validates requests: \(validatesRequests), retries: \(retryPolicy.maximumAttempts - 1)"
    }

    /// Printed as `description` shows them: `dump` showed a Basic user name, which may be the token.
    public var customMirror: Mirror {
        Mirror(
            self, children: ["credentials": printedCredentials, "login": login?.description ?? "none", "validatesRequests": validatesRequests, "retryPolicy": retryPolicy],
            displayStyle: .struct)
    }

    /// The credentials' kind and names, their values `<redacted>` (`Credentials.description`).
    private var printedCredentials: String { credentials?.description ?? "none" }
}

/// What a client throws besides `ProviderError` (the provider's refusal) and `TransportFailure`.
public enum ProviderClientError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The request breaks the spec's constraints; it was not sent.
    case invalidRequest(operation: String, violations: [ValidationViolation])
    /// `.fields` credentials name a field the spec's `auth: fields` does not list.
    case notACredentialField(provider: String, field: String)
    /// The request of an operation that sends the provider's `auth: fields` carries none of them: nothing was sent
    /// (lint refuses a spec whose request holds none; an optional shape holding one may be left out).
    case noCredentialField(provider: String, fields: [String])
    /// A login's answer (`Login`) lacks the credential its spec says it gives, at `path`.
    case noCredentialInLogin(operation: String, path: String)
    /// A login obtained a credential the provider's `auth` cannot send as one value (lint refuses such a spec).
    case unsendableCredential(operation: String, provider: String)
    /// A login's answer gave a credential no request can carry: empty, or one a header cannot (a line break, a
    /// character that is not ASCII, the header's scheme in front). Its value is never shown.
    case unusableCredential(operation: String, problem: String)
    /// The answer's body does not decode into the shape the spec gives for its status.
    case undecodableAnswer(operation: String, httpStatus: Int, message: String, problem: String, body: Data)
    /// A 2xx answer the spec documents no shape for and whose body reports no failure.
    case undocumentedAnswer(operation: String, httpStatus: Int, body: Data)

    public var description: String {
        switch self {
        case .invalidRequest(let operation, let violations):
            "\(operation): the request breaks the spec: " + violations.map(\.description).joined(separator: "; ")
        case .notACredentialField(let provider, let field):
            "\(provider) takes no credential in the field '\(field)'"
        case .noCredentialInLogin(let operation, let path):
            "\(operation): the login's answer holds no credential at '\(path)', where the spec says it gives one"
        case .unsendableCredential(let operation, let provider):
            "\(operation): \(provider)'s auth cannot send the one credential a login obtains (an API key header or one field can)"
        case .noCredentialField(let provider, let fields):
            "none of \(provider)'s credential fields (\(fields.map { "'\($0)'" }.joined(separator: ", "))) is in this request (no field of it, or "
                + "the shape holding one left out), which would go without credentials: nothing was sent"
        case .unusableCredential(let operation, let problem):
            "\(operation): the login answered a credential no request can send: \(problem)"
        case .undecodableAnswer(let operation, let httpStatus, let message, let problem, _):
            "\(operation): the HTTP \(httpStatus) answer does not decode as \(message): \(problem)"
        case .undocumentedAnswer(let operation, let httpStatus, let body):
            "\(operation): HTTP \(httpStatus) with a body the spec gives no shape for (\(body.count) bytes)"
        }
    }
}

/// The transport (or a middleware) failed: connection refused, TLS, a timeout. Its error can quote the request —
/// URLSession's prints the URL, query and all, where Ginota's GET requests carry their credentials — so the client
/// throws it wrapped: `description`, `localizedDescription` and `dump` show it with the credentials `<redacted>`.
/// `underlying` is the error as thrown (a `URLError`, …), to tell failures apart; printing it prints what it holds.
public struct TransportFailure: Error, Sendable, CustomStringConvertible, CustomReflectable, LocalizedError {
    public let operation: String
    /// The transport's error, unredacted.
    public let underlying: any Error
    /// The error's description with the credentials the client sent `<redacted>`.
    public let problem: String

    public var description: String { "\(operation): no answer could be read: \(problem)" }
    public var errorDescription: String? { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["operation": operation, "problem": problem], displayStyle: .struct)
    }
}

extension ProviderClientError {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}
