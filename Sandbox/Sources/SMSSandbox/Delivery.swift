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
    /// Whether the report is the one element of a list the callback posts: its shape is a list of a discriminated
    /// union, and `shape` the variant holding the delivery status (a user's Azure Event Grid, a list of events).
    let listed: Bool
    /// The callback's delivery status, and its other tables (error codes next to the status).
    let tables: DeliveryTables
    /// Whether one report tells of a whole send, not of one recipient: its shape (nor any it holds) names no recipient
    /// (a user's SMSLive247 batch report: `MessageID`, `TotalSent`, `TotalFailed`, `Status`). One is posted per id a
    /// send gave (`SandboxEmulator.deliveries`), its counts the send's (`PayloadPlan.reportBatch`).
    let perSend: Bool
    var statusTable: StatusTable { tables.statusTable }
    var errorTables: [StatusTable] { tables.errorTables }

    init?(provider: SandboxProvider) {
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        let found = Self.reporting(provider: provider, builder: builder)
        let namesRecipient = { (shape: ShapeModel) in shape.fields.contains(where: provider.isRecipient) }
        // The one the configuration chooses, where it reports a delivery (`SandboxConfiguration.deliveryCallbacks`).
        let chosen = provider.deliveryCallbackName.map { name in found.filter { $0.0.spec.name.value == name } } ?? []
        let candidates = chosen.isEmpty ? found : chosen
        guard let (callback, shape, discriminator, table, listed) = candidates.first(where: { namesRecipient($0.1) }) ?? candidates.first else { return nil }
        self.callback = callback
        self.shape = shape
        self.listed = listed
        self.discriminator = discriminator.map { (field: $0.0, value: $0.1) }
        self.tables = DeliveryTables(
            statusTable: table, errorTables: provider.tables.filter { $0.id != table.id && builder.reaches(shapeNamed: shape.swiftName, table: $0.id) })
        self.perSend = !listed && !builder.shapeNames(in: shape).compactMap(provider.shape).contains(where: namesRecipient)
    }

    /// The names of the provider's callbacks that report a delivery, in the spec's order: those `--callback` chooses among.
    static func names(of provider: SandboxProvider) -> [String] {
        var names: [String] = []
        for (callback, _, _, _, _) in reporting(provider: provider, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0)))
        where !names.contains(callback.spec.name.value) {
            names.append(callback.spec.name.value)
        }
        return names
    }

    /// Each callback shape (or listed variant) holding a delivery-status table, with the table.
    private static func reporting(
        provider: SandboxProvider, builder: PayloadBuilder
    ) -> [(CallbackModel, ShapeModel, (String, String)?, StatusTable, Bool)] {
        let deliveryTables = provider.model.tables.filter(\.spec.isDeliveryStatus).compactMap { provider.table($0.swiftName) }
        // A report per recipient, so a shape naming its recipient first (Sinch's per-recipient report before its
        // batch report).
        var found: [(CallbackModel, ShapeModel, (String, String)?, StatusTable, Bool)] = []
        for callback in provider.model.callbacks {
            for (shape, discriminator) in provider.shapes(of: callback) {
                guard let table = deliveryTables.first(where: { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }) else { continue }
                found.append((callback, shape, discriminator.map { ($0.field, $0.value) }, table, false))
            }
            // A list of a discriminated union's values (Event Grid's list of events): each variant, as one element.
            for (shape, discriminator) in Self.listedVariants(of: callback, provider: provider) {
                guard let table = deliveryTables.first(where: { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }) else { continue }
                found.append((callback, shape, discriminator, table, true))
            }
        }
        return found
    }

    /// The variants of the discriminated union a callback's list shape holds (`items:`), each with its first value.
    static func listedVariants(of callback: CallbackModel, provider: SandboxProvider) -> [(ShapeModel, (String, String))] {
        guard let name = callback.spec.shape?.value, let list = provider.shape(name), case .union(let reference)? = list.listElement,
            let discriminated = provider.union(reference)?.discriminated
        else { return [] }
        return discriminated.variants.compactMap { variant in
            guard let shape = provider.shape(variant.shape.swiftName), let value = variant.values.first else { return nil }
            return (shape, (discriminated.field, value))
        }
    }

    /// The id fields of a send's answer `answer` (wire names, at any depth) that a report quotes in a required id
    /// field of its own: the same-named one, else the one `PayloadBuilder.quotedIDName` takes. They are the id the
    /// sandbox gives the message, which its reports carry. An id named as a field of the send's request (`echoed`,
    /// plain names) is the client's own, echoed, and is quoted so only by a field of its name (SMSC.ru's `id`, which
    /// the provider gives when the client does not): websms's report `notificationId` took the answer's optional
    /// `clientMessageId` for the message's id, and a send without one was answered a fresh `clientMessageId`.
    func quotedIDs(of answer: ShapeModel, echoed: Set<String>, builder: PayloadBuilder) -> Set<String> {
        let provider = builder.provider
        func fields(_ shape: ShapeModel) -> [FieldModel] { builder.shapeNames(in: shape).compactMap(provider.shape).flatMap(\.fields) }
        let given = Array(Set(fields(answer).filter(builder.isIdentifierList).map(\.spec.wireName.value)))
        let own = given.filter { !echoed.contains(PayloadBuilder.plain($0)) }
        let quoting = fields(shape).filter { $0.spec.required && builder.isIdentifier($0) }.map(\.spec.wireName.value)
        return Set(quoting.compactMap { name in
            given.first { PayloadBuilder.plain($0) == PayloadBuilder.plain(name) } ?? builder.quotedIDName(name, among: own)
        })
    }

    /// The discriminator of a report carrying `codes`: when its field is the status table's own (Brevo's webhook
    /// `msg_status`), the status's spelling wherever a variant of the shape names it; a delivered message was reported
    /// `sent`, the first variant's value, written over its status.
    func discriminator(for codes: [String: StatusEntry]) -> (field: String, value: String)? {
        guard let discriminator, let spelling = statusSpelling(in: codes),
            callback.variants.contains(where: { $0.shape.swiftName == shape.swiftName && $0.values.contains(spelling) })
        else { return discriminator }
        return (discriminator.field, spelling)
    }

    /// The variant a report carrying `codes` is, and its discriminator: where the discriminator's field is the status
    /// table's own and the status's spelling is the value of another variant whose field of that name is of the table
    /// too, that variant (our rule); else `shape` (`discriminator(for:)`). A user's SUBMAIL SUBHOOK (`events`:
    /// `request`, `sending` HookRequest, `delivered` HookDelivered, `dropped` HookDropped) reported a delivered and a
    /// failed message alike `"events":"request"`, the failed one without its `report`.
    func variant(for codes: [String: StatusEntry], provider: SandboxProvider) -> (shape: ShapeModel, discriminator: (field: String, value: String)?) {
        let own = discriminator(for: codes)
        guard let discriminator, own?.value == discriminator.value, let spelling = statusSpelling(in: codes), spelling != discriminator.value else {
            return (shape, own)
        }
        let ofTable = { (shape: ShapeModel) in
            shape.fields.contains { field in
                guard field.spec.wireName.value == discriminator.field, case .table(let reference) = field.type else { return false }
                return reference.swiftName == statusTable.id
            }
        }
        for variant in callback.variants where variant.values.contains(spelling) {
            if let other = provider.shape(variant.shape), ofTable(other) { return (other, (discriminator.field, spelling)) }
        }
        return (shape, own)
    }

    /// The state reported before the outcome `codes` say, in a report of its own: where the discriminator's field is
    /// the status table's own and the events are its states, a message on its way (the table's first state saying it
    /// was sent, not final) whose spelling is the value of another variant than the outcome's, its field of that name
    /// of the table too, is reported so first (our rule). A user's SMSGate webhook posts `sms:sent`, then
    /// `sms:delivered` or `sms:failed`, each its own event; the sandbox posted the outcome's alone.
    func earlierState(before codes: [String: StatusEntry], provider: SandboxProvider) -> StatusEntry? {
        guard let discriminator, let final = codes[statusTable.id], final.outcome != .pending else { return nil }
        let reported = variant(for: codes, provider: provider).shape.swiftName
        for entry in statusTable.entries where entry.outcome == .pending && entry.isFinal == false && entry.deliveryState == .sent {
            let stage = [statusTable.id: entry]
            let (shape, said) = variant(for: stage, provider: provider)
            guard shape.swiftName != reported, let said, said.field == discriminator.field,
                said.value == FormEncoder.text(of: statusTable.wireValue(entry)),
                callback.variants.contains(where: { $0.shape.swiftName == shape.swiftName && $0.values.contains(said.value) })
            else { continue }
            return entry
        }
        return nil
    }

    /// The status's spelling in `codes`, where the discriminator's field of `shape` is of the status table.
    private func statusSpelling(in codes: [String: StatusEntry]) -> String? {
        guard let discriminator, let code = codes[statusTable.id],
            let field = shape.fields.first(where: { $0.spec.wireName.value == discriminator.field }),
            case .table(let reference) = field.type, reference.swiftName == statusTable.id
        else { return nil }
        return FormEncoder.text(of: statusTable.wireValue(code))
    }

    /// The tables whose codes a report with `outcome` must carry, even in an optional field its example leaves out:
    /// the delivery status, and the DLR error table of a code the outcome names (`failed:27`). The codes of the other
    /// tables it reaches go only where its example has them (Telegram Gateway's `verification_status`, a check of the
    /// code a user entered, which its report example leaves out).
    func carriedTables(for outcome: DeliveryOutcome) -> Set<String> {
        guard case .failed(let code?) = outcome.kind, let failure = tables.failure(code), failure.table.id != statusTable.id else {
            return [statusTable.id]
        }
        return [statusTable.id, failure.table.id]
    }
}

