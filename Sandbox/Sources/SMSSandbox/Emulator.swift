import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// How the sandbox behaves beyond what the specs say.
public struct SandboxConfiguration: Sendable {
    /// Where callbacks go when the request names no callback URL.
    public var callbackURL: String?
    public var outcomes: OutcomePolicy
    /// The credentials the sandbox accepts (an API key, `user:password` for Basic, the credential fields' values
    /// joined by `:`); empty accepts any non-empty credentials.
    public var credentials: [String]
    /// Makes ids deterministic.
    public var seed: UInt64?
    /// The most callbacks owed at once (each waits its delay in memory); a report owed beyond it is dropped, and
    /// the log says so.
    public var pendingCallbackLimit: Int
    /// The secret a callback whose spec declares a `signature` is signed with, as its provider signs it; nil sends
    /// such callbacks unsigned (the log says so), which their receivers refuse.
    public var signingSecret: Secret?
    /// How long a receiver has to answer a callback, in seconds: its status, and its body as far as it is read. A
    /// receiver that never ended its answer's head, or sent its body a byte at a time (each within the request's idle
    /// timeout), held an inbound message's request, or a report's place among those owed, for hours.
    public var callbackDeadline: TimeInterval
    /// Which delivery callback each provider whose spec lists several posts, by the callback's name (its key under
    /// `callbacks:`): a provider takes the first named here that its spec lists, else the first that reports a
    /// delivery (SMSPortal's `DeliveryReceiptV2`, where an account set to Webhooks V1 gets `DeliveryReceiptV1`).
    public var deliveryCallbacks: [String]

    public init(
        callbackURL: String? = nil, outcomes: OutcomePolicy = .init(), credentials: [String] = [], seed: UInt64? = nil,
        pendingCallbackLimit: Int = 10_000, signingSecret: Secret? = nil, callbackDeadline: TimeInterval = 30,
        deliveryCallbacks: [String] = []
    ) {
        self.deliveryCallbacks = deliveryCallbacks
        self.callbackURL = callbackURL
        self.outcomes = outcomes
        self.credentials = credentials
        self.seed = seed
        self.pendingCallbackLimit = pendingCallbackLimit
        self.signingSecret = signingSecret
        self.callbackDeadline = callbackDeadline
    }
}

extension SandboxConfiguration {
    /// Where `smsspec-sandbox` reads the signing secret when `--signing-secret` is not given: a command line shows
    /// in the process list, the environment does not.
    public static let signingSecretVariable = "SMSSPEC_SANDBOX_SIGNING_SECRET"

    /// The signing secret of `--signing-secret` (`option`), else of `signingSecretVariable`; an empty one is none.
    public static func signingSecret(option: String?, environment: [String: String]) -> Secret? {
        // A blank one (an unset variable's) is none, as a receiver reads it: a callback signed with it went as signed.
        guard let text = option ?? environment[signingSecretVariable], !Secret(text).isBlank else { return nil }
        return Secret(text)
    }

    /// Where `smsspec-sandbox` reads the credentials to accept when no `--credential` is given, one per line.
    public static let credentialsVariable = "SMSSPEC_SANDBOX_CREDENTIALS"

    /// The credentials of `--credential` (`options`), else the non-empty lines of `credentialsVariable` (a line
    /// break ends a line whichever of CR LF, LF or CR ends it).
    public static func credentials(options: [String], environment: [String: String]) -> [String] {
        guard options.isEmpty, let text = environment[credentialsVariable] else { return options }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
    }

    /// What the log says at start when `credentialsVariable` is used and names no credential (empty, or empty lines
    /// only): any credentials pass, which a variable set to restrict them did not say.
    public static func credentialsNote(options: [String], environment: [String: String]) -> String? {
        guard options.isEmpty, environment[credentialsVariable] != nil, credentials(options: options, environment: environment).isEmpty
        else { return nil }
        return "\(credentialsVariable) is set but names no credential (no line that is not empty): any non-empty credentials pass"
    }
}

/// The sandbox's answer to one request, and the callbacks it owes.
public struct SandboxAnswer: Sendable {
    public let status: Int
    public let body: Data
    /// What the log says about the request: provider, operation and the code answered.
    public internal(set) var summary: String
    let deliveries: [PendingDelivery]
    /// The body's media type: the providers' answers are JSON, or plain text for a shape with `text` forms; the
    /// sandbox's own words (no such operation) are text.
    public var contentType = "application/json"
    /// An inbound message to post before answering (`POST /_sandbox/inbound`): the answer then says how it went.
    var inbound: PendingInbound?
    /// The credentials and secret values the request carried, which its log line never shows.
    var secrets: [String] = []
}

