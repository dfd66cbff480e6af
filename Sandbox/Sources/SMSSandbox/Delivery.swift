import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSpecCore
import SMSSpecRuntime

/// The callback of a provider that reports deliveries: the callback (or its discriminated variant) whose shape holds
/// a delivery-status table.
struct DeliveryCallback: @unchecked Sendable {  // Immutable model values.
    let callback: CallbackModel
    let shape: ShapeModel
    let discriminator: (field: String, value: String)?
    let statusTable: StatusTable
    /// The other tables of the callback (error codes next to the status).
    let errorTables: [StatusTable]

    init?(provider: SandboxProvider) {
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        let deliveryTables = provider.model.tables.filter(\.spec.isDeliveryStatus).compactMap { provider.table($0.swiftName) }
        // A report per recipient, so a shape naming its recipient first (Sinch's per-recipient report before its
        // batch report).
        var found: [(CallbackModel, ShapeModel, (String, String)?, StatusTable)] = []
        for callback in provider.model.callbacks {
            var candidates: [(ShapeModel, (String, String)?)] = []
            if let name = callback.spec.shape?.value, let shape = provider.shape(name) { candidates.append((shape, nil)) }
            if let field = callback.spec.discriminator?.field.value {
                for variant in callback.variants {
                    if let shape = provider.shape(variant.shape), let value = variant.values.first { candidates.append((shape, (field, value))) }
                }
            }
            for (shape, discriminator) in candidates {
                guard let table = deliveryTables.first(where: { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }) else { continue }
                found.append((callback, shape, discriminator, table))
            }
        }
        let namesRecipient = { (shape: ShapeModel) in shape.fields.contains { PayloadBuilder.recipientNames.contains($0.spec.wireName.value.lowercased()) } }
        guard let (callback, shape, discriminator, table) = found.first(where: { namesRecipient($0.1) }) ?? found.first else { return nil }
        self.callback = callback
        self.shape = shape
        self.discriminator = discriminator.map { (field: $0.0, value: $0.1) }
        self.statusTable = table
        self.errorTables = provider.tables.filter { $0.id != table.id && builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }
    }

    /// The discriminator of a report carrying `codes`: when its field is the status table's own (Brevo's webhook
    /// `msg_status`), the status's spelling wherever a variant of the shape names it; a delivered message was reported
    /// `sent`, the first variant's value, written over its status.
    func discriminator(for codes: [String: StatusEntry]) -> (field: String, value: String)? {
        guard let discriminator, let code = codes[statusTable.id],
            let field = shape.fields.first(where: { $0.spec.wireName.value == discriminator.field }),
            case .table(let reference) = field.type, reference.swiftName == statusTable.id,
            let spelling = FormEncoder.text(of: statusTable.wireValue(code)),
            callback.variants.contains(where: { $0.shape.swiftName == shape.swiftName && $0.values.contains(spelling) })
        else { return discriminator }
        return (discriminator.field, spelling)
    }

    /// The codes a report with `outcome` carries, by table; nil for `never`.
    func codes(for outcome: DeliveryOutcome) -> [String: StatusEntry]? {
        let finalFailure = statusTable.entries.first { $0.outcome == .failure && $0.isFinal != false && $0.deliveryState == .undelivered }
            ?? statusTable.entries.first { $0.outcome == .failure }
        var codes: [String: StatusEntry] = [:]
        switch outcome.kind {
        case .never:
            return nil
        case .delivered:
            codes[statusTable.id] = statusTable.entries.first { $0.deliveryState == .delivered } ?? statusTable.successEntry
            for table in errorTables { codes[table.id] = table.successEntry }
        case .failed(let code):
            if let code, let table = errorTables.first(where: { $0.entry(for: code) != nil }) {
                codes[table.id] = table.entry(for: code)
                codes[statusTable.id] = finalFailure
            } else {
                codes[statusTable.id] = code.flatMap(statusTable.entry(for:)) ?? finalFailure
                for table in errorTables { codes[table.id] = table.entries.first { $0.outcome == .failure } }
            }
        }
        return codes.compactMapValues { $0 }
    }
}

/// A callback the sandbox owes for one accepted message.
struct PendingDelivery: Sendable {
    let url: String?
    let callback: DeliveryCallback
    let message: AcceptedMessage
    let outcome: DeliveryOutcome
    let builder: PayloadBuilder
    /// What a callback whose spec declares a signature is signed with (`SandboxConfiguration.signingSecret`).
    let signingSecret: Secret?

