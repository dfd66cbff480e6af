import SMSSpecCore
import SMSSpecRuntime

/// Which request fields a provider's codes are about, to choose the code of a refusal no code is predicted for: a code
/// the spec's own `providerCodes` ties to a rule of another field, or whose words name another request field, says
/// something else is wrong. A user's FireText send with both `to` and `group` was answered 3 "From error" (the first
/// invalid-request code), LabsMobile's `test` that breaks its pattern 39 "The value of the scheduled field is not a
/// valid datetime format" (a code its spec ties to `scheduled`, chosen for the word `format`), Sveve's empty `msg`
/// "Mangler mottaker" (no recipient) where "Mangler meldingstekst" (no message text) says it. Our inference.
struct CodeTies {
    /// Every field of the provider's requests (every operation's, at any depth), by plain name.
    private let fields: Set<String>
    /// The role (recipient, sender, text) each of `fields` declares or its name gives it, which words of a code may name
    /// without its name: "No recipient." is about Sveve's `to`, "No message text." about its `msg`.
    private let roles: [String: FieldRole]
    /// The plain names of the fields whose `providerCodes` predict each code, by table and code.
    private let tied: [String: Set<String>]
    /// Every field of every shape of the provider's (answers' and callbacks' too), by plain name: what a code standing
    /// in for one saying the problem must not name (websms's 4004 "Invalid message type", its reports' `messageType`).
    private let everyField: Set<String>

    init(provider: SandboxProvider) {
        var fields: Set<String> = [], roles: [String: FieldRole] = [:]
        var tied: [String: Set<String>] = [:]
        var pending = provider.model.operations.compactMap { $0.requestType.flatMap(provider.shape) }
        var seen: Set<String> = []
        while let shape = pending.popLast() {
            guard seen.insert(shape.swiftName).inserted else { continue }
            for field in shape.fields {
                let name = field.spec.wireName.value
                let plain = PayloadBuilder.plain(name)
                if fields.insert(plain).inserted, let role = Self.role(of: field, provider: provider) { roles[plain] = role }
                for (_, code) in field.providerCodes {
                    if let entry = provider.entry(code) { tied[Self.key(entry), default: []].insert(plain) }
                }
                pending += field.type.nestedShapeNames.compactMap(provider.shape)
            }
            if let element = shape.listElement { pending += element.nestedShapeNames.compactMap(provider.shape) }
        }
        (self.fields, self.roles, self.tied) = (fields, roles, tied)
        // Not an answer's field named by a word saying a problem (an `error`, a `message`'s "invalid").
        everyField = fields.union(
            provider.model.shapes.flatMap { $0.fields.map { PayloadBuilder.plain($0.spec.wireName.value) } }.filter { !InvalidRequest.problemWords.contains($0) })
    }

    private static func key(_ entry: StatusEntry) -> String { entry.table + "\u{0}" + entry.code }

    private static func role(of field: FieldModel, provider: SandboxProvider) -> FieldRole? {
        if let declared = field.spec.role?.value { return [.messageID, .reason].contains(declared) ? nil : declared }
        let name = field.spec.wireName.value.lowercased()
        if PayloadBuilder.senderNames.contains(name) || ["tpoa", "originator", "sender_id", "senderid", "source_addr"].contains(name) { return .sender }
        if InboundCallback.textNames.contains(name) { return .text }
        if provider.guessedRecipientNames.contains(name) { return .recipient }
        return nil
    }

    /// Words, and words run together, that name a role.
    private static let roleWords: [FieldRole: Set<String>] = [
        .recipient: [
            "recipient", "recipients", "destination", "destinations", "receiver", "receivers", "phonenumber", "mobilenumber", "destinationnumber",
            "destinationaddress", "msisdn", "cellnumber", "cellphonenumber", "mobilephonenumber",
            // A phone (a user's TurboSMS 206 INVALID_PHONE, passed over for 104 REQUIRED_CONTENT "The request holds no
            // data" of a malformed recipient).
            "phone",
        ],
        .sender: ["sender", "originator", "senderid", "sendername", "fromnumber"],
        // In Spanish and Portuguese too (a review: "Mensagem obrigatória" of a missing `message`).
        .text: ["text", "messagebody", "messagetext", "smstext", "messagecontent", "smsbody", "smscontent", "mensaje", "mensagem", "texto"],
    ]

