import Foundation

/// One thing wrong with a request, found before it is sent.
public struct ValidationViolation: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Where in the request: `datapacket[3].number`.
    public let path: String
    /// The rule that failed: `maxLength`, `pattern`, `required`, …
    public let rule: String
    public let message: String
    /// The provider code the provider would answer with, where the spec names one.
    public let providerCode: StatusEntry?
    /// Whether that code is the spec's inference: the provider's documents do not tie the rule to it.
    public let providerCodeIsInferred: Bool

    public init(path: String, rule: String, message: String, providerCode: StatusEntry? = nil, providerCodeIsInferred: Bool = false) {
        self.path = path
        self.rule = rule
        self.message = message
        self.providerCode = providerCode
        self.providerCodeIsInferred = providerCode != nil && providerCodeIsInferred
    }

    init(path: String, rule: String, message: String, expected: ExpectedProviderCode?) {
        self.init(path: path, rule: rule, message: message, providerCode: expected?.entry, providerCodeIsInferred: expected?.isInferred ?? false)
    }

    /// The code as the violation carries it, for a check that records it again.
    var expectedProviderCode: ExpectedProviderCode? {
        providerCode.map { ExpectedProviderCode(entry: $0, isInferred: providerCodeIsInferred) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path), rule: try container.decode(String.self, forKey: .rule),
            message: try container.decode(String.self, forKey: .message),
            providerCode: try container.decodeIfPresent(StatusEntry.self, forKey: .providerCode),
            providerCodeIsInferred: try container.decodeIfPresent(Bool.self, forKey: .providerCodeIsInferred) ?? false)
    }

    /// "would answer 27 ABSENT_SUBSCRIBER", "would probably answer 4 Destination address unreachable"; nil without a code.
    public var providerAnswer: String? {
        providerCode.map { ProviderCodeInference.answer($0, isInferred: providerCodeIsInferred) }
    }

    /// `to: "+385 91" does not match ^[0-9]{9,15}$ (bind would probably answer DESTINATION_ADDRESS_INVALID; our
    /// inference: …)`.
    public var description: String {
        guard let providerCode, let providerAnswer else { return "\(path): \(message)" }
        return "\(path): \(message) (\(providerCode.provider) \(providerAnswer)\(providerCodeIsInferred ? "; \(ProviderCodeInference.note)" : ""))"
    }
}

/// The provider code a broken rule gets, as a spec's `providerCodes` names it: the table entry, and whether the
/// provider's documents tie the rule to it or the spec infers it (`inferred: true`).
@_spi(Generated) public struct ExpectedProviderCode: Sendable {
    public let entry: StatusEntry
    public let isInferred: Bool

    public init(entry: StatusEntry, isInferred: Bool) {
        self.entry = entry
        self.isInferred = isInferred
    }

    /// A code the documents give for the broken rule.
    public static func documented(_ entry: StatusEntry?) -> Self? { entry.map { Self(entry: $0, isInferred: false) } }
    /// A code the spec infers for the broken rule.
    public static func inferred(_ entry: StatusEntry?) -> Self? { entry.map { Self(entry: $0, isInferred: true) } }

}

/// A generated request or request part that can check itself against its spec's constraints.
public protocol ValidatableMessage {
    /// Every violation, not just the first; `path` prefixes each violation's path.
    func validate(at path: String) -> [ValidationViolation]
}

extension ValidatableMessage {
    /// Every violation of the spec's constraints; empty when the request is valid. A request an operation sends as a
    /// form or query in the provider's `charset` also names each field holding a character that charset cannot write
    /// (rule `charset`), which `httpRequest` refuses (a user's emoji passed `validate()`, then nothing was sent; a
    /// user's en dash passed it for a request two operations send).
    public func validate() -> [ValidationViolation] {
        Validation.sharingPatternTime { validate(at: "") } + ((self as? any ProviderMessage)?.unwritableInCharset() ?? [])
    }
}

