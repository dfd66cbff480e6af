extension Validation {
    /// Exactly one of the optional fields is given (Textlocal's `numbers` or `group_id`), each by wire name with
    /// whether the message gives it.
    public mutating func exactlyOne(_ fields: [(name: String, isGiven: Bool)], code: @autoclosure () -> ExpectedProviderCode? = nil) {
        countGiven(fields, rule: "exactlyOne", "exactly one must", code: code()) { $0 == 1 }
    }

    /// At least one of the optional fields is given (Twilio's `Body` or `MediaUrl`).
    public mutating func atLeastOne(_ fields: [(name: String, isGiven: Bool)], code: @autoclosure () -> ExpectedProviderCode? = nil) {
        countGiven(fields, rule: "atLeastOne", "at least one must", code: code()) { $0 >= 1 }
    }

    /// At most one of the optional fields is given (SMSGate's `ttl` and `validUntil`, which exclude each other).
    public mutating func atMostOne(_ fields: [(name: String, isGiven: Bool)], code: @autoclosure () -> ExpectedProviderCode? = nil) {
        countGiven(fields, rule: "atMostOne", "at most one may", code: code()) { $0 <= 1 }
    }

    /// Records a violation at the group's first field when the number of fields given breaks the rule.
    private mutating func countGiven(
        _ fields: [(name: String, isGiven: Bool)], rule: String, _ words: String, code: @autoclosure () -> ExpectedProviderCode?, passes: (Int) -> Bool
    ) {
        let given = fields.filter(\.isGiven).map(\.name)
        guard !passes(given.count), let first = fields.first else { return }
        let found = given.isEmpty ? "none is" : "\(given.count) are (\(given.joined(separator: ", ")))"
        record(field: first.name, rule: rule, code: code(), "is one of \(fields.map(\.name).joined(separator: ", ")), of which \(words) be given; \(found)")
    }
}
