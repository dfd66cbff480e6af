import SMSSpecVocabulary

extension SpecValidator {
    /// A signature's timestamp read from a payload field needs that field in each shape the callback decodes: a
    /// payload without it is refused, so a shape without it names a field the provider does not send (a misspelling).
    func checkSignatureFields(_ callback: CallbackSpec) {
        guard let signature = callback.signature, case .field(let name)? = signature.value.replayWindow?.place else { return }
        let shapes = callback.shape.map { [$0] } ?? callback.discriminator?.variants.map(\.shape) ?? []
        for shape in shapes {
            guard let fields = names.shapesByName[shape.value]?.fields.map(\.wireName.value), !fields.contains(name) else { continue }
            diagnostics.error(
                "the timestamp field \(name) of the signature of callback '\(callback.name.value)' is no field of shape '\(shape.value)'"
                    + "\(Suggestions.hint(for: name, in: fields)); name the field the provider writes the time in",
                at: signature.location)
        }
    }
}
