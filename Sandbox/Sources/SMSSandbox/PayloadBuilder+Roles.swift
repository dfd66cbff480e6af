import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension FieldModel {
    /// Whether the field is `role`: declared so (`role:`), or declaring none and named as one is (`named`, given the
    /// wire name lowercased; our inference). A field declared with another role is not, whatever its name: Octopush's
    /// inbound `number`, declared `sender`, is no recipient there.
    func plays(_ role: FieldRole, orIsNamed named: (String) -> Bool) -> Bool {
        if let declared = spec.role?.value { return declared == role }
        return named(spec.wireName.value.lowercased())
    }
}

/// The roles of fields and the shapes a payload holds: how answers and callbacks are tied to their request. A field's
/// declared `role:` says it; the names are our inference where none is declared.
extension PayloadBuilder {
    /// The names fields are recognised by, lowercased: our inference where a field declares no role (the one list
    /// lint's GET-send warning reads too).
    static let recipientNames: Set<String> = FieldRole.inferredNames[.recipient] ?? []
    /// Objects that describe the sender, whose number fields are not the recipient's.
    static let senderNames: Set<String> = ["from", "sender", "src", "source", "originator"]
    /// The request's sender: its first text field of the sender's role (`from`, `sender`, …, or one declared so).
    /// Else, where it has none at its top, the first its objects or lists' first items hold of a field the request
    /// declares `role: sender` (Messente's bulk element, `{to, messages: [{sender, text}]}`, was reported with the
    /// example's sender).
    func sender(in scope: JSONValue) -> String? {
        first(of: provider.names(.sender, guessed: Self.senderNames), in: scope, role: .sender) ?? declaredSender(within: scope, depth: 0)
    }

    private func declaredSender(within scope: JSONValue, depth: Int) -> String? {
        guard depth < 8, let members = scope.members else { return nil }
        let held = members.sorted { $0.key < $1.key }.compactMap { $0.value.members != nil ? $0.value : $0.value.items?.first }
        for value in held {
            if let found = value.members?.sorted(by: { $0.key < $1.key }).first(where: { provider.requestRoles[$0.key.lowercased()] == .sender }),
                let text = FormEncoder.text(of: found.value)
            {
                return text
            }
        }
        return held.lazy.compactMap { declaredSender(within: $0, depth: depth + 1) }.first
    }

    /// The text of `scope`'s first field (by name) of `names`; first one a request's field of that name declares
    /// `role`: a user's LOX24 send, `sender_id` declared the sender, was answered its `phone` as the sender, a
    /// field declared the sender only in an inbound callback.
    /// The request's text (`sentText`) and the field giving it.
    func sentTextField(in scope: JSONValue) -> (name: String, text: String)? {
        let names = provider.names(.text, guessed: InboundCallback.textNames)
        let members = (scope.members ?? [:]).sorted { $0.key < $1.key }.filter { names.contains($0.key.lowercased()) }
        let member = members.first { provider.requestRoles[$0.key.lowercased()] == .text } ?? members.first
        return member.flatMap { member in FormEncoder.text(of: member.value).map { (member.key, $0) } }
    }

    private func first(of names: Set<String>, in scope: JSONValue, role: FieldRole) -> String? {
        let members = (scope.members ?? [:]).sorted { $0.key < $1.key }.filter { names.contains($0.key.lowercased()) }
        let declared = members.first { provider.requestRoles[$0.key.lowercased()] == role }
        return (declared ?? members.first).flatMap { FormEncoder.text(of: $0.value) }
    }

    /// Names of an answer's field echoing the message's text, lowercased (our inference).
    static let answerTextNames: Set<String> = ["body", "text", "messagetext", "message_text", "smstext", "sms_text", "messagebody", "message_body"]

    /// The request's value an answer's field gives by its role, where their names differ: a field of the sender's
    /// role (`originator`) the request's sender, one of the text's (`body`, `text`) that is no words about the answer
    /// (`isWords`) the request's text (`msg`), each declared so or named as one. Nil for any other field, or when the
    /// request gives none.
    func roleEcho(_ field: FieldModel, in scope: JSONValue, isWords: Bool) -> String? {
        if provider.plays(field, .sender, orIsNamed: Self.senderNames.contains) { return sender(in: scope) }
        guard !isWords, provider.plays(field, .text, orIsNamed: Self.answerTextNames.contains) else { return nil }
        return sentText(in: scope)
    }

    /// The text a report's `field` says of its message: the text sent, where the field declares `role: text` or is
    /// named as a message's text (`answerTextNames`: `text`, `body`, …) and is no words about the report (`isWords`),
    /// and its example gives one (one left out stays out); cut to the field's `maxLength`, or to the first N
    /// characters its summary says (our rule). A user's Jasmin receipt `text`, "The first 20 characters of the short
    /// message.", said its example's "Hello foo bar" of every message, the send giving its text as `content`. Nil for
    /// any other field, and where the request gives no text.
    func reportedText(_ field: FieldModel, example: JSONValue?, plan: PayloadPlan) -> String? {
        guard plan.reportedTables != nil, field.type == .string, case .string? = example,
            provider.plays(field, .text, orIsNamed: Self.answerTextNames.contains), !isWords(field, example: example),
            let text = sentText(in: plan.scope)
        else { return nil }
        if let bound = field.spec.constraints.maxLength?.value { return String(text.prefix(max(bound, 0))) }
        let words = SandboxProvider.words(field.spec.summary ?? "")
        if let first = words.firstIndex(of: "first"), words.indices.contains(first + 2), let count = Int(words[first + 1]), count > 0,
            ["characters", "chars", "letters"].contains(words[first + 2])
        {
            return String(text.prefix(count))
        }
        return text
    }

    /// The request's text: its first field of the text's role (`text`, `message`, …, or one declared so).
    func sentText(in scope: JSONValue) -> String? {
        first(of: provider.names(.text, guessed: InboundCallback.textNames), in: scope, role: .text)
    }

    /// The segments of the text a message sent, for a report's (or a recipient's result's) count named for them
    /// (`segNum`, `segments`, `parts`, `noOfFrags`; our inference), counted as `smsspec segments` counts, in the spec's
    /// capacities: a user's Mobizon reports said the example's `segNum` 3 for a 2-character text. Nil for any other
    /// field, or when the request gives no text: the example's is kept.
    func segmentCount(in field: FieldModel, plan: PayloadPlan) -> Int? {
        let countsSegments = ["seg", "segment", "segments", "parts", "frag", "frags", "fragments"]
        // Or a count of one recipient's SMS (`number_of_sms`, `smsCount`): its parts (a user's D7 message log said the
        // example's 4 for "Hi"; our rule).
        let words = SandboxProvider.words(field.spec.wireName.value)
        guard plan.recipient != nil, [.int, .int64].contains(field.type),
            words.contains(where: countsSegments.contains) || Self.countsSMS(field.spec.wireName.value), let text = sentText(in: plan.scope)
        else { return nil }
        return segments(of: text)
    }

