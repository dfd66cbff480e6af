import SMSSpecVocabulary

extension SpecValidator {
    /// A list of plain-text answers joined on one line (`separator: ','`, Route Mobile's
    /// `1701|9198…|fc2a,1706|9198…|fc2b`): the answer is cut at each separator before a form reads a part, so no form's
    /// text and no value a field's type documents may hold it; a line shape is read by one list separator.
    func checkTextListSeparators() {
        var listsByLine: [String: [ShapeSpec]] = [:]
        for shape in spec.shapes {
            guard let line = shape.lineShape(in: names.shapesByName) else {
                if let separator = shape.separator {
                    diagnostics.error(
                        "'separator' of shape '\(shape.name.value)' is for a list of plain-text answers joined on one line ('items: Line', "
                            + "'Line' having 'text' forms); \(shape.items == nil ? "it is no list" : "its items are no such answer")"
                            + (shape.items == nil ? " (a field's separator goes on the field)" : ""),
                        at: separator.location)
                }
                continue
            }
            listsByLine[line.name.value, default: []].append(shape)
            guard let separator = shape.separator else { continue }
            checkSeparatorCharacter(separator, subject: "shape '\(shape.name.value)'")
            let cuts = "list shape '\(shape.name.value)' cuts its answer at each \(DisplayText.quoted(separator.value)) before reading a "
                + "'\(line.name.value)'"
            for form in line.textForms {
                let literals = TextForm(form.value).pieces.compactMap { piece -> String? in
                    guard case .literal(let bytes) = piece else { return nil }
                    return String(decoding: bytes, as: UTF8.self)
                }
                guard literals.contains(where: { $0.contains(separator.value) }) else { continue }
                diagnostics.error(
                    "text form '\(form.value.abbreviated)' of shape '\(line.name.value)' holds \(DisplayText.quoted(separator.value)), but "
                        + cuts + ": no part would take the form; choose the separator the provider puts between results",
                    at: form.location)
            }
            for field in line.fields {
                // Each list reads only the values that may hold its separator (`SpecNames.mayHold`): a spec of thousands
                // of lists over one table of thousands of codes was quadratic (an attack: 371 s).
                let documented = mayHold(separator.value, field: field) ? documentedTexts(of: field) : []
                let holders = documented.filter { $0.text.contains(separator.value) }.map { "\($0.owner) \(DisplayText.quoted($0.text))" }
                    + (numberText(of: field, couldHold: separator.value) ? ["a number's text ('\(field.type.value)')"] : [])
                    + (dateFormat(of: field, couldHold: separator.value).map { ["a date written '\($0)'"] } ?? [])
                for holder in holders {
                    diagnostics.error(
                        cuts + ", which \(holder) of its field '\(field.wireName.value)' holds: an answer with it would be read as other "
                            + "results; choose another separator",
                        at: separator.location)
                }
            }
        }
        for (line, lists) in listsByLine.sorted(by: { $0.key < $1.key }) {
            // A credential may hold the separator: its tail would be read, and shown, as another result (an attack).
            if let separator = lists.compactMap(\.separator).first, let secret = names.shapesByName[line]?.fields.first(where: \.secret) {
                diagnostics.error(
                    "field '\(secret.wireName.value)' of shape '\(line)' is a credential, which may hold the separator "
                        + "\(DisplayText.quoted(separator.value)) its list cuts the answer at: its tail would be read and shown as another result; "
                        + "read such an answer one a line, or as one shape",
                    at: secret.location)
            }
            guard let other = lists.dropFirst().first(where: { $0.separator?.value != lists[0].separator?.value }) else { continue }
            let joined = { (list: ShapeSpec) in list.separator.map { "joined by \(DisplayText.quoted($0.value))" } ?? "one a line" }
            diagnostics.error(
                "shape '\(line)' is read by list shapes '\(lists[0].name.value)' (\(joined(lists[0]))) and '\(other.name.value)' "
                    + "(\(joined(other))): its generated type has one list separator; give each list its own line shape",
                at: other.separator?.location ?? other.name.location)
        }
    }

    /// Whether a value `field`'s type documents (its separator, its enum's values, its table's codes) may hold
    /// `separator`.
    private func mayHold(_ separator: String, field: FieldSpec) -> Bool {
        if let own = field.separator, own.value.contains(separator) { return true }
        var type = field.type.value
        if case .array(let element) = type { type = element }
        guard case .named(let name) = type else { return false }
        return names.mayHold(separator, type: name)
    }
}