    /// Field names that are also common words: a code's words name such a field only as their first word ("From
    /// error", FireText's 3; "Message error", its 5), not in a sentence ("Failed to send", "The value … is not a
    /// valid datetime format", Sinch's "A constraint on a parameter is violated").
    private static let commonWords: Set<String> = [
        "to", "from", "in", "on", "at", "by", "for", "of", "no", "is", "or", "and", "not", "with", "as", "if", "it", "a", "an", "the", "all",
        "any", "up", "out", "per", "type", "id", "date", "time", "format", "long", "test", "name", "user", "mode", "key", "code", "status", "f",
        "parameter", "parameters", "param", "params", "field", "fields", "value", "values", "request", "data", "body", "content", "message",
        "messages", "number", "numbers", "phone", "mobile", "text",
    ]

    /// Whether the word `words[index]` of `text` is presented as a name, as a common word is not: quoted (Telnyx's
    /// "Invalid 'from' address"), after "parameter" or "field" (TeleSign's "Missing Required Parameter message") or
    /// before it (a user's SMS Misr 1905 "Invalid mobile field.", where its invalid `mobile` was 1902 "Invalid request.");
    /// in Spanish and Portuguese too (a user's SMS Masivos sms_02 "El campo message es necesario"); or right after
    /// the opening "The".
    private static func presents(_ word: String, at index: Int, of words: [String], in text: String) -> Bool {
        let naming: Set<String> = ["parameter", "param", "field", "argument", "campo", "parametro", "parámetro", "parâmetro"]
        // Or as the subject after the article opening the text (our rule): a user's Mobily 15 "The numbers are empty or
        // incorrect." names its `numbers`, where a malformed one was answered 8, "The school code is repeated".
        return ["'", "\"", "`"].contains { text.lowercased().contains($0 + word + $0) }
            || index > 0 && naming.contains(words[index - 1]) || index + 1 < words.count && naming.contains(words[index + 1])
            || index == 1 && words[0] == "the"
    }

    /// The fields `entry`'s name, summary, explanation or cause names (a word, or two or three words run together:
    /// "Sub-account error" names `subaccount`), and the roles it names; with `subjectOnly`, those of the words saying
    /// what it is about, its name, or its summary where it has no name of its own (Vonage's 22 "Invalid Network Code"
    /// is not about a recipient for its summary's "the country of the destination address"). A name that is only a
    /// label, saying no more than a problem beside numbers (`ERROR 04`), reads with its summary (our rule): a user's
    /// SMSBOX malformed number was `ERROR 01` "Missing or incorrect parameters" where the entries had the document's
    /// names, and `ERROR 04` "Invalid destination number" without them.
    private func named(by entry: StatusEntry, subjectOnly: Bool = false, among fields: Set<String>? = nil) -> (fields: Set<String>, roles: Set<FieldRole>) {
        let subject = entry.name == entry.code ? [entry.description] : Self.isLabel(entry.name) ? [entry.name, entry.description] : [entry.name]
        return named(in: subjectOnly ? subject : [entry.name, entry.description, entry.explanation ?? "", entry.cause ?? ""], among: fields)
    }

    /// Whether a code's name says nothing but a problem, beside numbers (`ERROR 04`, `E04`, `Error`).
    private static func isLabel(_ name: String) -> Bool {
        SandboxProvider.words(name).filter { !$0.contains(where: \.isNumber) }.allSatisfy(InvalidRequest.problemWords.contains)
    }

    /// The fields and roles `texts` name (`named(by:)`).
    private func named(in texts: [String], among fields: Set<String>? = nil) -> (fields: Set<String>, roles: Set<FieldRole>) {
        let fields = fields ?? self.fields
        var found: Set<String> = [], roles: Set<FieldRole> = []
        for text in texts {
            let words = SandboxProvider.words(text)
            var matches: [(words: Range<Int>, name: String)] = []
            for index in words.indices {
                for length in 1...3 where index + length <= words.count {
                    let run = words[index..<(index + length)].joined()
                    // In the plural too: Onfon's 013 "Invalid mobile numbers" named no recipient (a user).
                    for (role, names) in Self.roleWords where names.contains(run) || run.hasSuffix("s") && names.contains(String(run.dropLast())) {
                        roles.insert(role)
                    }
                    guard length > 1 || index == 0 || !Self.commonWords.contains(run) || Self.presents(run, at: index, of: words, in: text) else { continue }
                    for name in [run, run + "s", run.hasSuffix("s") ? String(run.dropLast()) : run] where fields.contains(name) {
                        matches.append((index..<(index + length), name))
                    }
                }
            }
            // A field named inside a longer one named is not named: "The msg_type is not valid." names Gupshup's
            // `msg_type`, not its `msg` (a missing `msg` was answered 106 for it, where 104 "Invalid message" says so).
            for match in matches where !matches.contains(where: { other in
                other.words.count > match.words.count && other.words.contains(match.words.lowerBound) && other.words.contains(match.words.upperBound - 1)
            }) {
                found.insert(match.name)
            }
        }
        return (found, roles)
    }