/// The provider emulation, independent of the HTTP server: a request in, an answer (and owed callbacks) out.
public struct SandboxEmulator: Sendable {
    public let providers: [SandboxProvider]
    public let configuration: SandboxConfiguration
    let ids: IdentifierSource
    /// The secrets answered so far (a login's token), accepted as credentials afterwards (`IssuedSecrets`).
    let issued = IssuedSecrets()
    let sent = SentMessages()

    public init(providers: [SandboxProvider], configuration: SandboxConfiguration) {
        self.providers = providers.map { provider in
            var provider = provider
            // Among its callbacks reporting a delivery only: an inbound callback named first was taken (a review).
            let names = configuration.deliveryCallbacks.isEmpty ? [] : Set(DeliveryCallback.names(of: provider))
            provider.deliveryCallbackName = configuration.deliveryCallbacks.first(where: names.contains)
            return provider
        }
        self.configuration = configuration
        self.ids = IdentifierSource(seed: configuration.seed)
    }

    /// Why the configured delivery callbacks cannot be chosen, one line each, as `smsspec-sandbox` refuses them at
    /// start: a name no emulated provider's spec lists as a callback reporting a delivery.
    public var deliveryCallbackProblems: [String] {
        let reporting = providers.map { (provider: $0, names: DeliveryCallback.names(of: $0)) }
        return configuration.deliveryCallbacks.compactMap { name in
            if providers.contains(where: { $0.deliveryCallbackName == name }) { return nil }
            // A delivery callback of a provider that took another, given before it (a review: it was said to name none).
            if let taker = reporting.first(where: { $0.names.contains(name) }), let taken = taker.provider.deliveryCallbackName {
                return "--callback '\(name)': \(taker.provider.id) already posts \(taken), given before it; a provider posts one delivery callback."
            }
            let known = reporting.flatMap { provider in provider.names.map { "\(provider.provider.id): \($0)" } }
            // What the specs list, and why none fits (our rule): a user's sipgate `--callback NewCallEvent`, a
            // callback of call events, was said to name none of callbacks "they list none", though they list it.
            let listed = providers.flatMap { provider in provider.model.callbacks.map { (provider.id, $0.spec.name.value) } }
            let why = listed.first { $0.1 == name }.map { provider, callback in
                ": \(provider)'s \(callback) reports no delivery (none of its fields holds a delivery-status table, `deliveryStatus: true`)"
            } ?? ""
            let others = listed.map { "\($0.0): \($0.1)" }
            return "--callback '\(name)' names no delivery callback of the emulated specs" + why
                + (!known.isEmpty ? "; their delivery callbacks: \(known.joined(separator: ", "))."
                    : others.isEmpty ? " (they list no callbacks)."
                    : "; none of their callbacks reports a delivery (they list \(others.joined(separator: ", "))).")
        }
    }

    /// The failure codes of the configured outcomes that no emulated provider's delivery tables list (`DeliveryTables.of`:
    /// its report's, else its look-ups'): a report or a look-up would otherwise silently carry another code.
    public var unknownOutcomeCodes: [String] {
        let outcomes = [configuration.outcomes.run] + configuration.outcomes.byRecipient.keys.sorted().map { configuration.outcomes.byRecipient[$0]! }
        let tables = providers.flatMap(DeliveryTables.of)
        var unknown: [String] = []
        for outcome in outcomes {
            guard case .failed(let code?) = outcome.kind, !unknown.contains(code) else { continue }
            if !tables.contains(where: { !$0.entries(code).isEmpty }) { unknown.append(code) }
        }
        return unknown
    }

