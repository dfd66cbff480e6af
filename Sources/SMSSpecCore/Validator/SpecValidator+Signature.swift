import SMSSpecVocabulary

extension SpecValidator {
    /// A signature's timestamp read from a payload field, and the fields `names` signs, need that field in each shape
    /// the callback decodes: a payload without it is refused, so a shape without it names a field the provider does
    /// not send (a misspelling). A shared secret's field, where a shape has it, is a `secret`.
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
        for shape in shapes {
            guard let fields = names.shapesByName[shape.value]?.fields else { continue }
            let wireNames = fields.map(\.wireName.value)
            checkSignedFieldsAreScalars(callback, signature: signature, shape: shape.value, fields: fields)
            for name in signature.value.signs.fields?.names ?? [] where !wireNames.contains(name) {
                diagnostics.error(
                    "the signed field \(name) of the signature of callback '\(callback.name.value)' is no field of shape '\(shape.value)'"
                        + "\(Suggestions.hint(for: name, in: wireNames)); list the fields the provider signs, as it names them",
                    at: signature.location)
            }
            if case .field(let name)? = signature.value.replayWindow?.place, !wireNames.contains(name) {
                diagnostics.error(
                    "the timestamp field \(name) of the signature of callback '\(callback.name.value)' is no field of shape '\(shape.value)'"
                        + "\(Suggestions.hint(for: name, in: wireNames)); name the field the provider writes the time in",
                    at: signature.location)
            }
            // A signature's field is not listed in the shape, as often as not; one that is not, where the shape has a field
            // of a near name, is likely that field misspelt (a user's `field: secrt` beside `secret`: the sandbox signed
            // in the typo, the receiver refused every real webhook). A near field holding a credential makes it certain.
            if case .field(let carrier) = signature.value.carrier, !wireNames.contains(carrier),
                let near = Suggestions.closest(to: carrier, in: wireNames), let nearField = fields.first(where: { $0.wireName.value == near })
            {
                let message = "the signature of callback '\(callback.name.value)' travels in the field \(carrier), which shape '\(shape.value)' "
                    + "does not have, beside its field '\(near)'\(nearField.secret ? ", a credential" : "") (did you mean '\(near)'?); name the "
                    + "field the provider writes it in"
                if nearField.secret { diagnostics.error(message, at: signature.location) } else { diagnostics.warning(message, at: signature.location) }
            }
            // A shared secret sent in a field is decoded with the payload where the shape has it: it never prints.
            if signature.value.algorithm == .secret, case .field(let carrier) = signature.value.carrier,
                let field = fields.first(where: { $0.wireName.value == carrier }), !field.secret
            {
                diagnostics.error(
                    "field '\(carrier)' of shape '\(shape.value)' carries the shared secret of callback '\(callback.name.value)': "
                        + "mark it `secret: true` so its value never prints, or leave it out of the shape",
                    at: field.wireName.location)
            }
        }
    }

    /// A signature over a JSON payload's fields reads text, numbers and booleans: a signed member that is a list, an
    /// object or `json` makes the receiver refuse every callback (a user's Voximplant `callbacks` list, BulkVS's `To`
    /// list signed with every field: lint said OK). The fields `names` lists, or every field but the code's.
    private func checkSignedFieldsAreScalars(_ callback: CallbackSpec, signature: Located<CallbackSignature>, shape: String, fields: [FieldSpec]) {
        guard let signed = signature.value.signs.fields, ([callback.encoding] + callback.otherEncodings).contains(.json) else { return }
        let carrier: String? = if case .field(let name) = signature.value.carrier { name } else { nil }
        let read = signed.names.map(Set.init) ?? Set(fields.map(\.wireName.value)).subtracting(carrier.map { [$0] } ?? [])
        for field in fields where field.placement == .body && read.contains(field.wireName.value) && !isSignableScalar(field.type.value) {
            diagnostics.error(
                "the signature of callback '\(callback.name.value)' signs field '\(field.wireName.value)' of shape '\(shape)', which is "
                    + "'\(field.type.value.description.abbreviated)': a signature over a JSON payload's fields reads text, numbers and booleans, "
                    + "so the receiver would refuse every callback; list the fields it signs (`names`) without it",
                at: signature.location)
        }
    }

    /// Text, a number, a boolean, a date, an enum's or a table's code, or a union of those.
    private func isSignableScalar(_ type: TypeExpression, depth: Int = 0) -> Bool {
        switch type {
        case .primitive(let primitive): return primitive != .json
        case .named(let name):
            if names.enumsByName[name] != nil || names.tablesByName[name] != nil { return true }
            guard depth < 4, let union = names.unionsByName[name], union.discriminator == nil else { return false }
            return union.variants.allSatisfy { isSignableScalar($0.type.value, depth: depth + 1) }
        default: return false
        }
    }
}
