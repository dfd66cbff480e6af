import SMSSpecCore
import SMSSpecRuntime

/// Who a request sends to: a recipient field (`SandboxProvider.isRecipient`) the request must carry, alone or
/// as one of a group it must give one of (SMSAPI's `exactlyOne: [to, group]`). A send cannot go without its recipient;
/// an optional one outside such a group is a look-up's filter (our inference).
extension SandboxProvider {
    /// The request's fields that address messages: those the operation's request declares, without a recipient-named
    /// field the request may leave out (at any depth: at its top, in an item of its lists, in an object it holds).
    /// Twilio's listMessages `?To=…` was taken for a message sent there and owed a delivery report.
    func addressedFields(of request: JSONValue, for operation: OperationModel) -> JSONValue {
        let declared = declaredFields(of: request, for: operation)
        return operation.requestType.flatMap(shape).map { withoutOptionalRecipients(declared, requestShape: $0) } ?? declared
    }

    /// The fields the operation's request declares, has no default for, and `request` left out, by plain name; with
    /// `ofEverySend`, those every send's request declares too: a report says what became of this send, and
    /// Clickatell's report of a send through its HTTP API, which takes no `clientMessageId`, quoted the example's.
    func unsentFieldNames(of request: JSONValue, for operation: OperationModel, ofEverySend: Bool = false) -> Set<String> {
        let operations = [operation] + (ofEverySend ? model.operations.filter(sends) : [])
        let fields = operations.flatMap { $0.requestType.flatMap(shape)?.fields ?? [] }
        let sent = (request.members ?? [:]).filter { $0.value != .null }
        let unsent = Set(fields.filter { $0.defaultValue == nil && sent[$0.spec.wireName.value] == nil && !Self.saysProviderDefault($0) }
            .map { PayloadBuilder.plain($0.spec.wireName.value) })
        // A name some object of the request gives is sent, wherever else it is left out: a user's D7 report left out the
        // `originator` its `messages[]` gave, `message_globals` (not sent) holding one too (our rule).
        // So is a name another send's request has at its top that this one gives in its items (a user's Mobile Message
        // `messages[].custom_ref`, at the top of its simple send's query, was left out of its reports; our rule).
        let held = operation.requestType.flatMap(shape).map { unsentItemFieldNames(of: [request], in: $0, visited: []) } ?? []
        let given = Self.givenNames(in: request)
        return unsent.subtracting(ofEverySend ? given : []).union(held.subtracting(given))
    }

    /// Whether a request field's summary says what the provider takes when it is left out (a user's Kavenegar `sender`,
    /// "the account's default line when left out", and `date`, "now when left out"): the answer says a value for it
    /// though the request gave none (our rule; a user's Kavenegar send answered no `sender` and no `date`).
    static func saysProviderDefault(_ field: FieldModel) -> Bool {
        let summary = (field.spec.summary ?? "").lowercased()
        return ["when left out", "if left out", "when omitted", "if omitted", "when not given", "if not given", "when not set", "if not set",
                "if not provided", "when not provided", "if not specified", "when not specified"].contains { summary.contains($0) }
    }

    /// The plain names of the fields `value` gives (no null), at any depth.
    static func givenNames(in value: JSONValue, depth: Int = 0) -> Set<String> {
        guard depth < 16 else { return [] }
        if let items = value.items { return items.prefix(SandboxProvider.namedItems).reduce(into: []) { $0.formUnion(givenNames(in: $1, depth: depth + 1)) } }
        var names: Set<String> = []
        for (name, member) in value.members ?? [:] where member != .null {
            names.insert(PayloadBuilder.plain(name))
            if member.members != nil || member.items != nil { names.formUnion(givenNames(in: member, depth: depth + 1)) }
        }
        return names
    }

