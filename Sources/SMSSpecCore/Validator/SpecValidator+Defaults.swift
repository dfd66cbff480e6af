import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// What is wrong with `text` as a double default, or nil: `""` when it is no number at all.
    static func doubleDefaultProblem(_ text: String) -> String? {
        // Swift's `Double` reads hexadecimal (`0x10` is 16.0) where an int or decimal default is refused so: say it.
        if text.range(of: #"^[-+]?0[xX]"#, options: .regularExpression) != nil {
            return "is written in hexadecimal, which a double default is not (as an int's or a decimal's is not): write it in decimal"
        }
        guard let number = Double(text) else {
            // YAML's `.inf` and `.nan` are no Swift number; say what they are.
            return [".inf", "+.inf", "-.inf", ".nan"].contains(text.lowercased()) ? "is not a finite number" : ""
        }
        guard number.isFinite else { return "is not a finite number" }
        // `Double("1e-400")` is 0: a default that small would silently become another value.
        let significand = text.prefix(while: { $0 != "e" && $0 != "E" })
        guard number != 0 || !significand.contains(where: { ("1"..."9").contains($0) }) else {
            return "is too small for a double: it would read as 0"
        }
        return nil
    }

    /// What is wrong with `text` as a decimal default, or nil: the generated literal holds its digits in a `UInt64`.
    static func decimalDefaultProblem(_ text: String) -> String? {
        guard text.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil else {
            return "is not a decimal default: write digits with an optional fraction (12.50)"
        }
        let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0].drop { $0 == "0" }, fraction = parts.count > 1 ? parts[1] : ""
        guard whole.count <= 18, fraction.count <= 18 else {
            let side = whole.count > 18 ? "\(whole.count) digits before the point" : "\(fraction.count) digits after the point"
            return "has \(side); a decimal default has at most 18 on either side, leading zeros aside"
        }
        let digits = text.filter(\.isNumber).drop { $0 == "0" }.count
        guard digits <= SpecLimits.maximumDecimalDigits else {
            return "has \(digits) digits; a decimal default has at most \(SpecLimits.maximumDecimalDigits), leading zeros aside"
        }
        return nil
    }
}

extension SpecValidator {
    /// A default outside its field's own bounds (`default: 7` with `maximum: 3`, a string default longer than
    /// `maxLength`, or one its `pattern` does not match, as `validate()` matches it) makes every message that leaves
    /// the field out fail `validate()`: one error per broken bound, at the default.
    func checkDefaultFitsBounds(of field: FieldSpec, subject: String) {
        guard let value = judgedDefault(of: field) else { return }
        if field.type.value == .primitive(.string), let pattern = field.constraints.pattern,
            Self.regexProblem(pattern.value) == nil, Patterns.verdict(value.value, pattern.value) == .doesNotMatch
        {
            refuseDefault(value, of: subject, "does not match its pattern '\(pattern.value.abbreviated)'", change: "the pattern")
        }
        let measured: (size: Int64, bounds: [(String, Located<Int>?)])
        switch field.type.value {
        case .primitive(.int), .primitive(.int64):
            guard let number = Int64(value.value) else { return }
            measured = (number, [("minimum", field.constraints.minimum), ("maximum", field.constraints.maximum)])
        case .primitive(.string):
            measured = (Int64(value.value.unicodeScalars.count), [("minLength", field.constraints.minLength), ("maxLength", field.constraints.maxLength)])
        case .array: measured = (0, [("minItems", field.constraints.minItems)])
        default: return
        }
        for (rule, bound) in measured.bounds {
            guard let bound, rule.hasPrefix("min") ? measured.size < bound.value : measured.size > bound.value else { continue }
            let size = switch field.type.value {
            case .primitive(.string): "is \(measured.size) characters long,"
            case .array: "has no items,"
            default: "is"
            }
            refuseDefault(value, of: subject, "\(size) outside its '\(rule)' of \(bound.value)", change: "the bound")
        }
    }

