import Foundation

/// The Unix-time formats of a date field: whole seconds (`unixSeconds`) or milliseconds (`unixMilliseconds`) since
/// 1970-01-01T00:00:00Z, a JSON number or a string of its digits on the wire.
///
/// A date is read from the digits alone: no sign, no fraction, no exponent, no leading zero (`0` itself aside), up to
/// 9999-12-31T23:59:59.999Z, the last instant the four-digit-year formats write. Anything else is no date — a
/// negative number, a fraction, `007`, 10^40 — and the value is kept as it came; never an overflow or a trap.
enum UnixTime: Sendable {
    case seconds, milliseconds

    init?(format: String) {
        switch DateFormatName(rawValue: format) {
        case .unixSeconds: self = .seconds
        case .unixMilliseconds: self = .milliseconds
        case .iso8601, nil: return nil
        }
    }

    /// Whether `formats` has a Unix-time format: the field then reads a JSON number too.
    static func isAmong(_ formats: [String]) -> Bool {
        formats.contains { UnixTime(format: $0) != nil }
    }

    private var unitsPerSecond: Int64 { self == .seconds ? 1 : 1_000 }

    /// 9999-12-31T23:59:59Z (or .999) in this unit.
    private var latest: Int64 { 253_402_300_799 * unitsPerSecond + (unitsPerSecond - 1) }

    func date(from text: Substring) -> Date? {
        let digits = text.utf8
        guard !digits.isEmpty, digits.count <= String(latest).utf8.count,
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            digits.first != UInt8(ascii: "0") || digits.count == 1,
            let units = Int64(text), units <= latest
        else { return nil }
        return Date(timeIntervalSince1970: Double(units) / Double(unitsPerSecond))
    }

    /// The whole units up to `date` (rounded down, as pattern formats cut a fraction they do not write), or nil when
    /// the count is no `Int64` (a date not finite or beyond ±2^63 units). A date before 1970 gives a negative count,
    /// which reads as no date again: `validate()` reports it.
    func units(of date: Date) -> Int64? {
        let seconds = date.timeIntervalSince1970
        let scaled = seconds * Double(unitsPerSecond)
        guard scaled.isFinite else { return nil }
        // 1505997340.123 s is 1505997340122.9998 ms in binary: within the date's own precision (a `Date` counts from
        // 2001, so that count's rounding too) of a whole unit, it is that unit.
        let precision = 2 * Double(unitsPerSecond) * max(seconds.ulp, date.timeIntervalSinceReferenceDate.ulp) + scaled.ulp
        let nearest = scaled.rounded()
        let whole = abs(scaled - nearest) <= precision ? nearest : scaled.rounded(.down)
        return Int64(exactly: whole)
    }
}