    /// The fields of the objects a request's fields hold (the items of its lists, its objects) that none of them gives,
    /// but recipients and ids, by plain name (our rule): a user's NHN Cloud send, its `recipientList` items giving no
    /// `recipientGroupingKey`, was answered the example's "RecipientGroupingKey" for each recipient, and a user's
    /// CallFire send, no item giving a `fromNumber` (`role: sender`), the example's "67076".
    private func unsentItemFieldNames(of values: [JSONValue], in requestShape: ShapeModel, visited: Set<String>) -> Set<String> {
        guard !visited.contains(requestShape.swiftName) else { return [] }
        var unsent: Set<String> = []
        for field in requestShape.fields {
            guard let held = itemShape(of: field) ?? objectShape(of: field) else { continue }
            let name = field.spec.wireName.value
            let objects = values.flatMap { value -> [JSONValue] in
                guard let member = value[member: name] else { return [] }
                return (member.items ?? [member]).filter { $0.members != nil }
            }
            for inner in held.fields where inner.defaultValue == nil && ![.recipient, .messageID].contains(inner.spec.role?.value)
                && !PayloadBuilder.isIdentifier(inner.spec.wireName.value)
            {
                let innerName = inner.spec.wireName.value
                if objects.allSatisfy({ ($0[member: innerName] ?? .null) == .null }) { unsent.insert(PayloadBuilder.plain(innerName)) }
            }
            unsent.formUnion(unsentItemFieldNames(of: objects, in: held, visited: visited.union([requestShape.swiftName])))
        }
        return unsent
    }

    /// `value` without the recipient-named fields a request of `requestShape` may leave out, at any depth: in the
    /// items of its lists and in the objects it holds, where one inside an object the request may leave out is such a
    /// field too (`optional`).
    /// In an item of a list the request must give (`inItem`), a recipient it may leave out is kept: the item names its
    /// addressee so, or another way (a user's Sakari `contacts[]`, each an `id` or an optional `mobile.number`).
    private func withoutOptionalRecipients(
        _ value: JSONValue, requestShape: ShapeModel, optional: Bool = false, inItem: Bool = false, visited: Set<String> = []
    ) -> JSONValue {
        guard var members = value.members, !visited.contains(requestShape.swiftName) else { return value }
        let visited = visited.union([requestShape.swiftName])
        for field in requestShape.fields {
            let name = field.spec.wireName.value
            let must = inItem || Self.mustAddress(field, in: requestShape)
            if isRecipient(field) && (optional || !must) { members[name] = nil }
            if let itemShape = itemShape(of: field), let items = members[name]?.items {
                let addressed = !optional && Self.mustAddress(field, in: requestShape)
                members[name] = .array(items.map {
                    withoutOptionalRecipients($0, requestShape: itemShape, optional: optional, inItem: addressed || inItem, visited: visited)
                })
            }
            if let held = objectShape(of: field), let member = members[name], member.members != nil {
                members[name] = withoutOptionalRecipients(member, requestShape: held, optional: optional || !must, inItem: inItem, visited: visited)
            }
        }
        return .object(members)
    }

    /// Whether the operation's request must name a recipient, at any depth (`addressesRecipients`), and it is no
    /// look-up (`isLookUp`), no check (`isCheck`) and no simulation (`simulates`): a send.
    func sends(_ operation: OperationModel) -> Bool {
        addressesRecipients(operation) && !isLookUp(operation) && !isCheck(operation) && !simulates(operation) && !carriesNoMessage(operation)
    }

    /// Whether the operation, though its request names numbers, gives nothing a message is made of and is answered
    /// no id of one: its request holds, at any depth, no text (a field declaring `role: text` or named as a message's
    /// text, `InboundCallback.textNames`), no id (a template's, a message's) but credentials and recipients, and no
    /// value of another form (a union, a map, JSON) that could hold them; its success answer declares no id at any
    /// depth. A user's Verimor blacklist add (`POST /v2/blacklists?phones=…`, answered `OK`) and remove posted
    /// "DELIVERED" reports, one for the invalid number `123`. Our inference: a send gives what it sends or is
    /// answered the id of what it sent.
    /// Whether `field` holds a message's text: a string, or a list of them (a user's iSendPro `sms`, one text per
    /// number: its send read as none), declaring `role: text` or named as a message's text (`InboundCallback.textNames`).
    private func holdsText(_ field: FieldModel) -> Bool {
        let isString = if case .array(.string) = field.type { true } else { field.type == .string || field.type == .secret }
        return isString && plays(field, .text) { [$0, (field.spec.swiftName?.value ?? "").lowercased()].contains(where: InboundCallback.textNames.contains) }
    }

