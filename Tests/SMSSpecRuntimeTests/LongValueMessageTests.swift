import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// A message quotes a request or payload value whole up to 80 characters; a longer one (a 4 MiB payload's) is cut
/// after 64 and said with its length, so an error line stays readable and bounded. Spec-side messages cut at 80 too.
@Suite struct LongValueMessageTests {
    static let long = String(repeating: "x", count: 4 * 1024 * 1024)

    @Test func shortValuesAreQuotedExactlyAndLongOnesCutWithTheirLength() {
        let eighty = String(repeating: "a", count: 80)
        #expect(DisplayText.quotedExcerpt(eighty) == "\"\(eighty)\"")
        #expect(DisplayText.quotedExcerpt("a\"\u{1B}") == #""a\"\u{1B}""#)
        #expect(DisplayText.quotedExcerpt(eighty + "b") == "\"\(String(repeating: "a", count: 64))…\" (81 characters)")
        #expect(DisplayText.escapedExcerpt(Self.long) == String(repeating: "x", count: 64) + "… (4194304 characters)")
        // Cut by scalars: one character of a million combining marks is not shown whole.
        let marks = "e" + String(repeating: "\u{301}", count: 1_000_000)
        #expect(DisplayText.escapedExcerpt(marks).unicodeScalars.count < 100)
    }

    /// The excerpt is its value's first 64 characters, whatever the last of them is: a prepended concatenation mark
    /// (U+0D4E MALAYALAM LETTER DOT REPH) joins the closing quote into one Character, and dropping that Character
    /// dropped the mark with the quote.
    @Test func anExcerptKeepsItsLastCharacterWhateverItJoins() {
        let a63 = String(repeating: "a", count: 63)
        let value = a63 + "\u{0D4E}" + String(repeating: "b", count: 20)
        #expect(DisplayText.quotedExcerpt(value).unicodeScalars.elementsEqual(("\"" + a63 + "\u{0D4E}…\" (84 characters)").unicodeScalars))
    }

    /// A pattern that backtracks past ICU's own limit (lint refuses it; a verdict is asked of any pattern) said "does
    /// not match" of a valid value on Linux, where that limit ends a match with no flag: the match is stopped at
    /// `Patterns.timeLimit` and reported as not checked. A linear pattern reads a value of 4 MiB within it, anchored or
    /// not (an unanchored one reports progress at every character: counting reports refused a 2,500-character value).
    @Test func aValueMatchedPastTheTimeLimitIsReportedAsUnchecked() {
        let valid = String(repeating: "a", count: 30)
        #expect(Patterns.verdict(valid, "^" + String(repeating: "a?", count: 30) + valid + "$") == .undecided)
        #expect(Patterns.verdict(valid, "^" + String(repeating: "a?", count: 4) + valid + "$") == .matches)
        let long = String(repeating: "a", count: 4 << 20)
        #expect(Patterns.verdict(long, "^[a-z]*$") == .matches)
        #expect(Patterns.verdict(long + "!", "^[a-z]*$") == .doesNotMatch)
        // Unanchored, the closure runs at every character: 256 KiB here, in a debug build under load (4 MiB takes 0.1 s
        // in release).
        let unanchored = String(repeating: "a", count: 1 << 18)
        #expect(Patterns.verdict(unanchored, "b") == .doesNotMatch)
        #expect(Patterns.verdict(unanchored + " Reply STOP", "Reply STOP$") == .matches)
        #expect(Patterns.verdict(String(repeating: " ", count: 2_500), "\\S") == .doesNotMatch)
    }

