import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// Writes an answer whose shape has `text` forms (SMSGlobal's `OK: 0; Sent queued message ID: …`, `ERROR: 402`)
/// from the values the sandbox built for it, each value as a form writes it (`FormEncoder.text(of:)`).
struct TextAnswerWriter {
    let shape: ShapeModel
    /// How the provider writes a boolean in its forms, as in its form callbacks.
    let booleans: FormBooleans

    static let contentType = "text/plain; charset=utf-8"

    /// The text of `payload` in the first form that holds exactly its fields, else in the first that holds them but
    /// for fields it may leave out (a failure's `ERROR: {code}` has no place for ids), else in the first that also
    /// has optional fields the sandbox left out, written empty (BulkSMS's refusal `23|invalid credentials|` has no
    /// batch id); with the values the text holds. Nil when no form reads back as them. A field is left out only
    /// where the text read without it gives what was built — an optional field without a default, or one whose
    /// value is its default —, and written empty only where that reads as absent (a number, a boolean, a date) or
    /// as empty text.
    func write(_ payload: JSONValue) -> (text: String, written: JSONValue)? {
        var values: [String: String] = [:]
        var optional: Set<String> = []
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard let member = payload[member: name], member != .null else { continue }
            guard let text = FormEncoder.text(of: member, booleans: booleans) else { return nil }  // a list or an object: no form text
            values[name] = text
            // Left out of the text, it reads as absent, or as its default; a code never is left out: a failure's
            // code left out reads as a success (`ID:  To: ` for `ERR: 002`).
            if case .table = field.type { continue }
            if field.spec.defaultValue.map({ $0.value == text }) ?? !field.spec.required { optional.insert(name) }
        }
        let forms = shape.answerForms
        if let text = forms.text(with: values, reads: reads) { return (text, payload) }
        for writesEmpty in [false, true] {
            // Fewest fields written empty first: `ERR: {code}, {description}` before `ERR: {code}, {description} To: {to}`.
            let candidates = forms.forms.map { ($0, Set($0.fieldNames).subtracting(values.keys)) }
            for (form, missing) in candidates.enumerated().sorted(by: { ($0.element.1.count, $0.offset) < ($1.element.1.count, $1.offset) }).map(\.element) {
                let names = Set(form.fieldNames)
                guard values.keys.allSatisfy({ names.contains($0) || optional.contains($0) }),
                    missing.isEmpty || writesEmpty && missing.allSatisfy({ emptyReading(of: $0) != nil })
                else { continue }
                var chosen = values.filter { names.contains($0.key) }
                var written = (payload.members ?? [:]).filter { names.contains($0.key) }
                for name in missing {
                    chosen[name] = ""
                    if emptyReading(of: name) == .emptyText { written[name] = .string("") }
                }
                // An answer that is empty text takes none of its forms, as its client reads it: the fields left out
                // say a made-up value instead (`madeUp`; our rule: a user's Textit balance, `{balance}` and no
                // example, was answered an empty 200 its client could not read).
                if !missing.isEmpty, forms.text(with: chosen, reads: reads)?.isEmpty == true {
                    for name in missing { chosen[name] = madeUp(name) }
                    if let text = forms.text(with: chosen, reads: reads), !text.isEmpty {
                        for name in missing {
                            let type = shape.fields.first { $0.spec.wireName.value == name }?.type
                            written[name] = switch type {
                            case .int?, .int64?, .double?, .decimal?: .number(JSONNumber(integerLiteral: 0))
                            case .bool?: .bool(false)
                            default: .string(chosen[name] ?? "")
                            }
                        }
                        return (text, .object(written))
                    }
                    continue
                }
                if let text = forms.text(with: chosen, reads: reads) { return (text, .object(written)) }
            }
        }
        return nil
    }

    private enum EmptyReading { case emptyText, absent }

    /// A value of field `name` no example gives, for an answer that would otherwise be empty: `0` for a number, or a
    /// text named for an amount (`balance`, `credit`, …), `false` for a boolean, else the field's name.
    private func madeUp(_ name: String) -> String {
        guard let field = shape.fields.first(where: { $0.spec.wireName.value == name }) else { return name }
        switch field.type {
        case .int, .int64, .double, .decimal: return "0"
        case .bool: return FormEncoder.text(of: .bool(false), booleans: booleans) ?? "false"
        default:
            let amounts = ["balance", "credit", "amount", "cost", "price", "total", "count", "sum"]
            return amounts.contains { name.lowercased().contains($0) } ? "0" : name
        }
    }

    /// Whether a form's values could read as the fields' types, as the generated type tries its next form when one
    /// does not (EasySendSMS's `{balance}`, a number, does not take `ERROR: 1002`): a number's field holds a number
    /// (or nothing, absent), a boolean's one of the spellings forms use; any other value reads. Examples are read so
    /// too (`SandboxProvider.parsed`).
    func reads(_ fields: [(name: String, value: String)]) -> Bool {
        fields.allSatisfy { name, value in
            guard !value.isEmpty, let field = shape.fields.first(where: { $0.spec.wireName.value == name }) else { return true }
            switch field.type {
            case .int, .int64, .double, .decimal: return Double(value.trimmingCharacters(in: .whitespaces)).map(\.isFinite) ?? false
            case .bool: return ["true", "false", "1", "0", "yes", "no"].contains(value.lowercased())
            default: return true
            }
        }
    }

    /// What empty text in `name` reads as, where that is no value the sandbox did not choose: empty text for text,
    /// absent for a number, a boolean or a date, when the field is optional without a default; nil for any other
    /// field (a code would read as the unknown code "").
    private func emptyReading(of name: String) -> EmptyReading? {
        guard let field = shape.fields.first(where: { $0.spec.wireName.value == name }), !field.spec.required, field.spec.defaultValue == nil
        else { return nil }
        switch field.type {
        case .string, .secret: return .emptyText
        case .int, .int64, .double, .decimal, .bool, .timestamp: return .absent
        default: return nil
        }
    }
}