    func carriesNoMessage(_ operation: OperationModel) -> Bool {
        guard let request = operation.requestType.flatMap(shape) else { return false }
        let secrets = Authenticator.secretNames(of: self)
        for (field, _) in leafFields(from: [request]) {
            switch field.type {
            case .union, .map, .json, .shape, .array(.union), .array(.map), .array(.json), .array(.array): return false
            default: break
            }
            if holdsText(field) { return false }
            // An id naming who asks (an account's, an app's: Tencent's `SmsSdkAppId`) is no content; a template's is.
            if isID(field), !secrets.contains(field.spec.wireName.value), !isRecipient(field), !Self.namesAskersID(field.spec.wireName.value) {
                return false
            }
        }
        var answersID = false
        walk(answerNamed: successAnswer(of: operation)?.shape?.value) { field, _ in
            if let field, isID(field) { answersID = true }
        }
        // Its answer's ids are other messages' where it is a list of reports (`answersReportList`) its request pages
        // or bounds in time (`boundsAList`): a user's Tencent `PullSmsSendStatusByPhoneNumber`, the statuses of the
        // messages to one number (`BeginTime`, `Limit`, `Offset`), posted a delivery report. (A send answered its
        // messages' states, Kavenegar's verify lookup, does neither.)
        return !answersID || answersReportList(operation) && boundsAList(request)
    }

    /// Whether a request of `shape` has a field paging a list (`limit`, `offset`, `page`, `per_page`) or a date
    /// bounding one in time (`begin…`, `start…`, `end…`, `from…`, `since`, `until`), no schedule's.
    private func boundsAList(_ shape: ShapeModel) -> Bool {
        shape.fields.contains { field in
            let words = SandboxProvider.words(field.spec.wireName.value).map { $0.lowercased() }
            if words.contains(where: ["limit", "offset", "page", "pagesize", "perpage"].contains) { return true }
            guard case .timestamp = field.type, !words.contains(where: { $0.hasPrefix("schedul") || $0 == "send" }) else { return false }
            return words.contains(where: ["begin", "start", "end", "from", "since", "until"].contains)
        }
    }

    /// Whether an id's name says it is of who asks (`accountId`, `SmsSdkAppId`, `client_id`), not of what is sent.
    static func namesAskersID(_ wireName: String) -> Bool {
        let words = SandboxProvider.words(wireName).map { $0.lowercased() }
        let owners = words.compactMap { $0.count > 2 && $0.hasSuffix("id") ? String($0.dropLast(2)) : nil }
        let askers: Set<String> = [
            "account", "acct", "subaccount", "user", "customer", "client", "project", "app", "application", "company", "org", "organization",
            "tenant", "workspace", "profile",
        ]
        return !Set(words + owners).isDisjoint(with: askers)
    }

