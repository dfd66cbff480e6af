extension SpecValidator {
    /// `exactlyOne: [numbers, group_id]`, `atLeastOne: [Body, MediaUrl]`, `atMostOne: [ttl, validUntil]`: two or more different optional fields of
    /// the shape, without a default (a required or defaulted field is always given, which would decide the rule).
    func checkPresenceRules(of shape: ShapeSpec) {
        for presence in shape.presence {
            let subject = "'\(presence.rule.rawValue)' of shape '\(shape.name.value)'"
            if shape.items != nil {
                diagnostics.error("\(subject) counts fields, and a list shape ('items') has none; remove it", at: presence.location)
                continue
            }
            if presence.fields.count < 2 {
                diagnostics.error(
                    "\(subject) must name two or more fields, of which it counts those a message gives; found \(presence.fields.count)",
                    at: presence.location)
            }
            var named = Set<String>()
            for name in presence.fields {
                guard named.insert(name.value).inserted else {
                    diagnostics.error("\(subject) names field '\(name.value)' twice", at: name.location)
                    continue
                }
                guard let field = shape.fields.first(where: { $0.wireName.value == name.value }) else {
                    diagnostics.error(
                        "\(subject) names no field of the shape: '\(name.value)'" + hint(for: name.value, in: shape.fields.map(\.wireName.value)),
                        at: name.location)
                    continue
                }
                if field.required || field.defaultValue != nil {
                    diagnostics.error(
                        "\(subject) names field '\(name.value)', which is \(field.required ? "required" : "given its default when absent"), "
                            + "so a message always gives it; make it optional without a default",
                        at: name.location)
                }
            }
        }
    }
}
