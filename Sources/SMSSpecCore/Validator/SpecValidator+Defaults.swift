import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// What is wrong with `text` as a double default, or nil: `""` when it is no number at all.
    static func doubleDefaultProblem(_ text: String) -> String? {
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
        guard text.range(of: #"^-?[0-9]{1,18}(\.[0-9]{1,18})?$"#, options: .regularExpression) != nil else {
            return "is not a decimal default: write digits with an optional fraction (12.50)"
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
    /// the field out fail `validate()`: one error per broken bound, at the default. (URLs, phone numbers and segments
    /// are the runtime's to judge; lint does not judge a default by them.)
    func checkDefaultFitsBounds(of field: FieldSpec, subject: String) {
        guard let value = field.defaultValue else { return }
        if field.type.value == .primitive(.string), let pattern = field.constraints.pattern,
            Self.regexProblem(pattern.value) == nil, Patterns.verdict(value.value, pattern.value) == .doesNotMatch
        {
            diagnostics.error(
                "default '\(value.value.abbreviated)' of \(subject) does not match its pattern '\(pattern.value.abbreviated)': every "
                    + "message that leaves the field out would fail validate(); change the default or the pattern",
                at: value.location)
        }
        let measured: (size: Int64, bounds: [(String, Located<Int>?)])
        switch field.type.value {
        case .primitive(.int), .primitive(.int64):
            guard let number = Int64(value.value) else { return }
            measured = (number, [("minimum", field.constraints.minimum), ("maximum", field.constraints.maximum)])
        case .primitive(.string):
            measured = (Int64(value.value.unicodeScalars.count), [("minLength", field.constraints.minLength), ("maxLength", field.constraints.maxLength)])
        default: return
        }
        for (rule, bound) in measured.bounds {
            guard let bound, rule.hasPrefix("min") ? measured.size < bound.value : measured.size > bound.value else { continue }
            let size = field.type.value == .primitive(.string) ? "is \(measured.size) characters long," : "is"
            diagnostics.error(
                "default '\(value.value.abbreviated)' of \(subject) \(size) outside its '\(rule)' of \(bound.value): every message "
                    + "that leaves the field out would fail validate(); change the default or the bound",
                at: value.location)
        }
    }
}