    /// In the answer to a request naming its recipients and its text, no report's nor a refusal's: a count named, by
    /// its wire or Swift name, for SMS (`smsCount`, `nb_sms`: `countsSMS`) is the text's segments times its
    /// recipients, and one named for characters (`nb_caractere` named `characterCount`, `charCount`) the text's
    /// characters as its segments count them (septets, or UTF-16 units), written as the example writes it, a number
    /// or a text (our rule: a user's Smshosting estimate of "Ciao" to one number said the example's `smsCount: 2`, its
    /// iSendPro `comptage` of "Bonjour" the example's `"nb_caractere":"222","nb_sms":"2"`). Nil for any other field.
    func textCount(in field: FieldModel, example: JSONValue?, plan: PayloadPlan) -> JSONValue? {
        guard plan.recipient == nil, !plan.isFailure, plan.reportedTables == nil, !plan.operation.isEmpty, [.int, .int64].contains(field.type),
            let text = sentText(in: plan.scope)
        else { return nil }
        let names = [field.spec.wireName.value] + (field.spec.swiftName.map { [$0.value] } ?? [])
        let count: Int
        if names.contains(where: Self.countsSMS) {
            let recipients = addressees(in: plan.scope).addressees.count
            guard recipients > 0 else { return nil }
            count = segments(of: text) * recipients
        } else if names.contains(where: Self.countsCharacters) {
            let capacities = provider.model.segmentCapacities.map {
                SegmentCapacities(gsm7Single: $0.gsm7Single, gsm7Concatenated: $0.gsm7Concatenated, ucs2Single: $0.ucs2Single, ucs2Concatenated: $0.ucs2Concatenated)
            }
            count = SegmentCalculator.analyze(text, capacities: capacities ?? .standard).units
        } else {
            return nil
        }
        if case .string? = example { return .string(String(count)) }
        return .number(JSONNumber(integerLiteral: Int64(count)))
    }

    /// Whether a name counts characters (`charCount`, `characterCount`, `nb_caractere`, `characters`).
    static func countsCharacters(_ name: String) -> Bool {
        let words = Set(SandboxProvider.words(name))
        let characters: Set<String> = ["char", "chars", "character", "characters", "caractere", "caracteres", "caractère", "caractères"]
        guard !words.isDisjoint(with: characters) else { return false }
        return words.isSubset(of: characters) || !words.isDisjoint(with: ["count", "number", "num", "nb", "total"])
    }

    /// The segments of `text`, in the spec's capacities.
    func segments(of text: String) -> Int {
        let capacities = provider.model.segmentCapacities.map {
            SegmentCapacities(gsm7Single: $0.gsm7Single, gsm7Concatenated: $0.gsm7Concatenated, ucs2Single: $0.ucs2Single, ucs2Concatenated: $0.ucs2Concatenated)
        }
        return SegmentCalculator.analyze(text, capacities: capacities ?? .standard).segments
    }

    /// A report's own id, which quotes no id of the send, where its example gives one: one named for the report's
    /// event (`eventId`, `notification_id`) is fresh, each report being another event; where the report declares its
    /// message's id (`role: messageID`), any other is the example's (a user's Mobizon `webhookId`, the same for every
    /// event of its webhook), where its name says whose (`namesOthersID`), else fresh (SMS.to's `trackingId` was the
    /// example's for every message). Both were the message's id, the send's id named as a message's. An optional one is left
    /// out, and one whose example is the declared id's example is the message's id answered: a user's SignalWire report,
    /// `MessageSid` declaring `role: messageID`, said the example's `SmsSid`, another message's (our rule). Nil for any
    /// other field.
    func reportsOwnID(_ field: FieldModel, example: JSONValue?, plan: PayloadPlan, shape: ShapeModel? = nil, base: [String: JSONValue] = [:]) -> JSONValue? {
        let name = field.spec.wireName.value
        guard plan.reportedTables != nil, let example, example != .null, field.spec.role == nil, Self.isIdentifier(name),
            !plan.ids.keys.contains(where: { Self.plain($0) == Self.plain(name) }),
            // Nor one its message's request item gave, which the report echoes (our rule): a user's Beem report said a
            // fresh required `recipient_id` where the send gave 5 (its send's field an `int`, the report's a text).
            Self.echoed(name, in: plan.echoScope) == nil
        else { return nil }
        if SandboxProvider.words(name).contains(where: ["event", "notification"].contains) {
            let isText = field.type == .string || field.type == .secret
            return isText
                ? .string(ids.text(like: FormEncoder.text(of: example), pattern: field.spec.constraints.pattern?.value))
                : .number(JSONNumber(integerLiteral: ids.number()))
        }
        guard plan.declaresMessageID else { return nil }
        if let declared = shape?.fields.first(where: { $0.spec.role?.value == .messageID && $0.spec.wireName.value != name }),
            base[declared.spec.wireName.value] == example
        {
            let idName = declared.spec.wireName.value
            if let answered = plan.ids[idName] ?? quotedID(idName, in: plan.ids) { return answered }
        }
        guard field.spec.required else { return nil }
        // A required one named as something else's (a webhook's, an account's) is the example's; any other is the
        // message's own, fresh: a user's SMS.to callback repeated its example's `trackingId` for every message.
        guard !Self.namesOthersID(name) else { return example }
        return field.type == .string || field.type == .secret
            ? .string(ids.text(like: FormEncoder.text(of: example), pattern: field.spec.constraints.pattern?.value))
            : .number(JSONNumber(integerLiteral: ids.number()))
    }

    /// A text that words an answer's code or refusal: `message`, `error_message`, `description`, `error`, and the
    /// shorter `msg` (FastAPI's), `detail`, `details` and `reason`; in Portuguese, Spanish and Italian too (`mensagem`,
    /// `mensaje`, `messaggio`, `descripcion`, `descricao`): a user's TotalVoice envelope `mensagem`
    /// beside its code `motivo` echoed the SMS text of the request's `mensagem`, and a refusal of motivo 8 said the
    /// auth example's "access-token invalido".
    static func isMessage(_ wireName: String) -> Bool {
        ["message", "description", "error", "msg", "detail", "details", "reason", "mensagem", "mensaje", "messaggio", "descripcion", "descricao"]
            .contains { wireName.lowercased().hasSuffix($0) }
    }