extension ProviderMessage {
    /// The fields its form or query carries that the provider's charset cannot write, as `httpRequest` finds them.
    func unwritableInCharset() -> [ValidationViolation] {
        guard Self.formCharset != .utf8 else { return [] }
        let formBody = (Self.self as? any ProviderRequest.Type).map { [.form, .query].contains($0.operation.encoding) } ?? Self.bodyIsFormEncoded
        let inCharset = { (name: String) in
            !Self.pathFields.contains(name) && !Self.headerFields.contains(name) && !Self.preEncodedFields.contains(name)
                && (Self.queryFields.contains(name) || formBody)
        }
        guard let fields = try? FormEncoder.fields(of: self, sentAsText: { _ in true }, booleans: Self.formBooleans, inWriteOrder: true) else { return [] }
        return Self.formCharset.unwritable(fields.filter { inCharset($0.name) })
    }
}

extension FormCharset {
    /// A violation (rule `charset`) for each field whose value or name (a map's key, as `httpRequest` writes both: a
    /// review) holds a character this charset cannot write; the generated `validate()` and a spec file's rules
    /// (`RuleInterpreter`) both ask it.
    @_spi(Generated) public func unwritable(_ fields: [(name: String, value: String)]) -> [ValidationViolation] {
        fields.filter { bytes(of: $0.value) == nil || bytes(of: $0.name) == nil }.map { field in
            ValidationViolation(
                path: field.name, rule: "charset",
                message: "holds a character \(rawValue), the charset the provider reads forms and queries in, cannot write")
        }
    }
}

/// The checks generated validators are made of, and what they found. Each check reads one field (an absent value
/// passes: `required` is the decoder's business), names it by its wire name, and records what breaks the rule at
/// `path.field` with the provider code the spec names for it. The path is joined only when something is recorded.
@_spi(Generated) public struct Validation {
    /// The path of the message being checked: empty at the top, `datapacket[3]` inside a list.
    public let path: String
    public private(set) var violations: [ValidationViolation] = []
    /// The credentials of the message, which a violation quoting another field's value never shows (a callback URL
    /// repeating the API secret in its query); nil when it has none.
    private let secrets: SecretSpellings?

    /// `secrets`: the message's credentials (its `Secret` fields).
    public init(at path: String, hiding secrets: [Secret?] = []) {
        self.path = path
        let values = secrets.compactMap { $0?.value }.filter { $0.utf8.count >= Secret.shortestFoundInText }
        self.secrets = values.isEmpty ? nil : SecretSpellings(values)
    }

    /// Elements of a list beyond those whose violations are named are only counted (`elementViolations`): their
    /// messages are not written.
    @TaskLocal static var isCounting = false

    /// The CPU time the patterns of one request may take together (`Patterns.timePerRequest`): each value's
    /// `Patterns.timeLimit` alone let a request of 4,000 values a pattern lint accepts takes 0.4 s on hold `validate()`
    /// for half an hour (an attack). The values after it is spent are reported as not checked, without matching.
    public static let patternTimePerRequest = Patterns.timePerRequest

    /// `body`, its patterns (the `phone` rule's too) sharing `patternTimePerRequest`, or the time left of an enclosing
    /// call's.
    public static func sharingPatternTime<Result>(_ body: () -> Result) -> Result { Patterns.sharingTime(body) }

    static func notCheckedForTime(_ pattern: String) -> String {
        "was not checked against \(pattern): this request's patterns had taken the \(Self.patternTimePerRequest.components.seconds) s "
            + "of CPU time one request's may take (the regular-expression engine takes long on some values); send fewer at once"
    }

    /// Records one violation of `field`. A credential's message names the rule, never the value; any other's shows
    /// none of the message's credentials (each spelling `<redacted>`).
    public mutating func record(
        field: String, rule: String, code: @autoclosure () -> ExpectedProviderCode? = nil, credential: Bool = false, _ message: @autoclosure () -> String
    ) {
        let message = Self.isCounting ? "" : credential ? "breaks the \(rule) rule (a credential: its value is not shown)" : hidden(message())
        violations.append(.init(path: MessagePath.join(path, field), rule: rule, message: message, expected: code()))
    }

