import Foundation
import HTTPTypes
import OpenAPIRuntime
import SMSSpecRuntime

/// Sends the requests of one provider through any swift-openapi-runtime `ClientTransport` (URLSessionTransport,
/// AsyncHTTPClientTransport, a test double) and its middlewares, and reads each answer by its HTTP status as the
/// provider's spec says. Generated clients (`<Provider>.Client`) are thin wrappers around it.
public struct ProviderClient: Sendable, CustomStringConvertible, CustomReflectable {
    public let provider: ProviderDescriptor
    /// The URL requests are sent under, absolute: a relative one (`URL(string: "v1", relativeTo: base)`) is resolved,
    /// so its base's user information is redacted too (read relative, it had none, and its password printed). Without
    /// the trailing `/` of its path, which a request's path follows (`https://host/` sent `//sms/…`). One with a query or
    /// fragment, which requests would drop, throws `ServerURLError` when a request is sent (`ServerURL.check`).
    public let serverURL: URL
    /// The URLs of operations sent to a host of their own (an operation's `baseURL` in its spec), by operation id, as
    /// `serverURL` is kept; such an operation not listed goes to its descriptor's `baseURL`.
    public let operationServerURLs: [String: URL]
    public let configuration: ClientConfiguration
    let registry: StatusRegistry
    let transport: any ClientTransport
    let middlewares: [any ClientMiddleware]
    /// The provider's credentials a login obtains, shared by copies of the client (nil without a login).
    let loginSession: LoginSession?

    /// - Parameters:
    ///   - tables: the provider's status tables, to name the code of an HTTP status the body does not explain.
    ///   - operationServerURLs: where operations with a host of their own are sent instead, by operation id (a test
    ///     sends them to the sandbox too).
    public init(
        provider: ProviderDescriptor, tables: [StatusTable], serverURL: URL, operationServerURLs: [String: URL] = [:],
        transport: any ClientTransport, middlewares: [any ClientMiddleware] = [], configuration: ClientConfiguration = ClientConfiguration()
    ) {
        self.provider = provider
        self.registry = StatusRegistry(tables: tables)
        self.serverURL = Self.base(serverURL)
        self.operationServerURLs = operationServerURLs.mapValues(Self.base)
        self.transport = transport
        self.middlewares = middlewares
        self.configuration = configuration
        self.loginSession = configuration.login.map {
            LoginSession(login: $0, authentication: provider.authentication, given: configuration.credentials, now: configuration.now)
        }
    }

    /// `url` absolute, without the trailing `/` of its path (as `HTTPRequestParts` drops its base URL's).
    private static func base(_ url: URL) -> URL {
        let absolute = url.absoluteURL
        guard var components = URLComponents(url: absolute, resolvingAgainstBaseURL: false), components.percentEncodedPath.hasSuffix("/") else {
            return absolute
        }
        components.percentEncodedPath.removeLast()
        return components.url ?? absolute
    }

    public var description: String { "\(provider.name) client for \(printedServerURL) (\(configuration))" }

    public var customMirror: Mirror {
        Mirror(self, children: ["provider": provider.id, "serverURL": printedServerURL, "configuration": configuration], displayStyle: .struct)
    }

    /// `serverURL` with its user information, if it has any, `<redacted>` whole, as `DisplayText` prints a URL: the
    /// user name may be the token (`https://TOKEN:x-oauth-basic@host`).
    private var printedServerURL: String {
        let url = serverURL.absoluteString
        guard let components = URLComponents(url: serverURL, resolvingAgainstBaseURL: false), let user = components.percentEncodedUser else { return url }
        let userinfo = user + (components.percentEncodedPassword.map { ":\($0)" } ?? "")
        guard let range = url.range(of: "//\(userinfo)@") else { return url }
        return url.replacingCharacters(in: range, with: "//\(Secret.redacted)@")
    }

