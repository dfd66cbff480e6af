import Foundation
@testable import SMSSpecRuntime
import Testing

/// `Timestamp`'s ISO 8601 reading (one pass over the bytes, the instant computed from the fields) against the
/// reading it replaces: pad a one-digit month or day, check the text is a whole real date, then Foundation's
/// `ISO8601FormatStyle` (before 1583, on the date 2,000 years later). Every text must give the same date, to the
/// last bit, or nil in both.
@Suite struct ISO8601DifferentialTests {
    @Test(arguments: 0..<8) func equalsFoundationsReadingOnSeededTexts(batch: UInt64) {
        var random = SplitMix64(seed: batch)
        var read = 0
        for _ in 0..<25_000 {
            let text = Self.text(&random)
            let fast = Timestamp(text: text, formats: ["iso8601"]).date
            let reference = Reference.date(text)
            #expect(Reference.agrees(fast, reference), "\(text.debugDescription): \(String(describing: fast?.timeIntervalSinceReferenceDate)) against \(String(describing: reference?.timeIntervalSinceReferenceDate))")
            if reference != nil { read += 1 }
        }
        #expect(read > 4_000, "too few readable texts to compare: \(read)")
    }

    /// The edges on each side of every rule, named so a failure says which.
    @Test func agreesOnTheEdges() {
        let texts = [
            "1583-01-01T00:00:00Z", "1582-12-31T23:59:59Z", "1582-10-15T00:00:00Z", "1582-10-04T12:00:00+01:00", "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z", "2020-06-04T10:00:05+18:00", "2020-06-04T10:00:05-18:00", "2020-06-04T10:00:05+18:01",
            "2020-06-04T10:00:05-23:59", "2020-06-04T10:00:05+0700", "2020-06-04T10:00:05+07", "2020-06-04T10:00:05",
            "2020-06-04T10:00:05.123456789Z", "2020-06-04T10:00:05.1234567891Z", "2020-06-04T10:00:05.000000000000Z",
            "2020-6-4T10:00:05Z", "2020-6-04T10:00:05.5+01:00", "2020-006-04T10:00:05Z", "2020-06-004T10:00:05Z",
            "20200-06-04T10:00:05Z", "2020-06-04T1:00:05Z", "2020-06-04t10:00:05Z", "2020-06-04T10:00:05z", "2000-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z", "2001-01-01T00:00:00.1Z", "2000-12-31T23:59:59.9Z", "1969-12-31T23:59:59.9Z", "2020-06-04T10:00:60Z",
            "2020-06-04T24:00:00Z", "2020-06-04T10:00:05.Z", "2020-06-04T10:00:05Z ", "2020-06-04T10:00:05-00:00",
        ]
        for text in texts {
            #expect(Reference.agrees(Timestamp(text: text, formats: ["iso8601"]).date, Reference.date(text)), "\(text)")
        }
    }

    /// ISO 8601 counts in the proleptic Gregorian calendar before the 1582 reform too, where Foundation counts Julian
    /// days: .NET's `DateTime.MinValue`, `0001-01-01T00:00:00Z`, read two days early, and the ten days the reform
    /// skipped rolled over (an attack). Read as every ISO reader reads them, and written back as they came.
    @Test func datesBeforeTheGregorianReformAreProlepticGregorian() throws {
        let instants: [(String, Double)] = [
            ("0001-01-01T00:00:00Z", -62_135_596_800), ("1582-10-04T00:00:00Z", -12_220_243_200), ("1582-10-10T00:00:00Z", -12_219_724_800),
            ("1582-10-15T00:00:00Z", -12_219_292_800), ("0000-03-01T00:00:00Z", -62_162_035_200), ("1582-12-31T23:59:59Z", -12_212_553_601),
        ]
        for (text, seconds) in instants {
            let date = try #require(Timestamp(text: text, formats: ["iso8601"]).date, "\(text)")
            #expect(date.timeIntervalSince1970 == seconds, "\(text)")
            #expect(Timestamp(date, format: "iso8601").text == text)
        }
        // Before year 0 (an attack: `0000-01-01T00:00:00+01:00` was written two days later, earlier instants alike):
        // ISO's expanded year, which no reader here reads back rather than another instant.
        let beforeYearZero = try #require(Timestamp(text: "0000-01-01T00:00:00+01:00", formats: ["iso8601"]).date)
        #expect(Timestamp(beforeYearZero, format: "iso8601").text == "-0001-12-31T23:00:00Z")
        #expect(Timestamp(Date(timeIntervalSince1970: -62_167_219_200 - 365 * 86_400), format: "iso8601").text == "-0001-01-01T00:00:00Z")
        #expect(Timestamp(text: "-0001-12-31T23:00:00Z", formats: ["iso8601"]).date == nil)
        // From 1583 on, Foundation writes it, as before.
        #expect(Timestamp(Date(timeIntervalSince1970: -12_212_553_600), format: "iso8601").text == "1583-01-01T00:00:00Z")
        #expect(Timestamp(Date(timeIntervalSince1970: -12_212_553_600.5), format: "iso8601").text == "1582-12-31T23:59:59Z")
    }

