import Foundation
import SMSSpecVocabulary

/// What a spec change does to the generated library's source API.
public struct SpecChange: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    public enum Impact: String, Sendable, Comparable {
        /// Existing code keeps compiling.
        case compatible
        /// A new enum case: switches that list every case without `default` need it.
        case exhaustiveSwitches = "exhaustive switches"
        /// Existing code can stop compiling (a removed or renamed declaration, a changed type or initializer), or a
        /// call it makes can stop doing what it did (a server value no longer allowed, a server function's URL or default
        /// changed, a client's default server another, a request validate() refuses, an answer's codes that now decide it, a
        /// callback refused for its signature, or answered otherwise, or a signature no longer checked).
        case breaking

        private var rank: Int { self == .compatible ? 0 : self == .exhaustiveSwitches ? 1 : 2 }
        public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
    }

    public let provider: String
    public let kind: Kind
    /// What changed: "table DLRError, code 27".
    public let subject: String
    public let detail: String
    public let impact: Impact

    /// One line, with whatever a spec's text holds that could drive a terminal escaped (`DisplayText`): specs
    /// arrive in pull requests, and `smsspec diff` prints into CI logs.
    public var description: String {
        let flag = impact == .compatible ? "" : "[\(impact.rawValue)] "
        return DisplayText.escaped("\(flag)\(provider): \(said)\(detail.isEmpty ? "" : " — \(detail)")")
    }

    /// What happened to the subject: a member added or removed is said as such ("added code 429 to table HTTPStatus";
    /// "added table HTTPStatus, code 429" read as a new table, a user).
    private var said: String {
        guard kind != .changed, let comma = memberStart else { return "\(kind.rawValue) \(subject)" }
        let member = subject[comma.upperBound...], container = subject[..<comma.lowerBound]
        return "\(kind.rawValue) \(member) \(kind == .added ? "to" : "from") \(container)"
    }

    /// The `, ` before the subject's last member (`, code 429`, `, signature`): a value holding `, ` itself (an enum
    /// value `sent, pending`) is no member of its own.
    private var memberStart: Range<String.Index>? {
        var end = subject.endIndex
        while let comma = subject.range(of: ", ", options: .backwards, range: subject.startIndex..<end) {
            let rest = subject[comma.upperBound...]
            if Self.memberNouns.contains(where: { rest == $0 || rest.hasPrefix($0 + " ") }) { return comma }
            end = comma.lowerBound
        }
        return nil
    }

    private static let memberNouns = [
        "field", "code", "value", "variant", "kind", "parameter", "event type", "property", "answer", "signature", "acknowledgement",
    ]
}

/// Compares two sets of specs, as `smsspec diff` does.
public enum SpecDiff {
    public static func compare(old: [ProviderModel], new: [ProviderModel]) -> [SpecChange] {
        var changes: [SpecChange] = []
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(oldByID.keys).union(newByID.keys).sorted() {
            switch (oldByID[id], newByID[id]) {
            case (let before?, let after?):
                changes += ProviderComparison(before: before, after: after).changes()
            case (let before?, nil):
                changes.append(.init(provider: id, kind: .removed, subject: "provider", detail: "namespace \(before.namespace) is gone", impact: .breaking))
            case (nil, let after?):
                changes.append(.init(provider: id, kind: .added, subject: "provider", detail: "namespace \(after.namespace)", impact: .compatible))
            case (nil, nil):
                break
            }
        }
        return changes
    }
}

/// The changes between two versions of one provider's spec.
struct ProviderComparison {
    let before: ProviderModel
    let after: ProviderModel
    /// The tables each version's shapes and unions carry, worked out once.
    let carried: (before: TablesCarried, after: TablesCarried)
    /// The new version's tables with a failure code, and those deciding a call that may succeed (`decidingTables`);
    /// the old version's with a failure code that the new one still declares.
    let failingTables: Set<String>, decidingTables: Set<String>, failingTablesBefore: Set<String>
    /// The new version's tables deciding a call, at any status, which a retrying client reads (`RetryPolicy`): of a
    /// call that is not idempotent, which a retry may send twice, and of one that is.
    let resendingTables: Set<String>, retryingIdempotentTables: Set<String>
    /// Each version's phone countries by code, as the phone constraints name them.
    let phoneRules: (before: [String: PhoneNumberRules], after: [String: PhoneNumberRules])
    /// Each version's request shapes whose every operation sends its body in the query: a body field travels there.
    let queryBodied: (before: Set<String>, after: Set<String>)
    /// The tables and enums a request of either version holds: written otherwise, the provider gets another spelling.
    let sentCodes: Set<String>
    private var provider: String { after.id }

    init(before: ProviderModel, after: ProviderModel) {
        (self.before, self.after) = (before, after)
        carried = (TablesCarried(shapes: before.shapes, unions: before.unions), TablesCarried(shapes: after.shapes, unions: after.unions))
        let failing = { (model: ProviderModel) in Set(model.tables.filter { $0.entries.contains { $0.outcome == .failure } }.map(\.swiftName)) }
        failingTables = failing(after)
        // Those the new version still declares as tables: one removed, or now another kind, is said so.
        failingTablesBefore = failing(before).intersection(after.tables.map(\.swiftName))
        decidingTables = Self.decidingTables(of: after, carried: carried.after)
        // A failure status's codes decide a retry too (a user's 422 made rateLimited was resent, and diff said nothing).
        resendingTables = Self.decidingTables(of: after, carried: carried.after, idempotent: false, anyStatus: true)
        retryingIdempotentTables = Self.decidingTables(of: after, carried: carried.after, idempotent: true, anyStatus: true)
        let countries = { (model: ProviderModel) in Self.firstByKey(model.spec.phoneCountries, \.country.value).mapValues(\.rules) }
        phoneRules = (countries(before), countries(after))
        let bodiedInQuery = { (model: ProviderModel) in
            Set(Dictionary(grouping: model.operations.compactMap { operation in operation.requestType.map { ($0, operation.encoding) } }, by: \.0)
                .filter { $0.value.allSatisfy { $0.1 == .query } }.keys)
        }
        queryBodied = (bodiedInQuery(before), bodiedInQuery(after))
        sentCodes = Self.codesSent(by: before).union(Self.codesSent(by: after))
    }

    /// The tables and enums the fields of a request's shapes (and the variants of its unions) hold, at any depth.
    static func codesSent(by model: ProviderModel) -> Set<String> {
        func codes(_ type: ResolvedType) -> [String] {
            switch type {
            case .table(let reference), .enumeration(let reference): [reference.swiftName]
            case .array(let element), .map(let element): codes(element)
            default: []
            }
        }
        return Set(model.shapes.filter(\.isValidated).flatMap { $0.fields.flatMap { codes($0.type) } + ($0.listElement.map(codes) ?? []) }
            + model.unions.filter(\.isValidated).flatMap { $0.variants.flatMap { codes($0.type) } })
    }

    /// A change of how a table's or enum's codes are written: what the provider reads when a request sends them.
    func writingChange(of name: String) -> (note: String, compatibility: SpecChange.Impact) {
        sentCodes.contains(name) ? (": a request sends it, and the provider reads one spelling", .breaking) : ("", .compatible)
    }

