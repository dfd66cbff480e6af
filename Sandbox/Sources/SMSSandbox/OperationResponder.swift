import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// Answers one operation as its spec says: which status, which shape and which code for each case.
struct OperationResponder {
    let provider: SandboxProvider
    let operation: OperationModel
    let builder: PayloadBuilder
    /// What becomes of accepted messages (`--outcome`): what a look-up answers of one.
    let outcomes: OutcomePolicy
    /// The request's fields as read, where they were: a refusal's per-recipient results name its recipients.
    var request: JSONValue? = nil

    private var operationID: String { operation.spec.id.value }
    private var responses: [ResponseSpec] { operation.spec.responses }

    /// The ids a look-up asks about: those it lists (`lookedUpIDs`), else the id its path ends in (`pathIDName`), else
    /// the text of each id field it gives at its top.
    private func askedIDs(in request: JSONValue) -> [String] { askedIDFields(in: request).map(\.value) }

    /// `askedIDs`, each with the request's field that gave it. A look-up whose path ends in an id asks about that one
    /// alone (our rule): Twilio's `Accounts/{AccountSid}/Messages/{Sid}.json` of a `Sid` never sent was taken for the
    /// message whose answer echoed the account's `AccountSid`, and answered its number and text.
    private func askedIDFields(in request: JSONValue) -> [(name: String, value: String)] {
        if let listed = lookedUpIDs(in: request) { return listed.values.map { (listed.parameter, $0) } }
        if let name = pathIDName, let value = request[member: name].flatMap(FormEncoder.text(of:)) { return [(name, value)] }
        return (request.members ?? [:]).sorted { $0.key < $1.key }.filter { provider.isIdentifier($0.key) }
            .compactMap { member in FormEncoder.text(of: member.value).map { (member.key, $0) } }
    }

    /// The id the operation's path ends in (Twilio's `{Sid}` of `Messages/{Sid}.json`): the record it names.
    private var pathIDName: String? {
        guard let last = SandboxProvider.segments(operation.spec.path.value).last, let name = PathTemplateSegment(last).names.last,
            provider.isIdentifier(name)
        else { return nil }
        return name
    }

    /// Whether the operation asks about the one message its request must name (`bodyIDName`, `pathIDName`), no send,
    /// cancel or check: a GET, or one whose id says it gets or looks up a status (`getMessageStatus`).
    private var asksAboutOne: Bool {
        guard (bodyIDName ?? pathIDName) != nil, !provider.sends(operation), !provider.cancels(operation), !provider.isCheck(operation) else { return false }
        if ["GET", "HEAD"].contains(operation.spec.method.value.uppercased()) { return true }
        let words = Set(SandboxProvider.words(operation.spec.id.value).map { $0.lowercased() })
        return !words.isDisjoint(with: ["get", "status", "lookup", "query", "fetch", "retrieve", "show", "read", "info", "details", "dlr"])
    }

    /// The one field of the request, no send's, declaring `role: messageID` that it must give, a single id, where its
    /// path ends in none: the record it names, as a path's id does (a user's SMSPlanet `getMessageStatus`, `messageId`
    /// in its form, answered its example's numbers and text for a message sent to others; our rule).
    private var bodyIDName: String? {
        guard pathIDName == nil, !provider.sends(operation), let shape = operation.requestType.flatMap(provider.shape) else { return nil }
        let named = shape.fields.filter { $0.spec.required && $0.spec.role?.value == .messageID && [.string, .int, .int64].contains($0.type) }
        return named.count == 1 ? named[0].spec.wireName.value : nil
    }

    /// The ids a request lists in a field declared `role: messageID` or named as ids are (`sms_id`, `ids`; a list, or
    /// a text its `separator` or commas join), credentials aside, and the field: a look-up's (SMS.ru's status of
    /// `sms_id=a,b`).
    private func lookedUpIDs(in request: JSONValue) -> (parameter: String, values: [String])? {
        guard let shape = operation.requestType.flatMap(provider.shape) else { return nil }
        for field in shape.fields where builder.isIdentifierList(field) {
            // A single id too, where the field declares it the message's (a user's EBulkSMS `getdlr.json?uniqueid=m-1`
            // was answered an empty list, or an entry of a made-up id: a look-up answers the id it was asked).
            let single = field.spec.role?.value == .messageID && [.string, .int, .int64].contains(field.type)
            guard single || { if case .array(let element) = field.type { [.string, .int, .int64].contains(element) } else { false } }(),
                let value = request[member: field.spec.wireName.value]
            else { continue }
            let texts: [String]
            switch value {
            case .array(let items): texts = items.compactMap(FormEncoder.text(of:))
            case .string(let text):
                let separator = provider.joinedListSeparators[field.spec.wireName.value] ?? ","
                texts = SeparatedList.texts(of: text, separator: separator)
            default: texts = FormEncoder.text(of: value).map { [$0] } ?? []
            }
            // As many as a list's messages are named (`SandboxProvider.namedItems`): 4 MiB of ids built an answer of
            // tens of megabytes.
            let ids = texts.filter { !$0.isEmpty }.prefix(SandboxProvider.namedItems)
            if !ids.isEmpty { return (field.spec.wireName.value, Array(ids)) }
        }
        return nil
    }

    // MARK: Cases

