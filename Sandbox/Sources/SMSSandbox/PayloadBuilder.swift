import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// What a payload built from a shape reports, and where its values come from.
struct PayloadPlan {
    /// When the message a look-up names was created (its send answered): its creation times say it.
    var createdAt: Date?
    /// The code written into each table's field, by table id; tables not named get their success entry.
    var codes: [String: StatusEntry] = [:]
    /// Failure codes of single request items, by index, for the list `itemList` of the request.
    var itemCodes: [Int: StatusEntry] = [:]
    var itemList: String?
    /// Why each of those items was refused, and the field refused (`messages[1].to`): its result's words say it.
    var itemReasons: [Int: (field: String, reason: String)] = [:]
    /// A failure answer: optional fields that do not lead to a code are left out, and optional ids with them.
    var isFailure = false
    /// The request (or request item) whose same-named scalar fields are echoed.
    var scope: JSONValue = .object([:])
    /// For an answer: where in the request the object being built is (`RequestPlace`), whose same-named fields it
    /// echoes; nil echoes from `scope` (a callback's fields; a result per recipient's, built for its recipient).
    var placed: RequestPlace?
    /// Where the object being built echoes request values from: `placed`'s, else `scope`.
    var echoScope: JSONValue { placed?.value ?? scope }
    /// Ids to reuse (a callback quotes its send's ids), by wire name; other ids are fresh.
    var ids: [String: JSONValue] = [:]
    /// The shape each of `ids` was given in, for the shapes the callback holds too: only that shape's fields quote
    /// it (Telnyx's message id is its webhook's `payload.id`, not the event's own `id`).
    var idOwners: [String: String] = [:]
    /// For a report: whether a shape it holds declares its message's id (`role: messageID`), so no other id of it
    /// is taken for the message's (`reportsOwnID`).
    var declaresMessageID = false
    /// The recipient a callback reports.
    var recipient: String?
    /// For a report: the tables whose codes it carries even in an optional field its example leaves out (the delivery
    /// status, a DLR error code the outcome names: `DeliveryCallback.carriedTables`). An optional field the example
    /// leaves out that would hold only other codes stays out: every table a report reaches was given a code, and
    /// Telegram Gateway's reports said `verification_status` `code_valid`, a code no one entered. nil elsewhere.
    var reportedTables: Set<String>?
    /// The id of the resource a look-up's path ends with (Sinch's `/batches/{batch_id}`): the answer's `id` is it.
    var lookedUp: (parameter: String, value: JSONValue)?
    /// Whether the look-up's answer declares its message's id (`role: messageID`, at any depth): only a field so
    /// declared carries `lookedUp`'s id, where a user's Bird look-up wrote it into its contact's `id` too.
    var lookedUpDeclared = false
    /// The ids a look-up's request lists (SMS.ru's `sms_id=a,b`), and the request field listing them: an answer's map
    /// keyed by id, or list of entries each quoting an id, has an entry for each.
    var lookedUpIDs: (parameter: String, values: [String])?
    /// The messages a look-up's batch id was answered for (`SentMessages.batch`), each with its id, recipient and
    /// the codes its outcome says: a list of messages has one entry each.
    var batch: [(id: String, recipient: String, codes: [String: StatusEntry])]?
    /// For a report of a whole send (`DeliveryCallback.perSend`): how many of its messages were delivered and how many
    /// failed, which its counts say (`outcomeCount`). nil for a report of one message.
    var reportBatch: (delivered: Int, failed: Int)?
    /// Whose operation's wording to use for codes ("Valid" rather than "Success" for Fortytwo's validateCode).
    var operation: String = ""
    /// The shapes being built around this one: a shape met again inside itself with no example to follow is not
    /// built again (a spec's `Node` with a required `children: [Node]` was built without end, a stack overflow).
    var enclosing: Set<String> = []
    /// For a report: its delivery-status tables beside the status that cannot say the outcome
    /// (`DeliveryTables.unsaid`): an optional field of one is left out, where its example's code contradicted the
    /// status.
    var unsaid: Set<String> = []
    /// The HTTP status of a refusal: an integer field named `status` beside its code says it (our inference).
    var httpStatus: Int?
    /// The HTTP status of a success: a table's success naming it (`httpStatus`) is its code, where Taqnyat's 201 said
    /// `"statusCode": 200`, the table's first success (our inference).
    var successStatus: Int?
    /// The fields the request declares and left out, by plain name (`PayloadBuilder.plain`): an optional field of
    /// the answer named so is left out too, where the example's value (Vonage's `client-ref`
    /// "my-personal-reference") or a fresh id (Twilio's `messaging_service_sid`) reported what was never sent.
    var unsent: Set<String> = []
    /// The request's path parameters, by wire name, but a bare `id` (`bareIdentifiers`): the same-named field of an
    /// object the request has no place for echoes it, where a user's Telerivet send_multi answered each message a
    /// fresh `project_id` under `/projects/PJ2ad4/`.
    var pathValues: [String: JSONValue] = [:]
    /// Why a request is refused, for a refusal no code explains: the text the example words its error in says it
    /// (Plivo's `error` "dst parameter is missing" answered an invalid `dst`, and bad credentials, alike).
    var reason: String?
    /// Whether the refusal's code says why it refuses: a generic refusal whose tables have no code for the problem
    /// says `reason` in its words instead (Twilio's `Attempt` that is no integer: its first invalid-request code, 21602,
    /// said "Message body is required" of a send with a body).
    var codeSaysWhy = true
    /// What is wrong with a request the sandbox refuses with no code predicted for it (`InvalidRequest`): an example's
    /// words of the refusal's code that say another problem say `reason` instead.
    var problem: InvalidRequest?
    /// The request field a refusal is about (`messages[0].recipients[1]`): a field of the answer saying where the
    /// problem is says it, where D7's FastAPI `loc` said the example's `recipients`; nil for a refusal that concerns no
    /// field (bad credentials, a request that does not decode), whose such field names none.
    var refusedField: String?
    /// For a refusal of a request field naming recipients: the number it gives, which words quoting a number quote.
    var refusedRecipient: String?
    /// For a refusal of a request that was read: the recipients it names (none where it names none), which a list of
    /// per-recipient results in the refusal names, one entry each (`refusalEntries`); nil where the request was not read.
    var refusalRecipients: [String]?
    /// What of a request that cannot be read was not (`body`, `query`, a path parameter's name): a map of errors by
    /// field names it (our inference), where it was empty, as for a refusal that concerns no field.
    var unreadPart: String?
    /// The wire names of the request's fields, at any depth: an answer's field whose example names them (Mailjet's
    /// `ErrorRelatedTo: ["To"]`) says where a refusal's problem is.
    var requestFields: Set<String> = []
}

/// Where in the request an answer's object is: a field echoes the request's field at its own place — at the top the
/// request's top, in the answer's `sms` the request's `sms` object, in an element of a list the same item of the
/// request's same-named list —, where Sinch Verification's `_links[0].method` said the request's top-level `method`
/// ("sms"), not the link's "GET". An object or list the request has no place for (an envelope: Exotel's
/// `SMSMessage`, Infobip's look-up `results`) is of the place around it (`borrowed`), and echoes there only a field
/// of the same kind, a text or number as a text or number, an enum or object as the same one: Sinch's link
/// `method`, a text, is not the request's `method`, a `Method` (our inference).
struct RequestPlace {
    /// The request's object there.
    var value: JSONValue
    /// Its shape, where known.
    var shape: ShapeModel?
    /// Whether the request has no object at the answer's place: `value` is the one around it.
    var borrowed = false
}

/// Builds wire payloads (answers and callbacks) from a shape of the spec, starting from the spec's example of the
/// shape where there is one: codes go in the fields typed by their table, ids are fresh, request values are echoed.
struct PayloadBuilder: Sendable {
    let provider: SandboxProvider
    let ids: IdentifierSource
    /// Where the secret values answered (a login's token) are kept, to be accepted as credentials afterwards; nil
    /// keeps none.
    var issued: IssuedSecrets? = nil
    /// Where the recipient of each message id answered is kept, for a look-up of it; nil keeps none.
    var sent: SentMessages? = nil

    /// The spec's examples of `shape`, the one reporting `code` (or, for success, a success) first, then one reporting a
    /// failure of `code`'s category, then for a failure one reporting only failures: a refusal of the whole request
    /// was written from a send refused in part (Clickatell's invalid one-recipient send: three lines `ERR: 101, `).
    func template(for shape: ShapeModel, extraNames: [String] = [], code: StatusEntry?, matching: ((JSONValue) -> Bool)? = nil) -> JSONValue? {
        let candidates = provider.examples(of: [shape.spec.name.value, shape.swiftName] + extraNames).filter { matching?($0) ?? true }
        func reported(_ example: JSONValue) -> [StatusEntry] { codes(in: example, shape: shape) }
        if let code, let exact = candidates.first(where: { reported($0).contains(code) }) { return exact }
        // A refusal of the same kind (bad credentials), not another refusal among accepted parts.
        if let code, code.outcome == .failure, code.category != .unknown,
            let alike = candidates.first(where: { reported($0).contains { $0.outcome == .failure && $0.category == code.category } })
        {
            return alike
        }
        let wantsFailure = code.map { $0.outcome == .failure } ?? false
        if wantsFailure, let refusal = candidates.first(where: { refusesAll($0, shape: shape) }) { return refusal }
        return candidates.first { example in reported(example).contains { ($0.outcome == .failure) == wantsFailure } }
            ?? candidates.first { reported($0).isEmpty } ?? candidates.first
    }

    /// Whether `example` refuses the whole request: it reports failures only, and for a list shape each element
    /// reports one (a line without a code, Clickatell's `ID: …`, is a message sent).
    private func refusesAll(_ example: JSONValue, shape: ShapeModel) -> Bool {
        func refuses(_ codes: [StatusEntry]) -> Bool { !codes.isEmpty && codes.allSatisfy { $0.outcome == .failure } }
        guard let element = shape.listElement else { return refuses(codes(in: example, shape: shape)) }
        let items = example.items ?? []
        return !items.isEmpty && items.allSatisfy { item in
            var found: [StatusEntry] = []
            collectCodes(item, type: element, into: &found)
            return refuses(found)
        }
    }

    /// The codes an example reports, in its table-typed fields at any depth (in each element of a list shape's).
    func codes(in value: JSONValue, shape: ShapeModel) -> [StatusEntry] {
        var found: [StatusEntry] = []
        if let element = shape.listElement {
            collectCodes(value, type: .array(element), into: &found)
            return found
        }
        for field in shape.fields {
            guard let member = value[member: field.spec.wireName.value] else { continue }
            collectCodes(member, type: field.type, into: &found)
        }
        return found
    }

    private func collectCodes(_ value: JSONValue, type: ResolvedType, into found: inout [StatusEntry], depth: Int = 0) {
        switch type {
        case .table(let nameReference):
            let name = nameReference.swiftName
            if let entry = provider.table(name)?.entry(of: value) { found.append(entry) }
        case .shape(let nameReference):
            let name = nameReference.swiftName
            if let shape = provider.shape(name) { found += codes(in: value, shape: shape) }
        case .array(let element):
            for item in value.items ?? [] { collectCodes(item, type: element, into: &found) }
        case .union(let reference):
            // In the first variant the value says a code in (a user's D7 `detail`, an `error` object carrying ErrorCode or
            // a list of validation errors): its refusal was built from the first example, another code's (the 404
            // MESSAGE_LOG_NOT_EXISTS said the 401's ACCESS_TOKEN_SIGNATURE_VERIFICATION_FAILED).
            guard depth < 8, let union = provider.union(reference) else { break }
            for variant in union.variants {
                var held: [StatusEntry] = []
                collectCodes(value, type: variant.type, into: &held, depth: depth + 1)
                if !held.isEmpty {
                    found += held
                    break
                }
            }
        default:
            break
        }
    }

    /// Whether the shape named `name` holds a field of `table` at any depth (in its element, for a list shape:
    /// Bandwidth's callback, a list of events, reported nothing).
    func reaches(shapeNamed name: String, table: String) -> Bool {
        guard let shape = provider.shape(name) else { return false }
        if let element = shape.listElement { return reaches(element, table: table, visited: [name]) }
        return shape.fields.contains { reaches($0.type, table: table, visited: [name]) }
    }

    /// Whether `type` holds a field of `table` at any depth.
    func reaches(_ type: ResolvedType, table: String, visited: Set<String> = []) -> Bool {
        switch type {
        case .table(let reference): return reference.swiftName == table
        case .array(let element), .map(let element): return reaches(element, table: table, visited: visited)
        case .shape(let nameReference):
            let name = nameReference.swiftName
            guard !visited.contains(name), let shape = provider.shape(name) else { return false }
            return shape.fields.contains { reaches($0.type, table: table, visited: visited.union([name])) }
        case .union(let nameReference):
            // Through a union's variants: a user's Arkesel look-up answers `data: {ReportEntry}`, a report or an error
            // entry, and its delivery status was not found (the look-up said DELIVERED under `--outcome failed`).
            let name = "union " + nameReference.swiftName
            guard !visited.contains(name), let union = provider.union(nameReference) else { return false }
            return union.variants.contains { reaches($0.type, table: table, visited: visited.union([name])) }
        default: return false
        }
    }

    /// Whether `example` (the members a payload of `shape` is built from) says a failure in a table `plan` gives a
    /// code of that says none: the example of a failed report, built into a delivered one.
    private func saysFailure(_ example: [String: JSONValue], of shape: ShapeModel, unlike plan: PayloadPlan) -> Bool {
        guard !plan.isFailure, !plan.codes.values.contains(where: { $0.outcome == .failure }) else { return false }
        // A code the plan gives, or the table's success (`verdict`), is written over the example's failure: Yunpian's
        // pulled record said `report_status: SUCCESS` beside its failed example's `error_msg: YP:54` (wrong number).
        return shape.fields.contains { field in
            guard case .table(let reference) = field.type, let table = provider.table(reference.swiftName),
                plan.codes[table.id] != nil || table.successEntry != nil, let value = example[field.spec.wireName.value]
            else { return false }
            return table.entry(of: value)?.outcome == .failure
        }
    }

    /// Whether `example`, an integer, is the HTTP status of a code the object's example reports beside it: the field
    /// repeats the status answered (a user's Cellcast `meta.code`, 401 beside AUTH_FAILED, said 401 under a 400 for
    /// FIELD_EMPTY).
    private func repeatsStatus(_ example: JSONValue?, beside base: [String: JSONValue], of shape: ShapeModel) -> Bool {
        guard case .number(let number)? = example, let value = Int(number.text), (100...599).contains(value) else { return false }
        return shape.fields.contains { field in
            guard case .table(let reference) = field.type, let code = base[field.spec.wireName.value] else { return false }
            return provider.table(reference.swiftName)?.entry(of: code)?.httpStatuses.contains(value) == true
        }
    }

    /// Whether `field` holds what only a failure has, and no code `plan` gives: it is named for one (`failurereason`,
    /// `error_text`), holds codes of a table listing failures alone (The SMS Works' `failurereason.code`), says what
    /// the failure's code beside it is (`describesCode`: a user's flat `reason: "Unknown subscriber"`, `permanent:
    /// true` of an UNDELIVERABLE example were said by a DELIVERED report), or is an object of such fields alone.
    private func carriesFailureOnly(_ field: FieldModel, plan: PayloadPlan, visited: Set<String> = []) -> Bool {
        guard !plan.codes.keys.contains(where: { reaches(field.type, table: $0) }) else { return false }
        let name = Self.plain(field.spec.wireName.value)
        if name.contains("fail") || name.contains("error") || describesCode(field) { return true }
        if provider.tables.contains(where: { table in
            !table.entries.isEmpty && table.entries.allSatisfy { $0.outcome == .failure } && reaches(field.type, table: table.id)
        }) {
            return true
        }
        guard case .shape(let reference) = field.type, !visited.contains(reference.swiftName), let shape = provider.shape(reference.swiftName),
            !shape.fields.isEmpty
        else { return false }
        return shape.fields.allSatisfy { carriesFailureOnly($0, plan: plan, visited: visited.union([reference.swiftName])) }
    }

    /// Whether `request` (or an object in it) gives a schedule: a field named for one (`schedule`, `scheduled_at`) with
    /// a value that is not empty.
    static func schedules(_ request: JSONValue, depth: Int = 0) -> Bool {
        guard depth < 4, let members = request.members else { return false }
        return members.contains { name, value in
            if plain(name).contains("schedul"), value != .null, value != .string("") { return true }
            return schedules(value, depth: depth + 1) || (value.items ?? []).prefix(8).contains { schedules($0, depth: depth + 1) }
        }
    }

    /// Whether `text` says success and nothing else (`ok`, `OK`, `success`, `delivered`).
    static func saysSuccessAlone(_ text: String) -> Bool {
        let words = SandboxProvider.words(text)
        return !words.isEmpty && words.allSatisfy(["ok", "okay", "success", "successful", "succeeded", "delivered"].contains)
    }

    /// Whether `plan` reports a failure (a refusal, or a code of a failure).
    private func failureReported(_ plan: PayloadPlan) -> Bool {
        plan.isFailure || plan.codes.values.contains { $0.outcome == .failure }
    }

    /// Whether `field` is a text or enum saying why or how a code came about, declaring no role (`detail`, `reason`,
    /// `cause`, `explanation`; not an envelope's words, `message` or `description`, which say the code written).
    private func explainsOutcome(_ field: FieldModel) -> Bool {
        guard field.spec.role == nil, !provider.isRecipient(field), !isIdentifier(field) else { return false }
        switch field.type {
        case .string, .enumeration: break
        default: return false
        }
        let name = Self.plain(field.spec.wireName.value)
        return ["reason", "detail", "details", "cause", "explanation"].contains { name.hasSuffix($0) }
    }

    private func isText(_ field: FieldModel) -> Bool { field.type == .string }

    /// Whether `example`, an object of `shape`, holds a code, and each code it holds is no failure.
    private func saysNoFailure(_ example: [String: JSONValue], of shape: ShapeModel) -> Bool {
        let entries = shape.fields.compactMap { field -> StatusEntry? in
            guard case .table(let reference) = field.type, let value = example[field.spec.wireName.value] else { return nil }
            return provider.table(reference.swiftName)?.entry(of: value)
        }
        return !entries.isEmpty && entries.allSatisfy { $0.outcome != .failure }
    }

    /// Whether `field` says what a code beside it is, declaring no role: a text of words why (`reason`, `details`,
    /// `description`, `cause`, or whose summary says why) or a flag (`permanent`) — the words of the example's code,
    /// no other's (our inference).
    func describesCode(_ field: FieldModel) -> Bool {
        guard field.spec.role == nil, !provider.isRecipient(field), !isIdentifier(field) else { return false }
        if field.type == .bool { return true }
        guard field.type == .string else { return false }
        let name = Self.plain(field.spec.wireName.value)
        return ["reason", "detail", "details", "description", "cause", "explanation"].contains { name.hasSuffix($0) } || Self.namesStatusText(name)
            || !Set(SandboxProvider.words(field.spec.summary ?? "")).isDisjoint(with: ["why", "reason", "reasons", "explanation"])
    }

    /// The one instant a payload's times are written at (`now`): a user's AWS event said `messageRequestTimestamp`
    /// a few milliseconds after its `eventTimestamp`, each time taken as its field was written, a request after the
    /// event it reports (our rule).
    @TaskLocal static var instant: Date?