    /// Whether two versions of a field default to the same value: numbers compared as numbers (`12.50` is `12.5`).
    static func sameDefault(_ old: FieldModel, _ new: FieldModel) -> Bool {
        switch (old.defaultValue, new.defaultValue) {
        case (.number(let a)?, .number(let b)?): Double(a) == Double(b) && Int64(a) == Int64(b)
        case (.decimal(let a)?, .decimal(let b)?): Decimal(string: a) == Decimal(string: b)
        case let (a, b): a == b
        }
    }

    func changes() -> [SpecChange] {
        var changes: [SpecChange] = []
        if before.namespace != after.namespace {
            changes.append(change(.changed, "namespace", "\(before.namespace) → \(after.namespace)", .breaking))
        }
        changes += authenticationChanges()
        // How a form or query spells a flag: the Swift API is the same, what the provider reads is not (it reads one
        // spelling: breaking, as a wire rename is) — where a message holds a flag at all (an attack).
        if before.spec.formBooleans != after.spec.formBooleans {
            let holdsFlags = after.spec.holdsFlags
            changes.append(change(
                .changed, "provider", "flags in forms and queries written \(before.spec.formBooleans.rawValue) → \(after.spec.formBooleans.rawValue)"
                    + (holdsFlags ? ": the provider reads one of them" : " (no field is a flag)"), holdsFlags ? .breaking : .compatible))
        }
        // The bytes of every non-ASCII character sent or read in a form or query change: the provider reads one charset.
        if before.spec.charset != after.spec.charset {
            changes.append(change(
                .changed, "provider", "forms and queries in \(before.spec.charset.rawValue) → \(after.spec.charset.rawValue): the provider reads and writes one of them",
                .breaking))
        }
        // How many characters an SMS holds: `provider.segmentCapacities` and every segment count made with it (a user's
        // edit of them was "No changes"). Without `maxSegments` rules nothing refuses a text for it (those rules say
        // what they now refuse).
        if before.segmentCapacities != after.segmentCapacities {
            let shown = { (capacities: SegmentCapacitiesModel?) in
                capacities.map { "GSM-7 \($0.gsm7Single)/\($0.gsm7Concatenated), UCS-2 \($0.ucs2Single)/\($0.ucs2Concatenated)" } ?? "the standard ones"
            }
            changes.append(change(
                .changed, "provider", "segment capacities \(shown(before.segmentCapacities)) → \(shown(after.segmentCapacities)): "
                    + "`provider.segmentCapacities` and the segments a text is counted in change", .compatible))
        }
        // What the requests carry decides (a review: a header moved from the provider to its one operation was breaking twice).
        let oldOperations = Dictionary(before.operations.map { ($0.spec.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let requestsChange = after.operations.contains { new in
            oldOperations[new.spec.id.value].map { Self.headerSet($0.headers) != Self.headerSet(new.headers) } ?? false
        }
        changes += headerChanges(before.spec.headers, after.spec.headers, of: "provider", what: "headers of every request", requestsChange: requestsChange)
        let unions = (before: Set(before.unions.map(\.swiftName)), after: Set(after.unions.map(\.swiftName)))
        changes += named(
            before.operations, after.operations, name: \.spec.id.value, what: "operation",
            sameAs: { "`\($0.spec.method.value) \($0.spec.baseURL?.value ?? "")\($0.spec.path.value)`" }
        ) { old, new in
            // The call reaches another URL, or the same by another method (which the provider may refuse): breaking,
            // as a base URL's change is.
            (old.spec.method.value + " " + old.spec.path.value == new.spec.method.value + " " + new.spec.path.value
                ? [] : [pathChange(old, new)])
                // A host of its own, given, changed or taken away: the call reaches another URL, and the client's
                // parameter for that host comes or goes.
                + (old.spec.baseURL?.value == new.spec.baseURL?.value
                    ? [] : [change(
                        .changed, "operation \(new.spec.id.value)",
                        "host \(old.spec.baseURL?.value ?? "the client's server") → \(new.spec.baseURL?.value ?? "the client's server"): the client's call "
                            + "reaches another URL", .breaking)])
                + headerChanges(
                    old.spec.headers, new.spec.headers, of: "operation \(new.spec.id.value)", what: "headers of its own",
                    requestsChange: Self.headerSet(old.headers) != Self.headerSet(new.headers))
                + (old.requestType == new.requestType
                    ? [] : [change(.changed, "operation \(new.spec.id.value)", "request \(old.requestType ?? "none") → \(new.requestType ?? "none"): the client's call takes another value", .breaking)])
                + (old.encoding == new.encoding
                    ? [] : [change(.changed, "operation \(new.spec.id.value)", "request encoding \(old.encoding.rawValue) → \(new.encoding.rawValue): the provider reads one of them", .breaking)])
                + (old.ownAuthentication != nil || new.ownAuthentication != nil ? ownAuthenticationChanges(old, new)
                    : old.sendsCredentials == new.sendsCredentials
                    ? [] : [change(
                        .changed, "operation \(new.spec.id.value)",
                        new.sendsCredentials ? "now sends the provider's credentials" : "no longer sends the provider's credentials "
                            + "(auth: none): a provider that asks for them refuses the call", new.sendsCredentials ? .compatible : .breaking)])
                + (old.obtainedCredential?.wirePath == new.obtainedCredential?.wirePath
                    ? [] : [change(
                        .changed, "operation \(new.spec.id.value)",
                        new.obtainedCredential.map { "now a login answering the credential at '\($0.wirePath)'" + (old.obtainedCredential == nil ? "" : " (was '\(old.obtainedCredential?.wirePath ?? "")')") }
                            ?? "no longer a login: its generated login (`\(old.swiftName)Login`) is gone",
                        old.obtainedCredential == nil ? .compatible : .breaking)])
                // Sent again after a server error, a message may reach its recipient twice: breaking, as a code made
                // retryable is (an attack: it was compatible).
                + (old.isIdempotent == new.isIdempotent
                    ? [] : [change(
                        .changed, "operation \(new.spec.id.value)",
                        new.isIdempotent ? "now idempotent: a retrying client sends it again after a server error, which may have carried it out" : "no longer idempotent: "
                            + "a retrying client no longer sends it again after a server error", new.isIdempotent ? .breaking : .compatible)])
                + {
                    let results = resultChanges(old, new, unions: unions)
                    return results + statusAnswerChanges(old, new, unions: unions, resultsChanged: !results.isEmpty)
                }()
        }
        let (kindChanges, changedKind) = declarationKindChanges()
        changes += kindChanges
        let keeping = { (name: String) in !changedKind.contains(name) }
        changes += named(
            before.tables.filter { keeping($0.swiftName) }, after.tables.filter { keeping($0.swiftName) }, name: \.swiftName, what: "table",
            compare: tableChanges)
        changes += named(
            before.shapes.filter { keeping($0.swiftName) }, after.shapes.filter { keeping($0.swiftName) }, name: \.swiftName, what: "shape",
            compare: shapeChanges)
        changes += named(before.enums.filter { keeping($0.swiftName) }, after.enums.filter { keeping($0.swiftName) }, name: \.swiftName, what: "enum") { old, new in
            // Its values are read from numbers and text alike; written, they go as the new wire says (an attack: unreported).
            let wire = { (spec: EnumSpec) in spec.wire == .number ? "a JSON number" : "text" }
            let written = writingChange(of: new.swiftName)
            return (old.spec.wire == new.spec.wire ? [] : [change(.changed, "enum \(new.swiftName)", "on the wire \(wire(old.spec)) → \(wire(new.spec))" + written.note, written.compatibility)])
                + cases(old.cases.map { ($0.value, $0.swiftName) }, new.cases.map { ($0.value, $0.swiftName) }, in: "enum \(new.swiftName)", noun: "value")
        }
        changes += named(before.unions.filter { keeping($0.swiftName) }, after.unions.filter { keeping($0.swiftName) }, name: \.swiftName, what: "union") { old, new in
            // Two discriminated unions' cases are compared by the values naming them (`discriminatorChanges`).
            let bothDiscriminated = old.discriminated != nil && new.discriminated != nil
            // A variant is its case with the value it holds: `case .text(String)` (its type alone was shown as the case, a user).
            let shown = { (union: UnionModel) in union.variants.map { ($0.caseName, "\($0.caseName)(\($0.type.swiftType))") } }
            return (bothDiscriminated ? [] : cases(shown(old), shown(new), in: "union \(new.swiftName)", noun: "variant"))
                + variantOrderChanges(old, new) + discriminatorChanges(old.discriminated, new.discriminated, in: "union \(new.swiftName)", noun: "kind")
        }
        changes += named(before.callbacks, after.callbacks, name: \.swiftName, what: "callback") { old, new in
            payloadChanges(old, new) + discriminatorChanges(old.discriminated, new.discriminated, in: "callback \(new.swiftName)", noun: "event type")
                + deliveryChanges(old, new) + signatureChanges(old, new) + acknowledgementChanges(old, new)
        }
        return changes + serverChanges()
    }

    /// Headers sent as written, the provider's or an operation's: a provider reading one (SMSFactor answers XML without
    /// its Accept) answers otherwise. By name in any case, in any order: HTTP reads them so.
    /// `requestsChange`: whether an operation's requests carry other headers for it (the provider's merged with each
    /// operation's); when none does (a header moved between them), the change is compatible.
    private func headerChanges(_ old: [FixedHeaderSpec], _ new: [FixedHeaderSpec], of subject: String, what: String, requestsChange: Bool) -> [SpecChange] {
        guard Self.headerSet(old) != Self.headerSet(new) else { return [] }
        let shown = { (headers: [FixedHeaderSpec]) in
            headers.isEmpty ? "none" : headers.map { "\($0.name.value): \($0.value.value)" }.sorted { $0.lowercased() < $1.lowercased() }.joined(separator: ", ")
        }
        return [change(
            .changed, subject,
            "\(what) \(shown(old)) → \(shown(new)): " + (requestsChange ? "the provider reads them" : "the requests carry the same headers as before"),
            requestsChange ? .breaking : .compatible)]
    }

    /// Headers as HTTP reads them: by name in any case, in any order.
    private static func headerSet(_ headers: [FixedHeaderSpec]) -> Set<String> {
        Set(headers.map { "\($0.name.value.lowercased()): \($0.value.value)" })
    }

    /// A type declared under one name as another kind (an enum that became a table of codes, a shape a union): one
    /// breaking change, where comparing each kind alone says one was removed and another added. Returns the names.
    private func declarationKindChanges() -> (changes: [SpecChange], names: Set<String>) {
        let kinds = { (model: ProviderModel) in
            [("table", model.tables.map(\.swiftName)), ("shape", model.shapes.map(\.swiftName)), ("enum", model.enums.map(\.swiftName)),
             ("union", model.unions.map(\.swiftName))]
        }
        var oldKinds: [String: String] = [:]
        for (kind, names) in kinds(before) { for name in names where oldKinds[name] == nil { oldKinds[name] = kind } }
        var changes: [SpecChange] = []
        var names = Set<String>()
        for (kind, declared) in kinds(after) {
            for name in declared {
                guard let was = oldKinds[name], was != kind, names.insert(name).inserted else { continue }
                let article = { (kind: String) in kind == "enum" ? "an \(kind)" : "a \(kind)" }
                changes.append(change(
                    .changed, "\(was) \(name)", "now \(article(kind)) of that name: code that uses it as \(article(was)) stops compiling", .breaking))
            }
        }
        return (changes, names)
    }

    /// What a client's method returns changed — a successful answer's shape or union, or one added or removed (the
    /// answer enum's cases): callers read the old type. A shape becoming a union of forms (seven.io's answer object or
    /// bare code) is such a change; the same answers listed in another order are not.
    /// `unions`: the Swift names of each version's unions.
    private func resultChanges(_ old: OperationModel, _ new: OperationModel, unions: (before: Set<String>, after: Set<String>)) -> [SpecChange] {
        let describe = { (result: OperationResult, unions: Set<String>) in result.swiftType.map { Self.answerDescription($0, unions: unions) } ?? "no documented shape" }
        let (before, after) = (old.results.map { describe($0, unions.before) }, new.results.map { describe($0, unions.after) })
        guard before.sorted() != after.sorted() else { return [] }
        return [change(.changed, "operation \(new.spec.id.value), answer", "\(before.joined(separator: " or ")) → \(after.joined(separator: " or "))", .breaking)]
    }

    /// The shape a single-shape callback's payload decodes to changed: a handler reads the old type's members (an
    /// attack: it was "No changes"). A discriminated callback's shapes are its kinds' (`discriminatorChanges`).
    private func payloadChanges(_ old: CallbackModel, _ new: CallbackModel) -> [SpecChange] {
        guard old.discriminated == nil, new.discriminated == nil, let before = old.spec.shape?.value, let after = new.spec.shape?.value,
            !before.isSameUTF8(as: after)
        else { return [] }
        return [change(.changed, "callback \(new.swiftName), payload", "shape \(before) → \(after): a handler reading the old type's members reads another", .breaking)]
    }

    /// The methods a callback arrives by, or how one carries the payload, changed: the source API stays, what the
    /// receiver accepts does not.
    private func deliveryChanges(_ old: CallbackModel, _ new: CallbackModel) -> [SpecChange] {
        guard old.deliverySummary != new.deliverySummary else { return [] }
        // A way of delivery the receiver took and now refuses (405, or a payload it no longer reads there): the
        // provider's callbacks sent that way are lost.
        let kept = Set(new.deliverySummary.components(separatedBy: ", "))
        let dropped = old.deliverySummary.components(separatedBy: ", ").filter { !kept.contains($0) }
        let detail = "\(old.deliverySummary) → \(new.deliverySummary)"
            + (dropped.isEmpty ? "" : ": its receiver refuses a callback sent as \(dropped.joined(separator: " or "))")
        return [change(.changed, "callback \(new.swiftName), methods", detail, dropped.isEmpty ? .compatible : .breaking)]
    }

    /// A signature added or changed: the source API stays, but the receiver refuses what it took (breaking); removed,
    /// it takes what it refused, forgeries among them (breaking too).
    private func signatureChanges(_ old: CallbackModel, _ new: CallbackModel) -> [SpecChange] {
        guard old.signature != new.signature else { return [] }
        let subject = "callback \(new.swiftName), signature"
        // Removed, it takes a forged callback it refused: a reviewer must see it (a user's diff called it compatible).
        guard let signature = new.signature else {
            return [change(.removed, subject, "its receiver no longer checks one: it takes a forged callback it refused", .breaking)]
        }
        // Only whether it is optional: a receiver without the secret now refuses every callback, or takes callbacks
        // unsigned it refused, forged ones too (breaking either way, as removing the signature is: an attack's CI gate
        // passed it); one given the secret checks as before.
        var madeOptional = old.signature
        madeOptional?.isOptional = signature.isOptional
        if let old = old.signature, old.isOptional != signature.isOptional, madeOptional == signature {
            return signature.isOptional
                ? [change(.changed, subject, "now optional: a receiver without the secret takes callbacks unsigned, forged ones too, which it refused; one given it checks as before", .breaking)]
                : [change(.changed, subject, "no longer optional: a receiver without the secret refuses every callback (verifying(with:))", .breaking)]
        }
        // Running code breaks as a call's does when it throws: callbacks that were taken are refused. A changed one says
        // what it was (a user read an algorithm change as a signature added).
        guard let before = old.signature else {
            let detail = "\(signature.summary): its receiver refuses a request without it, and every request until given the secret (verifying(with:))"
            return [change(.added, subject, detail, .breaking)]
        }
        let detail = "\(before.summary) → \(signature.summary): its receiver refuses a callback signed as before"
        return [change(.changed, subject, detail, .breaking)]
    }

    /// What a receiver answers a callback that decodes changed: a provider that reads the answer (Jasmin resends a
    /// callback until it reads `ACK/Jasmin`) takes one of them as not received — breaking, as a signature is, for the
    /// callbacks running receivers answer (a user's diff called it compatible). Compared whole: the summaries shown cut
    /// a long body.
    private func acknowledgementChanges(_ old: CallbackModel, _ new: CallbackModel) -> [SpecChange] {
        let (before, after) = (old.acknowledgement, new.acknowledgement)
        // The body byte for byte, as it is sent (an attack: a body respelled in NFD was "No changes").
        guard (before.status, before.contentType) != (after.status, after.contentType) || !before.body.isSameUTF8(as: after.body) else { return [] }
        // The same JSON with other spaces between its tokens (a user's `{"result": 0}` → `{"result":0}`) is read alike
        // by any JSON reader; anything else, a number respelled (`1` → `1.0`) or a key twice, may not be (an attack).
        if (before.status, before.contentType) == (after.status, after.contentType), before.contentType.flatMap(MediaType.init)?.bodyEncoding == "json",
            Self.jsonTokens(before.body) == Self.jsonTokens(after.body)
        {
            return [change(.changed, "callback \(new.swiftName), acknowledgement", "the same JSON with other spaces: read alike", .compatible)]
        }
        return [change(
            .changed, "callback \(new.swiftName), acknowledgement",
            "\(before.summary) → \(after.summary): its receiver answers otherwise, which a provider reading the answer may take as not received",
            .breaking)]
    }

    /// `text`'s UTF-8 without the spaces, tabs and line breaks outside its strings: two JSON texts that differ only there
    /// are one JSON value written alike.
    private static func jsonTokens(_ text: String) -> [UInt8] {
        var tokens: [UInt8] = []
        var inString = false, escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
                continue
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
            tokens.append(byte)
        }
        return tokens
    }

    func change(_ kind: SpecChange.Kind, _ subject: String, _ detail: String, _ impact: SpecChange.Impact) -> SpecChange {
        SpecChange(provider: provider, kind: kind, subject: subject, detail: detail, impact: impact)
    }

    /// Each item by its key, the first where two share one (lint reports a name defined twice).
    private static func firstByKey<Item>(_ items: [Item], _ key: (Item) -> String) -> [String: Item] {
        Dictionary(items.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `(old scalars → new scalars)` where two texts are one to `String`'s `==` (canonical equivalence) but not scalar for
    /// scalar, as payloads are read and Swift compares identifiers (`É` and `E` + U+0301); else "".
    static func scalarsNote(_ old: String, _ new: String) -> String {
        guard old == new, !old.isSameUTF8(as: new) else { return "" }
        let scalars = { (text: String) in
            text.unicodeScalars.filter { !$0.isASCII }.map { scalar in
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return " (the same text in other Unicode scalars: \(scalars(old).joined(separator: " ")) → \(scalars(new).joined(separator: " ")))"
    }

    /// Added and removed declarations by name, and `compare` on the ones both versions have.
    /// Items compared by name. `sameAs`, where given, says what an item is besides its name (an operation's method and
    /// path): one item gone and one come that are the same are one renamed item, compared as well (a user's renamed
    /// operation was said removed and added).
    private func named<Item>(
        _ old: [Item], _ new: [Item], name: (Item) -> String, what: String, sameAs: ((Item) -> String)? = nil,
        compare: (Item, Item) -> [SpecChange]
    ) -> [SpecChange] {
        var changes: [SpecChange] = []
        let (oldByName, newByName) = (ScalarKeyed(old, key: name), ScalarKeyed(new, key: name))
        let (gone, come) = (old.filter { newByName[name($0)] == nil }, new.filter { oldByName[name($0)] == nil })
        // Renamed: the one item gone and the one come that are the same thing.
        var renamedFrom: [String: Item] = [:]
        if let sameAs {
            let (goneBySame, comeBySame) = (Dictionary(grouping: gone, by: sameAs), Dictionary(grouping: come, by: sameAs))
            for (same, items) in goneBySame where items.count == 1 && comeBySame[same]?.count == 1 {
                renamedFrom[name(comeBySame[same]![0])] = items[0]
            }
        }
        let renamed = Set(renamedFrom.values.map(name))
        for item in gone where !renamed.contains(name(item)) {
            changes.append(change(.removed, "\(what) \(name(item))", "", .breaking))
        }
        for item in new {
            if let previous = oldByName[name(item)] {
                changes += compare(previous, item)
            } else if let previous = renamedFrom[name(item)], let sameAs {
                changes.append(change(
                    .changed, "\(what) \(name(item))", "renamed from \(name(previous)) (the same \(sameAs(item))): code naming the old name no longer compiles",
                    .breaking))
                changes += compare(previous, item)
            } else {
                changes.append(change(.added, "\(what) \(name(item))", "", .compatible))
            }
        }
        return changes
    }

    /// Cases keyed by wire value: (key, Swift case name or type). A code or value written otherwise under the same
    /// case (`Delivered` → `DELIVERED`), or the same text in other Unicode scalars, is one change: it was said gone, and
    /// added (users). `readsAsBefore(old, new)`: whether the new key's entry reads every spelling the old one read (an
    /// alias now), and `written` what writing it otherwise does; a payload then reads as before (an attack: a code and
    /// its alias that swapped roles were said to read otherwise).
    func cases(
        _ old: [(String, String)], _ new: [(String, String)], in scope: String, noun: String,
        readsAsBefore: (String, String) -> Bool = { _, _ in false }, written: (note: String, compatibility: SpecChange.Impact)? = nil
    ) -> [SpecChange] {
        var changes: [SpecChange] = []
        let (oldByKey, newByKey) = (ScalarKeyed(old, key: \.0), ScalarKeyed(new, key: \.0))
        let added = new.filter { oldByKey[$0.0] == nil }
        // Only codes and values are read from payloads; a union's variant is its case. Indexed once: a table of
        // thousands of renamed codes took time in its square (an attack).
        let respellings = noun == "variant" ? [] : added
        let bySwiftName = ScalarKeyed(respellings, key: \.1)
        let byText = Dictionary(respellings.map { ($0.0, $0) }, uniquingKeysWith: { first, _ in first })  // `==`: canonical equivalence
        var paired = Set<[UInt8]>()
        for (key, swift) in old where newByKey[key] == nil {
            guard let (newKey, newSwift) = bySwiftName[swift] ?? byText[key], !paired.contains(Array(newKey.utf8)) else {
                changes.append(change(.removed, "\(scope), \(noun) \(key)", "case .\(swift) is gone", .breaking))
                continue
            }
            paired.insert(Array(newKey.utf8))
            let keptCase = newSwift.isSameUTF8(as: swift)
            let renamed = keptCase ? "case .\(swift) kept"
                : newSwift == swift ? "case .\(swift) respelled so, and code naming it stops compiling" : "case .\(swift) → .\(newSwift)"
            let read = readsAsBefore(key, newKey)
            changes.append(change(
                .changed, "\(scope), \(noun) \(key)",
                "written \(newKey)\(Self.scalarsNote(key, newKey)), \(renamed): "
                    + (read ? "\(key) is now its alias, read as before\(written?.note ?? "")" : "a payload spelling it \(key) no longer reads as this case"),
                read && keptCase ? written?.compatibility ?? .compatible : .breaking))
        }
        let oldCases = ScalarKeyed(old, key: \.1)
        for (key, swift) in added where !paired.contains(Array(key.utf8)) {
            // Another value of a case the old version has (a discriminator's `mo` beside `sms`, both `.inboundSMS`)
            // adds no case: what it read as unknown now reads as that case (a user's diff said a case was added).
            if noun != "variant", oldCases[swift] != nil {
                changes.append(change(
                    .added, "\(scope), \(noun) \(key)", "read as .\(swift), a case it already has: a payload of it, kept as unknown until now, decodes as that case",
                    .compatible))
                continue
            }
            changes.append(change(.added, "\(scope), \(noun) \(key)", "case .\(swift)", .exhaustiveSwitches))
        }
        for (key, swift) in new {
            guard let previous = oldByKey[key], !previous.1.isSameUTF8(as: swift) else { continue }
            changes.append(change(.changed, "\(scope), \(noun) \(key)", ".\(previous.1) → .\(swift)\(Self.scalarsNote(previous.1, swift))", .breaking))
        }
        return changes
    }

    /// Codes are compared as the registry records them: canonical (`0` and `"000"` are one code of an int table).
    /// They are shown as lint shows them (`shown`): an integer code bare, any other quoted, so `""` and `"A B"` show;
    /// quoting keeps distinct codes distinct, so the codes are compared as shown.
    private func tableChanges(_ old: TableModel, _ new: TableModel) -> [SpecChange] {
        let scope = "table \(new.swiftName)"
        let shown = new.spec.codeType.shown
        let oldRows = Self.rows(of: old), newRows = Self.rows(of: new)
        var changes: [SpecChange] = []
        // A table's key type is its `RawCode` (`Sent(rawCode: "true")` stops compiling); its wire, what the provider gets.
        let (oldType, newType) = (old.spec.codeType.rawCodeType, new.spec.codeType.rawCodeType)
        if oldType != newType { changes.append(change(.changed, scope, "RawCode \(oldType) → \(newType)", .breaking)) }
        let written = writingChange(of: new.swiftName)
        if old.spec.wireFormat != new.spec.wireFormat {
            // Padded otherwise where no request sends it: read as before, written otherwise (an encoded answer, the
            // sandbox's: a user).
            let padding = if case .string = old.spec.wireFormat, case .string = new.spec.wireFormat { true } else { false }
            let note = written.compatibility == .breaking || !padding ? written.note : ": read as before; an answer encoded again (the sandbox's) writes the new padding"
            changes.append(change(.changed, scope, "on the wire \(Self.shown(old.spec.wireFormat)) → \(Self.shown(new.spec.wireFormat))" + note, written.compatibility))
        }
        // A code respelled whose new entry reads every spelling the old one read (the old code now an alias).
        let (oldShown, newShown) = (ScalarKeyed(oldRows.map(\.record), key: { shown($0.code) }), ScalarKeyed(newRows.map(\.record), key: { shown($0.code) }))
        let isNumeric = new.spec.codeType == .int
        let readsAsBefore = { (oldKey: String, newKey: String) -> Bool in
            guard let before = oldShown[oldKey], let after = newShown[newKey] else { return false }
            return ([before.code] + before.aliases).allSatisfy { spelling in
                ([after.code] + after.aliases).contains { $0.isSameUTF8(as: spelling) }
                    || StatusTable.canonicalCode(spelling, isNumeric: isNumeric).isSameUTF8(as: after.code)
            }
        }
        // The table's own words, said once (a new source was said for each of 54 codes, a new title not at all): its
        // doc comment, Docs page and registry entry change, its API does not.
        let (oldTable, newTable) = (old.resolved, new.resolved)
        if oldTable.title != newTable.title {
            changes.append(change(.changed, scope, "title \(DisplayText.quoted(oldTable.title)) → \(DisplayText.quoted(newTable.title))", .compatible))
        }
        if oldTable.source != newTable.source {
            changes.append(change(.changed, scope, "source \(DisplayText.quoted(oldTable.source)) → \(DisplayText.quoted(newTable.source))", .compatible))
        }
        changes += cases(
            oldRows.map { (shown($0.record.code), $0.swiftName) }, newRows.map { (shown($0.record.code), $0.swiftName) }, in: scope, noun: "code",
            readsAsBefore: readsAsBefore, written: written)
        let oldRecords = ScalarKeyed(oldRows.map(\.record), key: \.code)
        for (record, _) in newRows {
            guard let previous = oldRecords[record.code] else { continue }
            var facts: [String] = []
            func compare<Value: Equatable>(_ label: String, _ path: KeyPath<RegistryEntry, Value>, _ show: (Value) -> String) {
                if previous[keyPath: path] != record[keyPath: path] { facts.append("\(label) \(show(previous[keyPath: path])) → \(show(record[keyPath: path]))") }
            }
            compare("description", \.description) { DisplayText.quoted($0) }
            compare("cause", \.cause) { $0.map(DisplayText.quoted) ?? "none" }
            compare("HTTP", \.httpStatuses) { $0.map(String.init).joined(separator: ",") }
            compare("outcome", \.outcome) { $0.rawValue }
            compare("category", \.category) { $0.rawValue }
            compare("retryable", \.retryable) { String($0) }
            compare("delivery state", \.deliveryState) { $0?.rawValue ?? "none" }
            compare("final", \.isFinal) { $0.map(String.init) ?? "none" }
            compare("our explanation", \.explanation) { $0.map(DisplayText.quoted) ?? "none" }
            compare("meanings per operation", \.perOperation) { meanings in
                meanings.isEmpty ? "none" : meanings.map { "\($0.operation): \(DisplayText.quoted($0.description))" }.joined(separator: ", ")
            }
            // A code citing its table's source both before and after changed with the table: said once, above.
            if previous.source != oldTable.source || record.source != newTable.source { compare("source", \.source) { DisplayText.quoted($0) } }
            // A code's own spelling (`'007'` beside `padding: 2`): read as before, written otherwise. A change of the
            // table's wire respells every code; said once above.
            let respelled = old.spec.wireFormat == new.spec.wireFormat && previous.codeAsSent != record.codeAsSent
            if respelled { facts.append("written \(DisplayText.quoted(previous.codeAsSent)) → \(DisplayText.quoted(record.codeAsSent))" + written.note) }
            // Scalar for scalar, as codes are read: an alias respelled in other scalars is another alias.
            if previous.aliases.map({ Array($0.utf8) }) != record.aliases.map({ Array($0.utf8) }) {
                facts.append("aliases \(Self.shownAliases(previous.aliases)) → \(Self.shownAliases(record.aliases))")
            }
            // A spelling no longer read as this code reads as an undocumented one: a payload decodes otherwise.
            // (An int table's alias spelling the code itself, `000` of 0, reads as it all the same.)
            let unread = previous.aliases.filter { alias in
                !record.aliases.contains { $0.isSameUTF8(as: alias) } && StatusTable.canonicalCode(alias, isNumeric: new.spec.codeType == .int) != record.code
            }
            // One another code of the table now reads is that code (a user's alias made a code of its own was said undocumented).
            let readByAnother = unread.compactMap { alias in newTable.entry(for: alias).map { (alias, $0.code) } }
            let undocumented = unread.filter { alias in !readByAnother.contains { $0.0 == alias } }
            for (alias, code) in readByAnother {
                let caseName = newRows.first { $0.record.code == code }.map { " (case .\($0.swiftName))" } ?? ""
                facts.append("a payload spelling it \(alias) now reads as code \(shown(code))\(caseName)")
            }
            if !undocumented.isEmpty { facts.append("a payload spelling it \(undocumented.joined(separator: " or ")) now reads as an undocumented code") }
            guard !facts.isEmpty else { continue }
            // A code of a table that decides a call made a failure makes the call throw, as a tighter rule does.
            let throwsNow = record.outcome == .failure && previous.outcome != .failure && decidingTables.contains(new.swiftName)
            if throwsNow { facts.append("a call whose answer holds it now throws") }
            // And the reverse: a call that threw returns, its error handling never reached (a user).
            let returnsNow = record.outcome != .failure && previous.outcome == .failure && decidingTables.contains(new.swiftName)
            if returnsNow { facts.append("a call whose answer holds it no longer throws") }
            // What a registry-driven retry policy does with a call whose answer holds it (`RetryPolicy`): sent again,
            // a message may reach its recipient twice.
            // A retry of an idempotent call (a look-up) sends nothing twice: listed, not breaking (an attack).
            // A server error (`networkError`) sends no call that is not idempotent again: the first may have been carried
            // out (a user's POST's 500 made one was said to be sent again).
            let retriedNow = !previous.retryable && record.retryable && record.outcome == .failure && record.category != .networkError
                && resendingTables.contains(new.swiftName)
            // Said only of calls it decides (a review: a look-up saying `tables: []` was said to be sent again).
            let retriedIdempotent = retryingIdempotentTables.contains(new.swiftName)
            if previous.retryable != record.retryable, record.outcome == .failure {
                if !record.retryable, resendingTables.contains(new.swiftName) || retriedIdempotent {
                    facts.append("a retrying client no longer sends it again")
                } else if retriedNow {
                    facts.append("a retrying client now sends again a call whose answer holds it")
                } else if record.retryable, retriedIdempotent {
                    facts.append(
                        "a retrying client now sends again an idempotent call whose answer holds it, "
                            + (record.category == .networkError && resendingTables.contains(new.swiftName)
                                ? "and never one that is not idempotent (a server error)" : "which acts once"))
                }
            }
            // Whether a message in this state may still change: a poller stops there, or goes on polling.
            // Said or no longer said too (an attack: `final: true` → none was compatible).
            let finalChanged = (previous.isFinal ?? false) != (record.isFinal ?? false)
            if finalChanged {
                facts.append(record.isFinal == true ? "a poller now stops at this state" : "a poller no longer stops at this state")
            }
            // A call that is not idempotent is sent again on a retryable failure unless it is a server error (`networkError`:
            // the first may have been carried out; `RetryPolicy`): made another category, it is sent again (a user).
            let resentNow = previous.retryable && record.retryable && record.outcome == .failure && previous.category == .networkError
                && record.category != .networkError && resendingTables.contains(new.swiftName)
            if resentNow { facts.append("no longer a server error: a retrying client now sends again a call that is not idempotent whose answer holds it") }
            // And the reverse (a user's rateLimited → networkError was said as a plain change): no longer sent again.
            let noLongerResent = previous.retryable && record.retryable && record.outcome == .failure && previous.category != .networkError
                && record.category == .networkError && resendingTables.contains(new.swiftName)
            if noLongerResent { facts.append("now a server error: a retrying client no longer sends again a call that is not idempotent whose answer holds it") }
            // What code reading a report branches on (`isSuccess`, `deliveryState`): a delivered status made pending (a user's
            // diff listed it as compatible) is counted otherwise by every app that counts deliveries.
            // Pending and failure likewise, in a table that decides no call: `failures` and `allSucceeded` (an attack).
            let successChanged = (previous.outcome == .success) != (record.outcome == .success) && !throwsNow && !returnsNow
            if successChanged { facts.append("isSuccess is now \(record.outcome == .success) for it: code branching on it reads it otherwise") }
            let failureChanged = (previous.outcome == .failure) != (record.outcome == .failure) && !throwsNow && !returnsNow
            if failureChanged { facts.append("it is \(record.outcome == .failure ? "now" : "no longer") among an answer's failures") }
            // A state given or taken away too (an attack: `delivered` → none was compatible).
            let stateChanged = previous.deliveryState != record.deliveryState
            if stateChanged { facts.append("code reading its deliveryState reads \(record.deliveryState == nil ? "none" : "another state")") }
            let breaking = throwsNow || returnsNow || !unread.isEmpty || retriedNow || resentNow || finalChanged || successChanged || failureChanged
                || stateChanged
                || (respelled && written.compatibility == .breaking)
            changes.append(change(.changed, "\(scope), code \(shown(record.code))", facts.joined(separator: "; "), breaking ? .breaking : .compatible))
        }
        return changes
    }

    /// A code's aliases as the diff shows them.
    private static func shownAliases(_ aliases: [String]) -> String { aliases.isEmpty ? "none" : aliases.joined(separator: ", ") }

    /// How a table's codes travel, as the diff says it.
    private static func shown(_ format: CodeWireFormat) -> String {
        switch format {
        case .number: "a JSON number"
        case .string(let digits): digits > 0 ? "text padded to \(digits) digits" : "text"
        case .boolean: "a JSON boolean"
        }
    }

    /// Each entry of `table` as the registry records it, with its Swift case name.
    private static func rows(of table: TableModel) -> [(record: RegistryEntry, swiftName: String)] {
        Array(zip(table.resolved.entries.map { RegistryEntry($0, in: table.resolved) }, table.entries.map(\.swiftName)))
    }

    private func shapeChanges(_ old: ShapeModel, _ new: ShapeModel) -> [SpecChange] {
        let scope = "shape \(new.swiftName)"
        var changes: [SpecChange] = []
        if old.listElement?.swiftType != new.listElement?.swiftType {
            changes.append(change(.changed, scope, "list of \(old.listElement?.swiftType ?? "fields") → \(new.listElement?.swiftType ?? "fields")", .breaking))
        }
        let wireName = { (field: FieldModel) in field.spec.wireName.value }
        let (oldFields, newFields) = (ScalarKeyed(old.fields, key: wireName), ScalarKeyed(new.fields, key: wireName))
        // A field whose wire name changed and whose property did not: the Swift API is the same, the wire is not.
        let gone = old.fields.filter { newFields[wireName($0)] == nil }
        let goneBySwiftName = ScalarKeyed(gone, key: \.swiftName)
        var renamedOnWire: [String: FieldModel] = [:]
        for field in new.fields where oldFields[wireName(field)] == nil {
            if let previous = goneBySwiftName[field.swiftName] { renamedOnWire[wireName(field)] = previous }
        }
        let renamedFrom = Set(renamedOnWire.values.map(wireName))
        for field in gone where !renamedFrom.contains(wireName(field)) {
            changes.append(change(.removed, "\(scope), field \(field.spec.wireName.value)", "property \(field.swiftName) is gone", .breaking))
        }
        // The initializer takes the fields in their order, and Swift takes labelled arguments only in that order: the
        // fields both versions have, in another order, break every call naming them (an attack: "No changes").
        let (oldBySwiftName, newBySwiftName) = (ScalarKeyed(old.fields, key: \.swiftName), ScalarKeyed(new.fields, key: \.swiftName))
        let keptBefore = old.fields.map(\.swiftName).filter { newBySwiftName[$0] != nil }
        let keptAfter = new.fields.map(\.swiftName).filter { oldBySwiftName[$0] != nil }
        if !keptBefore.elementsEqual(keptAfter, by: { $0.isSameUTF8(as: $1) }) {
            let labels = { (names: [String]) in "init(" + names.prefix(8).map { "\($0):" }.joined() + (names.count > 8 ? "…" : "") + ")" }
            changes.append(change(
                .changed, scope, "fields in another order: \(labels(keptBefore)) → \(labels(keptAfter)): a call naming them in the old order stops compiling",
                .breaking))
        }
        // What validate() asks of a message: the code compiles either way, but a request it passed may now be refused.
        let groups = { (shape: ShapeModel) in shape.presence.map { "\($0.rule.rawValue) of \($0.fields.map(\.spec.wireName.value).joined(separator: ", "))" } }
        let (oldGroups, newGroups) = (groups(old), groups(new))
        let (oldGroupSet, newGroupSet) = (Set(oldGroups), Set(newGroups))
        for group in oldGroups where !newGroupSet.contains(group) {
            changes.append(change(.changed, scope, "validate() no longer asks for \(group)", .compatible))
        }
        for group in newGroups where !oldGroupSet.contains(group) {
            changes.append(change(.changed, scope, "validate() now asks for \(group): a request it passed may be refused", .breaking))
        }
        // What the answer's text reads as: the Swift type is the same.
        // Scalar for scalar, as an answer is matched (an attack: `Reçu` respelled in NFD was "No changes", and every
        // answer in the old spelling stopped reading).
        if !old.textForms.elementsEqual(new.textForms, by: { $0.isSameUTF8(as: $1) }) {
            let wire = { (shape: ShapeModel) in
                shape.textForms.isEmpty ? "JSON" : "plain text in the forms " + shape.textForms.map { DisplayText.quoted($0) }.joined(separator: ", ")
            }
            // Forms are tried in order: forms added after the old ones read only answers none read before; any other
            // change may read an answer in an old form otherwise, or not at all (an attack: it was compatible).
            let added = new.textForms.count > old.textForms.count && !old.textForms.isEmpty
                && zip(old.textForms, new.textForms).allSatisfy { $0.isSameUTF8(as: $1) }
            let respelled = zip(old.textForms, new.textForms).first { !$0.isSameUTF8(as: $1) }.map { Self.scalarsNote($0, $1) } ?? ""
            changes.append(change(
                .changed, scope,
                "on the wire \(wire(old)) → \(wire(new))\(respelled)" + (added ? "" : ": an answer in an old form no longer reads as it did"),
                added ? .compatible : .breaking))
        }
        // A list of text answers cut at other text: its type is the same, its answers read otherwise.
        if let line = new.lineShape, old.lineShape != nil, old.spec.separator?.value != new.spec.separator?.value {
            let wire = { (shape: ShapeModel) in shape.spec.separator.map { "joined by \(DisplayText.quoted($0.value))" } ?? "one a line" }
            changes.append(change(
                .changed, scope, "on the wire \(line) answers \(wire(old)) → \(wire(new)): an answer of several no longer reads as it did", .breaking))
        }
        for field in new.fields {
            let subject = "\(scope), field \(field.spec.wireName.value)"
            if let previous = renamedOnWire[wireName(field)], previous.spec.placement == .header, field.spec.placement == .header,
                wireName(previous).lowercased() == wireName(field).lowercased()
            {
                // HTTP reads a header's name in any case: nothing on the wire changes (an attack: it was breaking).
                changes.append(change(
                    .changed, subject, "header \(DisplayText.quoted(wireName(previous))) written \(DisplayText.quoted(wireName(field))): "
                        + "HTTP reads header names in any case", .compatible))
            } else if let previous = renamedOnWire[wireName(field)] {
                // Whether a message with the old name still decodes depends on the new field alone.
                // Breaking either way: an optional field's value under the old name is silently lost (users: every
                // answer's message id nil), and a request's field reaches the provider under a name it did not read.
                // A name in other scalars is read either way (keys compare as text), and written in the new ones.
                let required = field.spec.required && field.spec.defaultValue == nil
                let read = wireName(previous) == wireName(field) ? "read as before"
                    : required ? "a message with the old name no longer decodes" : "a value under the old name is no longer read"
                changes.append(change(
                    .changed, subject, "on the wire \(DisplayText.quoted(wireName(previous))) → \(DisplayText.quoted(wireName(field)))"
                        + "\(Self.scalarsNote(wireName(previous), wireName(field))), property \(field.swiftName) unchanged: \(read)"
                        + ", and messages are written with the new one",
                    .breaking))
            }
            guard let previous = oldFields[wireName(field)] ?? renamedOnWire[wireName(field)] else {
                let needsArgument = field.spec.required && field.spec.defaultValue == nil
                changes.append(change(
                    .added, subject, needsArgument ? "required: the initializer gains a parameter" : "optional",
                    needsArgument ? .breaking : .compatible))
                continue
            }
            let oldType = previous.type.swiftType + (previous.isNonOptional ? "" : "?")
            let newType = field.type.swiftType + (field.isNonOptional ? "" : "?")
            if previous.swiftName != field.swiftName {
                changes.append(change(.changed, subject, "property \(previous.swiftName) → \(field.swiftName)", .breaking))
            }
            if oldType != newType {
                changes.append(change(.changed, subject, "type \(oldType) → \(newType)", .breaking))
            }
            let rules = (
                before: CheckedRules(previous.spec.constraints, in: before, phoneRules: phoneRules.before),
                after: CheckedRules(field.spec.constraints, in: after, phoneRules: phoneRules.after))
            if rules.before.description != rules.after.description {
                let tighter = rules.after.isTighter(than: rules.before)
                changes.append(change(
                    .changed, subject, "constraints \(rules.before.description) → \(rules.after.description)" + (tighter ? ": a request validate() passed may be refused" : ""),
                    tighter ? .breaking : .compatible))
            }
            // What an absent value reads as, and what a message left without it sends: no call stops compiling, but its
            // value silently changes (smsc.ru's `fmt: 3` → `0` switches its answers from JSON to text). A default given
            // to a field that was required changes no message (an absent value failed to decode); `12.50` is `12.5`.
            if !Self.sameDefault(previous, field) {
                let shown = { (value: Located<String>?) in value.map { "`\($0.value)`" } ?? "none" }
                let wasRequired = previous.spec.required && previous.spec.defaultValue == nil
                changes.append(change(
                    .changed, subject, "default \(shown(previous.spec.defaultValue)) → \(shown(field.spec.defaultValue)): "
                        + (wasRequired ? "an absent value, which did not decode, reads as it" : "an absent value reads as, and a message left without it sends, the new one"),
                    wasRequired ? .compatible : .breaking))
            }
            if case .timestamp(let oldFormats, let oldZone) = previous.type, case .timestamp(let formats, let zone) = field.type,
                !oldFormats.elementsEqual(formats, by: { $0.isSameUTF8(as: $1) }) || oldZone != zone
            {
                let wire = { (formats: [String], zone: String?) in formats.map { "`\($0)`" }.joined(separator: " or ") + (zone.map { " in \($0)" } ?? "") }
                // A date the provider writes in the old form no longer decodes, or reads as another instant; one sent
                // reaches it in a form it did not read (an attack): breaking, as a wire rename is.
                changes.append(change(
                    .changed, subject, "dates on the wire \(wire(oldFormats, oldZone)) → \(wire(formats, zone)): a date written the old way "
                        + "no longer reads as it did", .breaking))
            }
            // A value read as the JSON its text holds, or as itself: a payload written the old way reads otherwise.
            if previous.spec.isJSONText != field.spec.isJSONText {
                changes.append(change(
                    .changed, subject, field.spec.isJSONText
                        ? "now travels as text holding its JSON (contentType: application/json): a value sent as itself no longer reads"
                        : "no longer travels as text holding its JSON (contentType removed): a value sent as JSON text no longer reads",
                    .breaking))
            }
            if previous.spec.preEncoded != field.spec.preEncoded {
                changes.append(change(
                    .changed, subject, field.spec.preEncoded ? "now sent with its escapes as given" : "now percent-encoded when sent", .compatible))
            }
            if previous.spec.role?.value != field.spec.role?.value {
                let shown = { (role: Located<FieldRole>?) in role.map { "'\($0.value.rawValue)'" } ?? "none" }
                changes.append(change(
                    .changed, subject, "role \(shown(previous.spec.role)) → \(shown(field.spec.role)) (\(Self.roleMeaning(previous.spec.role?.value, field.spec.role?.value)))", .compatible))
            }
            if previous.spec.unit?.value != field.spec.unit?.value, previous.spec.role?.value == field.spec.role?.value {
                let shown = { (unit: Located<DurationUnit>?) in unit?.value.rawValue ?? "none" }
                changes.append(change(
                    .changed, subject, "unit \(shown(previous.spec.unit)) → \(shown(field.spec.unit)) (how long a login's credential lasts, which the generated client reads)", .compatible))
            }
            if previous.spec.lenient != field.spec.lenient {
                // A value the provider sends in the other kind no longer decodes: a call whose answer holds one throws. A
                // lenient text field reads numbers and booleans; any other lenient field reads text.
                let otherKind = field.type == .string ? "a number or boolean" : "text"
                let fact = field.spec.lenient
                    ? (field.type == .string ? "now also accepts a number or boolean" : "now also accepted as text")
                    : (field.type == .string ? "no longer accepts a number or boolean" : "no longer accepted as text") + ": a value sent as \(otherKind) no longer decodes"
                changes.append(change(.changed, subject, fact, field.spec.lenient ? .compatible : .breaking))
            }
            // Where a request's field travels: the Swift API is the same, the HTTP request is not, and the provider reads
            // the field in one place — breaking, as a wire rename is; but a body field of a shape only sent by operations
            // that put their body in the query travels there already (an attack).
            if previous.spec.placement != field.spec.placement {
                let places: Set<FieldPlacement> = [previous.spec.placement, field.spec.placement]
                let same = places == [.body, .query] && queryBodied.before.contains(old.swiftName) && queryBodied.after.contains(new.swiftName)
                changes.append(change(
                    .changed, subject, "sent \(previous.spec.placement.whereSent) → \(field.spec.placement.whereSent)"
                        + (same ? " (its operations send their body in the query)" : ": the provider reads it in one of them"), same ? .compatible : .breaking))
            }
            // The Swift type stays a list; what goes on the wire does not: a list written the old way reads as another
            // (`"a,b"` one element, or elements split apart).
            if case .array = previous.type, case .array = field.type, previous.separatedList?.separator != field.separatedList?.separator {
                let wire = { (model: FieldModel) in model.separatedList.map { "one text joined by \(DisplayText.quoted($0.separator))" } ?? "a list" }
                changes.append(change(
                    .changed, subject, "on the wire \(wire(previous)) → \(wire(field)): a list written the old way no longer reads as it did", .breaking))
            }
        }
        return changes
    }
}

extension FieldPlacement {
    /// Where a field of this placement is sent, as `smsspec diff` says it.
    var whereSent: String {
        switch self {
        case .body: "in the body"
        case .path: "in the path"
        case .query: "in the query"
        case .header: "in a header"
        case .wholeBody: "as the whole body"
        }
    }
}

extension ProviderComparison {
    /// An answer as `smsspec diff` names it, among `unions`: `shape Sent`, `union SendAnswer`.
    static func answerDescription(_ name: String, unions: Set<String>) -> String {
        (unions.contains(name) ? "union " : "shape ") + name
    }
}

/// Items by a text compared scalar for scalar, the first where two share one: `String`'s `==` and hashing take `É` and
/// `E` + U+0301 for one text, where payloads are read and Swift compares identifiers scalar for scalar, so the diff said
/// "No changes" of a code, value, wire name or case respelled so (an attack).
struct ScalarKeyed<Item> {
    private var items: [[UInt8]: Item] = [:]

    init(_ list: [Item], key: (Item) -> String) {
        for item in list where items[Array(key(item).utf8)] == nil { items[Array(key(item).utf8)] = item }
    }

    subscript(_ key: String) -> Item? { items[Array(key.utf8)] }
}
