import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// Dates written as Unix time (`unixSeconds`, `unixMilliseconds`): a JSON number or a string of digits, kept as it came.
@Suite struct UnixTimeTests {
    struct Callback: Codable {
        let sent: Timestamp
        let done: Timestamp?
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldKey.self)
            sent = try container.decodeTimestamp(forKey: "sent", formats: ["unixSeconds", "iso8601"], timeZone: nil)
            done = try container.decodeTimestampIfPresent(forKey: "done", formats: ["unixMilliseconds"], timeZone: nil)
        }
    }

    static func decode(_ json: String) throws -> Callback {
        try JSONDecoder().decode(Callback.self, from: Data(json.utf8))
    }

    static func reencoded(_ json: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(try decode(json)), as: UTF8.self)
    }

    @Test func numbersAndDigitStringsReadAsDatesAndGoBackAsTheyCame() throws {
        let number = try Self.decode(#"{"sent": 1505997340, "done": 1700000000123}"#)
        #expect(number.sent.date == Date(timeIntervalSince1970: 1_505_997_340) && number.sent.isNumber && number.sent.text == "1505997340")
        #expect(number.done?.date == Date(timeIntervalSince1970: 1_700_000_000.123) && number.done?.isNumber == true)
        let text = try Self.decode(#"{"sent": "1505997340", "done": "1700000000123"}"#)
        #expect(text.sent.date == number.sent.date && !text.sent.isNumber && text.done?.date == number.done?.date)
        // A later format still reads text; a number is read by the Unix-time formats alone.
        #expect(try Self.decode(#"{"sent": "2017-09-21T12:35:40Z"}"#).sent.date == number.sent.date)
        // Printed as it came: a number bare, text quoted (a user read `"1796660246"` as a date sent as text).
        #expect(String(reflecting: number.sent) == "1505997340" && String(reflecting: text.sent) == #""1505997340""#)
        for json in [
            #"{"done":1700000000123,"sent":1505997340}"#, #"{"done":"1700000000123","sent":"1505997340"}"#,
            #"{"sent":1505997340.5}"#, #"{"sent":-1}"#, #"{"sent":"0015"}"#, #"{"sent":123456789012345678901234567890}"#,
        ] {
            #expect(try Self.reencoded(json) == json)
        }
        #expect(try Self.decode(#"{"sent": 0, "done": null}"#).sent.date == Date(timeIntervalSince1970: 0))
        // An integer written with an exponent or a zero fraction is that integer (`JSONNumber`'s plain digits),
        // written back in plain digits.
        #expect(try Self.reencoded(#"{"sent":1.5e9}"#) == #"{"sent":1500000000}"#)
        // A fraction beyond `Double`'s precision is no whole count: read through `Double`, these were the dates of
        // 1505997340123 and 1 and were written back so.
        for json in [#"{"done":1505997340122.99999999,"sent":0.99999999999999999999}"#, #"{"sent":1505997340.00000000001}"#] {
            let callback = try Self.decode(json)
            #expect(callback.sent.date == nil && callback.done?.date == nil)
            #expect(try Self.reencoded(json) == json)
        }
        // A number that underflows `Double` is refused, as `1e400` is: read as an integer it was 0, 1970's date.
        #expect(throws: DecodingError.self) { try Self.decode(#"{"sent": 1e-400}"#) }
    }

    @Test func valuesThatAreNoDateDecodeWithoutOneAndFailValidation() throws {
        let refused = [
            "-1", "1505997340.5", "99999999999999999999", "123456789012345678901234567890", #""-1""#, #""0015""#,
            #""+15""#, #""15 s""#, #""1505997340.0""#, #""253402300800""#, #""\#(String(repeating: "9", count: 100_000))""#,
        ]
        for value in refused {
            let callback = try Self.decode(#"{"sent": \#(value)}"#)
            #expect(callback.sent.date == nil, "\(value)")
            var validation = Validation(at: "")
            validation.timestamp(callback.sent, formats: ["unixSeconds", "iso8601"], field: "sent")
            #expect(validation.violations.map(\.rule) == ["format"], "\(value)")
        }
        // The last instant of 9999 is the last date; a millisecond count as seconds is far beyond it.
        #expect(Timestamp(number: 253_402_300_799, formats: ["unixSeconds"]).date != nil)
        #expect(Timestamp(number: 253_402_300_799_999, formats: ["unixMilliseconds"]).date != nil)
        #expect(Timestamp(number: 253_402_300_800_000, formats: ["unixMilliseconds"]).date == nil)
        #expect(Timestamp(number: .max, formats: ["unixMilliseconds"]).date == nil)
        #expect(Timestamp(number: .min, formats: ["unixSeconds"]).date == nil)
        // A number is no text date, whatever its digits spell.
        #expect(Timestamp(number: 20_240_102, formats: ["yyyyMMdd"]).date == nil)
        #expect(throws: DecodingError.self) { try Self.decode(#"{"sent": true}"#) }
        #expect(throws: DecodingError.self) { try Self.decode(#"{"sent": null}"#) }
    }

    @Test func datesAreWrittenAsNumbersInTheFirstFormat() throws {
        let date = Date(timeIntervalSince1970: 1_505_997_340.123)
        let seconds = Timestamp(date, format: "unixSeconds")
        let milliseconds = Timestamp(date, format: "unixMilliseconds")
        #expect(seconds.text == "1505997340" && seconds.isNumber && milliseconds.text == "1505997340123" && milliseconds.isNumber)
        #expect(String(decoding: try JSONEncoder().encode([seconds, milliseconds]), as: UTF8.self) == "[1505997340,1505997340123]")
        var validation = Validation(at: "")
        validation.timestamp(seconds, formats: ["unixSeconds"], field: "at")
        #expect(validation.violations.isEmpty)
        // Before 1970, or beyond what an Int64 counts: written, never a trap, and reported.
        for date in [Date(timeIntervalSince1970: -1.5), Date(timeIntervalSince1970: 1e300), Date(timeIntervalSince1970: .infinity)] {
            let written = Timestamp(date, format: "unixMilliseconds")
            validation.timestamp(written, formats: ["unixMilliseconds"], field: "at")
        }
        #expect(validation.violations.map(\.message) == [
            #""-1500" is not a date in the format "unixMilliseconds""#,
            #""1e+300" is not a date in the format "unixMilliseconds""#,
            #""inf" is not a date in the format "unixMilliseconds""#,
        ])
    }

    /// `Timestamp(date, format:)` writes UTC: a field the provider reads in Paris time got a moment an hour early,
    /// and `validate()` said nothing (a user's smsmode spec, `date_envoi` in `ddMMyyyy-HH:mm`, Europe/Paris).
    @Test func aDateMadeInAnotherTimeZoneThanItsFieldsIsReported() {
        let date = Date(timeIntervalSince1970: 1_796_466_000.5)  // 2026-12-05T10:20:00.5Z
        let format = "ddMMyyyy-HH:mm"
        var validation = Validation(at: "")
        validation.timestamp(Timestamp(date, format: format), formats: [format], timeZone: "Europe/Paris", field: "date_envoi")
        #expect(validation.violations.map(\.description) == [
            #"date_envoi: "05122026-10:20" reads as 2026-12-05T09:20:00Z in the field's time zone, Europe/Paris, not as the date it was made "#
                + #"from, 2026-12-05T10:20:00Z: make it with Timestamp(date, format: "ddMMyyyy-HH:mm", timeZone: "Europe/Paris")"#,
        ])
        #expect(validation.violations.first?.rule == "timeZone")
        // The advice keeps the pattern the text is in, not the field's first format (a user's `unixSeconds`).
        var second = Validation(at: "")
        second.timestamp(Timestamp(date, format: "yyyy-MM-dd HH:mm:ss"), formats: ["unixSeconds", "yyyy-MM-dd HH:mm:ss"], timeZone: "Europe/Warsaw", field: "date")
        #expect(second.violations.map(\.message).first?.hasSuffix(#"make it with Timestamp(date, format: "yyyy-MM-dd HH:mm:ss", timeZone: "Europe/Warsaw")"#) == true, "\(second.violations)")
        // Made in the field's zone, to the format's precision; read from a payload; in the second format; as a number.
        var fine = Validation(at: "")
        fine.timestamp(Timestamp(date, format: format, timeZone: "Europe/Paris"), formats: [format], timeZone: "Europe/Paris", field: "a")
        fine.timestamp(Timestamp(text: "05122026-11:20", formats: [format], timeZone: "Europe/Paris"), formats: [format], timeZone: "Europe/Paris", field: "b")
        fine.timestamp(Timestamp(date, format: "iso8601"), formats: [format, "iso8601"], timeZone: "Europe/Paris", field: "c")
        fine.timestamp(Timestamp(date, format: "unixSeconds"), formats: ["unixSeconds"], timeZone: "Europe/Paris", field: "d")
        fine.timestamp(Timestamp(date, format: format), formats: [format], field: "e")
        // Made from text without the zone (RajaSMS's Jakarta time, as its field documents it) is what it says.
        fine.timestamp(Timestamp(text: "05122026-17:20", formats: [format]), formats: [format], timeZone: "Asia/Jakarta", field: "f")
        // How a value was made is no part of it.
        let written = Timestamp(Date(timeIntervalSince1970: 1_796_466_000), format: format)
        #expect(written == Timestamp(text: "05122026-10:20", formats: [format]) && written.hashValue == Timestamp(text: "05122026-10:20", formats: [format]).hashValue)
        #expect(fine.violations.isEmpty, "\(fine.violations)")
    }

    /// A text naming its own UTC offset on a field whose zone is not UTC was no date (`+00:00` on a Paris field), and
    /// `validate()` refused it: the offset's round trip is written in UTC, whatever the field's zone.
    @Test func aDateNamingItsOwnOffsetIsReadWhateverTheFieldsZone() {
        let instant = Date(timeIntervalSince1970: 1_796_466_000)  // 2026-12-05T10:20:00Z
        let format = "yyyy-MM-dd'T'HH:mm:ssxxx"
        for text in ["2026-12-05T10:20:00+00:00", "2026-12-05T11:20:00+01:00", "2026-12-05T16:05:00+05:45", "2026-12-05T05:20:00-05:00"] {
            #expect(Timestamp(text: text, formats: [format], timeZone: "Europe/Paris").date == instant, "\(text)")
            var validation = Validation(at: "")
            validation.timestamp(Timestamp(text: text, formats: [format], timeZone: "Europe/Paris"), formats: [format], timeZone: "Europe/Paris", field: "at")
            #expect(validation.violations.isEmpty, "\(text): \(validation.violations)")
        }
        // `Z`, as `XXX` writes UTC (an attack: no date on a Paris field, and `Timestamp(date, format:)`'s own text failed
        // `validate()`); a text without an offset is still read in the field's zone.
        let z = "yyyy-MM-dd'T'HH:mm:ssXXX"
        for text in ["2026-12-05T10:20:00Z", "2026-12-05T11:20:00+01:00", "2026-12-05T10:20:00+00:00"] {
            #expect(Timestamp(text: text, formats: [z], timeZone: "Europe/Paris").date == instant, "\(text)")
        }
        let written = Timestamp(instant, format: z)
        #expect(written.text == "2026-12-05T10:20:00Z")
        var zoned = Validation(at: "")
        zoned.timestamp(Timestamp(text: written.text, formats: [z], timeZone: "Europe/Paris"), formats: [z], timeZone: "Europe/Paris", field: "at")
        #expect(zoned.violations.isEmpty, "\(zoned.violations)")
        #expect(Timestamp(text: "2026-12-05 11:20", formats: ["yyyy-MM-dd HH:mm"], timeZone: "Europe/Paris").date == instant)
        #expect(Timestamp(text: "2026-12-05T10:20:00z", formats: [z], timeZone: "Europe/Paris").date == nil)
        #expect(Timestamp(text: "Sat, 05 Dec 2026 10:20:00 +0000", formats: ["EEE, dd MMM yyyy HH:mm:ss Z"], timeZone: "America/New_York").date == instant)
        // A wrong weekday or separator is still no date.
        #expect(Timestamp(text: "Fri, 05 Dec 2026 10:20:00 +0000", formats: ["EEE, dd MMM yyyy HH:mm:ss Z"], timeZone: "America/New_York").date == nil)
        #expect(Timestamp(text: "2026-12-05T10-20-00+00:00", formats: [format], timeZone: "Europe/Paris").date == nil)
    }

    @Test func formsAndQueriesCarryTheDigits() throws {
        struct Request: Codable {
            let at: Timestamp
            init(at: Timestamp) { self.at = at }
            init(from decoder: any Decoder) throws {
                at = try decoder.container(keyedBy: FieldKey.self).decodeTimestamp(forKey: "at", formats: ["unixSeconds"], timeZone: nil)
            }
        }
        let request = Request(at: Timestamp(Date(timeIntervalSince1970: 1_505_997_340), format: "unixSeconds"))
        let fields = try FormEncoder.fields(of: request)
        #expect(fields.map(\.name) == ["at"] && fields.map(\.value) == ["1505997340"])
        let form = try FormDecoder().decode(Request.self, from: "at=1505997340")
        #expect(form.at.date == request.at.date && form.at.text == "1505997340")
    }

    /// Every count a format reads is written back as the same digits from its date (the milliseconds of a `Double`
    /// date are rounded to the nearest, not cut one short), and every other count reads as no date.
    @Test func countsRoundTripThroughTheirDates() {
        var generator = SplitMix64(seed: 1_505_997_340)
        for (format, latest) in [("unixSeconds", Int64(253_402_300_799)), ("unixMilliseconds", Int64(253_402_300_799_999))] {
            let edges: [Int64] = [0, 1, 999, 1_000, 1_505_997_340, 1_505_997_340_123, latest - 1, latest, latest + 1, -1, .max, .min]
            let counts = edges + (0..<20_000).map { _ in Int64.random(in: 0...latest, using: &generator) }
                + (0..<2_000).map { _ in Int64.random(in: .min ... .max, using: &generator) }
            for count in counts {
                let read = Timestamp(number: count, formats: [format])
                #expect((read.date != nil) == (0...latest).contains(count), "\(format) \(count)")
                guard let date = read.date else { continue }
                #expect(Timestamp(text: String(count), formats: [format]).date == date)
                #expect(Timestamp(date, format: format).text == String(count), "\(format) \(count)")
            }
        }
    }
}