    /// The payload of `shape` for `plan`, starting from `template`.
    func build(_ shape: ShapeModel, template: JSONValue?, plan: PayloadPlan) -> JSONValue {
        if Self.instant == nil { return Self.$instant.withValue(Date()) { build(shape, template: template, plan: plan) } }
        var plan = plan
        plan.enclosing.insert(shape.swiftName)
        if let element = shape.listElement { return listShapePayload(element, template: template, plan: plan) }
        let base = template?.members ?? [:]
        var out: [String: JSONValue] = [:]
        var rewordings: [(old: StatusEntry, new: StatusEntry)] = []
        var codeFields: Set<String> = []
        // The code written into each field of a table, by the field's name.
        var codeByField: [String: StatusEntry] = [:]
        // The codes written, in field order.
        var written: [StatusEntry] = []
        // A refusal's code the example (of another code, or none) does not report: its words are not the example's.
        // Only one the plan gives, the code saying why: a table's code filled in beside it (a success flag's `false`,
        // "refused; code and message say why") said its own words where its field came after the code's.
        var unreported: StatusEntry?
        let failureTables = Set(plan.codes.keys).union(plan.itemCodes.values.map(\.table))
        let failureExample = saysFailure(base, of: shape, unlike: plan)
        // A refusal whose envelope carries the code lists no results beside it (Clickatell's 401).
        let refusedHere = plan.isFailure && shape.fields.contains { field in
            if case .table(let table) = field.type { plan.codes[table.swiftName] != nil } else { false }
        }
        // A refusal of the whole request built from an example of one (every code it reports a failure; none where its
        // credential code was taken out, `refusalTemplate`) holds what that example holds (our rule): a list it leaves
        // out, where a field that is no list carries the refusal's code, and an optional code field it leaves out,
        // where the fields it gives carry every code. A user's Tencent refusal, whose example holds only `Error` and
        // `RequestId`, listed a `SendStatusSet` entry per number (201 of them, each with a fresh `SerialNo`), and a
        // user's Advanta refusal said `"responses": []` and its code under both spellings of the key.
        let refusalExample: (lists: Bool, codes: Bool) = {
            guard plan.isFailure, plan.recipient == nil, plan.itemCodes.isEmpty, plan.reportedTables == nil, let template,
                template.members != nil, codes(in: template, shape: shape).allSatisfy({ $0.outcome == .failure })
            else { return (false, false) }
            let carriers = shape.fields.filter { if case .array = $0.type { false } else { true } }
            let lists = failureTables.allSatisfy { table in carriers.contains { reaches($0.type, table: table) } }
            let given = shape.fields.filter { base[$0.spec.wireName.value] != nil }
            let codes = refusesAll(template, shape: shape) && failureTables.allSatisfy { table in given.contains { reaches($0.type, table: table) } }
            return (lists, codes)
        }()
        for field in shape.fields {
            let name = field.spec.wireName.value
            let example = base[name]
            let leadsToCode = failureTables.contains { reaches(field.type, table: $0) }
            if example == nil, !field.spec.required || field.defaultValue != nil {
                if case .array = field.type, refusalExample.lists { continue }
                if leadsToCode, refusalExample.codes { continue }
            }
            // A report follows its example: an optional field the example leaves out is written for a code only of a
            // table the report must carry (its delivery status).
            if let carried = plan.reportedTables, example == nil, template != nil, !field.spec.required, leadsToCode,
                !carried.contains(where: { reaches(field.type, table: $0) })
            {
                continue
            }
            // An optional text of words the example gives stays, to say the code: Clickatell legacy's refusal was
            // `ERR: 2, ` without its description.
            // The recipient a refusal of one recipient names stays (Gupshup's `error | 123 | 103 | …` of a bulk send).
            if plan.isFailure && !field.spec.required && !leadsToCode && !(example != nil && Self.wordsWhy(name, in: shape))
                && !(field.spec.role?.value == .reason && plan.reportedTables == nil && holdsText(field))
                && !(plan.reportedTables == nil && holdsReason(field))
                && !(example != nil && keepsCredentialExample(shape, base: base, plan: plan))
                && !(plan.recipient != nil && plan.reportedTables == nil && !plan.operation.isEmpty && provider.isRecipient(field))
                && !(plan.reportedTables == nil && saysVerdict(field))
            {
                // In a line of plain text the words saying why follow the code (`To: zzz Error 10: {description}`): left
                // out, the line ended `Error 10: ` (a user's Clockwork, Clickatell legacy's `ERR: 105, `); they say the
                // refusal's code.
                if example == nil, !shape.textForms.isEmpty, Self.wordsWhy(name, in: shape), field.type == .string,
                    let code = plan.codes.values.first(where: { $0.outcome == .failure })
                {
                    out[name] = .string(code.description(in: plan.operation))
                }
                continue
            }
            // An optional field of any JSON (`json`) in a send's answer whose example speaks of messages — a member,
            // at any depth, named as a recipient or an id — is left out: the sandbox cannot say this send's in it, and
            // the example's are messages never sent (our rule: a user's Onurix send answered its example's `data`,
            // `[{"id": "5f6b2a", "phone": "573150123456", "sms": "Hola", …}]`, for any number, beside a fresh `id`).
            if field.type == .json, !field.spec.required, !plan.isFailure, plan.reportedTables == nil, plan.recipient == nil,
                let example, Self.speaksOfMessages(example, recipientNames: provider.recipientNames),
                provider.model.operations.first(where: { $0.spec.id.value == plan.operation }).map(provider.sends) == true
            {
                continue
            }
            // A report names its recipient in the field declaring that role, though a send of another request left a
            // field of its name out: a user's Telerivet broadcast (`to_numbers`) reported no `to_number`.
            let namesRecipient = plan.recipient != nil && field.spec.role?.value == .recipient
            // One with a default (`default: []`) may be left out too, as its decoding reads none (a user's SimpleTexting
            // `mediaItems`).
            // Nor is a look-up's delivery status left out as a filter its request left out (a user's Exolve `GetList
            // {"message_id": …}` said no `delivery_status`, the name of an optional filter of its request; our rule).
            let saysState = plan.recipient != nil && { if case .table(let reference) = field.type { plan.codes[reference.swiftName]?.deliveryState != nil } else { false } }()
            if (!field.spec.required || field.defaultValue != nil) && plan.unsent.contains(Self.plain(name)) && !namesRecipient && !saysState
                && !holdsObjectsUnlikeRequests(field)
            {
                continue
            }
            // A failure's example built into a message that did not fail (a delivered report, a look-up) leaves out what
            // only a failure carries: The SMS Works' DELIVERED report said the example's `failurereason: {details:
            // "Unknown subscriber", permanent: true}`.
            if failureExample, !field.spec.required, example != nil, carriesFailureOnly(field, plan: plan) { continue }
            // Nor, of any example, one named for a failure (`failurereason`, `failure_reason`), where nothing failed:
            // a user's SMS Works example says DELIVERED beside `failurereason: {details: "Handset error"}`, and every
            // delivered report, inbound message and look-up said it (our rule).
            if !field.spec.required, example != nil, example != .null, !failureReported(plan), Self.plain(name).contains("fail"),
                carriesFailureOnly(field, plan: plan)
            {
                continue
            }
            // And a reason or detail an example that did not fail gives (a text or enum: `detail`, `reason`, `cause`)
            // is no failure's: a user's 8x8 undelivered report said the delivered example's `"detail":
            // "delivered_to_recipient"` (our rule).
            if !field.spec.required, failureReported(plan), !leadsToCode, explainsOutcome(field),
                example != nil ? saysNoFailure(base, of: shape) : template == nil && !isText(field)
            {
                continue
            }
            // Nor a status text its example words as a success alone (`ok`, `success`), where a failure is reported: a
            // user's LabsMobile failed report said its example's `status=ok` beside `acklevel=error` (our rule).
            if !field.spec.required, failureReported(plan), field.type == .string, field.spec.role == nil, Self.isStatus(name),
                let said = example.flatMap(FormEncoder.text(of:)), Self.saysSuccessAlone(said)
            {
                continue
            }
            // Nor under a shorter name: Voodoo's answer `reference` of a send without `external_reference` said the
            // example's "Testing VoodooSMS".
            if !field.spec.required, !isIdentifier(field), Self.plain(name).count >= 5,
                plan.unsent.contains(where: { $0.count > Self.plain(name).count && $0.hasSuffix(Self.plain(name)) })
            {
                continue
            }
            // A refusal lists no message ids, and a list it says nothing in (its default `[]`) is empty: Sveve's refused
            // send said the example's `ids: [42824113]`, a message never sent. A list saying where the problem is
            // (Mailjet's `ErrorRelatedTo`) is written below.
            if plan.isFailure, case .array = field.type, plan.scope[member: name]?.items == nil,
                isIdentifierList(field)
                    || field.defaultValue == .emptyList && !leadsToCode && !Self.isLocation(name)
                    && !Self.namesFields(Self.noLocation(like: example ?? .null, keepingRest: true), among: plan.requestFields)
            {
                out[name] = .array([])
                continue
            }
            // When a login's token expires is an hour from now: an example's, or a number drawn, may have passed already.
            if !plan.isFailure, let expiry = credentialExpiry(of: field) {
                out[name] = expiry
                continue
            }
            switch field.type {
            case .table(let tableNameReference):
                let tableName = tableNameReference.swiftName
                if plan.unsaid.contains(tableName), !field.spec.required { continue }
                // A success follows its example: an optional code it leaves out stays out, where the outcome does not
                // need it (smsmode's balance, example `123.45`, was answered `0 | `, the table's success in its
                // optional `code`, and the balance lost). A refusal's code, or a report's status, is written.
                if example == nil, template != nil, !field.spec.required, !plan.isFailure, plan.reportedTables == nil, plan.codes[tableName] == nil {
                    continue
                }
                let exampleEntry = example.flatMap { provider.table(tableName)?.entry(of: $0) }
                guard let table = provider.table(tableName),
                    let entry = plan.codes[tableName] ?? answeredStatus(of: table, in: field, plan: plan)
                        ?? reported(exampleEntry, of: table, plan: plan) ?? verdict(of: table, plan: plan, required: field.spec.required)
                else {
                    // An optional code with none to report is left out: the example's code (a failure) is no answer's.
                    if let example, field.spec.required || example == .null { out[name] = example }
                    continue
                }
                // A success code of another table beside a status that is none (an undelivered or queued message) is
                // left out, where optional and no plan names it: a user's tyntec failed report said the delivered
                // example's `errorCode: "000"`, "No error", and 8x8's queued send `errorCode: 0` (our rule).
                if !field.spec.required, plan.codes[tableName] == nil, entry.outcome == .success, !provider.isDeliveryStatusTable(tableName),
                    let status = siblingStatus(in: shape, plan: plan, written: codeByField), status.outcome != .success
                {
                    continue
                }
                out[name] = table.wireValue(entry)
                codeFields.insert(name)
                codeByField[name] = entry
                written.append(entry)
                if plan.isFailure, plan.codes[tableName] != nil, entry.outcome == .failure, exampleEntry != entry { unreported = entry }
                if let old = exampleEntry { rewordings.append((old, entry)) }
            case .enumeration(let enumNameReference):
                let enumName = enumNameReference.swiftName
                // The request's value, as a text field's is (Twilio Verify's `Channel=call` and `Status=canceled` were
                // answered the example's `sms` and `pending`), in the enum's wire type; any value, as every enum is
                // open. Not into a failure, whose case says it refused, nor a report's status, which says the outcome.
                if !plan.isFailure, !(Self.isStatus(name) && (plan.reportedTables != nil || plan.recipient != nil)),
                    echoes(field, at: plan.placed), let echoed = Self.echoed(name, in: plan.echoScope), let text = FormEncoder.text(of: echoed),
                    !text.isEmpty
                {
                    out[name] = provider.enumeration(enumName).map { Self.value(text, of: $0) } ?? .string(text)
                    continue
                }
                // An optional value the example leaves out is left out: 46elks' look-up said `"dryrun": "yes"`. But
                // for a refusal's status whose enum says a request succeeded or failed (`Self.verdictCase`): its
                // failure's case (our rule: a user's playSMS refusals `{"error": "104", "error_string": …}` left out
                // `"status": "ERR"`, which playSMS writes beside every error and a client may test).
                let refused = plan.isFailure && plan.codes.values.contains { $0.outcome == .failure }
                if refused, plan.reportedTables == nil, saysVerdict(field), let model = provider.enumeration(enumName),
                    let failed = Self.verdictCase(of: model, failure: true)
                {
                    out[name] = Self.value(failed.value, of: model)
                    continue
                }
                if example == nil && template != nil && !field.spec.required { continue }
                if let outbound = outboundValue(provider.enumeration(enumName), example: example, plan: plan) {
                    out[name] = outbound
                    continue
                }
                let value = enumValue(provider.enumeration(enumName), example: example, failure: plan.isFailure && plan.codes.values.contains { $0.outcome == .failure })
                // An optional value no example gives that names a delivery state other than its message's (8x8's
                // `detail: delivered_to_operator` beside `state: queued`) is left out (our rule).
                if !field.spec.required, example == nil, let said = value.flatMap(FormEncoder.text(of:)),
                    let state = siblingStatus(in: shape, plan: plan, written: codeByField)?.deliveryState,
                    let named = Self.namedState(said), named != state
                {
                    continue
                }
                out[name] = value
            case .string, .secret, .int, .int64:
                let isText = field.type == .string || field.type == .secret
                let quotes = plan.idOwners[name].map { $0 == shape.swiftName } ?? true
                // A recipient-named field the spec calls the sender (Vonage's receipt `to`, "The sender id the
                // message was sent from"; or declares `role: sender`, or a request's field of its name does) is the
                // request's sender: it was the recipient.
                let saysSender = provider.plays(field, .sender) { _ in field.spec.summary?.lowercased().contains("sender") == true }
                if saysSender, isText, let sender = sender(in: plan.scope) {
                    out[name] = .string(sender)
                } else if !saysSender, provider.isRecipient(field), let recipient = plan.recipient {
                    // A number where the field is one: MessageBird's `recipient` 31612345678.
                    // So is one of a lenient text its example writes as a number (our rule: a user's SendPulse
                    // `phone`, `lenient: true`, its example 380931111111, was answered "380931111111", which
                    // SendPulse's own SDK, reading a number, would refuse).
                    let numberLike = { if case .number? = example { field.spec.lenient } else { false } }()
                    out[name] = isText && !numberLike ? .string(recipient)
                        : Int64(recipient).map { .number(JSONNumber(integerLiteral: $0)) } ?? .string(recipient)
                } else if !saysSender, isText, plan.recipient == nil, plan.reportedTables == nil, !plan.isFailure, !plan.operation.isEmpty,
                    field.spec.role?.value == .recipient || provider.isRecipient(field) && example != nil,
                    let only = onlyRecipient(in: plan.scope)
                {
                    // The one number a send went to, however deep the request names it: a user's Solapi answer `to`
                    // said the example's number for a send of `message: {to: …}`, declared `role: recipient` too.
                    out[name] = .string(only)
                } else if !isText, let status = plan.httpStatus, name.lowercased() == "status" || repeatsStatus(example, beside: base, of: shape) {
                    out[name] = .number(JSONNumber(integerLiteral: Int64(status)))
                } else if !isText, example == nil, !plan.isFailure, plan.reportedTables == nil, let status = plan.successStatus,
                    examplesRepeatStatus(name)
                {
                    // An integer the provider's examples give as their answer's HTTP status (an envelope's `status`) is
                    // the status answered where no example gives it: a user's TotalVoice report list said `status: 0`,
                    // its other answers 200 (our rule).
                    out[name] = .number(JSONNumber(integerLiteral: Int64(status)))
                } else if let own = reportsOwnID(field, example: example, plan: plan, shape: shape, base: base) {
                    out[name] = own
                } else if quotes, let reused = plan.ids[name] ?? plan.ids.first(where: { Self.plain($0.key) == Self.plain(name) })?.value,
                    !(plan.lookedUpDeclared && field.spec.role?.value != .messageID
                        && plan.lookedUp.flatMap({ FormEncoder.text(of: $0.value) }) == FormEncoder.text(of: reused))
                {
                    // Under the answer's name for it: a Twilio look-up's `messaging_service_sid` is the service id
                    // its send gave as `MessagingServiceSid`. Not the id looked up, where the answer declares the
                    // message's: Bird's contact `id` beside the message's `id` said the message's.
                    out[name] = ownID(reused, quoting: name, plan: plan)
                } else if let counted = outcomeCount(field, example: example, plan: plan) {
                    out[name] = .number(JSONNumber(integerLiteral: Int64(counted)))
                } else if let segments = segmentCount(in: field, plan: plan) {
                    out[name] = .number(JSONNumber(integerLiteral: Int64(segments)))
                } else if let counted = textCount(in: field, example: example, plan: plan) {
                    out[name] = counted
                } else if let count = count(in: field, plan: plan) {
                    // A count of the request's messages: Beem's `valid` was a random number, SMSPortal's `Messages` the
                    // example's 1 for two messages.
                    out[name] = .number(JSONNumber(integerLiteral: Int64(count)))
                } else if isText, Self.isMessage(field), plan.reportedTables == nil, !plan.operation.isEmpty,
                    shape.fields.contains(where: { field in
                        guard case .table(let reference) = field.type else { return false }
                        return !provider.model.tables.contains { $0.swiftName == reference.swiftName && $0.spec.isDeliveryStatus }
                    }),
                    // An optional one a success's example leaves out stays out (docs/sandbox.md), nor echoes the
                    // request (a user's SMS Partner `message` said its request example's text, then the text sent):
                    // only a shape no example writes takes the provider's other words.
                    let words = example ?? (plan.isFailure ? nil : !field.spec.required && template != nil ? .null : statusText(name).map(JSONValue.string))
                {
                    if words == .null, example == nil { continue }
                    // Words beside the answer's own code, no message's delivery status (an envelope's `Message` beside its
                    // `StatusCode`; a result's `message` beside its `status: Queued` is the text sent), say the code as an
                    // example words it (of a success, the provider's other successes' where the shape has none), never
                    // echo the request: a user's Ghasedak sends answered the SMS's text `message` as their status text.
                    out[name] = words
                } else if field.type == .string, !plan.isFailure, plan.reportedTables == nil, plan.recipient == nil, !plan.operation.isEmpty,
                    holdsID(field), !shape.fields.contains(where: isIdentifier), case .string(let text)? = example,
                    let number = Self.leadingNumber(text)
                {
                    // The message's id held in a text of several values (`textHeldID`): a fresh one, which its reports
                    // quote, where every send answered the example's.
                    out[name] = .string(ids.text(like: number) + text.dropFirst(number.count))
                } else if let (echoed, text) = echo(of: field, example: example, template: template, plan: plan) {
                    // In the field's type: a query's `page=2` is the number 2 in an `int` field.
                    out[name] = isText ? .string(text) : Int64(text).map { .number(JSONNumber(integerLiteral: $0)) } ?? echoed
                } else if isText, field.type == .string, !plan.isFailure, plan.reportedTables == nil, !plan.operation.isEmpty, echoes(field, at: plan.placed),
                    let echoed = roleEcho(field, in: plan.echoScope, isWords: isWords(field, example: example))
                {
                    // The request's sender or text, under the answer's other name for it: Voodoo's `originator` and
                    // `body` answered the example's "VoodooSMS" and "Testing The API" for a send `from` MyShop of `msg` Hi.
                    out[name] = .string(echoed)
                } else if let sent = reportedText(field, example: example, plan: plan) {
                    out[name] = .string(sent)
                } else if isText, field.type == .secret || field.spec.secret || example == .string(Secret.redacted) {
                    // A secret (a login's token) is a fresh value written as the spec's example writes it: the
                    // model's examples are redacted, and `<redacted>` was answered as the token. A refusal gives none.
                    // Nor does an inbound message's optional credential its example leaves empty: the sandbox knows
                    // none the provider would send (a user's ViaNett MO said random `username` and `password`).
                    if plan.isFailure {
                        if field.spec.required { out[name] = .string("") }
                    } else if plan.operation.isEmpty, plan.reportedTables == nil, !field.spec.required, example == .string("") {
                        out[name] = .string("")
                    } else if example != nil || field.spec.required || template == nil {
                        let fresh = (secretForm(of: name, in: shape) ?? SecretForm(of: "")).fresh(from: ids)
                        out[name] = .string(fresh)
                        if plan.reportedTables == nil, plan.recipient == nil, !plan.operation.isEmpty { issued?.add(fresh, provider: provider.id) }
                    }
                } else if isText, example == nil, field.spec.role == nil, !field.spec.secret, let value = serverVariableDefault(named: name) {
                    // A text named as a variable of the provider's base URL, no example giving it, says that variable's
                    // default (our rule): a user's AWS EventBridge envelope said `"region": ""` beside its base URL's
                    // `{region}`, default `us-east-1`.
                    out[name] = .string(value)
                } else if quotes, isIdentifier(field), field.spec.required, !plan.ids.isEmpty, let quoted = quotedID(name, in: plan.ids),
                    // Not a report's envelope's own id, where a shape it holds declares the message's (our rule): a user's
                    // AWS EventBridge envelope said its `id` the message's, which its `detail.messageId` says.
                    !(plan.reportedTables != nil && field.spec.role == nil && plan.declaresMessageID
                        && !shape.fields.contains { $0.spec.role?.value == .messageID })
                {
                    out[name] = ownID(quoted, quoting: quotedIDName(name, among: Array(plan.ids.keys)), plan: plan)
                } else if quotes, isIdentifier(field), field.spec.required, plan.reportedTables != nil, !plan.ids.isEmpty,
                    field.spec.role?.value == .messageID || field.spec.role == nil && !Self.namesOthersID(name)
                {
                    // A report's message id the answer gave none of (only its group's): the message's own, fresh. So is
                    // any id of the report whose name says no one else's (an account's, a batch's): a user's SMS.to
                    // callback repeated its example's `trackingId` for every message (our rule).
                    out[name] = isText ? .string(ids.text(like: example.flatMap(FormEncoder.text(of:)) ?? documentedIDText(name), pattern: field.spec.constraints.pattern?.value))
                        : .number(JSONNumber(integerLiteral: ids.number()))
                } else if let lookedUp = plan.lookedUp, isLookedUp(field, by: lookedUp.parameter),
                    !plan.lookedUpDeclared || field.spec.role?.value == .messageID
                {
                    // In the field's type: Kavenegar's `messageid=42`, a text of the query, is the number 42 of an `int64`.
                    out[name] = isText ? FormEncoder.text(of: lookedUp.value).map(JSONValue.string) ?? lookedUp.value
                        : FormEncoder.text(of: lookedUp.value).flatMap { Int64($0) }.map { .number(JSONNumber(integerLiteral: $0)) } ?? lookedUp.value
                } else if !field.spec.required, field.spec.role == nil, isIdentifier(field) || Self.isReferenceNamed(name), plan.lookedUp == nil,
                    plan.scope[member: name] == nil,
                    provider.clientReferenceNames.contains(Self.plain(name)) || plan.reportedTables != nil && Self.isReferenceNamed(name)
                {
                    // Named as a reference too (a user's Hablame `messages[].reference01`: the report of a message that
                    // set none said the example's `order-17`).
                    // The caller's own reference (an id field of a request), which the request did not give, is left out,
                    // never made up: a user's Instasent bulk answered each message a random `clientId` (our rule). So is
                    // a report's reference no send gives (one its callback URL carries is the URL's): a user's Kannel
                    // report said its example's `ref=order-1` for a dlr-url with no `ref`.
                } else if isText, field.spec.required, template == nil, !plan.isFailure, field.spec.role == nil, isIdentifier(field),
                    Self.namesOthersID(name), !Self.namesRequestsID(name), let kin = kinExampleText(name, of: shape)
                {
                    // Another's id (an account's) no example of the shape gives is what a kin shape's example says, not a
                    // fresh id: a user's 8x8 inbound `subAccountId` was a random UUID where its receipt's example says
                    // "AmazingDeveloper_hq" (our rule).
                    out[name] = .string(kin)
                } else if field.spec.role == nil, isIdentifier(field), let example, example != .null, Self.namesNumbersProperty(name),
                    isText || !(example.members != nil || example.items != nil)
                {
                    // The network or operator of the number (an id its name says is of a `network`, `operator`, `carrier`,
                    // `mcc` or `mnc`), which the example gives, is the example's: no fresh id, for it names no message. A
                    // user's Hubtel send said `"networkId": "21703935"`, where the document's MCC and MNC `62001` is (our rule).
                    // A number too, and a name run together (a user's Advanta `networkid` and `delivery-networkid`, 1 for
                    // Safaricom in its examples, said a random `894189331`).
                    out[name] = example
                } else if isIdentifier(field) && (plan.ids.isEmpty || !quotes)
                    && (example != nil || field.spec.required || template == nil || givesSentMessageID(field, plan: plan))
                    // An id-named number the example gives as 0 is no id (Infobip's error `groupId`, a code's group:
                    // it was a random number).
                    && example.flatMap(FormEncoder.text(of:)) != "0"
                    // An optional id the example gives as null stays null (Textmagic's `bulkId` of a plain send).
                    && (example != .null || field.spec.required)
                {
                    // Shaped like the example, and matching the field's pattern where it has one.
                    let pattern = field.spec.constraints.pattern?.value
                    if plan.isFailure {
                        if field.spec.required { out[name] = isText ? .string(freshTextID(name, like: example.flatMap(FormEncoder.text(of:)), pattern: pattern, plan: plan)) : .number(0) }
                    } else {
                        out[name] = isText ? .string(freshTextID(name, like: example.flatMap(FormEncoder.text(of:)), pattern: pattern, plan: plan)) : .number(JSONNumber(integerLiteral: ids.number()))
                    }
                } else if quotes, isIdentifier(field), !plan.ids.isEmpty, !field.spec.required {
                    // An optional id of a report that its send did not give: the example's was some other message's
                    // (Clickatell's `requestId` "9a8b", Twilio's `SmsSid`).
                } else if isText, let example = example.flatMap(FormEncoder.text(of:)), let now = nowLike(example, name: name) {
                    // A text that is a date, written as a date field of the spec is, is now as a date field's is
                    // (SMSC.ru's `last_date` beside `last_timestamp`).
                    out[name] = now
                } else if isText, !plan.isFailure, plan.reportedTables == nil, plan.recipient == nil, field.spec.role == nil,
                    case .string(let listed)? = example, let written = Self.numbersListed(like: listed, name: name, recipients: recipients(in: plan.scope))
                {
                    out[name] = .string(written)
                } else if isText, field.type == .string, field.spec.required, example != nil, field.spec.role == nil, !isIdentifier(field),
                    plan.unsent.contains(Self.plain(name))
                {
                    // A required text echoing a request's optional field the request left out is empty, not the
                    // example's: a user's Tencent send without `SessionContext` ("Your context, returned as is") was
                    // answered the example's "test" for each number (our rule).
                    out[name] = .string("")
                } else if let example {
                    out[name] = example
                } else if isText, field.spec.required, !plan.isFailure, Self.isStatus(name), let said = statusText(name) {
                    // A status text no example of its shape gives says what the provider's other examples say there
                    // (a user's mNotify look-up and balance said `"status": ""`; its send's example says `success`).
                    out[name] = .string(said)
                } else if let value = Self.defaultValue(of: field) {
                    // The field's default, which the generated code reads for it: a user's BulkSMSNigeria balance said
                    // `"currency": ""` beside `default: NGN` (our rule).
                    out[name] = value
                } else if !isText, let balance = accountBalance(field, template: template, plan: plan) {
                    out[name] = balance
                } else if field.spec.required, field.type == .string, template == nil, !plan.isFailure, let kin = kinExampleText(name, of: shape) {
                    // What the examples of a shape akin to it say (`kinExampleText`): a user's Flowroute look-up said
                    // `"type": ""` where its inbound message's example, of the same `attributes`, says "message".
                    out[name] = .string(kin)
                } else if field.spec.required {
                    out[name] = isText ? .string("") : .number(0)
                }
                // Whatever was written is of the field's type: a number field holds a number (a text of one is that
                // number), never a text the request or a look-up's path gave, which the spec's own types do not
                // read: a user's Eskiz look-up of `…/status_by_id/8d669dd4-cb03` wrote that id into its `int64`
                // `data.id`, and the client threw `undecodableAnswer` (our rule). Else the example's number, a fresh
                // one for an id, left out where optional, 0 where required.
                if !isText, case .string(let written)? = out[name] {
                    if let number = Int64(written.trimmingCharacters(in: .whitespaces)) {
                        if !field.spec.lenient { out[name] = .number(JSONNumber(integerLiteral: number)) }
                    } else if case .number? = example {
                        out[name] = example
                    } else if isIdentifier(field), !plan.isFailure {
                        out[name] = .number(JSONNumber(integerLiteral: ids.number()))
                    } else if field.spec.required {
                        out[name] = .number(0)
                    } else {
                        out[name] = nil
                    }
                }
            case .shape(let shapeNameReference):
                let shapeName = shapeNameReference.swiftName
                guard let child = provider.shape(shapeName) else { continue }
                // Save an object of a send's success holding the messages' ids (declaring `role: messageID`), which a
                // later look-up needs: a user's Ghasedak bulk send answered no `Data`, where its single send gives its id.
                let holdsSentIDs = example == nil && !plan.isFailure && plan.reportedTables == nil && plan.recipient == nil
                    && !plan.operation.isEmpty && plan.lookedUp == nil && plan.lookedUpIDs == nil
                    && !recipients(in: plan.scope).isEmpty && declaresMessageID(in: child, visited: plan.enclosing)
                // Nor an optional object of a refusal holding its reason field (`holdsReason`): Exolve's `error.message`.
                let saysReason = example == nil && plan.isFailure && plan.reportedTables == nil && holdsReason(field)
                if example == nil && (!field.spec.required && !leadsToCode && !holdsSentIDs && !saysReason || plan.enclosing.contains(shapeName)) { continue }
                // An optional object the example gives as null stays null: built, its required fields were invented.
                if example == .null && !field.spec.required { out[name] = .null; continue }
                // The sender's number is not the recipient's (Telnyx's `from.phone_number`).
                var childPlan = plan
                if provider.plays(field, .sender, orIsNamed: Self.senderNames.contains) { childPlan.recipient = nil }
                childPlan.placed = place(plan.placed, entering: name)
                // Unplaced (a result per recipient), the request's same-named object, with the scope's values beside
                // it: a user's Karix results said the example's `content.text` "Hello", not the text sent (our rule).
                if plan.placed == nil, let held = plan.scope[member: name], held.members != nil {
                    childPlan.scope = Self.withScalars(of: plan.scope, in: held)
                }
                out[name] = build(child, template: example, plan: childPlan)
            case .array(.table(let tableNameReference)):
                // A code per message (SMSAPI's report `status=404,407`): a report is of one message, an answer of each
                // recipient of the request; each the code the plan reports, where the example's was copied.
                guard let table = provider.table(tableNameReference.swiftName),
                    let entry = plan.codes[table.id] ?? verdict(of: table, plan: plan)
                else {
                    if let example, field.spec.required { out[name] = example }
                    continue
                }
                let count = plan.recipient != nil ? 1 : max(recipients(in: plan.scope).count, 1)
                out[name] = .array(Array(repeating: table.wireValue(entry), count: count))
                codeFields.insert(name)
            case .array(.shape(let shapeNameReference)):
                let shapeName = shapeNameReference.swiftName
                guard let element = provider.shape(shapeName) else { continue }
                if refusedHere && plan.scope[member: name]?.items == nil
                    || plan.enclosing.contains(shapeName) && example == nil && plan.scope[member: name]?.items == nil {
                    if field.spec.required { out[name] = .array([]) }
                    continue
                }
                if !field.spec.required && plan.scope[member: name]?.items == nil {
                    if example == .null { out[name] = .null; continue }
                    // An optional list the shape's example leaves out is left out (Telnyx's `cc`).
                    if example == nil && template != nil { continue }
                }
                out[name] = .array(buildList(name, element: element, example: example, plan: plan))
            case .array(.union(let reference)) where plan.scope[member: name]?.items == nil && holdsShape(provider.union(reference)):
                // A list field of a union of shapes is built as an answer that is such a list (`listShapePayload`): one
                // element per recipient in the variant naming one, fresh ids. A user's Arkesel `data: [SendItem]` (a
                // recipient and its id, or the numbers refused) was the example's verbatim: its two numbers and ids for
                // any send, and a refusal of `050xxxxxxx`, a number no request held; the reports quoted one id.
                let variants = provider.union(reference)?.variants.compactMap { variant -> String? in
                    if case .shape(let held) = variant.type { held.swiftName } else { nil }
                } ?? []
                if refusedHere || example == nil && variants.contains(where: plan.enclosing.contains) {
                    if field.spec.required { out[name] = .array([]) }
                    continue
                }
                if !field.spec.required {
                    if example == .null { out[name] = .null; continue }
                    if example == nil && template != nil { continue }
                }
                var listPlan = plan
                listPlan.placed = place(plan.placed, entering: name)
                out[name] = listShapePayload(.union(reference), template: example, plan: listPlan)
            case .array(let element) where plan.recipient != nil && [.string, .int, .int64].contains(element)
                && (provider.isRecipient(field) || isIdentifier(field) && !plan.ids.isEmpty):
                // A report is of one message: a list with an element per message (SMSAPI's `to=…&MsgId=…`, joined by
                // commas) holds its recipient, or the id its send was given, where every report named the send's every
                // number and the example's id.
                let recipient = plan.recipient!
                let number = Int64(recipient).map { JSONValue.number(JSONNumber(integerLiteral: $0)) }
                let value = provider.isRecipient(field)
                    ? (element == .string ? .string(recipient) : number)
                    : plan.ids[name] ?? quotedID(name, in: plan.ids)
                if let value { out[name] = .array([value]) } else if let example { out[name] = example }
            case .array(.string) where !plan.isFailure && plan.recipient == nil && Self.listsNumbers(listed(example, name: name))
                && !isIdentifierList(field) && !recipients(in: plan.scope).isEmpty:
                // A list the example fills with phone numbers is the numbers sent to: a user's mNotify `numbers_sent`
                // was the example's two, whatever was sent (our inference). So is one joined into a text (`separator:`):
                // a user's SmartSMS `successful` and `all_numbers` said the example's one number of two sent. Not a list
                // of ids (declared `role: messageID`, or named so), whose digits are ids: a user's SMSBOX `OK {ids}`,
                // examples `OK 12345678`, answered a send to two numbers with the numbers as its ids. A list named for
                // refused numbers lists those refused alone (`numbersListed(in:plan:)`).
                out[name] = .array(numbersListed(in: name, plan: plan).map(JSONValue.string))
            case .array(.string) where !plan.isFailure && plan.recipient == nil && plan.reportedTables == nil && !plan.operation.isEmpty
                && provider.isRecipient(field) && echoes(field, at: plan.placed)
                && !recipients(in: .object([name: plan.echoScope[member: name] ?? .null])).isEmpty:
                // A list of the recipients, where the request names them in its field of that name as one text: a
                // user's Orange send of `address: "tel:+22500000000"` answered the example's `address: ["tel:+2250000000"]`.
                out[name] = .array(recipients(in: .object([name: plan.echoScope[member: name]!])).map(JSONValue.string))
            case .array(.string) where plan.echoScope[member: name]?.items != nil && echoes(field, at: plan.placed):
                // The request's list of texts echoed (Sinch's `to`).
                out[name] = .array(plan.echoScope[member: name]!.items!.compactMap(FormEncoder.text(of:)).map(JSONValue.string))
            case .array(.string) where !plan.isFailure && echoes(field, at: plan.placed)
                && plan.echoScope[member: name].flatMap({ if case .string = $0 { true } else { nil } }) == true
                && provider.joinedListSeparators[name] != nil:
                // The request's list joined into one text, echoed as the list it is: Comtele's `Receivers`
                // "21988888888" was answered the example's `["11999999999"]`.
                let text = FormEncoder.text(of: plan.echoScope[member: name]!) ?? ""
                out[name] = .array(SeparatedList.texts(of: text, separator: provider.joinedListSeparators[name]!).filter { !$0.isEmpty }.map(JSONValue.string))
            case .array(.string) where isIdentifierList(field) && example?.items?.isEmpty == true && namesMessageElsewhere(shape, than: name),
                .array(.int) where isIdentifierList(field) && example?.items?.isEmpty == true && namesMessageElsewhere(shape, than: name),
                .array(.int64) where isIdentifierList(field) && example?.items?.isEmpty == true && namesMessageElsewhere(shape, than: name):
                // A list of ids the example gives empty, beside another field declaring the message's id (`role:
                // messageID`), lists other things' ids (our rule): a user's Telerivet send answered `label_ids` a fresh
                // UUID, its example `[]`, beside the message's `id`.
                out[name] = .array([])
            case .array(.string) where isIdentifierList(field) && plan.ids.isEmpty && !plan.isFailure:
                // A list of ids (Plivo's `message_uuid`): a fresh one per recipient of the request.
                let like = listed(example, name: name)?.items?.first.flatMap(FormEncoder.text(of:))
                let count = max(recipients(in: plan.scope).count, 1)
                out[name] = .array((0..<count).map { _ in .string(ids.text(like: like, pattern: field.spec.constraints.pattern?.value)) })
            case .array(let element) where [.int, .int64].contains(element) && isIdentifierList(field) && plan.ids.isEmpty && !plan.isFailure:
                // GatewayAPI's `ids`: numbers, as fresh as texts are.
                let count = max(recipients(in: plan.scope).count, 1)
                out[name] = .array((0..<count).map { _ in .number(JSONNumber(integerLiteral: ids.number())) })
            case .map(.shape(let shapeNameReference)) where Self.isKeyedByNumber(example),
                .map(.array(.shape(let shapeNameReference))) where Self.isKeyedByNumber(example):
                // Results keyed by recipient (SMS.ru's `sms`, by the number sent to) are built as a list of them is:
                // the example's entries, one a refusal of a number never sent and each with the same id, were copied.
                // An entry that is a list of results (a user's Apifon `results: {[SentResult]}`) holds one, the
                // recipient's; recipients in the request's list of objects (Apifon's `subscribers[].number`) are its
                // own, each result in its item's scope.
                guard let element = provider.shape(shapeNameReference.swiftName) else { continue }
                if refusedHere {
                    if field.spec.required { out[name] = .object([:]) }
                    continue
                }
                let own = recipients(in: plan.scope)
                let nested = own.isEmpty && plan.recipient == nil ? nestedRecipients(of: plan.scope) : []
                let recipients = plan.recipient.map { [$0] } ?? (own.isEmpty ? nested.map(\.recipient) : own)
                guard !recipients.isEmpty, !plan.isFailure, let entries = example?.members else {
                    out[name] = example
                    continue
                }
                let listed: Bool
                if case .map(.array) = field.type { listed = true } else { listed = false }
                let examples = entries.sorted { $0.key < $1.key }.flatMap { listed ? $0.value.items ?? [] : [$0.value] }
                var results = resultsPerRecipient(recipients, element: element, examples: examples, plan: plan, scopes: nested.isEmpty ? nil : nested.map(\.scope))
                // A number refused alone (SMS.ru's 207 for a number it has no route to, among numbers sent) is its
                // entry refusing it, in the example's entry that reports that code; the others are sent.
                if plan.recipient == nil, !own.isEmpty, isFailedItem(list: nil, itemList: plan.itemList) {
                    let scope = Self.parallelItems(of: plan.scope, count: own.count)
                    for (index, recipient) in own.enumerated() {
                        guard let code = plan.itemCodes[index] else { continue }
                        var itemPlan = plan
                        (itemPlan.recipient, itemPlan.scope, itemPlan.placed, itemPlan.itemCodes) = (recipient, scope(index), nil, [:])
                        itemPlan.codes[code.table] = code
                        itemPlan.isFailure = true
                        let refusal = examples.first { codes(in: $0, shape: element).contains { $0.table == code.table && $0.outcome == .failure } }
                        results[index] = build(element, template: refusal ?? self.template(for: element, code: code), plan: itemPlan)
                    }
                }
                out[name] = .object(Dictionary(zip(recipients, results.map { listed ? .array([$0]) : $0 })) { first, _ in first })
            case .map(.shape(let shapeNameReference)) where plan.lookedUpIDs != nil && !plan.isFailure && !refusedHere:
                // Results keyed by the ids a look-up asks for (SMS.ru's status, `sms: {id: state}`): the example's one
                // entry for each, where the example's own id answered every look-up (our inference: the entries' state
                // is the example's). With no example of an entry, each is built from its shape: a user's Solapi
                // look-up left out its required `messageList`, which no example gave, and answered `{}`.
                guard let element = provider.shape(shapeNameReference.swiftName) else {
                    out[name] = example
                    continue
                }
                let template = example?.members?.sorted(by: { $0.key < $1.key }).first?.value
                out[name] = .object(Dictionary(plan.lookedUpIDs!.values.map { ($0, build(element, template: template, plan: plan)) }) { first, _ in first })
            case .map(.union(let reference)) where plan.lookedUpIDs != nil && !plan.isFailure && !refusedHere:
                // Results keyed by the ids a look-up asks for whose entries are a union of shapes (a report, or an error
                // entry for an id unknown): one entry per id, in the variant of the example's entry that reports no
                // failure, in the configured outcome. A user's Arkesel `message-reports` (`data: {ReportEntry}`)
                // answered the example's `abc-123` and `def-456` whatever was asked.
                let union = provider.union(reference)
                let shapes = union?.variants.compactMap { variant -> ShapeModel? in
                    if case .shape(let held) = variant.type, let shape = provider.shape(held), shape.listElement == nil { shape } else { nil }
                } ?? []
                let entries = (example?.members ?? [:]).sorted { $0.key < $1.key }.compactMap { entry -> (JSONValue, ShapeModel)? in
                    variant(of: entry.value, among: shapes).map { (entry.value, $0) }
                }
                let success = entries.first { codes(in: $0.0, shape: $0.1).allSatisfy { $0.outcome != .failure } }
                guard let (entryTemplate, shape) = success ?? entries.first, !plan.enclosing.contains(shape.swiftName),
                    let asked = plan.lookedUpIDs
                else {
                    out[name] = kept(example, of: field, template: template, plan: plan)
                    continue
                }
                // An id no send of this run was answered is the example's entry of another variant reporting a failure
                // (Arkesel's `{"status": "error", "response": "message does not exist"}`), where it gives one: a user's
                // look-up of `nope` got a made-up report (our rule).
                let unknown = entries.first { $0.1.swiftName != shape.swiftName && codes(in: $0.0, shape: $0.1).contains { $0.outcome == .failure } }
                out[name] = .object(Dictionary(asked.values.map { id in
                    var entryPlan = plan
                    entryPlan.placed = nil
                    if let sent, sent.recipient(of: id, provider: provider.id) == nil, let (unknownTemplate, unknownShape) = unknown {
                        return (id, namingKind(build(unknownShape, template: unknownTemplate, plan: entryPlan), of: unknownShape, in: union))
                    }
                    if let recipient = sent?.recipient(of: id, provider: provider.id) { entryPlan.recipient = recipient }
                    // With the text it was sent, as a look-up of it alone says (a user's Arkesel reports said the
                    // example's "Hello" where its single look-up said the "hi" sent; our rule).
                    if let text = sent?.text(of: id, provider: provider.id), var members = entryPlan.scope.members, members[text.name] == nil {
                        members[text.name] = .string(text.text)
                        entryPlan.scope = .object(members)
                    }
                    return (id, namingKind(build(shape, template: entryTemplate, plan: entryPlan), of: shape, in: union))
                }) { first, _ in first })
            case .bool:
                // A flag whose name says success (`success`, `ok`) says the outcome, one whose name says failure
                // (`error`, `failed`, `hasError`) the reverse, where the answer gives it: a user's SMS Partner `/me`
                // refused a wrong key `{"code": 10, "success": true}`, its success example's flag. Our rule.
                // In a report, the outcome is the delivery's (a failed report said `success: true`); in a look-up's
                // answer, the request's.
                if let saysSuccess = Self.flagSaysSuccess(name), example != nil || field.spec.required {
                    let failed = plan.isFailure || plan.reportedTables != nil && plan.codes.values.contains { $0.outcome == .failure }
                    out[name] = .bool(saysSuccess != failed)
                } else {
                    out[name] = example ?? (field.spec.required ? .bool(!plan.isFailure) : nil)
                }
            case .timestamp(let formats, let timeZone):
                // A time of what happens to this message is now, where the example's day was written (SMSAPI's
                // `date_sent` of 2016); a time that plans or bounds one (`…expir…`, `valid…`, `schedul…`) is the example's.
                // An optional schedule the request did not give is left out: a user's Voodoo send that scheduled
                // nothing was answered the example's 2018 `scheduledDateTime` (our rule).
                if !field.spec.required, Self.plain(name).contains("schedul"), !Self.schedules(plan.scope) { continue }
                // A look-up's creation time is its send's (`dateCreate`, `created_at`, `creationDate`). So are its
                // times of insertion, submission or sending, one named so that is no time of delivery (a user's
                // Smshosting search said `insertDate` and `sentDate` at each look-up, later each time, a user's SMS.ir
                // `sendDateTime` the time of the look-up; our rule).
                let namesSending = !Self.isDeliveryTime(field)
                    && SandboxProvider.words(name).contains { ["send", "sent", "submit", "submitted", "submission"].contains($0.lowercased()) }
                if let created = plan.createdAt, Self.namesCreation(name) || namesSending, example != nil || field.spec.required {
                    out[name] = Self.now(format: formats.first ?? "iso8601", timeZone: timeZone, at: created)
                    continue
                }
                // A send's answer says the time its request gave under the same name, in its own format (a user's
                // Kavenegar send scheduled with `date=1900000000` was answered `date` now; our rule).
                if !plan.isFailure, plan.reportedTables == nil, !plan.operation.isEmpty, answersASend(plan),
                    let given = requestField(echoedBy: field, at: plan.placed) ?? sendRequestField(echoedBy: field, plan: plan),
                    case .timestamp(let givenFormats, let givenZone) = given.type,
                    let text = plan.echoScope[member: given.spec.wireName.value].flatMap(FormEncoder.text(of:)),
                    let date = Timestamp(text: text, formats: givenFormats, timeZone: givenZone).date
                {
                    out[name] = Self.now(format: formats.first ?? "iso8601", timeZone: timeZone, at: date)
                    continue
                }
                let now = Self.now(format: formats.first ?? "iso8601", timeZone: timeZone)
                if let example, example != .null, !Self.isPlannedTime(name) { out[name] = now } else { out[name] = example ?? (field.spec.required ? now : nil) }
            case .union(let reference):
                let union = provider.union(reference)
                if let value = oneOrManyValue(field, in: union, example: example, plan: plan) {
                    out[name] = value
                } else if provider.isRecipient(field), let recipient = plan.recipient {
                    // A recipient that is a number or text (GatewayAPI's `msisdn`): every report named the example's.
                    out[name] = Self.scalar(.string(recipient), in: union, asNumber: example.map(Self.isNumber) ?? false) ?? example
                } else if let (echoed, _) = echo(of: field, example: example, template: template, plan: plan),
                    let value = Self.scalar(echoed, in: union, asNumber: Self.isNumber(echoed) || declaresInteger(field, at: plan.placed))
                {
                    // The request's text or number in the variant of its kind: Callr's JSON-RPC answer `id`, a number or
                    // a text, said the example's 1 to a call of id 7, which a client pairing answers with calls refuses.
                    out[name] = value
                } else if !plan.isFailure || plan.codes.isEmpty, let example {
                    // A union's value in the variant of a shape, or a list of them, its example is written in, built as
                    // that shape is (fresh ids, the request's values): SMS Aero's `data` answered the example's `id: 1`,
                    // number and text for every send. So is a refusal's with no code (a user's D7 422, FastAPI's list of
                    // errors in `detail`), whose location and words then say the refusal's.
                    out[name] = unionValue(reference, example: example, name: name, plan: plan) ?? example
                } else if example == nil || example?.items?.isEmpty == true, let value = refusalUnionValue(reference, plan: plan) {
                    // A refusal's code held in a variant of the union (a user's iSendPro `etat.etat`, one entry or a
                    // list): that variant, carrying it, not the first variant built from nothing (an empty list).
                    out[name] = value
                } else {
                    out[name] = kept(example, of: field, template: template, plan: plan)
                }
            case .double, .decimal:
                // A number an example wrote as text (a form example's `price=0.015`: every value of a form is a text) is a
                // number where another example of the shape writes it as one (its JSON example's `"price": 0.015`): a
                // user's SMS.to JSON report said `"price": "0.015"` (our rule). One every example writes as text stays so.
                if case .string(let text)? = example, let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite,
                    provider.examples(of: [shape.spec.name.value, shape.swiftName]).contains(where: { value in
                        if case .number? = value[member: name] { true } else { false }
                    })
                {
                    out[name] = .number(JSONNumber(floatLiteral: number))
                } else {
                    out[name] = kept(example, of: field, template: template, plan: plan)
                }
            default:
                out[name] = kept(example, of: field, template: template, plan: plan)
            }
        }
        // A time of delivery is a delivered message's: Skebby's order said `WAITING` beside a `delivery_date` of now,
        // moving on every poll. An optional one beside another state is left out.
        if let state = written.first(where: { entry in provider.model.tables.contains { $0.swiftName == entry.table && $0.spec.isDeliveryStatus } }),
            state.deliveryState.map({ $0 != .delivered }) ?? (state.outcome != .success)
        {
            for field in shape.fields where !field.spec.required && Self.isDeliveryTime(field) { out[field.spec.wireName.value] = nil }
        }
        // A report's or look-up's number beside a field of its country code (`nationcode`, `CountryCode`): that field
        // says the code of the spec's country the number is of, a subscriber's number (`SubscriberNumber`) and a
        // recipient field whose example is written without it say the number without it (our rule: a user's Tencent
        // report said `"mobile": "+8618511122233"` beside `"nationcode": "86"`, its document `13xxxxxxxxx`, and its
        // pull `"CountryCode": ""`, `"SubscriberNumber": ""`).
        if let recipient = plan.recipient, let (code, national) = Self.countryCode(of: recipient, among: provider.model.spec.phoneCountries),
            let codeField = shape.fields.first(where: { $0.type == .string && Self.namesCountryCode($0.spec.wireName.value) })
        {
            out[codeField.spec.wireName.value] = .string(code)
            for field in shape.fields where field.type == .string {
                let name = field.spec.wireName.value
                if Self.plain(name).hasPrefix("subscriber") {
                    out[name] = .string(national)
                } else if provider.isRecipient(field), out[name] == .string(recipient), case .string(let written)? = base[name],
                    !written.hasPrefix("+"), !written.hasPrefix("00"), !written.hasPrefix(code)
                {
                    out[name] = .string(national)
                }
            }
        }
        // A required recipient left empty (no example gives it) is a number: the one reported, else the request's
        // first, else a fictional one (`fictionalNumber`): a user's Primotexto status look-up answered
        // `"identifier": ""`, a recipient no gateway answers (our rule).
        for field in shape.fields where field.spec.required && field.type == .string && provider.isRecipient(field) {
            guard out[field.spec.wireName.value] == .string("") else { continue }
            out[field.spec.wireName.value] = .string(plan.recipient ?? recipients(in: plan.scope).first ?? madeUpRecipient)
        }
        if !plan.isFailure { followRequest(shape, example: base, plan: plan, in: &out) }
        echoNamedFields(shape, example: base, plan: plan, in: &out)
        // A list joined into one text (`separator:`) is that text, as the generated decoding reads it: built as a
        // list (`[]`, one id per recipient), it was refused.
        for field in shape.fields {
            guard let list = field.separatedList, case .array(let items)? = out[field.spec.wireName.value] else { continue }
            out[field.spec.wireName.value] = .string(items.compactMap(FormEncoder.text(of:)).joined(separator: list.separator))
        }
        countLists(of: shape, example: base, in: &out)
        countUnexampledLists(of: shape, example: base, in: &out)
        scaleCost(of: shape, example: base, plan: plan, in: &out)
        // A text that names a replaced code (Fortytwo's `description`, RajaSMS's `…statustext`) names the new one.
        // Not a field of an enum type, which holds one of its values (a user's Azure `repeatabilityResult` `accepted`
        // was answered `Accepted`, HTTPStatus 202's name, a value its enum does not list).
        for (name, value) in out where !codeFields.contains(name) {
            guard case .string(let text) = value else { continue }
            if case .enumeration? = shape.fields.first(where: { $0.spec.wireName.value == name })?.type { continue }
            for (old, new) in rewordings
            where [old.name, old.description, old.description(in: plan.operation)].contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
                // A text whose summary lists its few values ("success or error.") says the one of the new code's
                // outcome (our rule): a user's mNotify wrong key said `"status": "Invalid API key"`, its code's words.
                let listed = Set(SandboxProvider.words(shape.fields.first { $0.spec.wireName.value == name }?.spec.summary ?? ""))
                if listed.count <= 6, listed.contains(text.lowercased()),
                    let word = (new.outcome == .failure ? ["error", "failed", "failure", "fail", "rejected"] : ["success", "ok", "accepted"])
                        .first(where: listed.contains)
                {
                    // The example's own spelling where it already says the word (a user's Lleida.net send answered
                    // `"status": "success"` where its example and summary say `Success`), else in the example's case.
                    if word != text.lowercased() {
                        out[name] = .string(text == text.uppercased() ? word.uppercased() : text.first?.isUppercase == true ? word.capitalized : word)
                    }
                    continue
                }
                // In the form the example uses: a code's name stays a name (Clickatell's `status`). A text that is both
                // but for case is the summary unless written as the name: a user's SSL Wireless `error_message`
                // "Unauthorized" (4001, UNAUTHORIZED, "Unauthorized") said `INVALID_MSISDN` for code 4022.
                let namesIt = old.name != old.description && old.name.caseInsensitiveCompare(text) == .orderedSame
                    && (old.description.caseInsensitiveCompare(text) != .orderedSame || old.name == text)
                // A text of words (`description`, `message`) that named the example's code says a machine's name (camel
                // case, `_`) as the code's words, as `words(of:in:)` does: a user's Netgsm report refused with
                // `"description": "InvalidQuery"`, its success example's `success` (the name `Success`) reworded.
                let words = namesIt && !(Self.isMessage(name) && Self.isMachineName(new.name)) ? new.name : new.description(in: plan.operation)
                // The same words but for case are as the example writes them (a user's mNotify `"status": "success"`
                // beside its code 2000, named SUCCESS, was answered `SUCCESS`).
                if words.caseInsensitiveCompare(text) != .orderedSame { out[name] = .string(words) }
            }
        }
        // A text the provider's examples pair with the code beside it says the code answered, where the example's was
        // another's (`pairedWords`).
        for (codeField, entry) in codeByField.sorted(by: { $0.key < $1.key }) {
            // Of an answer's own code, no message's delivery status: a look-up's example of another state holds the
            // other message's texts (Twilio's `body`, `uri`), no words of its status.
            guard let table = provider.table(entry.table), let exampleEntry = base[codeField].flatMap(table.entry(of:)), exampleEntry != entry,
                !provider.model.tables.contains(where: { $0.swiftName == table.id && $0.spec.isDeliveryStatus })
            else { continue }
            for field in shape.fields where field.type == .string && field.spec.role == nil && !provider.isRecipient(field)
                && !codeFields.contains(field.spec.wireName.value)
            {
                let name = field.spec.wireName.value
                guard let value = out[name], value == base[name],
                    let words = pairedWords(name, codeField: codeField, entry: entry, table: table, operation: plan.operation)
                else { continue }
                out[name] = .string(words)
            }
        }
        // Beside a failure's code written over the example's other failure, the example's words of its code (and its
        // flags) are not the new one's: The SMS Works' report of `failed:ABSENT_SUBSCRIBER` said `details: "Unknown
        // subscriber"`, `permanent: true`, UNKNOWN_SUBSCRIBER's. Those left as the example wrote them are left out,
        // where optional; a required text says the code's own words.
        // Nor are a success's: a user's failed reports said "The SMS message is successfully delivered" beside `FAIL`,
        // "The user received the message successfully." beside `success: false` (Alibaba's `err_msg`), the delivered
        // example's. Of several codes written, the last is the failure's most specific (Tencent's `errmsg` `MK:0001`
        // after its `report_status` `FAIL`); a text named as an error's (`err_msg`, `errorDescription`) words it too.
        let overSuccess = rewordings.last { $0.old != $0.new && $0.old.outcome != .failure && $0.new.outcome == .failure }
        if !plan.isFailure, let replaced = overSuccess ?? rewordings.first(where: { $0.old != $0.new && $0.old.outcome == .failure && $0.new.outcome == .failure }) {
            for field in shape.fields where !codeFields.contains(field.spec.wireName.value)
                && (overSuccess == nil ? describesCode(field) : field.type == .string && (describesCode(field) || Self.wordsAnError(field)))
            {
                let name = field.spec.wireName.value
                guard let value = out[name], value == base[name] else { continue }
                if !field.spec.required {
                    out[name] = nil
                } else if case .string = value {
                    out[name] = .string(replaced.new.description(in: plan.operation))
                }
            }
        }
        // A status's text beside a status code written over the example's says the new code's words (its summary), not
        // the example's: under `--outcome failed` a user's Kavenegar look-up said status 6 (failed) beside `statustext`
        // "رسیده به گیرنده" ("delivered to the recipient"), SMS.ru's 105 beside `status_text` "Сообщение доставлено".
        // Beside a failure written over the example's success or other failure, as the words of a code above (`describesCode`):
        // an optional one is left out, a required one says the failure's words. Beside any other code written over the
        // example's (a pending state's text beside a delivered status), it says the new code's words (our rule).
        if !plan.isFailure, let changed = rewordings.last(where: { $0.old != $0.new }) {
            for field in shape.fields where field.type == .string && field.spec.role == nil && Self.namesStatusText(field.spec.wireName.value) {
                let name = field.spec.wireName.value
                guard !codeFields.contains(name), case .string? = out[name], out[name] == base[name] else { continue }
                let words = changed.new.description(in: plan.operation)
                out[name] = .string(words.isEmpty ? changed.new.name : words)
            }
        }
        // Beside a delivery status written over the example's other one, the example's optional fields describing its
        // state — the status's own code or words (`status_code`, `status_code_description`, `status_detail`) or the
        // receipt's level — are left out (our rule): a user's Flowroute receipts said `delivered` or `undelivered`
        // beside the level-1 example's `"level": 1, "status_code": "1003", "status_code_description": "Message sent to carrier"`.
        if !plan.isFailure, let changed = rewordings.last(where: { $0.old != $0.new }),
            provider.model.tables.contains(where: { $0.swiftName == changed.new.table && $0.spec.isDeliveryStatus })
        {
            for field in shape.fields where !field.spec.required && field.spec.role == nil && !codeFields.contains(field.spec.wireName.value) {
                let name = field.spec.wireName.value
                let plain = Self.plain(name)
                let describes = plain != "status" && (plain.hasPrefix("status") || plain.hasPrefix("state")) || ["level", "dlrlevel", "stage"].contains(plain)
                guard describes, base[name] != nil, out[name] == base[name] else { continue }
                if case .table = field.type { continue }
                out[name] = nil
            }
        }
        // Beside a failure written (a look-up's or report's), an optional text named as an error's words (`error_message`,
        // `ErrorMessage`) that is left out or null says why: the words of the failure's most specific code, an error
        // table's before the delivery status's (our rule). A user's SignalWire look-up of a message failed with 30003
        // said `error_message: null` beside `error_code: 30003`, its Telerivet look-up of a `not_delivered` one none.
        if !plan.isFailure, let failure = written.last(where: { entry in
            entry.outcome == .failure && !provider.model.tables.contains { $0.swiftName == entry.table && $0.spec.isDeliveryStatus }
        }) ?? written.last(where: { $0.outcome == .failure }) {
            for field in shape.fields where !field.spec.required && field.spec.role == nil && Self.wordsAnError(field) {
                let name = field.spec.wireName.value
                guard !codeFields.contains(name), out[name] == nil || out[name] == .null else { continue }
                let words = failure.description(in: plan.operation)
                out[name] = .string(words.isEmpty ? failure.name : words)
            }
        }
        // Words no example of the shape gives say the code answered (the last written, the most specific): an example's of that code, of an operation that
        // sends where this one sends, else of one that does not where it does not; else the code's own words. A user's
        // TotalVoice report list said the send's "sms criado com sucesso" (or nothing), SMS Masivos' reports
        // "Mensajes enviados" beside reports_01 "Reporte generado" (our rule).
        if !plan.isFailure, template == nil, plan.reportedTables == nil, !plan.operation.isEmpty,
            let entry = written.last(where: { entry in
                entry.outcome != .failure && !provider.model.tables.contains { $0.swiftName == entry.table && $0.spec.isDeliveryStatus }
            })
        {
            let sending = provider.model.operations.first { $0.spec.id.value == plan.operation }.map(provider.sends) ?? false
            for field in shape.fields where field.type == .string && base[field.spec.wireName.value] == nil && Self.isMessage(field) {
                guard case .string? = out[field.spec.wireName.value] else { continue }
                out[field.spec.wireName.value] = .string(statusText(field.spec.wireName.value, answering: entry, sending: sending)
                    ?? Self.words(of: entry, in: plan.operation))
            }
        }
        // Nor a refusal's reason in a success no example writes (`leavesOutReason`).
        if !plan.isFailure, template == nil {
            for field in shape.fields where base[field.spec.wireName.value] == nil && leavesOutReason(field, plan: plan) { out[field.spec.wireName.value] = nil }
        }
        // A required text of words no example gives says the answer's code, by name where the table names it
        // (smsmode's `deleteSMS` answered `0 | `, its required description empty; its send's example says `Accepté`).
        if !plan.isFailure, let entry = written.first {
            for field in shape.fields where field.spec.required && base[field.spec.wireName.value] == nil && Self.isMessage(field) {
                guard out[field.spec.wireName.value] == .string("") else { continue }
                out[field.spec.wireName.value] = .string(Self.words(of: entry, in: plan.operation))
            }
        }
        // A refusal built from an example of another code kept the example's message: Exotel's invalid number said
        // "Authentication is required…", Twilio's bad credentials "The requested resource … was not found".
        // A code no field carries is the answer's HTTP status (Termii's `HTTPStatus`): the message says its words.
        let statusCode = codeFields.isEmpty && plan.isFailure && plan.codes.count == 1 ? plan.codes.values.first : nil
        let codeWords = plan.codeSaysWhy ? (unreported ?? statusCode).map { $0.description(in: plan.operation) } : nil
        if let words = codeWords ?? (plan.codes.isEmpty || !plan.codeSaysWhy ? plan.reason : nil) {
            for (name, value) in out
            where !codeFields.contains(name) && (value == base[name] || base[name] == nil || !plan.codeSaysWhy) && Self.wordsWhy(name, in: shape) {
                if case .string = value { out[name] = .string(words) }
            }
            // A refusal whose code says only that it refuses says why in its text of words the example leaves null or
            // out: SMS Aero's `{"success": false, "message": null}` for an empty text.
            if plan.isFailure && !plan.codeSaysWhy {
                for field in shape.fields where holdsText(field) && (out[field.spec.wireName.value] ?? .null) == .null
                    && !codeFields.contains(field.spec.wireName.value) && Self.isMessage(field)
                {
                    out[field.spec.wireName.value] = .string(words)
                }
            }
        }
        // A field declaring `role: reason` is where a refusal says why (the client's `ProviderError.rawMessage`), though
        // optional and left out by the example: what is wrong with the request sent where the refusal is of a field or
        // of a request that cannot be read (the sandbox's reason, as its log says it), else its code's words, else
        // the reason. A user's LOX24 refusal of a bad `sender_id` was `{}`, its SMSFactor refusals `{"status": -1}`
        // without `message`, and a Telerivet 401 said its example's "Invalid parameter to_number" (our rule).
        if plan.isFailure, plan.reportedTables == nil {
            let failure = plan.codes.values.first { $0.outcome == .failure }
            let aboutRequest = plan.refusedField != nil || plan.problem != nil || plan.unreadPart != nil ? plan.reason : nil
            let credentials = failure.map { [.authentication, .authorization].contains($0.category) } ?? false
            // The provider's own words for the code, where the example answers that very code with them, and the
            // refusal is of no field (our rule): a user's KudiSMS wrong password said the entry's summary, "Failed
            // Response (the user name or password is wrong)", where its example of 103 says "Login denied.".
            let examplesOwn: [String: JSONValue] = {
                guard let failure, credentials || aboutRequest == nil else { return [:] }
                if rewordings.contains(where: { $0.old == failure && $0.new == failure }) { return base }
                // An example of the shape elsewhere (a variant of a union answer) answering that code.
                return nestedExamples(of: shape).first { codes(in: $0, shape: shape).contains(failure) }?.members ?? [:]
            }()
            if let words = (credentials ? nil : aboutRequest) ?? codeWords ?? failure.map({ $0.description(in: plan.operation) }) ?? plan.reason,
                !words.isEmpty
            {
                for field in shape.fields where field.spec.role?.value == .reason && holdsText(field) && !codeFields.contains(field.spec.wireName.value) {
                    if case .string(let text)? = examplesOwn[field.spec.wireName.value], !text.isEmpty {
                        out[field.spec.wireName.value] = .string(text)
                        continue
                    }
                    out[field.spec.wireName.value] = .string(words)
                }
            }
        }
        // An example's words about the credentials are no other refusal's, though it reports the same code: a user's
        // SMS Broadcast refused an empty message "ERROR: Username or password is incorrect", its auth example's, with
        // the right credentials. The code's own words say it (the sandbox's reason, `message: is 0 characters long`, read
        // back as another line's form; the log says it).
        if plan.isFailure, plan.codeSaysWhy, let code = written.first(where: { $0.outcome == .failure }),
            !plan.codes.values.contains(where: { $0.category == .authentication })
        {
            for (name, value) in out where !codeFields.contains(name) && value == base[name] && Self.wordsWhy(name, in: shape) {
                if case .string(let text) = value, !Set(SandboxProvider.words(text)).isDisjoint(with: Self.credentialWords) {
                    out[name] = .string(code.description(in: plan.operation))
                }
            }
        }
        // Nor words of the example naming another field than the one refused: a user's Messente refusal of a bad `to`
        // said its example's "Invalid sender", beside the same code. The code's own words say it.
        if plan.isFailure, plan.codeSaysWhy, let field = plan.refusedField, let code = written.first(where: { $0.outcome == .failure }) {
            let copied = out.filter { name, value in
                if case .string = value { !codeFields.contains(name) && value == base[name] && Self.wordsWhy(name, in: shape) } else { false }
            }
            let ties = copied.isEmpty ? nil : CodeTies(provider: provider)
            for (name, value) in copied {
                if case .string(let text) = value, ties?.saysAnother(text, than: field) == true { out[name] = .string(code.description(in: plan.operation)) }
            }
        }
        // Nor an example's title or problem link of another code: a user's tyntec 401 said the 400 example's `title`
        // "The given data were not parsable." and `type` ".../problems/DataNotParseable". A title says the code's
        // words; a link (`type`, `…uri`, `…url`, `…link`, `more_info`) is left out where optional, else cut before the
        // part naming the example's problem (our rule).
        if plan.isFailure, let replaced = rewordings.last(where: { $0.old != $0.new && $0.new.outcome == .failure }) {
            for field in shape.fields where field.type == .string && field.spec.role == nil && !isIdentifier(field) && !provider.isRecipient(field) {
                let name = field.spec.wireName.value
                guard !codeFields.contains(name), case .string(let text)? = out[name], out[name] == base[name], !text.isEmpty else { continue }
                let plain = Self.plain(name)
                if plain.hasSuffix("title") {
                    let words = replaced.new.description(in: plan.operation)
                    if field.spec.required || !words.isEmpty { out[name] = .string(words.isEmpty ? replaced.new.name : words) } else { out[name] = nil }
                } else if text.lowercased().hasPrefix("http"), plain == "type" || ["uri", "url", "link", "info"].contains(where: plain.hasSuffix) {
                    if !field.spec.required {
                        out[name] = nil
                    } else if let slash = text.lastIndex(of: "/"), text[..<slash].contains("//"), text[text.index(after: slash)...].count > 0,
                        text[..<slash].split(separator: "/").count > 1
                    {
                        out[name] = .string(String(text[...slash]))
                    }
                }
            }
        }
        // Nor the example's own reason, words of the code that are not the code's (its name, its summary) and do not
        // say what is wrong with this request (our rule): a user's CallFire refused a `phoneNumber` "123", and a body
        // that is no list, "must contain at least one recipient", its error example's, beside the same 400. The
        // sandbox's reason says it.
        if plan.isFailure, plan.codeSaysWhy, let problem = plan.problem, let reason = plan.reason,
            let code = written.first(where: { $0.outcome == .failure })
        {
            let own = Set([code.code, code.name, code.description(in: plan.operation)].flatMap(SandboxProvider.words))
            for (name, value) in out where !codeFields.contains(name) && value == base[name] && Self.wordsWhy(name, in: shape) {
                guard case .string(let text) = value, !text.isEmpty else { continue }
                let words = Set(SandboxProvider.words(text)).subtracting(InvalidRequest.problemWords)
                guard !words.isSubset(of: own) else { continue }
                if !problem.isSaid(inWords: text, table: code.table, provider: provider.id) { out[name] = .string(reason) }
            }
        }
        if plan.isFailure {
            for (name, value) in out where !codeFields.contains(name) {
                // A field saying where the problem is: named so (`loc`, `…field`), or whose example names request
                // fields (Mailjet's `ErrorRelatedTo: ["To"]`).
                let names = value == base[name] && !Self.isMessage(name) && Self.namesFields(Self.noLocation(like: value, keepingRest: true), among: plan.requestFields)
                if let field = plan.refusedField, Self.isLocation(name) || names {
                    out[name] = Self.location(of: field, like: value) ?? value
                } else if plan.refusedField == nil, names {
                    // A refusal that concerns no field (bad credentials, a request that does not decode) names none:
                    // Mailjet's 401 kept the example's `["To"]`, blaming a valid field.
                    out[name] = Self.noLocation(like: value)
                } else if plan.refusedField == nil, let unread = plan.unreadPart, Self.isLocation(name), value == base[name], case .array(let items) = value,
                    !items.contains(where: { FormEncoder.text(of: $0) == unread })
                {
                    // A request part that cannot be read is where the problem is: a user's D7 body that is no JSON was
                    // located at its example's placeholder `["string"]` (FastAPI says `["body", …]`).
                    out[name] = .array([.string(unread)])
                } else if value == base[name] {
                    // A map of errors by field (Laravel's `errors: {"recipients": ["The recipients field is required."]}`)
                    // names the refused field and why, where it repeated the example's field and words; with none
                    // refused it is empty; a request that cannot be read names what could not be (`{"body": [...]}`).
                    if let field = plan.refusedField ?? plan.unreadPart {
                        if let errors = Self.fieldErrors(like: value, name: name, field: field, reason: plan.reason ?? "", requestFields: plan.requestFields) {
                            out[name] = errors
                        }
                    } else if Self.fieldErrors(like: value, name: name, field: "", reason: "", requestFields: plan.requestFields) != nil {
                        out[name] = .object([:])
                    }
                }
            }
        }
        // An OAuth token answer (RFC 6749 5.1: an `access_token` beside its `token_type`) no example gives the type or
        // lifetime of is a Bearer token good for an hour: a user's Telstra token said `expires_in: 0`, a token already
        // expired, and `token_type: ""` (our rule).
        if !plan.isFailure, shape.fields.contains(where: { Self.plain($0.spec.wireName.value) == "accesstoken" }) {
            for field in shape.fields where base[field.spec.wireName.value] == nil {
                let name = field.spec.wireName.value
                switch (Self.plain(name), out[name]) {
                case ("tokentype", .string("")?): out[name] = .string("Bearer")
                case ("expiresin", .number(let number)?) where number.text == "0": out[name] = .number(3600)
                case ("expiresin", .string(let text)?) where text.isEmpty || text == "0": out[name] = .string("3600")
                default: break
                }
            }
        }
        // A refusal's words copied from the example that quote a phone number quote the request's (`quotingRecipient`);
        // of an empty number they say the refusal's code, else its reason: Twilio's `To=` was answered its example's
        // "The 'To' number +1555 is not a valid phone number." (our rule).
        if plan.isFailure, let recipient = plan.refusedRecipient {
            let failure = written.first { $0.outcome == .failure }
            for (name, value) in out where !codeFields.contains(name) && value == base[name] && Self.wordsWhy(name, in: shape) {
                guard case .string(let text) = value, let quoted = Self.quotingRecipient(text, recipient) else { continue }
                out[name] = .string(recipient.isEmpty ? failure.map { $0.description(in: plan.operation) } ?? plan.reason ?? quoted : quoted)
            }
        }
        // Fields of one object that say one number say the one written (`agreeingNumbers`), and a text the count
        // written (`agreeingCounts`).
        out = Self.agreeingNumbers(out, example: base)
        out = agreeingCounts(out, of: shape, example: base, plan: plan)
        // A bare id (`id`, `uid`, …) declaring no role beside the object's field declaring `role: messageID`, neither of
        // which an example gives, is that message's id too (our rule): a user's Justsend `SendAnswer`, `messageId`
        // and `id` both optional "because clients read either", answered two different ids for one message.
        if let own = shape.fields.first(where: { $0.spec.role?.value == .messageID }), base[own.spec.wireName.value] == nil,
            let given = out[own.spec.wireName.value], given != .null
        {
            for field in shape.fields where field.spec.role == nil && field.type == own.type && Self.bareIdentifiers.contains(Self.plain(field.spec.wireName.value)) {
                let name = field.spec.wireName.value
                if base[name] == nil, out[name] != nil, out[name] != .null { out[name] = given }
            }
        }
        // A text copied from the example that quotes the example's id (Twilio's `uri`) quotes the answer's.
        return .object(Self.replacingExampleIDs(in: out, example: base))
    }

    /// Whether a time's name says when its message was created, inserted, submitted or sent (`dateCreate`,
    /// `insertDate`, `submitted_at`, `sentDate`), which a look-up of a message sent says as its send's answer.
    static func namesCreation(_ name: String) -> Bool {
        let plain = plain(name)
        return ["creat", "insert", "submit"].contains(where: plain.contains) || SandboxProvider.words(name).contains("sent")
    }

    /// Words saying a text is about the credentials (our inference).
    /// Whether a refusal for bad credentials in a line of plain text (`text:` forms) is built from an example of a
    /// refusal whose words speak of credentials or a session (`Invalid Session`): its optional values stay, as its
    /// form needs them (our rule). A user's SMSLive247 `querybalance` without its session was `ERR: : bad
    /// credentials`, the number its example `ERR: 401: Invalid Session` gives left out.
    func keepsCredentialExample(_ shape: ShapeModel, base: [String: JSONValue], plan: PayloadPlan) -> Bool {
        guard plan.isFailure, plan.reportedTables == nil, !shape.textForms.isEmpty, plan.reason?.hasPrefix("bad credentials") == true else { return false }
        return base.values.contains { value in
            guard case .string(let text) = value else { return false }
            return !Set(SandboxProvider.words(text)).isDisjoint(with: Self.credentialWords.union(["session"]))
        }
    }

    static let credentialWords: Set<String> = [
        "password", "passwords", "credential", "credentials", "login", "username", "apikey", "appkey", "token", "unauthorized", "unauthorised",
        "authentication", "authenticate", "authenticated",
    ]

    /// A count beside the shape's one list of objects says how many it holds, where the example's count is its list's
    /// length (SMSAPI's `count: 1` beside its one message): a send to two numbers answered two messages and `count: 1`.
    private func countLists(of shape: ShapeModel, example: [String: JSONValue], in out: inout [String: JSONValue]) {
        let lists = shape.fields.compactMap { field -> (example: Int, built: Int)? in
            guard case .array(.shape) = field.type, let given = example[field.spec.wireName.value]?.items,
                let built = out[field.spec.wireName.value]?.items else { return nil }
            return (given.count, built.count)
        }
        guard lists.count == 1, let list = lists.first else { return }
        func counts(_ name: String) -> Bool {
            // And a count of the messages queued or sent (SerwerSMS's `queued: 1` beside two messages queued).
            // Or named a total of what the list holds (a user's D7 `total_recipients: 2` beside one message listed).
            let words = SandboxProvider.words(name)
            let total = words.contains(where: ["total", "count"].contains)
                && !words.contains(where: ["cost", "price", "amount", "credit", "credits", "balance", "charge", "parts", "segments", "pages", "size", "length"].contains)
            return ["count", "total"].contains(where: { Self.plain(name).hasSuffix($0) }) || total
                || ["queued", "sent", "accepted", "submitted"].contains(Self.plain(name))
        }
        for field in shape.fields where [.int, .int64].contains(field.type) {
            let name = field.spec.wireName.value
            guard counts(name), case .number(let given)? = example[name], Int(given.text) == list.example else { continue }
            out[name] = .number(JSONNumber(integerLiteral: Int64(list.built)))
        }
        // So does one of an object beside the list holding no list of its own, a page's metadata (a user's Smshosting
        // `metadata.count: 1` beside a search listing none, or two; our rule).
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard case .shape(let reference) = field.type, let held = provider.shape(reference), held.listElement == nil,
                !held.fields.contains(where: { if case .array = $0.type { true } else { false } }),
                let given = example[name]?.members, var built = out[name]?.members
            else { continue }
            for inner in held.fields where [.int, .int64].contains(inner.type) {
                let innerName = inner.spec.wireName.value
                guard counts(innerName), case .number(let number)? = given[innerName], Int(number.text) == list.example,
                    built[innerName] == given[innerName] else { continue }
                built[innerName] = .number(JSONNumber(integerLiteral: Int64(list.built)))
            }
            out[name] = .object(built)
        }
    }

    /// A count no example gives beside the shape's one list of objects, none of whose examples gives it either, says
    /// what the list holds (our rule): a user's SimpleTexting `MessagePage` said `"totalElements": 0, "totalPages": 0`
    /// beside one message. A total of what it holds (named `total` or `count`, of nothing else: not a cost, credit,
    /// part or size) is its length; a count of pages (`totalPages`, `pages`) is 1 for a list holding any, else 0.
    private func countUnexampledLists(of shape: ShapeModel, example: [String: JSONValue], in out: inout [String: JSONValue]) {
        let lists = shape.fields.filter { if case .array(.shape) = $0.type { true } else { false } }
        guard lists.count == 1, example[lists[0].spec.wireName.value] == nil, let built = out[lists[0].spec.wireName.value]?.items?.count else { return }
        for field in shape.fields where [.int, .int64].contains(field.type) && example[field.spec.wireName.value] == nil {
            let name = field.spec.wireName.value
            guard case .number(let written)? = out[name], Int(written.text) == 0 else { continue }
            let words = SandboxProvider.words(name)
            let pages = words.last == "pages" && words.allSatisfy(["total", "pages", "count", "of", "number", "num"].contains)
            let total = words.contains(where: ["total", "count"].contains) && !words.contains(where: [
                "cost", "price", "amount", "credit", "credits", "balance", "charge", "parts", "segments", "pages", "size", "length", "page",
            ].contains)
            if pages { out[name] = .number(JSONNumber(integerLiteral: built > 0 ? 1 : 0)) } else if total { out[name] = .number(JSONNumber(integerLiteral: Int64(built))) }
        }
    }

    /// `example` built in the first variant of the union `reference` that is a shape giving each of its required
    /// fields, or a list of such shapes; nil when no such variant reads it.
    /// A union with both a shape and a list of that shape naming a recipient answers in the form the request gives
    /// its recipients (`recipientsForm`): a user's SMS Aero bulk send (`numbers: [...]`) was answered as one SMS to the
    /// example's number, its single send's example coming first. Our inference.
    private func unionValue(_ reference: TypeReference, example: JSONValue, name: String, plan: PayloadPlan) -> JSONValue? {
        guard let union = provider.union(reference) else { return nil }
        if plan.recipient == nil, let listed = recipientsForm(in: plan.scope) {
            let variants = provider.variantsReading(union)
            let single = variants.lazy.compactMap { variant -> ShapeModel? in
                guard case .shape(let held) = variant, let shape = self.provider.shape(held), shape.listElement == nil else { return nil }
                return self.namesRecipient(shape) ? shape : nil
            }.first
            let list = variants.lazy.compactMap { variant -> ShapeModel? in
                guard case .array(.shape(let held)) = variant, let shape = self.provider.shape(held) else { return nil }
                return self.namesRecipient(shape) ? shape : nil
            }.first
            switch (example, listed) {
            case (.object, true):
                if let list, !plan.enclosing.contains(list.swiftName) {
                    return .array(buildList(name, element: list, example: .array([example]), plan: plan))
                }
            case (.array(let items), false):
                if let single, !plan.enclosing.contains(single.swiftName), let first = items.first, first.members != nil {
                    var childPlan = plan
                    childPlan.placed = place(plan.placed, entering: name)
                    return namingKind(build(single, template: first, plan: childPlan), of: single, in: union)
                }
            default: break
            }
        }
        for variant in provider.variantsReading(union) {
            switch (variant, example) {
            case (.shape(let held), .object(let members)):
                guard let shape = provider.shape(held), shape.listElement == nil, !plan.enclosing.contains(shape.swiftName),
                    shape.fields.allSatisfy({ !$0.spec.required || $0.defaultValue != nil || members[$0.spec.wireName.value] != nil })
                else { continue }
                var childPlan = plan
                childPlan.placed = place(plan.placed, entering: name)
                return namingKind(build(shape, template: example, plan: childPlan), of: shape, in: union)
            case (.array(.shape(let held)), .array(let items)):
                guard let element = provider.shape(held), !plan.enclosing.contains(element.swiftName), items.allSatisfy({ $0.members != nil })
                else { continue }
                return .array(buildList(name, element: element, example: example, plan: plan))
            default: continue
            }
        }
        return nil
    }

    /// A text named as a status's words (`statustext`, `status_text`, `statusDescription`, `state_name`, `smsStatusText`).
    static func namesStatusText(_ wireName: String) -> Bool {
        let name = plain(wireName)
        return ["status", "state"].contains { status in
            ["text", "desc", "description", "name", "msg", "message", "words", "label"].contains { name.hasSuffix(status + $0) }
        }
    }

    /// Whether `union` has a variant that is a shape (an object).
    private func holdsShape(_ union: UnionModel?) -> Bool {
        union?.variants.contains { variant in
            if case .shape(let held) = variant.type { provider.shape(held)?.listElement == nil } else { false }
        } ?? false
    }

    /// Whether the request gives its recipients as a list (a JSON list, or a list the spec joins with a separator):
    /// true; as one value: false; nil when it names none at its top level.
    func recipientsForm(in request: JSONValue) -> Bool? {
        for (name, member) in (request.members ?? [:]).sorted(by: { $0.key < $1.key }) where provider.recipientNames.contains(name.lowercased()) {
            switch member {
            case .array: return true
            case .string where provider.joinedListSeparators[name] != nil: return true
            case .string, .number: return false
            default: continue
            }
        }
        return nil
    }

    /// A text or number in the variant of `union` that reads it: a number where `asNumber` (or no variant reads text)
    /// and an integer variant reads it, else text; nil for any other value, or where no variant reads it.
    static func scalar(_ value: JSONValue, in union: UnionModel?, asNumber: Bool) -> JSONValue? {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number.text
        default: return nil
        }
        let types = union?.variants.map(\.type) ?? []
        let number = Int64(text).map { JSONValue.number(JSONNumber(integerLiteral: $0)) }
        let readsNumber = types.contains(.int) || types.contains(.int64)
        let readsText = types.contains(.string)
        if let number, readsNumber, asNumber || !readsText { return number }
        return readsText ? .string(text) : nil
    }

    /// Whether `value` is a JSON number.
    static func isNumber(_ value: JSONValue) -> Bool {
        if case .number = value { true } else { false }
    }

    /// The value of a field built no other way: the example's; for a required field the example does not give, its
    /// type's emptiest value: left out, the generated type of a user's spec could not decode the answer (a
    /// `{string}` map, a `[int]` list, a union).
    private func kept(_ example: JSONValue?, of field: FieldModel, template: JSONValue?, plan: PayloadPlan) -> JSONValue? {
        example ?? accountBalance(field, template: template, plan: plan) ?? (field.spec.required ? emptiest(field.type, plan: plan) : nil)
    }

    /// The account's balance, where no example gives it: 100 in a success answer's number field named for a balance
    /// (`balance`, `credit`, `points`, `funds`, `remaining…`, `…left`; not a cost, price or amount used), required, or optional
    /// where no example of the answer leaves it out — what a balance call is made for (our rule: a user's SMSPLANET
    /// balance was answered `{}`, JustSend's `{"points": 0}`). Nil elsewhere.
    func accountBalance(_ field: FieldModel, template: JSONValue?, plan: PayloadPlan) -> JSONValue? {
        // Not in a send's answer, whose `points` or `credits` say what the message cost (SMSAPI's; a review: they were
        // 100), nor a field whose summary says it is a cost.
        guard field.spec.required || template == nil, !plan.isFailure, plan.reportedTables == nil, plan.recipient == nil, !plan.operation.isEmpty,
            [.int, .int64, .double, .decimal].contains(field.type),
            !provider.model.operations.contains(where: { $0.spec.id.value == plan.operation && provider.sends($0) })
        else { return nil }
        let name = Self.plain(field.spec.wireName.value)
        let summary = (field.spec.summary ?? "").lowercased()
        guard !["used", "spent", "cost", "price", "charge", "limit", "min", "max"].contains(where: name.contains),
            !["cost", "price", "charge", "spent", "used"].contains(where: summary.contains),
            ["balance", "credit", "points", "funds"].contains(where: name.contains) || name.hasPrefix("remaining") || name.hasSuffix("left")
        else { return nil }
        return .number(100)
    }

    /// The emptiest value of a type built from no example: an empty list or map, zero, JSON's null, empty text; a
    /// union's is its first variant's that has one (a shape met again inside itself has none).
    func emptiest(_ type: ResolvedType, plan: PayloadPlan) -> JSONValue? {
        switch type {
        case .array: .array([])
        case .map: .object([:])
        case .int, .int64, .double, .decimal: .number(0)
        case .json: .null
        case .string, .secret: .string("")
        case .bool: .bool(false)
        case .timestamp(let formats, let timeZone): Self.now(format: formats.first ?? "iso8601", timeZone: timeZone)
        case .enumeration(let reference): enumValue(provider.enumeration(reference), example: nil, failure: false)
        case .table(let reference):
            provider.table(reference.swiftName).flatMap { table in (table.successEntry ?? table.entries.first).map(table.wireValue) }
        case .shape(let reference):
            provider.shape(reference).flatMap { plan.enclosing.contains($0.swiftName) ? nil : build($0, template: nil, plan: plan) }
        case .union(let reference):
            provider.union(reference).flatMap { union in
                union.variants.lazy.compactMap { variant in
                    emptiest(variant.type, plan: plan).map { value in
                        guard case .shape(let shape) = variant.type, let shape = provider.shape(shape) else { return value }
                        return namingKind(value, of: shape, in: union)
                    }
                }.first
            }
        }
    }

    /// A shape's value as a discriminated union's `variant`: its field set to the variant's value, as the generated
    /// enum writes it — a number where the shape's field is one, else text — so a client reads it as that shape.
    static func naming(_ variant: DiscriminatedVariant, of discriminated: DiscriminatedModel, in value: JSONValue) -> JSONValue {
        guard var members = value.members, let kind = variant.values.first else { return value }
        switch variant.discriminatorField?.type {
        case .int?, .int64?: members[discriminated.field] = Int64(kind).map { .number(JSONNumber(integerLiteral: $0)) } ?? .string(kind)
        case .bool?: members[discriminated.field] = Bool(kind).map(JSONValue.bool) ?? .string(kind)
        default: members[discriminated.field] = .string(kind)
        }
        return .object(members)
    }

    /// Now, written as `example` is, where `example` is the text of a field named as a time (`…date…`, `…time…`,
    /// `…_at`, `created`, …) that says when something happened (not `isPlannedTime`), written exactly in a text format
    /// the spec declares for a date (in that field's time zone) or ISO 8601; nil otherwise (our inference: the field
    /// is a `string`, the spec does not say it is a date).
    func nowLike(_ example: String, name: String) -> JSONValue? {
        guard !Self.isPlannedTime(name), !Self.isIdentifier(name), example.count <= 64 else { return nil }
        let words = SandboxProvider.words(name)
        let timeWords: Set<String> = ["date", "time", "datetime", "timestamp", "at", "on", "created", "updated", "sent", "delivered", "received", "submitted", "done"]
        guard words.contains(where: { timeWords.contains($0) || $0.hasSuffix("date") || $0.hasSuffix("time") }) else { return nil }
        // The spec's own formats, and each ending in minutes with seconds added (our rule: a user's mNotify report
        // `date_sent`, a `string`, said its example's "2024-05-02 10:00:00" of every report, its spec declaring
        // `yyyy-MM-dd HH:mm`); where it declares none but ISO 8601, common ones. Another form is kept.
        let declaresOwn = provider.dateFormats.contains { $0.format != "iso8601" }
        let withSeconds = provider.dateFormats.filter { $0.format.hasSuffix("HH:mm") }.map { (format: $0.format + ":ss", timeZone: $0.timeZone) }
        let common = (declaresOwn ? [] : ["yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd"]
            .map { (format: $0, timeZone: String?.none) }) + withSeconds
        for (format, timeZone) in provider.dateFormats + common {
            guard let date = Timestamp(text: example, formats: [format], timeZone: timeZone).date,
                Timestamp(date, format: format, timeZone: timeZone).text == example
            else { continue }
            return .string(Timestamp(Self.instant ?? Date(), format: format, timeZone: timeZone).text)
        }
        return nil
    }

    /// Whether `field` says when a message was delivered: a date, or a text or number named as a time, named for
    /// delivery (`delivery_date`, `deliveredOn`, `delivered_at`; our inference); or a date whose summary says it is when
    /// the message was delivered (a user's Verimor `sent_at`, "When it was delivered; null when it was not", said a
    /// time beside `NOT_DELIVERED`).
    static func isDeliveryTime(_ field: FieldModel) -> Bool {
        let words = SandboxProvider.words(field.spec.wireName.value)
        if case .timestamp = field.type, !words.contains(where: { $0.hasPrefix("schedul") }),
            let summary = field.spec.summary?.lowercased(), ["when it was delivered", "when the message was delivered", "time of delivery"].contains(where: summary.contains)
        {
            return true
        }
        guard words.contains(where: ["delivery", "delivered"].contains) else { return false }
        if case .timestamp = field.type { return true }
        return [.string, .int, .int64].contains(field.type) && words.contains(where: ["date", "time", "timestamp", "at", "on"].contains)
    }

    /// Whether `shape` holds, at any depth (in objects and lists' elements), a field declaring `role: messageID`.
    func declaresMessageID(in shape: ShapeModel, visited: Set<String> = []) -> Bool {
        guard !visited.contains(shape.swiftName) else { return false }
        return shape.fields.contains { field in
            if field.spec.role?.value == .messageID { return true }
            return field.type.nestedShapeNames.compactMap(provider.shape).contains { declaresMessageID(in: $0, visited: visited.union([shape.swiftName])) }
        }
    }

    /// The words the provider's examples give `name` beside `entry`: of an answer of an operation that sends where
    /// `sending`, else of one that does not; never another kind's: a user's Aakash balance and report answers said the
    /// send's "1 messages has been queued for delivery", of a message never sent (our rule).
    func statusText(_ name: String, answering entry: StatusEntry, sending: Bool) -> String? {
        exampleTexts(name).first { $0.ofSends == sending && $0.codes.contains { $0.table == entry.table && $0.code == entry.code } }?.text
    }

    /// The text the examples of the provider's shapes with a text field `name` (a `status`, no code) give it, the
    /// first that gives one; a request's examples aside, which say what a caller sends (a user's SMS Partner answer
    /// said `message` "This is your message", the text of its send request's example).
    func statusText(_ name: String) -> String? {
        exampleTexts(name).first { $0.codes.allSatisfy { $0.outcome != .failure } }?.text
    }

    /// The texts, none empty, the examples of the provider's shapes with a text field `name` give it, a request's
    /// shapes aside: each with its example's codes, and whether an operation that sends answers its shape.
    private func exampleTexts(_ name: String) -> [(text: String, codes: [StatusEntry], ofSends: Bool)] {
        let requests = Set(provider.model.operations.compactMap { $0.requestType.flatMap(provider.shape) }.flatMap { shapeNames(in: $0) })
        var found: [(text: String, codes: [StatusEntry], ofSends: Bool)] = []
        for shape in provider.model.shapes where !requests.contains(shape.swiftName)
            && shape.fields.contains(where: { $0.spec.wireName.value == name && $0.type == .string }) {
            let ofSends = provider.model.operations.contains { operation in
                provider.sends(operation) && operation.spec.responses.contains { [shape.spec.name.value, shape.swiftName].contains($0.shape?.value) }
            }
            for example in provider.examples(of: [shape.spec.name.value, shape.swiftName]) {
                if case .string(let text)? = example[member: name], !text.isEmpty { found.append((text, codes(in: example, shape: shape), ofSends)) }
            }
        }
        return found
    }

    /// Whether the provider's examples that give the integer `name` give their answer's HTTP status: each a status
    /// (100…599), of a success 2xx, one at least the status of a code it reports (`repeatsStatus`).
    func examplesRepeatStatus(_ name: String) -> Bool {
        var repeats = false
        for shape in provider.model.shapes where shape.fields.contains(where: { $0.spec.wireName.value == name && [.int, .int64].contains($0.type) }) {
            for example in provider.examples(of: [shape.spec.name.value, shape.swiftName]) {
                guard let value = example[member: name] else { continue }
                guard case .number(let number) = value, let status = Int(number.text), (100...599).contains(status) else { return false }
                let failed = codes(in: example, shape: shape).contains { $0.outcome == .failure }
                if !failed && status / 100 != 2 { return false }
                if repeatsStatus(value, beside: example.members ?? [:], of: shape) { repeats = true }
            }
        }
        return repeats
    }

    /// A scalar field's default, as JSON in the field's kind: a text, a number or a boolean; nil for none.
    static func defaultValue(of field: FieldModel) -> JSONValue? {
        switch field.defaultValue {
        case .string(let text)?: .string(text)
        case .number(let text)?, .decimal(let text)?:
            (try? JSONPayload.decode(JSONValue.self, from: Data(text.utf8))).flatMap { if case .number = $0 { $0 } else { nil } } ?? .string(text)
        case .bool(let flag)?: .bool(flag)
        default: nil
        }
    }

    /// The time now, as the generated code writes it: in a Unix-time format a number, in the others text.
    /// An hour from now as a login's credential expiry (`role: credentialExpiry`) writes it: a date, or a count in its
    /// unit; nil for any other field.
    func credentialExpiry(of field: FieldModel) -> JSONValue? {
        guard field.spec.role?.value == .credentialExpiry else { return nil }
        if case .timestamp(let formats, let timeZone) = field.type {
            return Self.now(format: formats.first ?? "iso8601", timeZone: timeZone, at: Date(timeIntervalSinceNow: 3_600))
        }
        let hour: [DurationUnit: Int64] = [.seconds: 3_600, .minutes: 60, .hours: 1, .days: 1]
        return field.spec.unit.flatMap { hour[$0.value] }.map { .number(JSONNumber(integerLiteral: $0)) }
    }

    static func now(format: String, timeZone: String?, at date: Date? = nil) -> JSONValue {
        let stamp = Timestamp(date ?? instant ?? Date(), format: format, timeZone: timeZone)
        return (try? JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(stamp))) ?? .string(stamp.text)
    }

    /// Whether `field`, declaring `role: messageID`, is the id a send's success gives its message, which its reports
    /// quote: written though the success's example leaves it out (a user's Msegat send answered `{"code":"1",
    /// "message":"Success"}` without its optional `id`, and its reports quoted `msgId`s the client was never given).
    func givesSentMessageID(_ field: FieldModel, plan: PayloadPlan) -> Bool {
        field.spec.role?.value == .messageID && !plan.isFailure && plan.reportedTables == nil && !plan.operation.isEmpty
            && plan.lookedUp == nil && plan.lookedUpIDs == nil && !recipients(in: plan.scope).isEmpty
            && provider.model.operations.contains { $0.spec.id.value == plan.operation && provider.sends($0) }
    }

    /// A list of results: one per item of the request's same-named list (the item's failure code in its element),
    /// else the example's elements, else one.
    private func buildList(_ name: String, element: ShapeModel, example: JSONValue?, plan: PayloadPlan) -> [JSONValue] {
        let examples = example?.items ?? []
        // Results lining up with the request's messages, some refused alone (`resultsPerRequestItem`).
        if let lined = resultsPerRequestItem(name, element: element, examples: examples, plan: plan) { return lined }
        if plan.scope[member: name]?.items == nil {
            // An element that must carry a code there is none for (Telnyx's `errors` of a delivered message) is none.
            if !plan.isFailure && lacksRequiredCode(element, plan: plan, examples: examples) { return [] }
            // An element whose required status the plan leaves unsaid (an id never sent, answered not found) is none: a
            // user's Transmit SMS look-up of such an id said NOT_FOUND beside the example's recipient, delivered (our rule).
            if plan.lookedUpIDs?.values.isEmpty == true, !plan.unsaid.isEmpty, element.fields.contains(where: { field in
                if field.spec.required, case .table(let reference) = field.type { plan.unsaid.contains(reference.swiftName) } else { false }
            }) {
                return []
            }
            // One entry per message of the batch a look-up asks for, each quoting its own id and naming its recipient
            // (a user's D7 message log of a send to three numbers listed one, the last, beside the example's
            // `total_recipients: 2`, its id the batch's).
            if let batch = plan.batch, let lookedUp = plan.lookedUp, !plan.isFailure,
                element.fields.contains(where: { isIdentifier($0) && isLookedUp($0, by: lookedUp.parameter) })
            {
                return perMessage(batch, element: element, examples: examples, plan: plan, entering: name, lookedUp: lookedUp.parameter)
            }
            // One entry per message a list of reports naming none lists (`SentMessages.recent`), each quoting its id in
            // the element's field declaring `role: messageID` (a user's Tencent pull, SMS.ir's live report: `[]`).
            if let batch = plan.batch, plan.lookedUp == nil, !plan.isFailure, let own = element.fields.first(where: { $0.spec.role?.value == .messageID }) {
                return perMessage(batch, element: element, examples: examples, plan: plan, entering: name, lookedUp: own.spec.wireName.value)
            }
            // One entry per recipient of the send a look-up asks for, where the entry names its recipient and no id (a
            // user's Transmit SMS `recipients[].mobile` listed the last recipient alone; our rule).
            if let batch = plan.batch, !plan.isFailure, element.fields.contains(where: provider.isRecipient),
                !element.fields.contains(where: isIdentifier)
            {
                return perMessage(batch, element: element, examples: examples, plan: plan, entering: name)
            }
            // One entry per id a look-up asks for, each quoting it (Kavenegar's status of `messageid=a,b`: one entry, a
            // fresh id).
            if let asked = plan.lookedUpIDs, !plan.isFailure, element.fields.contains(where: { isLookedUp($0, by: asked.parameter) }) {
                let success = examples.first { codes(in: $0, shape: element).allSatisfy { $0.outcome != .failure } } ?? examples.first
                    ?? template(for: element, code: nil)
                return asked.values.enumerated().map { index, id in
                    var itemPlan = plan
                    itemPlan.lookedUp = (asked.parameter, .string(id))
                    itemPlan.placed = place(plan.placed, entering: name, item: index)
                    if let recipient = sent?.recipient(of: id, provider: provider.id) {
                        itemPlan.recipient = recipient
                        // With what its send gave and was answered (its text, sender, other ids, time), as a look-up of
                        // it alone says: a user's Smshosting search of two ids said the example's text and sender of
                        // each, and none of the `transactionId` its send was answered (our rule).
                        withSentValues(of: id, lookedUpBy: asked.parameter, in: &itemPlan)
                    }
                    return build(element, template: success, plan: itemPlan)
                }
            }
            if example?.items?.isEmpty == true { return [] }
            // A list named for refused numbers holds none of those accepted, where nothing failed: Movider's
            // `bad_phone_number_list` listed every number sent, "Invalid phone number" beside its message id in
            // `phone_number_list`.
            // So does a list of refusals, whose element says why it failed (`role: reason`) and gives no id or code of
            // a message (a user's Zadarma `denied_numbers: [{number, message}]` listed both numbers sent, the text as
            // the reason; our rule).
            if !plan.isFailure, plan.itemCodes.isEmpty, !plan.codes.values.contains(where: { $0.outcome == .failure }),
                Self.namesRefusals(name) || listsRefusals(element)
            {
                return []
            }
            // One result per recipient of the request, each naming its recipient (Clickatell's `messages`).
            let recipients = self.recipients(in: plan.scope)
            if plan.recipient == nil, !plan.isFailure, !recipients.isEmpty, element.fields.contains(where: provider.isRecipient) {
                return resultsPerRecipient(recipients, element: element, examples: examples, plan: plan)
            }
            // A result holding a message's id (`role: messageID`) and naming no recipient is one per recipient of a
            // request naming several too, each with its own id its report quotes (our rule): a user's Mitto bulk
            // `responses: [SendResponse]` answered one result to two numbers, and both reports quoted its one id.
            if plan.recipient == nil, !plan.isFailure, recipients.count > 1, plan.lookedUpIDs == nil,
                element.fields.contains(where: { $0.spec.role?.value == .messageID })
            {
                return resultsPerRecipient(recipients, element: element, examples: examples, plan: plan)
            }
            // Or of the request's list of recipient objects under another name (a user's Azure `smsRecipients: [{to}]`
            // beside `value: [SendResult]`, answered the example's two results, naming its numbers, one
            // `successful: false` beside `httpStatusCode: 202`), each in its item's scope.
            let nested = recipients.isEmpty ? nestedRecipients(of: plan.scope) : []
            // A result holding a message's id is one per message so sent too (a user's Inmobile `messages: [{to, …}]`
            // beside `results: [{messageId, numberDetails, …}]`, its recipient nested: one result for two messages).
            if plan.recipient == nil, !plan.isFailure, nested.count > 1,
                element.fields.contains(where: provider.isRecipient) || element.fields.contains(where: { $0.spec.role?.value == .messageID })
            {
                return resultsPerRecipient(nested.map(\.recipient), element: element, examples: examples, plan: plan, scopes: nested.map(\.scope))
            }
            // Where the request's items hold their recipients in an object (a user's Sakari `contacts[].mobile.number`),
            // an element naming its recipient in an object it holds names it so: `messages[].contact.mobile.number` said
            // the example's number.
            let itemsHoldRecipients = !nested.isEmpty && !(plan.scope.members ?? [:]).values.contains { $0.items?.contains { !self.recipients(in: $0).isEmpty } ?? false }
            if plan.recipient == nil, !plan.isFailure, !nested.isEmpty,
                element.fields.contains(where: provider.isRecipient) || itemsHoldRecipients && namesRecipient(element)
            {
                return resultsPerRecipient(nested.map(\.recipient), element: element, examples: examples, plan: plan, scopes: nested.map(\.scope))
            }
        }
        if let entries = refusalEntries(element, examples: examples, plan: plan) { return entries }
        if let requestItems = plan.scope[member: name]?.items {
            // One result per item, or, where the element names a recipient and the item's are in a list it holds, per
            // recipient (Infobip's `messages[].destinations[].to`: one result per message, the example's `to`).
            let namesRecipient = element.fields.contains(where: provider.isRecipient)
            // Without the list's example, the element's own: a user's Telerivet send_multi answered each message
            // `incoming`, `ignored` (the first case and code), though its `Message` example is an outgoing one queued.
            let own = examples.isEmpty ? template(for: element, code: nil) : nil
            let scopes = requestItems.enumerated().flatMap { index, item in
                let nested = recipients(in: item).isEmpty && namesRecipient ? nestedRecipients(of: item).map(\.scope) : []
                return (nested.isEmpty ? [item] : nested).map { (index: index, scope: $0) }
            }
            return scopes.enumerated().map { position, item in
                var itemPlan = plan
                itemPlan.scope = item.scope
                if let placed = plan.placed { itemPlan.placed = RequestPlace(value: item.scope, shape: heldShape(name, in: placed.shape)) }
                itemPlan.itemCodes = [:]
                if plan.itemList == name, let code = plan.itemCodes[item.index] {
                    itemPlan.codes[code.table] = code
                    itemPlan.isFailure = true
                }
                return build(element, template: examples.indices.contains(position) ? examples[position] : examples.first ?? own, plan: itemPlan)
            }
        }
        // A report of one recipient holds one element naming it: each of the example's elements (MSG91's `report`, two
        // numbers) was built for that recipient, reporting its message twice.
        if plan.recipient != nil, examples.count > 1, element.fields.contains(where: provider.isRecipient) {
            return [build(element, template: examples[0], plan: plan)]
        }
        // Without the list's example, one element from the element's own example (Sinch's page of batches), each of
        // its place in the request (`RequestPlace`). Without that either, none: an element of nothing was blank, a
        // reply from "" of the text "" (a user's Comtele `contextmessages`), a report of recipient 0 (Voodoo's).
        let own = examples.isEmpty ? template(for: element, code: nil) : nil
        if examples.isEmpty && own == nil && plan.placed?.value[member: name]?.items == nil { return [] }
        return (examples.isEmpty ? [own] : examples.map { $0 }).enumerated().map { index, template in
            var itemPlan = plan
            itemPlan.placed = place(plan.placed, entering: name, item: index)
            return build(element, template: template, plan: itemPlan)
        }
    }

    /// One entry per message of a batch a look-up asks for, each naming its recipient in its state.
    /// `lookedUp`: the look-up's id parameter, which each entry then quotes as its message's id.
    func perMessage(
        _ batch: [(id: String, recipient: String, codes: [String: StatusEntry])], element: ShapeModel, examples: [JSONValue], plan: PayloadPlan,
        entering name: String?, lookedUp parameter: String? = nil
    ) -> [JSONValue] {
        let success = examples.first { codes(in: $0, shape: element).allSatisfy { $0.outcome != .failure } } ?? examples.first
            ?? template(for: element, code: nil)
        return batch.enumerated().map { index, message in
            var itemPlan = plan
            itemPlan.batch = nil
            // With the text and the other values its send gave, where the request gives none of their names (our rule:
            // a user's SMS.ir live report listed each message sent with `"messageText": ""` and `"lineNumber": 0`).
            var enriched = false
            if let sent, var members = plan.scope.members {
                if let text = sent.text(of: message.id, provider: provider.id), members[text.name] == nil { members[text.name] = .string(text.text) }
                for (name, value) in sent.values(of: message.id, provider: provider.id) where members[name] == nil { members[name] = value }
                enriched = members != plan.scope.members
                itemPlan.scope = .object(members)
                // And the time it was sent, as a look-up of it says it.
                if let time = sent.time(of: message.id, provider: provider.id) { itemPlan.createdAt = time }
            }
            if let parameter { itemPlan.lookedUp = (parameter, .string(message.id)) }
            itemPlan.recipient = message.recipient
            itemPlan.codes.merge(message.codes) { _, own in own }
            if let name { itemPlan.placed = place(plan.placed, entering: name, item: index) } else { itemPlan.placed = nil }
            if enriched, itemPlan.placed?.borrowed ?? true { itemPlan.placed?.value = itemPlan.scope }
            return build(element, template: success, plan: itemPlan)
        }
    }

    /// A refusal of the whole request in a list of per-recipient results (an element naming its recipient): one entry
    /// per recipient the request names, each naming it, all with the refusal's code; where the request names none,
    /// one entry naming none (an optional recipient left out, a required one empty). A user's Mocean refusal of an
    /// empty text to two numbers was one entry naming the example's number, `60173788399`, a number never sent to (our
    /// rule). nil where the plan is no such refusal.
    func refusalEntries(_ element: ShapeModel, examples: [JSONValue], plan: PayloadPlan) -> [JSONValue]? {
        guard plan.isFailure, plan.recipient == nil, plan.itemCodes.isEmpty, let named = plan.refusalRecipients,
            element.fields.contains(where: { provider.isRecipient($0) && [.string, .int, .int64].contains($0.type) })
        else { return nil }
        let failing = examples.first { codes(in: $0, shape: element).contains { $0.outcome == .failure } } ?? examples.first
            ?? template(for: element, code: plan.codes.values.first)
        guard !named.isEmpty else { return [Self.namingNoRecipient(build(element, template: failing, plan: plan), of: element, provider: provider)] }
        return named.prefix(SandboxProvider.namedItems).map { recipient in
            var itemPlan = plan
            itemPlan.recipient = recipient
            itemPlan.placed = nil
            return build(element, template: failing, plan: itemPlan)
        }
    }

    /// `value`, an object of `shape`, naming no recipient: its recipient fields left out, a required one empty.
    static func namingNoRecipient(_ value: JSONValue, of shape: ShapeModel, provider: SandboxProvider) -> JSONValue {
        guard var members = value.members else { return value }
        for field in shape.fields where provider.isRecipient(field) && [.string, .int, .int64].contains(field.type) {
            members[field.spec.wireName.value] = field.spec.required ? .string("") : nil
        }
        return .object(members)
    }

    /// Whether a list's name says what it holds was refused or failed (`bad_phone_number_list`, `invalidNumbers`,
    /// `failed`, `rejected_recipients`; our inference).
    /// A text of a send's success that its example writes as a list of phone numbers (Taqnyat's `accepted`
    /// "[966501234567,]"), written alike of the numbers sent — none in one named for refusals (`rejected`); nil for
    /// any other text, or when the request names no recipient. A user's Taqnyat answer said the example's number (our rule).
    static func numbersListed(like example: String, name: String, recipients: [String]) -> String? {
        guard !recipients.isEmpty else { return nil }
        let open = example.prefix { "[({\"' ".contains($0) }
        let close = example.reversed().prefix { "])}\"' ".contains($0) }.reversed()
        guard open.count + close.count < example.count else { return nil }
        let inner = example.dropFirst(open.count).dropLast(close.count)
        guard let separator = inner.first(where: { !$0.isNumber && $0 != "+" }) else { return nil }
        let numbers = inner.split(separator: separator, omittingEmptySubsequences: true)
        guard !numbers.isEmpty, numbers.allSatisfy({ $0.count >= 8 && $0.allSatisfy { $0.isNumber || $0 == "+" } }),
            ",; |".contains(separator)
        else { return nil }
        let trailing = inner.last == separator ? String(separator) : ""
        let listed = namesRefusals(name) ? "" : recipients.map { $0 + (trailing.isEmpty ? "" : trailing) }.joined(separator: trailing.isEmpty ? String(separator) : "")
        return String(open) + listed + String(close)
    }

    static func namesRefusals(_ name: String) -> Bool {
        !Set(SandboxProvider.words(name)).isDisjoint(with: ["bad", "invalid", "failed", "failures", "refused", "rejected", "rejects", "errors", "unsent", "denied"])
    }

    /// Whether a list's `element` is a refusal's: it names a recipient, says in words why it failed (a field
    /// declaring `role: reason`) and gives no message id (`role: messageID`, or named as one) and no code (a field a
    /// table types), which a result of a message sent would.
    func listsRefusals(_ element: ShapeModel) -> Bool {
        element.fields.contains(where: provider.isRecipient) && element.fields.contains { $0.spec.role?.value == .reason }
            && !element.fields.contains { field in
                if case .table = field.type { return true }
                return field.spec.role?.value == .messageID || isIdentifier(field)
            }
    }

    /// One result per recipient, each built for it from the example's element that reports no failure, else from the
    /// element's own example: without the list's example, Twilio's page of messages for a `To` was built from nothing
    /// (`"api_version": ""`).
    private func resultsPerRecipient(
        _ recipients: [String], element: ShapeModel, examples: [JSONValue], plan: PayloadPlan, scopes: [JSONValue]? = nil
    ) -> [JSONValue] {
        let success = examples.first { codes(in: $0, shape: element).allSatisfy { $0.outcome != .failure } } ?? examples.first
            ?? template(for: element, code: nil)
        let scope = scopes.map { scopes in { scopes[$0] } } ?? Self.parallelItems(of: plan.scope, count: recipients.count)
        // A recipient of the request's list refused alone (`itemCodes`, a user's TurboSMS `0671` beside a valid number)
        // is its result refusing it, in the example's result that reports that code where one does; the others are sent.
        let refusesItems = scopes == nil && isFailedItem(list: nil, itemList: plan.itemList)
        return recipients.enumerated().map { index, recipient in
            var itemPlan = plan
            itemPlan.recipient = recipient
            itemPlan.scope = scope(index)
            itemPlan.placed = nil
            itemPlan.itemCodes = [:]
            if refusesItems, let code = plan.itemCodes[index] {
                itemPlan.codes[code.table] = code
                itemPlan.isFailure = true
                let refusal = examples.first { codes(in: $0, shape: element).contains { $0.table == code.table && $0.code == code.code } }
                    ?? examples.first { codes(in: $0, shape: element).contains { $0.table == code.table && $0.outcome == .failure } }
                return build(element, template: refusal ?? template(for: element, code: code), plan: itemPlan)
            }
            return build(element, template: success, plan: itemPlan)
        }
    }

    /// The place of an answer's field `name` (of item `item` of it, for a list) within `place`: the request's object
    /// there, else `place` itself, borrowed (`RequestPlace`).
    func place(_ place: RequestPlace?, entering name: String, item: Int? = nil) -> RequestPlace? {
        guard var place else { return nil }
        var member = place.value[member: name]
        if let item { member = member?.items.flatMap { $0.indices.contains(item) ? $0[item] : nil } }
        if let member, member.members != nil { return RequestPlace(value: member, shape: heldShape(name, in: place.shape)) }
        place.borrowed = true
        return place
    }

    /// The shape of the request's field `name` of `shape`, an object or a list of them.
    private func heldShape(_ name: String, in shape: ShapeModel?) -> ShapeModel? {
        switch shape?.fields.first(where: { $0.spec.wireName.value == name })?.type {
        case .shape(let held)?, .array(.shape(let held))?: provider.shape(held)
        default: nil
        }
    }

    /// Whether a field of `shape` other than `name` declares the message's id (`role: messageID`).
    func namesMessageElsewhere(_ shape: ShapeModel, than name: String) -> Bool {
        shape.fields.contains { $0.spec.role?.value == .messageID && $0.spec.wireName.value != name }
    }

    /// Whether an answer's `field` echoes the request's at `place`: anywhere but at a borrowed place, where only a
    /// request field of the same kind is echoed (`RequestPlace`).
    func echoes(_ field: FieldModel, at place: RequestPlace?) -> Bool {
        guard let place, place.borrowed, let requestField = requestField(echoedBy: field, at: place) else { return true }
        let scalars: [ResolvedType] = [.string, .secret, .int, .int64, .double, .decimal]
        return requestField.type == field.type || scalars.contains(requestField.type) && scalars.contains(field.type)
    }

    /// The request's field at `place` that an answer's `field` echoes (`echoed`), where the place's shape is known.
    private func requestField(echoedBy field: FieldModel, at place: RequestPlace?) -> FieldModel? {
        let name = field.spec.wireName.value
        return place?.shape.flatMap { shape in
            shape.fields.first { $0.spec.wireName.value == name } ?? shape.fields.first { Self.plain($0.spec.wireName.value) == Self.plain(name) }
        }
    }

    /// The delivery status of `shape`'s own delivery-status field: the plan's code for its table, else the one written.
    func siblingStatus(in shape: ShapeModel, plan: PayloadPlan, written: [String: StatusEntry]) -> StatusEntry? {
        for field in shape.fields {
            guard case .table(let reference) = field.type, provider.isDeliveryStatusTable(reference.swiftName) else { continue }
            if let entry = plan.codes[reference.swiftName] ?? written[field.spec.wireName.value] { return entry }
        }
        return nil
    }

    /// The delivery state a value's words name (`delivered_to_operator`, `rejected_by_operator`,
    /// `undelivered_to_recipient`); nil where they name none.
    static func namedState(_ text: String) -> DeliveryState? {
        let words = SandboxProvider.words(text)
        let states: [(String, DeliveryState)] = [
            ("undelivered", .undelivered), ("undeliverable", .undelivered), ("delivered", .delivered), ("rejected", .rejected),
            ("expired", .expired), ("cancelled", .cancelled), ("canceled", .cancelled), ("queued", .accepted), ("accepted", .accepted),
        ]
        return states.first { words.contains($0.0) }?.1
    }

    /// The field of the operation's request of `field`'s name, where the plan has no request place (an element built per
    /// recipient).
    private func sendRequestField(echoedBy field: FieldModel, plan: PayloadPlan) -> FieldModel? {
        guard let operation = provider.model.operations.first(where: { $0.spec.id.value == plan.operation }),
            let shape = operation.requestType.flatMap(provider.shape)
        else { return nil }
        return requestField(echoedBy: field, at: RequestPlace(value: plan.scope, shape: shape))
    }

    /// Whether the request's field an answer's `field` echoes is an integer: a form's `id=7` is the number 7, as a
    /// JSON request's is.
    private func declaresInteger(_ field: FieldModel, at place: RequestPlace?) -> Bool {
        requestField(echoedBy: field, at: place).map { [.int, .int64].contains($0.type) } ?? false
    }

    /// The request's value an answer's `field` echoes at its place (`echoed`, `echoes(_:at:)`), with its text; nil for
    /// none, and for an optional field of words the example leaves out (SMSAPI's answer `message`, an error's words,
    /// said the text sent) or an answer's words (`isWords`: LabsMobile's result said `"message": "Hola"`). A path
    /// parameter is echoed at any depth by its name (`PayloadPlan.pathValues`).
    /// The words of an id's name that say it is of the recipient's network, not of a message (`networkId`, `mcc`).
    static let numbersPropertyWords: Set<String> = ["network", "operator", "carrier", "mcc", "mnc", "mccmnc"]

    /// Whether a field's name says it holds a number's country calling code (`nationcode`, `CountryCode`, `dial_code`).
    static func namesCountryCode(_ name: String) -> Bool {
        ["nationcode", "countrycode", "callingcode", "dialcode", "countrycallingcode"].contains(plain(name))
    }

    /// The calling code of the spec's country (`phoneNumbers`) a number in international form (`+`, `00` or the code)
    /// is of, and the number without it; nil where none is.
    static func countryCode(of number: String, among countries: [PhoneCountrySpec]) -> (code: String, national: String)? {
        let digits = number.hasPrefix("+") ? String(number.dropFirst()) : number.hasPrefix("00") ? String(number.dropFirst(2)) : number
        guard digits.count > 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        for country in countries where !country.countryCode.isEmpty && digits.hasPrefix(country.countryCode) {
            let national = String(digits.dropFirst(country.countryCode.count))
            if Patterns.matches(national, "^(" + country.mobile.value + ")$") || number.hasPrefix("+") || number.hasPrefix("00") {
                return (country.countryCode, national)
            }
        }
        return nil
    }

    /// Whether an id's name says it is of the recipient's network (`numbersPropertyWords`), its words or a word run
    /// together with `id` (`networkid`).
    static func namesNumbersProperty(_ name: String) -> Bool {
        let words = SandboxProvider.words(name).map { $0.lowercased() }
        let owners = words.compactMap { $0.count > 2 && $0.hasSuffix("id") ? String($0.dropLast(2)) : nil }
        return !Set(words + owners).isDisjoint(with: numbersPropertyWords)
    }

    func echo(of field: FieldModel, example: JSONValue?, template: JSONValue?, plan: PayloadPlan) -> (value: JSONValue, text: String)? {
        let name = field.spec.wireName.value
        // A status says the answer's result, never the request's path parameter of its name, a filter (a user's
        // mNotify `/campaign/{id}/delivered` was answered `"status": "delivered"`).
        if Self.isStatus(name), plan.pathValues[name] != nil || requestField(echoedBy: field, at: plan.placed)?.spec.placement == .path { return nil }
        guard example != nil || field.spec.required || template == nil || !Self.isMessage(name), echoes(field, at: plan.placed),
            plan.reportedTables != nil || plan.operation.isEmpty || !isWords(field, example: example),
            let echoed = Self.echoed(name, in: plan.echoScope) ?? plan.pathValues[name] ?? defaultEcho(of: field, plan: plan),
            let text = FormEncoder.text(of: echoed)
        else { return nil }
        return (echoed, text)
    }

    /// The default of the request's field an answer's `field` echoes, where the request left it out: the provider
    /// applies it, so the answer says it (our rule), where a user's Mobivate send left at `routeId`'s default `mglobal`
    /// was answered a fresh UUID as its `routeId`, an id-named field no request gave. Not for a report (no request
    /// place) nor a refusal.
    private func defaultEcho(of field: FieldModel, plan: PayloadPlan) -> JSONValue? {
        guard !plan.isFailure, plan.reportedTables == nil, let place = plan.placed,
            let requestField = requestField(echoedBy: field, at: place), place.value[member: requestField.spec.wireName.value] == nil
        else { return nil }
        return Self.defaultValue(of: requestField)
    }

    /// `example` of the field `name`, a list joined into one text (`separator:`), as its items, empty ones dropped
    /// (SmartSMS's `"2348030000000,"`); any other as it is.
    func listed(_ example: JSONValue?, name: String) -> JSONValue? {
        guard let separator = provider.joinedListSeparators[name], case .string(let text)? = example else { return example }
        return .array(SeparatedList.texts(of: text, separator: separator).filter { !$0.isEmpty }.map(JSONValue.string))
    }

    /// A number of the range kept for fiction (North America's 555-01xx), for a recipient no request or example names.
    static let fictionalNumber = "+15555550100"

    /// A recipient no request names: the first number the spec's examples of its requests send to, written in its
    /// numbering (our rule: a user's mNotify report of a campaign no send returned listed `+15555550100`, a US number
    /// its Ghana-only spec's `recipient` pattern refuses, where its send example gives `0244123456`), one masked with
    /// `*` aside; else `fictionalNumber`.
    var madeUpRecipient: String {
        let requests = Set(provider.model.operations.compactMap(\.requestType))
        for example in provider.model.examples.map(\.spec)
        where requests.contains(example.message.value) || provider.shape(example.message.value).map({ requests.contains($0.swiftName) }) == true {
            // Not one the document masks (a user's Huawei `+86155****5678`, posted as the number an inbound message
            // was sent to): no number (our rule).
            if let value = provider.parsed(example), let first = recipients(in: value).first(where: { !$0.contains("*") }) { return first }
        }
        // Else the first number any example gives a recipient, written as a number is (digits, a `+` before them or
        // not), not a placeholder (`336xxxxxxxx`): a user's Allmysms look-up of an id it issued said `+15555550100`,
        // where its report's example says `33612345678` (our rule).
        for example in provider.model.examples.map(\.spec) {
            guard let value = provider.parsed(example) else { continue }
            if let number = recipients(in: value).first(where: { Self.listsNumbers(.array([.string($0)])) }) { return number }
        }
        return Self.fictionalNumber
    }

    /// Whether a list's example holds phone numbers only (6 digits or more, a `+` before them or not).
    static func listsNumbers(_ example: JSONValue?) -> Bool {
        guard let items = example?.items, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard case .string(let text) = item else { return false }
            let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
            return digits.count >= 6 && digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// Whether a map's example is keyed by phone numbers (SMS.ru's `sms`, by the number sent to), so its keys are the
    /// request's recipients; a map keyed by anything else (message ids, names) is the example's (our inference).
    static func isKeyedByNumber(_ example: JSONValue?) -> Bool {
        guard let keys = example?.members?.keys, !keys.isEmpty else { return false }
        return keys.allSatisfy { key in
            let digits = key.hasPrefix("+") ? key.dropFirst() : Substring(key)
            return digits.count >= 6 && digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// Whether `shape` has a required code field whose table the plan gives no code for and that has no success, nor
    /// a code of `examples` the payload reports as they do (Unifonic's bulk results `Queued`: its list was empty).
    private func lacksRequiredCode(_ shape: ShapeModel, plan: PayloadPlan, examples: [JSONValue] = []) -> Bool {
        shape.fields.contains { field in
            guard field.spec.required, case .table(let reference) = field.type, let table = provider.table(reference.swiftName) else { return false }
            let exampleEntries = examples.compactMap { $0[member: field.spec.wireName.value].flatMap(table.entry(of:)) }
            return plan.codes[table.id] == nil && verdict(of: table, plan: plan, required: true) == nil
                && !exampleEntries.contains { reported($0, of: table, plan: plan) != nil }
        }
    }

    /// The example's code of a delivery-status table the plan does not name, when it is no failure: a send's answer
    /// reports its message `queued`, as the example does, not already delivered; of any table, the example's success,
    /// before the table's first (TurboSMS's send said `0 OK`, where its example says `800 SUCCESS_MESSAGE_ACCEPTED`;
    /// `0` is a recipient's, a balance's). In a refusal, the example's failure
    /// of any table the plan does not name: what the provider writes beside its error (Telesign's status 500
    /// "Transaction not attempted" beside the error 11000), where the table's success said the refused message was
    /// delivered.
    private func reported(_ example: StatusEntry?, of table: StatusTable, plan: PayloadPlan) -> StatusEntry? {
        guard let example else { return nil }
        if plan.isFailure { return example.outcome == .failure && plan.codes.values.contains { $0.outcome == .failure } ? example : nil }
        if example.outcome == .success { return example }
        // A cancel's answer says its messages in the state its example gives them, not sent (a user's Smshosting
        // cancel said `DELIVERED` where its example says `NOSENT`; `SandboxProvider.cancels`).
        if provider.model.tables.contains(where: { $0.swiftName == table.id && $0.spec.isDeliveryStatus }),
            provider.model.operations.contains(where: { $0.spec.id.value == plan.operation && provider.cancels($0) })
        {
            return example
        }
        guard example.outcome != .failure, provider.model.tables.contains(where: { $0.swiftName == table.id && $0.spec.isDeliveryStatus })
        else { return nil }
        return example
    }

    /// The entry saying a refusal's HTTP status (`plan.httpStatus`), in a field of a table of HTTP statuses (each
    /// code its own `httpStatus`) or named `status`, as an integer field named so says it: Mailjet's `StatusCode`
    /// said its example's 400 under a 401 for a bad token, and the client reported an invalid request. Of a success, the
    /// table's entry that is no failure naming the status answered (`successStatus`), where its success names one.
    private func answeredStatus(of table: StatusTable, in field: FieldModel, plan: PayloadPlan) -> StatusEntry? {
        if !plan.isFailure {
            guard let status = plan.successStatus, table.successEntry.map({ !$0.httpStatuses.isEmpty }) == true else { return nil }
            return table.entries.first { $0.outcome != .failure && $0.httpStatuses.contains(status) }
        }
        guard let status = plan.httpStatus else { return nil }
        let ofStatuses = !table.entries.isEmpty && table.entries.allSatisfy { entry in Int(entry.code).map(entry.httpStatuses.contains) ?? false }
        guard ofStatuses || field.spec.wireName.value.lowercased() == "status" else { return nil }
        return table.entry(for: String(status))
    }

    /// Whether `entry` says its message is scheduled for later (`scheduled`, `later`, `deferred`, `future`) where the
    /// request schedules nothing (`schedules`, or a time to send at: `delivery_at`, `send_at`, `sendTime`, …).
    private func saysScheduledWrongly(_ entry: StatusEntry, plan: PayloadPlan) -> Bool {
        let words = Set([entry.code, entry.name, entry.description].flatMap(SandboxProvider.words).map { $0.lowercased() })
        guard !words.isDisjoint(with: ["scheduled", "schedule", "later", "deferred", "future"]) else { return false }
        let sendsAt = (plan.scope.members ?? [:]).contains { name, value in
            let plain = Self.plain(name)
            return value != .null && value != .string("") && ["send", "delivery", "deliver", "sending", "start"].contains { plain.hasPrefix($0) }
                && ["at", "time", "date", "datetime"].contains { plain.hasSuffix($0) }
        }
        return !(Self.schedules(plan.scope) || sendsAt)
    }

    /// The code of a table the plan does not name: in a failure answer, the table's one failure code when it has
    /// exactly one (a verdict such as Bind's REJECTED beside the code that explains it); else its success code.
    private func verdict(of table: StatusTable, plan: PayloadPlan, required: Bool = false) -> StatusEntry? {
        let failures = table.entries.filter { $0.outcome == .failure }
        if plan.isFailure, plan.codes.values.contains(where: { $0.outcome == .failure }), failures.count == 1 { return failures[0] }
        // A send's answer says its message accepted (queued), not a final state the sandbox has not reached: a user's
        // Instasent bulk answered each new message `delivered` (our rule). A report or a look-up gives its codes.
        if !plan.isFailure, plan.reportedTables == nil, plan.lookedUpIDs == nil, plan.lookedUp == nil, !plan.operation.isEmpty,
            provider.model.tables.contains(where: { $0.swiftName == table.id && $0.spec.isDeliveryStatus }),
            // Not one saying it is scheduled for later, of a send that schedules nothing (a user's LOX24 send now was
            // answered 2 DELIVERY_QUEUE "The message is scheduled for later sending"; our rule).
            let accepted = table.entries.first(where: { $0.outcome == .pending && $0.deliveryState == .accepted && !saysScheduledWrongly($0, plan: plan) })
                ?? table.entries.first(where: { $0.outcome == .pending && $0.deliveryState == .sent })
                ?? table.entries.first(where: { $0.outcome == .pending && $0.deliveryState == .accepted })
        {
            return accepted
        }
        // Of several successes, one whose code or name shares a word with the operation's id or path (a user's SMS
        // Masivos `/reports/generate`, no example given, was answered sms_11 "Mensajes enviados", its send's, where
        // reports_01 "Reporte generado" is its own; our rule). Only a word telling operations apart: not one of any
        // SMS API's paths (`sms`, `api`, `json`, `message`), nor one every operation of the provider or most of the
        // successes share (a review: with `/sms/send` and `/sms/balance`, a balance was answered 1 "SMS sent/queued"
        // over the plain success 0 "Generic OK").
        if !plan.operation.isEmpty, plan.reportedTables == nil,
            let operation = provider.model.operations.first(where: { $0.spec.id.value == plan.operation })
        {
            let successes = table.entries.filter { $0.outcome == .success }
            let wordsOf = { (entry: StatusEntry) in Set(SandboxProvider.words(entry.code) + SandboxProvider.words(entry.name)) }
            let ofEvery = provider.model.operations.map(Self.operationWords).reduce(nil as Set<String>?) { $0?.intersection($1) ?? $1 } ?? []
            let ofMost = Set(successes.flatMap(wordsOf)).filter { word in successes.filter { wordsOf($0).contains(word) }.count * 2 > successes.count }
            let named = Self.operationWords(operation).subtracting(Self.anyAPIWords).subtracting(ofEvery).subtracting(ofMost)
            let sharing = successes.filter { !wordsOf($0).isDisjoint(with: named) }
            if successes.count > 1, !sharing.isEmpty, sharing.count < successes.count {
                return sharing.first { $0 == table.successEntry } ?? sharing[0]
            }
        }
        // A required code of an answer that is no refusal, of a table with no success, is its pending state (its
        // accepted one, else its sent one, else its first): 8x8's send answered `"status":{}` where its table's only
        // entry that is no failure is `QUEUED`, pending, and its own client could not decode it; Voodoo's send listed
        // no message, its element's table being `PENDING_SENT` alone (users; our rule).
        if table.successEntry == nil, required, !plan.isFailure {
            let pending = table.entries.filter { $0.outcome == .pending }
            return pending.first { $0.deliveryState == .accepted } ?? pending.first { $0.deliveryState == .sent } ?? pending.first
        }
        return table.successEntry
    }

    /// A code's own words: its name, unless it is none of its own (the code) or a machine's (`api_result_ok`, one word
    /// joined by `_` or in camel case, where its summary says "Generic OK": a review); else its summary.
    static func words(of entry: StatusEntry, in operation: String) -> String {
        let name = entry.name
        let summary = entry.description(in: operation)
        return name != entry.code && !(isMachineName(name) && !summary.isEmpty) ? name : summary
    }

    /// A name that is a machine's, one word joined by `_` or in camel case (`api_result_ok`, `InvalidHeader`).
    static func isMachineName(_ name: String) -> Bool {
        !name.contains(where: \.isWhitespace) && (name.contains("_") || zip(name, name.dropFirst()).contains { $0.isLowercase && $1.isUppercase })
    }

    /// The words of an operation's id and path, of three letters or more, no number.
    private static func operationWords(_ operation: OperationModel) -> Set<String> {
        Set(SandboxProvider.words(operation.spec.id.value) + operation.spec.path.value.split(separator: "/").flatMap { SandboxProvider.words(String($0)) })
            .filter { $0.count > 2 && !$0.contains(where: \.isNumber) }
    }

    /// Words of any SMS API's operations, which tell none apart.
    private static let anyAPIWords: Set<String> = [
        "sms", "api", "apis", "rest", "http", "https", "json", "xml", "message", "messages", "text", "texts", "msg", "service", "services",
        "gateway", "public", "web", "www", "index", "php", "asp", "aspx", "cgi", "bin", "action",
    ]

    /// The default of the provider's base-URL variable named `name` (compared without case, `_` or `-`), where one
    /// server alone has such a variable or all agree; nil otherwise.
    func serverVariableDefault(named name: String) -> String? {
        let defaults = Set(provider.model.spec.servers.flatMap(\.variables).filter { Self.plain($0.name.value) == Self.plain(name) }
            .compactMap { $0.defaultValue?.value })
        return defaults.count == 1 ? defaults.first : nil
    }

    /// The example's case; in a failure, a case whose value or summary says so; else the first case.
    private func enumValue(_ model: EnumModel?, example: JSONValue?, failure: Bool) -> JSONValue? {
        guard let model else { return example }
        if failure {
            let words = ["reject", "fail", "error", "invalid", "denied"]
            if let refusing = model.cases.first(where: { item in
                words.contains { item.value.lowercased().contains($0) || (item.summary ?? "").lowercased().contains("refused") }
            }) {
                return Self.value(refusing.value, of: model)
            }
        }
        if let example, let text = FormEncoder.text(of: example), model.cases.contains(where: { $0.value == text }) { return example }
        return model.cases.first.map { Self.value($0.value, of: model) }
    }

    /// Whether `value` holds, at any depth, a member named as a recipient (`recipientNames`) or an id.
    static func speaksOfMessages(_ value: JSONValue, recipientNames: Set<String>, depth: Int = 0) -> Bool {
        guard depth < 16 else { return false }
        if let items = value.items { return items.contains { speaksOfMessages($0, recipientNames: recipientNames, depth: depth + 1) } }
        return (value.members ?? [:]).contains { name, member in
            recipientNames.contains(name.lowercased()) || isIdentifier(name) || speaksOfMessages(member, recipientNames: recipientNames, depth: depth + 1)
        }
    }

    /// Whether `field` holds objects (a shape, a union, or a list or map of them) where no request field of its name
    /// does: it is no value a request left out (a user's Yuboto `Dlr` look-up left out its `dlr` list of the message's
    /// channels, the send's `dlr` flag being left out; our rule).
    func holdsObjectsUnlikeRequests(_ field: FieldModel) -> Bool {
        guard !field.type.nestedShapeNames.isEmpty else { return false }
        let plainName = Self.plain(field.spec.wireName.value)
        let requests = provider.model.operations.compactMap { $0.requestType.flatMap(provider.shape) }
        return !requests.flatMap { shapeNames(in: $0).compactMap(provider.shape) }.flatMap(\.fields)
            .contains { Self.plain($0.spec.wireName.value) == plainName && !$0.type.nestedShapeNames.isEmpty }
    }

    /// Whether `field` is a status (by its name) of an enum saying whether a request succeeded or failed, a case
    /// saying each (`verdictCase`): playSMS's `status`, `OK` or `ERR`.
    func saysVerdict(_ field: FieldModel) -> Bool {
        guard Self.isStatus(field.spec.wireName.value), case .enumeration(let reference) = field.type,
            let model = provider.enumeration(reference.swiftName)
        else { return false }
        return Self.verdictCase(of: model, failure: true) != nil && Self.verdictCase(of: model, failure: false) != nil
    }

    /// The case of an enum of a request's verdict saying it failed (`failure`) or succeeded: its value or summary
    /// says so (`ERR` "Failed", `OK` "Succeeded"); nil where none, or several, do.
    static func verdictCase(of model: EnumModel, failure: Bool) -> (value: String, swiftName: String, summary: String?)? {
        let said: Set<String> = failure
            ? ["err", "error", "errors", "fail", "failed", "failure", "ko", "nok", "refused", "rejected"]
            : ["ok", "success", "succeeded", "successful", "done", "accepted"]
        let saying = model.cases.filter { item in
            let words = Set(([item.value] + [item.summary ?? ""]).flatMap(SandboxProvider.words).map { $0.lowercased() })
            return !words.isDisjoint(with: said)
        }
        return saying.count == 1 ? saying[0] : nil
    }

    /// A case's value as the generated enum writes it: a JSON number for `wire: number`, else text.
    static func value(_ value: String, of model: EnumModel) -> JSONValue {
        guard model.spec.wire == .number, let number = Int64(value) else { return .string(value) }
        return .number(JSONNumber(integerLiteral: number))
    }
}

extension ResolvedType {
    /// The shapes and unions this type names, inside lists and maps too.
    var nestedShapeNames: [String] {
        switch self {
        case .shape(let reference), .union(let reference): [reference.swiftName]
        case .array(let element), .map(let element): element.nestedShapeNames
        default: []
        }
    }
}