    /// Whether `entry` is about a field other than `field` (a violation's path, `messages[0].to`): the spec's
    /// `providerCodes` tie it to another field's rule (with `countingTies`), or its words name another request field —
    /// by its name, or by a role `field` has not ("No recipient." for Sveve's `msg`) — and not `field` too (Kannel's
    /// one 400, "Missing receiver number, Sender missing…", names several, a catch-all).
    func isAboutAnother(_ entry: StatusEntry, than field: String, countingTies: Bool) -> Bool {
        if countingTies, !(tied[Self.key(entry)] ?? []).subtracting([Self.plainLeaf(field)]).isEmpty { return true }
        return namesAnother(named(by: entry), than: field)
    }

    /// Whether `text` (words of an example's refusal) names another request field than `field`, as `isAboutAnother`
    /// reads a code's words: a user's Messente refusal of a bad `to` said its example's "Invalid sender".
    func saysAnother(_ text: String, than field: String) -> Bool { namesAnother(named(in: [text]), than: field) }

    private func namesAnother(_ named: (fields: Set<String>, roles: Set<FieldRole>), than field: String) -> Bool {
        let broken = Self.plainLeaf(field)
        let (names, namedRoles) = named
        let brokenRole = roles[broken]
        if names.contains(broken) || brokenRole.map(namedRoles.contains) == true { return false }
        // A field of the broken one's role is the same thing (Twilio's `To` and a `PhoneNumber`).
        if names.contains(where: { $0 != broken && (brokenRole == nil || roles[$0] != brokenRole) }) { return true }
        return namedRoles.contains { role in role != brokenRole && roles.values.contains(role) }
    }

    /// Whether `entry`'s words name a field of any of the provider's shapes but `field` (a violation's path).
    func namesAnotherField(_ entry: StatusEntry, than field: String) -> Bool {
        !named(by: entry, among: everyField).fields.subtracting([Self.plainLeaf(field)]).isEmpty
    }

    /// Whether `entry`'s words name `field` (a violation's path) by its name ("Sub-account error" for `subaccount`), or
    /// with `byRole` by the role it has too, in the words saying what the code is about (websms's 4002
    /// INVALID_RECIPIENT for its `recipientAddressList`, `role: recipient`).
    func names(_ entry: StatusEntry, _ field: String, byRole: Bool = false) -> Bool {
        let broken = Self.plainLeaf(field)
        return named(by: entry).fields.contains(broken)
            || byRole && roles[broken].map(named(by: entry, subjectOnly: true).roles.contains) == true
    }

    /// Whether `entry` is about `field` (a violation's path): the spec ties it to the field's rule (FireText's 6
    /// "Send date error", `schedule`'s), or its words name the field or the role it has (`names`).
    func isAbout(_ entry: StatusEntry, _ field: String) -> Bool {
        tied[Self.key(entry)]?.contains(Self.plainLeaf(field)) == true || names(entry, field, byRole: true)
    }

    /// The plain name of a path's last field: `messages[0].to` → `to`.
    private static func plainLeaf(_ path: String) -> String {
        PayloadBuilder.plain(path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? path)
    }
}

/// What is wrong with a request no code is predicted for, to answer with the code that says so.
enum InvalidRequest {
    /// A request that cannot be read: `part` says what (`body`, `query`, a path parameter's name); nil for fields
    /// read that do not decode as the generated request (a bundled provider's).
    case unreadable(part: String?)
    /// A missing field, or a broken rule of one, at `field` (`To`, `messages[0].to`): with `bound`, a bound (a
    /// length, a count, a value), which words of a limit say ("Subid is exceeding maximum length."); with `empty`, a
    /// minimum the value breaks by being empty, which the words of a missing field say too ("Message text is empty").
    case missingField(field: String), brokenRule(field: String, bound: Bool = false, empty: Bool = false)

