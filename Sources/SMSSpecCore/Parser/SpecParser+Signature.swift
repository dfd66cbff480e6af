import SMSSpecVocabulary
import Yams

extension SpecParser {
    /// A callback's `signature:`; each wrong value is reported where it is written, with the values it may take.
    /// `byGET`: the callback may also arrive by GET, among other methods, with its payload in the query.
    func signature(in callback: MappingReader, subject: String, encoding: EncodingKind, byGET: Bool) -> (Located<CallbackSignature>, SourceReference?)? {
        let subject = "'signature' of \(subject)"
        guard let reader = callback.mapping("signature", subject: subject) else { return nil }
        reader.checkKeys(SpecKeys.signature)
        // Signed only for an account that sets a secret: a receiver without one takes callbacks unsigned.
        let isOptional = reader.bool("optional")?.value ?? false
        let carrier = place(in: reader, subject: subject, what: "the code")
        let algorithm = reader.choice("algorithm", CallbackSignature.Algorithm.allCases.map(\.rawValue), required: true)
        let prefix = reader.string("prefix")
        if let prefix, prefix.value.utf8.count > CallbackSignature.maximumPrefixBytes || !prefix.value.allSatisfy(Self.isVisibleASCII) {
            diagnostics.error(
                "'prefix' of \(subject) must be at most \(CallbackSignature.maximumPrefixBytes) visible ASCII characters, no space among "
                    + "them (the signature follows it directly); found \(DisplayText.quotedExcerpt(prefix.value))"
                    + (prefix.value.contains(" ") ? ", which holds a space: an authorization scheme before the signature (`Application …`) is no prefix" : ""),
                at: prefix.location)
        }
        if algorithm?.value == CallbackSignature.Algorithm.secret.rawValue {
            guard var signature = sharedSecret(in: reader, subject: subject, carrier: carrier?.value, prefix: prefix?.value ?? "") else { return nil }
            signature.isOptional = isOptional
            return (Located(signature, at: reader.location), sourceReference(in: reader))
        }
        let content = signedContent(in: reader, subject: subject, carrier: carrier?.value, encoding: encoding, byGET: byGET)
        if let algorithm, let content { checkKeyed(algorithm, signs: content, subject: subject) }
        let written = reader.choice("encoding", CallbackSignature.Encoding.ofCodes.map(\.rawValue), required: true)
        let window = replayWindow(in: reader, subject: subject, signs: content, carrier: carrier?.value)
        let keyDigest = reader.choice("keyDigest", CallbackSignature.Digest.allCases.map(\.rawValue), required: false)
        if let keyDigest, let algorithm, CallbackSignature.Algorithm(rawValue: algorithm.value)?.isHMAC == false {
            diagnostics.error(
                "'keyDigest' of \(subject) says which digest of the secret keys an HMAC, and 'algorithm' is \(algorithm.value), a plain "
                    + "digest keyed by no key; leave 'keyDigest' out, or name the HMAC (hmac-sha256) if the provider keys one with it",
                at: keyDigest.location)
        }
        guard let carrier, let algorithm, let content, let written, let window,
            let algorithmValue = CallbackSignature.Algorithm(rawValue: algorithm.value),
            let encodingValue = CallbackSignature.Encoding(rawValue: written.value)
        else { return nil }
        let signature = CallbackSignature(
            carrier: carrier.value, algorithm: algorithmValue, signs: content, encoding: encodingValue, prefix: prefix?.value ?? "",
            replayWindow: window, keyDigest: keyDigest.flatMap { CallbackSignature.Digest(rawValue: $0.value) }, isOptional: isOptional)
        return (Located(signature, at: reader.location), sourceReference(in: reader))
    }