    /// ICU gives up on a long value whose pattern backtracks deep (its stack runs out): Plivo's `dst` of 100,000
    /// recipients, each valid, was reported as not matching `^[0-9]{7,15}(<[0-9]{7,15})*$`. It is reported as not
    /// checked; 1,000 recipients still match.
    @Test func aValueThePatternEngineGivesUpOnIsReportedAsUncheckedNotAsNoMatch() {
        let pattern = "^[0-9]{7,15}(<[0-9]{7,15})*$"
        let recipients = { (count: Int) in Array(repeating: "6281234567", count: count).joined(separator: "<") }
        #expect(Patterns.verdict(recipients(1_000), pattern) == .matches)
        #expect(Patterns.verdict(recipients(1_000) + "<x", pattern) == .doesNotMatch)
        #expect(Patterns.verdict(recipients(100_000), pattern) == .undecided)
        var validation = Validation(at: "")
        validation.pattern(recipients(100_000), pattern, field: "dst")
        #expect(validation.violations.map(\.message) == [
            "could not be checked against \(pattern): the regular-expression engine gave up on its 1099999 characters (it ran out of "
                + "backtracking stack or time); send fewer at once"
        ])
    }

    /// Each value had the pattern time limit alone: a request of 40 values a pattern lint accepts takes 0.4 s on
    /// held `validate()` 30 s (4,000, half an hour). One request's patterns share `patternTimePerRequest`; the values
    /// after it are reported as not checked, without matching. Outside a request (a nested `validate(at:)` alone) each
    /// value keeps its own limit.
    @Test func aRequestsPatternsShareOneTime() {
        let pattern = "^a{0,86}a{0,86}a{0,86}a{1000}$"
        let value = String(repeating: "a", count: 1_000)
        let clock = ThreadCPUClock()
        var validation = Validation(at: "")
        let took = clock.measure {
            validation = Validation.sharingPatternTime {
                var validation = Validation(at: "")
                for index in 0..<40 { validation.pattern(value + (index == 39 ? "" : "b"), pattern, field: "tags[\(index)]") }
                // The phone rule's mobile pattern shares the time too (it had 0.4 s a value, with no bound on their count).
                let rules = PhoneNumberRules(country: "ID", countryCode: "62", nationalPrefix: "0", mobilePattern: "8[0-9]{8,11}")
                validation.phone("+6281234567890", rules: rules, forms: [.e164], field: "to")
                return validation
            }
        }
        #expect(took < .seconds(20), "\(took)")
        let unchecked = validation.violations.filter { $0.message.hasPrefix("was not checked against \(pattern): this request's patterns had taken the 2 s") }
        #expect(validation.violations.last?.message.hasPrefix("was not checked against the mobile numbers of ID: this request's patterns") == true)
        #expect(validation.violations.count == 41 && unchecked.count >= 30, "\(validation.violations.count) \(unchecked.count)")
        #expect(validation.violations.allSatisfy { $0.message.hasPrefix("could not be checked") || $0.message.hasPrefix("was not checked") }, "\(validation.violations.map(\.message))")
        // Alone, each value has its own limit again.
        var alone = Validation(at: "")
        alone.pattern(value + "b", pattern, field: "tag")
        #expect(alone.violations.map(\.message).allSatisfy { $0.hasPrefix("could not be checked") }, "\(alone.violations.map(\.message))")
    }

    /// A phone value whose mobile pattern gave up on it (its 0.4 s) was reported as no mobile number (an attack): it
    /// is not checked. (A pattern lint refuses, given here directly.)
    @Test func aPhoneValueTheEngineGivesUpOnIsNotChecked() {
        let rules = PhoneNumberRules(country: "ID", countryCode: "62", nationalPrefix: "0", mobilePattern: "([0-9]?){30}[0-9]{30}5")
        var validation = Validation(at: "")
        validation.phone("+62" + String(repeating: "1", count: 30), rules: rules, forms: [.e164], field: "to")
        #expect(validation.violations.map(\.message) == [
            "could not be checked against the mobile numbers of ID: the regular-expression engine gave up on it; send fewer at once"
        ])
        var plain = Validation(at: "")
        plain.phone("+62123", rules: PhoneNumberRules(country: "ID", countryCode: "62", nationalPrefix: "0", mobilePattern: "8[0-9]{8,11}"), forms: [.e164], field: "to")
        #expect(plain.violations.first?.message.contains("is not a mobile number of ID") == true, "\(plain.violations)")
    }

    /// The forms a phone rule takes, said as a choice: `…written as the national number alone, 1…` read as cut off (a user).
    @Test func aPhoneRulesFormsAreSaidAsAChoice() {
        let rules = PhoneNumberRules(country: "US", countryCode: "1", nationalPrefix: "1", mobilePattern: "[2-9][0-9]{9}")
        var validation = Validation(at: "")
        validation.phone("12345", rules: rules, forms: [.subscriber, .international, .e164], field: "to")
        #expect(validation.violations.map(\.message) == [
            #""12345" is not a mobile number of US written as the national number alone (no country code or prefix), 1… or +1…"#
        ])
    }

    @Test func violationsQuoteALongValueShortened() {
        var validation = Validation(at: "")
        validation.pattern(Self.long, "^[0-9]+$", field: "to")
        validation.url(Self.long, field: "url")
        let messages = validation.violations.map(\.message)
        #expect(messages == [
            "\"\(String(repeating: "x", count: 64))…\" (4194304 characters) does not match ^[0-9]+$",
            "\"\(String(repeating: "x", count: 64))…\" (4194304 characters) is not an http(s) URL: it has no scheme (https://…)",
        ])
    }

    struct Packet: Decodable {
        let id: Int
    }

    @Test func decodingProblemsAndCodesQuoteALongValueShortened() throws {
        let error = try #require(throws: DecodingError.self) { try FormDecoder().decode(Packet.self, from: "id=" + Self.long) }
        let text = DecodingErrorDescription.describe(error)
        #expect(text.count < 200 && text.contains("\"\(String(repeating: "x", count: 64))…\" (4194304 characters)"), "\(text.prefix(300))")
        let keyed = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Packet].self, from: Data(#"{"\#(Self.long)": {"id": "x"}}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(keyed).count < 300, "\(DecodingErrorDescription.describe(keyed).prefix(300))")
        let provider = ProviderError(provider: "acme", table: "Status", rawCode: Self.long, rawMessage: Self.long, httpStatus: nil, entry: nil)
        #expect(provider.description == "acme Status \(String(repeating: "x", count: 64))… (4194304 characters) (undocumented code) [unknown] — "
            + "\"\(String(repeating: "x", count: 64))…\" (4194304 characters)")
        #expect(provider.rawCode == Self.long)  // the value itself is kept whole
    }

    /// A Content-Type is a request's header, as long as a client makes it: the charset a JSON payload's label names
    /// is quoted shortened in the note that explains a payload that did not decode, as the form charsets' errors do.
    @Test func theContentTypeNoteQuotesALongCharsetShortened() {
        let charset = String(repeating: "x", count: 10_000)
        let note = PayloadEncoding.json.contentTypeNote("application/json; charset=" + charset, owner: "request's", subject: "callback")
        #expect(note.count < 300 && note.contains("\"\(String(repeating: "x", count: 64))…\" (10000 characters)"), "\(note.prefix(300))")
        #expect(PayloadEncoding.json.contentTypeNote("application/json; charset=ISO-8859-1", owner: "request's", subject: "callback")
            .hasPrefix(#" (the request's Content-Type declares charset "ISO-8859-1"; JSON is read as UTF-8"#))
    }
}
