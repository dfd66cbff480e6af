import SMSSpecVocabulary

extension SpecValidator {
    /// `separator:` writes a list as one text, its elements joined (`numbers: "447700900001,447700900002"`): one
    /// character that no element's text needs, on a list of values whose text reads back as the same value.
    func checkSeparator(of field: FieldSpec, subject: String) {
        guard let separator = field.separator else { return }
        checkSeparatorCharacter(separator, subject: subject)
        if field.placement == .query { checkSeparatorReadsAlike(field, subject: subject, sentIn: "the query") }
        if field.preEncoded {
            diagnostics.error(
                "\(subject) has a 'separator' and is 'preEncoded': the joined text's separators are escaped (%2C) as an element's own "
                    + "escapes are kept, so the two read back alike ([\"a%2Cb\", \"c\"] would arrive as a,b,c); remove 'preEncoded'",
                at: separator.location)
        }
        guard case .array(let element) = field.type.value else {
            diagnostics.error(
                "'separator' applies to list fields (type '[string]'), whose elements it joins into one text; \(subject) is '\(field.type.value)'",
                at: separator.location)
            return
        }
        switch element {
        case .primitive(.string): checkElementRulesAllow(separator, field.constraints, subject: subject)
        case .primitive(.int), .primitive(.int64):
            // A negative number is written with a '-'.
            if separator.value == "-", (field.constraints.minimum?.value ?? -1) < 0 {
                diagnostics.error(
                    "'separator' of \(subject) is '-', which a negative element is written with (-5): give the list 'minimum: 0', or another separator",
                    at: separator.location)
            }
        case .named(let name) where names.enumsByName[name] != nil:
            guard names.mayHold(separator.value, type: name) else { return }
            for value in names.enumsByName[name]?.values ?? [] where value.value.value.contains(separator.value) {
                diagnostics.error(
                    "'separator' of \(subject) is \(DisplayText.quoted(separator.value)), which value \(DisplayText.quoted(value.value.value)) of enum "
                        + "'\(name)' holds: it would be sent as two elements; choose another separator",
                    at: separator.location)
            }
        case .named(let name) where names.tablesByName[name] != nil:
            // A code is read from any text and written in its table's spelling, so only a spelling may hold it.
            let table = names.tablesByName[name]!
            guard names.mayHold(separator.value, type: name) else { return }
            for entry in table.entries {
                for spelling in [entry.code] + entry.aliases where spelling.value.contains(separator.value) {
                    diagnostics.error(
                        "'separator' of \(subject) is \(DisplayText.quoted(separator.value)), which code \(table.codeType.shown(spelling.value)) of table "
                            + "'\(name)' holds: it would be sent as two elements; choose another separator",
                        at: separator.location)
                }
            }
        default:
            diagnostics.error(
                "a list with a 'separator' holds string, int, int64, enum or table values, whose text reads back as the same value; "
                    + "\(subject) is a list of '\(element)'",
                at: field.type.location)
        }
    }

    /// A rule each element must keep that needs the separator makes every message that keeps it unsendable: an
    /// E.164 number starts with the '+' a separator '+' would be.
    private func checkElementRulesAllow(_ separator: Located<String>, _ constraints: ConstraintsSpec, subject: String) {
        if separator.value == "+", let phone = constraints.phone, phone.forms.map(\.value) == ["e164"] {
            diagnostics.error(
                "'separator' of \(subject) is '+', which every element its phone rule accepts starts with (e164: +62…): choose another separator",
                at: separator.location)
        }
        if separator.value == ":" || separator.value == "/", constraints.url?.value == true {
            diagnostics.error(
                "'separator' of \(subject) is \(DisplayText.quoted(separator.value)), which every URL its url rule accepts holds (https://…): "
                    + "choose another separator",
                at: separator.location)
        }
    }

    /// Characters a query or form gives a meaning of its own, so that a provider writing the joined text unescaped
    /// (`status=404+407`) is read as something else: `+` is a space (one code `404 407`), `%` starts an escape, `&`
    /// ends the field and `#` the query. A value's `=` and `?` are read as written (a pair splits at its first `=`).
    static let formSyntaxSeparators: [String: String] = [
        "+": "a space", "%": "the start of an escape (%2C)", "&": "the end of the field", "#": "the end of the query (a fragment)",
    ]

    /// A separator a query or form reads as its own syntax when the provider leaves it unescaped (see
    /// `formSyntaxSeparators`): refused for a field in the query, or in a body sent as a form or query.
    func checkSeparatorReadsAlike(_ field: FieldSpec, subject: String, sentIn place: String) {
        guard let separator = field.separator, let meaning = Self.formSyntaxSeparators[separator.value] else { return }
        let hint = separator.value == "+" ? ", or ' ' if the provider joins them with a raw '+'" : ""
        diagnostics.error(
            "'separator' of \(subject) is \(DisplayText.quoted(separator.value)), which \(place) reads as \(meaning) where the provider "
                + "leaves it unescaped (a\(separator.value)b is not the elements a and b): choose another separator\(hint)",
            at: separator.location)
    }

    /// Printable ASCII that no number or name is made of.
    /// A field's or a text list's separator: one character no number's or word's text holds.
    func checkSeparatorCharacter(_ separator: Located<String>, subject: String) {
        let scalars = Array(separator.value.unicodeScalars)
        guard scalars.count != 1 || !Self.isSeparatorCharacter(scalars[0]) else { return }
        diagnostics.error(
            "'separator' of \(subject) must be one printable ASCII character that is not a letter or digit, such as \",\", \";\" or \" \"; "
                + "found \(DisplayText.quoted(separator.value))",
            at: separator.location)
    }

    static func isSeparatorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value) && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
    }
}