    /// Violations found by another validator (a nested message's), already at their paths: a nested message's URL
    /// may repeat this message's credentials, which its messages never show either.
    public mutating func record(_ found: [ValidationViolation]) {
        guard let secrets, !Self.isCounting else { return violations += found }
        violations += found.map { $0.redacting(with: secrets.sweep) }
    }

    /// `text` without the message's credentials (each spelling `<redacted>`).
    func hidden(_ text: String) -> String { secrets.map { $0.sweep.redacting(text) } ?? text }

    /// A value as a violation quotes it: the message's credentials hidden before it is escaped and cut, so that
    /// neither an escape (`pa\"ss`) nor the cut (`…&key=LIVEKEY12…`) leaves one showing; a URL's user information too.
    public func quoted(_ value: String, url: Bool = false) -> String { Self.quoted(value, url: url, hiding: secrets) }

    /// `quoted(_:url:)` for a check's message, which reads no `self` while the check records it.
    static func quoted(_ value: String, url: Bool = false, hiding secrets: SecretSpellings?) -> String {
        let shown = url ? DisplayText.redactingURLUserinfo(value) : value
        return DisplayText.quotedExcerpt(secrets.map { $0.sweep.redacting(shown) } ?? shown, length: value.unicodeScalars.count)
    }

    public mutating func length(
        _ value: (some ValidatedText)?, min: Int? = nil, max: Int? = nil, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let value else { return }
        let count = value.validatedText.unicodeScalars.count
        let credential = type(of: value).isCredential
        if let min, count < min {
            record(field: field, rule: "minLength", code: code(), credential: credential, "is \(count) characters long; the minimum is \(min)")
        }
        if let max, count > max {
            record(field: field, rule: "maxLength", code: code(), credential: credential, "is \(count) characters long; the maximum is \(max)")
        }
    }

    public mutating func pattern(_ value: (some ValidatedText)?, _ pattern: String, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        guard let value else { return }
        let text = value.validatedText
        guard !Patterns.requestTimeIsSpent else {
            return record(field: field, rule: "pattern", code: code(), credential: type(of: value).isCredential, Self.notCheckedForTime(pattern))
        }
        let verdict = Patterns.verdict(text, pattern)
        guard verdict != .matches else { return }
        let secrets = self.secrets
        // Written only when recorded (an element only counted writes none).
        func problem() -> String {
            guard verdict == .doesNotMatch else {
                return "could not be checked against \(pattern): the regular-expression engine gave up on its "
                    + "\(text.unicodeScalars.count) characters (it ran out of backtracking stack or time); send fewer at once"
            }
            // Quoted as a URL is: a malformed one a `url` field also refuses (`shop:pw@host/dlr`) shows no password.
            return "\(Self.quoted(text, url: true, hiding: secrets)) does not match \(pattern)"
        }
        record(field: field, rule: "pattern", code: code(), credential: type(of: value).isCredential, problem())
    }

    public mutating func range<Number: BinaryInteger>(
        _ value: Number?, min: Int? = nil, max: Int? = nil, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let value else { return }
        if let min, value < min { record(field: field, rule: "minimum", code: code(), "is \(value); the minimum is \(min)") }
        if let max, value > max { record(field: field, rule: "maximum", code: code(), "is \(value); the maximum is \(max)") }
    }

    public mutating func count<Items: Collection>(
        _ items: Items?, min: Int? = nil, max: Int? = nil, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let items else { return }
        bound(items.count, "items", min: min, max: max, field: field, code: code())
    }

    /// A map's entries (MessageMedia's at most 10 `metadata` keys), counted as a list's items are.
    public mutating func count<Value>(
        _ map: [String: Value]?, min: Int? = nil, max: Int? = nil, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let map else { return }
        bound(map.count, "entries", min: min, max: max, field: field, code: code())
    }

    /// `uniqueItems`: no element twice (Altiria answers a destination given twice with code 016). One violation names
    /// each element that repeats an earlier one by both indexes, never by value (a list may hold credentials), up to
    /// `maximumElementViolations` of them: `to: to[2] repeats to[0], to[3] repeats to[1]; no element may appear twice`.
    public mutating func unique<Element: Hashable>(_ items: [Element]?, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        guard let items else { return }
        repeated(items, field: field, code: code())
    }