    /// Validates (if configured), builds and sends `request` as `operation`, retrying as the policy allows; returns
    /// the result the answer's status documents, or throws `ProviderError` when a code of a table its response lists
    /// (any code, when it lists none) reports a failure (a failed part under a successful envelope too) or a non-2xx
    /// status has no code that explains it.
    /// With a login (`ClientConfiguration.login`), the provider's credentials are those it obtained, and a call they
    /// are refused for logs in again and is sent once more.
    public func send<Request: ProviderMessage, Success: Sendable>(
        _ request: Request, as operation: OperationDescriptor, reading answers: AnswerReading<Success>
    ) async throws -> Success {
        // The login itself never waits for a login (a hand-made `Login` of an operation sending the provider's
        // credentials waited for its own: a review).
        guard let loginSession, operation.sendsCredentials, operation.id != configuration.login?.operation.id else {
            return try await send(request, as: operation, reading: answers, credentials: configuration.credentials)
        }
        var call = CallCredentials.session(loginSession, try await loginSession.current(through: self))
        do {
            do {
                return try await send(request, as: operation, reading: answers, credentials: &call)
            } catch let error as ProviderError where error.refusedCredentials {
                call = .session(loginSession, try await loginSession.renew(after: call.held, through: self))
                return try await send(request, as: operation, reading: answers, credentials: &call)
            }
        } catch where call.held.generation > 0 && LoginSession.isCaused(byCredential: error, of: provider.authentication) {
            // The obtained credential, not the caller's request, is what this request cannot carry (a header's line
            // break, a path's `..`, the charset, the field's rules: an attack's failed every call, never logging in
            // again): the next call logs in again.
            await loginSession.discard(call.held)
            throw ProviderClientError.unusableCredential(operation: configuration.login?.operation.id ?? operation.id, problem: "\(error)")
        }
    }

    /// Sends with `credentials` as the provider's (an operation with its own sends its login's).
    private func send<Request: ProviderMessage, Success: Sendable>(
        _ request: Request, as operation: OperationDescriptor, reading answers: AnswerReading<Success>, credentials: Credentials?
    ) async throws -> Success {
        var call = CallCredentials.given(credentials)
        return try await send(request, as: operation, reading: answers, credentials: &call)
    }

    /// What a call sends as the provider's credentials: given, or a login's, which are asked for again before each
    /// retry (one waiting out a `Retry-After` sent a token that had expired meanwhile: an attack).
    private enum CallCredentials {
        case given(Credentials?)
        case session(LoginSession, LoginSession.Held)

        var credentials: Credentials? {
            switch self {
            case .given(let credentials): credentials
            case .session(_, let held): held.credentials
            }
        }

        /// The login's credentials the call last sent (given ones: generation 0).
        var held: LoginSession.Held {
            switch self {
            case .given(let credentials): LoginSession.Held(credentials: credentials, generation: 0)
            case .session(_, let held): held
            }
        }

        /// Whether the session holds other credentials than those last sent, which become the call's.
        mutating func renewed(through client: ProviderClient) async throws -> Bool {
            guard case .session(let session, let held) = self else { return false }
            let current = try await session.current(through: client)
            guard current.generation != held.generation else { return false }
            self = .session(session, current)
            return true
        }
    }

    private func send<Request: ProviderMessage, Success: Sendable>(
        _ request: Request, as operation: OperationDescriptor, reading answers: AnswerReading<Success>, credentials call: inout CallCredentials
    ) async throws -> Success {
        let url = serverURL(for: operation)
        let own = configuration.login.flatMap { $0.operation.id == operation.id ? $0.credentials : nil }
        var (httpRequest, body, secrets) = try build(request, as: operation, to: url, credentials: call.credentials, own: own, retired: call.held.retired)
        var attempt = 1
        while true {
            let (response, data) = try await exchange(httpRequest, body: body, to: url, operationID: operation.id, secrets: secrets)
            let contentType = response.headerFields[.contentType]
            switch try read(response.status.code, data, contentType: contentType, of: operation, reading: answers, secrets: secrets) {
            case .success(let result):
                return result
            case .failure(let failure, let reports):
                // Described as its code means in this operation (`perOperation`: a user's Advanta 1009 "No dlr" for getDLR).
                let error = failure.answering(operation.id)
                let deciding = Self.deciding(reports, of: operation.response(for: response.status.code))
                guard attempt < configuration.retryPolicy.maximumAttempts,
                    RetryPolicy.isRetryable(error, deciding: deciding, all: reports, idempotent: operation.isIdempotent)
                else { throw error }
                // Read only for a retry, value by value: two `Retry-After` lines (a proxy repeating one), apart or joined
                // as "120, 120", read as one were no wait at all; the longest wait any of the first few asks for holds
                // (each date is a parse of its own: thousands of fields took seconds).
                let now = configuration.now()
                let retryAfter = RetryPolicy.retryAfterValues(response.headerFields[values: .retryAfter])
                    .compactMap { RetryPolicy.retryAfter($0, now: now) }.max()
                guard let delay = configuration.retryPolicy.delay(afterAttempt: attempt, retryAfter: retryAfter) else { throw error }
                try await configuration.sleep(delay)
                attempt += 1
                if try await call.renewed(through: self) {
                    (httpRequest, body, secrets) = try build(request, as: operation, to: url, credentials: call.credentials, own: own, retired: call.held.retired)
                }
            }
        }
    }