    /// Why the configured `failed:CODE` outcomes cannot be reported, one line each, as `smsspec-sandbox` refuses
    /// them at start: a code no emulated provider's delivery tables list (`unknownOutcomeCodes`), or one a provider's
    /// tables list as no failure only (Spryng's Status 10 `Delivered`, its ReasonCode 0 `NoError`, Bind's error
    /// `000`), whose "failed" report said the message was delivered, or undelivered for no error. A provider that does
    /// not list the code reports the first final failure, as `failed` alone.
    public var outcomeCodeProblems: [String] {
        let outcomes = [configuration.outcomes.run] + configuration.outcomes.byRecipient.keys.sorted().map { configuration.outcomes.byRecipient[$0]! }
        let tablesByProvider = providers.flatMap { provider in DeliveryTables.of(provider).map { (provider.id, $0) } }
        let unknown = unknownOutcomeCodes
        var problems = unknown.map { "failed:\($0): no delivery table of \(providers.map(\.id).joined(separator: ", ")) lists the code \($0)" }
        var seen = Set(unknown)
        for outcome in outcomes {
            guard case .failed(let code?) = outcome.kind, seen.insert(code).inserted else { continue }
            // A failure of one emulated provider is a good outcome: the others report their first final failure (Bind's
            // DLR error 1 beside RajaSMS's pending status 1, in the default run of every bundled provider).
            guard !tablesByProvider.contains(where: { $0.1.failure(code) != nil }) else { continue }
            for (id, tables) in tablesByProvider where !tables.entries(code).isEmpty {
                let listed = tables.entries(code).map { entry in
                    "\(entry.table) \(Self.named(entry)) is outcome \(entry.outcome.rawValue)"
                }
                let codes = tables.failureCodes.map { table, codes in
                    "\(table) " + codes.prefix(10).joined(separator: ", ") + (codes.count > 10 ? " and \(codes.count - 10) more" : "")
                }
                problems.append(
                    "failed:\(code) names no failure: \(id)'s \(listed.joined(separator: " and ")), so a failed report carrying it "
                        + "would contradict itself. failed:CODE names a failure code of \(id)'s delivery tables ("
                        + (codes.isEmpty ? "it lists none" : codes.joined(separator: "; ")) + "); failed alone takes the first final failure.")
            }
        }
        return problems + failureOutcomeProblems
    }

    /// An entry as the start's refusal names it: its code, and its name where it has one of its own.
    private static func named(_ entry: StatusEntry) -> String {
        entry.name == entry.description ? entry.codeAsSent : entry.codeAndName
    }

    /// What the log says at start about the emulation: the providers whose delivery reports are never sent, and why;
    /// a report table that cannot say a failed delivery.
    public var notes: [String] { providers.compactMap(\.unsentReportsNote) + providers.compactMap(\.unsaidStatesNote) }

    /// Routes `/<provider id>/<operation path>` to that provider, and a bare operation path to the first provider
    /// that has it.
    public func answer(_ request: WireRequest) -> SandboxAnswer {
        // A callback of a sandbox's is no provider's request: emulated, a callback URL naming the send's own path
        // was a send again, whose report went there again, without end.
        if request.header(CallbackRequest.loopMarker) != nil {
            return SandboxAnswer(
                status: 508, body: Data("a callback of smsspec-sandbox is not answered as a request: callbacks cannot loop\n".utf8),
                summary: "a sandbox's callback, not answered as a request (a loop)", deliveries: [], contentType: "text/plain; charset=utf-8")
        }
        if SandboxProvider.segments(request.path) == Self.inboundPath { return inboundAnswer(request) }
        if let refusal = wrongMethod(request) { return refusal }
        guard let (inner, provider, matched) = route(request) else {
            return SandboxAnswer(
                status: 404, body: Data("no operation at \(request.method) \(request.path)\n".utf8), summary: "no operation", deliveries: [],
                contentType: "text/plain; charset=utf-8")
        }
        return answer(inner, provider, matched)
    }

    /// The refusal of a request naming an operation's path by another method than its own, where that operation's
    /// tables document a failure under HTTP 405 (`OperationResponder.methodNotAllowed`); nil otherwise, routed as before.
    private func wrongMethod(_ request: WireRequest) -> SandboxAnswer? {
        let segments = SandboxProvider.segments(request.path)
        var candidates: [(WireRequest, SandboxProvider)] = []
        if let first = segments.first, let provider = providers.first(where: { $0.id == first }) {
            var inner = request
            inner.path = "/" + segments.dropFirst().joined(separator: "/")
            candidates.append((inner, provider))
        } else if let (routed, provider, _) = route(request) {
            // A bare path another provider answers by its method is that one's.
            candidates = [(routed, provider)]
        } else {
            candidates = providers.map { (request, $0) }
        }
        for (inner, provider) in candidates {
            guard let other = provider.otherMethodsOperation(inner) else { continue }
            let responder = OperationResponder(
                provider: provider, operation: other.operation, builder: PayloadBuilder(provider: provider, ids: ids, issued: issued, sent: sent),
                outcomes: configuration.outcomes)
            guard var answer = responder.methodNotAllowed(inner.method) else { return nil }
            answer.secrets = Authenticator(provider: provider, accepted: configuration.credentials, issued: issued)
                .presentedSecrets(inner, fields: .object([:]), operation: other.operation)
            return answer
        }
        return nil
    }