    /// What a violation with no predicted code says is wrong: an empty value is 0 characters long or has 0 items.
    init(_ violation: ValidationViolation) {
        let bound = ["minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "maxSegments"].contains(violation.rule)
        let empty = bound && ["is 0 ", "has 0 "].contains(where: violation.message.hasPrefix)
        // None of several fields one of which must be given (`atLeastOne`) is a missing field, the first named: Twilio's
        // send without `Body` (nor `MediaUrl`, `ContentSid`) is 21602 "Message body is required", where it was 400 with
        // no body (our rule). So is none of an `exactlyOne` group (Textlocal's `numbers` or `group_id`: a review).
        let noneGiven = violation.rule == "atLeastOne" || violation.rule == "exactlyOne" && violation.message.hasSuffix("; none is")
        self = violation.rule == "required" || noneGiven ? .missingField(field: violation.path) : .brokenRule(field: violation.path, bound: bound, empty: empty)
    }

    /// What of the request could not be read (`unreadable`'s part).
    var unread: String? {
        if case .unreadable(let part) = self { part } else { nil }
    }

    /// Whether the request could not be read at all.
    var isUnreadable: Bool {
        if case .unreadable = self { true } else { false }
    }

    /// The request field the problem is in; nil for a request that does not decode.
    var field: String? {
        switch self {
        case .unreadable: nil
        case .missingField(let field), .brokenRule(let field, _, _): field
        }
    }

    /// Words of the codes that say so, best first (our inference: Sinch's `syntax_invalid_json` for a body that is no
    /// JSON, `syntax_constraint_violation` for a broken rule; Telnyx's "Missing required parameter"; Vonage's 2
    /// "Missing Parameters" and 3 "Invalid Parameters", where a broken rule was answered "Missing Parameters").
    private var words: [String] {
        switch self {
        case .unreadable: ["json", "syntax", "parse", "malformed"]
        case .missingField: ["required", "missing", "empty"] + Self.missingStems + ["constraint", "format"]
        case .brokenRule(_, _, let empty): (empty ? ["empty", "required", "missing"] + Self.missingStems : []) + ["constraint", "format", "invalid"]
        }
    }

    /// Whole words of a code that say this problem, `words` among them (our inference).
    private var saying: Set<String> {
        switch self {
        case .unreadable: Self.sayingUnreadable
        case .missingField: Self.sayingMissing
        case .brokenRule: isMissing ? Self.sayingBroken.union(Self.sayingMissing) : Self.sayingBroken
        }
    }

    /// Whether the field is missing or empty, as words of a missing field say.
    private var isMissing: Bool {
        switch self {
        case .unreadable: false
        case .missingField: true
        case .brokenRule(_, _, let empty): empty
        }
    }

    private static let sayingUnreadable: Set<String> = [
        "json", "xml", "syntax", "parse", "parsed", "parsing", "malformed", "unreadable", "encoding", "decode", "decoded",
    ]
    private static let sayingMissing: Set<String> = [
        "required", "missing", "empty", "absent", "mandatory", "necessary", "incomplete", "omitted", "blank", "lacking", "constraint", "constraints",
        "violated", "violation",
        // In Spanish and Portuguese (a user's SMS Masivos sms_02 "El campo message es necesario": a missing `message`
        // was answered its auth example's auth_01 beside `success: false`).
        "necesario", "necesaria", "necessário", "necessária", "requerido", "requerida", "obligatorio", "obligatoria", "obrigatório", "obrigatória",
        "falta", "faltante", "vacío", "vacio", "vazio", "vazia",
        // Word by word, as in English (a review: "Campo requerido", "Falta un campo", "Mensagem obrigatória" were
        // answered the authentication code auth_01): plurals, and more of those words.
        "necesarios", "necesarias", "necessários", "necessárias", "necessario", "necessaria", "requeridos", "requeridas", "obligatorios",
        "obligatorias", "obrigatórios", "obrigatórias", "obrigatorio", "obrigatoria", "faltan", "faltando", "faltantes", "ausente",
        "ausentes", "vacíos", "vacía", "vacías", "vazios", "vazias", "exigido", "exigida", "informado", "informada",
    ]
    /// Stems of those Spanish and Portuguese words, as `words` are matched (within a code's texts, lowercased).
    private static let missingStems = ["necesari", "necessári", "requerid", "obligatori", "obrigatóri", "falta"]
    private static let sayingBroken: Set<String> = [
        "invalid", "format", "formatted", "constraint", "constraints", "violated", "violation", "incorrect", "wrong", "illegal", "malformed",
    ]
    /// Words of a limit reached ("too long", "more than 100", "exceeding maximum length"): a broken bound's, which a
    /// code about the field says (LabsMobile's 28 "Subid is exceeding maximum length."), and no other problem's.
    private static let boundWords: Set<String> = [
        "limit", "limits", "exceeded", "exceeds", "exceed", "exceeding", "maximum", "minimum", "too", "than", "long", "short", "many", "length",
    ]

    /// Words saying only that a request is refused, no problem of its own (46elks' "Bad Request"); an exception is an
    /// error (a user's AWS ValidationException "A validation exception for a field.", tied to a recipient's pattern,
    /// was taken for that field's alone, and a `TimeToLive` below its minimum was answered 400 with no body).
    private static let refusingWords: Set<String> = [
        "exception", "exceptions", "error", "errors", "failed", "failure", "refused", "rejected", "accepted", "acceptable", "bad", "invalid", "valid", "problem", "validation",
        "unprocessable", "processed", "understood",
    ]

    /// Words that name nothing a code could be about: little words, and words of any request's parts (`partWords`) or
    /// of a whole request (`requestWords`).
    private static let plainWords = Set<String>([
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "has", "have", "had", "of", "in", "on", "at", "to", "for", "from", "with", "by",
        "or", "and", "not", "no", "one", "more", "some", "any", "all", "this", "that", "it", "its", "your", "you", "please", "must", "should",
        "cannot", "can", "could", "does", "do", "did", "as", "there", "which", "due", "will", "given", "provided", "specified", "set",
        "sent", "supplied", "passed", "system",
        // Spanish and Portuguese little words (articles, verbs "to be", prepositions, "not", "your").
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "es", "son", "está", "están", "fue", "ha", "de", "del", "en", "con", "por",
        "para", "al", "se", "su", "sus", "que", "os", "um", "uma", "são", "foi", "da", "do", "das", "dos", "em", "na", "nas",
        "nos", "ao", "não", "seu", "sua", "ou", "debe", "deve", "favor",
    ]).union(partWords).union(requestWords)
    private static let partWords: Set<String> = [
        "parameter", "parameters", "param", "params", "field", "fields", "value", "values", "input", "inputs", "data", "argument", "arguments",
        "property", "properties", "element", "elements", "variable", "variables", "attribute", "attributes", "item", "items", "entry", "entries",
        // In Spanish and Portuguese.
        "campo", "campos", "parámetro", "parámetros", "parametro", "parametros", "parâmetro", "parâmetros", "valor", "valores", "dato", "datos",
        "dado", "dados", "argumento", "argumentos", "atributo", "atributos",
    ]
    private static let requestWords: Set<String> = ["request", "requests", "payload", "body", "content", "query", "form", "entity", "json", "xml", "post", "get"]

    /// Words that say nothing but a problem: `plainWords`, and those saying one.
    static let problemWords = plainWords.union(refusingWords).union(sayingUnreadable).union(sayingMissing).union(sayingBroken)

    /// Words saying another problem than this one: a broken rule is no missing field, a limit no other rule's, and
    /// neither is a request that cannot be read, which may be any of them. Not those any refusal says (`invalid`).
    private var contradicting: Set<String> {
        let limit: Set<String> = if case .brokenRule(_, true, _) = self { Self.boundWords } else { [] }
        switch self {
        case .unreadable: return []
        case .missingField, .brokenRule:
            return Self.sayingUnreadable.union(Self.sayingMissing).union(Self.sayingBroken).union(Self.boundWords).subtracting(saying)
                .subtracting(limit).subtracting(Self.refusingWords).subtracting(Self.plainWords)
        }
    }

    /// Words saying something else happened (our inference): a resource that exists, a duplicate, a conflict, an
    /// expiry, a blocked value.
    private static let otherEventWords: Set<String> = [
        "exists", "exist", "existed", "already", "duplicate", "duplicated", "conflict", "conflicts", "expired", "expires", "blacklisted", "blocked",
    ]

    /// `text` without its asides in parentheses that send the reader elsewhere, to see, refer to or check something,
    /// or for more information or details (our rule): a user's Panacea -4 "There was a required parameter missing from
    /// the request (see 'details' key in result for more information)" said nothing but a missing field, and a missing
    /// `to` was answered -256 "Could not save" for the aside's words.
    static func withoutPointers(_ text: String) -> String {
        var kept = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let words = SandboxProvider.words(String(rest[rest.index(after: open)..<close]))
            let pointing = words.first.map(pointerWords.contains) == true
                || zip(words, words.dropFirst()).contains { ["for", "more"].contains($0) && ["information", "info", "details"].contains($1) }
            kept += pointing ? rest[..<open] : rest[...close]
            rest = rest[rest.index(after: close)...]
        }
        return kept + rest
    }