    /// A text of words named as an error's (`err_msg`, `errorMessage`, `error_description`), declaring no role.
    static func wordsAnError(_ field: FieldModel) -> Bool {
        field.type == .string && isMessage(field) && !Set(SandboxProvider.words(field.spec.wireName.value)).isDisjoint(with: ["err", "error", "errmsg"])
    }

    /// Whether `field` is such a text (`isMessage`): not one declaring a role, which holds a message's sender,
    /// recipient, text or id, never words about the answer (NetGSM's inbound line's `message`, `role: text`, said a
    /// refusal's reason as the text of an inbound SMS).
    static func isMessage(_ field: FieldModel) -> Bool {
        field.spec.role == nil && isMessage(field.spec.wireName.value) || field.spec.role?.value == .reason
    }

    /// Whether `field` is an object (no list) whose own fields include a text declaring `role: reason`: a refusal writes
    /// it, optional too, to say its reason there (our rule: a user's Exolve `ErrorAnswer`, `error: {code, message
    /// (role: reason), details}` all optional, refused a bad `destination` and a missing token with `{}`).
    func holdsReason(_ field: FieldModel) -> Bool {
        guard case .shape(let reference) = field.type, let held = provider.shape(reference.swiftName), held.listElement == nil else { return false }
        return held.fields.contains { $0.spec.role?.value == .reason && holdsText($0) }
    }

    /// Whether `field` can hold words: a text, any JSON, or a union with a text variant (a user's Eskiz `message`, a
    /// text or field errors by name, whose documented 401 was answered with no body).
    func holdsText(_ field: FieldModel) -> Bool {
        switch field.type {
        case .string, .json: return true
        case .union(let reference): return provider.union(reference)?.variants.contains { $0.type == .string } ?? false
        default: return false
        }
    }

    /// A text that words why an answer refuses: named as words are (`isMessage`), or a text whose summary says so
    /// (Zenziva's `text`, '"Success", or why it failed', which said the example's "Userkey / Passkey Salah" of an
    /// invalid number).
    static func wordsWhy(_ wireName: String, in shape: ShapeModel) -> Bool {
        // A success's text (`success_message`) never says why a request is refused: a user's BulkSMSBD refusals said
        // "User Id not found" in it, where the gateway's example leaves it empty beside `error_message`.
        if !Set(SandboxProvider.words(wireName)).isDisjoint(with: ["success", "successful", "succeeded"]) { return false }
        guard let field = shape.fields.first(where: { $0.spec.wireName.value == wireName }) else { return isMessage(wireName) }
        if isMessage(field) { return true }
        guard field.spec.role == nil, field.type == .string else { return false }
        return !Set(SandboxProvider.words(field.spec.summary ?? "")).isDisjoint(with: ["why", "reason", "reasons", "explanation"])
    }

    /// A field that says where in the request a refusal's problem is: FastAPI's `loc`, `field`, `param`, a JSON
    /// `pointer` (our inference).
    static func isLocation(_ wireName: String) -> Bool {
        let name = plain(wireName)
        return ["loc", "path"].contains(name) || ["location", "field", "param", "parameter", "pointer"].contains { name.hasSuffix($0) }
    }

    /// Where `field` (a violation's path, `messages[0].recipients[1]`) is, written as the example writes a location:
    /// a list of names and indices after its leading words for where the field travels (FastAPI's `["body",
    /// "messages", 0, "recipients", 1]`), a JSON pointer (`/messages/0/recipients/1`), or the path as it is.
    static func location(of field: String, like example: JSONValue) -> JSONValue? {
        let segments: [JSONValue] = field.split(separator: ".").flatMap { part in
            let pieces = part.split(separator: "[").map { $0.hasSuffix("]") ? $0.dropLast() : $0 }
            return [JSONValue.string(String(pieces[0]))] + pieces.dropFirst().map { index in
                Int64(index).map { .number(JSONNumber(integerLiteral: $0)) } ?? .string(String(index))
            }
        }
        switch example {
        case .array(let items):
            let travels: Set<String> = ["body", "query", "path", "header", "form", "cookie"]
            let leading = items.prefix { FormEncoder.text(of: $0).map(travels.contains) == true }
            return .array(Array(leading) + segments)
        case .string(let text) where text.hasPrefix("/"):
            return .string("/" + segments.compactMap(FormEncoder.text(of:)).joined(separator: "/"))
        case .string:
            return .string(field)
        default:
            return nil
        }
    }

    /// Whether an example's value names request fields: one of `fields` (by plain name), or a list of them and
    /// indices (Mailjet's `ErrorRelatedTo: ["To"]`, our inference).
    static func namesFields(_ value: JSONValue, among fields: Set<String>) -> Bool {
        let plainNames = Set(fields.map(plain))
        func names(_ text: String) -> Bool { !plain(text).isEmpty && plainNames.contains(plain(text)) }
        switch value {
        case .string(let text): return names(text)
        case .array(let items):
            return items.contains { if case .string = $0 { true } else { false } } && items.allSatisfy { item in
                switch item {
                case .string(let text): names(text)
                case .number: true
                default: false
                }
            }
        default: return false
        }
    }

    /// A location naming no field, as the example writes one: a list keeps only its leading words for where a field
    /// travels (FastAPI's `["body"]`), a text is empty; with `keepingRest`, a list's rest instead, the fields it names.
    static func noLocation(like example: JSONValue, keepingRest: Bool = false) -> JSONValue {
        switch example {
        case .array(let items):
            let travels: Set<String> = ["body", "query", "path", "header", "form", "cookie"]
            let leading = items.prefix { FormEncoder.text(of: $0).map(travels.contains) == true }
            return .array(Array(keepingRest ? items.dropFirst(leading.count) : leading))
        case .string: return keepingRest ? example : .string("")
        default: return example
        }
    }

    /// A refusal's errors by field, written as the example `value` writes them, for the one refused `field`: a field
    /// whose example is an object of texts or of lists of texts keyed by field — named `…errors` (Laravel's `errors`,
    /// our inference), or keyed by request fields (`requestFields`: Kaleyra's `error.message`, `{"to": "invalid"}`,
    /// which blamed a valid `to` for a bad key) —, holding `reason` under the field's path (`messages.0.to`, as
    /// Laravel writes `messages[0].to`); nil for any other.
    static func fieldErrors(like value: JSONValue, name: String, field: String, reason: String, requestFields: Set<String>) -> JSONValue? {
        guard case .object(let members) = value, !members.isEmpty,
            plain(name).hasSuffix("errors") || members.keys.allSatisfy({ namesFields(.string($0), among: requestFields) })
        else { return nil }
        let isList = members.values.allSatisfy { $0.items?.allSatisfy { if case .string = $0 { true } else { false } } == true }
        let isText = members.values.allSatisfy { if case .string = $0 { true } else { false } }
        guard isList || isText else { return nil }
        let key = field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        return .object([key: isList ? .array([.string(reason)]) : .string(reason)])
    }

