// The phone-number rules: normalize, isE164, form(of:), nationalSignificantNumber, format(as:) and the `phone` check
// `validate()` runs (`Validation.phone`), with every rule the specs declare, checking they agree with each other.
import Foundation
import FuzzSupport
@_spi(Generated) import SMSSpecRuntime

/// Every phone rule of the specs under `$SMSSPEC_FUZZ_SPECS` (run.sh sets it; specs/ first, so RajaSMS's comes first).
let phoneRules: [PhoneRule] = {
    let rules = PhoneRule.ofSpecs()
    if rules.isEmpty { fatalError("no spec under SMSSPEC_FUZZ_SPECS declares phone rules (run the harness through Fuzz/run.sh)") }
    return rules
}()

/// Byte 0 of the rules mode (below).
let rulesMode: UInt8 = 255

/// Whether `validate()` of a field with this rule accepts `text`.
func validates(_ text: String, _ rule: PhoneRule) -> Bool {
    var validation = Validation(at: "")
    validation.phone(text, rules: rule.rules, forms: rule.forms, field: "number")
    for violation in validation.violations { _ = violation.description }
    return validation.violations.isEmpty
}

/// Byte 0 below 255 picks a spec's rule (modulo their number), the rest is the number. Byte 0 of 255 is the rules mode:
/// countryCode, nationalPrefix (empty: none), mobile pattern, forms (`e`, `i`, `n`) and the number, split by 0x00, are
/// written into a spec; when it lints clean, its rule is checked as the specs' are.
func fuzzPhoneNumbers(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let selector = bytes.first else { return 0 }
    guard selector == rulesMode else {
        checkNumber(String(decoding: bytes.dropFirst(), as: UTF8.self), phoneRules[Int(selector) % phoneRules.count])
        return 0
    }
    let parts = bytes.dropFirst().split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    guard parts.count == 5 else { return 0 }
    let spec = PhoneRule.spec(countryCode: parts[0], nationalPrefix: parts[1].isEmpty ? nil : parts[1], mobile: parts[2], forms: parts[3])
    for rule in PhoneRule.of(spec: Array(spec.utf8)) ?? [] {
        checkNumber(parts[4], rule)
        // The mobile pattern alone matching the whole of these digits, validate() reads them as a number.
        let digits = parts[4]
        if !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }), let alone = try? NSRegularExpression(pattern: rule.rules.mobilePattern),
            alone.firstMatch(in: digits, options: .anchored, range: NSRange(location: 0, length: digits.utf16.count))?.range.length == digits.utf16.count
        {
            let read = PhoneNumbers.nationalSignificantNumber("+" + rule.rules.countryCode + digits, rules: rule.rules)
            if read != digits { fatalError("mobile pattern \(rule.rules.mobilePattern.debugDescription) matches \(digits) alone, and the rules read +\(rule.rules.countryCode)\(digits) as \(String(describing: read))") }
        }
    }
    return 0
}

/// The checks of one number against one rule.
func checkNumber(_ text: String, _ phoneRule: PhoneRule) {
    let rule = phoneRule.rules
    func check(_ condition: Bool, _ what: String) {
        if !condition { fatalError("phone number \(text.debugDescription) (\(rule.country) of \(phoneRule.spec), \(phoneRule.forms)): \(what)") }
    }
    if let normalized = PhoneNumbers.normalize(text) {
        check(PhoneNumbers.normalize(normalized) == normalized, "normalize is not idempotent")
        check(normalized.unicodeScalars.allSatisfy { "+0123456789".unicodeScalars.contains($0) }, "normalized to \(normalized.debugDescription)")
    }
    if PhoneNumbers.isE164(text) {
        check(text.utf8.count <= 16 && text.utf8.allSatisfy { $0 == UInt8(ascii: "+") || (48...57).contains($0) }, "accepted as E.164")
    }
    let number = PhoneNumbers.nationalSignificantNumber(text, rules: rule)
    let form = PhoneNumbers.form(of: text, rules: rule)
    check((form == nil) == (number == nil), "form and number disagree")
    if validates(text, phoneRule) {
        check(form.map(phoneRule.forms.contains) == true, "validate() accepted it, read as \(String(describing: form))")
        check(form.flatMap { PhoneNumbers.format(text, as: $0, rules: rule) } == text, "validate() accepted it, not written as format(as:) writes it")
    }
    for form in PhoneForm.allCases {
        guard let formatted = PhoneNumbers.format(text, as: form, rules: rule) else { continue }
        check(PhoneNumbers.form(of: formatted, rules: rule) == form, "format(as: \(form)) gave \(formatted), read back as another form")
        check(PhoneNumbers.nationalSignificantNumber(formatted, rules: rule) == number, "format(as: \(form)) changed the number")
        if form == .e164 { check(PhoneNumbers.isE164(formatted), "format(as: .e164) gave \(formatted), not E.164") }
        if phoneRule.forms.contains(form) { check(validates(formatted, phoneRule), "format(as: \(form)) gave \(formatted), which validate() refuses") }
    }
}

runFuzzer(seeds: {
        let texts = [
            "+6281234567890", "6281234567890", "081234567890", "0062 812-3456-7890", "(0812) 3456.7890", "+385911234567",
            "+6281234567890\n", "+", "00", "+0123456", "０８１２３４５６７８９０", "+١٢٣٤٥٦٧٨",
        ]
        return phoneRules.enumerated().flatMap { index, rule in
            let numbers: [[UInt8]] = (texts + rule.seedNumbers).map { [UInt8(index % Int(rulesMode))] + Array($0.utf8) }
            let fields: [String] = [rule.rules.countryCode, rule.rules.nationalPrefix ?? "", rule.rules.mobilePattern, rule.forms.map { String($0.rawValue.first!) }.joined()]
            // The rule as the spec writes it, and its mobile pattern in ICU's free-spacing syntax with a comment.
            let commented: [String] = [fields[0], fields[1], "(?x)" + fields[2] + " # mobile", fields[3]]
            // The number written in each form, and its national significant number alone.
            let written: [String] = Array(rule.seedNumbers.prefix(3)) + Array(rule.seedNumbers.suffix(1))
            var rulesSeeds: [[UInt8]] = []
            for ruleFields in [fields, commented] {
                for number in written { rulesSeeds.append([rulesMode] + Array((ruleFields + [number]).joined(separator: "\0").utf8)) }
            }
            return numbers + rulesSeeds
        }
    }, fuzzPhoneNumbers)