    /// The provider and operation of `request`, and the request as that provider sees it (without the id prefix).
    private func route(_ request: WireRequest, anyMethod: Bool = false) -> (WireRequest, SandboxProvider, MatchedOperation)? {
        let segments = SandboxProvider.segments(request.path)
        // Each provider reads the request in its own charset (smsmode's Latin-9 query).
        if let first = segments.first, let provider = providers.first(where: { $0.id == first }) {
            var inner = request
            inner.path = "/" + segments.dropFirst().joined(separator: "/")
            inner.formCharset = provider.model.spec.charset
            if let matched = provider.match(inner, anyMethod: anyMethod) { return (inner, provider, matched) }
        }
        for provider in providers {
            var read = request
            read.formCharset = provider.model.spec.charset
            if let matched = provider.match(read, anyMethod: anyMethod) { return (read, provider, matched) }
        }
        return nil
    }

    /// The request's path and query as the log shows them: the values of secret fields (credential fields, fields
    /// the spec marks secret) redacted, in the query and, for the operation the request is routed to, in the path
    /// (`/keys/{key}/balance`), also when the method is not the operation's (a `POST` of that path, answered 404, printed the key).
    /// With `sweep`, what a log line shows (`loggedLine`): the path and each query value swept of the request's
    /// credentials, and each query name too unless it is a name the spec gives a field (a password `pass` swept from
    /// `username=user&password=pass` logged `?<redacted>name=<redacted>&<redacted>word=<redacted>`: which parameter
    /// was sent could no longer be read).
    public func redactedTarget(_ request: WireRequest) -> String { redactedTarget(request, sweeping: nil) }

    func redactedTarget(_ request: WireRequest, sweeping sweep: LineSweep?) -> String {
        var path = request.path
        var request = request
        if let (routed, provider, matched) = route(request) ?? route(request, anyMethod: true) {
            request.formCharset = routed.formCharset
            let secrets = Authenticator.secretNames(of: provider)
            var segments = SandboxProvider.segments(request.path)
            let template = SandboxProvider.segments(matched.operation.spec.path.value)
            for (index, pattern) in zip((segments.count - template.count)..., template)
            where PathTemplateSegment(pattern).names.contains(where: secrets.contains) {
                segments[index] = Secret.redacted
            }
            path = "/" + segments.joined(separator: "/") + (request.path.hasSuffix("/") && !segments.isEmpty ? "/" : "")
        }
        if let sweep { path = sweep.redacting(path) }
        guard !request.query.isEmpty else { return path }
        // A query that is no form of text in the provider's charset (smsmode's Latin-9 `Caf%E9` where its spec names
        // none) was logged as a bare `?`: whose values are secret cannot be told, so it is named, not shown.
        guard let parsed = try? request.parsedQueryFields() else { return path + "?<a query that does not decode, not shown>" }
        let fields = parsed.map { field in
            (name: field.name, value: secretNames.contains(field.name.lowercased()) ? Secret.redacted : field.value)
        }
        let verbatim = Set(fields.filter { $0.value == Secret.redacted }.map(\.name))
        guard let sweep else { return path + "?" + FormEncoder.encode(fields, verbatim: verbatim, charset: request.formCharset) }
        let known = fieldNames
        let pairs = fields.map { field -> String in
            let pair = FormEncoder.encode([field], verbatim: verbatim, charset: request.formCharset)
            guard let equals = pair.firstIndex(of: "=") else { return sweep.redacting(pair) }
            let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            return (known.contains(field.name.lowercased()) ? name : sweep.redacting(name)) + "=" + sweep.redacting(value)
        }
        return path + "?" + pairs.joined(separator: "&")
    }