    /// Sends through the middlewares and the transport, and collects the answer's body; their errors are thrown as
    /// `TransportFailure`, printed without the credentials (cancellation stays itself).
    private func exchange(_ request: HTTPRequest, body: Data?, to url: URL, operationID: String, secrets: SecretRedactor) async throws -> (HTTPResponse, Data) {
        do {
            let (response, responseBody) = try await exchange(request, body: body, to: url, operationID: operationID)
            var data = Data()
            if let responseBody { data = try await Data(collecting: responseBody, upTo: PayloadLimits.maximumBytes) }
            return (response, data)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw TransportFailure(operation: operationID, underlying: error, problem: secrets.redact(Self.describe(error)))
        }
    }

    /// An error in words: its own description, and what an `NSError` adds (URLError's failing URL is in `userInfo`).
    static func describe(_ error: any Error) -> String {
        let printed = String(describing: error)
        let localized = error.localizedDescription
        return printed.contains(localized) ? printed : "\(localized) (\(printed))"
    }

    /// Sends through the middlewares, first to last, then the transport.
    private func exchange(_ request: HTTPRequest, body: Data?, to url: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        return try await next(request, body.map { HTTPBody($0) }, url)
    }

    /// Where `operation` is sent: its entry in `operationServerURLs`, else its own `baseURL`, else `serverURL`.
    public func serverURL(for operation: OperationDescriptor) -> URL {
        operationServerURLs[operation.id] ?? operation.baseURL.flatMap { URL(string: $0) }.map(Self.base) ?? serverURL
    }

    /// The request as swift-http-types has it (path and query relative to `url`), its body, and the secrets
    /// that must never show in what the client throws.
    private func build<Request: ProviderMessage>(
        _ request: Request, as operation: OperationDescriptor, to url: URL, credentials given: Credentials?, own: Credentials?,
        retired: [Credentials] = []
    ) throws -> (HTTPRequest, Data?, SecretRedactor) {
        try ServerURL.check(url)
        var request = request
        var redactor = SecretRedactor()
        redactor.charset = provider.formCharset
        // A transport's error quotes the URL, and a provider may echo the password of a server URL too.
        for secret in SecretRedactor.credentials(of: URLComponents(url: url, resolvingAgainstBaseURL: false)) { redactor.add(secret) }
        // An operation that sends no credentials (a login) is sent without them, and without asking for them; one with
        // its own sends its own.
        let (authentication, credentials) = operation.sent(provider.authentication, given, own: own)
        // The client's credentials are hidden in what it throws either way (a login's password field may repeat one),
        // and so are a login's own and what it obtained.
        // And those a login obtained before, which a gateway may quote (a 401 naming the token replaced) and may still take.
        for held in [given, own, configuration.credentials, configuration.login?.credentials] + retired {
            guard let held else { continue }
            switch held {
            case .apiKey(let key): redactor.add(key.value)
            case .basic(let username, let password):
                for secret in SecretRedactor.credentials(user: username, password: password.value) { redactor.add(secret) }
                // The header's own form, `user:password` in base64, for a provider that echoes the request's headers.
                redactor.add(Data("\(username):\(password.value)".utf8).base64EncodedString())
            case .headers(let values), .fields(let values):
                for value in values.values { redactor.add(value.value) }
            }
        }
        if case .fields(let values)? = credentials {
            request = try CredentialFields.fill(request, with: values, authentication: authentication, provider: provider.id)
        }
        redactor.add(secretsOf: request)
        redactor.add(urlCredentialsOf: request)
        if configuration.validatesRequests, let validatable = request as? any ValidatableMessage {
            let violations = validatable.validate()
            guard violations.isEmpty else {
                // `validate()` hides the request's own credentials; a message quoting the client's (a password pasted
                // into a recipient, a user's) printed it.
                let redacted = violations.map { violation in
                    ValidationViolation(
                        path: violation.path, rule: violation.rule, message: redactor.redact(message: violation.message),
                        providerCode: violation.providerCode, providerCodeIsInferred: violation.providerCodeIsInferred)
                }
                throw ProviderClientError.invalidRequest(operation: operation.id, violations: redacted)
            }
        }
        if case .requestFields(let names) = authentication {
            for field in try FormEncoder.fields(of: request, sentAsText: names.contains) where names.contains(field.name) { redactor.add(field.value) }
        }
        // Fields credentials are in the request now (filled above, nested ones too): it is sent as it holds them.
        let sent: Credentials? = if case .fields? = credentials { nil } else { credentials }
        let parts = try request.httpRequest(for: operation, baseURL: "", authentication: authentication, credentials: sent)
        var headers = HTTPFields()
        for header in parts.headers {
            guard let name = HTTPField.Name(header.name) else { throw RequestBuildingError.unsafeHeaderName(header.name) }
            headers.append(HTTPField(name: name, value: header.value))
        }
        // `httpRequest` sends only the five methods, as written (an unknown one went out as POST: an attack).
        guard let method = HTTPRequest.Method(parts.method) else { throw RequestBuildingError.unsupportedMethod(parts.method) }
        return (HTTPRequest(method: method, scheme: nil, authority: nil, path: parts.url, headerFields: headers), parts.body, redactor)
    }

