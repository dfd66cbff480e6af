// The phone rules the harness drives: every one a spec declares, read from the spec files as `smsspec lint` reads them.
import Foundation
import FuzzSpecSupport
import FuzzSupport
import SMSSpecCore
import SMSSpecRuntime

/// A country's numbering rules, as generated code spells them, and the forms one `phone` constraint accepts.
struct PhoneRule {
    let spec: String
    let rules: PhoneNumberRules
    let forms: [PhoneForm]
}

extension PhoneRule {
    /// For every spec that lints clean under `$SMSSPEC_FUZZ_SPECS`: each `phone` constraint (its country and forms),
    /// and each country of `phoneNumbers` that no constraint names, with every form (what `format(as:)` offers).
    static func ofSpecs() -> [PhoneRule] {
        var found: [PhoneRule] = []
        for file in FuzzSeeds.specFiles() {
            for rule in of(spec: Array(file.text.utf8), path: file.path) ?? []
                where !found.contains(where: { $0.rules == rule.rules && $0.forms == rule.forms }) { found.append(rule) }
        }
        return found
    }

    /// The rules of one spec as above, or nil when it does not lint clean.
    static func of(spec text: [UInt8], path: String = "fuzz.yaml") -> [PhoneRule]? {
        guard let models = text.withUnsafeBufferPointer({ loadSpec($0, path: path) }) else { return nil }
        var found: [PhoneRule] = []
        for spec in models.map(\.spec) {
            let constraints = spec.shapes.flatMap(\.fields).compactMap(\.constraints.phone)
            for country in spec.phoneCountries {
                let named = constraints.filter { $0.country.value == country.country.value }
                let forms = named.isEmpty ? [PhoneForm.allCases] : named.map { $0.forms.compactMap { PhoneForm(rawValue: $0.value) } }
                for accepted in forms where !found.contains(where: { $0.rules == country.rules && $0.forms == accepted }) {
                    found.append(PhoneRule(spec: path, rules: country.rules, forms: accepted))
                }
            }
        }
        return found
    }

    /// A spec declaring one country's rules, with a `phone` constraint of `forms` (letters: e164, international,
    /// national), which the rules mode of the harness lints: fields quoted as YAML single-quoted text.
    static func spec(countryCode: String, nationalPrefix: String?, mobile: String, forms: String) -> String {
        let quoted = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        let named = PhoneForm.allCases.filter { forms.contains($0.rawValue.first!) }.map(\.rawValue)
        return """
            smsspec: 1
            provider:
              id: acme
              name: Acme
              phoneNumbers:
                XX: {countryCode: \(quoted(countryCode)), \(nationalPrefix.map { "nationalPrefix: \(quoted($0)), " } ?? "")mobile: \(quoted(mobile))}
            shapes:
              S:
                fields:
                  to: {type: string, constraints: {phone: {country: XX, forms: [\(named.joined(separator: ", "))]}}}

            """
    }

    /// Numbers these rules read, in every form and in the spellings `normalize` reads past: the seeds. The national
    /// significant number is found by trying two leading digits and a length (the mobile pattern is a regular
    /// expression, so no example can be read off it).
    var seedNumbers: [String] {
        let candidates = (4...15).lazy.flatMap { length in (0..<100).lazy.map { lead in String(format: "%02d", lead) + String(repeating: "5", count: length - 2) } }
        guard let number = candidates.first(where: { PhoneNumbers.nationalSignificantNumber("+" + rules.countryCode + $0, rules: rules) != nil }) else {
            return []
        }
        let written: [String] = PhoneForm.allCases.compactMap { PhoneNumbers.format("+" + rules.countryCode + number, as: $0, rules: rules) }
        let spaced: [String] = written.map { text in " " + text.prefix(4) + " " + text.dropFirst(4) + "\n" }
        return written + spaced + ["00" + rules.countryCode + number, number]
    }
}