/// The tables that say what became of a message, and the codes an outcome is said in there: a delivery status and the
/// DLR error tables beside it, a report's (`DeliveryCallback`) or a look-up answer's (`init(lookUp:builder:)`).
struct DeliveryTables: @unchecked Sendable {  // Immutable model values.
    let statusTable: StatusTable
    /// The other tables beside it (error codes next to the status).
    let errorTables: [StatusTable]

    /// The entry `failed:CODE` reports, and its table: of the tables listing `code` as a failure, the first DLR error
    /// table (the report's delivery status is then the failure agreeing with it: `agreeing`), else the delivery-status table. A code
    /// both list is the error table's where it is a failure there (Spryng's `20`: ReasonCode 20 InvalidNumber under
    /// Status 20 Undelivered). Nil when no table lists it as a failure: a success or pending entry (Spryng's Status 10
    /// Delivered, Bind's error 000) made a "failed" report say the message was delivered, or failed for no error.
    func failure(_ code: String) -> (table: StatusTable, entry: StatusEntry)? {
        for table in errorTables + [statusTable] {
            if let entry = table.entry(for: code), entry.outcome == .failure { return (table, entry) }
        }
        return nil
    }

    /// The entries the tables give `code`, whatever their outcome, error tables first.
    func entries(_ code: String) -> [StatusEntry] { (errorTables + [statusTable]).compactMap { $0.entry(for: code) } }

