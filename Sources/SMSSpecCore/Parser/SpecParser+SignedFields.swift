import SMSSpecVocabulary

/// A signature carried in a payload field, over the payload's sorted fields (Vonage's `sig`), and a plain digest
/// keyed by a `secret` part.
extension SpecParser {
    /// `header:` or `field:`, one of them: where the code travels (for `signature:`) or the time (for `timestamp:`).
    func place(in reader: MappingReader, subject: String, what: String) -> Located<CallbackSignature.Place>? {
        let header = reader.string("header")
        let field = reader.string("field")
        switch (header, field) {
        case (let header?, nil):
            return checkHeaderName(header, key: "header", of: subject) ? Located(.header(header.value), at: header.location) : nil
        case (nil, let field?):
            return Located(.field(field.value), at: field.location)
        case (_?, let field?):
            diagnostics.error(
                "\(subject) names both 'header' and 'field'; \(what) travels in one: 'header' for a header, 'field' for a field of the payload",
                at: field.location)
        case (nil, nil):
            if !reader.has("header"), !reader.has("field") {
                diagnostics.error(
                    "\(subject) needs 'header' (the header \(what) travels in) or 'field' (the payload field it travels in)", at: reader.location)
            }
        }
        return nil
    }

    /// `signs: [{fields: {names, pair, separator, replace, omitEmpty}}]`: which fields (every one, sorted, or those
    /// `names` lists, in order), how each is written and how they are joined.
    func signedFields(_ reader: MappingReader, subject: String, carrier: CallbackSignature.Place?) -> CallbackSignature.FieldPairs? {
        reader.checkKeys(SpecKeys.signedFields)
        let names = signedNames(in: reader, subject: subject, carrier: carrier)
        let pair = reader.string("pair", required: true)
        let separator = reader.string("separator")
        let omitsEmpty = reader.bool("omitEmpty")
        var replacements: [CallbackSignature.FieldPairs.Replacement] = []
        var valid = names != nil || !reader.has("names")
        if let pair, CallbackSignature.FieldPairs(pair: pair.value, names: reader.has("names") ? [] : nil).layout == nil {
            let (name, value) = (CallbackSignature.FieldPairs.namePlaceholder, CallbackSignature.FieldPairs.valuePlaceholder)
            let rule = reader.has("names")
                ? "\(value) once, and \(name) at most once, where the field's value and name go ('\(value)', '\(name)=\(value)')"
                : "\(name) and \(value) once each, where the field's name and value go ('&\(name)=\(value)', '\(name)\(value)')"
            diagnostics.error("'pair' of \(subject) must hold \(rule); found \(DisplayText.quotedExcerpt(pair.value))", at: pair.location)
            valid = false
        }
        for text in [pair, separator].compactMap({ $0 }) where text.value.utf8.count > CallbackSignature.maximumPrefixBytes {
            diagnostics.error(
                "\(subject): \(DisplayText.quotedExcerpt(text.value)) is over \(CallbackSignature.maximumPrefixBytes) bytes, the limit of text between values",
                at: text.location)
            valid = false
        }
        if let replace = reader.mapping("replace", subject: "'replace' of \(subject)") {
            for key in replace.keys {
                guard let text = replace.string(key) else { valid = false; continue }
                guard key.unicodeScalars.count == 1, text.value.utf8.count <= CallbackSignature.FieldPairs.maximumReplacementBytes else {
                    diagnostics.error(
                        "'replace' of \(subject) replaces one character of a value by at most \(CallbackSignature.FieldPairs.maximumReplacementBytes) bytes "
                            + "(\"&\": _); found \(DisplayText.quotedExcerpt(key)): \(DisplayText.quotedExcerpt(text.value))",
                        at: replace.keyLocation(key))
                    valid = false
                    continue
                }
                replacements.append(.init(key.first!, with: text.value))
            }
        }
        guard valid, let pair else { return nil }
        return CallbackSignature.FieldPairs(
            pair: pair.value, separator: separator?.value ?? "", replacements: replacements, omitsEmpty: omitsEmpty?.value ?? false,
            names: names?.map(\.value))
    }

    /// `names:`, the fields signed in the order the provider writes them: 1 to `maximumNames`, each once, never the
    /// code's own field. nil when absent or wrong (reported).
    private func signedNames(in reader: MappingReader, subject: String, carrier: CallbackSignature.Place?) -> [Located<String>]? {
        guard let names = reader.strings("names") else { return nil }
        guard (1...CallbackSignature.FieldPairs.maximumNames).contains(names.count) else {
            diagnostics.error(
                "'names' of \(subject) lists \(names.count) fields; list 1 to \(CallbackSignature.FieldPairs.maximumNames), those the provider signs, in its order",
                at: reader.keyLocation("names"))
            return nil
        }
        var valid = true
        for (index, name) in names.enumerated() {
            if names[..<index].contains(where: { $0.value == name.value }) {
                diagnostics.error(
                    "'names' of \(subject) lists \(DisplayText.quotedExcerpt(name.value)) twice; list each field the provider signs once, where it signs it",
                    at: name.location)
                valid = false
            }
            if carrier == .field(name.value) {
                diagnostics.error(
                    "'names' of \(subject) lists \(name.value), the field that carries the signature, which no sender can sign; leave it out",
                    at: name.location)
                valid = false
            }
        }
        return valid ? names : nil
    }

    /// A plain digest signs nothing secret unless a `secret` part puts the secret among what it digests.
    func checkKeyed(_ algorithm: Located<String>, signs: CallbackSignature.Content, subject: String) {
        guard let value = CallbackSignature.Algorithm(rawValue: algorithm.value), !value.isHMAC, !signs.parts.contains(.secret) else { return }
        diagnostics.error(
            "'algorithm' of \(subject) is \(value.rawValue), a plain digest, and 'signs' has no secret part, so anyone could compute the code: "
                + "add 'secret' to 'signs' where the provider puts the secret, or use hmac-\(value.rawValue) if it keys an HMAC with it",
            at: algorithm.location)
    }

    /// A timestamp in a payload field is signed when `signs` covers the payload's fields, and is not the code's field.
    func checkSignedField(
        _ place: Located<CallbackSignature.Place>, of subject: String, signs: CallbackSignature.Content?, carrier: CallbackSignature.Place?
    ) -> Bool {
        guard carrier != place.value else {
            diagnostics.error("the timestamp field \(place.value.name) of \(subject) is the field that carries the signature; name the field with the time", at: place.location)
            return false
        }
        if let names = signs?.fields?.names, !names.contains(place.value.name) {
            diagnostics.error(
                "the timestamp field \(place.value.name) of \(subject) is not among the fields 'names' signs, so a replay could carry a fresh time: "
                    + "add it to 'names' where the provider signs it",
                at: place.location)
            return false
        }
        guard let signs, signs.fields == nil else { return true }
        diagnostics.error(
            "the timestamp field \(place.value.name) of \(subject) is not signed, so a replay could carry a fresh time: "
                + "add {fields: {pair: '{name}={value}'}} to 'signs' as the provider writes the fields it signs",
            at: place.location)
        return false
    }
}
