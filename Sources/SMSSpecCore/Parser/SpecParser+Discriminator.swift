import Yams

extension SpecParser {
    /// `discriminator: {field, variants: {value: Shape}}` of a callback or a union: which shape a payload is, by a
    /// field at its top.
    func discriminator(in owner: MappingReader, of subject: String) -> DiscriminatorSpec? {
        guard let reader = owner.mapping("discriminator", subject: "'discriminator' of \(subject)") else { return nil }
        reader.checkKeys(SpecKeys.discriminator)
        let entries = reader.namedEntries("variants", required: true)
        checkShapeCount(entries, of: "the discriminator of \(subject)")
        let variants = entries.compactMap { variant -> (Located<String>, Located<String>)? in
            guard case .scalar(let scalar) = variant.value else {
                diagnostics.error("variant '\(variant.name.value)' of \(subject) must name a shape", at: variant.value.location(in: file))
                return nil
            }
            return (variant.name, Located(scalar.string, at: variant.value.location(in: file)))
        }
        return reader.string("field", required: true).map { DiscriminatorSpec(field: $0, variants: variants) }
    }
}