    /// `signs:`: one name (`body`, `url+sorted-form-params`), or a list of parts signed one after the other; nil when
    /// a part is wrong (each reported where it is written).
    private func signedContent(
        in reader: MappingReader, subject: String, carrier: CallbackSignature.Place?, encoding: EncodingKind, byGET: Bool
    ) -> CallbackSignature.Content? {
        if let node = reader.node("signs"), case .mapping(let mapping) = node {
            let written = mapping.count == 1 ? mapping.first.flatMap { key, value in
                key.string.flatMap { SpecKeys.signedPart.contains($0) ? $0 : nil }.flatMap { key in value.string.map { "{\(DisplayText.escapedExcerpt(key)): \(DisplayText.escapedExcerpt($0))}" } }
            } : nil
            diagnostics.error(
                "'signs' of \(subject) is a part's name (body) or a list of parts; a part written as a mapping goes in a list: "
                    + "signs: [\(written ?? "{header: X-Nonce}, body")]",
                at: node.location(in: file))
            return nil
        }
        guard let node = reader.node("signs"), case .sequence(let items) = node else {
            let names = [CallbackSignature.Content.body, .urlAndSortedFormParameters].compactMap { content in
                CallbackSignature.Part.named.first { [$0.part] == content.parts }?.name
            }
            guard let signs = reader.choice("signs", names, required: true),
                let part = CallbackSignature.Part.named.first(where: { $0.name == signs.value })?.part
            else { return nil }
            return checkSignable(part, at: signs.location, subject: subject, carrier: carrier, encoding: encoding, byGET: byGET)
                ? CallbackSignature.Content([part]) : nil
        }
        guard !items.isEmpty, items.count <= CallbackSignature.maximumParts else {
            diagnostics.error(
                "'signs' of \(subject) lists \(items.count) parts; list 1 to \(CallbackSignature.maximumParts) (what the provider signs, in order)",
                at: node.location(in: file))
            return nil
        }
        var parts: [CallbackSignature.Part] = []
        for item in items {
            guard let part = signedPart(item, subject: subject, carrier: carrier),
                checkSignable(part, at: item.location(in: file), subject: subject, carrier: carrier, encoding: encoding, byGET: byGET)
            else { continue }
            parts.append(part)
        }
        guard parts.count == items.count else { return nil }
        guard signsThePayload(parts, encoding: encoding) else {
            let advice = switch encoding {
            case .query: "add 'url' (the URL with its query)"
            case .form: "add 'body', a digest of it ({digest: sha256}) or 'url+sorted-form-params'"
            default: "add 'body' or a digest of it ({digest: sha256})"
            }
            diagnostics.error(
                "\(subject) signs none of the payload: a request with another payload under the same headers keeps its code, so "
                    + "a forged or altered callback would be taken; \(advice) as the provider signs it",
                at: node.location(in: file))
            return nil
        }
        return CallbackSignature.Content(parts)
    }

    /// Whether `parts` cover the payload, so that a code cannot be moved to another: the body (or a digest of it),
    /// the form's or payload's fields, or the URL of a callback whose payload is its query.
    private func signsThePayload(_ parts: [CallbackSignature.Part], encoding: EncodingKind) -> Bool {
        parts.contains { part in
            switch part {
            case .body, .bodyDigest, .urlAndSortedFormParameters, .fields: true
            case .url: encoding == .query
            case .method, .header, .text, .secret: false
            }
        }
    }