    /// Mostly well-formed date-times with every field sometimes out of range, short, long or missing.
    static func text(_ random: inout SplitMix64) -> String {
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        func pick<T>(_ common: T, _ rare: [T]) -> T {
            Int.random(in: 0..<10, using: &random) == 0 ? rare.randomElement(using: &random)! : common
        }
        let year = pick(Int.random(in: 1583...9999, using: &random), [Int.random(in: 0...1582, using: &random), 1582, 1583, 1970, 2000])
        let month = pick(Int.random(in: 1...12, using: &random), [0, 2, 13, 99])
        let day = pick(Int.random(in: 1...28, using: &random), [0, 29, 30, 31, 32])
        let time = [pick(Int.random(in: 0...23, using: &random), [24, 99]), pick(Int.random(in: 0...59, using: &random), [60]),
                    pick(Int.random(in: 0...59, using: &random), [60])]
        var text = digits(year, pick(4, [1, 3, 5])) + "-" + digits(month, pick(2, [1, 3])) + "-" + digits(day, pick(2, [1, 3]))
        text += pick("T", [" ", "t"]) + time.map { digits($0, pick(2, [1])) }.joined(separator: ":")
        let fractionDigits = pick(Int.random(in: 0...9, using: &random), [0, 1, 9, 10, 12])
        if fractionDigits > 0 || Int.random(in: 0..<20, using: &random) == 0 {
            text += "." + (0..<fractionDigits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
        }
        let hours = pick(Int.random(in: 0...14, using: &random), [0, 17, 18, 19, 23, 24, 99])
        let minutes = pick([0, 30, 45].randomElement(using: &random)!, [1, 59, 60])
        let sign = Bool.random(using: &random) ? "+" : "-"
        text += pick(pick("Z", [sign + digits(hours, 2) + ":" + digits(minutes, 2), sign + digits(hours, 2) + digits(minutes, 2)]),
                     ["", "z", sign + digits(hours, 2), "Zjunk", "+07:00x", sign + digits(hours, 1) + ":00"])
        return pick(text, [" " + text, text + " ", "x" + text, text + "\n"])
    }

    /// The reading `Timestamp` did before it computed the instant itself, kept here as the oracle.
    enum Reference {
        static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        static let plain = Date.ISO8601FormatStyle()

        static func date(_ text: String) -> Date? {
            let padded = padDateFields(text.trimmingCharacters(in: .whitespacesAndNewlines))
            guard isWholeDateTime(padded) else { return nil }
            // Before the reform Foundation counts Julian days; ISO 8601's proleptic Gregorian calendar repeats every 400
            // years, so the date 2,000 years later, read by Foundation, less as many days.
            if let year = Int(padded.prefix(4)), year < 1583 {
                let later = String(year + 2_000) + padded.dropFirst(4)
                return read(later).map { $0.addingTimeInterval(-5 * 146_097 * 86_400) }
            }
            return read(padded)
        }

        static func read(_ text: String) -> Date? {
            (try? withFraction.parse(text)) ?? (try? plain.parse(text))
        }

        /// The same date to the last bit from 1583 on; before, within 0.1 ms (a date 2,000 years on is a `Double` of
        /// about 5·10¹⁰ seconds, whose last bit is 8 µs).
        static func agrees(_ read: Date?, _ reference: Date?) -> Bool {
            guard let read, let reference, reference.timeIntervalSince1970 < -12_212_553_600 else { return read == reference }
            return abs(read.timeIntervalSince(reference)) < 1e-4
        }

        static func isWholeDateTime(_ text: String) -> Bool {
            var bytes = text.utf8[...]
            func number(_ digits: Int) -> Int? {
                guard bytes.count >= digits, bytes.prefix(digits).allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                defer { bytes = bytes.dropFirst(digits) }
                return bytes.prefix(digits).reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            func skip(_ byte: Character) -> Bool {
                guard bytes.first == byte.asciiValue else { return false }
                bytes = bytes.dropFirst()
                return true
            }
            guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2), skip("T"),
                let hour = number(2), skip(":"), let minute = number(2), skip(":"), let second = number(2)
            else { return false }
            if skip(".") {
                guard number(1) != nil else { return false }
                while number(1) != nil {}
            }
            if !skip("Z"), skip("+") || skip("-") {
                guard let zoneHours = number(2), zoneHours < 24 else { return false }
                _ = skip(":")
                guard let zoneMinutes = number(2), zoneMinutes < 60 else { return false }
            }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return bytes.isEmpty && (1...12).contains(month) && (1...daysInMonth[month - 1]).contains(day)
                && hour < 24 && minute < 60 && second < 60
        }

        static func padDateFields(_ text: String) -> String {
            guard let tIndex = text.firstIndex(of: "T") else { return text }
            let parts = text[..<tIndex].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3 else { return text }
            let fixed = parts.enumerated().map { index, part in index > 0 && part.count == 1 ? "0" + part : String(part) }
            return fixed.joined(separator: "-") + text[tIndex...]
        }
    }
}

/// SplitMix64: seeded, so a failing text is made again from its batch alone.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