    /// Text compares as sent, byte for byte: `String`'s `==` is canonical equivalence, and `é` and `e` + U+0301 are
    /// two recipients to a provider (a review).
    public mutating func unique(_ items: [String]?, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        guard let items else { return }
        repeated(items.map { Array($0.utf8) }, field: field, code: code())
    }

    private mutating func repeated<Element: Hashable>(_ items: [Element], field: String, code: @autoclosure () -> ExpectedProviderCode?) {
        var firstIndex: [Element: Int] = [:]
        firstIndex.reserveCapacity(items.count)
        var repeats: [String] = []
        var unnamed = 0
        for (index, item) in items.enumerated() {
            guard let earlier = firstIndex[item] else {
                firstIndex[item] = index
                continue
            }
            if repeats.count < Self.maximumElementViolations { repeats.append("\(field)[\(index)] repeats \(field)[\(earlier)]") } else { unnamed += 1 }
        }
        guard !repeats.isEmpty else { return }
        let more = unnamed > 0 ? ", and \(unnamed) more element\(unnamed == 1 ? "" : "s") repeat\(unnamed == 1 ? "s" : "") an earlier one" : ""
        record(field: field, rule: "uniqueItems", code: code(), "\(repeats.joined(separator: ", "))\(more); no element may appear twice")
    }

    /// `knownValues`: an open enum's value is one the spec lists (Mitto answers any other `type` with code 2); an
    /// unknown one is sent as written otherwise. The value is quoted (hiding the message's credentials), with the values
    /// listed, the first ten: `type: "UTF8" is none of the values the spec lists: GSM, Unicode, Binary`.
    public mutating func known<Value: OpenEnum>(_ value: Value?, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        guard let value, !value.isKnown else { return }
        unknownValue(value.description, listed: Value.knownCases.map(\.description), field: field, code: code())
    }

    /// The `knownValues` violation of `text`, which is none of `listed` (the rule interpreter tells that itself).
    public mutating func unknownValue(_ text: String, listed: [String], field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        let values = listed.prefix(10).map(DisplayText.escapedExcerpt).joined(separator: ", ")
        let more = listed.count > 10 ? " and \(listed.count - 10) more" : ""
        // Quoted as any text of the message is: a credential typed into it is hidden.
        let quoted = Self.quoted(text, hiding: secrets)
        record(field: field, rule: "knownValues", code: code(), "\(quoted) is none of the values the spec lists: \(values)\(more)")
    }

    /// `minItems` and `maxItems`: `count` things called `noun`.
    private mutating func bound(_ count: Int, _ noun: String, min: Int?, max: Int?, field: String, code: @autoclosure () -> ExpectedProviderCode?) {
        if let min, count < min { record(field: field, rule: "minItems", code: code(), "has \(count) \(noun); the minimum is \(min)") }
        if let max, count > max { record(field: field, rule: "maxItems", code: code(), "has \(count) \(noun); the maximum is \(max)") }
    }

    /// A list written as one text (`separator:`) that would not be read back as itself.
    public mutating func separated<Element: SeparatedListElement>(
        _ items: [Element]?, separator: Unicode.Scalar, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let items, let problem = SeparatedList.problem(items.map(\.separatedText), separator: separator) else { return }
        record(field: field, rule: "separator", code: code(), problem)
    }