    private enum Reading<Success> {
        case success(Success)
        case failure(ProviderError, reports: [StatusReport])
    }

    /// The answer by its status: the documented message decoded and its codes checked.
    private func read<Success>(
        _ status: Int, _ raw: Data, contentType: String?, of operation: OperationDescriptor, reading answers: AnswerReading<Success>,
        secrets: SecretRedactor
    ) throws -> Reading<Success> {
        // A login's successful answer holds the credential it gives, which no secret the client knows yet hides: such
        // a body is never shown (an undecodable one showed the token: a review), nor its words (`rawMessage`: a 2xx
        // login answer with a failure code showed the token its message quoted: an attack).
        let hidesAnswer = operation.obtainsCredential && (200..<300).contains(status)
        let body = hidesAnswer ? Data() : secrets.redact(answer: raw)
        let documented = operation.response(for: status)
        var read = MessageReader<Success>.Read(result: nil, reports: [], message: nil)
        /// What a failed answer says in words (the spec's `role: reason` fields, of the answer whose codes are read:
        /// an unlisted 2xx status's too), read only for a failure, redacted whole as a body is (a message's cut-spelling
        /// search over 10,000 `…` took minutes: an attack).
        let textFields = documented?.message.flatMap { answers.messages[$0]?.textFields }
        /// `path`: where the code thrown is (`[2].status` in a list of messages), whose message's words a plain-text
        /// answer gives.
        let reason = { (path: String?) -> String? in
            guard !hidesAnswer, let described = documented ?? undocumentedSuccess(status, of: operation) else { return nil }
            // A plain-text answer's words are a field of the form that read it (SMSLive247's `ERR: 401: Invalid Session`),
            // read in the body as it is shown, its credentials hidden in every spelling (an attack: read from the raw bytes
            // in a charset a misleading Content-Type declared, a password showed that `rawBody` hid); in a list, the words
            // of the line whose code is thrown, or none.
            guard let textFields else {
                return described.reason(in: JSONPayload.inProvidersCharset(raw, contentType: contentType, charset: provider.formCharset))
                    .map { secrets.redact($0) }
            }
            guard let messages = textFields(body, contentType, provider.formCharset) else { return nil }
            let element = messages.count == 1 ? 0 : path.flatMap(StatusReport.elementIndex(of:))
            return element.flatMap { messages.indices.contains($0) ? described.reason(inFields: [messages[$0]]) : nil }.map { secrets.redact($0) }
        }
        /// An answer that cannot be read as `message`: a failure status is still explained by its status.
        func unreadable(as message: String, _ problem: String) throws -> Reading<Success> {
            guard (200..<300).contains(status) else { return .failure(httpError(status, documented, body, reason: reason(nil)), reports: []) }
            throw ProviderClientError.undecodableAnswer(
                operation: operation.id, httpStatus: status, message: message, problem: secrets.redact(message: problem), body: body)
        }
        if let message = documented?.message, let reader = answers.messages[message] {
            do {
                read = try reader.read(raw, contentType, provider.formCharset)
                // The codes an error holds and prints: an echoed credential in one is the client's to hide, and in a
                // map's key, which a path holds cut (`MessagePath.entry`), its beginning before the cut too.
                // The code is whole: redacted as text (a message's cut-spelling search over a 4 MiB code of `…`
                // took minutes).
                read.reports = read.reports.map { $0.redacting(path: { secrets.redact(message: $0) }, code: { secrets.redact($0) }) }
            } catch {
                // An error envelope under 2xx without the result's fields (`{"success": false, "code": "auth_01"}`): a
                // failure code where the provider's answers carry one is the answer's reason, not the decoding error.
                if (200..<300).contains(status), let refusal = refusal(in: raw, answering: documented, secrets: secrets) {
                    let error = ProviderError(
                        provider: refusal.failed.provider, table: refusal.failed.table, rawCode: refusal.failed.rawCode,
                        codeIsNull: refusal.failed.codeIsNull, rawMessage: reason(refusal.failed.path), httpStatus: status, entry: refusal.failed.entry, rawBody: body,
                        reports: refusal.reports, answer: nil)
                    return .failure(error, reports: refusal.reports)
                }
                return try unreadable(
                    as: message, DecodingErrorDescription.describe(error) + reader.wire.contentTypeNote(contentType, owner: "answer's", subject: "answer", providersCharset: provider.formCharset))
            }
        }
        let codesRead: ResponseDescriptor? =
            if let documented { documented.message == nil ? documented : nil } else { undocumentedSuccess(status, of: operation) }
        if let codesRead, !codesRead.codeFields.isEmpty {
            // No shape: the code is read where the provider's other answers carry it.
            let tables = codesRead.tables.compactMap { registry.table(provider: provider.id, id: $0) }
            do {
                read.reports = try StatusReport.reports(inUndocumented: raw, fields: codesRead.codeFields, tables: tables)
                    .map { $0.redacting(path: { $0 }, code: { secrets.redact($0) }) }
            } catch {
                return try unreadable(
                    as: "a JSON object holding its code (\(codesRead.codeFields.joined(separator: ", ")))", DecodingErrorDescription.describe(error))
            }
        }
        if let failed = Self.mostSpecificFailure(in: Self.deciding(read.reports, of: documented), status: status) {
            // A body's code that says no more than that the call failed (a user's Arkesel 401 `{"status": "error"}`, an
            // undocumented code) gives way to the failure status's own row in a table the answer lists, when that row
            // says what failed (`HTTPStatus` 401, `authentication`): the body's code stays among the reports.
            if failed.entry.map({ $0.category == .unknown }) ?? true, !(200..<300).contains(status),
                let row = statusRow(status, documented, strict: true), row.entry.outcome == .failure, row.entry.category != .unknown
            {
                return .failure(
                    httpError(status, documented, body, row: row, reports: read.reports, answer: read.message, reason: reason(nil)), reports: read.reports)
            }
            let error = ProviderError(
                provider: failed.provider, table: failed.table, rawCode: failed.rawCode, codeIsNull: failed.codeIsNull, rawMessage: reason(failed.path),
                httpStatus: status,
                entry: failed.entry, rawBody: body, reports: read.reports, answer: read.message)
            return .failure(error, reports: read.reports)
        }
        guard (200..<300).contains(status) else {
            return .failure(httpError(status, documented, body, reports: read.reports, answer: read.message, reason: reason(nil)), reports: read.reports)
        }
        if let result = read.result { return .success(result) }
        if documented?.message == nil, let undocumented = answers.undocumented {
            // The caller's result, as a decoded answer is: the bytes received (what the client throws is redacted).
            return .success(undocumented(UndocumentedAnswer(httpStatus: status, body: raw)))
        }
        throw ProviderClientError.undocumentedAnswer(operation: operation.id, httpStatus: status, body: body)
    }

