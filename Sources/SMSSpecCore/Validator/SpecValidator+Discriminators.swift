extension SpecValidator {
    /// A discriminator is a key at the top of the payload. One written as a path (`data.event_type`, where Telnyx
    /// tells an event's kind) is read as the one key `data.event_type`: every real event would decode as `unknown`.
    /// Lint names it when no variant carries that key and one carries the key its path starts with.
    func checkDiscriminatorIsNoPath(_ callback: CallbackSpec) {
        guard let discriminator = callback.discriminator, let dot = discriminator.field.value.firstIndex(of: ".") else { return }
        let name = discriminator.field.value
        let wireNames = discriminator.variants.compactMap { names.shapesByName[$0.shape.value]?.fields.map(\.wireName.value) }
        let head = String(name[..<dot])
        guard !wireNames.contains(where: { $0.contains(name) }), wireNames.contains(where: { $0.contains(head) }) else { return }
        diagnostics.error(
            "discriminator field '\(name.abbreviated)' of callback '\(callback.name.value)' is read as one key at the top of the payload, "
                + "which no variant carries, while they carry '\(head.abbreviated)': a discriminator is a top-level field, not a path; "
                + "a payload that tells its kind deeper in is one shape (its field an enum) rather than a discriminator",
            at: discriminator.field.location)
    }
}
