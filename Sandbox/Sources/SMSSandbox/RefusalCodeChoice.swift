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
    }

    private static func key(_ entry: StatusEntry) -> String { entry.table + "\u{0}" + entry.code }

    private static func role(of field: FieldModel, provider: SandboxProvider) -> FieldRole? {
        if let declared = field.spec.role?.value { return declared == .messageID ? nil : declared }
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
            "destinationaddress",
        ],
        .sender: ["sender", "originator", "senderid", "sendername", "fromnumber"],
        .text: ["text", "messagebody", "messagetext", "smstext", "messagecontent", "smsbody", "smscontent"],
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

    /// The fields `entry`'s name, summary, explanation or cause names (a word, or two or three words run together:
    /// "Sub-account error" names `subaccount`), and the roles it names; with `subjectOnly`, those of the words saying
    /// what it is about, its name, or its summary where it has no name of its own (Vonage's 22 "Invalid Network Code"
    /// is not about a recipient for its summary's "the country of the destination address").
    private func named(by entry: StatusEntry, subjectOnly: Bool = false) -> (fields: Set<String>, roles: Set<FieldRole>) {
        var found: Set<String> = [], roles: Set<FieldRole> = []
        let texts = subjectOnly
            ? [entry.name != entry.code ? entry.name : entry.description] : [entry.name, entry.description, entry.explanation ?? "", entry.cause ?? ""]
        for text in texts {
            let words = SandboxProvider.words(text)
            var matches: [(words: Range<Int>, name: String)] = []
            for index in words.indices {
                for length in 1...3 where index + length <= words.count {
                    let run = words[index..<(index + length)].joined()
                    for (role, names) in Self.roleWords where names.contains(run) { roles.insert(role) }
                    guard length > 1 || index == 0 || !Self.commonWords.contains(run) else { continue }
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
    /// `providerCodes` tie it to another field's rule, or its words name another request field — by its name, or by a
    /// role `field` has not ("No recipient." for Sveve's `msg`) — and not `field` too (Kannel's one 400, "Missing
    /// receiver number, Sender missing…", names several, a catch-all).
    func isAboutAnother(_ entry: StatusEntry, than field: String) -> Bool {
        let broken = Self.plainLeaf(field)
        if !(tied[Self.key(entry)] ?? []).subtracting([broken]).isEmpty { return true }
        let (names, namedRoles) = named(by: entry)
        let brokenRole = roles[broken]
        if names.contains(broken) || brokenRole.map(namedRoles.contains) == true { return false }
        // A field of the broken one's role is the same thing (Twilio's `To` and a `PhoneNumber`).
        if names.contains(where: { $0 != broken && (brokenRole == nil || roles[$0] != brokenRole) }) { return true }
        return namedRoles.contains { role in role != brokenRole && roles.values.contains(role) }
    }

    /// Whether `entry`'s words name `field` (a violation's path) by its name ("Sub-account error" for `subaccount`), or
    /// with `byRole` by the role it has too, in the words saying what the code is about (websms's 4002
    /// INVALID_RECIPIENT for its `recipientAddressList`, `role: recipient`).
    func names(_ entry: StatusEntry, _ field: String, byRole: Bool = false) -> Bool {
        let broken = Self.plainLeaf(field)
        return named(by: entry).fields.contains(broken)
            || byRole && roles[broken].map(named(by: entry, subjectOnly: true).roles.contains) == true
    }

    /// The plain name of a path's last field: `messages[0].to` → `to`.
    private static func plainLeaf(_ path: String) -> String {
        PayloadBuilder.plain(path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? path)
    }
}
