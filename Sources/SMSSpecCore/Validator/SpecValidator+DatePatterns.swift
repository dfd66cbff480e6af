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
        } else {
            // Every mistake of the pattern, not the first alone (a user's `YYYYMMDDhhmm` showed its `D` and `hh` only
            // once its `Y` was fixed).
            let written = Self.written(Self.lateDecember, in: format.value)
            for mistake in Self.fieldMistakes(in: format.value) {
                let example = mistake.showsLateDecember ? " (it writes 2024-12-30T13:05:00Z as `\(written.abbreviated)`)" : ""
                if mistake.isError {
                    diagnostics.error("\(shown) \(mistake.problem)\(example); \(mistake.advice)", at: format.location)
                } else {
                    diagnostics.warning("\(shown) \(mistake.problem)\(example); \(mistake.advice)", at: format.location)
                }
            }
        }
    }

    /// 2024-12-30T13:05:00Z: in the week-based year 2025, the 365th day of its year, an afternoon hour.
    private static let lateDecember = Date(timeIntervalSince1970: 1_735_563_900)

    private static func written(_ date: Date, in format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    /// Each field ICU reads otherwise than documents writing such patterns mean (Aligo's `YYYYMMDD`, which ICU wrote
    /// `202512365` for 2024-12-30): a week-based year without a week, a day of the year beside a month, minutes
    /// where no hour is and a month inside a time (`mm` for `MM`), and a 12-hour clock without AM/PM (a warning: a
    /// provider may write one so, and 1 and 13 o'clock are then one text).
    static func fieldMistakes(in pattern: String) -> [(problem: String, advice: String, isError: Bool, showsLateDecember: Bool)] {
        var mistakes: [(problem: String, advice: String, isError: Bool, showsLateDecember: Bool)] = []
        let fields = DatePattern.fieldRuns(in: pattern)
        let letters = Set(fields.map(\.letter))
        if letters.contains("Y"), !letters.contains("w") {
            mistakes.append(("holds 'Y', the year of a week-of-year (ICU), not the calendar year", "write yyyy", true, true))
        }
        if letters.contains("D"), letters.contains("M") || letters.contains("L") {
            mistakes.append(("holds 'D', the day of the year (ICU), beside a month", "write dd for the day of the month", true, true))
        }
        // A field written twice (`yyyy-mm-dd HH:mm`, `yyyyMMddHHMM`: a review) writes one value in both places.
        var seen = Set<Character>()
        if let twice = fields.first(where: { !seen.insert($0.letter).inserted }) {
            let advice = "mM".contains(twice.letter) ? "MM is the month, mm the minute" : "write it once"
            mistakes.append(("holds '\(twice.letter)' in two places, which ICU writes with one value", advice, true, true))
        }
        if letters.contains("m"), letters.isDisjoint(with: ["H", "h", "K", "k"]), !letters.isDisjoint(with: ["y", "u", "d"]) {
            mistakes.append(("holds 'm', the minute (ICU), in a date with no hour", "write MM for the month", true, true))
        }
        // A month joined by a colon to a time's field, before or after it (`HH:MM`); not a time beside a date
        // (`HH:mm:ss MM/dd/yyyy`: a review saw it refused).
        let timeLetters: Set<Character> = ["H", "h", "K", "k", "m", "s"]
        for (index, field) in fields.enumerated() where field.letter == "M" {
            let afterTime = index > 0 && timeLetters.contains(fields[index - 1].letter) && field.before == ":"
            let beforeTime = index + 1 < fields.count && timeLetters.contains(fields[index + 1].letter) && fields[index + 1].before == ":"
            if afterTime || beforeTime {
                mistakes.append(("holds 'M', the month (ICU), between the parts of a time", "write mm for the minute", true, false))
                break
            }
        }
        // A fraction of a second joined by a colon to a time where no seconds are (`HH:mm:SS`: an attack).
        for (index, field) in fields.enumerated() where field.letter == "S" && !letters.contains("s") {
            if index > 0, timeLetters.contains(fields[index - 1].letter), field.before == ":" {
                mistakes.append(("holds 'S', the fraction of a second (ICU), in the seconds' place", "write ss for the seconds", true, false))
                break
            }
        }
        // The letters above are each a misreading of its own, all said; what follows is what the pattern fails to read
        // back, which a misreading causes too (`HH:MM:ss` has a month but no year): said, its first alone, only of a
        // pattern without one.
        let misreadings = mistakes.count
        // A day of the month without a month (`yyyy-dd`, `yyyy-QQ-dd`: an attack), or a month and day without a year,
        // are read back in January or in 1970.
        if letters.contains("d"), letters.isDisjoint(with: ["M", "L"]) {
            mistakes.append(("holds a day of the month ('d') but no month, which reading it back takes for January", "write MM for the month", true, false))
        }
        if !letters.isDisjoint(with: ["M", "L"]), letters.isDisjoint(with: ["y", "u", "Y", "U", "r"]) {
            mistakes.append(("holds a month but no year, which reading it back takes for 1970", "write yyyy for the year", true, false))
        }
        // A time beside a date the pattern does not write whole (`yyyy HH:mm`, `EEEE HH:mm`: an attack's request sent
        // 2026-12-07 13:26 as `2026 13:26`, read back as January 1st), seconds of no minute, and a week of the
        // week-based year beside the calendar year (the last days of December are in week 1). A time of day alone
        // (`HH:mm`) writes the time of any date, as meant.
        let timeFields: Set<Character> = ["H", "h", "K", "k", "m", "s"]
        let dateFields: Set<Character> = ["y", "u", "Y", "U", "r", "M", "L", "Q", "q", "w", "W", "E", "e", "c", "F", "g"]
        let writesDay = letters.contains("d") || letters.contains("D") || (letters.contains("w") && !letters.isDisjoint(with: ["e", "E", "c"]))
        if !letters.isDisjoint(with: timeFields), !letters.isDisjoint(with: dateFields), !writesDay {
            mistakes.append(("holds a time and part of a date, but no day of the month ('d'), which reading it back takes for the first",
                "write yyyy-MM-dd beside the time, or the time alone", true, true))
        }
        // A weekday beside a year or month without the day it falls on (`yyyy EEEE`: an attack's 2026-12-31, written
        // `2026 Thursday`, read back as January 1st; `yyyy-MM-F`, read back as nothing); with a time, said above.
        let weekdayFields: Set<Character> = ["E", "e", "c", "F"]
        if !letters.isDisjoint(with: weekdayFields), !letters.isDisjoint(with: ["y", "u", "Y", "U", "r", "M", "L", "Q", "q"]), !writesDay,
            letters.isDisjoint(with: timeFields)
        {
            mistakes.append(("holds a weekday but no day of the month ('d'), which reading it back takes for another day",
                "write the day too (EEEE, yyyy-MM-dd), or the weekday alone", true, true))
        }
        if letters.contains("s"), !letters.contains("m") {
            mistakes.append(("holds seconds ('s') but no minute, which reading it back takes for minute 0", "write mm:ss", true, true))
        }
        if letters.contains("w"), !letters.isDisjoint(with: ["y", "u"]), !letters.contains("Y") {
            mistakes.append(("holds 'w', the week of a week-based year (ICU), beside the calendar year ('y'): the last days of December are in week 1 of the next year",
                "write YYYY beside ww, or yyyy-MM-dd", true, true))
        }
        // A 24-hour clock with AM/PM writes `13:05 PM`, which no reader reads back (an attack).
        if !letters.isDisjoint(with: ["H", "k"]), !letters.isDisjoint(with: ["a", "b", "B"]) {
            mistakes.append(("holds AM/PM ('a') beside a 24-hour clock ('H'): it writes `13:05 PM`, which does not read back", "write hh for 1-12 with a, or leave a out", true, false))
        }
        // Numbers side by side, one of 1 or 2 digits (`yyyyMd`: an attack read 2024-01-11, written `2024111`, as
        // 2024-11-01): where one ends is a guess.
        for (index, field) in fields.enumerated().dropFirst() where field.before.isEmpty {
            let previous = fields[index - 1]
            guard DatePattern.numericLetters.contains(field.letter), DatePattern.numericLetters.contains(previous.letter),
                let variable = [previous, field].first(where: \.hasVariableWidth)
            else { continue }
            mistakes.append((
                "holds '\(previous.letter)' and '\(field.letter)' side by side, and '\(variable.letter)' alone writes 1 or 2 digits: "
                    + "reading it back cannot tell where one ends", "write \(String(repeating: variable.letter, count: 2)) for two digits always", true, false))
            break
        }
        mistakes.removeSubrange(min(mistakes.count, misreadings > 0 ? misreadings : 1)...)
        if !letters.isDisjoint(with: ["h", "K"]), letters.isDisjoint(with: ["a", "b", "B"]) {
            mistakes.append(("holds a 12-hour clock ('h' or 'K') without AM/PM ('a'): 01:00 and 13:00 are written alike", "write HH for 0-23, or add a", false, true))
        }
        return mistakes
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
