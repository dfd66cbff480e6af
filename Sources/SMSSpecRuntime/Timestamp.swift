import Foundation

/// A date as a provider writes it. The wire text is kept exactly (re-encoding gives it back);
/// `date` is its reading under the spec's declared formats, nil when none fits.
public struct Timestamp: Codable, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public let date: Date?

    /// Reads `text` with the first of `formats` that fits (ICU patterns, or "iso8601").
    public init(text: String, formats: [String], timeZone: String? = nil) {
        self.text = text
        self.date = Self.parse(text, formats: formats, timeZone: timeZone)
    }

    /// Writes `date` in `format` (the first declared format of a field) for a request.
    public init(_ date: Date, format: String, timeZone: String? = nil) {
        if format == "iso8601" {
            self.text = date.formatted(.iso8601)
        } else {
            self.text = Self.withFormatter(format, timeZone: timeZone) { $0.string(from: date) }
        }
        self.date = date
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(text: text, formats: [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var description: String { text }

    static func parse(_ text: String, formats: [String], timeZone: String?) -> Date? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        for format in formats {
            if format == "iso8601" {
                if let date = parseISO8601(trimmed) { return date }
            } else if let numeric = numericFormats.value(for: format, make: { NumericDateFormat(format) }) {
                let zone = timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
                if let date = numeric.date(from: trimmed, timeZone: zone) { return date }
            } else {
                // DateFormatter accepts wrong separators ("08-00-00" for HH:mm:ss): only an exact round trip counts.
                let date = withFormatter(format, timeZone: timeZone) { formatter -> Date? in
                    guard let date = formatter.date(from: trimmed), formatter.string(from: date) == trimmed else { return nil }
                    return date
                }
                if let date { return date }
            }
        }
        return nil
    }

    /// ISO 8601 with or without fractional seconds; a one-digit day or month ("2020-06-4") is tolerated. Only a whole,
    /// real date is read (see `ISO8601DateTime`): Foundation's style ignores what follows the zone and rolls
    /// 2021-02-30 over into March. The instant is computed from the fields as Foundation computes it; Foundation
    /// itself reads only dates before the Gregorian reform, which it counts in Julian days.
    static func parseISO8601(_ text: String) -> Date? {
        guard let dateTime = ISO8601DateTime(text) else { return nil }
        guard dateTime.year < ISO8601DateTime.firstGregorianYear else { return dateTime.date }
        let padded = padDateFields(text)
        return (try? iso8601WithFraction.parse(padded)) ?? (try? iso8601.parse(padded))
    }

    // Foundation's format styles are Sendable values and read a date in microseconds (ISO8601DateFormatter: ~150 µs).
    private static let iso8601WithFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let iso8601 = Date.ISO8601FormatStyle()

    /// Readers of numeric formats, and ICU formatters for the other formats (building one costs ~0.6 ms), made
    /// once per format (and time zone). ICU formatters are not documented as thread-safe: used under the cache's lock.
    private static let numericFormats = BoundedCache<NumericDateFormat?>(capacity: 256)
    private static let formatters = BoundedCache<DateFormatter>(capacity: 256)

    private static func withFormatter<Result>(_ format: String, timeZone: String?, _ body: (DateFormatter) -> Result) -> Result {
        formatters.with(format + "\u{0}" + (timeZone ?? ""), make: {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = format
            formatter.isLenient = false
            formatter.timeZone = timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")
            return formatter
        }, body)
    }

    private static func padDateFields(_ text: String) -> String {
        guard let tIndex = text.firstIndex(of: "T") else { return text }
        let parts = text[..<tIndex].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return text }
        let fixed = parts.enumerated().map { index, part in
            index > 0 && part.count == 1 ? "0" + part : String(part)
        }
        return fixed.joined(separator: "-") + text[tIndex...]
    }
}

extension KeyedDecodingContainer {
    /// Decodes a timestamp field, reading its date under the field's declared formats.
    @_spi(Generated) public func decodeTimestamp(forKey key: Key, formats: [String], timeZone: String?) throws -> Timestamp {
        Timestamp(text: try decode(String.self, forKey: key), formats: formats, timeZone: timeZone)
    }

    @_spi(Generated) public func decodeTimestampIfPresent(forKey key: Key, formats: [String], timeZone: String?) throws -> Timestamp? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return Timestamp(text: text, formats: formats, timeZone: timeZone)
    }
}