    /// One item of a `signs:` list: a part's name, or a one-key mapping (`{header: X-Nonce}`).
    private func signedPart(_ item: Node, subject: String, carrier: CallbackSignature.Place?) -> CallbackSignature.Part? {
        let location = item.location(in: file)
        let names = CallbackSignature.Part.named.map(\.name)
        let allowed = (names + ["{header: Name}", "{text: '.'}", "{digest: md5}", "{fields: {pair: '{name}={value}'}}"]).joined(separator: ", ")
        if case .scalar(let scalar) = item {
            if let part = CallbackSignature.Part.named.first(where: { $0.name == scalar.string })?.part { return part }
            let hint = scalar.style == .plain ? Suggestions.hint(for: scalar.string, in: names)
                : " (text between parts is written {text: \(DisplayText.quotedExcerpt(scalar.string))})"
            diagnostics.error(
                "a part of 'signs' of \(subject) must be one of \(allowed); found \(DisplayText.quotedExcerpt(scalar.string))\(hint)", at: location)
            return nil
        }
        let partSubject = "a part of 'signs' of \(subject)"
        guard case .mapping(let mapping) = item, let reader = MappingReader(item, file: file, subject: partSubject, diagnostics: diagnostics) else {
            diagnostics.error("\(partSubject) must be one of \(allowed); found \(item.kindDescription)", at: location)
            return nil
        }
        reader.checkKeys(SpecKeys.signedPart)
        guard mapping.count == 1 else {
            diagnostics.error("\(partSubject) is one part: one key of \(SpecKeys.signedPart.joined(separator: ", ")); found \(mapping.count)", at: location)
            return nil
        }
        if let header = reader.string("header") {
            guard checkHeaderName(header, key: "header", of: partSubject) else { return nil }
            if case .header(let signatureHeader)? = carrier, header.value.lowercased() == signatureHeader.lowercased() {
                diagnostics.error(
                    "\(partSubject) signs \(header.value), the header that carries the signature itself; sign the headers the provider names (a nonce, a timestamp)",
                    at: header.location)
                return nil
            }
            return .header(header.value)
        }
        if let text = reader.string("text") {
            guard !text.value.isEmpty, text.value.utf8.count <= CallbackSignature.maximumPrefixBytes else {
                diagnostics.error(
                    "'text' of \(partSubject) must be 1 to \(CallbackSignature.maximumPrefixBytes) bytes; found \(DisplayText.quotedExcerpt(text.value))",
                    at: text.location)
                return nil
            }
            return .text(text.value)
        }
        if let digest = reader.choice("digest", CallbackSignature.Digest.allCases.map(\.rawValue)) {
            return CallbackSignature.Digest(rawValue: digest.value).map(CallbackSignature.Part.bodyDigest)
        }
        if let fields = reader.mapping("fields", subject: "'fields' of \(partSubject)") {
            return signedFields(fields, subject: "'fields' of \(partSubject)", carrier: carrier).map(CallbackSignature.Part.fields)
        }
        return nil
    }

    /// Whether what `part` signs exists in the callback, reported where it is written when not: a query callback
    /// has no body, a JSON one no form fields.
    private func checkSignable(
        _ part: CallbackSignature.Part, at location: SourceLocation, subject: String, carrier: CallbackSignature.Place?, encoding: EncodingKind, byGET: Bool
    ) -> Bool {
        let urlAndFields = CallbackSignature.Part.named.first { $0.part == .urlAndSortedFormParameters }?.name ?? ""
        let readsBody = part == .body || part.digest != nil
        if case .field(let field)? = carrier, readsBody || part == .url || part == .urlAndSortedFormParameters {
            diagnostics.error(
                "\(subject) travels in the payload field \(field), which \(readsBody ? "the body" : "the URL") holds, so the sender could not have signed "
                    + "\(readsBody ? "the body" : "the URL"); sign the other fields: {fields: {pair: '{name}={value}'}}",
                at: location)
            return false
        }
        if readsBody, encoding == .query {
            diagnostics.error(
                "\(subject) signs the body, but the callback's payload is its query (encoding: query), and a query callback has no body; "
                    + "sign '\(urlAndFields)' (the URL with its query)",
                at: location)
            return false
        }
        if readsBody, byGET {
            diagnostics.error(
                "\(subject) signs the body, but the callback may arrive by GET, whose payload is its query, and a GET has no body; "
                    + "sign '\(urlAndFields)' (the URL with its query, and a form's fields)",
                at: location)
            return false
        }
        if part == .urlAndSortedFormParameters, encoding == .json {
            diagnostics.error(
                "\(subject) signs the URL and the form's fields, but the callback's payload is JSON, which has no form fields "
                    + "(a JSON body signed so carries its hash in the URL, which SMSSpec does not check); "
                    + (byGET ? "make the callback a form (a GET among its methods has no body to sign)" : "sign 'body' or make the callback a form"),
                at: location)
            return false
        }
        return true
    }