    /// The failure codes a `failed:CODE` can name, by table (error tables first), as the start's refusal lists them.
    var failureCodes: [(table: String, codes: [String])] {
        (errorTables + [statusTable]).map { table in (table.id, table.entries.filter { $0.outcome == .failure }.map(\.code)) }.filter { !$0.codes.isEmpty }
    }

    /// The codes saying `outcome`, by table: a report's, or a look-up's answer's; nil for `never`.
    func codes(for outcome: DeliveryOutcome) -> [String: StatusEntry]? {
        // The first final failure (docs/sandbox.md, Outcomes): of a message sent and not delivered (`undelivered`)
        // first, as a report of a failed delivery says, where one that was never sent (BudgetSMS's 2 "Message is not
        // sent", listed before 3 "Message delivery failed") or expired says more than `failed` asks; else the first
        // final one, else the first. A failure that is not final (a retry under way) said a failed message might
        // still be delivered, where a final one came after it.
        let finals = statusTable.entries.filter { $0.outcome == .failure && $0.isFinal != false }
        let finalFailure = finals.first { $0.deliveryState == .undelivered } ?? finals.first
            ?? statusTable.entries.first { $0.outcome == .failure }
        var codes: [String: StatusEntry] = [:]
        switch outcome.kind {
        case .never:
            return nil
        case .delivered:
            let delivered = statusTable.outgoingDelivered ?? statusTable.successEntry
            codes[statusTable.id] = delivered
            for table in errorTables {
                codes[table.id] = (Self.saysState(table) ? Self.sameState(delivered, in: table) : nil) ?? Self.sayingDelivered(delivered, in: table) ?? table.successEntry
            }
        case .failed(let code):
            // A code no table lists as a failure (refused at start: `SandboxEmulator.outcomeCodeProblems`) is the
            // first final failure, as one they do not list: an entry saying success made a "failed" report say
            // the message was delivered.
            let failure = code.flatMap(failure)
            if let failure, failure.table.id != statusTable.id {
                codes[failure.table.id] = failure.entry
                let status = Self.agreeing(finalFailure, in: statusTable, with: failure.entry)
                codes[statusTable.id] = status
                for table in errorTables where table.id != failure.table.id && Self.saysState(table) { codes[table.id] = Self.sameState(status, in: table) }
            } else {
                let status = failure?.entry ?? finalFailure
                codes[statusTable.id] = status
                for table in errorTables {
                    codes[table.id] = Self.saysState(table) ? Self.sameState(status, in: table) : Self.deliveryFailure(in: table, beside: status)
                }
            }
        }
        return codes.compactMapValues { $0 }
    }

