extension SpecValidator {
    /// A callback's or a union's discriminator: each value once, each naming a shape with fields (a list has no
    /// field to tell its kind), the field a key rather than a path. `subject`: "callback 'Events'", "union 'Content'".
    func checkDiscriminator(_ discriminator: DiscriminatorSpec, of subject: String) {
        checkDiscriminatorIsNoPath(discriminator, of: subject)
        checkDiscriminatorIsNotMisspelt(discriminator, of: subject)
        var values = Set<String>()
        for variant in discriminator.variants {
            checkReference(variant.shape, among: shapeNames, kind: "shape")
            // The discriminator is a field of the event: a list has none, so the case could never be read.
            if names.shapesByName[variant.shape.value]?.items != nil {
                diagnostics.error(
                    "'\(variant.shape.value)' is a list shape, which has no field '\(discriminator.field.value)' to tell its "
                        + "kind: a variant of \(subject) is a shape with fields",
                    at: variant.shape.location)
            }
            if !values.insert(variant.value.value).inserted {
                diagnostics.error("discriminator value '\(variant.value.value)' is listed twice", at: variant.value.location)
            }
        }
        // The discriminator is read as its value to choose the variant, which then could never read it as JSON text (an
        // attack: every event of the kind named decoded as none). Said once per shape.
        let shapes = Set(discriminator.variants.map(\.shape.value)).sorted()
        for shape in shapes {
            guard let field = names.shapesByName[shape]?.fields.first(where: { $0.wireName.value == discriminator.field.value }),
                let contentType = field.contentType
            else { continue }
            diagnostics.error(
                "field '\(field.wireName.value.abbreviated)' of shape '\(shape)' is the discriminator of \(subject) and has 'contentType': "
                    + "the discriminator is read as its value to tell the kind, never as JSON text; remove 'contentType'",
                at: contentType.location)
        }
    }

    /// A discriminator is a key at the top of the payload. One written as a path (`data.event_type`, where Telnyx
    /// tells an event's kind) is read as the one key `data.event_type`: every real event would decode as `unknown`.
    /// Lint names it when no variant carries that key and one carries the key its path starts with.
    private func checkDiscriminatorIsNoPath(_ discriminator: DiscriminatorSpec, of subject: String) {
        guard let dot = discriminator.field.value.firstIndex(of: ".") else { return }
        let name = discriminator.field.value
        let wireNames = discriminator.variants.compactMap { names.shapesByName[$0.shape.value]?.fields.map(\.wireName.value) }
        let head = String(name[..<dot])
        guard !wireNames.contains(where: { $0.contains(name) }), wireNames.contains(where: { $0.contains(head) }) else { return }
        diagnostics.error(
            "discriminator field '\(name.abbreviated)' of \(subject) is read as one key at the top of the payload, "
                + "which no variant carries, while they carry '\(head.abbreviated)': a discriminator is a top-level field, not a path; "
                + "a payload that tells its kind deeper in is one shape (its field an enum) rather than a discriminator",
            at: discriminator.field.location)
    }

    /// A discriminator key no variant carries, where each carries a near one (`Event` beside their `event`, a user's
    /// Azure Event Grid): keys match exactly, so every real callback would be read as none of them (and refused
    /// 400) — lint passed it when the spec gave no example. An error where every variant carries the near key, a
    /// warning where only some do.
    private func checkDiscriminatorIsNotMisspelt(_ discriminator: DiscriminatorSpec, of subject: String) {
        let name = discriminator.field.value
        guard !name.contains(".") else { return }
        let keys = discriminator.variants.compactMap { names.shapesByName[$0.shape.value] }.filter { $0.items == nil }.map { Set($0.fields.map(\.wireName.value)) }
        guard !keys.isEmpty, !keys.contains(where: { $0.contains(name) }) else { return }
        let near = keys.map { fields in Suggestions.closest(to: name, in: fields.sorted()) }
        guard let first = near.compactMap({ $0 }).first else { return }
        let everyVariant = near.allSatisfy { $0 == first }
        let message = "discriminator field '\(name.abbreviated)' of \(subject) is a key no variant carries, while "
            + (everyVariant ? "they carry" : "some carry") + " '\(first.abbreviated)': a payload's keys are matched exactly, case included, "
            + "so a callback would be read as none of its variants; write the key as the payload does"
        if everyVariant { diagnostics.error(message, at: discriminator.field.location) } else { diagnostics.warning(message, at: discriminator.field.location) }
    }
}
