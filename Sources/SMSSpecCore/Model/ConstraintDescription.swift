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
        let items = parts
        parts = []
        range(constraints.minLength, constraints.maxLength, ("character", "characters"))
        range(constraints.minimum, constraints.maximum, nil)
        if let pattern = constraints.pattern { parts.append("matches `\(pattern.value)`") }
        guard ofElements, !parts.isEmpty else { return (items + parts).joined(separator: "; ") }
        return (items + ["each element " + parts.joined(separator: ", ")]).joined(separator: "; ")
    }
}