    /// Whether `table` says what became of a message (its entries give delivery states): a second delivery-status
    /// table of one report, such as a user's Mobivate numeric `statusCode` beside its `status` by name.
    static func saysState(_ table: StatusTable) -> Bool { table.entries.contains { $0.deliveryState != nil } }

    /// The entry of a second delivery-status table `table` saying what the report's status `status` says (our
    /// rule): of its entries of the same outcome and finality, the one of the status's code or name, else (of a
    /// failure) the one `deliveryFailure` takes (a user's AWS `TEXT_SPAM` event says `messageStatus` `SPAM`), else of
    /// its delivery state, else of its category, else (of a failure) its first; nil for none. A user's Mobivate
    /// numeric table lists 1 DELIVERED and 2 ACCEPTED only, and a failed report said `"status": "UNDELIVERABLE",
    /// "statusCode": 2`, its example's pending code beside a final failure.
    static func sameState(_ status: StatusEntry?, in table: StatusTable) -> StatusEntry? {
        guard let status else { return nil }
        let alike = table.entries.filter { $0.outcome == status.outcome && ($0.isFinal ?? true) == (status.isFinal ?? true) }
        return alike.first { $0.code == status.code || $0.name == status.name || $0.name == status.code }
            ?? (status.outcome == .failure ? deliveryFailure(in: table, beside: status).flatMap { entry in alike.first { $0 == entry } } : nil)
            ?? alike.first { $0.deliveryState != nil && $0.deliveryState == status.deliveryState }
            ?? alike.first { $0.category == status.category }
            ?? (status.outcome == .failure ? alike.first : nil)
    }

    /// Of a table beside the status giving no delivery states, with several successes, the success saying what the
    /// delivered status `status` says (our rule): its summary, else a code or name holding every word of the status's
    /// code (`TEXT_DELIVERED` beside `DELIVERED`), else one whose code or name says delivered; nil for none (the
    /// table's success). A user's AWS delivered event said `eventType: ALL`, the first success of its event-type table
    /// (a matching filter), beside `messageStatus: DELIVERED`.
    static func sayingDelivered(_ status: StatusEntry?, in table: StatusTable) -> StatusEntry? {
        let successes = table.entries.filter { $0.outcome == .success }
        guard let status, successes.count > 1 else { return nil }
        let words = { (text: String) in Set(SandboxProvider.words(text).map { $0.lowercased() }) }
        let statusWords = words(status.code).filter { $0.count > 2 && !$0.contains(where: \.isNumber) }
        let own = { (entry: StatusEntry) in words(entry.code).union(words(entry.name)) }
        return successes.first { !status.description.isEmpty && $0.description == status.description }
            ?? (statusWords.isEmpty ? nil : successes.first { statusWords.isSubset(of: own($0)) })
            ?? successes.first { own($0).contains { $0.hasPrefix("deliver") } }
    }

    /// The delivery-status tables beside the report's status that cannot say `outcome` (no entry agrees with it:
    /// `sameState`): a report's optional field of one is left out, and the log says so at start
    /// (`SandboxProvider.unsaidStatesNote`).
    func unsaid(in codes: [String: StatusEntry]) -> Set<String> {
        Set(errorTables.filter { Self.saysState($0) && codes[$0.id] == nil }.map(\.id))
    }