/// An answer's body as sent, and the values it holds (ids a delivery report quotes).
struct WrittenAnswer {
    static let json = "application/json"
    let body: Data
    let contentType: String
    let value: JSONValue
}

extension OperationResponder {
    /// A built answer as the provider writes it: JSON, or plain text for a shape with `text` forms (with the values
    /// its form holds) or a list of one, a line each (or joined by its separator); nil when no form of the shape reads
    /// back as the values.
    func written(_ value: JSONValue, in shape: ShapeModel) -> WrittenAnswer? {
        if let line = shape.lineShape.flatMap(provider.shape) {
            // One element a line (or between two separators), each in its own form.
            let writer = TextAnswerWriter(shape: line, booleans: provider.model.spec.formBooleans)
            var texts: [String] = []
            var values: [JSONValue] = []
            for element in value.items ?? [] {
                guard let text = writer.write(element) else { return nil }
                texts.append(text.text)
                values.append(text.written)
            }
            guard let answer = TextForms.joined(texts, separator: line.listSeparator) else { return nil }
            return WrittenAnswer(body: Data(answer.utf8), contentType: TextAnswerWriter.contentType, value: .array(values))
        }
        guard !shape.textForms.isEmpty else { return WrittenAnswer(body: WirePayload.json(value), contentType: WrittenAnswer.json, value: value) }
        guard let text = TextAnswerWriter(shape: shape, booleans: provider.model.spec.formBooleans).write(value) else { return nil }
        return WrittenAnswer(body: Data(text.text.utf8), contentType: TextAnswerWriter.contentType, value: text.written)
    }

    /// Values no text form of the shape reads back as: the sandbox says so, rather than answering a text the
    /// client would read as other values.
    func unwritable(_ shape: ShapeModel, summary: String) -> SandboxAnswer {
        let reason = "no text form of \(shape.spec.name.value) reads back as the values the sandbox chose"
        return SandboxAnswer(
            status: 500, body: Data("smsspec-sandbox: \(reason)".utf8), summary: "\(summary) (\(reason))", deliveries: [],
            contentType: TextAnswerWriter.contentType)
    }
}