    /// `timestamp:` and `tolerance:`, given together: the signed header carrying the time, and how far from the
    /// receiver's clock it may be. `.some(nil)`: neither is given; nil: one is wrong (reported).
    private func replayWindow(
        in reader: MappingReader, subject: String, signs: CallbackSignature.Content?, carrier: CallbackSignature.Place?
    ) -> CallbackSignature.ReplayWindow?? {
        let timestamp = reader.mapping("timestamp", subject: "'timestamp' of \(subject)")
        var tolerance = reader.int("tolerance")
        guard timestamp != nil || reader.has("timestamp") || tolerance != nil || reader.has("tolerance") else { return .some(nil) }
        if let written = tolerance, !(1...CallbackSignature.maximumTolerance).contains(written.value) {
            diagnostics.error(
                "'tolerance' of \(subject) must be 1 to \(CallbackSignature.maximumTolerance) seconds (a day); found \(written.value)",
                at: written.location)
            tolerance = nil
        }
        guard let timestamp else {
            // A 'timestamp' of the wrong kind is reported by itself; 'tolerance' then has its timestamp, misspelt.
            if let tolerance, !reader.has("timestamp") {
                diagnostics.error(
                    "'tolerance' of \(subject) has no 'timestamp' to measure: add timestamp: {header: <the header the provider writes the time in>, "
                        + "format: unixSeconds}, signed in 'signs', or leave 'tolerance' out",
                    at: tolerance.location)
            }
            return nil
        }
        timestamp.checkKeys(SpecKeys.signatureTimestamp)
        let place = self.place(in: timestamp, subject: "'timestamp' of \(subject)", what: "the time")
        let format = timestamp.choice("format", DateFormatName.allCases.map(\.rawValue), required: true)
        if !reader.has("tolerance") {
            diagnostics.error(
                "'timestamp' of \(subject) needs 'tolerance': how many seconds from the receiver's clock the time may be (seven.io's 30, Stripe's 300)",
                at: reader.keyLocation("timestamp"))
        }
        guard let place else { return nil }
        guard case .header(let name) = place.value else {
            guard checkSignedField(place, of: subject, signs: signs, carrier: carrier) else { return nil }
            guard let tolerance, let format, let formatValue = DateFormatName(rawValue: format.value) else { return nil }
            return CallbackSignature.ReplayWindow(place: place.value, format: formatValue, tolerance: tolerance.value)
        }
        let header = Located(name, at: place.location)
        if let signs, !signs.headers.contains(where: { $0.lowercased() == header.value.lowercased() }) {
            diagnostics.error(
                "the timestamp header \(header.value) of \(subject) is not signed, so a replay could carry a fresh time: "
                    + "add {header: \(header.value)} to 'signs' where the provider signs it",
                at: header.location)
            return nil
        }
        guard let tolerance, let format, let formatValue = DateFormatName(rawValue: format.value) else { return nil }
        return CallbackSignature.ReplayWindow(header: header.value, format: formatValue, tolerance: tolerance.value)
    }

    /// Reports a header name that is no RFC 9110 token; whether it is one.
    @discardableResult
    func checkHeaderName(_ header: Located<String>, key: String, of subject: String) -> Bool {
        guard !HTTPToken.isValid(header.value) else { return true }
        diagnostics.error(
            "'\(key)' of \(subject) must be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~); found \(DisplayText.quotedExcerpt(header.value))",
            at: header.location)
        return false
    }

    static func isVisibleASCII(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
    }
}