    /// The status a failed report gives beside another table's failure `failure`: `status` (the first final failure)
    /// where it says the same problem (its category) or none of its own (`unknown`), else the table's final failure of
    /// that category, else its generic one (`unknown`), else `status` (our rule). Two tables' fields of one report
    /// agree: a user's CallFire text failed `CARRIER_ERROR` was reported `state: DNC`, its number on a Do-Not-Call list.
    static func agreeing(_ status: StatusEntry?, in table: StatusTable, with failure: StatusEntry) -> StatusEntry? {
        guard let status, status.category != failure.category, status.category != .unknown else { return status }
        let finals = table.entries.filter { $0.outcome == .failure && $0.isFinal != false }
        return finals.first { $0.category == failure.category && $0.deliveryState == failure.deliveryState }
            ?? finals.first { $0.category == failure.category } ?? finals.first { $0.category == .unknown } ?? status
    }

    /// The failure of an error table a failed report gives beside its status `status` (our rule): one saying what
    /// can become of a sent message — of the status's category, else `unknown`, else the first of a network error,
    /// an expiry, an unreachable or unknown recipient, rejected content or an opted-out recipient —, never an
    /// authentication, account, rate or request code (a user's ValueFirst report said `reason=52992` "Username /
    /// Password incorrect", the table's first failure, for a send it had accepted); nil (the table's success) for none.
    static func deliveryFailure(in table: StatusTable, beside status: StatusEntry?) -> StatusEntry? {
        let failures = table.entries.filter { $0.outcome == .failure }
        let delivery: Set<ErrorCategory> = [.unknown, .networkError, .expired, .recipientUnavailable, .invalidDestination, .contentRejected, .recipientOptedOut]
        let order: [Set<ErrorCategory>] = [status.map { [$0.category] } ?? [], [.unknown], delivery]
        // Of those, one whose code shares a word with the status's (a user's AWS event `TEXT_SPAM` said `messageStatus`
        // `CARRIER_BLOCKED`, the first of its category, where `SPAM` is its own; our rule).
        let statusWords = Set(status.map { SandboxProvider.words($0.code) } ?? []).filter { $0.count > 2 && !$0.contains(where: \.isNumber) }
        for categories in order {
            let candidates = failures.filter { categories.contains($0.category) && delivery.contains($0.category) }
            if let entry = candidates.first(where: { !Set(SandboxProvider.words($0.code)).isDisjoint(with: statusWords) }) ?? candidates.first {
                return entry
            }
        }
        return nil
    }
}

extension StatusTable {
    /// The entry saying an outgoing message was delivered: of those whose state is delivered, one spelt so (not
    /// saying inbound), else one not of an inbound message, nor named for receiving one. A table of both directions'
    /// states (a user's Telerivet, `received` "Incoming message received" before `delivered`) reported every send
    /// received, a state Telerivet gives only incoming messages.
    var outgoingDelivered: StatusEntry? {
        let delivered = entries.filter { $0.deliveryState == .delivered }
        let inbound = { (entry: StatusEntry) in
            [entry.code, entry.name, entry.description].contains { text in ["inbound", "incoming"].contains { text.lowercased().contains($0) } }
        }
        return delivered.first { $0.code.lowercased().contains("deliv") && !inbound($0) }
            ?? delivered.first { !inbound($0) && !$0.code.lowercased().contains("receiv") }
            ?? delivered.first { !inbound($0) } ?? delivered.first
    }
}