    /// A field that says where something stands, `…status` or `…state` (our inference): in a report, the outcome.
    static func isStatus(_ wireName: String) -> Bool {
        let name = plain(wireName)
        return name.hasSuffix("status") || name.hasSuffix("state")
    }

    /// A time that plans or bounds a message rather than says when something happened to it (our inference).
    static func isPlannedTime(_ wireName: String) -> Bool {
        ["expir", "valid", "schedul", "until", "deadline", "birth"].contains { wireName.lowercased().contains($0) }
    }

    /// A name ending in `id` (`id`, `messageId`, `sendingid`), but a word that ends so: Beem's count `valid`
    /// ("Recipients accepted.") was answered a fresh id, a random number, for a send to two numbers.
    static func isIdentifier(_ wireName: String) -> Bool {
        let name = wireName.lowercased()
        // A sender id (`senderid`, `sender_id`) is the sender's name, as SMS APIs say it: a user's Zadarma
        // `sms_detalization[].senderid`, its example `Sender`, was a fresh UUID (our rule).
        let joined = name.filter { $0 != "_" && $0 != "-" }
        return name.hasSuffix("id") && !notIdentifiers.contains { name.hasSuffix($0) } && !joined.hasSuffix("senderid")
    }

    /// Whether `field` is an id: declared `role: messageID`, or, declaring no role (nor a request's field of its name:
    /// `SandboxProvider.plays`), named as one (`isIdentifier`).
    func isIdentifier(_ field: FieldModel) -> Bool {
        provider.plays(field, .messageID, orIsNamed: Self.isIdentifier)
    }

    /// Whether `field` is an id or a list of them (`isIdentifier`, or named `…ids`).
    func isIdentifierList(_ field: FieldModel) -> Bool {
        provider.plays(field, .messageID, orIsNamed: Self.isIdentifierList)
    }

    /// Whether a name is a reference's (`ref`, `reference`, `reference01`, `clientRef`, `customer_reference`): its last
    /// word, without the digits that number it, is `ref` or `reference`; not a word before another that says what it is
    /// (a review: `ref_url` is a URL, `referenceType` a type).
    static func isReferenceNamed(_ wireName: String) -> Bool {
        let words = SandboxProvider.words(wireName).map { String($0.reversed().drop(while: \.isNumber).reversed()) }.filter { !$0.isEmpty }
        return words.last.map(["ref", "reference"].contains) == true
    }

    /// Words ending in `id` that are no id.
    static let notIdentifiers = ["valid", "paid", "void", "android", "hybrid", "rapid", "solid", "fluid", "liquid", "humid", "vivid", "said"]

    /// A text of words about the answer's code or result, not a message's text (our inference): named as words are
    /// (`isMessage`) and its summary says so (LabsMobile's `message`, "The code's words."), or its example is such
    /// words: a code's name or summary, or a sentence with a status word in it (Eskiz's "Waiting for SMS provider",
    /// Beem's "Message Submitted Successfully"). An answer's such field is no echo of the request's same-named one,
    /// the text sent: LabsMobile's result said `"message": "Hola"`.
    func isWords(_ field: FieldModel, example: JSONValue?) -> Bool {
        let name = field.spec.wireName.value
        guard Self.isMessage(name) else { return false }
        let summary = Set(SandboxProvider.words(field.spec.summary ?? ""))
        if !summary.isDisjoint(with: ["code", "codes", "status", "result", "error", "errors", "reason", "why", "outcome", "words", "explanation"]) {
            return true
        }
        guard case .string(let text)? = example, !text.isEmpty else { return false }
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
        let namesCode = provider.tables.contains { table in
            table.entries.contains { entry in
                [entry.name, entry.description].contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .!")).caseInsensitiveCompare(trimmed) == .orderedSame }
            }
        }
        return namesCode || !Set(SandboxProvider.words(text)).isDisjoint(with: Self.statusWords)
    }

    /// Words of a sentence saying what became of a request (our inference).
    static let statusWords: Set<String> = [
        "success", "successful", "successfully", "succeeded", "submitted", "accepted", "queued", "waiting", "delivered", "processed",
        "failed", "failure", "error", "invalid", "refused", "rejected", "pending", "unauthorized", "unauthenticated", "generated", "ok",
    ]

    /// The number an answer's count field says where it plainly counts the request's messages (our inference): one
    /// named as a list of the request is that list's length (SMSPortal's `Messages`, which said the example's 1 for
    /// two messages); one whose name and summary say it counts accepted messages or recipients (Beem's `valid`,
    /// "Recipients accepted."; Sveve's `msgOkCount`; Aligo's `success_cnt`), or its name alone (Skebby's `total_sent`;
    /// `valid` or `accepted` alone, a user's Beem `valid` with no summary),
    /// or all of them (a user's SMSFactor `total`, "Number of message before filtering"; Octopush's
    /// `number_of_contacts`, which said 1 of two contacts; one named for the recipients, Transmit SMS's `recipients`),
    /// their number, 0 in a refusal; one named as a count and nothing else (SMSC.ru's `cnt`), their number, times
    /// the text's segments where its summary counts parts. Nil for any other, or when the request names no recipient: the example's is kept.
    /// In a report of one message, a count its name says is of messages that succeeded (`SendSuccess`, `delivered`)
    /// or failed (`SendFailed`, `errors`), which its example gives as 0 or 1: 1 where the report's outcome is that one,
    /// else 0 (our rule). A user's eSMS failed report said its delivered example's `SendSuccess=1&SendFailed=0`.
    func outcomeCount(_ field: FieldModel, example: JSONValue?, plan: PayloadPlan) -> Int? {
        // A report of a whole send says how many of its messages were delivered (sent) and how many failed, in counts
        // named so (our rule): a user's SMSLive247 batch report of two numbers said its example's `TotalSent=100`,
        // `TotalFailed=3`. Not a charge, a cost or a balance.
        if let batch = plan.reportBatch, plan.reportedTables != nil, [.int, .int64].contains(field.type), field.spec.role == nil {
            let words = Set(SandboxProvider.words(field.spec.wireName.value).map { $0.lowercased() })
            let failed = !words.isDisjoint(with: ["failed", "fail", "failure", "failures", "undelivered", "rejected", "error", "errors"])
            let succeeded = !words.isDisjoint(with: ["success", "successful", "succeeded", "successes", "delivered", "ok", "sent"])
            guard failed != succeeded,
                words.isDisjoint(with: ["price", "cost", "credit", "credits", "charged", "charge", "balance", "code", "status", "part", "parts"])
            else { return nil }
            return failed ? batch.failed : batch.delivered
        }
        guard plan.reportedTables != nil, plan.recipient != nil, [.int, .int64].contains(field.type), field.spec.role == nil,
            let given = example.flatMap(FormEncoder.text(of:)).flatMap({ Int($0) }), (0...1).contains(given)
        else { return nil }
        let words = Set(SandboxProvider.words(field.spec.wireName.value).map { $0.lowercased() })
        let failed = !words.isDisjoint(with: ["failed", "fail", "failure", "failures", "undelivered", "rejected", "error", "errors"])
        let succeeded = !words.isDisjoint(with: ["success", "successful", "succeeded", "successes", "delivered", "ok"])
        guard failed != succeeded, words.isDisjoint(with: ["total", "price", "cost", "credit", "credits", "code", "status"]) else { return nil }
        let failure = plan.codes.values.contains { $0.outcome == .failure }
        return failed == failure ? 1 : 0
    }