    /// A date written in none of its declared formats. Empty text means "no date" and passes. The text is checked as
    /// it is sent: surrounding whitespace, which reading a payload's date passes over, is not in the format. A date
    /// made from a `Date` in another time zone than the field's (`Timestamp(date, format:)` writes UTC) is rule
    /// `timeZone`: the provider would read another moment (smsmode's Paris times, scheduled an hour early).
    public mutating func timestamp(
        _ value: Timestamp?, formats: [String], timeZone: String? = nil, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let value, !value.text.isEmpty else { return }
        let secrets = self.secrets
        guard value.text.trimmingWhitespace == value.text,
            let read = Timestamp.parse(value.text, isNumber: value.isNumber, formats: formats, timeZone: timeZone)
        else {
            let expected = formats.map { "\"\($0)\"" }.joined(separator: " or ")
            // A time the zone's clocks skip (a user's Madrid `2024-03-31 02:30:00`) is written in the format, and names
            // no moment there.
            if let timeZone, value.text.trimmingWhitespace == value.text,
                Timestamp.parse(value.text, isNumber: value.isNumber, formats: formats, timeZone: nil) != nil
            {
                return record(
                    field: field, rule: "format", code: code(),
                    "\(Self.quoted(value.text, hiding: secrets)) is in the format \(expected) but names no time in \(timeZone): its clocks skip it "
                        + "(daylight saving time)")
            }
            return record(field: field, rule: "format", code: code(), "\(Self.quoted(value.text, hiding: secrets)) is not a date in the format \(expected)")
        }
        // Only a date written from a `Date` says which moment it means; one made from text (`Timestamp(text:formats:)`,
        // read in UTC unless told the zone) or read from a payload is its text. Written to a format's precision, one of
        // the formats in the field's zone writes it back.
        guard value.isWrittenFromDate, let made = value.date, made != read,
            !formats.contains(where: { Timestamp(made, format: $0, timeZone: timeZone).text == value.text })
        else { return }
        let zone = timeZone ?? "UTC"
        // The advice keeps the format the text is in (a Unix time, which names no zone, is never the one that differs).
        let format = formats.first { Timestamp.parse(value.text, isNumber: value.isNumber, formats: [$0], timeZone: timeZone) != nil } ?? formats.first ?? ""
        record(
            field: field, rule: "timeZone",
            "\(Self.quoted(value.text, hiding: secrets)) reads as \(read.formatted(.iso8601)) in the field's time zone, \(zone), not as the "
                + "date it was made from, \(made.formatted(.iso8601)): make it with Timestamp(date, format: \"\(format)\", timeZone: \"\(zone)\")")
    }

    /// The most elements of one list one rule names (`to[1]`); those beyond are counted in one more violation.
    public static var maximumElementViolations: Int { namedElements }

    /// How many elements a list's violations name, 10 unless a caller that answers element by element asks for more
    /// within a task (the sandbox answers each RajaSMS packet's broken rule in its own result: up to a list's
    /// `maxItems`, 1,000), still a bound on what a list of millions costs.
    @TaskLocal public static var namedElements = 10

    /// Applies `check` (one rule) to each element of a list, naming each by its index (`to[1]`): a list of strings or
    /// integers holds its value rules for every element. Beyond `maximumElementViolations` elements that break it,
    /// the rest are counted in one violation of the list (`to: 4194295 more elements break the minLength rule too`):
    /// 4 MiB of separators is four million elements, and would be as many violations.
    public mutating func each<Element>(_ items: [Element]?, field: String, _ check: (inout Validation, Element, String) -> Void) {
        guard let items else { return }
        var named = 0
        var more = 0
        var last: ValidationViolation?
        let limit = Self.maximumElementViolations
        for (index, item) in items.enumerated() {
            if named < limit {
                let before = violations.count
                check(&self, item, "\(field)[\(index)]")
                if violations.count > before { (named, last) = (named + 1, violations.last) }
            } else {
                var unnamed = Validation(at: path)
                check(&unnamed, item, field)
                if !unnamed.violations.isEmpty { more += 1 }
            }
        }
        if more > 0, let last {
            record(field: field, rule: last.rule, code: last.expectedProviderCode, "\(more) more elements break the \(last.rule) rule too")
        }
    }

    /// Validates a request part, at its field's path.
    public mutating func message(_ value: (some ValidatableMessage)?, field: String) {
        guard let value else { return }
        record(value.validate(at: MessagePath.join(path, field)))
    }

    /// Validates each element of a list of request parts, with its index in the path.
    public mutating func elements<Element: ValidatableMessage>(_ items: [Element]?, field: String) {
        guard let items, !items.isEmpty else { return }
        record(items.validate(at: MessagePath.join(path, field)))
    }
}