extension DeliveryTables {
    /// Those of a look-up's answer `shape` (`SandboxProvider.isLookUp`): the delivery-status table it holds, and
    /// beside it the error tables of the provider's report it holds too; nil when it holds no delivery status.
    init?(lookUp shape: ShapeModel, builder: PayloadBuilder) {
        let provider = builder.provider
        let reached = provider.tables.filter { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }
        let deliveryStatus = Set(provider.model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
        guard let statusTable = reached.first(where: { deliveryStatus.contains($0.id) }) else { return nil }
        let reportErrors = Set(DeliveryCallback(provider: provider)?.errorTables.map(\.id) ?? [])
        self.init(statusTable: statusTable, errorTables: reached.filter { reportErrors.contains($0.id) })
    }

    /// The tables `provider`'s outcomes are said in: its report's, else, where no callback reports a delivery, its
    /// look-ups' (Skebby's order state), one per delivery-status table.
    static func of(_ provider: SandboxProvider) -> [DeliveryTables] {
        if let callback = DeliveryCallback(provider: provider) { return [callback.tables] }
        let builder = PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 0))
        var found: [DeliveryTables] = []
        for operation in provider.model.operations where provider.isLookUp(operation) {
            guard let shape = provider.successAnswer(of: operation)?.shape.flatMap({ provider.shape($0.value) }),
                let tables = DeliveryTables(lookUp: shape, builder: builder), !found.contains(where: { $0.statusTable.id == tables.statusTable.id })
            else { continue }
            found.append(tables)
        }
        return found
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
    /// How long the receiver has to answer (`SandboxConfiguration.callbackDeadline`).
    let deadline: TimeInterval
    /// The send's path values (8x8's `subAccountId`), which the report's fields of their names say.
    var pathValues: [String: String] = [:]
    /// Of a report of a whole send (`DeliveryCallback.perSend`): how many of its messages were delivered and failed.
    var batchCounts: (delivered: Int, failed: Int)?

    /// The HTTP requests of the reports, in the order they are posted: of the state reported first
    /// (`DeliveryCallback.earlierState`), where there is one, then of the outcome (`request()`).
    func requests() -> [URLRequest] {
        guard let final = request() else { return [] }
        return [earlierState.flatMap { request(saying: $0) }, final].compactMap { $0 }
    }

    /// The state reported before the outcome in a report of its own (`DeliveryCallback.earlierState`).
    var earlierState: StatusEntry? {
        guard url != nil, let codes = callback.tables.codes(for: outcome) else { return nil }
        return callback.earlierState(before: codes, provider: builder.provider)
    }

    /// The report of the message's earlier state `state`: the codes of a delivered message, its status `state` and
    /// a second delivery-status table's entry saying the same.
    private func request(saying state: StatusEntry) -> URLRequest? {
        guard var codes = callback.tables.codes(for: .delivered) else { return nil }
        codes[callback.statusTable.id] = state
        for table in callback.errorTables where DeliveryTables.saysState(table) { codes[table.id] = DeliveryTables.sameState(state, in: table) }
        return request(codes: codes.compactMapValues { $0 }, reportedTables: [callback.statusTable.id])
    }

    /// The HTTP request of the report, in the callback's method and encoding; nil when none is due.
    func request() -> URLRequest? {
        guard let codes = callback.tables.codes(for: outcome) else { return nil }
        return request(codes: codes, reportedTables: callback.carriedTables(for: outcome))
    }

    private func request(codes: [String: StatusEntry], reportedTables: Set<String>) -> URLRequest? {
        guard let url else { return nil }
        var plan = PayloadPlan(codes: codes, scope: builder.reportScope(message.item), ids: message.ids, recipient: message.recipient, operation: message.operation)
        let (shape, discriminator) = callback.variant(for: codes, provider: builder.provider)
        let held = builder.shapeNames(in: shape)
        plan.idOwners = message.idOwners.filter { held.contains($0.value) }
        plan.declaresMessageID = held.compactMap(builder.provider.shape).contains { $0.fields.contains { $0.spec.role?.value == .messageID } }
        plan.unsent = message.unsent
        plan.reportedTables = reportedTables
        plan.unsaid = callback.tables.unsaid(in: codes)
        plan.reportBatch = batchCounts
        let names = [callback.callback.spec.name.value, callback.callback.swiftName]
        let matches = { (value: JSONValue) in discriminator.map { value[member: $0.field] == .string($0.value) } ?? true }
        // A listed report's example is an element of the callback's list example.
        let listedExample = callback.listed ? builder.provider.examples(of: names).flatMap { $0.items ?? [] }.first(where: matches) : nil
        let template = listedExample ?? builder.template(
            for: shape, extraNames: names, code: codes[callback.statusTable.id],
            matching: discriminator.map { discriminator in { $0[member: discriminator.field] == .string(discriminator.value) } })
        var payload = builder.build(shape, template: template, plan: plan)
        if let state = codes[callback.statusTable.id]?.deliveryState {
            payload = Self.receiptsSaying(state, text: builder.sentText(in: plan.scope), in: payload)
        }
        if let discriminator, var members = payload.members {
            members[discriminator.field] = .string(discriminator.value)
            payload = .object(members)
        }
        // A field named as a path field of the send says the send's value (our rule): a user's 8x8 receipt named the
        // example's `subAccountId`, `AmazingDeveloper_hq`, for a message sent under `subaccounts/riders_hq/messages`.
        if !pathValues.isEmpty { payload = Self.saying(pathValues, in: payload) }
        if callback.listed { payload = .array([payload]) }
        return sender.request(payload, to: url)
    }