    /// For a 2xx status the spec lists no answer for, the operation's first listed 2xx answer whose codes are read
    /// where the provider's answers carry them: the unlisted answer is read for them as that one is (an attack:
    /// Ginota's `{"status":"7"}`, Access denied, under HTTP 201 was a success).
    private func undocumentedSuccess(_ status: Int, of operation: OperationDescriptor) -> ResponseDescriptor? {
        guard (200..<300).contains(status) else { return nil }
        return operation.responses.first { response in
            !response.codeFields.isEmpty && (response.httpStatus.map { (200..<300).contains($0) } ?? (response.statusClass == 2))
        }
    }

    /// A deciding failure code in the top-level members where the provider's answers carry codes (`codeFields`) of a
    /// body that did not decode as its message; nil when there is none, or the body is no JSON object.
    private func refusal(
        in raw: Data, answering documented: ResponseDescriptor?, secrets: SecretRedactor
    ) -> (failed: StatusReport, reports: [StatusReport])? {
        guard let documented, !documented.codeFields.isEmpty else { return nil }
        let tables = documented.tables.compactMap { registry.table(provider: provider.id, id: $0) }
        guard let reports = try? StatusReport.reports(inUndocumented: raw, fields: documented.codeFields, tables: tables)
            .map({ $0.redacting(path: { $0 }, code: { secrets.redact($0) }) }),
            let failed = Self.mostSpecificFailure(in: Self.deciding(reports, of: documented), status: nil)
        else { return nil }
        return (failed, reports)
    }