    /// Every emulated provider's field names and credential field names, lowercased: a query name the log shows as
    /// it is, never swept of a credential it holds a part of (`redactedTarget(_:sweeping:)`).
    private var fieldNames: Set<String> {
        providers.reduce(into: Set<String>()) { names, provider in
            names.formUnion((provider.model.spec.authentication?.fields.map(\.value) ?? []).map { $0.lowercased() })
            for shape in provider.model.shapes { names.formUnion(shape.fields.map { $0.spec.wireName.value.lowercased() }) }
        }
    }

    /// Every emulated provider's secret field names, lowercased: a query is redacted before it is routed, a name in any
    /// case (a user's `key=` for the spec's `Key`, Ginota's `APIKEY=`, was logged whole).
    private var secretNames: Set<String> {
        providers.reduce(into: Set<String>()) { $0.formUnion(Authenticator.secretNames(of: $1).map { $0.lowercased() }) }
    }

    /// The line the log writes for `request` answered with `answer` (`status`, when the server answered another):
    /// its target redacted (`redactedTarget`), and no credential or secret value the request carried anywhere in it,
    /// nor the value of a pair named as a credential at any level of percent-encoding (a callback URL's `api_key=`).
    public func loggedLine(_ request: WireRequest, _ answer: SandboxAnswer, status: Int? = nil) -> String {
        let sweep = requestSweep(request, answer)
        let line = "\(sweep.redacting(request.method)) \(redactedTarget(request, sweeping: sweep)) → \(status ?? answer.status) \(sweep.redacting(answer.summary))"
        // A callback URL's own credential pairs, percent-encoded in a field's value (a Kannel `dlr-url`'s
        // `api_key%3D…`), are hidden as the callback's line hides them (`NestedCredentialPairs`).
        return NestedCredentialPairs.hiding(in: line, extraNames: secretNames)
    }

    /// The credentials `request` carries, found however far it was read (`answer.secrets`; a request refused before its
    /// fields were read, or too large to read, its headers'), and the values `redactedTarget` redacts by name: what
    /// its log lines and its callbacks' never show. The accepted credentials (`--credential`) are swept from every
    /// line too (`configuredSweeps`): one sent where the spec takes none (a user's SMSFactor `token=` in the query,
    /// documented as the header's alternative) was printed.
    func requestSweep(_ request: WireRequest, _ answer: SandboxAnswer) -> LineSweep {
        let named = request.queryFields.filter { secretNames.contains($0.name.lowercased()) }.map(\.value)
        guard answer.secrets.isEmpty, let (inner, provider, matched) = route(request) ?? route(request, anyMethod: true) else {
            return LineSweep(request: SecretSweep(values: answer.secrets + named), configured: configuredSweeps)
        }
        let headers = Authenticator(provider: provider, accepted: []).presentedSecrets(inner, fields: .object([:]), operation: matched.operation)
        return LineSweep(request: SecretSweep(values: headers + named), configured: configuredSweeps)
    }

    /// Sweeps of each accepted credential, whole, the password after its first `:` (`user:pass:word`), and each value
    /// one joins by `:` or a space (a token given with its scheme, `JWT eyJ…`), of 8 characters or more: a shorter one
    /// (a user name `user`, the scheme `JWT`) is a word of the log's text too, and is redacted where a request presents
    /// it as its credential. In sweeps of their own, as many as there are: with a
    /// request's values in one sweep of at most `SecretSweep.mostValues`, the 11th `user:password` printed (an attack).
    private var configuredSweeps: [SecretSweep] {
        var values = configuration.credentials.flatMap { credential in
            let parts = credential.split(omittingEmptySubsequences: true, whereSeparator: { $0 == ":" || $0.isWhitespace }).map(String.init)
            let password = credential.firstIndex(of: ":").map { String(credential[credential.index(after: $0)...]) }
            return ([credential] + (parts.count > 1 ? parts : []) + [password].compactMap { $0 }).filter { $0.count >= 8 }
        }
        // The signing secret, which `--help` says is never logged: a request or a callback URL repeating it printed it
        // wherever its pair was not named `secret` (an attack). Of four characters or more, as every swept value.
        if let secret = configuration.signingSecret?.value, !secret.trimmingCharacters(in: .whitespaces).isEmpty { values.insert(secret, at: 0) }
        return stride(from: 0, to: values.count, by: SecretSweep.mostValues).map { SecretSweep(values: values[$0..<min($0 + SecretSweep.mostValues, values.count)]) }
    }

