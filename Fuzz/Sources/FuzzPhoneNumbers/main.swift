// The phone-number rules: normalize, isE164, form(of:), nationalSignificantNumber and format(as:) with every
// country rule the generated providers carry, checking they agree with each other.
import Foundation
import FuzzSupport
import FuzzProviders
import SMSSpecRuntime

/// The countries' rules as the generated code records them (one per provider spec that names a country).
let rules: [PhoneNumberRules] = [RajaSMS.PhoneRules.ID]

func fuzzPhoneNumbers(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let selector = bytes.first else { return 0 }
    let rule = rules[Int(selector) % rules.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    func check(_ condition: Bool, _ what: String) {
        if !condition { fatalError("phone number \(text.debugDescription) (\(rule.country)): \(what)") }
    }
    if let normalized = PhoneNumbers.normalize(text) {
        check(PhoneNumbers.normalize(normalized) == normalized, "normalize is not idempotent")
        check(normalized.unicodeScalars.allSatisfy { "+0123456789".unicodeScalars.contains($0) }, "normalized to \(normalized.debugDescription)")
    }
    if PhoneNumbers.isE164(text) {
        check(text.utf8.count <= 16 && text.utf8.allSatisfy { $0 == UInt8(ascii: "+") || (48...57).contains($0) }, "accepted as E.164")
    }
    let number = PhoneNumbers.nationalSignificantNumber(text, rules: rule)
    check((PhoneNumbers.form(of: text, rules: rule) == nil) == (number == nil), "form and number disagree")
    for form in PhoneForm.allCases {
        guard let formatted = PhoneNumbers.format(text, as: form, rules: rule) else { continue }
        check(PhoneNumbers.form(of: formatted, rules: rule) == form, "format(as: \(form)) gave \(formatted), read back as another form")
        check(PhoneNumbers.nationalSignificantNumber(formatted, rules: rule) == number, "format(as: \(form)) changed the number")
        if form == .e164 { check(PhoneNumbers.isE164(formatted), "format(as: .e164) gave \(formatted), not E.164") }
    }
    return 0
}

runFuzzer(seeds: {
        FuzzSeeds.texts([
            "+6281234567890", "6281234567890", "081234567890", "0062 812-3456-7890", "(0812) 3456.7890", "+385911234567",
            "+6281234567890\n", "+", "00", "+0123456", "０８１２３４５６７８９０", "+١٢٣٤٥٦٧٨",
        ]).map { [0] + $0 }
    }, fuzzPhoneNumbers)
