import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore
import SMSSpecInterpreter

/// A spec's examples decoded as its generated types decode them, without compiling anything: the model drives the
/// runtime reads that each generated `init(from:)` makes (`ShapeRenderer`, `UnionRenderer`, `CallbackRenderer`), so
/// `smsspec lint` can say that an example does not decode, or that a `verbatim` text (kept because the document's is
/// broken) does.
enum ExampleDecoding {
    /// An example's text as the bytes its format is read from: a form's, query's or text's in the provider's charset
    /// (its characters, where the charset writes them all), JSON's in UTF-8.
    private static func payload(_ text: String, _ format: EncodingKind, _ charset: FormCharset) -> Data {
        guard format != .json, charset != .utf8, let bytes = charset.bytes(of: text) else { return Data(text.utf8) }
        return Data(bytes)
    }

    static func check(_ model: ProviderModel, diagnostics: DiagnosticCollector) {
        try? ModelReader.onLargeStack { checkExamples(model, diagnostics: diagnostics) }
    }

    private static func checkExamples(_ model: ProviderModel, diagnostics: DiagnosticCollector) {
        let reader = ModelReader(model)
        let rules = RuleInterpreter(model: model)
        // The field that is the whole body, by the name of its request shape.
        let wholeBodies = Dictionary(
            model.shapes.compactMap { shape in shape.spec.wholeBody.map { (shape.spec.name.value, $0.wireName.value) } },
            uniquingKeysWith: { first, _ in first })
        // The spec's own examples, not the catalog's: a redacted value can make a broken text read, or a payload fail.
        let quoting = ExampleQuoting(model)
        // A form, query or text is read in the provider's charset, its example's characters written in it first.
        let charset = model.spec.charset
        var codeKinds = CodeKindObservations()
        defer { codeKinds.warn(model: model, quoting: quoting, diagnostics: diagnostics) }
        for example in model.spec.examples {
            // A message that names nothing is the validator's error.
            guard let message = reader.message(named: example.message.value) else { continue }
            // What is said of it quotes its values: each credential redacted, as the generated catalog shows it.
            let said = DiagnosticCollector()
            defer {
                for diagnostic in said.diagnostics {
                    let message = quoting.redacting(diagnostic.message, quoting: example)
                    if diagnostic.severity == .error { diagnostics.error(message, at: diagnostic.location) } else { diagnostics.warning(message, at: diagnostic.location) }
                }
            }
            let diagnostics = said
            let subject = "example '\(example.name.value)'"
            do {
                let value = try reader.decode(message, from: payload(example.payload, example.format, charset), as: example.format, charset: charset)
                // A document's example, not one the spec's author wrote to show an undocumented code (no source).
                if example.source != nil {
                    warnOfUndocumentedCodes(in: value, subject: subject, at: example.location, diagnostics: diagnostics)
                    warnOfJoinedResults(in: value, message: example.message.value, model: model, subject: subject, at: example.location, diagnostics: diagnostics)
                    warnOfUnreadDates(in: value, subject: subject, at: example.location, diagnostics: diagnostics)
                    if example.format == .json { codeKinds.read(value, payload: example.payload, in: example) }
                    warnOfBrokenRules(example, rules: rules, charset: charset, subject: subject, diagnostics: diagnostics)
                }
            } catch {
                let body = wholeBodies[example.message.value].flatMap { example.format == .json && !isObject(example.payload) ? $0 : nil }
                // JSON read as a form (a callback the spec says is posted as a form, its document showing JSON) fails
                // at a field, which names no cause.
                let trimmed = example.payload.trimmingCharacters(in: .whitespacesAndNewlines)
                let jsonAsForm = (example.format == .form || example.format == .query) && example.formatIsDefault
                    && (trimmed.hasPrefix("{") || trimmed.hasPrefix("["))
                // A request's path, query or header field missing from a document's body (Somleng's `AccountSid`, in the
                // path): the example is the request's fields, not the body alone.
                var outsideBody: String?
                if case DecodingError.keyNotFound(let key, let context) = error, context.codingPath.isEmpty,
                    let field = model.shapes.first(where: { $0.spec.name.value == example.message.value })?.spec.fields
                        .first(where: { $0.wireName.value == key.stringValue }),
                    !field.placement.isInBody
                {
                    outsideBody = " (`\(key.stringValue)` travels in the \(field.placement.rawValue): an example of a request holds every field "
                        + "by wire name, the path's, query's and headers' too: add it to the document's text)"
                }
                diagnostics.error(
                    "payload of \(subject) does not decode as \(example.message.value): \(DecodingErrorDescription.describe(error))"
                        + (body.map {
                            " (a request is read as its fields by wire name, its body under '\($0)': an example of the body as sent names "
                                + "the body's type, a list shape for a list)"
                        } ?? "")
                        + (outsideBody ?? "")
                        + (jsonAsForm
                            ? " (the payload is JSON, read as a \(example.format == .form ? "form" : "query") as its message travels: give the example "
                                + "'format: json' if the document shows it so, or a callback posted either way 'encoding: [form, json]')"
                            : ""),
                    at: example.location)
            }
            if let verbatim = example.verbatim,
                (try? reader.decode(message, from: payload(verbatim, example.format, charset), as: example.format, charset: charset)) != nil
            {
                diagnostics.error(
                    "the verbatim text of \(subject) decodes as \(example.message.value); 'verbatim' keeps a document's broken text only"
                        + leniency(of: verbatim, as: example.format),
                    at: example.location)
            }
        }
    }

