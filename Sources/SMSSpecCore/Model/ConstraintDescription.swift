/// Constraints in words, for doc comments and messages.
enum ConstraintDescription {
    static func describe(_ constraints: ConstraintsSpec) -> String {
        var parts: [String] = []
        func range(_ low: Located<Int>?, _ high: Located<Int>?, _ unit: String) {
            switch (low?.value, high?.value) {
            case let (low?, high?): parts.append("\(low)…\(high) \(unit)")
            case let (low?, nil): parts.append("at least \(low) \(unit)")
            case let (nil, high?): parts.append("at most \(high) \(unit)")
            case (nil, nil): break
            }
        }
        range(constraints.minLength, constraints.maxLength, "characters")
        range(constraints.minimum, constraints.maximum, "(value)")
        range(constraints.minItems, constraints.maxItems, "items")
        if let pattern = constraints.pattern { parts.append("matches `\(pattern.value)`") }
        return parts.joined(separator: "; ")
    }
}
