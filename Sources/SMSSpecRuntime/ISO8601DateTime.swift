import Foundation

/// An ISO 8601 date-time as providers write it, read field by field in one pass over its bytes:
/// `yyyy-MM-ddTHH:mm:ss[.f…][Z|±HH[:]mm]`, a one-digit month or day tolerated ("2020-06-4"), nothing before or after,
/// every field in its range (the day within its month, leap years included; no hour 24 and no leap second, which
/// Foundation would roll over).
struct ISO8601DateTime: Equatable {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    /// The fraction of a second in nanoseconds; nil for more than nine digits, which Foundation does not read.
    let nanoseconds: Int?
    /// Seconds east of UTC; nil when the text names no zone.
    let utcOffset: Int?

    /// The first year Foundation's ISO 8601 calendar counts in Gregorian days (before October 1582 it counts Julian ones).
    static let firstGregorianYear = 1583

    /// `date` as Foundation's ISO 8601 style writes it (`yyyy-MM-ddTHH:mm:ssZ`, whole seconds), in the proleptic
    /// Gregorian calendar, for a date before `firstGregorianYear` back to year −9999 (a year before 0 with its sign,
    /// ISO 8601's expanded form, `-0001-12-31T23:00:00Z`, which no reader here reads back, rather than Foundation's
    /// Julian reckoning, which wrote two instants alike: an attack); nil for any other, which Foundation writes as ISO
    /// 8601 counts.
    static func beforeGregorianReform(_ date: Date) -> String? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let firstYear = Double(NumericDateFormat.daysSinceEpoch(year: firstGregorianYear, month: 1, day: 1)) * 86_400
        let earliest = Double(NumericDateFormat.daysSinceEpoch(year: -9_999, month: 1, day: 1)) * 86_400
        guard seconds < firstYear, seconds >= earliest else { return nil }
        let whole = Int(seconds)
        let secondOfDay = (whole % 86_400 + 86_400) % 86_400
        let days = (whole - secondOfDay) / 86_400
        let (year, month, day) = NumericDateFormat.civilDate(daysSinceEpoch: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let digits = String(abs(year))
        let yearText = (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3_600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    init?(_ text: String) {
        guard let read = text.utf8.withContiguousStorageIfAvailable(Self.read) ?? Array(text.utf8).withUnsafeBufferPointer(Self.read)
        else { return nil }
        self = read
    }

    private init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanoseconds: Int?, utcOffset: Int?) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
        (self.nanoseconds, self.utcOffset) = (nanoseconds, utcOffset)
    }

    /// The instant, computed as Foundation's ISO 8601 style computes it (the same `Double` operations, so the very
    /// same value): nil where that style reads nothing — no zone, more than nine fraction digits, an offset beyond
    /// ±18 hours. The proleptic Gregorian calendar before 1583 too, as ISO 8601 counts.
    var date: Date? {
        guard let utcOffset, abs(utcOffset) <= 18 * 3_600, let nanoseconds else { return nil }
        let midnight = NumericDateFormat.daysSinceEpoch(year: year, month: month, day: day) * 86_400 - 978_307_200
        let secondsInDay = Double(hour * 3_600 + minute * 60 + second) + Double(nanoseconds) / 1_000_000_000
        return Date(timeIntervalSinceReferenceDate: (Double(midnight) + secondsInDay) - Double(utcOffset))
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ISO8601DateTime? {
        var index = 0
        /// `fewest` to `most` ASCII digits.
        func number(_ fewest: Int, _ most: Int) -> Int? {
            var value = 0
            let start = index
            while index < bytes.count, index - start < most, case let digit = bytes[index] &- 0x30, digit < 10 {
                value = value * 10 + Int(digit)
                index += 1
            }
            return index - start >= fewest ? value : nil
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4, 4), skip(UInt8(ascii: "-")), let month = number(1, 2), skip(UInt8(ascii: "-")),
            let day = number(1, 2), skip(UInt8(ascii: "T")), let hour = number(2, 2), skip(UInt8(ascii: ":")),
            let minute = number(2, 2), skip(UInt8(ascii: ":")), let second = number(2, 2)
        else { return nil }
        var nanoseconds: Int? = 0
        if skip(UInt8(ascii: ".")) {
            let start = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            let digits = index - start
            guard digits > 0 else { return nil }
            nanoseconds = digits > 9 ? nil : bytes[start..<index].reduce(0) { $0 * 10 + Int($1 - 0x30) } * pow10(9 - digits)
        }
        var utcOffset: Int?
        if skip(UInt8(ascii: "Z")) {
            utcOffset = 0
        } else if case let sign? = skip(UInt8(ascii: "+")) ? 1 : skip(UInt8(ascii: "-")) ? -1 : nil {
            guard let hours = number(2, 2), hours < 24 else { return nil }
            _ = skip(UInt8(ascii: ":"))
            guard let minutes = number(2, 2), minutes < 60 else { return nil }
            utcOffset = sign * (hours * 3_600 + minutes * 60)
        }
        guard index == bytes.count, (1...12).contains(month), (1...NumericDateFormat.days(inMonth: month, of: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return ISO8601DateTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanoseconds: nanoseconds, utcOffset: utcOffset)
    }

    private static func pow10(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }
}