    /// The codes that decide whether the request failed: those of the tables the answer's response lists, or every
    /// code when it lists none — and none when it says so (`tables: []`). A code of another table is what the answer
    /// reports, not how the request went: a looked-up message's delivery status, a history entry's; so is a code of a
    /// table listed in `reports` too, inside a list's element or a map's value (one number's refusal beside the sent).
    static func deciding(_ reports: [StatusReport], of response: ResponseDescriptor?) -> [StatusReport] {
        guard let response else { return reports }
        guard response.codesDecide else { return [] }
        guard !response.tables.isEmpty else { return reports }
        return reports.filter { report in
            response.tables.contains(report.table) && !(report.isInEntry && response.reportedInEntries.contains(report.table))
        }
    }

    /// The failure that says most about what went wrong: a documented code with a known category before a documented
    /// code of unknown category (Bind's REJECTED, whose `error_message` says why) before an undocumented one; among
    /// those of a known category, one that is the answer's HTTP `status` itself (a body's `errorCode: 400` read as its
    /// table's row 400, which names HTTP 400) after the others (a user's Smshosting `errorMsg: BAD_CREDIT`, which the
    /// field order put behind it); among equals the last in the answer, where the detail follows the envelope's
    /// status. Every failure stays in the answer's reports (`failures`).
    static func mostSpecificFailure(in reports: [StatusReport], status: Int?) -> StatusReport? {
        func specificity(_ report: StatusReport) -> Int {
            guard let entry = report.entry else { return 0 }
            guard entry.category != .unknown else { return 1 }
            let repeatsStatus = status.map { report.rawCode == String($0) && entry.httpStatuses.contains($0) } ?? false
            return repeatsStatus ? 2 : 3
        }
        var chosen: StatusReport?
        for report in reports where report.outcome == .failure && specificity(report) >= chosen.map(specificity) ?? 0 {
            chosen = report
        }
        return chosen
    }

    /// A failure status no code in the body explains, or explains only as a failure: the status itself, as the
    /// answer's HTTP-status table has it.
    private func httpError(
        _ status: Int, _ documented: ResponseDescriptor?, _ body: Data, row: (table: String, entry: StatusEntry)? = nil,
        reports: [StatusReport] = [], answer: (any Sendable)? = nil, reason: String?
    ) -> ProviderError {
        let known = row ?? statusRow(status, documented)
        return ProviderError(
            provider: provider.id, table: known?.table, rawCode: String(status), rawMessage: reason, httpStatus: status, entry: known?.entry,
            rawBody: body, reports: reports, answer: answer)
    }

    /// The row of `status` in the tables the answer lists: first one that is the HTTP status itself (its `http:` names
    /// it), a body's table with a code 401 of its own (an attack: "sender ID not registered") only when `strict` is
    /// false, no table has such a row and that row names no HTTP status of its own: Fast2SMS's 401 "Sender ID Missing",
    /// answered under HTTP 400, made an empty HTTP 401 a bad request, not an authentication failure (a user).
    private func statusRow(_ status: Int, _ documented: ResponseDescriptor?, strict: Bool = false) -> (table: String, entry: StatusEntry)? {
        let rows = (documented?.tables ?? []).compactMap { table in
            registry.lookup(provider: provider.id, table: table, code: String(status)).entry.map { (table: table, entry: $0) }
        }
        return rows.first { $0.entry.httpStatuses.contains(status) } ?? (strict ? nil : rows.first { $0.entry.httpStatuses.isEmpty })
    }
}