    private func answer(_ request: WireRequest, _ provider: SandboxProvider, _ matched: MatchedOperation) -> SandboxAnswer {
        var responder = OperationResponder(
            provider: provider, operation: matched.operation, builder: PayloadBuilder(provider: provider, ids: ids, issued: issued, sent: sent),
            outcomes: configuration.outcomes)
        let fields: JSONValue
        do { fields = try provider.requestFields(request, matched) } catch { return responder.genericInvalid(.unreadable(part: error.part), reason: error.reason) }
        // Roles are read in the JSON a field's text holds (`contentType`), rules checked on the request as sent.
        responder.request = provider.readingJSONText(fields, for: matched.operation)
        let authenticator = Authenticator(provider: provider, accepted: configuration.credentials, issued: issued)
        var answer = checked(request, fields, provider, matched, responder: responder, authenticator: authenticator)
        answer.secrets = authenticator.presentedSecrets(request, fields: fields, operation: matched.operation)
        return answer
    }

    private func checked(
        _ request: WireRequest, _ fields: JSONValue, _ provider: SandboxProvider, _ matched: MatchedOperation, responder: OperationResponder,
        authenticator: Authenticator
    ) -> SandboxAnswer {
        // A request naming none of the operations its path shares, routed to the first, is refused as an invalid
        // request naming the field that tells them apart, not checked as that operation's (our rule): a user's
        // SMSLive247 `cmd=bogus` was refused by its login as bad credentials, and AWS's request with no `X-Amz-Target`
        // was sent by SendTextMessage, the header's default filled in.
        if let violation = provider.unroutedViolation(request) {
            // Logged under no operation's id: it names none (a user's `cmd=bogus` was logged `smslive247.login`).
            var refusal = responder.genericInvalid(InvalidRequest(violation), reason: violation.description)
            let first = "\(provider.id).\(matched.operation.spec.id.value)"
            if refusal.summary.hasPrefix(first) { refusal.summary = provider.id + " (no operation)" + refusal.summary.dropFirst(first.count) }
            return refusal
        }
        guard authenticator.accepts(request, fields: fields, operation: matched.operation) else {
            let missing = authenticator.lacksCredentials(request, fields: fields, operation: matched.operation)
            return responder.badCredentials(
                missing: missing, parts: missing ? authenticator.missingParts(request, fields: fields, operation: matched.operation) : [],
                wrong: missing ? [] : authenticator.wrongParts(request, fields: fields, operation: matched.operation))
        }
        if let refusal = responder.unsupportedMediaType(request) { return refusal }
        let checked = provider.check(fields, for: matched.operation)
        if case .undecodable(let reason) = checked { return responder.genericInvalid(.unreadable(part: nil), reason: reason) }
        let fields = provider.readingJSONText(fields, for: matched.operation)
        // After the spec's own rules (Kavenegar's `maxItems` is its 414), before an answer per recipient is built.
        let recipients = PayloadBuilder(provider: provider, ids: ids).addressees(in: fields).addressees.map(\.recipient)
        if let refusal = Self.tooLargeToAnswer(request, recipients: recipients) { return refusal }
        var answer: SandboxAnswer
        switch checked {
        case .violations(let violations):
            answer = responder.rejected(violations, request: fields) { accepted in deliveries(provider, matched, accepted, fields) }
        default:
            answer = responder.accepted(request: fields) { accepted in deliveries(provider, matched, accepted, fields) }
        }
        // A send scheduled for later says in the log when its reports are owed (our rule: a user's ViaNett send with
        // `ScheduledDate` 2027 was logged `accepted` alone, and no report followed, which looked like a lost callback).
        if let time = provider.scheduledTime(of: fields, for: matched.operation), time > Date(),
            let owed = PendingDelivery.summary(of: answer.deliveries.filter { $0.outcome.kind != .never })
        {
            answer.summary += " (callback \(owed) held until \(ISO8601DateFormatter().string(from: time)), the time its send is scheduled for)"
        }
        return answer
    }