    func count(in field: FieldModel, plan: PayloadPlan) -> Int? {
        // A look-up of one id a send was answered for several recipients (a bulk's id) counts that send's recipients,
        // all of which it accepted (our rule): a user's Jusibe `bulk/status` of a bulk to two numbers said its
        // example's `total_numbers: 3`, `total_invalid_numbers: 1`.
        let batch = lookedUpBatch(plan)
        guard plan.reportedTables == nil, plan.recipient == nil || batch != nil, !plan.operation.isEmpty, [.int, .int64].contains(field.type)
        else { return nil }
        let name = field.spec.wireName.value
        if let batch {
            let words = Set(SandboxProvider.words(name))
            let plurals: Set<String> = ["recipients", "numbers", "mobiles", "phones", "msisdns", "receivers", "destinations", "contacts"]
            guard field.spec.role == nil, !words.isDisjoint(with: plurals) || words.contains("recipient") && !words.isDisjoint(with: ["count", "total", "num"])
            else { return nil }
            let refused: Set<String> = ["invalid", "rejected", "refused"]
            let other: Set<String> = ["not", "failed", "fail", "failure", "error", "errors", "duplicate", "duplicates", "blacklisted", "filtered", "credit", "credits", "cost"]
            guard words.isDisjoint(with: other) else { return nil }
            return words.isDisjoint(with: refused) ? batch : 0
        }
        if let list = Self.echoed(name, in: plan.echoScope)?.items { return list.count }
        let words = Set(SandboxProvider.words(name) + SandboxProvider.words(field.spec.summary ?? ""))
        // Inserted too, and a count of SMS (a user's Smshosting `smsInserted`, "How many SMS were inserted.", said the
        // example's 1 beside two messages inserted; our rule); not one of those not inserted.
        let accepted: Set<String> = ["valid", "accepted", "ok", "success", "successful", "succeeded", "sent", "submitted", "queued", "inserted"]
        let counting: Set<String> = ["count", "cnt", "total", "num", "quantity", "recipient", "recipients", "message", "messages", "msg", "msgs", "numbers", "sms"]
        let other: Set<String> = [
            "not", "invalid", "failed", "fail", "failure", "error", "errors", "rejected", "refused", "duplicate", "duplicates", "part", "parts", "segment",
            "segments", "credit", "credits", "cost", "price", "balance", "remaining", "left", "page", "pages", "length", "size", "limit",
            "blacklisted", "duplicated", "filtered",
        ]
        // A total of what the request sends (its name says `total`, or the number of contacts or recipients).
        let nameWords = Set(SandboxProvider.words(name))
        let sentTo: Set<String> = ["contacts", "recipients", "message", "messages", "msg", "msgs", "sms", "numbers"]
        let isTotal = !words.isDisjoint(with: sentTo)
            && (nameWords.contains("total") || !nameWords.isDisjoint(with: ["contacts", "recipients"]) && !nameWords.isDisjoint(with: ["number", "nb", "count", "num"]))
        // A count its name alone says is of what was accepted (`total_sent`, `sent_count`), whatever else its summary
        // allows: Skebby's `total_sent`, "Messages (or credits) sent.", said the example's 2 for one recipient.
        let namedSo = !nameWords.isDisjoint(with: accepted) && !nameWords.isDisjoint(with: counting) && nameWords.isDisjoint(with: other)
        // A count named for the recipients, a plural of their names or one beside a count's word (`recipients`,
        // `numbers`, `recipient_count`), an integer no phone number is: a user's Transmit SMS `recipients`, "How many
        // recipients.", said the example's 2 for one number.
        let plurals: Set<String> = ["recipients", "numbers", "mobiles", "phones", "msisdns", "receivers", "receptors", "destinations", "contacts"]
        let namedForRecipients = field.spec.role == nil && nameWords.isDisjoint(with: other)
            && (!nameWords.isDisjoint(with: plurals) || nameWords.contains("recipient") && !nameWords.isDisjoint(with: ["count", "cnt", "total", "num", "nb"]))
        // A count named as nothing else (SMSC.ru's `cnt`, `count`, `total`) whose summary names nothing else counted
        // (a cost): of the messages sent, in parts where its summary says so. SMSC.ru's `cnt`, "Number of SMS parts
        // sent.", said the example's 1 for a send to two numbers, which two reports followed.
        let bare: Set<String> = ["count", "cnt", "total", "qty", "quantity"]
        let bareCount = field.spec.role == nil && !nameWords.isEmpty && nameWords.isSubset(of: bare)
            && words.subtracting(["part", "parts", "segment", "segments"]).isDisjoint(with: other)
        // A count named `valid` or `accepted` alone and nothing else by its summary (a flag is `bool`): a user's Beem
        // `valid`, with no summary, said the example's 1 for a send to two valid numbers (our rule).
        let namedAccepted = field.spec.role == nil && !nameWords.isEmpty && nameWords.isSubset(of: ["valid", "accepted"]) && words.isDisjoint(with: other)
        guard namedSo || namedForRecipients || bareCount || namedAccepted || (isTotal || !words.isDisjoint(with: accepted)) && (!words.isDisjoint(with: counting) || isTotal) && words.isDisjoint(with: other)
        else { return nil }
        if plan.isFailure { return 0 }
        let (list, addressees) = self.addressees(in: plan.scope)
        let sent = addressees.filter { !isFailedItem(list: list, itemList: plan.itemList) || plan.itemCodes[$0.index] == nil }
        guard !addressees.isEmpty else { return nil }
        let inParts = bareCount && !words.isDisjoint(with: ["part", "parts", "segment", "segments"])
        return sent.count * (inParts ? sentText(in: plan.scope).map(segments(of:)) ?? 1 : 1)
    }

