import SMSSpecVocabulary

/// Constraints in words, for doc comments and messages.
enum ConstraintDescription {
    /// `ofElements`: the value rules apply to each element of a list ("1…3 items; each 10…15 characters"); `ofMap`:
    /// `minItems`/`maxItems` count a map's entries ("at most 10 entries").
    static func describe(_ constraints: ConstraintsSpec, ofElements: Bool = false, ofMap: Bool = false) -> String {
        var parts: [String] = []
        /// "3…15 characters", "at least 1 character", "at most 100" (a value has no unit).
        func range(_ low: Located<Int>?, _ high: Located<Int>?, _ unit: (one: String, many: String)?) {
            func counted(_ bound: Int) -> String {
                guard let unit else { return "\(bound)" }
                return "\(bound) \(bound == 1 ? unit.one : unit.many)"
            }
            switch (low?.value, high?.value) {
            case let (low?, high?) where low == high: parts.append("exactly \(counted(low))")
            case let (low?, high?): parts.append(unit.map { "\(low)…\(high) \($0.many)" } ?? "\(low)…\(high)")
            case let (low?, nil): parts.append("at least \(counted(low))")
            case let (nil, high?): parts.append("at most \(counted(high))")
            case (nil, nil): break
            }
        }
        range(constraints.minItems, constraints.maxItems, ofMap ? ("entry", "entries") : ("item", "items"))
        if constraints.uniqueItems?.value == true { parts.append(uniqueItems) }
        if constraints.knownValues?.value == true, ofElements { parts.append("each element " + knownValues) }
        let items = parts
        parts = []
        range(constraints.minLength, constraints.maxLength, ("character", "characters"))
        range(constraints.minimum, constraints.maximum, nil)
        if let pattern = constraints.pattern { parts.append("matches `\(pattern.value)`") }
        if constraints.knownValues?.value == true, !ofElements { parts.append(knownValues) }
        guard ofElements, !parts.isEmpty else { return (items + parts).joined(separator: "; ") }
        return (items + ["each element " + parts.joined(separator: ", ")]).joined(separator: "; ")
    }

    /// Every rule of `constraints` in words, as a field's documentation says them: the bounds and pattern
    /// (`describe`), then the SMS count, URL and phone rules and the codes the provider answers when one is broken.
    static func describeAll(_ constraints: ConstraintsSpec, capacities: SegmentCapacitiesModel?, ofElements: Bool, ofMap: Bool) -> String {
        // A list's value rules hold for each element.
        let valueRules = [
            constraints.maxSegments.map { segments($0.value, substitute: constraints.substitute, capacities: capacities) },
            constraints.url?.value == true ? url : nil,
            constraints.phone.map { phone($0, numbering: nil) },
        ].compactMap { $0 }.map { ofElements ? "each element " + $0 : $0 }
        let rules = [describe(constraints, ofElements: ofElements, ofMap: ofMap)] + valueRules + [providerCodes(constraints.providerCodes)]
        return rules.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    static let url = "an http(s) URL"
    static let uniqueItems = "no element twice"
    static let knownValues = "one of the values its enum lists"

    /// "at most 1 SMS, {#TFA_CODE} counted as 6 characters", with the provider's segment capacities when it gives its own.
    static func segments(_ maxSegments: Int, substitute: SubstituteSpec?, capacities: SegmentCapacitiesModel?) -> String {
        var text = "at most \(maxSegments) SMS"
        if let substitute {
            text += substitute.lengthFrom.map {
                ", \(substitute.placeholder) counted as the characters field \($0.value) says, else \(substitute.defaultLength)"
            } ?? ", \(substitute.placeholder) counted as \(substitute.defaultLength) characters"
        }
        if let capacities {
            text += ", of \(capacities.gsm7Single)/\(capacities.gsm7Concatenated) GSM-7 and \(capacities.ucs2Single)/\(capacities.ucs2Concatenated) UCS-2 characters"
        }
        return text
    }

    /// "a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164, national"; without the
    /// country's numbering when it is not given.
    static func phone(_ phone: PhoneConstraintSpec, numbering: String?) -> String {
        "a mobile number of \(phone.country.value)\(numbering.map { " (\($0))" } ?? "") written \(phone.forms.map(\.value).joined(separator: ", "))"
    }

    /// "the provider answers a broken pattern with ResultCode:-68; the provider probably answers any other broken rule
    /// with ResultCode:-69 (our inference: …)", or nil.
    static func providerCodes(_ codes: [ProviderCodeSpec]) -> String? {
        guard !codes.isEmpty else { return nil }
        let hasOwnRules = codes.contains { $0.rule.value != "*" }
        return codes.map { code in
            let rule = code.rule.value != "*" ? "a broken \(code.rule.value)" : hasOwnRules ? "any other broken rule" : "any broken rule"
            guard code.isInferred else { return "the provider answers \(rule) with \(code.code.value)" }
            return "the provider probably answers \(rule) with \(code.code.value) (\(ProviderCodeInference.note))"
        }.joined(separator: "; ")
    }
}