    /// The most recipients one request's answer is built for, and the most bytes its answer may echo: an answer per
    /// recipient repeats what the request gives it (Kavenegar's entries echo the message), so 200 recipients of a
    /// 3 MiB text answered 629 MB, 20,000 of a 960 KB `sendarray` passed 4 GiB and took the process down, and a
    /// 1 MiB list of numbers held it 465 s (an attack). Gateways cap a bulk call far below (Kavenegar: 200).
    static let mostRecipients = 10_000, mostEchoedBytes = 64 << 20

    /// The sandbox's own 413 for a request whose answer would pass those bounds; nil for any other. What each
    /// recipient's answer may echo is the request (body, query, headers) but the recipients' own numbers, which each
    /// echoes only its own of: a 2,000-number send of a short text was refused when the numbers were counted.
    static func tooLargeToAnswer(_ request: WireRequest, recipients: [String]) -> SandboxAnswer? {
        let size = request.body.count + request.query.utf8.count + request.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
        let echoed = max(0, size - recipients.reduce(0) { $0 + $1.utf8.count + 1 })
        guard recipients.count > mostRecipients || recipients.count > 1 && recipients.count * echoed > mostEchoedBytes else { return nil }
        let reason = "\(recipients.count) recipients of a request of \(size) bytes: the sandbox answers at most \(mostRecipients) recipients a "
            + "request, and at most \(mostEchoedBytes >> 20) MiB of recipients times what else the request holds; send fewer at once"
        return SandboxAnswer(
            status: 413, body: Data("smsspec-sandbox: \(reason)\n".utf8), summary: "not answered (\(reason))", deliveries: [],
            contentType: "text/plain; charset=utf-8")
    }

    /// The callbacks owed for the accepted recipients of a send.
    private func deliveries(_ provider: SandboxProvider, _ matched: MatchedOperation, _ accepted: [AcceptedMessage], _ request: JSONValue) -> [PendingDelivery] {
        guard let callback = DeliveryCallback(provider: provider) else { return [] }
        // Only a field of the operation's request: Bind's send with a `webhook` it has no field for called it back
        // there, where Bind, ignoring the field, reports to the account's callback URL. At any depth: D7's
        // `message_globals.report_url`.
        let builder = PayloadBuilder(provider: provider, ids: ids)
        let requestShapes = matched.operation.requestType.flatMap(provider.shape).map { builder.shapeNames(in: $0).compactMap(provider.shape) } ?? []
        let urlFields = Set(requestShapes.flatMap(\.fields).filter { $0.spec.constraints.url?.value == true }.map { PayloadBuilder.plain($0.spec.wireName.value) })
        let secrets = Set(Authenticator.secretNames(of: provider).map(PayloadBuilder.plain))
        let url = Self.callbackURL(in: provider.declaredFields(of: request, for: matched.operation), urlFields: urlFields, secrets: secrets)
            ?? configuration.callbackURL
        // A test that sends nothing owes no report (`SandboxProvider.testModeField`); a send scheduled for later owes
        // its reports then (`scheduledTime`), each after its outcome's own delay (our rule: a user's Smshosting send
        // with `sandbox=true`, and one scheduled for 2030, were each reported at once).
        if provider.testModeField(of: request, for: matched.operation) != nil { return [] }
        let wait = provider.scheduledTime(of: request, for: matched.operation).map { max(0, $0.timeIntervalSinceNow) } ?? 0
        // A report of a whole send (its shape names no recipient) is posted once per id the send gave, its counts
        // those of the messages of that id (our rule): a user's SMSLive247 batch report was posted once per recipient.
        var groups: [[AcceptedMessage]] = []
        if callback.perSend {
            var index: [String: Int] = [:]
            for message in accepted {
                let key = message.ids.sorted { $0.key < $1.key }.compactMap { FormEncoder.text(of: $0.value) }.joined(separator: "\u{1F}")
                if !key.isEmpty, let at = index[key] { groups[at].append(message); continue }
                if !key.isEmpty { index[key] = groups.count }
                groups.append([message])
            }
        } else {
            groups = accepted.map { [$0] }
        }
        return groups.map { group in
            let message = group[0]
            var outcome = configuration.outcomes.outcome(for: message.recipient)
            if wait > 0, outcome.kind != .never {
                outcome.delayMilliseconds = Int(min(315_360_000_000, wait * 1000)) + min(outcome.delayMilliseconds, 315_360_000_000)
            }
            // An item's own first (Infobip's `notifyUrl` is each message's).
            return PendingDelivery(
                url: message.item == request ? url : Self.callbackURL(in: message.item, urlFields: urlFields, secrets: secrets, onlyURLField: false) ?? url,
                callback: callback, message: message, outcome: outcome,
                builder: builder, signingSecret: configuration.signingSecret,
                deadline: configuration.callbackDeadline,
                pathValues: message.ids.values.lazy.compactMap(FormEncoder.text(of:)).map { self.sent.pathValues(of: $0, provider: provider.id) }
                    .first(where: { !$0.isEmpty }) ?? [:],
                batchCounts: callback.perSend ? counts(of: group) : nil)
        }
    }