    /// `payload` with each text field, at any depth, named as a key of `values` saying its value.
    static func saying(_ values: [String: String], in payload: JSONValue) -> JSONValue {
        switch payload {
        case .object(var members):
            for (name, value) in members {
                switch value {
                case .string: if let given = values[name] { members[name] = .string(given) }
                case .object, .array: members[name] = saying(values, in: value)
                default: break
                }
            }
            return .object(members)
        case .array(let items): return .array(items.map { saying(values, in: $0) })
        default: return payload
        }
    }

    /// `payload` with each text at its top that is an SMPP delivery receipt (`id:… sub:001 dlvrd:001 … stat:DELIVRD
    /// err:000 text:Hello`, an SMSC's reply a gateway passes on, Kannel's `%A`) saying the report's message: its `stat:`
    /// the state's SMPP word, `dlvrd:`, `err:000` delivered or pending (a failure's left out), its `submit date:` and
    /// `done date:` now (`yyMMddHHmm`, UTC), and `text:` the first 20 characters sent (our rule). A user's Kannel failed
    /// report (`status=2`) said `stat:DELIVRD` in its `answer`, the example's, as every report did, then the example's
    /// `err:000` and dates of 2024.
    static func receiptsSaying(_ state: DeliveryState, text: String?, at date: Date = Date(), in payload: JSONValue) -> JSONValue {
        guard var members = payload.members else { return payload }
        let word: String = switch state {
        case .accepted: "ACCEPTD"
        case .sent: "ENROUTE"
        case .delivered: "DELIVRD"
        case .undelivered: "UNDELIV"
        case .rejected: "REJECTD"
        case .expired: "EXPIRED"
        case .cancelled: "DELETED"
        case .unknown: "UNKNOWN"
        }
        for (name, value) in members {
            guard case .string(let receipt) = value, receipt.contains("stat:"), receipt.contains("err:") else { continue }
            var parts = receipt.components(separatedBy: " ")
            var sawText = false
            var kept: [String] = []
            for part in parts {
                if sawText { continue }
                if part.hasPrefix("stat:") { kept.append("stat:" + word) }
                else if part.hasPrefix("dlvrd:") { kept.append("dlvrd:" + (state == .delivered ? "001" : "000")) }
                else if part.hasPrefix("err:") {
                    // No error of a message delivered or on its way; a failure's is no code the sandbox knows (the
                    // example's `err:000` said none): left out.
                    if [.delivered, .accepted, .sent].contains(state) { kept.append("err:000") }
                } else if part.hasPrefix("date:"), part.count == 15, part.dropFirst(5).allSatisfy({ $0.isASCII && $0.isNumber }) {
                    kept.append("date:" + Self.receiptDate(at: date))
                }
                else if part.hasPrefix("text:"), let text {
                    kept.append("text:" + String(text.prefix(20)))
                    sawText = true
                } else { kept.append(part) }
            }
            parts = kept
            members[name] = .string(parts.joined(separator: " "))
        }
        return .object(members)
    }

    /// `date` as an SMPP receipt writes its dates: `yyMMddHHmm`, UTC.
    static func receiptDate(at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return [parts.year.map { $0 % 100 }, parts.month, parts.day, parts.hour, parts.minute]
            .map { String(format: "%02d", $0 ?? 0) }.joined()
    }

    /// How the report goes on the wire.
    var sender: CallbackRequest {
        CallbackRequest(callback: callback.callback, provider: builder.provider, signingSecret: signingSecret, deadline: deadline)
    }