    /// The first words of an aside sending the reader elsewhere.
    private static let pointerWords: Set<String> = ["see", "refer", "cf", "consult", "check", "read"]

    /// A word standing for a name a code quotes, which no problem's words hold.
    private static let quotedName = "\u{0}name"

    /// The words of each of `entry`'s texts (code, name, summary, explanation, cause), but numbers and single letters;
    /// a name one of them quotes is a word naming something in each (Mobizon's INCORRECT_FORMAT, "Incorrect `format`
    /// parameter."). An aside in parentheses sending the reader elsewhere is not what the code says (`withoutPointers`).
    private static func texts(of entry: StatusEntry) -> [Set<String>] {
        let texts = [entry.code, entry.name, entry.description, entry.explanation ?? "", entry.cause ?? ""].map(withoutPointers)
        let quotesAName = texts.contains { text in
            ["'", "\"", "`"].contains { quote in
                text.split(separator: quote, omittingEmptySubsequences: false).enumerated().contains { index, part in
                    index % 2 == 1 && !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || "_-.[]".contains($0) }
                }
            }
        }
        return texts.map { Set(SandboxProvider.words($0).filter { $0.count > 1 && !$0.contains(where: \.isNumber) } + (quotesAName ? [quotedName] : [])) }
    }

    /// Whether one of `entry`'s texts says this problem and nothing else: besides words naming nothing (`plainWords`),
    /// only words saying a problem, one of them this one's — Transmit SMS's FIELD_INVALID "Field has invalid format.",
    /// FIELD_EMPTY "Required field is empty." —; any other word says something else, a thing (websms's 4004 "Invalid
    /// message type") or what else happened (KEY_EXISTS "The resource with this key already exists.", a duplicate, a
    /// conflict, an expiry, a limit). Of a field, words of a whole request alone (`ofTheWholeRequest`) do not say it.
    func saysOnly(_ entry: StatusEntry) -> Bool {
        Self.texts(of: entry).contains { words in
            !words.isDisjoint(with: saying) && words.isSubset(of: Self.problemWords) && (field == nil || !Self.ofTheWholeRequest(words))
        }
    }

    /// Whether one of `entry`'s texts says nothing else than a problem, and none it contradicts but with this one: that
    /// the request is refused (46elks' "Bad Request", RajaSMS's 20 "Json Post Error"), LabsMobile's 10 "Missing or
    /// incorrect JSON body." of a broken rule, or for a request that cannot be read any problem (Clickatell's 101
    /// "Invalid or missing parameters"); but for a missing field no missing request (Octopush's 100 "POST request
    /// missing.", where 103 "Your message has no recipients" says a missing `recipients`).
    func saysNoOther(_ entry: StatusEntry) -> Bool {
        Self.texts(of: entry).contains { words in
            let missingRequest = !words.isDisjoint(with: Self.sayingMissing) && words.isDisjoint(with: Self.sayingBroken) && Self.ofTheWholeRequest(words)
            return !words.isSubset(of: Self.plainWords) && words.isSubset(of: Self.problemWords) && saysNoneContradicting(words)
                && !(isMissing && missingRequest)
        }
    }

    /// Whether `words` are of a whole request, of none of its parts (a request, its body, JSON).
    private static func ofTheWholeRequest(_ words: Set<String>) -> Bool { !words.isDisjoint(with: requestWords) && words.isDisjoint(with: partWords) }

    /// Whether `words` say this problem, or no other they contradict.
    private func saysNoneContradicting(_ words: Set<String>) -> Bool { !words.isDisjoint(with: saying) || words.isDisjoint(with: contradicting) }

    /// Whether `entry`, about the request's field, may say what is wrong with it: none of its words says something else
    /// happened, and it says this problem or no other (Sveve's "No message text." for an empty `msg`; not SMS.ru's 213
    /// "More than 100 numbers in the list of recipients." for a missing `to`, nor a "Message too long" for no text).
    func maySay(_ entry: StatusEntry) -> Bool {
        !Self.saysOtherEvent(entry) && saysNoneContradicting(Self.texts(of: entry).reduce(into: Set<String>()) { $0.formUnion($1) })
    }

    private static func saysOtherEvent(_ entry: StatusEntry) -> Bool { texts(of: entry).contains { !$0.isDisjoint(with: otherEventWords) } }

    /// For a broken rule, of `entries` (every failure under the refusal's status, not only invalid requests), the
    /// first whose name or summary quotes the field (`'To'`): Twilio's empty `To` was answered 21602 "Message body
    /// is required", the first invalid-request code, where 21211 "Invalid 'To' Phone Number" says what is wrong.
    func naming(_ entries: [StatusEntry]) -> StatusEntry? {
        guard case .brokenRule(let path, _, _) = self else { return nil }
        let name = path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? path
        guard !name.isEmpty else { return nil }
        let quoted = ["'\(name)'", "\"\(name)\"", "`\(name)`"].map { $0.lowercased() }
        return entries.first { entry in [entry.name, entry.description].contains { text in quoted.contains { text.lowercased().contains($0) } } }
    }

    /// Whether `entry`'s words say a value is wrong (`incorrect`, `wrong`, `malformed`, …: `sayingBroken`), for a broken
    /// rule: a code naming the field that says so says what is wrong with it (our rule: a user's Mobily 15 "The numbers
    /// are empty or incorrect." and Aligo -104 "A receiver number is malformed." were passed over for codes about
    /// nothing of the kind).
    func saysBrokenValue(_ entry: StatusEntry) -> Bool {
        guard case .brokenRule = self else { return false }
        return Self.texts(of: entry).contains { !$0.isDisjoint(with: Self.sayingBroken) }
    }

    /// Whether `entry` says what is wrong: it quotes the field (`naming`) or has one of the words.
    func isSaid(by entry: StatusEntry) -> Bool {
        naming([entry]) != nil || words.contains { word in [entry.name, entry.description, entry.code].contains { $0.lowercased().contains(word) } }
    }

    /// Whether an example's words `text`, written beside a code of `table`, say this problem: as a code's words would
    /// (`isSaid(by:)`), or, for a value empty below its minimum, words of a minimum ("must contain at least one
    /// recipient", a user's CallFire; our inference).
    func isSaid(inWords text: String, table: String, provider: String) -> Bool {
        let entry = StatusEntry(
            provider: provider, table: table, code: "", name: text, description: text, outcome: .failure, category: .invalidRequest,
            retryable: false, source: "")
        if isSaid(by: entry) { return true }
        guard case .brokenRule(_, _, true) = self else { return false }
        let words = SandboxProvider.words(text)
        return words.contains("minimum") || zip(words, words.dropFirst()).contains { $0 == "at" && $1 == "least" }
    }

    /// Of `entries`, one saying this problem and nothing else (`saysOnly`), the first whose name, summary or code has
    /// the best word first; else the first that `isAboutTheField` and `maySay` it (Sveve's "Mangler meldingstekst",
    /// "No message text.", for an empty `msg`); else the first saying no other problem (`saysNoOther`); else with
    /// `theOnlyOne`, the one code the provider answers any invalid request with (Kannel's 400, which names several
    /// fields), unless it says something else happened; else none, as no code says it (websms's `validityPeriode`
    /// below its minimum was 4004 "Invalid message type", a code about another value).

    func code(among entries: [StatusEntry], theOnlyOne: Bool, isAboutTheField: (StatusEntry) -> Bool) -> StatusEntry? {
        let saying = entries.filter(saysOnly)
        for word in words {
            if let entry = saying.first(where: { [$0.name, $0.description, $0.code].contains { $0.lowercased().contains(word) } }) { return entry }
        }
        if let entry = saying.first ?? entries.first(where: { isAboutTheField($0) && maySay($0) }) ?? entries.first(where: saysNoOther) { return entry }
        guard theOnlyOne, entries.count == 1, !Self.saysOtherEvent(entries[0]) else { return nil }
        return entries[0]
    }

    /// Where no code says it (`code(among:)`) and the refusal would be 400 with no body, which a provider answering
    /// every refusal with a code never gives (Kavenegar's 200 and 400 "پارامترها ناقص هستند", "parameters
    /// incomplete"; Textlocal, seven, websms under 200), a stand-in (our inference): of `standIns` (the refusal's
    /// invalid-request codes not about another field, or for a request that cannot be read, where no field is at fault,
    /// all of them: Sveve's "Mangler mottaker", Kannel's 400), among those not saying something else happened
    /// (`mayStandIn`: Octopush's 120 DUPLICATE_REQUEST_ID, a "Message too long") nor, of a field, naming a field of the
    /// provider's but this one (`namesAnotherField`), one saying only a problem, if another, else the one the rule took
    /// before it asked the words, the first with the best word, else the first; none when none is left.
    /// With `orNone` (the answer says why in words, its code optional), none rather than the first that is left.
    func standIn(among standIns: [StatusEntry], namesAnotherField: (StatusEntry) -> Bool, orNone: Bool = false) -> StatusEntry? {
        let left = standIns.filter { mayStandIn($0) && !namesAnotherField($0) }
        // One saying only a problem, if another (Telnyx's 10004 "Missing required parameter", websms's 4019 "Parameter
        // missing"), before one speaking of another thing (websms's 4005 "Invalid message alphabet"); of a field, not
        // one saying the request could not be read (4000 "Malformed XML/JSON").
        if let entry = left.first(where: { entry in
            Self.texts(of: entry).contains { !$0.isEmpty && $0.isSubset(of: Self.problemWords) && (field == nil || $0.isDisjoint(with: Self.sayingUnreadable)) }
        }) {
            return entry
        }
        // Of those with the word, one speaking of the request before one about another thing (our rule: a user's
        // Altiria body that is no JSON was 038 SYNTAX_LANDING_ERROR "Syntax error in the landing.", a landing page's,
        // where 039 SYNTAX_WEB_PARAMS_ERROR speaks of the request's parameters).
        for word in words {
            let holding = left.filter { [$0.name, $0.description, $0.code].contains { $0.lowercased().contains(word) } }
            if let entry = holding.first(where: { !Self.isAboutAnotherThing($0) }) ?? holding.first { return entry }
        }
        return orNone ? nil : left.first
    }

    /// Whether each of `entry`'s texts with words names a thing beside its problem words (`problemWords`) and nothing of
    /// a request (`partWords`, `requestWords`): SYNTAX_LANDING_ERROR "Syntax error in the landing." is about a landing
    /// page, SYNTAX_WEB_PARAMS_ERROR about the request's parameters.
    static func isAboutAnotherThing(_ entry: StatusEntry) -> Bool {
        let texts = texts(of: entry).filter { !$0.isEmpty }
        return !texts.isEmpty && texts.allSatisfy { !$0.isSubset(of: problemWords) && $0.isDisjoint(with: partWords.union(requestWords)) }
    }

    /// Words that, beside `json` or `xml`, say a body is not the JSON or XML it should be ("The JSON is not valid").
    private static let unparsedWords: Set<String> = [
        "invalid", "valid", "malformed", "syntax", "parse", "parsed", "parsing", "unreadable", "decode", "decoded", "incorrect", "wrong", "bad",
        "broken", "corrupt", "corrupted",
    ]

    /// Whether `entry` says the request's body is not JSON (or XML) that can be read: one of its texts names JSON or XML
    /// with words saying it is not valid (EBulkSMS's INVALID_JSON "The JSON is not valid", Sinch's
    /// `syntax_invalid_json`, websms's 4000 "Malformed XML/JSON"), and none says something is missing (LabsMobile's 10
    /// "Missing or incorrect JSON body." is any problem of a body). Such a code answers only a body that cannot be read
    /// as the JSON its operation takes (our rule): a user's EBulkSMS GET send, with no JSON at all, and its JSON send,
    /// both refusing a bad recipient, were answered INVALID_JSON.
    /// Whether `entry`'s texts name a body format the request is not in (XML, which no request here is; JSON, for one
    /// that is no JSON body): its code says a problem of a body the request does not have, whatever else it says (our
    /// rule: a user's SMSFactor GET send with a malformed `to`, or no `Accept`, was answered -2 "XML error").
    static func namesAnotherFormat(_ entry: StatusEntry, json: Bool) -> Bool {
        texts(of: entry).contains { !$0.isDisjoint(with: json ? ["xml"] : ["xml", "json"]) }
    }

    static func saysBodyIsNotJSON(_ entry: StatusEntry) -> Bool {
        let texts = texts(of: entry)
        guard texts.allSatisfy({ $0.isDisjoint(with: sayingMissing) }) else { return false }
        return texts.contains { !$0.isDisjoint(with: ["json", "xml"]) && !$0.isDisjoint(with: unparsedWords) }
    }

    /// Whether `entry` may stand in for a code saying the problem: none of its texts says something else happened
    /// (`otherEventWords`, or that a thing was not found: Bulkgate's `admin_not_found`) or, but for a broken bound, that
    /// a limit is reached (`boundWords`).
    func mayStandIn(_ entry: StatusEntry) -> Bool {
        let limit: Set<String> = if case .brokenRule(_, true, _) = self { [] } else { Self.boundWords }
        return Self.texts(of: entry).allSatisfy { $0.isDisjoint(with: Self.otherEventWords.union(["found"])) && $0.isDisjoint(with: limit) }
    }
}