extension ValidationViolation {
    /// This violation with the credentials `sweep` finds in its message `<redacted>` (a nested message's quote, cut
    /// or escaped before its holder's credentials were looked for).
    func redacting(with sweep: SecretSweep) -> Self {
        .init(path: path, rule: rule, message: sweep.redacting(message), providerCode: providerCode, providerCodeIsInferred: providerCodeIsInferred)
    }
}

/// A message's credentials and their spellings, found once and only when a violation needs them.
final class SecretSpellings {
    let values: [String]
    private(set) lazy var sweep = SecretSweep(values: values)
    init(_ values: [String]) { self.values = values }
}

/// A list of request parts (or of lists, maps or unions of them): each element at its index (`items[0].to`), as
/// `Validation.elementViolations` names them.
extension Array: ValidatableMessage where Element: ValidatableMessage {
    public func validate(at path: String) -> [ValidationViolation] {
        Validation.elementViolations(count: count, at: path) { self[$0].validate(at: $1 ? "\(path)[\($0)]" : path) }
    }
}

extension Validation {
    /// The violations of the `count` messages of a list or map, `violations(index, named)` each's — at its own
    /// path (`items[3].to`, `m.a.to`) when `named`: every violation of the first `maximumElementViolations` elements
    /// that break a rule; the elements after them that break one are counted in one violation of the list (`items:
    /// 129990 more elements break the minLength and pattern rules too`), as a list of texts counts them rule by rule
    /// (`each`): 4 MiB of `{}` is a million messages, and every one's violations were kept and printed.
    @_spi(Generated) public static func elementViolations(
        count: Int, at path: String, _ violations: (_ index: Int, _ named: Bool) -> [ValidationViolation]
    ) -> [ValidationViolation] {
        var found: [ValidationViolation] = []
        var named = 0
        var more = 0
        var rules: [String] = []
        let limit = maximumElementViolations
        for index in 0..<count {
            if named < limit {
                let own = violations(index, true)
                guard !own.isEmpty else { continue }
                named += 1
                found += own
            } else {
                let own = Validation.$isCounting.withValue(true) { violations(index, false) }
                guard !own.isEmpty else { continue }
                more += 1
                for violation in own where !rules.contains(violation.rule) { rules.append(violation.rule) }
            }
        }
        if more > 0, let first = rules.first {
            let named = rules.count == 1 ? "the \(first) rule" : "the \(rules.dropLast().joined(separator: ", ")) and \(rules[rules.count - 1]) rules"
            found.append(.init(path: path, rule: first, message: "\(more) more elements break \(named) too", expected: nil))
        }
        return found
    }
}

/// A map of request parts: each value at its key (`m.a.to`), in the keys' order, so violations come out alike each
/// time, named as a list's elements are (`Validation.elementViolations`).
extension Dictionary: ValidatableMessage where Key == String, Value: ValidatableMessage {
    public func validate(at path: String) -> [ValidationViolation] {
        let keys = keys.sorted()
        return Validation.elementViolations(count: keys.count, at: path) { self[keys[$0]]?.validate(at: $1 ? MessagePath.entry(path, keys[$0]) : path) ?? [] }
    }
}

/// Text a check reads: a `String`, or a `Secret`, whose violations never quote it.
@_spi(Generated) public protocol ValidatedText {
    var validatedText: String { get }
    static var isCredential: Bool { get }
}

@_spi(Generated) extension String: ValidatedText {
    public var validatedText: String { self }
    public static var isCredential: Bool { false }
}

@_spi(Generated) extension Secret: ValidatedText {
    public var validatedText: String { value }
    public static var isCredential: Bool { true }
}