    /// A valid request: the first successful answer the spec documents, with fresh ids.
    func accepted(
        request: JSONValue, itemCodes: [Int: StatusEntry] = [:], itemList: String? = nil, itemReasons: [Int: (field: String, reason: String)] = [:],
        deliveries: ([AcceptedMessage]) -> [PendingDelivery]
    ) -> SandboxAnswer {
        // One instant for the answer and the times kept of its messages (`SentMessages.time(of:)`).
        if PayloadBuilder.instant == nil {
            return PayloadBuilder.$instant.withValue(Date()) {
                accepted(request: request, itemCodes: itemCodes, itemList: itemList, itemReasons: itemReasons, deliveries: deliveries)
            }
        }
        let response = provider.successAnswer(of: operation)
        let shape = answerShape(of: response)
        let lookUp = provider.isLookUp(operation)
        if let unknown = unknownMessageRefusal(request: request, shape: shape, lookUp: lookUp) { return unknown }
        let addressed = provider.addressedFields(of: request, for: operation)
        var plan = PayloadPlan(scope: request, placed: RequestPlace(value: request, shape: operation.requestType.flatMap(provider.shape)), operation: operationID)
        plan.unsent = provider.unsentFieldNames(of: request, for: operation)
        plan.successStatus = response?.representativeStatus
        for field in operation.requestType.flatMap(provider.shape)?.fields ?? [] where field.spec.placement == .path {
            let name = field.spec.wireName.value
            if !PayloadBuilder.bareIdentifiers.contains(PayloadBuilder.plain(name)), let value = request[member: name] { plan.pathValues[name] = value }
        }
        // The id a send's reports quote is the message's, given whatever the request left out: SMSC.ru's optional
        // `id`, left out as an echo of the request's own optional `id`, while its reports quoted a fresh one.
        if let shape, !lookUp, !builder.addressees(in: addressed).addressees.isEmpty, let callback = DeliveryCallback(provider: provider) {
            let echoed = Set(requestFieldNames.map(PayloadBuilder.plain))
            plan.unsent.subtract(callback.quotedIDs(of: shape, echoed: echoed, builder: builder).map(PayloadBuilder.plain))
        }
        // A look-up under another path than its send's (a user's 8x8 `subaccounts/other_acct/messages/{umid}` of a
        // message sent under `riders_hq`) asks for an id never answered there: no message of that account (our rule).
        // A look-up of an id a send was answered names the recipient it was sent to, in that recipient's outcome.
        // So does any other operation naming one message by the id its path ends in (a user's Spryng `GET
        // /messages/{id}`, whose answer holds no delivery status, said the example's `body` and `originator`; our rule).
        // And a list of reports asked for by an id declaring `role: messageID` (a user's Verimor `GET /v2/status?id=…`
        // of the campaign a send was answered listed the example's `dest` and a made-up campaign).
        let namesSent = lookUp || !provider.sends(operation) && (pathIDName ?? bodyIDName) != nil || asksByMessageID(request)
        // Either, under another path than its send's, asks for an id never answered there (a review: Sinch's
        // `getBatch` under another plan gave out the batch's text).
        let foreign = namesSent ? askedIDs(in: request).first { id in
            (builder.sent?.pathValues(of: id, provider: provider.id) ?? [:]).contains { name, value in
                plan.pathValues[name].flatMap(FormEncoder.text(of:)).map { $0 != value } ?? false
            }
        } : nil
        let sentTo = namesSent && foreign == nil ? askedIDs(in: request).lazy.compactMap { self.builder.sent?.recipient(of: $0, provider: self.provider.id) }.first : nil
        // A look-up of a batch id (a user's D7 `request_id`, beside each message's own `msg_id`) lists its messages.
        let asked = lookUp || bodyIDName != nil ? askedIDs(in: request) : []
        // So does a look-up of an id answered to several recipients, a batch of that id (a user's mNotify campaign
        // `_id`, its report of a campaign to two numbers listing one; our rule).
        // And a list naming each recipient, no message id (a user's Transmit SMS `recipients[].mobile`, NetGSM's report
        // lines `{gsmno} {status}`: one entry, the last recipient, on every line; our rule).
        let batch = asked.count == 1 && foreign == nil && shape.map({ listsMessages($0) || listsRecipients($0) }) == true
            ? builder.sent?.batch(asked[0], provider: provider.id) : nil
        if namesSent, batch == nil, let sentTo, (lookedUpIDs(in: request)?.values.count ?? 1) <= 1 {
            plan.recipient = sentTo
            // And the time it was created, as its send's answer said it (a user's SMS Aero `dateCreate` was later in
            // the look-up than in the send's answer; our rule).
            plan.createdAt = askedIDs(in: request).lazy.compactMap { self.builder.sent?.time(of: $0, provider: self.provider.id) }.first
            // And the ids its request item gave beside it, where the look-up gives none of their names: a user's Beem
            // report look-up said a fresh `recipient_id` where the send gave "7", which its callback said (our rule).
            // The id asked for is quoted beside them, as its own field's: an id of another name the send gave is never
            // the message's (Twilio's `sid` said the `MessagingServiceSid` a send gave; our rule).
            if let (asked, given) = askedIDFields(in: request).lazy.map({ ($0, self.builder.sent?.itemIDs(of: $0.value, provider: self.provider.id) ?? [:]) })
                .first(where: { !$0.1.isEmpty })
            {
                for (name, value) in given where request[member: name] == nil && plan.ids[name] == nil { plan.ids[name] = value }
                if plan.ids[asked.name] == nil {
                    let given = request[member: asked.name]
                    plan.ids[asked.name] = given.flatMap(FormEncoder.text(of:)) == asked.value ? given : .string(asked.value)
                }
                // Not left out as a filter the look-up's request left out: a user's Smshosting search by `id` said no
                // `transactionId` (its request's optional filter), which its send was answered (our rule).
                plan.unsent.subtract(plan.ids.keys.map(PayloadBuilder.plain))
            }
            // And the text it was sent, where the look-up gives none (our rule): a user's NHN Cloud `getSms` of a
            // message sent said the example's `body` "Body".
            if let sent = askedIDs(in: request).lazy.compactMap({ self.builder.sent?.text(of: $0, provider: self.provider.id) }).first,
                builder.sentText(in: request) == nil, var members = request.members, members[sent.name] == nil
            {
                members[sent.name] = .string(sent.text)
                plan.scope = .object(members)
                plan.placed?.value = plan.scope
            }
            // And the other values its send gave (its sender, the caller's data), where the look-up gives none of their
            // names (our rule): a user's LOX24 look-up left out the `callback_data` its send's answer repeated, and a
            // user's Flowroute look-up said `"from": ""` for a message sent from 12065550101.
            if let given = askedIDs(in: request).lazy.map({ self.builder.sent?.values(of: $0, provider: self.provider.id) ?? [:] }).first(where: { !$0.isEmpty }),
                var members = plan.scope.members
            {
                for (name, value) in given where members[name] == nil && request[member: name] == nil { members[name] = value }
                plan.scope = .object(members)
                plan.placed?.value = plan.scope
                // And no optional value its send left out: a user's Spryng look-up said the example's `reference`.
                plan.unsent.formUnion(provider.unsentFieldNames(of: plan.scope, for: operation, ofEverySend: true)
                    .subtracting(plan.ids.keys.map(PayloadBuilder.plain)))
            }
            // Nor where its send gave no other value: a user's SimpleTexting `getMessage` of a message sent with a
            // recipient and a text alone said the example's `subject` and `mediaItems` (our rule).
            if let left = askedIDs(in: request).lazy.map({ self.builder.sent?.unsent(of: $0, provider: self.provider.id) ?? [] }).first(where: { !$0.isEmpty }) {
                plan.unsent.formUnion(left.subtracting(plan.ids.keys.map(PayloadBuilder.plain)).subtracting((request.members ?? [:]).keys.map(PayloadBuilder.plain)))
            }
        }
        // So does a list of messages in their delivery states that names none (`SandboxProvider.listsReports`): a
        // user's Yunpian `pull_status`, SMSEagle's `messages/sent` and Mailjet's `/v4/sms` said their examples' SUCCESS,
        // `delivery_ok` and `sent` under `--outcome failed` (our rule).
        // Not a cancel's, which says its messages in the state its example gives them (`SandboxProvider.cancels`).
        if lookUp && !provider.cancels(operation) || provider.listsReports(operation), let shape {
            plan.codes = lookedUpState(of: shape, request: request, sentTo: sentTo)
            // A message its send scheduled for later is not sent yet (a user's Smshosting search of a send scheduled
            // for 2030 said `DELIVERED`; our rule).
            if lookUp, let sent = builder.sent, let id = askedIDs(in: request).first, askedIDs(in: request).count == 1,
                provider.wasScheduled(sent.values(of: id, provider: provider.id))
            {
                plan.codes = provider.scheduledCodes(plan.codes)
            }
        }
        // A list of reports naming no message lists the messages sent, each by the id its list's element quotes (our
        // rule): a user's Tencent `PullSmsSendStatus` and SMS.ir `GET /send/live` answered `[]` right after a send.
        // One the spec says `idempotent: false` of lists each once (Tencent's pull of the statuses not yet pulled); one
        // naming recipients those sent to them (Tencent's `PullSmsSendStatusByPhoneNumber`).
        // So does a look-up by an id its request may leave out, of a list of reports, given none (our rule): a user's
        // Exolve `GetList {}` (an optional `message_id` filter) listed its example's message under a fresh id.
        let listsAll = provider.listsReports(operation) && !namesSent
            || lookUp && askedIDs(in: request).isEmpty && provider.answersReportList(operation)
        if listsAll, batch == nil, lookedUpIDs(in: request) == nil, let shape,
            let own = reportListElementID(of: shape),
            case let named = Set(builder.recipients(in: provider.addressedFields(of: request, for: operation))),
            let listed = builder.sent?.recent(named: own, provider: provider.id, limit: 100, consuming: operation.spec.idempotent?.value == false && named.isEmpty)
                .filter({ named.isEmpty || named.contains($0.recipient) }),
            !listed.isEmpty
        {
            plan.batch = listed.map { ($0.id, $0.recipient, lookedUpState(of: shape, request: request, sentTo: $0.recipient)) }
        }
        if let batch, let shape {
            plan.batch = batch.map { ($0.id, $0.recipient, lookedUpState(of: shape, request: request, sentTo: $0.recipient)) }
            // Nor an optional value its send left out, as a look-up of one message (a user's SendPulse campaign info
            // of a send to three numbers said its example's `address_book_id`; our rule).
            let given = builder.sent?.values(of: asked[0], provider: provider.id) ?? [:]
            if !given.isEmpty, var members = request.members {
                for (name, value) in given where members[name] == nil { members[name] = value }
                plan.unsent.formUnion(provider.unsentFieldNames(of: .object(members), for: operation, ofEverySend: true)
                    .subtracting(plan.ids.keys.map(PayloadBuilder.plain)))
            }
            if let left = builder.sent?.unsent(of: asked[0], provider: provider.id), !left.isEmpty {
                plan.unsent.formUnion(left.subtracting(plan.ids.keys.map(PayloadBuilder.plain)).subtracting((request.members ?? [:]).keys.map(PayloadBuilder.plain)))
            }
            // With the text the batch was sent, where the look-up gives none: its parts are counted (a user's D7 message
            // log said the example's `number_of_sms: 4` for "Hi"; our rule).
            if let sent = builder.sent?.text(of: asked[0], provider: provider.id), builder.sentText(in: request) == nil,
                var members = plan.scope.members, members[sent.name] == nil
            {
                members[sent.name] = .string(sent.text)
                plan.scope = .object(members)
                plan.placed?.value = plan.scope
            }
        }
        // A look-up naming one message by a field declaring `role: messageID` (Mocean's `mocean-msgid`) is answered that
        // id where its answer declares the message's (`msgid`): it was a fresh one. An id no send of this run was
        // answered is the table's code for an unknown message, where one says so (`notFoundCode`): Mocean's look-up of
        // `abc` said "delivered" (our rule; the sandbox keeps the ids it answered, `SentMessages`).
        var unknownNote = ""
        var notFoundTable: String?
        // So is a list of reports asked for by such an id (a user's Verimor `GET /v2/status?id=999999`, answered a
        // DELIVERED report where its 404 says "No campaign has that id").
        // And so is a status asked by the one id its request must give (a user's SMSPlanet `getMessageStatus` of
        // `messageId=nonexistent` answered its example, delivered).
        var foundNothing = false
        if lookUp || provider.listsReports(operation) || asksAboutOne, plan.lookedUp == nil, let asked = lookedUpIDs(in: request), asked.values.count == 1,
            provider.declaredRoles[asked.parameter.lowercased()]?.contains(.messageID) == true
        {
            plan.lookedUp = (asked.parameter, .string(asked.values[0]))
            plan.lookedUpDeclared = shape.map { builder.declaresMessageID(in: $0) } ?? false
            if let sent = builder.sent, sent.recipient(of: asked.values[0], provider: provider.id) == nil || foreign != nil, let shape,
                let notFound = notFoundCode(answering: shape)
            {
                let kept = foreign.map { sent.pathValues(of: $0, provider: provider.id) } ?? [:]
                let under = kept.keys.sorted().compactMap { name in plan.pathValues[name].flatMap(FormEncoder.text(of:)).map { "\(name) \($0)" } }
                    .joined(separator: ", ")
                let reason = "message id \"\(asked.values[0])\" was never answered to a send\(under.isEmpty ? "" : " under \(under)") (since the sandbox started)"
                // A list answer (an `items:` shape) refuses the whole request, one element: a user's NetGSM report of a
                // bulk id never sent said `60` once per example line (our rule). Not where the code is an entry's status.
                let entryStatus = provider.model.tables.contains { $0.swiftName == notFound.table && $0.spec.isDeliveryStatus }
                // Nor where its table gives it a status of its own, not the success's (a user's SMS.ir 111 "No send with
                // this id", `httpStatus: 400`, under its `4XX` answer): refused, as the table says.
                let ownStatus = !entryStatus && !notFound.httpStatuses.isEmpty && !notFound.httpStatuses.contains(response?.representativeStatus ?? 200)
                if builder.reaches(shapeNamed: shape.swiftName, table: notFound.table), shape.listElement == nil || entryStatus, !ownStatus {
                    plan.codes = [notFound.table: notFound]
                    notFoundTable = notFound.table
                    unknownNote = " (\(notFound.table) \(notFound.codeAndName): \(reason))"
                } else if unsayable(notFound), listsMessages(shape) {
                    // A refusal its operation answers under a success whose shape cannot hold it (a user's Smshosting
                    // HTTPStatus 404, documented by no answer of its search, fell to the 200 of `SearchAnswer`, with
                    // no body) is not said: a search lists nothing it does not know, an empty page (our rule).
                    notFoundTable = notFound.table
                    unknownNote = " (found nothing: \(reason); \(notFound.table) \(notFound.codeAndName) is not answered: no answer of the operation documents its status)"
                } else {
                    return failure(notFound, reason: reason, field: asked.parameter)
                }
            } else if let sent = builder.sent, sent.recipient(of: asked.values[0], provider: provider.id) == nil || foreign != nil,
                sent.answeredAny(provider: provider.id), let shape
            {
                // No code of its tables says an id is not found: a list of the messages it matches lists none (a user's
                // Exolve `GetList` of an id never sent listed its example's message), and else it is the closest
                // documented refusal, an invalid value of the id (a user's SMS Dev `dlr?id=999` said `RECEBIDA`,
                // delivered, and its example's 100 credits; our rule). The log says so. Not before any send of the
                // run was answered an id: an id a look-up asks then may be an earlier run's, which no documented
                // answer tells apart (it is looked up as before).
                let reason = "message id \"\(asked.values[0])\" was never answered to a send (since the sandbox started)"
                let undocumented = "no code of \(provider.id)'s tables says an id is not found"
                if listsMessages(shape) || provider.answersReportList(operation) {
                    foundNothing = true
                    unknownNote = " (found nothing: \(reason); \(undocumented))"
                } else {
                    var refusal = genericInvalid(.brokenRule(field: asked.parameter), reason: reason)
                    refusal.summary += "; \(undocumented): answered as an invalid \(asked.parameter)"
                    return refusal
                }
            }
        }
        plan.itemCodes = itemCodes
        plan.itemList = itemList
        plan.itemReasons = itemReasons
        if !lookUp, provider.sends(operation), let shape, let scheduled = scheduledState(of: shape, request: request) { plan.codes[scheduled.table] = scheduled }
        // An envelope's success saying some of the messages were accepted (TurboSMS's 802
        // SUCCESS_MESSAGE_PARTIAL_ACCEPTED, its example's) says all were where no recipient was refused, and the other way
        // round (`partialCounterpart`; our rule).
        if !lookUp, let shape, let (table, entry) = envelopeSuccess(of: shape),
            let other = Self.partialCounterpart(of: entry, in: table, partial: !itemCodes.isEmpty)
        {
            plan.codes[table.id] = other
        }
        if let name = pathIDName {
            plan.lookedUp = request[member: name].map { (name, $0) }
            plan.lookedUpDeclared = shape.map { builder.declaresMessageID(in: $0) } ?? false
        }
        // Not a send's: its own ids for its messages (Kavenegar's `localid`) ask for nothing.
        plan.lookedUpIDs = provider.sends(operation) ? nil : lookedUpIDs(in: request)
        // Of several ids asked at once, one never answered to a send is listed nowhere, as one asked alone is, where
        // no code says it is not found and the answer is a list of messages (not a map by id, whose example may give an
        // error entry: Arkesel's `message-reports`) (our rule: a user's TheTexting `search/messages?message_id=<sent>&message_id=999`
        // listed a made-up message 999, "Test SMS" to the example's number). The log says which.
        if lookUp || provider.listsReports(operation), let ids = plan.lookedUpIDs, ids.values.count > 1, let sent = builder.sent,
            sent.answeredAny(provider: provider.id), let shape, notFoundCode(answering: shape) == nil, listsMessages(shape)
        {
            let known = ids.values.filter { sent.recipient(of: $0, provider: provider.id) != nil }
            let never = ids.values.filter { !known.contains($0) }
            if !never.isEmpty {
                plan.lookedUpIDs = (ids.parameter, known)
                let listed = never.prefix(5).map { "\"\(DisplayText.escapedExcerpt($0))\"" }.joined(separator: ", ") + (never.count > 5 ? ", …" : "")
                unknownNote += " (found nothing for message id(s) \(listed): never answered to a send (since the sandbox started))"
            }
        }
        // A search listing messages by what their sends gave (a recipient, another id its send was answered) lists the
        // messages of this run that match (`searchedMessages`).
        if lookUp, plan.lookedUpIDs == nil, plan.lookedUp == nil, pathIDName == nil, let shape, let found = searchedMessages(request, answering: shape) {
            plan.lookedUpIDs = found
            plan.batch = nil
            plan.recipient = nil
        }
        // An id never answered to a send, answered the not-found code, is listed nowhere and said delivered nowhere
        // (our rule): a user's Mobizon look-up of `ids[]=999` listed it `DELIVRD` beside its code 2 "Not found.".
        // A code of the delivery-status table is the entry's own status (Ghasedak's -1 NotFound): the entry is kept.
        if notFoundTable != nil || foundNothing, let shape {
            let deliveryStatus = provider.model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName)
            if let asked = plan.lookedUpIDs, !(notFoundTable.map(deliveryStatus.contains) ?? false) { plan.lookedUpIDs = (asked.parameter, []) }
            // An answer that is a list of messages lists none (a user's Onurix `messages-state` of an id never sent
            // listed its example's message, its number; our rule).
            if foundNothing, shape.listElement != nil, listsMessages(shape) { plan.batch = [] }
            plan.unsaid.formUnion(deliveryStatus.filter { $0 != notFoundTable && builder.reaches(shapeNamed: shape.swiftName, table: $0) })
        }
        var wire: WrittenAnswer?
        if let (variant, example) = successVariant(of: response) {
            // A union's success in the variant its example of a success is written in (LabsMobile's prices by country).
            let (value, variantShape) = successValue(in: variant, example: example, plan: plan)
            wire = variantShape.flatMap { written(builder.namingKind(value, of: $0, in: response?.shape.flatMap { provider.union($0.value) }), in: $0) }
                ?? WrittenAnswer(body: WirePayload.json(value), contentType: WrittenAnswer.json, value: value)
        } else if let shape {
            // A shape variant of a union answer is built from the union's example written in it: Msegat's sender list
            // (`{senders: Senders, refused: Result}`) was built from nothing, `[{"SenderName": ""}]`.
            let union = response?.shape.flatMap { provider.shape($0.value) == nil ? $0.value : nil }
            let template = builder.template(for: shape, code: nil)
                ?? union.flatMap { builder.template(for: shape, extraNames: [$0], code: nil, matching: { Self.fits($0, shape) }) }
                ?? reportTemplate(for: shape, lookUp: lookUp)
            let value = agreeingWithSession(built(shape, of: response, template: template, plan: plan), shape: shape, status: response?.representativeStatus ?? 200, lookUp: lookUp)
            wire = written(value, in: shape)
            guard wire != nil else { return unwritable(shape, summary: "\(provider.id).\(operationID)") }
        } else if let union = response?.shape.flatMap({ provider.union($0.value) }) {
            // A union of values alone (`{one: string, many: '[string]'}`) has no shape to build: its example, as given.
            guard let example = provider.examples(of: [union.spec.name.value]).first else {
                let reason = "union \(union.spec.name.value), the answer, has no variant that is a shape and no example to answer with"
                return SandboxAnswer(
                    status: 500, body: Data("smsspec-sandbox: \(reason)".utf8), summary: "\(provider.id).\(operationID) (\(reason))", deliveries: [],
                    contentType: TextAnswerWriter.contentType)
            }
            wire = WrittenAnswer(body: WirePayload.json(example), contentType: WrittenAnswer.json, value: example)
        }
        let body = wire?.value
        let owners = shape.map(builder.idOwners(in:)) ?? [:]
        // Recipients only of fields the request declares and needs: Exotel's look-up read an undeclared `?to=` as a
        // message delivered there, Twilio's listMessages its optional filter `To`. None of a look-up that must name
        // one (`SandboxProvider.isLookUp`): SMSC.ru's status of `phone` and `id` owed a report on every poll. None of a
        // check of a recipient (`SandboxProvider.isCheck`): Jasmin's `/rate` owed a report. None of a GET the spec
        // says is idempotent (`SandboxProvider.simulates`): BudgetSMS's `testsms`, a simulation, owed a report. None of
        // one carrying no message (`SandboxProvider.carriesNoMessage`): Verimor's blacklist add owed a report per number.
        let simulated = !lookUp && provider.simulates(operation) && provider.addressesRecipients(operation)
        var messages = lookUp || provider.isCheck(operation) || simulated || provider.carriesNoMessage(operation) ? [] : acceptedMessages(
            request: addressed, answer: body, owners: owners,
            unsent: provider.unsentFieldNames(of: request, for: operation, ofEverySend: true),
            failedItems: Set(itemCodes.keys), itemList: itemList)
        // Each message its own id, where the answer's is the batch's (`batchIDs`).
        let batched = batchIDs(of: messages)
        if let batched {
            for index in messages.indices { messages[index].ids[batched.own.spec.wireName.value] = freshID(batched.own, example: batched.example) }
        }
        let secret = messages.isEmpty ? [] : Authenticator.secretNames(of: provider)
        for message in messages {
            let text = builder.sentTextField(in: message.item)
            // The ids the item gives beside its message (Beem's `recipient_id`), which a look-up says as its report does.
            let itemIDs = (message.item.members ?? [:]).filter { name, value in
                message.ids[name] == nil && PayloadBuilder.isIdentifier(name) && !secret.contains(name)
                    && { if case .string = value { true } else if case .number = value { true } else { false } }()
            }
            // And the other values it gave (its sender, the caller's `callback_data`), which a look-up repeats.
            let given = (message.item.members ?? [:]).filter { name, value in
                message.ids[name] == nil && itemIDs[name] == nil && name != text?.name && !secret.contains(name)
                    && provider.requestRoles[name.lowercased()] != .recipient
                    && Set(SandboxProvider.words(name)).isDisjoint(with: PayloadBuilder.credentialWords.union(["key", "secret", "pass", "pwd", "auth", "signature"]))
                    && { if case .string = value { true } else if case .number = value { true } else if case .bool = value { true } else { false } }()
            }
            for id in message.ids.values.compactMap(FormEncoder.text(of:)) {
                // And the other ids its answer gave the message, under their names, which a look-up by this one quotes
                // as the send's answer did (our rule): a user's Messente report of an omnimessage said its
                // `omnimessage_id` as each channel's `message_id`, where the send's answer and the callback say the
                // channel message's own.
                let answered = message.ids.filter { name, _ in itemIDs[name] == nil && !secret.contains(name) }
                builder.sent?.add(
                    id, recipient: message.recipient, text: text, at: PayloadBuilder.instant, itemIDs: itemIDs.merging(answered) { item, _ in item },
                    values: given, unsent: optionalValuesLeftOut(message.unsent), provider: provider.id)
                builder.sent?.setPath(plan.pathValues.compactMapValues(FormEncoder.text(of:)), of: id, provider: provider.id)
            }
            if let batched, let batch = message.ids[batched.batch].flatMap(FormEncoder.text(of:)),
                let own = message.ids[batched.own.spec.wireName.value].flatMap(FormEncoder.text(of:))
            {
                builder.sent?.add(own, inBatch: batch, recipient: message.recipient, provider: provider.id)
            }
        }
        let failed = itemCodes.isEmpty ? "" : " (\(itemCodes.count) item(s) failed: \(itemCodes.values.map(\.codeAsSent).sorted().joined(separator: ", ")))"
        return SandboxAnswer(
            status: response?.representativeStatus ?? 200, body: wire?.body ?? Data(), summary: "\(provider.id).\(operationID) accepted\(failed)\(unknownNote)\(simulated ? " (idempotent: true: sends nothing, no report owed)" : "")",
            deliveries: deliveries(messages), contentType: wire?.contentType ?? WrittenAnswer.json)
    }

    /// The messages of this run a look-up whose answer `shape` lists messages (`listsMessages`) searches for, by the
    /// list's field of their own id: those sent to each number a recipient field of its request names (`role:
    /// recipient`, or named as one is), and whose send gave or was answered, under the name of each id-named field of
    /// the request, the value it gives (a user's Smshosting `search?msisdn=…` and `?transactionId=…` listed one
    /// message of a fresh id and the example's text, where its sends had two); in the order sent, as many as a list's
    /// messages are named (`SandboxProvider.namedItems`). Nil where the request names none so, or no message matches
    /// (our rule).
    private func searchedMessages(_ request: JSONValue, answering shape: ShapeModel) -> (parameter: String, values: [String])? {
        guard listsMessages(shape), let sent = builder.sent, let members = request.members else { return nil }
        let element = shape.fields.lazy.compactMap { field -> ShapeModel? in
            guard case .array(.shape(let reference)) = field.type else { return nil }
            return self.provider.shape(reference)
        }.first { $0.fields.contains(where: self.builder.isIdentifier) }
        guard let element,
            let own = (element.fields.first { $0.spec.role?.value == .messageID } ?? element.fields.first(where: builder.isIdentifier))?.spec.wireName.value
        else { return nil }
        let secret = Authenticator.secretNames(of: provider)
        var recipients: [String] = []
        var ids: [(String, String)] = []
        for (name, value) in members where !secret.contains(name) {
            guard let text = FormEncoder.text(of: value), !text.isEmpty else { continue }
            if provider.requestRoles[name.lowercased()] == .recipient || provider.recipientNames.contains(name.lowercased()) {
                recipients.append(text.filter(\.isNumber))
            } else if provider.isIdentifier(name) {
                ids.append((name, text))
            }
        }
        guard !recipients.isEmpty || !ids.isEmpty else { return nil }
        let found = sent.ids(provider: provider.id) { id, recipient, given in
            FormEncoder.text(of: given[own] ?? .null) == id
                && recipients.allSatisfy { recipient.filter(\.isNumber) == $0 }
                && ids.allSatisfy { name, value in FormEncoder.text(of: given[name] ?? .null) == value }
        }
        return found.isEmpty ? nil : (own, Array(found.prefix(SandboxProvider.namedItems)))
    }

    /// Where a send's answer gives its messages one id (a user's D7 `request_id`, `role: messageID`) that the
    /// report carries in a field of its name, beside another required field declaring `role: messageID` (`msg_id`):
    /// the answer's id is the batch's, and that other field each message's own, a fresh id per message (our rule: a
    /// batch id at the answer's top and a per-message id are two ids; every report quoted the batch's as `msg_id`, so a
    /// receiver keyed on it took three reports for one). The batch id's name, the report's field of a message's own
    /// id, and its example; nil otherwise.
    private func batchIDs(of messages: [AcceptedMessage]) -> (batch: String, own: FieldModel, example: JSONValue?)? {
        guard let first = messages.first, !first.ids.isEmpty, let callback = DeliveryCallback(provider: provider) else { return nil }
        let fields = callback.shape.fields
        for field in fields where field.spec.required && field.spec.role?.value == .messageID && first.ids[field.spec.wireName.value] == nil {
            let name = field.spec.wireName.value
            guard let quoted = builder.quotedIDName(name, among: Array(first.ids.keys)),
                fields.contains(where: { $0.spec.wireName.value != name && PayloadBuilder.plain($0.spec.wireName.value) == PayloadBuilder.plain(quoted) })
            else { continue }
            let example = provider.examples(of: [callback.shape.spec.name.value, callback.shape.swiftName]).lazy.compactMap { $0[member: name] }.first
            return (quoted, field, example)
        }
        return nil
    }

    /// A fresh id for `field`, written as its example is (a number in a number field).
    private func freshID(_ field: FieldModel, example: JSONValue?) -> JSONValue {
        switch field.type {
        case .int, .int64: .number(JSONNumber(integerLiteral: builder.ids.number()))
        default: .string(builder.ids.text(like: example.flatMap(FormEncoder.text(of:)) ?? builder.documentedIDText(field.spec.wireName.value), pattern: field.spec.constraints.pattern?.value))
        }
    }

    /// Whether a failure `code` would be answered under a success (2XX) whose shape holds no code of its table: its
    /// answer could not say it, and would be that success with no body.
    private func unsayable(_ code: StatusEntry) -> Bool {
        let status = status(for: code)
        guard code.outcome == .failure, (200..<300).contains(status) else { return false }
        guard let shape = answerShape(of: response(for: status), code: code) else { return true }
        return !builder.reaches(shapeNamed: shape.swiftName, table: code.table)
    }

    /// Whether a look-up's answer `shape` lists messages: a list of objects each declaring its message's id (`role:
    /// messageID`), at its top.
    private func listsMessages(_ shape: ShapeModel) -> Bool {
        // The answer itself a list of them too (our rule: a user's Onurix `messages-state`, `items: MessageState`, of a
        // send to two numbers listed one).
        if case .shape(let reference)? = shape.listElement, let element = provider.shape(reference) {
            return element.fields.contains(where: builder.isIdentifier) && element.fields.contains(where: provider.isRecipient)
        }
        return shape.fields.contains { field in
            guard case .array(.shape(let reference)) = field.type, let element = provider.shape(reference) else { return false }
            return element.fields.contains(where: builder.isIdentifier)
        }
    }

    /// The pending state of a delivery-status table the send's answer `shape` holds whose words say scheduled, where the
    /// request gives a time in the future in a field whose name or summary says it sends or schedules (a user's
    /// Kavenegar `date`, "When to send", of 2030 was answered 1 "In the send queue" beside 2 "Scheduled"; our rule).
    private func scheduledState(of shape: ShapeModel, request: JSONValue) -> StatusEntry? {
        guard provider.scheduledTime(of: request, for: operation) != nil else { return nil }
        let tables = provider.model.tables.filter { $0.spec.isDeliveryStatus && builder.reaches(shapeNamed: shape.swiftName, table: $0.swiftName) }
        return tables.lazy.compactMap { table in
            self.provider.tables.first { $0.id == table.swiftName }?.entries.first { entry in
                entry.outcome == .pending
                    && [entry.name, entry.description].flatMap(SandboxProvider.words).contains { ["scheduled", "schedule"].contains($0) }
            }
        }.first
    }

    /// For a look-up answered in the delivery callback's own shape, no example of its own: the callback's example, so
    /// the look-up says what the report of the same message says (a user's tyntec look-up said a fresh `ttid` and left
    /// out the `doneDate`, `price` and `mccmnc` its callback gave; our rule).
    private func reportTemplate(for shape: ShapeModel, lookUp: Bool) -> JSONValue? {
        guard lookUp, let callback = DeliveryCallback(provider: provider), callback.shape.swiftName == shape.swiftName, !callback.listed else { return nil }
        return builder.template(for: shape, extraNames: [callback.callback.spec.name.value, callback.callback.swiftName], code: nil)
    }

    /// Whether a look-up's answer `shape` lists recipients: it is a list (an `items:` shape), or holds one at its top,
    /// of objects naming a recipient and no message id (Transmit SMS's `recipients[].mobile`).
    private func listsRecipients(_ shape: ShapeModel) -> Bool {
        // A list field of the answer, or of an object it holds, one level down (our rule: a user's SendPulse campaign
        // info, `{data: {task_phones_info: [{phone, status, …}]}}`, of a campaign to three numbers listed the last).
        let holders = [shape] + shape.fields.compactMap { field in if case .shape(let reference) = field.type { provider.shape(reference) } else { nil } }
        let elements: [ShapeModel] = if case .shape(let reference)? = shape.listElement { provider.shape(reference).map { [$0] } ?? [] } else {
            holders.flatMap { holder in
                holder.fields.compactMap { field in if case .array(.shape(let reference)) = field.type { provider.shape(reference) } else { nil } }
            }
        }
        return elements.contains { element in
            element.fields.contains(where: provider.isRecipient) && !element.fields.contains(where: builder.isIdentifier)
        }
    }

    /// The state a look-up (`SandboxProvider.isLookUp`) answers, by table: the configured outcome's for the recipient
    /// it names, else the run's, in the delivery-status table its answer holds — the delivered state, or the failure
    /// `failed` names —, with the codes of the report's DLR error tables the answer holds, as a report carries them;
    /// for `never`, the table's first pending state. A look-up said the example's state, or the table's success:
    /// Skebby's order `WAITING` on every poll, though no callback would ever say more, and SMS.to's message
    /// `DELIVERED` under `--outcome failed`. The sandbox keeps no state: a delay (`@MS`) is the report's alone.
    /// Each delivery-status table it holds, at any depth, says it: a user's İleti Merkezi order (`OrderStatus`) and its
    /// messages (`MessageStatus`) said completed and sent under `--outcome failed`.
    private func lookedUpState(of shape: ShapeModel, request: JSONValue, sentTo: String?) -> [String: StatusEntry] {
        guard let first = DeliveryTables(lookUp: shape, builder: builder) else { return [:] }
        let outcome = (builder.recipients(in: request).first ?? sentTo).map(outcomes.outcome(for:)) ?? outcomes.run
        let deliveryStatus = Set(provider.model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
        let others = provider.tables.filter { table in
            table.id != first.statusTable.id && deliveryStatus.contains(table.id) && builder.reaches(shapeNamed: shape.swiftName, table: table.id)
        }
        var codes: [String: StatusEntry] = [:]
        for tables in [first] + others.map({ DeliveryTables(statusTable: $0, errorTables: first.errorTables) }) {
            let said = tables.codes(for: outcome) ?? tables.statusTable.entries.first { $0.outcome == .pending }.map { [tables.statusTable.id: $0] } ?? [:]
            codes.merge(said) { kept, _ in kept }
        }
        return codes
    }

    /// The code a look-up answers for a message id it does not know: a failure of the delivery-status table its answer
    /// `shape` holds, else of a table its answers carry, whose name or summary says a message or its id is not found
    /// (`not found`, `does not exist`, `no such`, `unknown` id): Mocean's MessageStatus 5 MESSAGE_ID_NOT_FOUND; nil
    /// where none says so (our rule).
    private func notFoundCode(answering shape: ShapeModel) -> StatusEntry? {
        let held = DeliveryTables(lookUp: shape, builder: builder).map { $0.statusTable.entries } ?? []
        return (held + documentedEntries.filter { carries($0.table) }).first(where: Self.saysNotFound)
    }

    /// An operation on one message its path names by an id declaring `role: messageID`, no send and no look-up (a
    /// cancel, a delete), that answers no shape or is a DELETE, asked about an id no send of this run was answered:
    /// the code its answers carry for an unknown message (`saysNotFound`), where one does (our rule). A user's Messente
    /// `DELETE /omnimessage/{omnimessageId}` of an id never sent was answered 202 "Cancelled.", where its 404 and the
    /// table's 101 "Not found." say "no such omnimessage". Nil otherwise.
    private func unknownMessageRefusal(request: JSONValue, shape: ShapeModel?, lookUp: Bool) -> SandboxAnswer? {
        guard !lookUp, shape == nil || operation.spec.method.value.uppercased() == "DELETE", !provider.sends(operation),
            let name = pathIDName, provider.declaredRoles[name.lowercased()]?.contains(.messageID) == true || sendsAnswer(idNamed: name),
            let id = request[member: name].flatMap(FormEncoder.text(of:)), let sent = builder.sent,
            sent.recipient(of: id, provider: provider.id) == nil,
            let notFound = operationsOwnFirst(documentedEntries.filter({ carries($0.table) })).first(where: Self.saysNotFound)
        else { return nil }
        return failure(notFound, reason: "message id \"\(id)\" was never answered to a send (since the sandbox started)", field: name)
    }

    /// Whether a send's success answer holds an id field of the wire name `name`, at any depth: an id the sandbox
    /// answered, which it knows it answered or not (a user's SMS.ir `packId`, declaring no role: `DELETE
    /// /send/scheduled/{packId}` of a pack never sent was answered `{"status": 1}`, where its table's 112 says "No
    /// record found to delete").
    private func sendsAnswer(idNamed name: String) -> Bool {
        provider.model.operations.filter(provider.sends).contains { send in
            var found = false
            provider.walk(answerNamed: provider.successAnswer(of: send)?.shape?.value) { field, _ in
                if let field, field.spec.wireName.value == name, provider.isIdentifier(name) { found = true }
            }
            return found
        }
    }

    /// The wire name of the field declaring `role: messageID` of the elements of a list of reports `shape` holds (the
    /// answer itself or one of its fields, at any depth): `PullSmsSendStatusSet[].SerialNo`.
    private func reportListElementID(of shape: ShapeModel) -> String? {
        let deliveryTables = Set(provider.model.tables.filter(\.spec.isDeliveryStatus).map(\.swiftName))
        var found: String?
        provider.walk(answerNamed: shape.swiftName) { _, type in
            guard found == nil, case .array(.shape(let reference)) = type, let element = provider.shape(reference),
                let own = element.fields.first(where: { $0.spec.role?.value == .messageID })
            else { return }
            var reaches = false
            provider.walk(answerNamed: element.swiftName) { _, inner in
                if case .table(let table) = inner, deliveryTables.contains(table.swiftName) { reaches = true }
            }
            if reaches { found = own.spec.wireName.value }
        }
        if found == nil, case .shape(let reference)? = shape.listElement, let element = provider.shape(reference) {
            found = element.fields.first { $0.spec.role?.value == .messageID }?.spec.wireName.value
        }
        return found
    }

    /// Whether the operation lists reports (`SandboxProvider.listsReports`) and the request names one id in a field
    /// declaring `role: messageID`.
    private func asksByMessageID(_ request: JSONValue) -> Bool {
        guard provider.listsReports(operation), let asked = lookedUpIDs(in: request), asked.values.count == 1 else { return false }
        return provider.declaredRoles[asked.parameter.lowercased()]?.contains(.messageID) == true
    }

    /// `entries` with those whose words name the operation's method or a word of its id first (`delete`, `remove`,
    /// `cancel`): of a user's SMS.ir 111 "No send with this id." and 112 "No record found to delete.", its `DELETE` of
    /// an unknown pack is answered 112.
    private func operationsOwnFirst(_ entries: [StatusEntry]) -> [StatusEntry] {
        let own = Set([operation.spec.method.value.lowercased()] + SandboxProvider.words(operationID).map { $0.lowercased() })
        let (named, rest) = entries.reduce(into: ([StatusEntry](), [StatusEntry]())) { split, entry in
            let words = [entry.name, entry.description, entry.explanation ?? ""].flatMap(SandboxProvider.words).map { $0.lowercased() }
            if words.contains(where: own.contains) { split.0.append(entry) } else { split.1.append(entry) }
        }
        return named + rest
    }

    static func saysNotFound(_ entry: StatusEntry) -> Bool {
        guard entry.outcome == .failure else { return false }
        // The spec's English explanation too, where its summary is in another language (a user's SMS.ir 111 "با این
        // شناسه ارسالی ثبت نشده است", explained "No send with this id.": an id never sent was reported delivered).
        let words = [entry.name, entry.description, entry.explanation ?? ""].flatMap(SandboxProvider.words)
        let pairs = Array(zip(words, words.dropFirst()))
        let ids: Set<String> = ["id", "ids", "msgid", "messageid", "smsid", "uid"]
        // What a look-up asks for: a message, or a record (Mobizon's 2 API_RECORD_NOT_FOUND "The record was not found."
        // was read as naming another thing, and an id never sent was answered delivered).
        // What is missing is what the words name before the phrase ("The record was not found", `MESSAGE_ID_NOT_FOUND`),
        // or right after its `no` ("No record was found for the bulk id"): a user's Kavenegar 432 "The code parameter was
        // not found in the message text" names a parameter, a user's NetGSM 60 "No record was found for the bulk id"
        // was not read, and an id never sent was answered 432, or delivered (our rule).
        let things: Set<String> = ["message", "messages", "sms", "msg", "record", "records"]
        let aboutMessage = { (subject: ArraySlice<String>) in subject.contains { ids.contains($0) || things.contains($0) } }
        let phrase = words.indices.first { index in
            let next = words.indices.contains(index + 1) ? words[index + 1] : ""
            return words[index] == "not" && ["found", "exist", "exists"].contains(next) || words[index] == "no" && next == "such"
                || ["notfound", "nonexistent", "inexistent"].contains(words[index])
        }
        let missing = phrase.map { aboutMessage(words[..<$0]) || aboutMessage(words[($0 + 1)...].prefix(2)) } ?? false
        // "No record (was) found", "No message exists".
        let none = pairs.indices.contains { index in
            pairs[index].0 == "no" && things.union(ids).contains(pairs[index].1)
                && words[(index + 2)...].prefix(2).contains { ["found", "exist", "exists"].contains($0) }
        }
        // A message's id said not valid (a user's Kavenegar MessageStatus 100 "The message id is not valid"): a message or
        // record word just before an id word, or a message's id in one word, then `invalid` or `not valid` beside it.
        let messageIDAt = words.indices.filter { index in
            ["msgid", "messageid", "smsid"].contains(words[index])
                || ids.contains(words[index]) && index > 0 && (things.contains(words[index - 1]) || ["bulk", "batch"].contains(words[index - 1]))
        }
        let invalidID = messageIDAt.contains { index in
            let after = Array(words[(index + 1)...].prefix(4))
            return words[max(0, index - 3)..<index].contains("invalid") || after.prefix(3).contains("invalid")
                || zip(after, after.dropFirst()).contains { $0 == ("not", "valid") }
        }
        // "No send with this id", "No campaign has that id" (a user's SMS.ir 111, Verimor's 404): a `no` opening a
        // noun, then `with`, `has`, `having` or `matching`, then an id within two words (our rule).
        let noneWithID = words.indices.contains { index in
            words[index] == "no" && words.indices.contains(index + 2) && ["with", "has", "having", "matching"].contains(words[index + 2])
                && words[(index + 3)...].prefix(2).contains(where: ids.contains)
        }
        return missing || none || invalidID || noneWithID || words.contains("unknown") && words.contains(where: ids.contains)
            || [entry.name, entry.description].contains(where: saysNotFoundAlone)
    }

    /// Whether a name or summary says "not found" and nothing else (`Not found`, `Does not exist`, `No such`): what
    /// is missing is the thing looked up. A user's SMSC MessageStatus -3 `Not found`, its summary in Russian, was not
    /// read, and a look-up of an id never sent said delivered. One naming something else (`User not found`) is not.
    static func saysNotFoundAlone(_ text: String) -> Bool {
        let words = SandboxProvider.words(text)
        let phrases: [[String]] = [["not", "found"], ["notfound"], ["does", "not", "exist"], ["not", "exist"], ["no", "such"],
                                   ["nonexistent"], ["inexistent"], ["is", "not", "found"], ["was", "not", "found"]]
        return phrases.contains(words)
    }

    /// A request breaking constraints: the predicted code in its place, or the generic invalid-request answer
    /// when a broken rule has no predicted code.
    func rejected(_ violations: [ValidationViolation], request: JSONValue, deliveries: ([AcceptedMessage]) -> [PendingDelivery]) -> SandboxAnswer {
        if let refusal = missingSecretRefusal(violations) { return refusal }
        var envelope: [ValidationViolation] = []
        var itemCodes: [Int: StatusEntry] = [:]
        var itemList: String?
        var itemReasons: [Int: (field: String, reason: String)] = [:]
        for violation in violations.map(namingMissing) {
            if let item = Self.item(of: violation.path), let code = violation.providerCode ?? itemRefusal(of: violation),
                resultList(item.list, reaches: code.table) || resultsLineUp(with: item.list, table: code.table, request: request),
                itemList == nil || itemList == item.list
            {
                itemList = item.list
                if itemCodes[item.index] == nil {
                    itemCodes[item.index] = code
                    itemReasons[item.index] = (violation.path, violation.description)
                }
            } else {
                envelope.append(violation)
            }
        }
        if let coded = envelope.first(where: { $0.providerCode != nil }), let code = coded.providerCode {
            // A predicted code no answer of the operation carries (a user's Zenziva `to` predicts `LegacyStatus 1`, a
            // table of an API its spec does not describe) is no answer: it was 400 with no body, logged as that code.
            guard carries(code.table) else {
                // Its reason without the code it would have been: the answer does not give it.
                let reason = ValidationViolation(path: coded.path, rule: coded.rule, message: coded.message).description
                var refusal = genericInvalid(InvalidRequest(coded), reason: reason, recipient: refusedRecipient(coded.path, in: request))
                refusal.summary += "; its predicted code \(code.table) \(code.codeAndName) is carried by no answer of \(operationID)"
                return refusal
            }
            return failure(code, reason: coded.description, field: coded.path, recipient: refusedRecipient(coded.path, in: request))
        }
        if let uncoded = envelope.first {
            return genericInvalid(InvalidRequest(uncoded), reason: uncoded.description, recipient: refusedRecipient(uncoded.path, in: request))
        }
        // Every recipient refused in its result, where the envelope's example says some were accepted (TurboSMS's 802),
        // is the send refused whole, with the first recipient's code (our rule): its answer said
        // SUCCESS_MESSAGE_PARTIAL_ACCEPTED of a send that sent nothing.
        let addressees = builder.addressees(in: provider.addressedFields(of: request, for: operation)).addressees.count
        if !itemCodes.isEmpty, itemCodes.count >= addressees, let shape = answerShape(of: provider.successAnswer(of: operation)),
            let (table, entry) = envelopeSuccess(of: shape), Self.saysPartial(entry), let first = itemCodes.min(by: { $0.key < $1.key }),
            carries(first.value.table), table.id == first.value.table || builder.reaches(shapeNamed: shape.swiftName, table: first.value.table),
            let violation = violations.map(namingMissing).first(where: { Self.item(of: $0.path)?.index == first.key })
        {
            return failure(first.value, reason: "every recipient was refused: \(violation.description)", field: violation.path,
                recipient: refusedRecipient(violation.path, in: request))
        }
        return accepted(request: request, itemCodes: itemCodes, itemList: itemList, itemReasons: itemReasons, deliveries: deliveries)
    }

    /// The success code the example of a send's answer `shape` gives in a field at its top typed by a table, with the
    /// table; nil for none.
    private func envelopeSuccess(of shape: ShapeModel) -> (StatusTable, StatusEntry)? {
        guard let template = builder.template(for: shape, code: nil) else { return nil }
        for field in shape.fields {
            guard case .table(let reference) = field.type, let table = provider.table(reference.swiftName),
                let entry = template[member: field.spec.wireName.value].flatMap(table.entry(of:)), entry.outcome == .success
            else { continue }
            return (table, entry)
        }
        return nil
    }

    /// Whether a code's name or summary says only part of the request was carried out (`PARTIAL`, "Some of the
    /// messages were accepted.").
    static func saysPartial(_ entry: StatusEntry) -> Bool {
        [entry.name, entry.description].contains { text in
            let words = SandboxProvider.words(text)
            return words.contains { $0.hasPrefix("partial") } || words.starts(with: ["some", "of"])
        }
    }

    /// The success of `table` that says what `entry` says, but of all the messages where `partial` is false and of
    /// some where it is true: its name is `entry`'s with the word `partial…` left out (or put in); nil where `entry`
    /// already says so, or none is named so.
    static func partialCounterpart(of entry: StatusEntry, in table: StatusTable, partial: Bool) -> StatusEntry? {
        guard saysPartial(entry) != partial else { return nil }
        let own = SandboxProvider.words(entry.name).filter { !$0.hasPrefix("partial") }
        return table.entries.first { other in
            other.outcome == .success && other != entry && saysPartial(other) == partial
                && SandboxProvider.words(other.name).filter { !$0.hasPrefix("partial") } == own
        }
    }

    /// A missing field's violation with the code a table of the operation's answers documents for that field missing,
    /// in place of its field's `'*'` code (which covers a missing field too: docs/spec-format.md): a failure whose
    /// words name the field and say it is missing, about no other field (our rule). A user's SMS Partner spec ties
    /// `phoneNumbers`'s rules to 9 "Constraints not met" with `'*'`, and a send without `phoneNumbers` was answered 9,
    /// where the table documents 2 "The field phoneNumbers is required".
    private func namingMissing(_ violation: ValidationViolation) -> ValidationViolation {
        guard violation.rule == "required", let predicted = violation.providerCode else { return violation }
        let ties = CodeTies(provider: provider)
        let problem = InvalidRequest.missingField(field: violation.path)
        guard let named = documentedEntries.first(where: { entry in
            entry != predicted && entry.outcome == .failure && [.invalidRequest, .unknown].contains(entry.category) && carries(entry.table)
                && ties.names(entry, violation.path) && problem.isSaid(by: entry) && problem.maySay(entry)
                && !ties.isAboutAnother(entry, than: violation.path, countingTies: true)
        })
        else { return violation }
        return ValidationViolation(path: violation.path, rule: violation.rule, message: violation.message, providerCode: named)
    }

    /// The code of the generic refusal of a broken rule with no predicted code, when the provider answers it with a
    /// success status: inside a list's item (a RajaSMS packet's undecodable `sendingdatetime`) it is that item's
    /// result, as a predicted code is, where the refusal's item was the example's (its number `62812xxx`).
    private func itemRefusal(of violation: ValidationViolation) -> StatusEntry? {
        guard let refusal = genericRefusal(InvalidRequest(violation)), (200..<300).contains(refusal.status) else { return nil }
        return refusal.entry
    }

    /// The provider's answer to a request it cannot read or whose broken rule the spec predicts no code for
    /// (`genericRefusal`), else 400 with no body.
    /// The number a refused field `path` of the request gives, where it names recipients (`PayloadPlan.refusedRecipient`).
    private func refusedRecipient(_ path: String, in request: JSONValue) -> String? {
        guard let value = request[member: path] else { return nil }
        if let number = builder.recipients(in: .object([path: value])).first { return number }
        // An empty number of a field naming recipients is "": words quoting a number quote none (below).
        let empty = FormEncoder.text(of: value).map { $0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        return empty && !builder.recipients(in: .object([path: .string("+15550000000")])).isEmpty ? "" : nil
    }

    /// The refusal of a JSON operation's body sent in another Content-Type (`text/plain`, a form) or none, where its
    /// tables document a failure under HTTP 415 (Unsupported Media Type): that code (our rule). A user's sipgate send
    /// of its JSON as `text/plain` was answered 204, where its 415 says "wrong or missing Content-Type header with
    /// application/json". Nil otherwise: without such a code the body is read as JSON whatever its type, as before.
    func unsupportedMediaType(_ request: WireRequest) -> SandboxAnswer? {
        guard operation.encoding == .json, !request.body.isEmpty else { return nil }
        let type = request.header("Content-Type")?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        if let type, type == "application/json" || type.hasSuffix("+json") { return nil }
        guard let entry = documentedEntries.first(where: { $0.outcome == .failure && $0.httpStatuses.contains(415) }) else { return nil }
        return failure(entry, reason: "the body is \(type.map { "sent as \($0)" } ?? "sent with no Content-Type"); this operation reads JSON (application/json)")
    }

    /// The refusal of a request by `method`, which is not this operation's, of its path: the failure its tables
    /// document under HTTP 405 (Method Not Allowed), where one is (our rule: a user's sipgate `GET /sessions/sms` was
    /// answered 400 as `GET /{userId}/sms`, where its 405 says "wrong request method"); nil otherwise.
    func methodNotAllowed(_ method: String) -> SandboxAnswer? {
        guard let entry = documentedEntries.first(where: { $0.outcome == .failure && $0.httpStatuses.contains(405) }) else { return nil }
        let reason = "\(DisplayText.escapedExcerpt(method)) is not a method of \(operation.spec.path.value): it takes \(operation.spec.method.value)"
        return failure(entry, reason: reason)
    }

    func genericInvalid(_ problem: InvalidRequest, reason: String, recipient: String? = nil) -> SandboxAnswer {
        guard let refusal = genericRefusal(problem) ?? wordedRefusal(saying: "invalid request: \(reason)") else {
            return SandboxAnswer(status: 400, body: Data(), summary: "\(provider.id).\(operationID) (invalid request: \(reason))", deliveries: [])
        }
        return answer(
            status: refusal.status, response: refusal.response, code: refusal.entry, note: "invalid request: \(reason)",
            codeSaysWhy: refusal.codeSaysWhy, field: problem.field, unread: problem.unread, recipient: recipient, problem: problem)
    }

    /// Of the fields a send left out (`AcceptedMessage.unsent`), those a look-up of its message leaves out too: none
    /// playing a role (a recipient, a sender, a text, an id), whose look-up says the message's own, nor one whose name
    /// ends in such a field's (NHN Cloud's `internationalRecipientNo` left out: its look-up's `recipientNo` stays).
    private func optionalValuesLeftOut(_ unsent: Set<String>) -> Set<String> {
        let roles = Set(provider.requestRoles.keys.map(PayloadBuilder.plain))
            .union([PayloadBuilder.recipientNames, PayloadBuilder.senderNames, InboundCallback.textNames].joined().map(PayloadBuilder.plain))
        return unsent.filter { name in !roles.contains { name.hasSuffix($0) } && !PayloadBuilder.isIdentifier(name) }
    }

    /// The status, response and code of the generic invalid-request answer: the documented 400, else 422 (Semaphore's
    /// `FieldErrors`: it was 400 with no body, a status the spec never gives), else 4XX; of the invalid-request codes
    /// (those under that status first), the one whose words say what is wrong (`InvalidRequest.code(among:)`). Without
    /// such a response, that code's own status and response; without such a code either, 400 in the `default` answer;
    /// nil when there is none. Whether the code says why it refuses: its words do, it is about the field, or it is the
    /// one such code to answer with (46elks' 400 "The request is malformed"); else it says only that it refuses.
    private func genericRefusal(_ problem: InvalidRequest) -> (status: Int, response: ResponseSpec?, entry: StatusEntry?, codeSaysWhy: Bool)? {
        // Never a code about another field (`CodeTies`): its `providerCodes` tie it to another field's rule, or its words
        // name another request field (FireText's 3 "From error" for a `to`/`group` conflict); one naming the field first.
        // A tie does not make a code saying nothing but a problem another field's: the spec ties Transmit SMS's
        // FIELD_INVALID "Field has invalid format." to `to`'s pattern, and a `validity` that is no integer was
        // KEY_EXISTS. A request that cannot be read takes none about a field.
        let ties = CodeTies(provider: provider)
        // A code saying the body is not JSON answers only a JSON body that cannot be read (`saysBodyIsNotJSON`).
        let unreadJSON = problem.unread == "body" && operation.encoding == .json
        // Nor one naming a body format the request is not in (`namesAnotherFormat`: SMSFactor's -2 "XML error").
        func mayBeSaid(_ entry: StatusEntry) -> Bool {
            unreadJSON || !InvalidRequest.saysBodyIsNotJSON(entry) && !InvalidRequest.namesAnotherFormat(entry, json: operation.encoding == .json)
        }
        func allowed(_ entry: StatusEntry) -> Bool {
            mayBeSaid(entry) && !ties.isAboutAnother(entry, than: problem.field ?? "", countingTies: !problem.saysOnly(entry) && !problem.saysNoOther(entry))
        }
        // Of a request that was read, a code naming a body format (JSON's -6 "JSON error" beside -7 "Data error": a
        // user's SMSFactor campaign of a bad number) only where no other may be said (RajaSMS's 20 "Json Post Error").
        func preferringNoFormat(_ entries: [StatusEntry]) -> [StatusEntry] {
            guard problem.unread == nil else { return entries }
            let plain = entries.filter { !InvalidRequest.namesAnotherFormat($0, json: false) }
            return plain.isEmpty ? entries : plain
        }
        func chosen(among entries: [StatusEntry], failures: [StatusEntry], under status: Int) -> (entry: StatusEntry, saysWhy: Bool)? {
            let underStatus = entries.filter { $0.httpStatuses.contains(status) }
            let pool = underStatus.isEmpty ? entries : underStatus
            let usable = preferringNoFormat(pool.filter(allowed))
            // Else one whose words say the problem and name the field or, as what the code is about, its role, among
            // them and the codes refusing a value the request gives (`invalidDestination`, `contentRejected`), which
            // only a code quoting the field was taken from: websms's recipient below its minimum was 4004 "Invalid
            // message type", the first invalid-request code saying `invalid`, where 4002 INVALID_RECIPIENT says it.
            // Under the status, where the invalid-request codes are: a user's Sparrow, whose every code is 403 (no 400),
            // refused `to=12345` with 1000 "A required field is missing", where 1007 "Invalid Receiver" says it.
            let refusingValues = failures.filter { [.invalidDestination, .contentRejected].contains($0.category) }
                .filter { (underStatus.isEmpty || $0.httpStatuses.isEmpty || $0.httpStatuses.contains(status)) && allowed($0) }
            let namingField = problem.field.flatMap { field in
                (usable + refusingValues).first {
                    ties.names($0, field, byRole: true) && (problem.isSaid(by: $0) || problem.saysBrokenValue($0)) && problem.maySay($0)
                }
            }
            let isAboutTheField = { (entry: StatusEntry) in problem.field.map { ties.isAbout(entry, $0) } ?? false }
            // A missing field is the failure, of any category, whose words name it and say it is not set (`not set`,
            // `not given`, `not provided`), where no invalid-request code names it (our rule): a user's sipgate send
            // without `smsId` was 400 "bad request", where its 500 says "unhandled bad request (e.g. smsId not set)".
            let namingUnset: StatusEntry? = {
                guard case .missingField(let field) = problem, namingField == nil else { return nil }
                return failures.filter(mayBeSaid).first { entry in
                    let words = [entry.name, entry.description].flatMap(SandboxProvider.words).map { $0.lowercased() }
                    let unset = zip(words, words.dropFirst()).contains { $0 == "not" && ["set", "given", "provided", "sent", "specified", "supplied"].contains($1) }
                    return unset && ties.names(entry, field)
                }
            }()
            guard let entry = problem.naming(failures.filter { $0.httpStatuses.contains(status) }.filter(allowed)) ?? namingField ?? namingUnset
                ?? problem.code(among: usable, theOnlyOne: pool.count == 1, isAboutTheField: isAboutTheField)
            else { return nil }
            return (entry, problem.isSaid(by: entry) || entry == namingField || isAboutTheField(entry) || pool.count == 1)
        }
        // Where the answer would be 400 with no body, a stand-in (`InvalidRequest.standIn`), saying why as a chosen code.
        // Of the codes under the status, else of all: a user's 4jawaly 400 "…or a sender is not approved", about another
        // field, left no code under 400 for a missing `messages`, and its 422 "A field failed validation" was passed over
        // for an empty 400.
        func standIn(among entries: [StatusEntry], under status: Int) -> (entry: StatusEntry, saysWhy: Bool)? {
            let underStatus = entries.filter { $0.httpStatuses.contains(status) }
            // An answer that says why in words, its code optional, leaves the code out rather than stand in one about
            // something else: a user's LINK Mobility missing `platformId` was answered 3000 "GSM encoding is not
            // supported" beside "platformId: is missing" (our rule).
            let saysWhyInWords = saysWhyWithoutCode(responses.first { $0.httpStatus == status } ?? responses.first { $0.statusClass == status / 100 })
            func pick(_ pool: [StatusEntry]) -> (entry: StatusEntry, saysWhy: Bool)? {
                let entry = problem.standIn(
                    among: preferringNoFormat(problem.field == nil ? pool.filter(mayBeSaid) : pool.filter(allowed)),
                    namesAnotherField: { entry in problem.field.map { ties.namesAnotherField(entry, than: $0) } ?? false },
                    orNone: saysWhyInWords)
                return entry.map { ($0, problem.isSaid(by: $0) || pool.count == 1) }
            }
            return pick(underStatus.isEmpty ? entries : underStatus) ?? (underStatus.isEmpty || underStatus.count == entries.count ? nil : pick(entries))
        }
        if let badRequest = responses.first(where: { $0.httpStatus == 400 }) ?? responses.first(where: { $0.httpStatus == 422 })
            ?? responses.first(where: { $0.statusClass == 4 }),
            let status = badRequest.representativeStatus
        {
            let listed = decidingTables(of: badRequest).flatMap(\.entries)
            // Without an invalid-request code, its tables' one refusal (Arkesel's `error`, whose 422 was empty), which
            // says no more than that it refuses: its words say why.
            let invalid = listed.filter { $0.category == .invalidRequest }
            // Else, rather than a body left empty, the tables' one failure, even one whose words name another field
            // (our rule): a user's M360 `400 Bad Request`, its summary quoting "The username field is required.", was
            // passed over for a bad `msisdn`, and the documented 400 answer was empty; its words say why.
            let choice = chosen(among: invalid, failures: listed.filter { $0.outcome == .failure }, under: status)
                ?? verdict(of: badRequest).map { (entry: $0, saysWhy: false) } ?? standIn(among: invalid, under: status)
                ?? onlyFailure(of: badRequest).map { (entry: $0, saysWhy: false) }
            // A code documenting its own HTTP status is answered with it (our rule): a user's BulkSMSNigeria BSNG-2000
            // (`httpStatus: 422`, under `4XX`) was 422 where its `providerCodes` predicted it, 400 where it stood in.
            if let entry = choice?.entry, !entry.httpStatuses.isEmpty, !entry.httpStatuses.contains(status) {
                let own = self.status(for: entry)
                if entry.httpStatuses.contains(own), let ownResponse = response(for: own) { return (own, ownResponse, entry, choice?.saysWhy ?? true) }
            }
            return (status, badRequest, choice?.entry, choice?.saysWhy ?? true)
        }
        let documented = documentedEntries(keepingAnswersOwn: true)
        let entries = documented.filter { $0.category == .invalidRequest && $0.outcome == .failure }
        let chosenCode = chosen(among: entries, failures: documented.filter { $0.outcome == .failure }, under: 400)
        if chosenCode == nil {
            // The catch-all `default`, which covers 400, in its shape with its tables' one refusal: a user's Notify.lk,
            // whose every refusal is `{"status": "error", …}` under `default`, was answered 400 with no body.
            if let catchAll = responses.first(where: \.isDefault), catchAll.shape != nil, let code = verdict(of: catchAll) {
                return (400, catchAll, code, false)
            }
            if let refusal = refusalUnderSuccess {
                // Beside a table of invalid-request codes deciding the same answer, the verdict is said beside one of
                // them standing in (our rule): a user's Afilnet answers `{"status": "error", "error": CODE}`, and a
                // send without `sms` was `NO_CREDITS`, its example's code beside `status` `error`, the table's one
                // failure, where MISSING_COMPULSORY_PARAM says it; without the example, no `error` at all.
                let beside = Set(decidingTables(of: refusal.response).map(\.id)).subtracting([refusal.entry.table])
                if let standIn = standIn(among: entries.filter { beside.contains($0.table) }, under: refusal.status) {
                    return (refusal.status, refusal.response, standIn.entry, standIn.saysWhy)
                }
                return (refusal.status, refusal.response, refusal.entry, false)
            }
        }
        // The declared `default` answer in its shape, a status other than those documented, comes before a stand-in
        // picked by words, and for a request that cannot be read before a code answered under a success status (our
        // rule): a user's Altiria body that is no JSON was answered 200 with 038 SYNTAX_LANDING_ERROR, picked for its
        // word "syntax", where its `default: {shape: ErrorAnswer}` says what it answers a request it cannot read.
        // Not one decided by a table (websms's and Kavenegar's, whose every refusal is a code): its stand-in is its code.
        let catchAll = responses.first(where: { $0.isDefault && $0.shape != nil && decidingTables(of: $0).isEmpty })
        if let catchAll {
            let underSuccess = chosenCode.map { (200..<300).contains(self.status(for: $0.entry)) } ?? true
            if chosenCode == nil || problem.isUnreadable && underSuccess { return (400, catchAll, nil, true) }
        }
        let picked: (entry: StatusEntry, saysWhy: Bool)? = chosenCode ?? standIn(among: entries, under: 400)
        guard let choice = picked else {
            if let catchAll = responses.first(where: \.isDefault), catchAll.shape != nil { return (400, catchAll, nil, true) }
            return nil
        }
        let answered = self.status(for: choice.entry)
        return (answered, response(for: answered), choice.entry, choice.saysWhy)
    }

    /// Whether `response`'s answer says why in words without a code: each code field of its shape (or of an object
    /// field of it) is optional, and a text of words (`description`, `message`, …) is beside it.
    private func saysWhyWithoutCode(_ response: ResponseSpec?) -> Bool {
        guard let shape = answerShape(of: response) else { return false }
        func codes(_ shape: ShapeModel) -> [FieldModel] { shape.fields.filter { if case .table = $0.type { true } else { false } } }
        let inner = shape.fields.compactMap { field -> ShapeModel? in
            if case .shape(let reference) = field.type { provider.shape(reference.swiftName) } else { nil }
        }
        let all = ([shape] + inner).flatMap(codes)
        return !all.isEmpty && all.allSatisfy { !$0.spec.required }
            && ([shape] + inner).contains { shape in shape.fields.contains { builder.holdsText($0) && PayloadBuilder.wordsWhy($0.spec.wireName.value, in: shape) } }
    }

    /// Where no code of its tables may say the problem (`genericRefusal` is nil), the refusal of an operation that
    /// documents no refusal status and whose success answer is decided by a table whose failure codes are sentences
    /// (each has words: the gateway's sentence is its code): that answer with `words` as its code, one of none of the
    /// table's entries, which a client reads as an unknown code of it (our rule). A user's Cellsynt `allowconcat=abc`
    /// was 400 with no body, a status its spec never gives, where every other refusal is 200 `Error: <sentence>`.
    private func wordedRefusal(saying words: String) -> (status: Int, response: ResponseSpec?, entry: StatusEntry?, codeSaysWhy: Bool)? {
        guard !responses.contains(where: { $0.isDefault || ($0.representativeStatus ?? 0) / 100 == 4 }),
            let success = responses.first(where: { ($0.representativeStatus ?? 0) / 100 == 2 }), let status = success.representativeStatus,
            let shape = answerShape(of: success),
            let table = decidingTables(of: success).first(where: { table in
                let failures = table.entries.filter { $0.outcome == .failure }
                return !table.isNumeric && !failures.isEmpty && failures.allSatisfy { $0.code.contains(" ") }
                    && builder.reaches(shapeNamed: shape.swiftName, table: table.id)
            })
        else { return nil }
        let entry = StatusEntry(
            provider: provider.id, table: table.id, code: words, name: words,
            description: "None of the table's codes: the sandbox's words for a refusal none of them says (our rule).", outcome: .failure,
            category: .invalidRequest, retryable: false, source: table.source)
        return (status, success, entry, false)
    }

    /// Missing (`missing`) or wrong credentials: the provider's own answer where its tables have one (a code naming a
    /// credential field by its name and not saying the other case first, else one about the key, token, login or
    /// credentials), else 401. Where those codes tell the two apart — one's name or summary
    /// says the credential is missing (`missing`, `absent`, `no`, …) and not wrong, another's that it is wrong
    /// (`invalid`, `wrong`, `bad`, …) and not missing —, the first that says the request's case: Orange's wrong token
    /// was answered 40 "Missing credentials", the first, where 41 says "Invalid credentials". Before them, the code
    /// saying one of the missing `parts` (credential fields) is missing, by its name: BudgetSMS without `handle` was
    /// answered 1002 "Identification failed. Wrong credentials", the first, where 1005 says "No handle provided".
    func badCredentials(missing: Bool, parts: [String] = [], wrong: [String] = []) -> SandboxAnswer {
        let entries = documentedEntries.filter { $0.category == .authentication && $0.outcome == .failure }
        // And a login (Octopush's 101 "Incorrect login details.", where a wrong key was answered 109 "You have not
        // entered your password.").
        let words = ["key", "token", "credential", "secret", "password", "login"]
        let mentionsCredentials = { (entry: StatusEntry) in
            words.contains { word in [entry.name, entry.description, entry.cause ?? ""].contains { $0.lowercased().contains(word) } }
        }
        let says = { (kind: Set<String>, entry: StatusEntry) in
            let words = [entry.name, entry.description].flatMap(SandboxProvider.words)
            // "not valid" says wrong as "invalid" does (a user's Cellcast AUTH_FAILED "The APPKEY is not valid."), and
            // "not provided" missing as "missing" does (AUTH_REQUIRED "The APPKEY was not provided." answered a wrong key).
            let negated = zip(words, words.dropFirst()).compactMap { pair -> String? in
                guard pair.0 == "not" else { return nil }
                return Self.negatedRight.contains(pair.1) ? "invalid" : Self.negatedGiven.contains(pair.1) ? "missing" : nil
            }
            let said = Set(words + negated)
            // "APPKEY required" says missing where nothing says wrong (Telesign's "Required 'Authorization' header is
            // not in the correct format" says wrong).
            let required = said.contains("required") && said.isDisjoint(with: Self.wrongWords) ? ["missing"] : []
            return !said.union(required).isDisjoint(with: kind)
        }
        // First those naming a credential field or header by its wire name, in whatever language around it, that do not
        // say the other case: a user's SMS.ru `api_id`, wrong or missing, was 300 "Неправильный token" (the one
        // speaking of a token), where 200 says "Неправильный api_id".
        // Of missing credentials, not one naming only credentials the request gave (our rule: a user's Huawei request
        // missing its X-WSSE header alone is no "Authorization is not contained in the HTTP header").
        let givenOnly = { (entry: StatusEntry) in
            missing && !parts.isEmpty && self.namesCredential(entry) && !parts.contains { self.namesCredential(entry, among: [$0]) }
        }
        let namingCredential = entries.filter { namesCredential($0) && !givenOnly($0) }
        let namingTheCase = namingCredential.filter { !says(missing ? Self.wrongWords : Self.missingWords, $0) }
        let about = entries.filter { mentionsCredentials($0) && !givenOnly($0) }
        let candidates = !namingTheCase.isEmpty ? namingTheCase : about.isEmpty ? entries : about
        let saysMissing = candidates.filter { says(Self.missingWords, $0) && !says(Self.wrongWords, $0) }
        let saysWrong = candidates.filter { says(Self.wrongWords, $0) && !says(Self.missingWords, $0) }
        let told = saysMissing.isEmpty || saysWrong.isEmpty ? nil : (missing ? saysMissing : saysWrong).first
        // Never a code saying the other case where one does not: a user's wrong Cellcast APPKEY was answered
        // AUTH_FAILED_NO_DATA "No APPKEY was sent.", the first.
        // Nor, of a credential missing, one saying what became of a credential given (`inactive`, `expired`,
        // `disabled`, `blocked`, …): a user's SMSPlanet send with no token was 202 "The API token is inactive.", where
        // 101 says "Check the API token or API key." (our rule).
        let saysGivenState = { (entry: StatusEntry) in
            !Set([entry.name, entry.description].flatMap(SandboxProvider.words).map { $0.lowercased() })
                .isDisjoint(with: ["inactive", "expired", "disabled", "blocked", "suspended", "revoked", "locked", "deactivated", "banned"])
        }
        let notOther = candidates.first { !says(missing ? Self.wrongWords : Self.missingWords, $0) && !(missing && saysGivenState($0)) }
        let ties = parts.isEmpty ? nil : CodeTies(provider: provider)
        let naming = parts.lazy.compactMap { part in entries.first { ties?.names($0, part) == true && says(Self.missingWords, $0) } }.first
        // Of a credential of several parts, where some are right, one naming a wrong part (and none of the right ones)
        // and not saying it is missing (our rule): a user's SUBMAIL `signature` wrong beside its right `appid` was
        // answered 101 "Incorrect APP ID", where 108 says "Invalid signature".
        let namingWrong = wrong.lazy.compactMap { part in
            namingTheCase.first { self.namesCredential($0, among: [part]) && !self.namesCredential($0, among: self.credentialNames.filter { !wrong.contains($0) }) }
        }.first
        // A code answered under an HTTP status of its own that is not about credentials (404 Not Found) gives way to one
        // under 401 (HTTP's status for credentials missing or wrong) that speaks of them and says the request's case,
        // the other case too or not (our rule): a user's wrong Skebby keys were answered 404 "The User_key (or the
        // order_id) was not found; for login, the credentials are incorrect", where 401 says "User_key, Token or
        // Session_key are invalid or not provided".
        let unauthorized = { (chosen: StatusEntry) -> StatusEntry? in
            guard naming == nil, !chosen.httpStatuses.isEmpty, chosen.httpStatuses.allSatisfy({ ![401, 403].contains($0) }) else { return nil }
            return entries.first { entry in
                entry != chosen && entry.httpStatuses.contains(401) && says(missing ? Self.missingWords : Self.wrongWords, entry)
                    && (self.namesCredential(entry) || mentionsCredentials(entry))
            }
        }
        guard let entry = (naming ?? namingWrong ?? told ?? notOther ?? namingCredential.first ?? candidates.first).map({ unauthorized($0) ?? $0 }) else {
            // The answer covering 401 in its shape — the documented 401 (Arkesel's `ErrorResponse`, which was a bare
            // 401), else `4XX`, else `default` (a user's Notify.lk, whose refusals are `{"status": "error", …}` under
            // either, was a bare 401) —: with its tables' one refusal, or no code where its shape carries none; its
            // words say bad credentials.
            if let unauthorized = response(for: 401), unauthorized.shape != nil {
                // With no code saying only that it refuses, the tables' one failure, under its own documented status
                // (our rule): a user's M360 without `username` was an empty 401, where its table's one failure, 400
                // Bad Request, is what its page shows for "The username field is required.".
                if verdict(of: unauthorized) == nil, let only = onlyFailure(of: unauthorized) {
                    let status = only.httpStatuses.contains(401) || only.httpStatuses.isEmpty ? 401 : self.status(for: only)
                    if let own = response(for: status), own.shape != nil {
                        // Its words say what is wrong, not the code's summary (a field the request lacks).
                        let note = missing && !parts.isEmpty ? "bad credentials: \(parts.joined(separator: ", ")) missing" : "bad credentials"
                        return answer(status: status, response: own, code: only, note: note, codeSaysWhy: false, field: parts.first)
                    }
                }
                return answer(status: 401, response: unauthorized, code: verdict(of: unauthorized), note: "bad credentials", codeSaysWhy: false)
            }
            // An operation documenting no refusal status refuses under its success status (`refusalUnderSuccess`).
            // There, with no code saying only that it refuses, its one saying the request is invalid: SMS Broadcast
            // with its `ERROR` so was answered 401 with no body, where every other refusal is 200 `ERROR: …`.
            if let refusal = refusalUnderSuccess ?? refusal(underSuccessSaying: .invalidRequest) {
                return answer(status: refusal.status, response: refusal.response, code: refusal.entry, note: "bad credentials", codeSaysWhy: false)
            }
            if let carried = carriedAuthenticationRefusal {
                return answer(status: carried.status, response: carried.response, code: carried.entry, note: "bad credentials")
            }
            // No answer or code of the spec says how: the log says the 401 is the sandbox's own (a user's SpeedSMS
            // without credentials read an empty 401 as the provider's).
            return SandboxAnswer(status: 401, body: Data(), summary: "\(provider.id).\(operationID) (bad credentials; \(Self.undocumentedRefusal))", deliveries: [])
        }
        return failure(entry, reason: "bad credentials")
    }

    /// Whether `entry`'s name, summary or cause names a credential field or header of the spec's `auth` by its wire name
    /// (a word, or up to four run together: `api_id`, `X-API-Key`), whatever language the words around it are in; the
    /// `Authorization` header any scheme travels in is no name of a credential's, but where the spec lists it among
    /// several credential headers (a user's Huawei `auth: {type: headers, headers: [Authorization, X-WSSE]}`, whose
    /// request without them was answered E000005 "The value of profile in Authorization must be UsernameToken" where
    /// E000001 says "Authorization is not contained in the HTTP header"). Of `among` alone, where given.
    /// The wire names of the credential fields and headers of the spec's `auth`.
    private var credentialNames: [String] {
        guard let authentication = provider.model.spec.authentication else { return [] }
        return authentication.fields.map(\.value) + authentication.credentialHeaders
    }

    private func namesCredential(_ entry: StatusEntry, among only: [String]? = nil) -> Bool {
        guard let authentication = provider.model.spec.authentication else { return false }
        let listed = authentication.kind == .headers ? Set<String>() : ["authorization"]
        let names = Set((only ?? authentication.fields.map(\.value) + authentication.credentialHeaders).map(PayloadBuilder.plain))
            .subtracting(listed.union([""]))
        return [entry.name, entry.description, entry.cause ?? ""].map(SandboxProvider.words).contains { words in
            words.indices.contains { start in (1...4).contains { count in start + count <= words.count && names.contains(words[start..<(start + count)].joined()) } }
        }
    }

    /// The refusal of an operation that documents no refusal status (no `4XX` or 4xx answer, no `default`): every
    /// refusal is a success status with a code in its body, so a refusal no code of its tables says is that answer with
    /// its tables' one refusal code (`verdict`): users' Zenziva, whose every answer is 200 and whose refusal is
    /// `{"status": "0", …}`, was answered 401 and 400 with no body, a path the provider never takes. Nil otherwise.
    private var refusalUnderSuccess: (status: Int, response: ResponseSpec, entry: StatusEntry)? { refusal(underSuccessSaying: .unknown) }

    /// `refusalUnderSuccess`, with the one failure code saying `category` where none is the table's one.
    private func refusal(underSuccessSaying category: ErrorCategory) -> (status: Int, response: ResponseSpec, entry: StatusEntry)? {
        guard !responses.contains(where: { $0.isDefault || ($0.representativeStatus ?? 0) / 100 == 4 }),
            let success = responses.first(where: { ($0.representativeStatus ?? 0) / 100 == 2 }), let status = success.representativeStatus,
            let entry = verdict(of: success) ?? soleRefusal(of: success, saying: category)
        else { return nil }
        return (status, success, entry)
    }

    /// The refusal of bad credentials by an operation that documents no refusal status and whose success answer lists no
    /// table deciding it that has an authentication code, but whose shape carries one (a table the answer holds as
    /// data, `tables: []`, or a delivery status): that answer with the first such code, as its other operations
    /// answer (our rule). A user's smsmode status check (`StatusAnswer`, `tables: []`, its `MessageStatus` listing 32
    /// "Authentication error") was 401 with no body, where sendSMS.do and credit.do answered `32 | …` under 200.
    private var carriedAuthenticationRefusal: (status: Int, response: ResponseSpec, entry: StatusEntry)? {
        guard !responses.contains(where: { $0.isDefault || ($0.representativeStatus ?? 0) / 100 == 4 }),
            let success = responses.first(where: { ($0.representativeStatus ?? 0) / 100 == 2 }), let status = success.representativeStatus,
            let shape = answerShape(of: success)
        else { return nil }
        let entry = provider.tables.filter { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }.flatMap(\.entries)
            .first { $0.outcome == .failure && $0.category == .authentication }
        return entry.map { (status, success, $0) }
    }

    /// The one failure code of a table deciding `response` that says no more than that the request is refused
    /// (category `unknown`, or `category`), beside failures saying other problems: a user's SMS Broadcast, which
    /// answers every refusal 200 `ERROR: …` (and a refused number `BAD:…`), answered bad credentials 401 with no body.
    private func soleRefusal(of response: ResponseSpec, saying category: ErrorCategory = .unknown) -> StatusEntry? {
        decidingTables(of: response).lazy.compactMap { table in
            let refusals = table.entries.filter { $0.outcome == .failure && $0.category == category }
            return refusals.count == 1 ? refusals[0] : nil
        }.first
    }

    /// Whether an answer of the operation can carry a code of `table`: a response its codes decide, or whose shape
    /// holds a field of it.
    private func carries(_ table: String) -> Bool {
        responses.contains { response in
            decidingTables(of: response).contains { $0.id == table }
                || answerShape(of: response).map { builder.reaches(shapeNamed: $0.swiftName, table: table) } == true
        }
    }

    /// Words of a code saying a credential is missing, and saying it is wrong (our inference).
    static let missingWords: Set<String> = ["missing", "absent", "no", "none", "empty", "omitted", "lacking", "without"]
    static let wrongWords: Set<String> = ["invalid", "wrong", "bad", "incorrect", "unknown", "mismatch", "mismatched", "unrecognized", "unrecognised"]
    /// Words that, after "not", say a credential is wrong ("not valid", "not recognised").
    static let negatedRight: Set<String> = ["valid", "correct", "right", "recognized", "recognised", "known", "accepted", "authorized", "authorised"]
    /// Words that, after "not", say a credential is missing ("not provided", "not sent").
    static let negatedGiven: Set<String> = ["provided", "sent", "supplied", "given", "present", "set", "specified", "included", "passed", "contained"]

    /// The code of a refusal whose tables have none for its problem: as a table the answer's failure does not name
    /// takes its one failure code (`PayloadBuilder.verdict`), the one failure code of the first table deciding
    /// `response` that has exactly one, when it says no more than that the request is refused (category `unknown`:
    /// Arkesel's `error`, "The request was refused; message says why."); one saying another problem (a table whose
    /// one failure is `insufficientFunds`) would answer for what did not happen. Nil when there is none: the answer
    /// is then its status with no body, where its shape carries a code, as a success code would say it was carried out.
    /// Beside a code saying the problem (`category`), one saying that problem too.
    private func verdict(of response: ResponseSpec, saying category: ErrorCategory = .unknown) -> StatusEntry? {
        for table in decidingTables(of: response) {
            let failures = table.entries.filter { $0.outcome == .failure }
            if failures.count == 1, [.unknown, category].contains(failures[0].category) || Self.saysOnlyFailure(failures[0]) { return failures[0] }
        }
        return nil
    }

    /// The one failure code of the tables deciding `response`, where they list exactly one and it says the request is
    /// invalid or only that it is refused (`invalidRequest`, `unknown`), whatever its words name; nil otherwise (a
    /// table whose one failure says another problem, `insufficientFunds`, answers for what did not happen). What a
    /// refusal no other code says is answered with rather than a body left empty: every refusal the provider
    /// documents is that code.
    private func onlyFailure(of response: ResponseSpec) -> StatusEntry? {
        let failures = decidingTables(of: response).flatMap(\.entries).filter { $0.outcome == .failure }
        guard failures.count == 1, [.invalidRequest, .unknown].contains(failures[0].category) else { return nil }
        return failures[0]
    }

    /// Whether a code's words say nothing but that the request failed, whatever its category (our rule: a user's
    /// Sendchamp `error`, "The request failed.", `invalidRequest`, was passed over and its 401 had no body, where its
    /// `ErrorEnvelope` answers every refusal): its name and summary hold only words naming nothing and saying a problem.
    static func saysOnlyFailure(_ entry: StatusEntry) -> Bool {
        let words = [entry.code, entry.name, entry.description].flatMap(SandboxProvider.words).filter { !$0.contains(where: \.isNumber) }
        return !words.isEmpty && words.allSatisfy(InvalidRequest.problemWords.contains)
            && words.contains { ["failed", "failure", "error", "errors", "refused", "rejected"].contains($0) }
    }

    // MARK: Building

    private func failure(_ code: StatusEntry, reason: String, field: String? = nil, recipient: String? = nil) -> SandboxAnswer {
        let status = status(for: code)
        return answer(status: status, response: response(for: status), code: code, note: reason, field: field, recipient: recipient)
    }

    /// The wire names of the request's fields, at any depth (`PayloadPlan.requestFields`).
    private var requestFieldNames: Set<String> {
        var names: Set<String> = []
        var seen: Set<String> = []
        var pending = operation.requestType.flatMap(provider.shape).map { [$0] } ?? []
        while let shape = pending.popLast() {
            guard seen.insert(shape.swiftName).inserted else { continue }
            for type in shape.fields.map(\.type) + (shape.listElement.map { [$0] } ?? []) {
                pending += type.nestedShapeNames.compactMap(provider.shape)
            }
            names.formUnion(shape.fields.map(\.spec.wireName.value))
        }
        return names
    }

    private func answer(
        status: Int, response: ResponseSpec?, code: StatusEntry?, note: String, codeSaysWhy: Bool = true, field: String? = nil, unread: String? = nil,
        recipient: String? = nil, problem: InvalidRequest? = nil
    ) -> SandboxAnswer {
        let codeText = code.map { " \($0.table) \($0.codeAndName)" } ?? ""
        let summary = "\(provider.id).\(operationID)\(codeText) (\(note))"
        // A documented shape whose answer carries no code (Plivo's 400 `ErrorResponse`) is answered in that shape too,
        // and so is one whose code is its HTTP status: a table the answer lists and no field carries (Termii's
        // `HTTPStatus` beside `{"message": …}`, Kannel's beside the optional `SendStatus` of its text answer).
        if let code, let bare = bareCode(code, of: response) ?? undocumentedBody(code, of: response) {
            return SandboxAnswer(status: status, body: bare, summary: summary, deliveries: [], contentType: WrittenAnswer.json)
        }
        var codes = code.map { [$0.table: $0] } ?? [:]
        var template = code
        // A code its status says, beside a shape holding another table's code (SMS Aero's HTTPStatus 400 under a 400
        // `{"success": …}`, which was answered with no body): the shape, that table's one refusal in it (`verdict`),
        // or its one failure saying the code's problem (a user's SMSCountry `"Success": "False"`, invalidRequest, beside
        // HTTPStatus 400 for an invalid number, which was answered with no body).
        if let code, let shape = answerShape(of: response, code: code), !builder.reaches(shapeNamed: shape.swiftName, table: code.table),
            code.httpStatuses.contains(status), lists(code.table, response), let response,
            let other = verdict(of: response, saying: code.category),
            other.table != code.table, builder.reaches(shapeNamed: shape.swiftName, table: other.table)
        {
            codes[other.table] = other
            template = other
        }
        // A code of a table no field of a text answer holds, where its one field holding a code is of another table of
        // the same kind (a user's smsmode `{status} | {description}`, `status` a DeliveryStatus, refusing an unknown
        // id with ResultCode 61 "SMS not found"): the code in that field, as the provider writes it (`61 | SMS not
        // found`). It was answered 200 with no body, which none of the answer's forms reads (our rule).
        // Not a code its status says where the answer may leave every code out (Kannel's HTTPStatus beside its optional
        // SendStatus is a sentence).
        if let code, codes.count == 1, !code.httpStatuses.contains(status), let shape = answerShape(of: response, code: code),
            !shape.textForms.isEmpty, !builder.reaches(shapeNamed: shape.swiftName, table: code.table), !leavesOutEveryCode(shape)
        {
            let holders = shape.fields.compactMap { field -> String? in if case .table(let reference) = field.type { reference.swiftName } else { nil } }
            let kind = { (name: String) in provider.model.tables.first { $0.swiftName == name }.map { $0.spec.codeType == .int } }
            if holders.count == 1, let holder = holders.first, holder != code.table, let own = kind(code.table), kind(holder) == own {
                let moved = StatusEntry(
                    provider: code.provider, table: holder, code: code.code, aliases: code.aliases, name: code.name, description: code.description,
                    cause: code.cause, explanation: code.explanation, httpStatuses: code.httpStatuses, outcome: code.outcome, category: code.category,
                    retryable: code.retryable, source: code.source, sentAs: code.sentAs)
                codes = [holder: moved]
                template = moved
            }
        }
        // A refusal with no code, whose documented shape reads an example as a variant holding none (a user's D7 422,
        // FastAPI's list of errors in `detail`, whose other variant carries ErrorCode): that example, where it was the
        // status with no body (`codelessExample`).
        let codeless = code == nil ? answerShape(of: response).flatMap(codelessExample(of:)) : nil
        guard let shape = answerShape(of: response, code: code),
            template.map({ builder.reaches(shapeNamed: shape.swiftName, table: $0.table) || codes.count > 1 || (leavesOutEveryCode(shape) && lists($0.table, response)) })
                ?? (!reachesAnyTable(shape) || codeless != nil || saysWhyWithoutCode(response))
        else {
            // The log names no code the body does not hold, nor its status says (a table the answer lists: LabsMobile's
            // HTTPStatus 401 under 401; a code whose own status no response documents: SMS Aero's HTTPStatus 400).
            guard let code, !lists(code.table, response), !code.httpStatuses.contains(status) else {
                return SandboxAnswer(status: status, body: Data(), summary: summary, deliveries: [])
            }
            return SandboxAnswer(
                status: status, body: Data(),
                summary: "\(provider.id).\(operationID) (\(note); \(code.table) \(code.codeAndName) is not answered: no answer of the operation carries it)",
                deliveries: [])
        }
        var plan = PayloadPlan(codes: codes, isFailure: true, operation: operationID)
        plan.scope = .object([:])
        plan.httpStatus = status
        plan.reason = note
        // Beside the other table's one refusal, which says only that it refuses, the words say why (as Arkesel's):
        // Comtele's example's "Número inválido: 1199" answered a wrong key.
        plan.codeSaysWhy = codeSaysWhy && codes.count == 1
        plan.refusedField = field
        plan.refusedRecipient = recipient
        plan.refusalRecipients = request.map { builder.addressees(in: $0).addressees.map(\.recipient) }
        plan.unreadPart = unread
        plan.problem = problem
        plan.requestFields = requestFieldNames
        // Not an example's credential code, but for bad credentials (`refusalTemplate`).
        let aboutCredentials = note == "bad credentials" || code.map(Self.isAboutCredentials) == true
        let example = codeless ?? refusalTemplate(for: shape, code: template, codes: codes, aboutCredentials: aboutCredentials)
        var value = built(shape, of: response, template: example, plan: plan)
        var wire = written(value, in: shape)
        // A reason no text form reads back was left out, its form's other fields written empty: a user's SMS Broadcast
        // refused an empty message `ERROR: :  `, its `message: is 0 characters long` read as `{result}: {to}: {smsref}`.
        // It is written without the forms' separators, else as the code's own words.
        if let reason = plan.reason, Self.holds(value, reason), wire.map({ !String(decoding: $0.body, as: UTF8.self).contains(reason) }) ?? true {
            let line = shape.lineShape.flatMap(provider.shape) ?? shape
            let separators = Set(line.textForms.flatMap { form in
                form.replacingOccurrences(of: #"\{[^}]*\}"#, with: "", options: .regularExpression).filter { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }
            } + Array(line.listSeparator ?? ""))
            let plain = reason.filter { !separators.contains($0) }.split(separator: " ").joined(separator: " ")
            for words in [plain, code?.description(in: operationID)].compactMap({ $0 }) where !separators.isEmpty {
                plan.reason = words
                value = built(shape, of: response, template: example, plan: plan)
                guard let rewritten = written(value, in: shape), String(decoding: rewritten.body, as: UTF8.self).contains(words) else { continue }
                wire = rewritten
                break
            }
        }
        guard let wire else { return unwritable(shape, summary: summary) }
        return SandboxAnswer(status: status, body: wire.body, summary: summary, deliveries: [], contentType: wire.contentType)
    }

    /// Whether `value` holds the text `text`, at any depth.
    private static func holds(_ value: JSONValue, _ text: String) -> Bool {
        if case .string(text) = value { return true }
        return (value.items ?? value.members.map { Array($0.values) } ?? []).contains { holds($0, text) }
    }

    /// The tables whose codes decide `response`: those it lists, or with none listed (not `tables: []`), every table
    /// its shape carries (Brevo's `4XX: {shape: ErrorModel}`, whose refusals were answered with no body) — for a union,
    /// every table a variant carries or is, through lists and unions that are variants, as a client decides by
    /// whichever variant read the answer.
    func decidingTables(of response: ResponseSpec) -> [StatusTable] {
        guard response.tables.isEmpty, !response.noCodeDecides, let name = response.shape?.value else {
            return response.tables.compactMap { provider.table(specName: $0.value) }
        }
        let variants = unionVariants(of: response)
        return provider.tables.filter { table in
            variants?.contains { variant in reaches(variant, table.id) } ?? builder.reaches(shapeNamed: name, table: table.id)
        }
    }

    /// Whether a value of `type` holds a code of `table`: a list shape's elements too.
    private func reaches(_ type: ResolvedType, _ table: String) -> Bool {
        guard case .shape(let reference) = type else { return builder.reaches(type, table: table) }
        return builder.reaches(shapeNamed: reference.swiftName, table: table)
    }

    /// The variants of the union `response` answers with, as a client tries them (`SandboxProvider.variantsReading`);
    /// nil for an answer that is a shape.
    private func unionVariants(of response: ResponseSpec?) -> [ResolvedType]? {
        guard let name = response?.shape?.value, provider.shape(name) == nil, let union = provider.union(name) else { return nil }
        return provider.variantsReading(union)
    }

    /// The variants of a union answer that are shapes, in the order a client tries them: what an answer is written in.
    private func shapeVariants(of response: ResponseSpec?) -> [ShapeModel] {
        (unionVariants(of: response) ?? []).compactMap { if case .shape(let reference) = $0 { provider.shape(reference) } else { nil } }
    }

    private func lists(_ table: String, _ response: ResponseSpec?) -> Bool {
        response?.tables.contains { provider.table(specName: $0.value)?.id == table } ?? false
    }

    /// The answer built as `shape`: a variant of a discriminated union answered says its kind, as the generated
    /// enum writes it.
    /// A success `value` of `shape` agreeing with what the session answered (our rules). A send's balance left
    /// (`PayloadBuilder.namesBalance`: `RemainingBalance`, `credit_left`; one named as what is left before a bare
    /// `credits`, `PayloadBuilder.leftFirst`) is kept for the provider, and the next send spends from it
    /// (`PayloadBuilder.scaleCost`); a success of an operation that neither sends nor looks a message up says it as its
    /// balance, else, with no example of its own, the balance a send's example says: a user's
    /// SMSPortal and mNotify balance look-ups said 100 after sends answered 1500 and 1483 left. And an integer field of
    /// an answer with no example, whose name other answers' examples give as their HTTP status (Sendchamp's send
    /// `"code": 200`, its 401 `"code": 401`), says this one's: its balance envelope said `"code": 0` under 200.
    private func agreeingWithSession(_ value: JSONValue, shape: ShapeModel, status: Int, lookUp: Bool) -> JSONValue {
        guard var members = value.members else { return value }
        let ownExample = !provider.examples(of: [shape.spec.name.value, shape.swiftName]).isEmpty
        if !ownExample {
            for field in shape.fields where [.int, .int64].contains(field.type) && saysHTTPStatus(field.spec.wireName.value) {
                members[field.spec.wireName.value] = .number(JSONNumber(integerLiteral: Int64(status)))
            }
        }
        func set(_ path: [String], _ new: JSONValue, in members: inout [String: JSONValue]) {
            guard let first = path.first else { return }
            if path.count == 1 {
                // In the kind the field was written in (a text for a lenient `"1483"`).
                if case .string? = members[first], case .number(let number) = new { members[first] = .string(number.description) } else { members[first] = new }
                return
            }
            guard var inner = members[first]?.members else { return }
            set(Array(path.dropFirst()), new, in: &inner)
            members[first] = .object(inner)
        }
        if let (name, count) = listedCount(of: shape) { set([name], .number(JSONNumber(integerLiteral: Int64(count))), in: &members) }
        let found = balances(members, of: shape)
        if provider.sends(operation) {
            if let left = PayloadBuilder.leftFirst(found, name: { $0.path.last ?? "" }).first.flatMap({ Self.numberValue($0.value) }) { builder.sent?.setBalance(left, provider: provider.id) }
        } else if !lookUp, !found.isEmpty, let left = builder.sent?.balance(provider: provider.id) ?? (ownExample ? nil : sendExampleBalance()) {
            for balance in found { set(balance.path, left, in: &members) }
        }
        return .object(members)
    }

    /// The count an answer `shape` of one integer field named as a count (`count`, `total`) says, where another
    /// operation taking the same request lists reports (a look-up or a list of them answering a list of reports): how
    /// many messages that one lists for the request, the session's sends (the one message an id names, else every
    /// one). Our rule: a user's Exolve `GetCount {}`, of GetList's `ListRequest`, said 0 right after a send.
    private func listedCount(of shape: ShapeModel) -> (name: String, count: Int)? {
        guard !provider.sends(operation), !provider.isLookUp(operation), shape.fields.count == 1, let field = shape.fields.first,
            [.int, .int64].contains(field.type), !Set(SandboxProvider.words(field.spec.wireName.value).map { $0.lowercased() }).isDisjoint(with: ["count", "total", "cnt"]),
            let requestName = operation.requestType, let sent = builder.sent
        else { return nil }
        let lists = provider.model.operations.first { other in
            other.spec.id.value != operationID && other.requestType == requestName
                && (provider.isLookUp(other) || provider.listsReports(other)) && provider.answersReportList(other)
        }
        guard let lists, let answer = provider.successAnswer(of: lists)?.shape.flatMap({ provider.shape($0.value) }),
            let own = reportListElementID(of: answer), let request
        else { return nil }
        if let asked = lookedUpIDs(in: request) {
            return (field.spec.wireName.value, Set(asked.values).filter { sent.recipient(of: $0, provider: provider.id) != nil }.count)
        }
        return (field.spec.wireName.value, sent.recent(named: own, provider: provider.id, limit: Int.max, consuming: false).count)
    }

    /// Whether other answers' examples give a top-level field `name` as their HTTP status: each that has it says the
    /// status of the response it is the shape of, and one does so.
    private func saysHTTPStatus(_ name: String) -> Bool {
        var said = false
        for operation in provider.model.operations {
            for response in operation.spec.responses {
                guard let status = response.httpStatus ?? (response.isDefault ? nil : response.representativeStatus),
                    let shape = response.shape.flatMap({ provider.shape($0.value) })
                else { continue }
                for example in provider.examples(of: [shape.spec.name.value, shape.swiftName]) {
                    guard let given = example[member: name] else { continue }
                    guard case .number(let number) = given, number.description == String(status) else { return false }
                    said = true
                }
            }
        }
        return said
    }

    /// The balance left that an example of a send's success answer says, at any depth in its objects.
    private func sendExampleBalance() -> JSONValue? {
        for operation in provider.model.operations where provider.sends(operation) {
            for response in operation.spec.responses where (response.representativeStatus ?? 0) / 100 == 2 {
                guard let shape = response.shape.flatMap({ provider.shape($0.value) }) else { continue }
                for example in provider.examples(of: [shape.spec.name.value, shape.swiftName]) {
                    guard let members = example.members else { continue }
                    let found = PayloadBuilder.leftFirst(balances(members, of: shape), name: { $0.path.last ?? "" })
                    if let left = found.lazy.compactMap({ Self.numberValue($0.value) }).first { return left }
                }
            }
        }
        return nil
    }

    /// The balances (`PayloadBuilder.namesBalance`) `members` of `shape` hold, at their paths, in objects (not lists).
    private func balances(_ members: [String: JSONValue], of shape: ShapeModel, depth: Int = 0) -> [(path: [String], value: JSONValue)] {
        guard depth < 4 else { return [] }
        return shape.fields.flatMap { field -> [(path: [String], value: JSONValue)] in
            let name = field.spec.wireName.value
            if PayloadBuilder.numeric.contains(field.type), PayloadBuilder.namesBalance(name) || depth == 0 && asksBalance && Self.amountNames.contains(name.lowercased()),
                let value = members[name]
            {
                return [([name], value)]
            }
            if case .shape(let reference) = field.type, let held = provider.shape(reference), let inner = members[name]?.members {
                return balances(inner, of: held, depth: depth + 1).map { ([name] + $0.path, $0.value) }
            }
            return []
        }
    }

    /// Whether the operation asks for the balance: its id or path says `balance` (a user's Octopush
    /// `/wallet/check-balance`, whose `amount` said 0, no example given, after sends that left 99.5; our rule).
    private var asksBalance: Bool {
        !provider.sends(operation) && (SandboxProvider.words(operationID) + SandboxProvider.words(operation.spec.path.value)).contains("balance")
    }

    /// The names a balance answer's number goes by at its top, besides those naming a balance (`namesBalance`).
    static let amountNames: Set<String> = ["amount", "credit", "value"]

    /// A number, or a text holding one (a lenient `"1483"`), as a number.
    private static func numberValue(_ value: JSONValue) -> JSONValue? {
        PayloadBuilder.number(value).flatMap { try? JSONPayload.decode(JSONValue.self, from: Data($0.description.utf8)) }
    }

    private func built(_ shape: ShapeModel, of response: ResponseSpec?, template: JSONValue?, plan: PayloadPlan) -> JSONValue {
        builder.namingKind(builder.build(shape, template: template, plan: plan), of: shape, in: response?.shape.flatMap { provider.union($0.value) })
    }

    /// The shape an answer is written in: the response's own, or for a union of forms (seven.io's answer object or
    /// bare code) its first variant that is a shape holding `code`'s table, else its first that is a shape.
    private func answerShape(of response: ResponseSpec?, code: StatusEntry? = nil) -> ShapeModel? {
        guard let name = response?.shape?.value else { return nil }
        if let shape = provider.shape(name) { return shape }
        let shapes = shapeVariants(of: response)
        return code.flatMap { code in shapes.first { builder.reaches(shapeNamed: $0.swiftName, table: code.table) } } ?? shapes.first
    }

    /// The bare code, as its table writes it (in a list for a variant that is a list of codes), when the response is a
    /// union with a variant of `code`'s table and either an example of the union is that code bare (seven.io's `"900"`)
    /// or no variant that is a shape holds the table.
    private func bareCode(_ code: StatusEntry, of response: ResponseSpec?) -> Data? {
        func isCode(_ type: ResolvedType) -> Bool { if case .table(let held) = type { held.swiftName == code.table } else { false } }
        guard let union = response?.shape.flatMap({ provider.union($0.value) }), let table = provider.table(code.table),
            let variant = (unionVariants(of: response) ?? []).first(where: { variant in
                if case .array(let element) = variant { isCode(element) } else { isCode(variant) }
            })
        else { return nil }
        let shown = provider.examples(of: [union.spec.name.value]).contains { table.entry(of: $0)?.code == code.code }
        let held = answerShape(of: response, code: code).map { builder.reaches(shapeNamed: $0.swiftName, table: code.table) } ?? false
        guard shown || !held else { return nil }
        return WirePayload.json(isCode(variant) ? table.wireValue(code) : .array([table.wireValue(code)]))
    }

    /// An answer without a shape whose codes a client reads where the provider's other answers carry them (Ginota's
    /// balance: `{"status": "7"}` for a wrong key, which was an empty 200 the same as a success).
    private func undocumentedBody(_ code: StatusEntry, of response: ResponseSpec?) -> Data? {
        guard let response, response.shape == nil, let field = operation.codeFields[response.key]?.first,
            let table = provider.table(code.table)
        else { return nil }
        return WirePayload.json(.object([field: table.wireValue(code)]))
    }

    private func reachesAnyTable(_ shape: ShapeModel) -> Bool {
        provider.tables.contains { builder.reaches(shapeNamed: shape.swiftName, table: $0.id) }
    }

    /// Whether a refusal in `shape` whose code no field carries can leave out every code the shape holds: they are
    /// in optional fields, which a refusal drops (Kannel's `status` beside its sentence), so none reads as a success.
    private func leavesOutEveryCode(_ shape: ShapeModel) -> Bool {
        guard shape.listElement == nil else { return !reachesAnyTable(shape) }
        return !shape.fields.contains { field in field.spec.required && provider.tables.contains { builder.reaches(field.type, table: $0.id) } }
    }

    /// The HTTP status the spec gives `entry` in this operation.
    func status(for entry: StatusEntry) -> Int {
        if let status = entry.perOperation.first(where: { $0.operation == operationID })?.httpStatus { return status }
        let listing = responses.filter { decidingTables(of: $0).contains { $0.id == entry.table } }
        if let status = entry.httpStatuses.first(where: { status in
            listing.contains { $0.httpStatus == status || $0.statusClass == status / 100 || $0.isDefault }
        }) {
            return status
        }
        // A refusal code no answer's shape carries is the answer's HTTP status: its own, where no response documents
        // it (SMS Aero's HTTPStatus 400 of a status look-up documenting 200, 401 and 404 was answered 200, empty).
        if let own = entry.httpStatus, own >= 400, !listing.contains(where: { response in
            answerShape(of: response).map { builder.reaches(shapeNamed: $0.swiftName, table: entry.table) } == true
        }) {
            return own
        }
        // A code with no status of its own is answered under the one the answer's table of statuses documents for what
        // it is about, its category (our rule): a user's OurSMS `InvalidToken` (authentication), listed by `4XX` beside
        // its `HTTPStatus` 401 Unauthorized (authentication), was answered 400.
        if entry.httpStatuses.isEmpty, entry.outcome == .failure {
            let beside = listing.flatMap(decidingTables(of:)).filter { $0.id != entry.table }.flatMap(\.entries)
            if let status = beside.lazy.filter({ $0.outcome == .failure && $0.category == entry.category }).flatMap(\.httpStatuses)
                .first(where: { status in listing.contains { $0.httpStatus == status || $0.statusClass == status / 100 } })
            {
                return status
            }
            // Else under its category's usual status, where a class answer listing its table covers it (`4XX`), else
            // under the first refusal status listing it, not a success beside it (our rule): a user's Primotexto 72
            // "authentication failed" under `4XX` was 400, and a Mitto code listed by 200 and `4XX` was 200 where its
            // `providerCodes` predicted it, and 400 where it answered a missing field.
            if let usual = Self.usualStatus(of: entry.category), listing.contains(where: { $0.httpStatus == usual || $0.statusClass == usual / 100 }) {
                return usual
            }
            if let refusal = listing.compactMap(\.representativeStatus).first(where: { $0 >= 400 }) { return refusal }
        }
        return listing.compactMap(\.representativeStatus).first ?? entry.httpStatus ?? 400
    }

    /// The HTTP status gateways usually answer a refusal of `category` with (our inference): 401 for credentials, 403 for
    /// what the account may not do, 429 for a rate limit, 400 for a request or value refused; nil for the others.
    static func usualStatus(of category: ErrorCategory) -> Int? {
        switch category {
        case .authentication: 401
        case .authorization: 403
        case .rateLimited: 429
        case .invalidRequest, .invalidDestination, .contentRejected: 400
        default: nil
        }
    }

    /// As `OperationDescriptor.response(for:)` chooses: the status's own, its class's (`4XX`), the catch-all.
    private func response(for status: Int) -> ResponseSpec? {
        responses.first { $0.httpStatus == status } ?? responses.first { $0.statusClass == status / 100 } ?? responses.first(where: \.isDefault)
    }

    /// Every entry of the tables whose codes decide the operation's answers (those each lists, or with none listed, those
    /// it carries: `decidingTables`), in answer and table order, but those of a table
    /// delivery reports carry that only successful answers list: its codes say what became of a message (Sinch's
    /// DeliveryCode 405 "Unmatched Parameter" in a report), not why a request was refused (Telnyx's ErrorCode,
    /// listed under `default` too, still does).
    /// With `keepingAnswersOwn`, for a request's problem, such a table a successful answer holds as its own code,
    /// outside its lists, is kept (`holdsOutsideLists`): a user's ValueFirst send answers every refusal 200
    /// `{"MESSAGEACK":{"Err":{"CODE":…}}}` with its ErrorCode, which its reports quote too, and an empty `@TEXT` was
    /// 400 with no body where 28679 "SMS text is empty" says it.
    var documentedEntries: [StatusEntry] { documentedEntries(keepingAnswersOwn: false) }

    private func documentedEntries(keepingAnswersOwn: Bool) -> [StatusEntry] {
        let delivery = DeliveryCallback(provider: provider).map { Set([$0.statusTable.id] + $0.errorTables.map(\.id)) } ?? []
        let refusals = responses.filter { ($0.representativeStatus ?? 0) / 100 != 2 }.flatMap(decidingTables(of:)).map(\.id)
        let successShapes = keepingAnswersOwn ? responses.filter { ($0.representativeStatus ?? 0) / 100 == 2 }.compactMap { answerShape(of: $0) } : []
        let own = delivery.filter { table in successShapes.contains { holdsOutsideLists($0, table) } }
        var seen = delivery.subtracting(refusals).subtracting(own)
        return responses.flatMap(decidingTables(of:)).filter { seen.insert($0.id).inserted }.flatMap(\.entries)
    }

    /// Whether `shape` holds a code of `table` in a field outside any list (ValueFirst's `MESSAGEACK.Err.CODE`), as an
    /// answer's own code, not a message's (Sinch's report look-up's `statuses[].code`).
    private func holdsOutsideLists(_ shape: ShapeModel, _ table: String, visited: Set<String> = []) -> Bool {
        guard shape.listElement == nil else { return false }
        return shape.fields.contains { field in
            switch field.type {
            case .table(let held): held.swiftName == table
            case .shape(let reference):
                !visited.contains(reference.swiftName)
                    && provider.shape(reference).map { holdsOutsideLists($0, table, visited: visited.union([reference.swiftName])) } == true
            default: false
            }
        }
    }

    /// Whether `value` is written as `shape`: a list for a list shape, else an object giving every required field.
    static func fits(_ value: JSONValue, _ shape: ShapeModel) -> Bool {
        if shape.listElement != nil { return value.items != nil }
        guard let members = value.members else { return false }
        return shape.fields.allSatisfy { !$0.spec.required || $0.defaultValue != nil || members[$0.spec.wireName.value] != nil }
    }

    /// `datapacket[3].number` → ("datapacket", 3).
    static func item(of path: String) -> (list: String, index: Int)? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
            let index = Int(path[path.index(after: open)..<close]), !path[..<open].contains(".")
        else { return nil }
        return (String(path[..<open]), index)
    }

    /// Whether the success answer has a list named `list` whose elements hold a field of `table`.
    private func resultList(_ list: String, reaches table: String) -> Bool {
        let success = provider.successAnswer(of: operation)
        guard let shape = answerShape(of: success) else { return false }
        // An answer that is a list with one element per recipient, for an item of the request's recipients (Gupshup's
        // line per number of `send_to`, whose one bad number refused every number).
        if let element = shape.listElement, provider.recipientNames.contains(list.lowercased()) {
            return builder.reaches(element, table: table)
        }
        // A map of results keyed by the numbers sent to, for an item of the request's recipients (SMS.ru's `sms`, whose
        // entry for a number it cannot send to carries that number's code, 207, beside the others sent): the send was a
        // bare 400 (our rule: a per-number code answers in that number's entry).
        // Only a code the envelope does not carry itself (a table of the entries, listed under `reports`): one table
        // for both refuses the whole request, as before.
        // Or one the success both lists in `tables` and `reports` (docs/spec-format.md: its codes outside lists and
        // maps decide, those inside entries are reported): a user's SMS.ru spec with one table for the envelope's
        // `status_code` and each number's refused the whole send 202 where one number broke its phone rule.
        let reported = success.map { response in
            response.reports.contains { provider.table(specName: $0.value)?.id == table } && lists(table, response)
        } ?? false
        if provider.recipientNames.contains(list.lowercased()), shape.listElement == nil, reported || !holdsOutsideLists(shape, table) {
            let examples = provider.examples(of: [shape.spec.name.value, shape.swiftName])
            let keyed = shape.fields.contains { field in
                switch field.type {
                case .map(.shape(let element)), .map(.array(.shape(let element))):
                    builder.reaches(shapeNamed: element.swiftName, table: table)
                        && examples.contains { PayloadBuilder.isKeyedByNumber($0[member: field.spec.wireName.value]) }
                default: false
                }
            }
            if keyed { return true }
            // Or a list of results under another name whose element names its recipient (a user's TurboSMS
            // `response_result: [SendResult]`, each `phone` with its `response_code`, beside `recipients`): one
            // malformed number refused the whole send 206, the valid one neither sent nor listed (our rule).
            let listsResults = shape.fields.contains { field in
                guard case .array(.shape(let element)) = field.type, let held = provider.shape(element.swiftName) else { return false }
                return held.fields.contains(where: provider.isRecipient) && builder.reaches(shapeNamed: element.swiftName, table: table)
            }
            if listsResults { return true }
        }
        return listField(list, in: shape, visited: []).map { builder.reaches($0, table: table) } ?? false
    }

    private func listField(_ name: String, in shape: ShapeModel, visited: Set<String>) -> ResolvedType? {
        for field in shape.fields {
            if field.spec.wireName.value == name, case .array = field.type { return field.type }
            for inner in field.type.nestedShapeNames where !visited.contains(inner) {
                if let child = provider.shape(inner), let found = listField(name, in: child, visited: visited.union([inner])) { return found }
            }
        }
        return nil
    }

    // MARK: Accepted messages

    /// The recipients a send accepted: each item of a request list with a recipient field, else the request's own
    /// recipients (`PayloadBuilder.recipients(in:)`); items that failed are left out.
    private func acceptedMessages(
        request: JSONValue, answer: JSONValue?, owners: [String: String], unsent: Set<String>, failedItems: Set<Int>, itemList: String?
    ) -> [AcceptedMessage] {
        let (list, addressees) = builder.addressees(in: request)
        return addressees.enumerated().compactMap { position, addressee in
            guard !(builder.isFailedItem(list: list, itemList: itemList) && failedItems.contains(addressee.index)) else { return nil }
            return AcceptedMessage(
                recipient: addressee.recipient, item: Self.scope(addressee.scope, within: request),
                ids: ids(in: answer, list: list, index: position, item: addressee.index, perRecipient: addressees.count, recipient: addressee.recipient),
                idOwners: owners, unsent: unsent, operation: operationID)
        }
    }

    /// A recipient's request item, with the request's own scalar fields it does not repeat: a report echoes what was
    /// sent beside the item (Vonage Verify's `client_ref`, beside the `workflow` entry of each recipient), where it
    /// wrote the example's.
    static func scope(_ item: JSONValue, within request: JSONValue) -> JSONValue {
        guard item != request, var members = item.members, let top = request.members else { return item }
        for (name, value) in top where members[name] == nil {
            switch value {
            case .string, .number, .bool: members[name] = value
            case .null, .array, .object: break
            }
        }
        return .object(members)
    }

    /// The id-named values of an answer: those of the envelope, and of element `index` of a list with one element per
    /// recipient (`perRecipient` of them: Clickatell's `messages`, Plivo's `message_uuid`) or else element `item`
    /// (the recipient's request item) of the list `list` (one result per message, whatever its recipients), or of
    /// `recipient`'s entry in a map keyed by recipient (SMS.ru's `sms`).
    private func ids(in value: JSONValue?, list: String?, index: Int, item: Int, perRecipient: Int = 0, recipient: String) -> [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        // Within the element picked, a list of its own is the element's (Messente's bulk element `messages`, named as
        // the request's list, was taken for it: the 2nd element's reports quoted no message id).
        func walk(_ value: JSONValue, picked: Bool = false) {
            // An object's own ids before those of the objects it holds, which are theirs (our rule): a user's CallFire
            // text `{"contact": {"id": …}, "id": …}` was reported by its contact's id, `contact` sorting first.
            let members = (value.members ?? [:]).sorted { ($0.value.isNestedObject ? 1 : 0, $0.key) < ($1.value.isNestedObject ? 1 : 0, $1.key) }
            for (name, member) in members {
                if let items = member.items {
                    let isList = name == list && !picked
                    let perItem = isList ? item : 0
                    // Inside the picked element, its list's first: the one message a report says (Messente's bulk
                    // item 2 of two messages quoted its 2nd message's id beside its 1st's sender).
                    let pick = (isList || perRecipient > 1 && !picked) && items.count == perRecipient ? index : perItem
                    guard items.indices.contains(pick) else { continue }
                    if items[pick].members != nil {
                        walk(items[pick], picked: picked || isList)
                    } else if provider.isIdentifierList(name), found[name] == nil {
                        found[name] = items[pick]
                    }
                } else if let entries = member.members {
                    // The recipient's entry of a map keyed by recipient, or the first result of its list of them (a
                    // user's Apifon `results: {number: [result]}`: each report quoted the first number's id).
                    let own = entries[recipient].flatMap { $0.members != nil ? $0 : $0.items?.first { $0.members != nil } }
                    walk(own ?? member, picked: picked)
                } else if provider.isIdentifier(name), found[name] == nil {
                    found[name] = member
                }
            }
        }
        // An answer that is a list (Exotel's bulk send): the recipient's element, when there is one per recipient.
        if let items = value?.items, !items.isEmpty { walk(items[items.count == perRecipient ? index : 0]) } else if let value { walk(value) }
        // An answer giving its message's id only in a text of several values (`PayloadBuilder.holdsID`): that id.
        if found.isEmpty, let held = builder.textHeldID(in: value) { found["id"] = .string(held) }
        return found
    }
}

private extension JSONValue {
    /// Whether the value is an object (not a list, not a scalar).
    var isNestedObject: Bool { members != nil && items == nil }
}
