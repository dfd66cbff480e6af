import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// One error for an ICU pattern that cannot write the dates meant: a letter ICU defines no field for (a named
    /// format misspelt, `unix`, whose `u` is the year; a literal left unquoted, the `T` of `yyyy-MM-ddTHH:mm`), or no
    /// field at all (`''`, `'today'`, `G`), which writes every date as one text.
    func checkDatePattern(_ format: Located<String>, subject: String) {
        guard DateFormatName(rawValue: format.value) == nil else { return }
        let shown = "format `\(format.value.abbreviated)` of \(subject)"
        // OpenAPI's names for RFC 3339 date-times and dates.
        if format.value == "date-time" || format.value == "date" {
            diagnostics.error(
                "\(shown) is OpenAPI's name for an RFC 3339 \(format.value == "date" ? "date; write the pattern 'yyyy-MM-dd'" : "date-time; write iso8601")",
                at: format.location)
            return
        }
        if let letter = Self.letterICUDoesNotDefine(in: format.value) {
            let written = Self.sampleDates(in: format.value)?.first ?? ""
            diagnostics.error(
                "\(shown) holds '\(letter)', which is no ICU date field: it would write 2001-02-03T04:05:06Z as `\(written.abbreviated)`; "
                    + "a named format is \(DateFormatName.allCases.map(\.rawValue).joined(separator: ", ").replacingLastComma()), "
                    + "and literal text in a pattern is quoted ('T')"
                    + Suggestions.hint(for: format.value, in: DateFormatName.allCases.map(\.rawValue)),
                at: format.location)
        } else if Self.writesEveryDateAlike(format.value) {
            diagnostics.error(
                "\(shown) writes every date as the same text; an ICU pattern needs fields such as yyyy, MM, dd, HH", at: format.location)
        }
    }

    /// The letters of ICU date pattern fields (Unicode TR35, "Date Field Symbol Table"): any other ASCII letter
    /// outside quotes stands for no field, and ICU writes nothing for it.
    private static let icuFieldLetters = Set("GyYuUrQqMLlwWdDFgEecabBhHKkmsSAzZOvVXx")

    /// The first ASCII letter of `pattern`, outside quoted text, that is no ICU field.
    static func letterICUDoesNotDefine(in pattern: String) -> Character? {
        var quoted = false
        for character in pattern {
            if character == "'" {
                quoted.toggle()  // `''` toggles twice: a quote, in quoted text or not.
            } else if !quoted, character.isASCII, character.isLetter, !icuFieldLetters.contains(character) {
                return character
            }
        }
        return nil
    }
}

private extension String {
    /// `a, b, c` → `a, b or c`.
    func replacingLastComma() -> String {
        guard let range = range(of: ", ", options: .backwards) else { return self }
        return replacingCharacters(in: range, with: " or ")
    }
}