    /// The number of recipients of the send whose one id the look-up `plan` names, where it was answered for several
    /// (`SentMessages.batch`); nil otherwise.
    private func lookedUpBatch(_ plan: PayloadPlan) -> Int? {
        let declared = (plan.scope.members ?? [:]).sorted { $0.key < $1.key }
            .first { provider.declaredRoles[$0.key.lowercased()]?.contains(.messageID) == true }?.value
        guard let value = plan.lookedUp?.value ?? declared, let id = FormEncoder.text(of: value), let batch = sent?.batch(id, provider: provider.id),
            batch.count > 1
        else { return nil }
        return batch.count
    }

    /// Whether the addressees of the request's list `list` (nil: its recipient field's, a text joining them or a list of
    /// texts) are the items `itemList` names the failed ones of: Gupshup's `send_to[2]` of `"9199…,9198…,123"`.
    func isFailedItem(list: String?, itemList: String?) -> Bool {
        guard let itemList else { return false }
        return list.map { $0 == itemList } ?? provider.recipientNames.contains(itemList.lowercased())
    }

    /// A list of ids: named as an id is, or `…ids` (GatewayAPI's `ids`).
    static func isIdentifierList(_ wireName: String) -> Bool {
        isIdentifier(wireName) || wireName.lowercased().hasSuffix("ids")
    }