    /// The report, for the log: the callback, the recipient and the outcome, and what was reported instead of a
    /// `failed:CODE` this provider's tables list as no failure (another emulated provider's code): the log said
    /// `failed:REJECTED` where the report carried the first final failure.
    var summary: String {
        "\(callback.callback.spec.name.value) for \(DisplayText.escapedExcerpt(message.recipient)) (\(outcome)\(substitution.map { "; \($0)" } ?? ""))"
    }

    private var substitution: String? {
        guard case .failed(let code?) = outcome.kind, callback.tables.failure(code) == nil else { return nil }
        let status = callback.tables.statusTable
        let reported = callback.tables.codes(for: outcome)?[status.id].map { " \(status.id) \($0.codeAsSent) reported" } ?? ""
        return "\(builder.provider.id) lists no failure \(DisplayText.escapedExcerpt(code)):\(reported.isEmpty ? " nothing reported" : " its first final failure,\(reported)")"
    }

    /// Several reports on one log line: the first one's summary and how many more; nil for none.
    static func summary(of reports: [PendingDelivery]) -> String? {
        reports.first.map { $0.summary + (reports.count > 1 ? " and \(reports.count - 1) more" : "") }
    }

    /// The callback URL as the log shows it (`CallbackRequest.loggedURL`).
    var loggedURL: String { CallbackRequest.loggedURL(url ?? "") }

    /// Waits the outcome's delay, sends the report and says what happened, for the log; a report of an earlier
    /// state (`earlierState`) is posted first, at once, and `logging` told what became of it.
    func deliver(logging: @Sendable (String) -> Void = { _ in }) async -> String {
        let what = summary
        guard outcome.kind != .never else { return "no callback: \(what)" }
        guard url != nil else { return "no callback URL for \(what): pass --callback-url or a callback field" }
        guard let final = request() else { return "callback \(what): the URL \(loggedURL) is not valid" }
        if let refusal = CallbackRequest.refusal(of: final, loggedURL: loggedURL) { return "no callback: \(what): \(refusal)" }
        if let state = earlierState, let earlier = request(saying: state) {
            let said = "\(callback.callback.spec.name.value) for \(DisplayText.escapedExcerpt(message.recipient)) (\(callback.statusTable.id) \(state.codeAsSent), before \(outcome))"
            logging(await sender.post(earlier, what: said, loggedURL: loggedURL).line)
        }
        // As a `Duration`: in nanoseconds, a delay over 2^64 ns (about 585 years, `delayed:18446744073710`) trapped.
        if outcome.delayMilliseconds > 0 {
            do { try await Task.sleep(for: .milliseconds(outcome.delayMilliseconds)) } catch { return "no callback: \(what) (cancelled)" }
        }
        return await sender.post(final, what: what, loggedURL: loggedURL).line
    }
}

extension SandboxProvider {
    /// What the log says at start of a report's second delivery-status table that cannot say a failed delivery (no
    /// entry agrees with the first final failure of the status: `DeliveryTables.sameState`): a user's Mobivate numeric
    /// `statusCode` lists 1 DELIVERED and 2 ACCEPTED only. An optional field of it is left out of a failed report; a
    /// required one says its example's code, which the note names as contradicting the status.
    var unsaidStatesNote: String? {
        guard let callback = DeliveryCallback(provider: self), let codes = callback.tables.codes(for: DeliveryOutcome(.failed(code: nil))) else { return nil }
        let unsaid = callback.tables.unsaid(in: codes).sorted()
        guard !unsaid.isEmpty else { return nil }
        let status = codes[callback.statusTable.id].map { "\(callback.statusTable.id) \($0.codeAndName)" } ?? callback.statusTable.id
        let fields = callback.shape.fields.compactMap { field -> String? in
            guard case .table(let reference) = field.type, unsaid.contains(reference.swiftName) else { return nil }
            return "\(field.spec.wireName.value) (\(field.spec.required ? "required: it says its example's code" : "optional: it is left out"))"
        }
        return "\(id): a failed delivery's report (\(callback.callback.spec.name.value)) says \(status), and \(unsaid.joined(separator: ", ")) "
            + "lists no failure agreeing with it" + (fields.isEmpty ? "" : ": " + fields.joined(separator: ", "))
    }
}
