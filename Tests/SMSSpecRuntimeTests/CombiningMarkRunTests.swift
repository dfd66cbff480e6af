import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// A run of combining marks out of canonical order made every `String` hash and comparison of it take time in the
/// square of its length (Swift's normalizer sorts the run): one JSON key, form field name or code of 100,000 such
/// marks held a receiver for minutes. Payload text is held to Unicode's stream-safe format (at most 30 non-starters
/// in a row) before anything compares it, and segment counting no longer compares characters.
@Suite struct CombiningMarkRunTests {
    /// `base` followed by `pairs` pairs of marks of different combining classes (U+0301 is 230, U+0316 is 220).
    static func marks(on base: String = "a", pairs: Int) -> String {
        var text = base
        for _ in 0..<pairs {
            text.unicodeScalars.append("\u{0301}")
            text.unicodeScalars.append("\u{0316}")
        }
        return text
    }

    struct Receipt: Decodable { let status: String }

    @Test func thirtyNonStartersPassAndTheThirtyFirstIsFound() {
        #expect(StreamSafeText.firstExcess(in: Self.marks(pairs: 15)) == nil)
        #expect(StreamSafeText.firstExcess(in: Self.marks(pairs: 15) + "\u{0301}") == 1 + 30 * 2)
        // A starter ends a run: 20 marks, a letter, 20 marks.
        #expect(StreamSafeText.firstExcess(in: Self.marks(pairs: 10) + Self.marks(on: "b", pairs: 10)) == nil)
        // U+0F73 has class 0 but decomposes to two non-starters: 16 of them are 32.
        #expect(StreamSafeText.firstExcess(in: "a" + String(repeating: "\u{0F73}", count: 15)) == nil)
        #expect(StreamSafeText.firstExcess(in: "a" + String(repeating: "\u{0F73}", count: 16)) == 1 + 15 * 3)
        // Real text with marks: Vietnamese, Hindi, Arabic with its vowel signs, Hebrew with points.
        for text in ["Tiếng Việt có dấu", "नमस्ते दुनिया", "السَّلَامُ عَلَيْكُمْ", "שָׁלוֹם", "Zoë, naïve café"] {
            #expect(StreamSafeText.firstExcess(in: text) == nil, "\(text)")
            #expect(StreamSafeText.firstExcess(in: text.decomposedStringWithCanonicalMapping) == nil, "\(text)")
        }
    }

    @Test(arguments: ["key", "value"])
    func aLongRunInAJSONPayloadIsRefusedAtOnce(_ place: String) throws {
        let marks = Self.marks(pairs: 100_000)
        let json = place == "key" ? "{\"\(marks)\": 1, \"status\": \"OK\"}" : "{\"status\": \"\(marks)\"}"
        let start = ThreadCPUClock.now
        #expect {
            _ = try JSONPayload.decode(Receipt.self, from: Data(json.utf8))
        } throws: { error in
            "\(error)".contains("has more than 30 combining marks in a row, the limit (Unicode's stream-safe text format)")
        }
        #expect(ThreadCPUClock.now - start < .seconds(2))
        // The limit itself decodes.
        let fine = try JSONPayload.decode(Receipt.self, from: Data("{\"status\": \"\(Self.marks(pairs: 15))\"}".utf8))
        #expect(fine.status.unicodeScalars.count == 31)
    }

    @Test func aLongRunInAFormFieldIsRefusedAtOnce() throws {
        let encoded = Self.marks(pairs: 100_000).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for form in ["\(encoded)=1&status=OK", "status=\(encoded)"] {
            let start = ThreadCPUClock.now
            #expect {
                _ = try FormDecoder().decode(Receipt.self, from: Data(form.utf8))
            } throws: { error in
                "\(error)".contains("has more than 30 combining marks in a row, the limit")
            }
            #expect(ThreadCPUClock.now - start < .seconds(2))
        }
    }

    /// 200,000 marks on one letter are one character of 200,001 UTF-16 units; counting them is linear (it compared
    /// each character with "\r\n", normalizing it).
    @Test func segmentCountingIsLinearInALongRun() {
        let start = ThreadCPUClock.now
        let analysis = SegmentCalculator.analyze(Self.marks(pairs: 100_000))
        #expect(ThreadCPUClock.now - start < .seconds(2))
        #expect(analysis.encoding == .ucs2)
        #expect(analysis.units == 200_001)
        #expect(SegmentCalculator.analyze("a\r\nb\u{0301}").units == 5)
    }

    /// JSON may write each mark as an escape (`\u0301`), which the decoder unescapes before it hashes a key: the marks
    /// are counted as the reader decodes them, surrogate pairs too (the review found the escaped form passed).
    @Test(arguments: ["key", "value", "pairs"])
    func escapedMarksInJSONAreCountedAsTheyDecode(_ place: String) throws {
        let escaped = String(repeating: #"\u0301\u0316"#, count: 100_000)
        // U+1D167 (a musical combining mark, class 1) as a surrogate pair.
        let pairs = String(repeating: #"\ud834\udd67"#, count: 31)
        let json = place == "key" ? #"{"a\#(escaped)": 1, "status": "OK"}"# : place == "value" ? #"{"status": "a\#(escaped)"}"# : #"{"status": "a\#(pairs)"}"#
        let start = ThreadCPUClock.now
        #expect {
            _ = try JSONPayload.decode(Receipt.self, from: Data(json.utf8))
        } throws: { error in
            "\(error)".contains("has more than 30 combining marks in a row")
        }
        #expect(ThreadCPUClock.now - start < .seconds(2))
        let thirty = try JSONPayload.decode(Receipt.self, from: Data(#"{"status": "a\#(String(repeating: #"\u0301"#, count: 30))\n"}"#.utf8))
        #expect(thirty.status.unicodeScalars.count == 32)
    }

    /// U+0344 decomposes to two marks; bytes that are not UTF-8 end a run rather than hide in one.
    @Test func decompositionsAndBrokenBytesCountAsTheirReaderReadsThem() {
        #expect(StreamSafeText.firstExcess(in: "a" + String(repeating: "\u{0344}", count: 15)) == nil)
        #expect(StreamSafeText.firstExcess(in: "a" + String(repeating: "\u{0344}", count: 16)) == 1 + 15 * 2)
        let broken: [UInt8] = [0x61] + Array(repeating: [0xCC, 0x41], count: 31).flatMap { $0 }
        #expect(broken.withUnsafeBufferPointer(StreamSafeText.firstExcess(inUTF8:)) == nil)
    }

    /// Fields handed over already read (a plain-text answer's) are checked as a form's are.
    @Test func fieldsReadElsewhereAreCheckedToo() {
        #expect {
            _ = try FormDecoder().decode(Receipt.self, fromFields: [("status", Self.marks(pairs: 16))])
        } throws: { error in
            "\(error)".contains("has more than 30 combining marks in a row")
        }
    }
}

