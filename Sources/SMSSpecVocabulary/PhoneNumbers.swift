import Foundation

/// How a phone number is written.
public enum PhoneForm: String, Codable, Hashable, Sendable, CaseIterable {
    /// `+6281234567890`
    case e164
    /// Country code without '+': `6281234567890`
    case international
    /// With the national prefix: `081234567890`
    case national
    /// The national significant number alone, neither country code nor prefix: `81234567890` (India's ten digits,
    /// `9876543210`, as Fast2SMS takes them; Turkey's `5xxxxxxxxx`, as NetGSM does).
    case subscriber

    /// How a number written in these forms begins, for messages: `+62… or 0…` (a user read `…, 1…` after the national
    /// number as cut off).
    package static func describe(_ forms: [PhoneForm], _ rules: PhoneNumberRules) -> String {
        let ways = forms.map { $0.describe(rules) }
        guard let last = ways.last, ways.count > 1 else { return ways.joined() }
        return ways.dropLast().joined(separator: ", ") + " or " + last
    }

    private func describe(_ rules: PhoneNumberRules) -> String {
        switch self {
        case .e164: "+\(rules.countryCode)…"
        case .international: "\(rules.countryCode)…"
        case .national: "\(rules.nationalPrefix ?? "")…"
        case .subscriber: "the national number alone (no country code or prefix)"
        }
    }
}

/// A country's numbering facts, as a provider spec records them (not a copy of any phone library's metadata).
public struct PhoneNumberRules: Hashable, Sendable {
    public let country: String
    public let countryCode: String
    public let nationalPrefix: String?
    /// The mobile national significant number, as a regular expression (Indonesia: `8[1-35-9][0-9]{7,10}`).
    public let mobilePattern: String

    public init(country: String, countryCode: String, nationalPrefix: String?, mobilePattern: String) {
        self.country = country
        self.countryCode = countryCode
        self.nationalPrefix = nationalPrefix
        self.mobilePattern = mobilePattern
    }

    /// Whether a number in national form reads as written: the country has a trunk prefix (`0`) that begins otherwise
    /// than its country code. NANP's prefix `1` is its country code, so `12025550123` reads as international `1` + number.
    public var readsNationalForm: Bool {
        guard let nationalPrefix else { return false }
        return !(nationalPrefix.hasPrefix(countryCode) || countryCode.hasPrefix(nationalPrefix))
    }
}

/// E.164 shape checks and conversions between a country's national and international forms (08… ↔ 628…).
public enum PhoneNumbers {
    /// Removes spaces, '-', '.', '(' and ')', and turns a leading "00" into "+"; nil when anything else is not a digit.
    public static func normalize(_ text: String) -> String? {
        var result = text.trimmingCharacters(in: .whitespacesAndNewlines).filter { !" -.()".contains($0) }
        if result.hasPrefix("00") { result = "+" + result.dropFirst(2) }
        let digits = result.hasPrefix("+") ? result.dropFirst() : Substring(result)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return result
    }

    /// The `phone` rule, as `validate()` and lint (a field's default) apply it: `text` is a mobile number of `rules`'
    /// country written exactly in one of `forms`, digits only (and E.164's `+`). `form(of:rules:)` reads past spaces,
    /// separators, surrounding whitespace and a "00" prefix, which the provider would receive as they are.
    package static func isWritten(_ text: String, asOneOf forms: [PhoneForm], rules: PhoneNumberRules) -> Bool {
        writtenVerdict(text, asOneOf: forms, rules: rules) == .matches
    }

    /// `isWritten(_:asOneOf:rules:)` as a pattern's verdict: `undecided` when the mobile pattern's match gave up (ran
    /// out of its time), which is no "not a mobile number".
    package static func writtenVerdict(_ text: String, asOneOf forms: [PhoneForm], rules: PhoneNumberRules) -> Patterns.Verdict {
        guard normalize(text) == text else { return .doesNotMatch }
        // The first reading whose number is a mobile one says the form (`parse`): written so in another form, it is not.
        var undecided = false
        for (form, number) in candidates(text, rules: rules) {
            switch Patterns.verdict(number, mobileExpression(rules.mobilePattern)) {
            case .matches: return forms.contains(form) ? .matches : .doesNotMatch
            case .undecided: undecided = true
            case .doesNotMatch: continue
            }
        }
        return undecided ? .undecided : .doesNotMatch
    }

    /// `+` and 7 to 15 digits, the first not 0.
    public static func isE164(_ text: String) -> Bool {
        Patterns.matches(text, "^\\+[1-9][0-9]{6,14}$")
    }

    /// The form `text` is written in, when it is a mobile number of `rules`' country.
    public static func form(of text: String, rules: PhoneNumberRules) -> PhoneForm? {
        guard let parsed = parse(text, rules: rules) else { return nil }
        return parsed.form
    }

    /// The national significant number (`81234567890`), when `text` is a mobile number of the country in any form.
    public static func nationalSignificantNumber(_ text: String, rules: PhoneNumberRules) -> String? {
        parse(text, rules: rules)?.number
    }

    /// `text`, a mobile number of `rules`' country in any form, written in `form`; nil when it is none, or for the
    /// national form of a country where no number reads as written in it (`PhoneNumberRules.readsNationalForm`).
    public static func format(_ text: String, as form: PhoneForm, rules: PhoneNumberRules) -> String? {
        guard let number = nationalSignificantNumber(text, rules: rules) else { return nil }
        switch form {
        case .e164: return "+" + rules.countryCode + number
        case .international: return rules.countryCode + number
        case .national: return rules.readsNationalForm ? rules.nationalPrefix.map { $0 + number } : nil
        case .subscriber: return number
        }
    }

    /// What a country's mobile pattern is matched as: the whole national significant number.
    public static func mobileExpression(_ mobilePattern: String) -> String { "^(?:\(mobilePattern))$" }

    private static func parse(_ text: String, rules: PhoneNumberRules) -> (form: PhoneForm, number: String)? {
        guard let normalized = normalize(text) else { return nil }
        return candidates(normalized, rules: rules).first { Patterns.matches($0.number, mobileExpression(rules.mobilePattern)) }
    }

    /// The forms a normalized number may be written in, by its start, each with its national significant number,
    /// before the country's mobile pattern is matched: the country code first, then the national prefix, then the
    /// number alone. The mobile pattern tells them apart (India's `9198765432` is no `91` and eight digits, which no
    /// mobile number of India is, but ten digits that are one).
    private static func candidates(_ normalized: String, rules: PhoneNumberRules) -> [(form: PhoneForm, number: String)] {
        if normalized.hasPrefix("+") {
            return normalized.hasPrefix("+" + rules.countryCode) ? [(.e164, String(normalized.dropFirst(1 + rules.countryCode.count)))] : []
        }
        var found: [(form: PhoneForm, number: String)] = []
        if normalized.hasPrefix(rules.countryCode) { found.append((.international, String(normalized.dropFirst(rules.countryCode.count)))) }
        if let prefix = rules.nationalPrefix, normalized.hasPrefix(prefix) { found.append((.national, String(normalized.dropFirst(prefix.count)))) }
        found.append((.subscriber, normalized))
        return found
    }
}