    /// The HTTP request of the report, in the callback's method and encoding; nil when none is due.
    func request() -> URLRequest? {
        guard let url, let codes = callback.codes(for: outcome) else { return nil }
        var plan = PayloadPlan(codes: codes, scope: message.item, ids: message.ids, recipient: message.recipient, operation: message.operation)
        let held = builder.shapeNames(in: callback.shape)
        plan.idOwners = message.idOwners.filter { held.contains($0.value) }
        plan.unsent = message.unsent
        let discriminator = callback.discriminator(for: codes)
        let template = builder.template(
            for: callback.shape, extraNames: [callback.callback.spec.name.value, callback.callback.swiftName], code: codes[callback.statusTable.id],
            matching: discriminator.map { discriminator in { $0[member: discriminator.field] == .string(discriminator.value) } })
        var payload = builder.build(callback.shape, template: template, plan: plan)
        if let discriminator, var members = payload.members {
            members[discriminator.field] = .string(discriminator.value)
            payload = .object(members)
        }
        let target: String
        var body: (contentType: String, data: Data)?
        // A callback sent by several methods is delivered by the first the spec lists.
        let method = callback.callback.spec.methods.first ?? "POST"
        switch callback.callback.spec.encoding(for: method) {
        case .query, .none:
            guard let fields = try? WirePayload.fields(of: payload, booleans: builder.provider.model.spec.formBooleans) else { return nil }
            target = url + (url.contains("?") ? "&" : "?") + FormEncoder.encode(fields)
        case .form:
            guard let fields = try? WirePayload.fields(of: payload, booleans: builder.provider.model.spec.formBooleans) else { return nil }
            target = url
            body = (Self.formType, Data(FormEncoder.encode(fields).utf8))
        case .json:
            target = url
            body = ("application/json", WirePayload.json(payload))
        case .text:
            return nil  // plain text is an answer's wire: the parser refuses it for a callback
        }
        guard let targetURL = URL(string: target) else { return nil }
        var request = URLRequest(url: targetURL, timeoutInterval: 10)
        request.httpMethod = method
        request.setValue("1", forHTTPHeaderField: Self.loopMarker)
        if let body {
            request.setValue(body.contentType, forHTTPHeaderField: "Content-Type")
            request.httpBody = body.data
        }
        if let signature = callback.callback.signature, let signingSecret,
            let signed = try? signature.signedBytes(url: target, body: body?.data ?? Data(), form: body?.contentType == Self.formType)
        {
            request.setValue(signature.headerValue(secret: signingSecret, signed: signed), forHTTPHeaderField: signature.header)
        }
        return request
    }

    static let formType = "application/x-www-form-urlencoded"

    /// What the log adds about the signature: that a signed callback went unsigned, for want of a secret.
    var signatureNote: String {
        guard let signature = callback.callback.signature, signingSecret == nil else { return "" }
        return " (unsigned: the spec signs it in \(signature.header); pass --signing-secret)"
    }

    /// The header every callback carries: a sandbox answers a request with it as no provider's (`SandboxEmulator`),
    /// so a callback URL pointing at a sandbox, itself or another, cannot make a loop.
    static let loopMarker = "X-SMSSpec-Sandbox-Callback"

    /// The report, for the log: the callback, the recipient and the outcome.
    var summary: String { "\(callback.callback.spec.name.value) for \(message.recipient) (\(outcome))" }

    /// Several reports on one log line: the first one's summary and how many more; nil for none.
    static func summary(of reports: [PendingDelivery]) -> String? {
        reports.first.map { $0.summary + (reports.count > 1 ? " and \(reports.count - 1) more" : "") }
    }

    /// The callback URL as the log shows it: its user information (`user:password@`), the receiver's credential,
    /// redacted; it was printed as the request sent it.
    var loggedURL: String { DisplayText.redactingUserinfo(url ?? "") }

    /// Waits the outcome's delay, sends the report and says what happened, for the log.
    func deliver() async -> String {
        let what = summary
        guard outcome.kind != .never else { return "no callback: \(what)" }
        guard url != nil else { return "no callback URL for \(what): pass --callback-url or a callback field" }
        guard let request = request() else { return "callback \(what): the URL \(loggedURL) is not valid" }
        // Anyone's request names its callback URL: only http and https are called (URLSession tries any scheme it knows).
        guard let scheme = request.url?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return "no callback: \(what): the URL \(loggedURL) is not http or https"
        }
        // As a `Duration`: in nanoseconds, a delay over 2^64 ns (about 585 years, `delayed:18446744073710`) trapped.
        if outcome.delayMilliseconds > 0 {
            do { try await Task.sleep(for: .milliseconds(outcome.delayMilliseconds)) } catch { return "no callback: \(what) (cancelled)" }
        }
        do {
            let acknowledgement = callback.callback.acknowledgement
            let answer = try await CallbackPoster.answer(to: request, readingUpTo: acknowledgement.bodyBytesToRead)
            let mismatch = acknowledgement.mismatch(with: answer).map { "; \($0)" } ?? ""
            return "callback \(what) → \(request.httpMethod ?? "") \(loggedURL)\(signatureNote): \(answer.status)\(mismatch)"
        } catch {
            return "callback \(what) → \(loggedURL): \(error.localizedDescription)"
        }
    }
}