    /// The codes a document's example holds that its tables do not list: a document showing a code its tables lack
    /// says the table is incomplete or misses a spelling, and the code decodes as undocumented, a failure, in every
    /// answer.
    private static func warnOfUndocumentedCodes(in value: DecodedValue, subject: String, at location: SourceLocation, diagnostics: DiagnosticCollector) {
        let undocumented = value.statusReports.filter { $0.entry == nil }
        guard let first = undocumented.first else { return }
        // As lint shows a table's codes: an integer bare, any other in double quotes.
        let shown = { (report: StatusReport) in Int(report.rawCode) != nil ? report.rawCode : DisplayText.quotedExcerpt(report.rawCode) }
        let advice = "list the code in the table (with a decision on its entry when the document's table lacks it), or add its spelling to an "
            + "entry's aliases"
        guard undocumented.count > 1 else {
            diagnostics.warning(
                "\(subject) holds code \(shown(first)) at `\(first.path)`, which table '\(first.table)' does not list: it decodes as an "
                    + "undocumented code, a failure; \(advice)",
                at: location)
            return
        }
        // Each named where it is (a user's "and 1 more" named neither the code nor its place).
        let named = undocumented.prefix(3).map { "\(shown($0)) at `\($0.path)` (table '\($0.table)')" }
        let more = undocumented.count > 3 ? ", and \(undocumented.count - 3) more" : ""
        diagnostics.warning(
            "\(subject) holds \(undocumented.count) codes its tables do not list: \(named.joined(separator: ", "))\(more): each decodes as an "
                + "undocumented code, a failure; \(advice)",
            at: location)
    }

