extension SpecValidator {
    /// Defaults the generated code could not hold: a credential's (it would be printed in the code) and a decimal
    /// with more digits than its literal takes.
    func checkDefaults(of shape: ShapeSpec) {
        for field in shape.fields {
            guard let value = field.defaultValue else { continue }
            let subject = "field '\(field.wireName.value)' of shape '\(shape.name.value)'"
            if field.secret {
                diagnostics.error(
                    "\(subject) is a credential ('secret'), so it has no default: its value would be written in the generated code",
                    at: value.location)
            }
            if field.type.value == .primitive(.decimal), let digits = Self.decimalDigits(value.value),
                digits > SpecLimits.maximumDecimalDigits
            {
                diagnostics.error(
                    "default '\(value.value.abbreviated)' of \(subject) has \(digits) digits; a decimal default has at most "
                        + "\(SpecLimits.maximumDecimalDigits), leading zeros aside",
                    at: value.location)
            }
        }
    }

    /// The digits of a decimal default after its leading zeros ("-012.50": 4); nil for text the model builder refuses
    /// itself (anything but digits with an optional fraction, at most 18 on either side).
    private static func decimalDigits(_ text: String) -> Int? {
        let parts = (text.hasPrefix("-") ? text.dropFirst() : Substring(text)).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ (1...18).contains($0.count) && $0.allSatisfy { ("0"..."9").contains($0) } }) else {
            return nil
        }
        return parts.joined().drop { $0 == "0" }.count
    }
}
