import SMSSpecVocabulary
import Yams

extension SpecParser {
    /// A callback's `signature:`; each wrong value is reported where it is written, with the values it may take.
    /// `byGET`: the callback may also arrive by GET, among other methods, with its payload in the query.
    func signature(in callback: MappingReader, subject: String, encoding: EncodingKind, byGET: Bool) -> (Located<CallbackSignature>, SourceReference?)? {
        let subject = "'signature' of \(subject)"
        guard let reader = callback.mapping("signature", subject: subject) else { return nil }
        reader.checkKeys(SpecKeys.signature)
        let header = reader.string("header", required: true)
        if let header, !HTTPToken.isValid(header.value) {
            diagnostics.error(
                "'header' of \(subject) must be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~); found \(DisplayText.quotedExcerpt(header.value))",
                at: header.location)
        }
        let algorithm = reader.choice("algorithm", CallbackSignature.Algorithm.allCases.map(\.rawValue), required: true)
        let signs = reader.choice("signs", CallbackSignature.Content.allCases.map(\.rawValue), required: true)
        let written = reader.choice("encoding", CallbackSignature.Encoding.allCases.map(\.rawValue), required: true)
        let prefix = reader.string("prefix")
        if let prefix, prefix.value.utf8.count > CallbackSignature.maximumPrefixBytes || !prefix.value.allSatisfy(Self.isVisibleASCII) {
            diagnostics.error(
                "'prefix' of \(subject) must be at most \(CallbackSignature.maximumPrefixBytes) visible ASCII characters; found \(DisplayText.quotedExcerpt(prefix.value))",
                at: prefix.location)
        }
        if let signs, signs.value == CallbackSignature.Content.body.rawValue, encoding == .query {
            diagnostics.error(
                "\(subject) signs the body, but the callback's payload is its query (encoding: query), and a query callback has no body; "
                    + "sign '\(CallbackSignature.Content.urlAndSortedFormParameters.rawValue)' (the URL with its query)",
                at: signs.location)
        } else if let signs, signs.value == CallbackSignature.Content.body.rawValue, byGET {
            diagnostics.error(
                "\(subject) signs the body, but the callback may arrive by GET, whose payload is its query, and a GET has no body; "
                    + "sign '\(CallbackSignature.Content.urlAndSortedFormParameters.rawValue)' (the URL with its query, and a form's fields)",
                at: signs.location)
        }
        if let signs, signs.value == CallbackSignature.Content.urlAndSortedFormParameters.rawValue, encoding == .json {
            diagnostics.error(
                "\(subject) signs the URL and the form's fields, but the callback's payload is JSON, which has no form fields "
                    + "(a JSON body signed so carries its hash in the URL, which SMSSpec does not check); "
                    + (byGET ? "make the callback a form (a GET among its methods has no body to sign)" : "sign 'body' or make the callback a form"),
                at: signs.location)
        }
        guard let header, let algorithm, let signs, let written,
            let algorithmValue = CallbackSignature.Algorithm(rawValue: algorithm.value),
            let content = CallbackSignature.Content(rawValue: signs.value),
            let encodingValue = CallbackSignature.Encoding(rawValue: written.value)
        else { return nil }
        let signature = CallbackSignature(header: header.value, algorithm: algorithmValue, signs: content, encoding: encodingValue, prefix: prefix?.value ?? "")
        return (Located(signature, at: reader.location), sourceReference(in: reader))
    }

    static func isVisibleASCII(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
    }
}
