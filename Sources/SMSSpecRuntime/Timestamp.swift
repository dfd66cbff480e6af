import Foundation

/// A date as a provider writes it. The wire value is kept exactly (re-encoding gives it back): its text, and whether
/// it came as a JSON number (a Unix time, `unixSeconds`/`unixMilliseconds`), which is written back as a number;
/// `date` is its reading under the spec's declared formats, nil when none fits.
public struct Timestamp: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let text: String
    public let date: Date?
    /// The value is a JSON number, `text` its decimal digits; only a Unix-time format reads it.
    public let isNumber: Bool
    /// Written from `date` (`init(_:format:timeZone:)`), which `validate()` checks the text against; not part of the
    /// value (`==`, hashing, coding).
    let isWrittenFromDate: Bool

    /// Reads `text` with the first of `formats` that fits (ICU patterns, "iso8601", "unixSeconds", "unixMilliseconds").
    public init(text: String, formats: [String], timeZone: String? = nil) {
        self.init(wireText: text, isNumber: false, formats: formats, timeZone: timeZone)
    }

    /// A Unix time sent as a JSON number, read with the first Unix-time format of `formats`.
    public init(number: Int64, formats: [String], timeZone: String? = nil) {
        self.init(wireText: String(number), isNumber: true, formats: formats, timeZone: timeZone)
    }

    /// `isNumber`: `text` is a JSON number's decimal text (`Int64`'s or `Decimal`'s description).
    init(wireText: String, isNumber: Bool, formats: [String], timeZone: String?) {
        self.text = wireText
        self.isNumber = isNumber
        self.date = Self.parse(wireText, isNumber: isNumber, formats: formats, timeZone: timeZone)
        self.isWrittenFromDate = false
    }

    /// Writes `date` in `format` (the first declared format of a field) for a request: a Unix-time format writes a
    /// number (a date whose count is no `Int64`, such as one not finite, writes its seconds since 1970 as text,
    /// `1e+300` or `inf`, which `validate()` reports).
    public init(_ date: Date, format: String, timeZone: String? = nil) {
        if let unixTime = UnixTime(format: format) {
            let units = unixTime.units(of: date)
            self.text = units.map(String.init) ?? String(date.timeIntervalSince1970)
            self.isNumber = units != nil
        } else if format == DateFormatName.iso8601.rawValue {
            self.text = ISO8601DateTime.beforeGregorianReform(date) ?? date.formatted(.iso8601)
            self.isNumber = false
        } else {
            self.text = Self.withFormatter(format, timeZone: timeZone) { $0.string(from: date) }
            self.isNumber = false
        }
        self.date = date
        self.isWrittenFromDate = true
    }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.text == rhs.text && lhs.date == rhs.date && lhs.isNumber == rhs.isNumber
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(date)
        hasher.combine(isNumber)
    }

    /// Text only: a date read without its field's formats (in a list or a union) cannot take a number.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(text: text, formats: [])
    }

    /// A number as that number (its digits as an `Int`, others as `WireCode` writes decimals), text as is.
    public func encode(to encoder: any Encoder) throws {
        var container = SingleValueCodeSink(container: encoder.singleValueContainer(), userInfo: encoder.userInfo)
        guard isNumber else { return try container.encode(text) }
        if let integer = Int(text) {
            try container.encode(integer)
        } else {
            try WireCode.encode(decimalText: text, to: &container)
        }
    }

    public var description: String { text }
    /// The text quoted and escaped (`DisplayText.quotedExcerpt`): what `print` and `dump` show of a message holding it,
    /// as a payload's date is anyone's text and may hold terminal escapes; a number's digits as they came, unquoted, so a
    /// Unix time sent as a number does not print as if it had come as text.
    public var debugDescription: String { isNumber ? text : DisplayText.quotedExcerpt(text) }

    /// A number is read by the Unix-time formats alone; text by every format, around its surrounding whitespace.
    static func parse(_ text: String, isNumber: Bool, formats: [String], timeZone: String?) -> Date? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        for format in formats {
            if let unixTime = UnixTime(format: format) {
                if let date = unixTime.date(from: Substring(trimmed)) { return date }
            } else if isNumber {
                continue
            } else if format == DateFormatName.iso8601.rawValue {
                if let date = parseISO8601(trimmed) { return date }
            } else if let numeric = numericFormats.value(for: format, make: { NumericDateFormat(format) }) {
                let zone = timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
                if let date = numeric.date(from: trimmed, timeZone: zone) { return date }
            } else {
                // DateFormatter accepts wrong separators ("08-00-00" for HH:mm:ss): only an exact round trip counts,
                // in the text's own UTC offset when it names one (`-0600`), whatever the field's zone (a Paris field's
                // `+00:00` was no date: the round trip in a text's offset is written by a formatter in UTC).
                let read = withFormatter(format, timeZone: timeZone) { formatter -> (date: Date, roundTrips: Bool)? in
                    guard let date = formatter.date(from: trimmed) else { return nil }
                    return (date, formatter.string(from: date) == trimmed || DateTextOffset.roundTrips(trimmed, as: date, in: formatter))
                }
                if let read, read.roundTrips { return read.date }
                // `Z` (what `XXX` writes for UTC) names UTC too: its round trip is the UTC formatter's own.
                if let read, timeZone != nil,
                    withFormatter(format, timeZone: nil, { $0.string(from: read.date) == trimmed || DateTextOffset.roundTrips(trimmed, as: read.date, in: $0) })
                {
                    return read.date
                }
            }
        }
        return nil
    }

    /// ISO 8601 with or without fractional seconds; a one-digit day or month ("2020-06-4") is tolerated. Only a whole,
    /// real date is read (see `ISO8601DateTime`): Foundation's style ignores what follows the zone and rolls
    /// 2021-02-30 over into March. The instant is computed from the fields as Foundation computes it, in the
    /// proleptic Gregorian calendar ISO 8601 counts in, before the reform too (Foundation counted Julian days there:
    /// .NET's `0001-01-01T00:00:00Z` read two days early, an attack).
    static func parseISO8601(_ text: String) -> Date? {
        ISO8601DateTime(text)?.date
    }

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
}