    /// A text answer's example whose field reads the text that stands between two fields of its forms: an answer of
    /// several results on one line (Route Mobile's `1701|9198…|fc2a,1706|9198…`, read by `{code}|{number}|{id}` as one
    /// result whose id is `fc2a,1706|9198…`: a user), a list with a `separator`, or read by another form than
    /// meant (a user's smsmode report list `33612345678 11 | 33623456789 2 | `, taken by `{code} | {description}`).
    private static func warnOfJoinedResults(
        in value: DecodedValue, message: String, model: ProviderModel, subject: String, at location: SourceLocation, diagnostics: DiagnosticCollector
    ) {
        let shapes = Dictionary(model.spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        guard let shape = shapes[message], let line = shape.textForms.isEmpty ? shape.lineShape(in: shapes) : shape else { return }
        // The literal text between two fields of a form (`|`), not the text a form starts or ends with.
        let between = Set(line.answerForms.forms.flatMap { form in
            form.pieces.indices.dropFirst().dropLast().compactMap { index -> String? in
                guard case .literal(let bytes) = form.pieces[index], case .field = form.pieces[index - 1], case .field = form.pieces[index + 1] else { return nil }
                return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }).filter { !$0.isEmpty }
        guard !between.isEmpty else { return }
        let results: [DecodedValue] = if case .list(let elements) = value { elements } else { [value] }
        for case .object(let fields) in results {
            for (name, field) in fields {
                guard case .scalar(let scalar) = field, let text = scalar as? String, let found = between.sorted().first(where: text.contains) else { continue }
                diagnostics.warning(
                    "\(subject) reads field '\(name)' as \(DisplayText.quotedExcerpt(text)), which holds \(DisplayText.quotedExcerpt(found)), the "
                        + "text between two fields of its forms: read by a form not meant for it (put the form it should take first), or "
                        + "several results on one line (a list shape of '\(line.name.value)' with the 'separator' between them: "
                        + "'{items: \(line.name.value), separator: \",\"}')",
                    at: location)
                return
            }
        }
    }

    /// The dates a document's example holds that none of their field's formats reads (a user's Messente report
    /// `2020-02-04T08:09:42.389630`, no zone, read as `iso8601`): every such date decodes as its text, its `date` nil.
    private static func warnOfUnreadDates(in value: DecodedValue, subject: String, at location: SourceLocation, diagnostics: DiagnosticCollector) {
        let unread = Decode.unreadDates(in: value)
        guard let first = unread.first else { return }
        let place = first.path.drop { $0 == "." }
        diagnostics.warning(
            "\(subject) holds the date \(DisplayText.quotedExcerpt(first.text))\(place.isEmpty ? "" : " at `\(place)`")"
                + (unread.count > Decode.listedFailures ? " and more" : unread.count > 1 ? " and \(unread.count - 1) more" : "")
                + ", which none of its field's formats reads: each such date "
                + "decodes as its text with no `date`; add the format the document writes to the field's 'formats'",
            at: location)
    }

    /// The rules a document's example request breaks, as the generated `validate()` would report them: the example
    /// shows what the provider takes, so the rule (or the example's transcription) is wrong.
    private static func warnOfBrokenRules(
        _ example: ExampleSpec, rules: RuleInterpreter, charset: FormCharset, subject: String, diagnostics: DiagnosticCollector
    ) {
        guard let shape = rules.shape(example.message.value),
            let operation = rules.operation(requesting: shape)
        else { return }
        let payload: JSONValue?
        switch example.format {
        case .json: payload = try? JSONPayload.decode(JSONValue.self, from: Data(example.payload.utf8))
        case .form, .query: payload = try? FormDecoder(charset: charset).decode(JSONValue.self, from: example.payload)
        case .none, .text: payload = nil
        }
        guard let payload else { return }
        let violations = rules.violations(of: payload, shape: shape, jsonBody: operation.encoding == .json && example.format == .json)
        guard let first = violations.first else { return }
        let more = violations.count > 1 ? " (and \(violations.count - 1) more: `smsspec validate` lists them)" : ""
        let place = first.path.isEmpty ? "" : "at `\(first.path)`: "
        diagnostics.warning(
            "\(subject) breaks the rules of its request, \(place)[\(first.rule)] \(first.message)\(more); a document's example shows what "
                + "the provider takes: correct the rule, or the example where it was transcribed wrong",
            at: example.location)
    }

    /// Whether a JSON text is an object: its first character that is no whitespace is `{`.
    private static func isObject(_ payload: String) -> Bool {
        payload.unicodeScalars.first { !" \t\r\n\u{FEFF}".unicodeScalars.contains($0) } == "{"
    }

    /// Why a text that breaks JSON decodes all the same: a comma before a closing bracket, which Foundation's decoder
    /// (every JSON read) passes over. Empty for any other text.
    private static func leniency(of text: String, as format: EncodingKind) -> String {
        guard format == .json, let (line, column) = JSONPayload.commaBeforeClosingBracket(in: Data(text.utf8)) else { return "" }
        return " (its comma before a closing bracket, at line \(line), column \(column) of the text, breaks JSON, but Foundation's "
            + "decoder, which every read uses, passes over it: give that text as the payload, or a corrected one with "
            + "'corrections' and no 'verbatim')"
    }
}