    /// The recipients a request (or request item) names in its recipient field: a text, several joined by the
    /// field's `separator` (a list joined into one text: Plivo's `dst` by `<`, `to` by `;`) or else separated by `,`
    /// or `<`, a number, or a list of texts or numbers (Sinch's and Clickatell's `to`, MessageBird's `recipients`,
    /// numbers: it was no recipient, and its sends owed no report).
    func recipients(in value: JSONValue) -> [String] {
        for (name, member) in (value.members ?? [:]).sorted(by: { $0.key < $1.key }) where provider.recipientNames.contains(name.lowercased()) {
            let texts: [String]
            switch member {
            case .string(let text) where text.hasPrefix("["):
                // A JSON list written as one text (Kavenegar's sendarray `receptor=["0912…","0935…"]`), as a list.
                texts = ((try? JSONPayload.decode(JSONValue.self, from: Data(text.utf8)))?.items ?? []).compactMap(FormEncoder.text(of:))
            case .string(let text):
                // Each trimmed: Sveve's `"4791234567, 4791234568"` reported `" 4791234568"`. A list the spec joins keeps
                // its empty items, as validate() reads them (an attack: `,919876543210` put the empty item's refusal on
                // the next number, and `,` alone answered three of the example's numbers as sent).
                if let separator = provider.joinedListSeparators[name] {
                    texts = SeparatedList.texts(of: text, separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                } else {
                    texts = text.split(whereSeparator: { $0 == "," || $0 == "<" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
            case .number(let number): texts = [number.text]
            case .array(let items):
                texts = items.compactMap { item in
                    switch item {
                    case .string(let text) where !text.isEmpty: text
                    case .number(let number): number.text
                    default: nil
                    }
                }
            default: texts = []
            }
            if !texts.isEmpty { return texts }
        }
        return []
    }

    /// Who a request sends to, each with the fields that say what its message is: the items of the request's first
    /// list (by name) whose items name recipients, each of their own (D7's message to several `recipients`, of which
    /// only the first was reported) or those of a list an item holds (Infobip's `destinations`), each with its item's
    /// index and the list's name — BulkSMS's bare list of entries, the body being that one field; else the request's
    /// own recipients, each with the whole request; else those of the first object it holds that names any, found so
    /// at any depth (Orange's `outboundSMSMessageRequest.address`), each with that object's fields, the texts and
    /// numbers of the objects it holds (Orange's `receiptRequest.callbackData`) and of those that hold it beside its own.
    func addressees(in request: JSONValue) -> (list: String?, addressees: [Addressee]) {
        let members = (request.members ?? [:]).sorted(by: { $0.key < $1.key })
        for (name, value) in members {
            guard let items = value.items else { continue }
            let addressed = items.enumerated().flatMap { index, item in
                let own = recipients(in: item).map { (recipient: $0, scope: item) }
                let nested = own.isEmpty ? nestedRecipients(of: item) : own
                return (nested.isEmpty ? heldRecipients(of: item) : nested).map { Addressee(index: index, recipient: $0.recipient, scope: $0.scope) }
            }
            if !addressed.isEmpty { return (name, addressed) }
        }
        let own = recipients(in: request)
        if !own.isEmpty {
            let scope = Self.parallelItems(of: request, count: own.count)
            return (nil, own.enumerated().map { Addressee(index: $0, recipient: $1, scope: scope($0)) })
        }
        for (_, value) in members where value.members != nil {
            let (list, held) = addressees(in: value)
            guard !held.isEmpty else { continue }
            return (list, held.map { addressee in
                let scope = list == nil && addressee.scope == value ? Self.withHeldScalars(of: value) : addressee.scope
                return Addressee(index: addressee.index, recipient: addressee.recipient, scope: Self.withScalars(of: request, in: scope))
            })
        }
        return (nil, [])
    }

    /// The request as recipient `index` of `count` sees it: each text field holding a JSON list of `count` texts or
    /// numbers (`sender=["1000","2000"]`) as its item `index`, a text. Kavenegar's sendarray gives each receptor its own
    /// sender and message in such lists, and each entry echoed the whole lists (a 20,000-receptor request built
    /// 4 GiB). Each list is read once; a field that is a JSON list stays whole (its type is a list).
    static func parallelItems(of request: JSONValue, count: Int) -> (Int) -> JSONValue {
        guard count > 1, let members = request.members else { return { _ in request } }
        let lists = members.compactMap { name, value -> (String, [JSONValue])? in
            guard case .string(let text) = value, text.hasPrefix("["),
                let items = (try? JSONPayload.decode(JSONValue.self, from: Data(text.utf8)))?.items, items.count == count
            else { return nil }
            let texts = items.compactMap { FormEncoder.text(of: $0).map(JSONValue.string) }
            return texts.count == count ? (name, texts) : nil
        }
        guard !lists.isEmpty else { return { _ in request } }
        return { index in
            var scoped = members
            for (name, items) in lists { scoped[name] = items[index] }
            return .object(scoped)
        }
    }

    /// `scope` with the texts, numbers and booleans of `object` it does not give.
    static func withScalars(of object: JSONValue, in scope: JSONValue) -> JSONValue {
        guard var members = scope.members else { return scope }
        for (name, value) in object.members ?? [:] where members[name] == nil {
            switch value {
            case .string, .number, .bool: members[name] = value
            case .null, .array, .object: break
            }
        }
        return .object(members)
    }

    /// A report's request scope: `item` with the texts, numbers and booleans of the first message of a list of
    /// messages it holds (an element naming a sender or a text, and no recipient) that it does not give itself. A
    /// report says one message, the one whose id it quotes (`OperationResponder.ids`, the list's first): Messente's
    /// Viber-then-SMS omnimessage was reported `"channel": "sms"` (the example's) beside the Viber message's id and
    /// sender (our rule).
    func reportScope(_ item: JSONValue) -> JSONValue {
        guard item.members != nil else { return item }
        for (_, value) in (item.members ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let first = value.items?.first, let members = first.members else { continue }
            let roles = members.keys.compactMap { provider.requestRoles[$0.lowercased()] }
            guard roles.contains(where: { $0 == .sender || $0 == .text }), recipients(in: first).isEmpty else { continue }
            return Self.withScalars(of: first, in: item)
        }
        return item
    }

    /// `object` with the texts, numbers and booleans of the objects it holds, at any depth, that it does not give
    /// itself (the nearer first).
    private static func withHeldScalars(of object: JSONValue) -> JSONValue {
        var result = object
        var pending = (object.members ?? [:]).sorted(by: { $0.key < $1.key }).map(\.value).filter { $0.members != nil }
        while !pending.isEmpty {
            let held = pending.removeFirst()
            result = withScalars(of: held, in: result)
            pending += (held.members ?? [:]).sorted(by: { $0.key < $1.key }).map(\.value).filter { $0.members != nil }
        }
        return result
    }

    /// One recipient of a request: its item's index in the list that names it (its own index otherwise), and the fields
    /// of its message.
    struct Addressee {
        let index: Int
        let recipient: String
        let scope: JSONValue
    }

    /// The recipients of the items of a list a request item holds, each with the item's other fields beside the
    /// nested item's own (Infobip's `messages[i].destinations[j].to`, with the message's `notifyUrl` and `text`).
    func nestedRecipients(of item: JSONValue) -> [(recipient: String, scope: JSONValue)] {
        let members = item.members ?? [:]
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            guard let nested = member.items else { continue }
            let found = nested.compactMap { inner -> (recipient: String, scope: JSONValue)? in
                let outer = members.filter { $0.key != name }
                guard let recipient = recipients(in: inner).first else {
                    // Or in an object the item holds (a user's Sakari `contacts[].mobile.number`).
                    return heldRecipients(of: inner).first.map { ($0.recipient, .object(outer.merging($0.scope.members ?? [:]) { $1 })) }
                }
                return (recipient, .object(outer.merging(inner.members ?? [:]) { $1 }))
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The recipients of the first object a request item holds, at any depth, that names any, with that object's
    /// fields and the item's texts and numbers beside them (a user's Sakari `contacts[i].mobile.number`: the answer
    /// said the example's number, and no report was sent).
    /// An object under a sender's name (`from`, `sender`, or a name the spec's sender fields use) holds who sends, not
    /// a recipient: `{from: {number}, to: {number}}` reported to the sender (a review).
    func heldRecipients(of item: JSONValue) -> [(recipient: String, scope: JSONValue)] {
        let senders = provider.names(.sender, guessed: Self.senderNames)
        for (name, member) in (item.members ?? [:]).sorted(by: { $0.key < $1.key })
        where member.members != nil && !senders.contains(name.lowercased()) && !Self.senderNames.contains(Self.plain(name)) {
            let own = recipients(in: member)
            if !own.isEmpty { return own.map { ($0, Self.withScalars(of: item, in: member)) } }
            let deeper = heldRecipients(of: member)
            if !deeper.isEmpty { return deeper.map { ($0.recipient, Self.withScalars(of: item, in: $0.scope)) } }
        }
        return []
    }

    /// The id of the send a callback's required id field quotes when no id of the answer has its name: the one
    /// whose name matches but for case and `_` (`MessageUUID`, `message_uuid`), else, for a field declared
    /// `role: messageID`, the answer's id so declared, else the one whose name ends the other's (`messageId`,
    /// `apiMessageId`), else the answer's only id or the one naming a message (our inference).
    func quotedID(_ name: String, in ids: [String: JSONValue]) -> JSONValue? {
        quotedIDName(name, among: Array(ids.keys)).flatMap { ids[$0] }
    }

    /// Of the id names `names`, the one `quotedID` takes for a callback's required id field `name`.
    func quotedIDName(_ name: String, among names: [String]) -> String? {
        let wanted = Self.plain(name)
        let candidates = names.sorted().filter(provider.isIdentifierList)
        if let same = candidates.first(where: { Self.plain($0) == wanted }) { return same }
        let declared = { (name: String) in self.provider.declaredRoles[name.lowercased()]?.contains(.messageID) == true }
        if declared(name), let quoted = candidates.first(where: declared) { return quoted }
        if let ending = candidates.first(where: { Self.plain($0).hasSuffix(wanted) || wanted.hasSuffix(Self.plain($0)) }) { return ending }
        // A group's id (`groupId`, `batchId`) is no message's: a user's Solapi reports of two messages both quoted
        // their group's id as `messageId`, the answer's only id (our rule).
        let grouping = { (name: String) in ["group", "batch", "bulk", "campaign"].contains { Self.plain(name).contains($0) } }
        let others = grouping(name) ? candidates : candidates.filter { !grouping($0) }
        if others.count == 1 { return others[0] }
        return others.first { Self.plain($0).contains("message") }
    }

    /// A name without case, `_` or `-`: `MessageUUID` and `message_uuid` are one.
    static func plain(_ name: String) -> String { name.lowercased().filter { $0.isLetter || $0.isNumber } }

    /// Whether the answer's id field `field` is the resource a look-up's request names by `parameter`: `id`, or the
    /// end of its name (Sinch's `{batch_id}` is the batch's `id`, Exotel's `{sms_sid}` the message's `Sid`), or, where
    /// the request's field declares `role: messageID`, an id so declared.
    func isLookedUp(_ field: FieldModel, by parameter: String) -> Bool {
        let name = field.spec.wireName.value
        if field.spec.role?.value == .messageID && provider.declaredRoles[parameter.lowercased()]?.contains(.messageID) == true { return true }
        return name.lowercased() == "id" || provider.isIdentifier(name) && Self.plain(parameter).hasSuffix(Self.plain(name))
    }

    /// The request's value an answer's field `name` echoes: the same-named field's, else the one named alike but
    /// for case and `_` (Twilio's answer `author` is the request's `Author`; it was the example's `system`). An id
    /// is echoed so when its name says whose id it is (Twilio's `account_sid` is the request's `AccountSid`; it was
    /// a fresh id); a bare `id`, `sid` or `uuid` is its own shape's, by its very name only: Exotel's message `Sid`
    /// is not the account `sid` of the request's path.
    static func echoed(_ name: String, in scope: JSONValue) -> JSONValue? {
        if let same = scope[member: name] { return same }
        guard !isIdentifier(name) || !bareIdentifiers.contains(plain(name)) else { return nil }
        return (scope.members ?? [:]).sorted { $0.key < $1.key }.first { plain($0.key) == plain(name) }?.value
    }

    /// Whether an id's name says it is something's other than the message's (`accountId`, `batch_id`, `routeId`):
    /// a report's required id of such a name the send did not answer keeps its example's, and one of another name
    /// (SMS.to's `trackingId`) is fresh for each message.
    static func namesOthersID(_ wireName: String) -> Bool {
        let words = SandboxProvider.words(wireName).map { $0.lowercased() }
        // One word (`accountid`): what comes before its `id`.
        let owner = words.count == 1 && words[0].hasSuffix("id") ? [String(words[0].dropLast(2))] : []
        return !Set(words + owner).isDisjoint(with: othersIDWords)
    }

    /// Whether an id's name says it is the request's (`RequestId`, `request_id`): each answer's own, fresh, never an
    /// example's kept for another answer (a user's Tencent pulls each said the SendSms example's `RequestId`).
    static func namesRequestsID(_ wireName: String) -> Bool {
        let words = SandboxProvider.words(wireName).map { $0.lowercased() }
        return words.contains("request") || words == ["requestid"]
    }

    static let othersIDWords: Set<String> = [
        "account", "acct", "subaccount", "user", "customer", "client", "project", "app", "application", "company", "org",
        "organization", "tenant", "route", "sender", "service", "api", "key", "campaign", "batch", "bulk", "group", "list",
        "template", "channel", "country", "operator", "network", "mcc", "mnc", "session", "request", "transaction", "order",
        "webhook", "hook", "subscription", "endpoint", "callback", "workspace", "integration", "profile", "number", "phone",
    ]

    /// Id names that do not say whose id they are.
    static let bareIdentifiers: Set<String> = ["id", "sid", "uid", "uuid", "guid"]

    /// The shapes `shape` holds at any depth, itself included.
    func shapeNames(in shape: ShapeModel) -> Set<String> {
        Set(shapesBreadthFirst(from: shape).map(\.swiftName))
    }

    /// The shape each id-named field of `shape` first appears in, nearest the top first, by wire name.
    func idOwners(in shape: ShapeModel) -> [String: String] {
        var owners: [String: String] = [:]
        for held in shapesBreadthFirst(from: shape) {
            for field in held.fields where isIdentifier(field) && owners[field.spec.wireName.value] == nil {
                owners[field.spec.wireName.value] = held.swiftName
            }
        }
        return owners
    }

    private func shapesBreadthFirst(from shape: ShapeModel) -> [ShapeModel] {
        var order = [shape]
        var seen: Set<String> = [shape.swiftName]
        var index = 0
        while index < order.count {
            // A list shape's element too (Bandwidth's `Events: [Event]`).
            for type in order[index].fields.map(\.type) + (order[index].listElement.map { [$0] } ?? []) {
                for name in type.nestedShapeNames where seen.insert(name).inserted {
                    if let child = provider.shape(name) { order.append(child) }
                }
            }
            index += 1
        }
        return order
    }
}

extension PayloadBuilder {
    /// `text` with each phone number it quotes (a `+` and three or more digits, or ten or more digits, standing
    /// alone) replaced by `recipient`; nil where it quotes none, or only `recipient`. A refusal's words quoting the
    /// number refused quote the request's, never the example's: a user's SignalWire refusal of `To=555` said "The
    /// 'To' number +1555 is not a valid phone number." (our rule).
    static func quotingRecipient(_ text: String, _ recipient: String) -> String? {
        let characters = Array(text)
        var out = "", index = 0, replaced = false
        while index < characters.count {
            let startsWord = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "+")
            let plus = characters[index] == "+"
            var end = plus ? index + 1 : index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let digits = end - (plus ? index + 1 : index)
            let endsWord = end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
            if startsWord, endsWord, plus ? digits >= 3 : digits >= 10 {
                let number = String(characters[index..<end])
                if number != recipient { replaced = true }
                out += recipient
                index = end
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return replaced ? out : nil
    }
}

extension PayloadBuilder {
    /// Whether `field` is a text holding the message's id among other values, where the answer declares no id of its
    /// own: a text declaring no role, not named as an id, whose summary says it holds an id (a user's SMSLink
    /// `variables`, "The variables, comma separated (message id, credit, ...)", of the line
    /// `MESSAGE;1;Mesajul a fost trimis;123456789,1`). Its leading number is the message's id: a send answers a fresh
    /// one, and the send's reports quote it (our rule; the send answered the example's id and its reports another).
    func holdsID(_ field: FieldModel) -> Bool {
        field.spec.role == nil && !field.spec.secret && !isIdentifier(field)
            && !Set(SandboxProvider.words(field.spec.summary ?? "")).isDisjoint(with: ["id", "ids", "identifier"])
    }

    /// The run of digits `text` starts with, four at least, before its end or a separator (`,`, `;`, `|`, `:` or a
    /// space); nil for any other text.
    static func leadingNumber(_ text: String) -> String? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.first.map({ [",", ";", "|", ":", " "].contains($0) }) ?? true else { return nil }
        return String(digits)
    }

    /// The message's id a send's answer holds in a text (`holdsID`), where it gives none of its own: a field of
    /// `value`'s top that some shape of the provider declares so, its leading number.
    func textHeldID(in value: JSONValue?) -> String? {
        for (name, member) in (value?.members ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard case .string(let text) = member, let number = Self.leadingNumber(text) else { continue }
            let held = provider.model.shapes.contains { shape in
                !shape.fields.contains(where: isIdentifier)
                    && shape.fields.contains { $0.spec.wireName.value == name && $0.type == .string && holdsID($0) }
            }
            if held { return number }
        }
        return nil
    }

    /// Whether a flag named `name` says the answer's outcome: true for a name saying success (`success`, `ok`,
    /// `isSuccess`, `succeeded`), false for one saying failure (`error`, `failed`, `hasError`), nil for any other
    /// (`flash`, `errorReported`): its words but `is`, `has` and `was` are one such word. Our inference.
    static func flagSaysSuccess(_ name: String) -> Bool? {
        let words = SandboxProvider.words(name).filter { !["is", "has", "was"].contains($0) }
        guard words.count == 1 else { return nil }
        if ["success", "successful", "succeeded", "ok"].contains(words[0]) { return true }
        if ["error", "failed", "failure", "fail"].contains(words[0]) { return false }
        return nil
    }
}