    /// How many of `messages` their outcomes deliver and fail (`never`: neither).
    private func counts(of messages: [AcceptedMessage]) -> (delivered: Int, failed: Int) {
        messages.reduce(into: (delivered: 0, failed: 0)) { counts, message in
            switch configuration.outcomes.outcome(for: message.recipient).kind {
            case .delivered: counts.delivered += 1
            case .failed: counts.failed += 1
            case .never: break
            }
        }
    }

    /// The request's own callback URL, at its top first, else in an object it holds (D7's `message_globals`): a
    /// non-empty text field whose wire name says callback, webhook, notify or dlr (Messente's bulk element's own
    /// `dlr_url`, which was not taken, its reports going to `--callback-url`), or ends with `reportUrl` (MessageBird's,
    /// D7's `report_url`), not a failover — one of `urlFields` (those the spec constrains to a URL) first, and one
    /// whose name does not end as a URL's (`url`, `uri`) only for a value with `://` (Infobip's `callbackData`,
    /// `notifyContentType` are no URLs: its `notifyUrl` is) —, else one at the top named `url` (Plivo's), else the
    /// only one of `urlFields` (46elks' `whendelivered`), by plain name; never one of `secrets` (a `callbackSecret`,
    /// which the log then printed); our inference.
    /// An item's own (`onlyURLField: false`) is never its only `url` field: a message's `media_url` is no report URL.
    static func callbackURL(in request: JSONValue, urlFields: Set<String> = [], secrets: Set<String> = [], onlyURLField: Bool = true) -> String? {
        let fields = texts(in: request).filter { !secrets.contains($0.name) }.sorted { $0.depth < $1.depth }
        let named = fields.filter { field in
            guard ["callback", "webhook", "notify", "dlr"].contains(where: field.name.contains) || field.name.hasSuffix("reporturl"),
                !field.name.contains("failover")
            else { return false }
            return urlFields.contains(field.name) || ["url", "uri", "webhook"].contains(where: field.name.hasSuffix) || field.url.contains("://")
        }
        let constrained = fields.filter { urlFields.contains($0.name) }
        let chosen = named.first { urlFields.contains($0.name) } ?? named.first ?? fields.first { $0.depth == 0 && $0.name == "url" }
            ?? (constrained.count == 1 && onlyURLField ? constrained.first : nil)
        return chosen?.url
    }

    /// The non-empty texts of `value` and of the objects it holds, by plain name (`PayloadBuilder.plain`), with how
    /// deep each is; not those of its lists, whose items are messages with their own (Infobip's `notifyUrl`).
    private static func texts(in value: JSONValue, depth: Int = 0) -> [(name: String, url: String, depth: Int)] {
        (value.members ?? [:]).sorted(by: { $0.key < $1.key }).flatMap { name, member -> [(name: String, url: String, depth: Int)] in
            switch member {
            case .string(let url) where !url.isEmpty: [(PayloadBuilder.plain(name), url, depth)]
            case .object: texts(in: member, depth: depth + 1)
            default: []
            }
        }
    }
}

/// One message a send accepted: its recipient, the request item it came from and the ids its answer gave it.
struct AcceptedMessage: Sendable {
    let recipient: String
    let item: JSONValue
    var ids: [String: JSONValue]
    /// The shape of the answer each id-named field first appears in, by wire name (`PayloadBuilder.idOwners`).
    let idOwners: [String: String]
    /// The request's declared fields it left out (`PayloadPlan.unsent`).
    let unsent: Set<String>
    let operation: String
}

/// What a log line of a request never shows: the request's credentials, then the accepted ones.
struct LineSweep: Sendable {
    let request: SecretSweep
    let configured: [SecretSweep]

    func redacting(_ text: String) -> String { configured.reduce(request.redacting(text)) { $1.redacting($0) } }
}
