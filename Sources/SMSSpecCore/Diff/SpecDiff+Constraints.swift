import SMSSpecVocabulary

/// The rules `validate()` checks of a field, as `smsspec diff` compares them: every key of a field's `constraints`
/// is in one rule here, with what the provider's spec adds to it (its segment capacities, a phone country's numbering),
/// so no key changes unreported (DiffCoverageTests holds each key of the format to a reported change).
struct CheckedRules {
    /// A rule's strictness, compared between two versions: a tighter one refuses values the old one passed.
    enum Strictness {
        /// Tighter when the lower bound rises or the upper one falls.
        case bounds(low: Int?, high: Int?)
        /// Tighter when a value once accepted is not any longer.
        case accepted(Set<String>)
        /// Tighter whenever it changes (a pattern: which values it passes cannot be told).
        case exact(String)
        /// Never refuses anything (the code a provider answers a broken rule with).
        case none

        func isTighter(than old: Strictness) -> Bool {
            switch (old, self) {
            case let (.bounds(oldLow, oldHigh), .bounds(low, high)):
                (low ?? .min) > (oldLow ?? .min) || (high ?? .max) < (oldHigh ?? .max)
            case let (.accepted(old), .accepted(new)): !new.isSuperset(of: old)
            case let (.exact(old), .exact(new)): old != new
            case (.none, .none): false
            default: true
            }
        }
    }

    struct Rule {
        let text: String
        let strictness: [Strictness]
    }

    /// The rules by the key (or keys) of `constraints` they come from.
    let rules: [String: Rule]
    /// The rules in words, as the generated documentation says the ones it names: "at most 15 characters; an http(s) URL".
    let description: String

    init(_ constraints: ConstraintsSpec, in provider: ProviderModel, phoneRules: [String: PhoneNumberRules]) {
        var rules: [String: Rule] = [:]
        func bounds(_ key: String, _ low: Located<Int>?, _ high: Located<Int>?) {
            guard low != nil || high != nil else { return }
            var only = ConstraintsSpec()
            (only.minLength, only.maxLength) = key == "length" ? (low, high) : (nil, nil)
            (only.minimum, only.maximum) = key == "value" ? (low, high) : (nil, nil)
            (only.minItems, only.maxItems) = key == "items" ? (low, high) : (nil, nil)
            rules[key] = Rule(text: ConstraintDescription.describe(only), strictness: [.bounds(low: low?.value, high: high?.value)])
        }
        bounds("items", constraints.minItems, constraints.maxItems)
        bounds("length", constraints.minLength, constraints.maxLength)
        bounds("value", constraints.minimum, constraints.maximum)
        if let pattern = constraints.pattern { rules["pattern"] = Rule(text: "matches `\(pattern.value)`", strictness: [.exact(pattern.value)]) }
        if let maxSegments = constraints.maxSegments?.value {
            rules["maxSegments"] = Self.segmentsRule(maxSegments, substitute: constraints.substitute, capacities: provider.segmentCapacities)
        }
        if constraints.uniqueItems?.value == true {
            rules["uniqueItems"] = Rule(text: ConstraintDescription.uniqueItems, strictness: [.exact("uniqueItems")])
        }
        if constraints.knownValues?.value == true {
            rules["knownValues"] = Rule(text: ConstraintDescription.knownValues, strictness: [.exact("knownValues")])
        }
        if constraints.url?.value == true { rules["url"] = Rule(text: ConstraintDescription.url, strictness: [.exact("url")]) }
        if let phone = constraints.phone { rules["phone"] = Self.phoneRule(phone, rules: phoneRules[phone.country.value]) }
        if let codes = ConstraintDescription.providerCodes(constraints.providerCodes) { rules["providerCodes"] = Rule(text: codes, strictness: [.none]) }
        self.rules = rules
        let extra = ["maxSegments", "url", "phone", "providerCodes"].compactMap { rules[$0]?.text }
        let described = ([ConstraintDescription.describe(constraints)] + extra).filter { !$0.isEmpty }
        description = described.isEmpty ? "none" : described.joined(separator: "; ")
    }

    /// The SMS count, with the substitution and segment capacities it is counted with.
    private static func segmentsRule(_ maxSegments: Int, substitute: SubstituteSpec?, capacities: SegmentCapacitiesModel?) -> Rule {
        let text = ConstraintDescription.segments(maxSegments, substitute: substitute, capacities: capacities)
        let standard = SegmentCapacities.standard
        let sizes = capacities.map { [$0.gsm7Single, $0.gsm7Concatenated, $0.ucs2Single, $0.ucs2Concatenated] }
            ?? [standard.gsm7Single, standard.gsm7Concatenated, standard.ucs2Single, standard.ucs2Concatenated]
        // A longer substitution leaves the text fewer characters, as smaller segments do.
        let substitution: [Strictness] = [
            .bounds(low: substitute?.defaultLength ?? 0, high: nil),
            .exact((substitute?.placeholder ?? "") + "|" + (substitute?.lengthFrom?.value ?? "")),
        ]
        return Rule(text: text, strictness: [.bounds(low: nil, high: maxSegments)] + substitution + sizes.map { .bounds(low: nil, high: $0) })
    }

    /// "a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164, national".
    private static func phoneRule(_ phone: PhoneConstraintSpec, rules: PhoneNumberRules?) -> Rule {
        let numbering = rules.map { rules in
            "+\(rules.countryCode)" + (rules.nationalPrefix.map { ", national prefix \($0)" } ?? "") + ", mobile `\(rules.mobilePattern)`"
        } ?? "no numbering"
        return Rule(
            text: ConstraintDescription.phone(phone, numbering: numbering),
            strictness: [.exact(phone.country.value + " " + numbering), .accepted(Set(phone.forms.map(\.value)))])
    }

    /// A rule added, or one that now refuses a value the old one passed: a request `validate()` passed may be refused.
    func isTighter(than old: CheckedRules) -> Bool {
        rules.contains { key, rule in
            guard let previous = old.rules[key] else { return rule.strictness.contains { if case .none = $0 { false } else { true } } }
            return zip(previous.strictness, rule.strictness).contains { $1.isTighter(than: $0) }
        }
    }
}
