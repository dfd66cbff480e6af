import SMSSpecVocabulary

extension SpecValidator {
    /// `separator:` writes a list as one text, its elements joined (`numbers: "447700900001,447700900002"`): one
    /// character that no element's text needs, on a list of values that read back from their text exactly.
    func checkSeparator(of field: FieldSpec, subject: String) {
        guard let separator = field.separator else { return }
        let scalars = Array(separator.value.unicodeScalars)
        if scalars.count != 1 || !Self.isSeparatorCharacter(scalars[0]) {
            diagnostics.error(
                "'separator' of \(subject) is one ASCII character that is not a letter or digit, such as \",\", \";\" or \" \"; "
                    + "found \(DisplayText.quoted(separator.value))",
                at: separator.location)
        }
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
        case .primitive(.string), .primitive(.int), .primitive(.int64): return
        case .named(let name) where names.enumsByName[name] != nil: return
        default:
            diagnostics.error(
                "a list with a 'separator' holds string, int, int64 or enum values, which read back from their text exactly; "
                    + "\(subject) is a list of '\(element)'",
                at: field.type.location)
        }
    }

    /// Printable ASCII that no number or name is made of.
    static func isSeparatorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(scalar.value) && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
    }
}