extension Validation {
    /// A number that is not a mobile number of the country in one of the accepted forms, as it is sent
    /// (`PhoneNumbers.isWritten`).
    public mutating func phone(
        _ value: (some ValidatedText)?, rules: PhoneNumberRules, forms: [PhoneForm], field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let value else { return }
        guard !Patterns.requestTimeIsSpent else {
            return record(
                field: field, rule: "phone", code: code(), credential: type(of: value).isCredential,
                Self.notCheckedForTime("the mobile numbers of \(rules.country)"))
        }
        let verdict = PhoneNumbers.writtenVerdict(value.validatedText, asOneOf: forms, rules: rules)
        guard verdict != .matches else { return }
        // A value whose own match gave up (its time, or the request's) is not checked, not "no mobile number" (an attack).
        guard verdict == .doesNotMatch else {
            return record(
                field: field, rule: "phone", code: code(), credential: type(of: value).isCredential,
                Patterns.requestTimeIsSpent ? Self.notCheckedForTime("the mobile numbers of \(rules.country)")
                    : "could not be checked against the mobile numbers of \(rules.country): the regular-expression engine gave up on it; send fewer at once")
        }
        let secrets = self.secrets
        record(
            field: field, rule: "phone", code: code(), credential: type(of: value).isCredential,
            "\(Self.quoted(value.validatedText, hiding: secrets)) is not a mobile number of \(rules.country) written as \(PhoneForm.describe(forms, rules))")
    }

    /// Text that does not fit in `max` segments, after each `placeholder` is replaced by `substituteLength` characters
    /// (`SegmentCalculator.overflow`).
    public mutating func segments(
        _ value: (some ValidatedText)?, max: Int, capacities: SegmentCapacities, placeholder: String? = nil,
        substituteLength: Int = 0, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil
    ) {
        guard let value,
            let overflow = SegmentCalculator.overflow(
                of: value.validatedText, max: max, capacities: capacities, placeholder: placeholder, substituteLength: substituteLength)
        else { return }
        record(
            field: field, rule: "maxSegments", code: code(), credential: type(of: value).isCredential,
            "\(overflow.summary); the maximum is \(max)")
    }

    /// A path parameter `httpRequest` refuses to build (`FormEncoder.isUnsafePathSegment`): empty, or `.` or `..`
    /// alone or between slashes, as the server reads it — it would name another resource. `validate()` said "valid"
    /// for a request that could never be sent (a user's empty SMSCountry `authKey`).
    public mutating func pathSegment(_ value: (some ValidatedText)?, preEncoded: Bool = false, field: String) {
        guard let value else { return }
        let text = value.validatedText
        let bytes = preEncoded ? FormEncoder.percentDecodedBytes(FormEncoder.escapingStrayPercents(text)) : Array(text.utf8)
        recordUnsafePath(text, bytes, credential: type(of: value).isCredential, field: field)
    }

    /// The same for an enum value or a table's code, as it is sent (an open enum's undocumented `""` or `..`).
    public mutating func pathSegment(code value: (some SeparatedListElement)?, field: String) {
        guard let text = value?.separatedText else { return }
        recordUnsafePath(text, Array(text.utf8), credential: false, field: field)
    }

    /// The same for a list sent as one text joined by `separator` (an empty list is empty text).
    public mutating func pathSegment(_ items: [some SeparatedListElement]?, separator: Unicode.Scalar, field: String) {
        guard let text = items?.map(\.separatedText).joined(separator: String(separator)) else { return }
        recordUnsafePath(text, Array(text.utf8), credential: false, field: field)
    }

    private mutating func recordUnsafePath(_ text: String, _ bytes: [UInt8], credential: Bool, field: String) {
        guard FormEncoder.isUnsafePathSegment(bytes) else { return }
        let secrets = self.secrets
        record(
            field: field, rule: "path", credential: credential,
            "\(Self.quoted(text, hiding: secrets)) would change the request's path (a path parameter is not empty, nor '.' or '..' between slashes)")
    }

    /// Not an absolute http or https URL with a host, as written (`HTTPURLs.isHTTPURL`). Quoted with the user
    /// information of a malformed one `<redacted>` too (`DisplayText.redactingURLUserinfo(_:)`).
    public mutating func url(_ value: (some ValidatedText)?, field: String, code: @autoclosure () -> ExpectedProviderCode? = nil) {
        guard let value, let why = HTTPURLs.whyNotHTTPURL(value.validatedText) else { return }
        let secrets = self.secrets
        record(
            field: field, rule: "url", code: code(), credential: type(of: value).isCredential,
            "\(Self.quoted(value.validatedText, url: true, hiding: secrets)) is not an http(s) URL: \(why)")
    }
}