extension KeyedDecodingContainer {
    /// Decodes a timestamp field, reading its date under the field's declared formats. With a Unix-time format the
    /// field also takes a JSON number.
    @_spi(Generated) public func decodeTimestamp(forKey key: Key, formats: [String], timeZone: String?) throws -> Timestamp {
        do {
            return Timestamp(text: try decode(String.self, forKey: key), formats: formats, timeZone: timeZone)
        } catch DecodingError.typeMismatch where UnixTime.isAmong(formats) {
            return try decodeTimestampNumber(forKey: key, formats: formats, timeZone: timeZone)
        }
    }

    @_spi(Generated) public func decodeTimestampIfPresent(forKey key: Key, formats: [String], timeZone: String?) throws -> Timestamp? {
        do {
            guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
            return Timestamp(text: text, formats: formats, timeZone: timeZone)
        } catch DecodingError.typeMismatch where UnixTime.isAmong(formats) {
            return try decodeTimestampNumber(forKey: key, formats: formats, timeZone: timeZone)
        }
    }

    /// A value that is not text, under a Unix-time format: a number as `JSONNumber`'s exact digits, `Decimal`'s
    /// first (an `Int64` read goes through `Double` for a number with a fraction, so `1505997340122.99999999` was
    /// the date of `1505997340123` and written back so); one that is not an integer's digits (a fraction, 10^30)
    /// no format reads as a date. Anything else is refused.
    private func decodeTimestampNumber(forKey key: Key, formats: [String], timeZone: String?) throws -> Timestamp {
        if let number = try? decode(JSONNumber.self, forKey: key) {
            return Timestamp(wireText: number.text, isNumber: true, formats: formats, timeZone: timeZone)
        }
        throw DecodingError.typeMismatch(
            Timestamp.self,
            .init(codingPath: codingPath + [key], debugDescription: "Field \"\(key.stringValue)\" must be a date: text, or a Unix time as a number.")
        )
    }
}
