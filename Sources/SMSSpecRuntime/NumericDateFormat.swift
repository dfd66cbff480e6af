import Foundation

/// A date format made only of numeric fields and literals (`yyyy-MM-dd HH:mm:ss`, `dd/MM/yyyy`), read directly:
/// ICU's `DateFormatter` costs ~150 µs a date on Linux, this well under one.
///
/// It accepts exactly what a non-lenient `DateFormatter` would write back unchanged: `yyyy`, `MM`, `dd`, `HH`, `mm`,
/// `ss` are that many digits, `M`, `d`, `H` one or two without a leading zero, `S…` that many fraction digits; the
/// day must exist in its month, years are 1583…9999 (Gregorian throughout), and a local time that the time zone
/// skips (a daylight-saving gap) is no date. A pattern without an hour names a day: its first instant, which is not
/// midnight where daylight saving starts at midnight (Santiago, Beirut, Havana); a day the zone skips whole is no date.
/// Any other pattern letter makes `init` fail, and `Timestamp` uses ICU.
struct NumericDateFormat: Sendable {
    private enum Field: Int { case year, month, day, hour, minute, second, fraction }
    private enum Part {
        case literal(UInt8)
        /// `width` digits exactly, or 1–2 digits without a leading zero when `width` is nil.
        case field(Field, width: Int?)
    }

    private let parts: [Part]
    private var namesADay: Bool {
        !parts.contains { if case .field(.hour, _) = $0 { true } else { false } }
    }

    init?(_ format: String) {
        var parts: [Part] = []
        var characters = format.utf8[...]
        while let first = characters.first {
            guard first < 0x80 else { return nil }  // non-ASCII literals: left to ICU
            if first == UInt8(ascii: "'") {
                characters = characters.dropFirst()
                guard let close = characters.firstIndex(of: first) else { return nil }
                if close == characters.startIndex { parts.append(.literal(first)) }  // '' is a quote
                guard characters[..<close].allSatisfy({ $0 < 0x80 }) else { return nil }
                parts += characters[..<close].map { .literal($0) }
                characters = characters[characters.index(after: close)...]
                continue
            }
            let run = characters.prefix { $0 == first }.count
            characters = characters.dropFirst(run)
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) else {
                parts += Array(repeating: .literal(first), count: run)
                continue
            }
            switch (Unicode.Scalar(first), run) {
            case ("y", 4): parts.append(.field(.year, width: 4))
            case ("M", 1...2): parts.append(.field(.month, width: run == 2 ? 2 : nil))
            case ("d", 1...2): parts.append(.field(.day, width: run == 2 ? 2 : nil))
            case ("H", 1...2): parts.append(.field(.hour, width: run == 2 ? 2 : nil))
            case ("m", 2): parts.append(.field(.minute, width: 2))
            case ("s", 2): parts.append(.field(.second, width: 2))
            case ("S", 1...9): parts.append(.field(.fraction, width: run))
            default: return nil
            }
        }
        self.parts = parts
    }

    func date(from text: String, timeZone: TimeZone) -> Date? {
        var values = [1970, 1, 1, 0, 0, 0, 0]
        var fractionDigits = 0
        var rest = text.utf8[...]
        for part in parts {
            switch part {
            case .literal(let byte):
                guard rest.first == byte else { return nil }
                rest = rest.dropFirst()
            case .field(let field, let width):
                let digits = rest.prefix(width ?? 2).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                guard !digits.isEmpty, width.map({ digits.count == $0 }) ?? !(digits.count == 2 && digits.first == UInt8(ascii: "0"))
                else { return nil }
                values[field.rawValue] = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if field == .fraction { fractionDigits = digits.count }
                rest = rest.dropFirst(digits.count)
            }
        }
        guard rest.isEmpty else { return nil }
        let (year, month, day) = (values[0], values[1], values[2])
        let (hour, minute, second) = (values[3], values[4], values[5])
        guard (1583...9999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let local = Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        // The offsets in force around that time; in a daylight-saving overlap ICU takes the later instant, so do we.
        let offsets = Set([-86_400, 0, 86_400].map { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + $0))) })
        let localTime = { (instant: Int) in instant + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))) }
        let instants = offsets.map { local - $0 }.filter { localTime($0) == local }
        // None: the local time falls in a gap. A day's midnight there: the day starts where the gap ends, the instant
        // the earlier offset puts at midnight, if that is still the same day.
        let dayStart = namesADay ? offsets.map { local - $0 }.max().flatMap { (local..<local + 86_400).contains(localTime($0)) ? $0 : nil } : nil
        // In an overlap, ICU's later instant for a time; a day starts at its first (Havana's 2024-11-03 repeats midnight).
        guard let utc = (namesADay ? instants.min() : instants.max()) ?? dayStart else { return nil }
        return Date(timeIntervalSince1970: Double(utc) + Double(values[6]) / pow(10, Double(fractionDigits)))
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`), year 0 (1 BC) included.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
