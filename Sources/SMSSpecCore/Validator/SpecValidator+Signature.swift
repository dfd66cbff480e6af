import SMSSpecVocabulary

extension SpecValidator {
    /// A signature's timestamp read from a payload field needs that field in each shape the callback decodes: a
    /// payload without it is refused, so a shape without it names a field the provider does not send (a misspelling).
    func checkSignatureFields(_ callback: CallbackSpec) {
        guard let signature = callback.signature else { return }
        let shapes = callback.shape.map { [$0] } ?? callback.discriminator?.variants.map(\.shape) ?? []
        // A code carried in a field needs named fields to be in: a list payload has none, and its receiver refused
        // every request ("the JSON body is no object").
        if case .field(let carrier) = signature.value.carrier, let list = shapes.first(where: { names.shapesByName[$0.value]?.items != nil }) {
            diagnostics.error(
                "the signature of callback '\(callback.name.value)' travels in the payload field \(carrier), but shape '\(list.value)' is a "
                    + "list, which has no fields; sign a payload of named fields, or carry the signature in a header",
                at: signature.location)
        }
        guard case .field(let name)? = signature.value.replayWindow?.place else { return }
        for shape in shapes {
            guard let fields = names.shapesByName[shape.value]?.fields.map(\.wireName.value), !fields.contains(name) else { continue }
            diagnostics.error(
                "the timestamp field \(name) of the signature of callback '\(callback.name.value)' is no field of shape '\(shape.value)'"
                    + "\(Suggestions.hint(for: name, in: fields)); name the field the provider writes the time in",
                at: signature.location)
        }
    }
}
