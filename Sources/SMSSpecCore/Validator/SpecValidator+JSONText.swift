import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// `contentType: application/json`: the field's value travels as text holding the JSON of its type (Mandrill's
    /// form field `mandrill_events`, SUBMAIL's `multi`, Zadarma's `result`). Only JSON text is supported; it goes in
    /// a form's or query's field, the query, a header or a JSON body's member, and with none of the keys that say
    /// how a text is written otherwise. Each error at what is written.
    /// A media type naming one JSON value that generated code reads as UTF-8: `application/json`, `text/json`,
    /// `application/x-json` or a `+json` suffix of `application`, with no parameter but `charset=utf-8` (an attack:
    /// `application/json-seq`, whose records the reader refuses, `*/json`, `charset=latin1`, which it ignored, `;;`).
    static func namesOneJSONText(_ text: String) -> Bool {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let media = MediaType(text), !parts.contains(where: \.isEmpty) else { return false }
        let essence = media.essence.lowercased()
        let subtypeIsJSON = ["application/json", "text/json", "application/x-json"].contains(essence)
            || (essence.hasPrefix("application/") && essence.hasSuffix("+json") && essence.count > "application/+json".count)
        let parameters = media.parameters.map { ($0.name.lowercased(), $0.value.lowercased()) }
        return subtypeIsJSON && parameters.allSatisfy { $0.0 == "charset" && ["utf-8", "utf8"].contains($0.1) }
    }

    func checkJSONText(of field: FieldSpec, subject: String) {
        guard let contentType = field.contentType else { return }
        guard field.isJSONText, Self.namesOneJSONText(contentType.value) else {
            diagnostics.error(
                "'contentType' of \(subject) is \(DisplayText.quotedExcerpt(contentType.value)): only JSON text is supported, one JSON "
                    + "value in UTF-8 (application/json, text/json or application/…+json, no parameter but 'charset=utf-8': the field's text "
                    + "holds the JSON of its type)",
                at: contentType.location)
            return
        }
        if field.placement == .path || field.placement == .wholeBody {
            diagnostics.error(
                "\(subject) is 'in: \(field.placement.rawValue)' and has 'contentType': JSON text goes in a form's or the query's field, "
                    + "a header or a JSON body's member; \(field.placement == .path ? "a path segment" : "a whole body") cannot carry it",
                at: contentType.location)
        }
        switch field.type.value {
        case .primitive(.string):
            diagnostics.error(
                "\(subject) is a string and has 'contentType': it is already text; give the type its JSON holds (a shape, a list, json)",
                at: contentType.location)
        case .primitive(.date):
            diagnostics.error(
                "\(subject) is a date and has 'contentType': a date is already text in its 'format'; remove 'contentType'",
                at: contentType.location)
        default: break
        }
        if let separator = field.separator {
            diagnostics.error(
                "\(subject) has a 'separator' and 'contentType': its text is JSON, not elements joined; remove one", at: separator.location)
        }
        if let value = field.defaultValue {
            diagnostics.error(
                "\(subject) has a 'default' and 'contentType': a value of JSON text has no default; remove 'default'", at: value.location)
        }
        let others = [(field.preEncoded, "preEncoded", "its JSON text is percent-encoded as written"),
                      (field.lenient, "lenient", "its JSON text says the type"),
                      (field.secret, "secret", "a credential is a string; mark the secret fields of the type its JSON holds")]
        for (isSet, key, why) in others where isSet {
            diagnostics.error("\(subject) is '\(key)' and has 'contentType': \(why); remove '\(key)'", at: contentType.location)
        }
    }
}