    /// A string default its own `maxSegments`, `url` or `phone` rule refuses, judged by the very checks `validate()`
    /// runs (SMSSpecVocabulary's): one error per refusing rule, at the default. A rule lint already refuses (a
    /// `maxSegments` out of range, an unknown country or form, a broken mobile pattern) judges nothing.
    func checkDefaultKeepsMessagingRules(of field: FieldSpec, in shape: ShapeSpec, subject: String) {
        guard field.type.value == .primitive(.string), let value = judgedDefault(of: field) else { return }
        let constraints = field.constraints
        if let maxSegments = constraints.maxSegments, (1...SpecLimits.maximumSegments).contains(maxSegments.value),
            let overflow = SegmentCalculator.overflow(
                of: value.value, max: maxSegments.value, capacities: spec.segments?.capacities ?? .standard,
                placeholder: constraints.substitute?.placeholder, substituteLength: Self.leastSubstituteLength(constraints.substitute, in: shape))
        {
            refuseDefault(value, of: subject, "\(overflow.summary), more than its 'maxSegments' of \(maxSegments.value)", change: "the bound")
        }
        if constraints.url?.value == true, let why = HTTPURLs.whyNotHTTPURL(value.value) {
            refuseDefault(value, of: subject, "is not an http(s) URL, which its 'url' rule requires (\(why))", change: "the rule")
        }
        if let phone = constraints.phone, let rules = phoneRules(phone.country.value) {
            let forms = phone.forms.compactMap { PhoneForm(rawValue: $0.value) }
            if forms.count == phone.forms.count, !PhoneNumbers.isWritten(value.value, asOneOf: forms, rules: rules) {
                refuseDefault(
                    value, of: subject,
                    "is not a mobile number of \(rules.country) written as \(PhoneForm.describe(forms, rules)), which its 'phone' rule requires",
                    change: "the rule")
            }
        }
    }

    /// The fewest characters `validate()` can fill each placeholder with in a message leaving the field out: the
    /// `defaultLength`, or, when `lengthFrom` names a field, the least value that field's own `minimum` lets pass (more
    /// characters never take fewer segments).
    private static func leastSubstituteLength(_ substitute: SubstituteSpec?, in shape: ShapeSpec) -> Int {
        guard let substitute else { return 0 }
        guard let lengthFrom = substitute.lengthFrom else { return substitute.defaultLength }
        let sibling = shape.fields.first { $0.wireName.value == lengthFrom.value }
        return max(sibling?.constraints.minimum?.value ?? 0, 0)
    }

    /// The numbering rules of `country`, as generated code spells them, when lint accepts its mobile pattern.
    private func phoneRules(_ country: String) -> PhoneNumberRules? {
        guard let rules = spec.phoneCountries.first(where: { $0.country.value == country }),
            Self.mobileProblem(rules.mobile.value) == nil, Self.backtrackingProblem(rules.mobile.value, of: country) == nil
        else { return nil }
        return rules.rules
    }

    /// The default to judge by its field's rules: none for a credential, which takes none, and whose value an error
    /// would print (`checkCredentials` says so without it).
    private func judgedDefault(of field: FieldSpec) -> Located<String>? {
        field.secret ? nil : field.defaultValue
    }

    /// One error at a default its field's own rule refuses: every message leaving the field out would fail `validate()`.
    private func refuseDefault(_ value: Located<String>, of subject: String, _ why: String, change remedy: String) {
        diagnostics.error(
            "default '\(value.value.abbreviated)' of \(subject) \(why): every message that leaves the field out would fail "
                + "validate(); change the default or \(remedy)",
            at: value.location)
    }
}

extension SegmentsSpec {
    /// The provider's capacities, each one it leaves out the standard's.
    var capacities: SegmentCapacities {
        let standard = SegmentCapacities.standard
        return SegmentCapacities(
            gsm7Single: gsm7Single ?? standard.gsm7Single, gsm7Concatenated: gsm7Concatenated ?? standard.gsm7Concatenated,
            ucs2Single: ucs2Single ?? standard.ucs2Single, ucs2Concatenated: ucs2Concatenated ?? standard.ucs2Concatenated)
    }
}