    /// Whether the operation's success answer is a list of reports: a list, the answer itself (an `items:` shape), one
    /// of its top fields or of an object one holds, whose elements hold a delivery status (`deliveryStatus: true`) at
    /// any depth.
    func answersReportList(_ operation: OperationModel) -> Bool {
        guard let answer = successAnswer(of: operation)?.shape?.value, let top = shape(answer) else { return false }
        let envelopes = top.fields.compactMap { field -> ShapeModel? in if case .shape(let held) = field.type { shape(held) } else { nil } }
        let lists = (top.listElement.map { [$0] } ?? []) + ([top] + envelopes).flatMap(\.fields).compactMap { field -> ResolvedType? in
            if case .array(let element) = field.type { element } else { nil }
        }
        let deliveryTables = Set(model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
        for case .shape(let reference) in lists {
            guard let element = shape(reference) else { continue }
            var reaches = false
            walk(answerNamed: element.swiftName) { _, type in
                if case .table(let table) = type, deliveryTables.contains(table.swiftName) { reaches = true }
            }
            if reaches { return true }
        }
        return false
    }

    /// Whether the operation is a GET the spec says `idempotent: true` of: docs/spec-format.md has a GET that carries
    /// a text and a recipient but sends nothing (a price, a simulation) say so, and a GET that sends say `false`. It
    /// sends nothing and owes no report (our rule): a user's BudgetSMS `testsms` ("Simulates a send; no credit is
    /// deducted and no SMS is sent") was owed a delivery report. A POST saying it (a send deduplicated by a key, as
    /// Azure's repeatable requests) still sends.
    func simulates(_ operation: OperationModel) -> Bool {
        operation.spec.idempotent?.value == true && ["GET", "HEAD"].contains(operation.spec.method.value.uppercased())
    }

    /// Whether the operation asks about a recipient and sends nothing (Jasmin's `/rate`, a GET price check of `to`,
    /// was owed a delivery report of a message no send gave an id): its request must give, at any depth, nothing but
    /// who asks (its credentials, its sender) and the recipient — no text, no template or other id, nothing without a
    /// default —, and its success answer declares no id at any depth, nothing a report could quote; and its id or path
    /// names a check (`rate`, `price`, `cost`, `quote`, `estimate`, `check`, `hlr`): a send of an optional text or
    /// template answered a bare status was taken for one, and owed no report (a review). A send must give what it sends
    /// (a text, a template's id) or is answered the id of what it sent. Our inference.
    func isCheck(_ operation: OperationModel) -> Bool {
        let checkWords: Set<String> = ["rate", "rates", "price", "prices", "pricing", "cost", "quote", "estimate", "check", "hlr"]
        let named = Set(Self.words(operation.spec.id.value) + operation.spec.path.value.split(separator: "/").flatMap { Self.words(String($0)) })
        guard !named.isDisjoint(with: checkWords), let request = operation.requestType.flatMap(shape) else { return false }
        let secrets = Authenticator.secretNames(of: self)
        // One the spec says `idempotent: true` of, whatever method, may take a send's whole request (a user's SMS.to
        // `POST /sms/estimate`, the send's `SendRequest` and its text, answered a cost and owed a delivery report).
        for (field, held) in leafFields(from: operation.spec.idempotent?.value == true ? [] : [request]) {
            guard Self.mustAddress(field, in: held), field.defaultValue == nil else { continue }
            if !secrets.contains(field.spec.wireName.value) && !isRecipient(field) && !plays(field, .sender, orIsNamed: { _ in false }) {
                return false
            }
        }
        var answersID = false
        walk(answerNamed: successAnswer(of: operation)?.shape?.value) { field, _ in
            if let field, isID(field) { answersID = true }
        }
        return !answersID
    }

    /// Whether the operation asks about a message rather than sends one, though its request may name a recipient
    /// (SMSC.ru's `status.php?phone=…&id=…`, a GET whose `phone` is required, owed a delivery report on every poll):
    /// it carries no message and gives none an id — its request has no text field named as a message's text
    /// (`InboundCallback.textNames`: `text`, `message`, `content`, …) and its success answer no id-named field (at any
    /// depth) but the ids its request must give, the message's own and its parts' —, and it asks what became of a message it names — its request must
    /// give an id-named field that is no credential, and its answer holds a delivery status (`deliveryStatus: true`).
    /// Nor is it given anything else it must have (a send's text however named). Our inference: neither the method nor `idempotent` says it, as Infobip's, Clickatell's and Kannel's sends are
    /// GETs, most not marked `idempotent: false`; each carries a text or is answered with a new message id. A send of
    /// a template by its id (MSG91's flow, `template_id`, answered with no id) carries no text either, and no delivery
    /// status answers it.
    func isLookUp(_ operation: OperationModel) -> Bool {
        guard let request = operation.requestType.flatMap(shape) else { return false }
        // The request's shapes at any depth, its objects' and its lists' items': a user's İleti Merkezi report look-up
        // names its order in `request.order.id`, and said the order completed under `--outcome failed`.
        var requestShapes: [ShapeModel] = [], pendingShapes = [request]
        while let held = pendingShapes.popLast() {
            guard !requestShapes.contains(where: { $0.swiftName == held.swiftName }) else { continue }
            requestShapes.append(held)
            pendingShapes += held.fields.compactMap { itemShape(of: $0) ?? objectShape(of: $0) }
        }
        let carriesText = requestShapes.flatMap(\.fields).contains { field in
            (field.type == .string || field.type == .secret)
                && plays(field, .text) { [$0, (field.spec.swiftName?.value ?? "").lowercased()].contains(where: InboundCallback.textNames.contains) }
        }
        guard !carriesText else { return false }
        let secrets = Authenticator.secretNames(of: self)
        // It must be given nothing but who asks, about which message and recipient: a send whose text field has a name
        // of its own (SMSC.ru's `mes`) that must give its own `id` and is answered with a status still carries its text.
        // An object holding them is read by its fields, and a choice among an enum's values says how to read the ids
        // (a user's Ghasedak status look-up `type`: message ids or the client's), no message.
        let asksOnly = requestShapes.flatMap(\.fields).allSatisfy { field in
            let name = field.spec.wireName.value
            if itemShape(of: field) != nil || objectShape(of: field) != nil { return true }
            if case .enumeration = field.type { return true }
            // The account's own line or sender id, a field the sends declare `role: sender` (a user's SSL Wireless
            // status look-up, `{api_token, sid, csms_id}` by POST, gives the `sid` its sends do), is who asks, no
            // message: the look-up said DELIVERED under `--outcome failed`, or left its status out.
            if plays(field, .sender, orIsNamed: { _ in false }) { return true }
            return !field.spec.required || field.defaultValue != nil || secrets.contains(name) || isID(field) || isRecipient(field)
        }
        // A request that names the message it asks about by a field declaring `role: messageID` (given or not), whose
        // success answer holds a delivery status and declares no message id of its own, asks what became of a message
        // it does not send: a user's Alibaba QuerySendDetails (`PhoneNumber`, optional `BizId`, a signature's nonce,
        // a day and a page) posted a delivery report on every poll, quoting the look-up's `RequestId`. Our inference.
        // The answer's id of the name the request asks by is that message's, echoed (a user's NHN Cloud `getSms` of
        // `/sender/sms/{requestId}`, answered `data.requestId`, was read as a send and answered the example's message).
        let asked = Set(requestShapes.flatMap(\.fields).filter { $0.spec.role?.value == .messageID }.map { PayloadBuilder.plain($0.spec.wireName.value) })
        if !asked.isEmpty {
            let deliveryTables = Set(model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
            var statusAnswered = false, answersMessageID = false
            walk(answerNamed: successAnswer(of: operation)?.shape?.value) { field, type in
                if case .table(let reference) = type, deliveryTables.contains(reference.swiftName) { statusAnswered = true }
                if let field, field.spec.role?.value == .messageID, !asked.contains(PayloadBuilder.plain(field.spec.wireName.value)) {
                    answersMessageID = true
                }
            }
            if statusAnswered && !answersMessageID { return true }
        }
        guard asksOnly else { return false }
        let givenIDs = Set(requestShapes.flatMap(\.fields).filter { field in
            field.spec.required && isID(field) && !secrets.contains(field.spec.wireName.value) && !isRecipient(field)
        }.map { PayloadBuilder.plain($0.spec.wireName.value) })
        let answer = successAnswer(of: operation)
        var answerIDs: Set<String> = [], reachesDeliveryStatus = false
        let deliveryTables = Set(model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
        // The answer's id declaring `role: messageID` is the message's the request names by one declaring it too
        // (Sendchamp's `/sms/status/{sms_uid}` answered `data.id`, Mailjet's `/sms/{id}` its `MessageId`), and a
        // part's id (tyntec's `parts[].partId`) is of a part of it: no new message's. Both read as a send's, and the
        // look-up answered its example's state under `--outcome failed`.
        let namesMessage = requestShapes.flatMap(\.fields).contains { $0.spec.required && $0.spec.role?.value == .messageID }
        // A request naming the message in its path (`/messages/{messageid}`) asks for that resource: where its answer
        // echoes it, the answer's other ids are that message's details (The SMS Works' `customerid`, SMSCountry's
        // call's `ApiId`), no new message's. Each read as a send's, and the look-up said DELIVERED under `--outcome failed`.
        let namesMessageInPath = request.fields.contains { $0.spec.required && $0.spec.role?.value == .messageID && $0.spec.placement == .path }
        var echoesMessage = false
        walk(answerNamed: answer?.shape?.value) { field, type in
            if case .table(let reference) = type, deliveryTables.contains(reference.swiftName) { reachesDeliveryStatus = true }
            if namesMessage, field?.spec.role?.value == .messageID { echoesMessage = true }
            if let field, isID(field), !(namesMessage && field.spec.role?.value == .messageID),
                !Self.words(field.spec.wireName.value).contains("part")
            {
                answerIDs.insert(PayloadBuilder.plain(field.spec.wireName.value))
            }
        }
        // An id a request of the provider gives (the client's own, Beem's `recipients[].recipient_id`) is no new id of the
        // answer's: Beem's delivery-report look-up, whose report echoes it, read as a send and owed a report per poll.
        let givesNoNewID = answerIDs.subtracting(givenIDs).subtracting(clientIDs).isEmpty || namesMessageInPath && echoesMessage
        return givesNoNewID && !givenIDs.isEmpty && reachesDeliveryStatus
    }

    /// The operation's first successful (2xx) answer, else its first.
    func successAnswer(of operation: OperationModel) -> ResponseSpec? {
        operation.spec.responses.first { ($0.representativeStatus ?? 0) / 100 == 2 } ?? operation.spec.responses.first
    }

    /// The plain names of the caller's own references: the optional id fields, declaring no role, of a send's request
    /// at any depth (Instasent's `clientId`, Ghasedak's `clientReferenceId`), which a send does not need; not a bare
    /// `id` (SMSC.ru's), which its answer and reports give as the message's where the request gives none. Our rule.
    var clientReferenceNames: Set<String> {
        var names: Set<String> = [], seen: Set<String> = []
        var pending = model.operations.filter(sends).compactMap { $0.requestType.flatMap(shape) }
        while let held = pending.popLast() {
            guard seen.insert(held.swiftName).inserted else { continue }
            for field in held.fields {
                if !field.spec.required, field.spec.role == nil, isID(field) || PayloadBuilder.isReferenceNamed(field.spec.wireName.value), declaredRoles[field.spec.wireName.value.lowercased()] == nil,
                    !PayloadBuilder.bareIdentifiers.contains(PayloadBuilder.plain(field.spec.wireName.value))
                {
                    names.insert(PayloadBuilder.plain(field.spec.wireName.value))
                }
                pending += field.type.nestedShapeNames.compactMap(shape)
            }
        }
        return names
    }

    /// The plain names of the id fields of every operation's request, at any depth: ids the client gives.
    private var clientIDs: Set<String> {
        var names: Set<String> = [], seen: Set<String> = []
        var pending = model.operations.compactMap { $0.requestType.flatMap(shape) }
        while let held = pending.popLast() {
            guard seen.insert(held.swiftName).inserted else { continue }
            for field in held.fields {
                if isID(field) { names.insert(PayloadBuilder.plain(field.spec.wireName.value)) }
                pending += field.type.nestedShapeNames.compactMap(shape)
            }
        }
        return names
    }

    /// Whether a field is an id: declared `role: messageID`, or named as one (`id`, `…id`, `…ids`), and a text or
    /// number, or a list of them (a boolean `valid` is none).
    private func isID(_ field: FieldModel) -> Bool {
        let scalars: [ResolvedType] = [.string, .secret, .int, .int64]
        if case .array(let element) = field.type { return scalars.contains(element) && plays(field, .messageID, orIsNamed: PayloadBuilder.isIdentifierList) }
        return scalars.contains(field.type) && plays(field, .messageID, orIsNamed: PayloadBuilder.isIdentifier)
    }

    /// Calls `visit` with each field and type in a value of the shape or union `name`, at any depth: the fields of
    /// shapes, the elements of lists and maps, the variants of unions (with no field); each shape and union once.
    func walk(answerNamed name: String?, _ visit: (FieldModel?, ResolvedType) -> Void) {
        var seen: Set<String> = []
        var pending: [(field: FieldModel?, type: ResolvedType)] = []
        func enter(shape held: ShapeModel) {
            guard seen.insert(held.swiftName).inserted else { return }
            pending += held.fields.map { ($0, $0.type) }
            if let element = held.listElement { pending.append((nil, element)) }
        }
        func enter(union held: UnionModel) {
            guard seen.insert("union " + held.swiftName).inserted else { return }
            pending += held.variants.map { (nil, $0.type) }
        }
        if let name, let held = shape(name) { enter(shape: held) } else if let name, let held = union(name) { enter(union: held) }
        while let (field, type) = pending.popLast() {
            visit(field, type)
            switch type {
            case .array(let element), .map(let element): pending.append((nil, element))
            case .shape(let reference): if let held = shape(reference) { enter(shape: held) }
            case .union(let reference): if let held = union(reference) { enter(union: held) }
            default: break
            }
        }
    }

    /// Whether the operation cancels messages: its id or path says so (`cancel`, `cancelSms`, `/sms/cancel`). Its
    /// answer lists the messages cancelled in the state its example gives them (a user's Smshosting cancel, whose
    /// example says `NOSENT`, said each `DELIVERED`, the run's outcome, as a listing of reports does; our rule).
    func cancels(_ operation: OperationModel) -> Bool {
        let named = Self.words(operation.spec.id.value) + operation.spec.path.value.split(separator: "/").flatMap { Self.words(String($0)) }
        return !Set(named).isDisjoint(with: ["cancel", "cancels", "cancellation", "canceled", "cancelled"])
    }

    /// Whether the operation lists messages in their delivery states, sending none and naming none (a pull of new
    /// reports, a listing of the messages sent: a user's Yunpian `pull_status`, SMSEagle's `messages/sent?id_from=…`,
    /// Mailjet's `GET /v4/sms?To=…`): it is no send, look-up or check; its request, if any, carries no text (a field
    /// declaring `role: text` or named as a message's text is, `InboundCallback.textNames`); and its success answer is
    /// a list, the answer itself (an `items:` shape), one of its top fields or of an object one holds, whose elements hold a delivery status
    /// (`deliveryStatus: true`) at any depth. Our inference: each said its example's state under `--outcome failed`.
    func listsReports(_ operation: OperationModel) -> Bool {
        guard !sends(operation), !isLookUp(operation), !isCheck(operation), !cancels(operation) else { return false }
        var seen: Set<String> = [], pending = operation.requestType.flatMap(shape).map { [$0] } ?? []
        while let held = pending.popLast() {
            guard seen.insert(held.swiftName).inserted else { continue }
            for field in held.fields {
                if let inner = itemShape(of: field) ?? objectShape(of: field) { pending.append(inner) }
                if holdsText(field) { return false }
            }
        }
        // Or of an object of the answer's (an envelope: a user's Tencent `Response.PullSmsSendStatusSet`, answered `[]`
        // after a send).
        return answersReportList(operation)
    }

    /// Whether the operation's request must name a recipient, at any depth: at its top, in an item of its lists, or in
    /// an object it must give (Orange's `outboundSMSMessageRequest.address`), and so on down.
    func addressesRecipients(_ operation: OperationModel) -> Bool {
        guard let request = operation.requestType.flatMap(shape) else { return false }
        return addresses(request, visited: [])
    }

    /// Whether a request of `shape` must name a recipient (`addressesRecipients`).
    private func addresses(_ shape: ShapeModel, visited: Set<String>) -> Bool {
        guard !visited.contains(shape.swiftName) else { return false }
        let visited = visited.union([shape.swiftName])
        return shape.fields.contains { field in
            // A list of objects, or an object, names a recipient in a field it holds, whatever its own name: Beem's
            // `recipients` of objects whose `dest_addr` was no recipient's name read as a send, which owed a report it
            // could never write, and the log said nothing at start.
            // A list the request must give whose items hold a recipient, even one they may leave out, names one in
            // each item (a user's Sakari `contacts[]`, each an `id` or an optional `mobile.number`, owed no report).
            if let items = itemShape(of: field) {
                return addresses(items, visited: visited) || Self.mustAddress(field, in: shape) && holdsRecipient(items, visited: visited)
            }
            if let held = objectShape(of: field) { return Self.mustAddress(field, in: shape) && addresses(held, visited: visited) }
            return isRecipient(field) && Self.mustAddress(field, in: shape)
        }
    }

    /// Whether a value of `shape` holds a recipient field at any depth, required or not.
    private func holdsRecipient(_ shape: ShapeModel, visited: Set<String>) -> Bool {
        guard !visited.contains(shape.swiftName) else { return false }
        let visited = visited.union([shape.swiftName])
        return shape.fields.contains { field in
            if let held = itemShape(of: field) ?? objectShape(of: field) { return holdsRecipient(held, visited: visited) }
            return isRecipient(field)
        }
    }

    /// Whether a request of `shape` names its recipients in `field` whenever it can: the field is required, or one of
    /// a group the request must give one of (`exactlyOne`, `atLeastOne`), as a send to numbers or to a group is.
    private static func mustAddress(_ field: FieldModel, in shape: ShapeModel) -> Bool {
        field.spec.required
            || shape.presence.contains { $0.rule != .atMostOne && $0.fields.contains { $0.spec.wireName.value == field.spec.wireName.value } }
    }

    /// Why the provider's delivery reports are never sent, for the log at start; nil when a send may owe one. A
    /// report is per recipient: Twilio Conversations' createMessage posts to a conversation, whose participants the
    /// sandbox does not know, and its receipts were silently never sent.
    /// So are those of a provider whose callbacks carry no delivery status: SMS.ru's one callback, a form of raw event
    /// lines, and its accepted sends owed no report without a word.
    var unsentReportsNote: String? {
        guard let callback = DeliveryCallback(provider: self) else {
            let callbacks = model.callbacks.map(\.spec.name.value)
            guard !callbacks.isEmpty, model.operations.contains(where: sends) else { return nil }
            return "\(id): no delivery reports are sent: no callback (\(callbacks.joined(separator: ", "))) holds a delivery-status table "
                + "(deliveryStatus: true) to say what became of a message"
        }
        guard !model.operations.contains(where: sends) else { return nil }
        let recipients = recipientNames.sorted().joined(separator: ", ")
        return "\(id): no delivery reports (\(callback.callback.spec.name.value)) are sent: a report is per recipient, and no "
            + "operation's request must name one (a field \(recipients))"
    }

    /// The shape of the items of a list field of shapes.
    /// The fields of `roots` and of the shapes they hold at any depth (an object's, a list's items'; each shape once),
    /// but those holding such a shape, each with the shape it is a field of, in the order the walk meets them.
    private func leafFields(from roots: [ShapeModel]) -> [(field: FieldModel, holder: ShapeModel)] {
        var leaves: [(field: FieldModel, holder: ShapeModel)] = []
        var seen: Set<String> = [], pending = roots
        while let held = pending.popLast() {
            guard seen.insert(held.swiftName).inserted else { continue }
            for field in held.fields {
                if let inner = itemShape(of: field) ?? objectShape(of: field) {
                    pending.append(inner)
                } else {
                    leaves.append((field, held))
                }
            }
        }
        return leaves
    }

    private func itemShape(of field: FieldModel) -> ShapeModel? {
        if case .array(.shape(let element)) = field.type { shape(element) } else { nil }
    }

    /// The shape of a field that is an object of one.
    private func objectShape(of field: FieldModel) -> ShapeModel? {
        if case .shape(let held) = field.type { shape(held) } else { nil }
    }
}
