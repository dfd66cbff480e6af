import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

@Suite struct LenientDecodingTests {
    struct Packet: Decodable {
        let id: Int64
        let flag: Bool?
        enum CodingKeys: String, CodingKey { case id, flag }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeScalar(Int64.self, forKey: .id, lenient: true)
            flag = try container.decodeScalarIfPresent(Bool.self, forKey: .flag, lenient: true)
        }
    }

    @Test func numbersAndBooleansAcceptText() throws {
        let packet = try JSONDecoder().decode(Packet.self, from: Data(#"{"id":"9775454545","flag":"1"}"#.utf8))
        #expect(packet.id == 9_775_454_545 && packet.flag == true)
        let absent = try JSONDecoder().decode(Packet.self, from: Data(#"{"id":7,"flag":null}"#.utf8))
        #expect(absent.flag == nil)
        // An optional one sent as empty text is absent, as an empty form field is (a user's `"wallet": ""` failed the
        // whole answer), and so is blank text, whose padding a number's text sheds (a user's `"textLength": " "` failed
        // where `" 13"` read as 13); a required one is still refused.
        let empty = try JSONDecoder().decode(Packet.self, from: Data(#"{"id":7,"flag":""}"#.utf8))
        #expect(empty.flag == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"id":""}"#.utf8)) }
        #expect(try JSONDecoder().decode(Packet.self, from: Data(#"{"id":7,"flag":" \t"}"#.utf8)).flag == nil)
        #expect(try FormDecoder().decode(Packet.self, from: "id=7&flag=+").flag == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"id":" "}"#.utf8)) }
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Packet.self, from: Data(#"{"id":"12a"}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(error).hasPrefix("at `id`: expected an integer"))
        // A thousands separator is refused, and says why (a user's balance "29,296.800").
        let comma = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"id":"1,000"}"#.utf8)) }
        #expect(DecodingErrorDescription.describe(comma).hasSuffix("A comma is read neither as a decimal point nor as a thousands separator: the text is refused rather than guessed."))
        // In a form too (a form's fields are text).
        let formComma = try #require(throws: DecodingError.self) { try FormDecoder().decode(Packet.self, from: "id=1%2C000") }
        #expect(DecodingErrorDescription.describe(formComma).hasSuffix("the text is refused rather than guessed."), "\(DecodingErrorDescription.describe(formComma))")
    }

    @Test func lenientScalarsReadOnceAndNameTheFieldWhenMissingOrNull() throws {
        let form = try FormDecoder().decode(Packet.self, from: "id=42&flag=yes")
        #expect(form.id == 42 && form.flag == true)
        let missing = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"flag":true}"#.utf8)) }
        #expect(DecodingErrorDescription.describe(missing) == "at `id`: the required field is missing")
        let null = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"id":null}"#.utf8)) }
        #expect(DecodingErrorDescription.describe(null).hasPrefix("at `id`: "))
        let text = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Packet.self, from: Data(#"{"id":1,"flag":"perhaps"}"#.utf8)) }
        #expect(DecodingErrorDescription.describe(text) == #"at `flag`: expected a boolean; Field "flag" must be a boolean (true or false, 1 or 0, yes or no), as a value or as text."#)
        // PHP gateways write a boolean as 1 or 0; read through the runtime's own JSON reader too (lint, the CLI).
        for decode in [{ try JSONDecoder().decode(Packet.self, from: Data($0.utf8)) }, { try JSONPayload.decode(Packet.self, from: Data($0.utf8)) }] as [(String) throws -> Packet] {
            #expect(try decode(#"{"id":1,"flag":1}"#).flag == true)
            #expect(try decode(#"{"id":1,"flag":0}"#).flag == false)
            #expect(try decode(#"{"id":1,"flag":1.0}"#).flag == true)
            for number in ["2", "-1", "0.5", "1e1", "10"] {
                #expect(throws: DecodingError.self, "\(number)") { try decode(#"{"id":1,"flag":"# + number + "}") }
            }
        }
        // Foundation gives no words for a `Decimal` read from text: the message ended at "expected a decimal number; ".
        struct Price: Decodable { let d: Decimal }
        let decimal = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Price.self, from: Data(#"{"d": "1"}"#.utf8)) }
        #expect(DecodingErrorDescription.describe(decimal) == "at `d`: expected a decimal number; the value is of another kind")
    }

    /// A map's key that reads as a number (a Sinch parameter's recipient) is a name in an error's path, as lint says
    /// it; it was written as a list position, `parameters.name[15551234567]`. List positions stay `[n]`.
    @Test func aMapKeyThatReadsAsANumberIsANameInThePath() throws {
        struct Batch: Decodable {
            let parameters: [String: [String: String]]
            let to: [String]?
        }
        for decode in [{ try JSONDecoder().decode(Batch.self, from: Data($0.utf8)) }, { try JSONPayload.decode(Batch.self, from: Data($0.utf8)) }] as [(String) throws -> Batch] {
            let map = try #require(throws: DecodingError.self) { try decode(#"{"parameters": {"name": {"15551234567": 5}}}"#) }
            #expect(DecodingErrorDescription.describe(map).hasPrefix("at `parameters.name.15551234567`: expected text"))
            let list = try #require(throws: DecodingError.self) { try decode(#"{"parameters": {}, "to": ["a", 5]}"#) }
            #expect(DecodingErrorDescription.describe(list).hasPrefix("at `to[1]`: expected text"))
        }
        struct Form: Decodable { let to: [Int] }
        let form = try #require(throws: DecodingError.self) { try FormDecoder().decode(Form.self, from: "to=1&to=x") }
        #expect(DecodingErrorDescription.describe(form).hasPrefix("at `to[1]`: "))
    }

    @Test func jsonValuesKeepTheirKindWhateverTheOrderTheyAreTried() throws {
        let values = try JSONDecoder().decode([JSONValue].self, from: Data(#"["1", 1, true, null, 2.5, [false], {"a": "b"}]"#.utf8))
        #expect(values == [.string("1"), .number(1), .bool(true), .null, .number(2.5), .array([.bool(false)]), .object(["a": .string("b")])])
    }

    @Test func formBodiesDecodeRepeatedAndEscapedFields() throws {
        struct Form: Decodable {
            let to: [String]
            let text: String
            let count: Int
        }
        let form = try FormDecoder().decode(Form.self, from: "to=1&to=2&text=a+b%26c&count=3")
        #expect(form.to == ["1", "2"] && form.text == "a b&c" && form.count == 3)
    }

    @Test func timestampsKeepTheirTextAndTolerateSloppyDates() {
        let sloppy = Timestamp(text: "2020-06-4T10:00:00.000Z", formats: ["iso8601"])
        #expect(sloppy.text == "2020-06-4T10:00:00.000Z" && sloppy.date != nil)
        let plain = Timestamp(text: "2020-06-04T10:00:00Z", formats: ["iso8601"])
        #expect(plain.date == sloppy.date)
        let jakarta = Timestamp(text: "2024-01-02 08:00:00", formats: ["yyyy-MM-dd HH:mm:ss"], timeZone: "Asia/Jakarta")
        #expect(jakarta.date == Timestamp(text: "2024-01-02T01:00:00Z", formats: ["iso8601"]).date)
        #expect(Timestamp(text: "2024-01-02 08-00-00", formats: ["yyyy-MM-dd HH:mm:ss"]).date == nil)
        #expect(Timestamp(text: "", formats: ["iso8601"]).date == nil)
    }

    /// Where daylight saving starts at midnight (Santiago, Beirut, Havana, Asunción) that day's 00:00 does not exist,
    /// and a date-only pattern read the day as no date: the library wrote "2024-09-08" and its own validator refused
    /// it, so a client would not send a request it built. A day is its first instant; a skipped day is still none.
    @Test func aDayWhoseMidnightIsSkippedIsADay() {
        for (zone, day, firstInstant) in [
            ("America/Santiago", "2024-09-08", "2024-09-08T04:00:00Z"), ("Asia/Beirut", "2024-03-31", "2024-03-30T22:00:00Z"),
            ("America/Havana", "2024-03-10", "2024-03-10T05:00:00Z"), ("America/Asuncion", "2024-10-06", "2024-10-06T04:00:00Z"),
        ] {
            let read = Timestamp(text: day, formats: ["yyyy-MM-dd"], timeZone: zone)
            #expect(read.date == Timestamp(text: firstInstant, formats: ["iso8601"]).date, "\(zone)")
            let written = Timestamp(read.date ?? Date(), format: "yyyy-MM-dd", timeZone: zone)
            var validation = Validation(at: "")
            validation.timestamp(written, formats: ["yyyy-MM-dd"], timeZone: zone, field: "day")
            #expect(written.text == day && validation.violations.isEmpty, "\(zone) \(validation.violations)")
            // A time inside the gap is still no time.
            #expect(Timestamp(text: "\(day) 00:30", formats: ["yyyy-MM-dd HH:mm"], timeZone: zone).date == nil, "\(zone)")
        }
        // Where midnight comes twice (Havana's clocks go back from 01:00 to 00:00), the day starts at the first.
        #expect(Timestamp(text: "2024-11-03", formats: ["yyyy-MM-dd"], timeZone: "America/Havana").date
            == Timestamp(text: "2024-11-03T04:00:00Z", formats: ["iso8601"]).date)
        // Samoa skipped 30 December 2011 whole.
        #expect(Timestamp(text: "2011-12-30", formats: ["yyyy-MM-dd"], timeZone: "Pacific/Apia").date == nil)
        #expect(Timestamp(text: "2011-12-31", formats: ["yyyy-MM-dd"], timeZone: "Pacific/Apia").date != nil)
    }

    /// A pattern read by ICU writes every date in its own zone (UTC), so a text naming another offset never came
    /// back unchanged and was no date: RFC 2822's own examples (section A.1.1, A.1.2) were refused.
    @Test func aDateInItsOwnOffsetIsReadUnderAZonePattern() {
        let rfc2822 = "EEE, dd MMM yyyy HH:mm:ss Z"
        #expect(Timestamp(text: "Fri, 21 Nov 1997 09:55:06 -0600", formats: [rfc2822]).date
            == Timestamp(text: "1997-11-21T15:55:06Z", formats: ["iso8601"]).date)
        #expect(Timestamp(text: "Tue, 1 Jul 2003 10:52:37 +0200", formats: ["EEE, d MMM yyyy HH:mm:ss Z"]).date
            == Timestamp(text: "2003-07-01T08:52:37Z", formats: ["iso8601"]).date)
        #expect(Timestamp(text: "2020-06-04 10:00:00 +0530", formats: ["yyyy-MM-dd HH:mm:ss Z"]).date
            == Timestamp(text: "2020-06-04T04:30:00Z", formats: ["iso8601"]).date)
        #expect(Timestamp(text: "2020-06-04 10:00:00 -00:30", formats: ["yyyy-MM-dd HH:mm:ss xxx"]).date
            == Timestamp(text: "2020-06-04T10:30:00Z", formats: ["iso8601"]).date)
        // The rest must still come back exactly: a wrong weekday, wrong separators, a leap second are no date.
        for text in ["Thu, 21 Nov 1997 09:55:06 -0600", "Fri, 21 Nov 1997 09-55-06 -0600", "Fri, 21 Nov 1997 23:59:60 -0600", "Fri, 21 Nov 1997 09:55:06 -0600 x"] {
            #expect(Timestamp(text: text, formats: [rfc2822]).date == nil, "\(text)")
        }
    }
}

/// An open enum as generated code declares one: its listed value matched by a `switch` on the wire value.
private enum Mark: OpenEnum {
    case ok
    case unknown(WireCode)

    static var knownCases: [Mark] { [.ok] }
    init(wireValue: WireCode) {
        switch wireValue {
        case "OK": self = .ok
        default: self = .unknown(wireValue)
        }
    }
    var wireValue: WireCode {
        switch self {
        case .ok: "OK"
        case .unknown(let value): value
        }
    }
}

@Suite struct WireCodeEqualityTests {
    /// `String`'s equality is canonical equivalence: "O\u{212A}" (a Kelvin sign) matched the listed "OK", was read as
    /// `.ok` and went back on the wire as ASCII "OK". Wire values are equal only scalar for scalar.
    @Test func anOpenEnumValueCanonicallyEquivalentToAListedOneIsUnknownAndKeptAsSent() throws {
        #expect(WireCode(text: "O\u{212A}") != WireCode(text: "OK"))
        #expect(WireCode(text: "OK") == "OK" && WireCode(text: "") == "" && WireCode(text: "\u{212A}") == "\u{212A}")
        let mark = try JSONDecoder().decode([Mark].self, from: Data(#"["O\u212A", "OK", ";\u037E"]"#.utf8))
        #expect(mark.map(\.isKnown) == [false, true, false])
        let written = String(decoding: try JSONEncoder().encode(mark), as: UTF8.self)
        #expect(written.unicodeScalars.map(\.value).filter { $0 > 0x7F } == [0x212A, 0x37E], "\(written)")
        #expect(Set([WireCode(text: "O\u{212A}"), WireCode(text: "OK")]).count == 2)
    }

    /// A user's Aligo states are Korean text codes (`발송완료`, delivered). The same word decomposed (conjoining jamo,
    /// canonically equivalent) decoded as an undocumented failure, while `lookup` called it delivered, and an alias
    /// spelling it so, which lint takes, was never indexed (a dictionary of `String` holds the two as one key). Codes
    /// match scalar for scalar everywhere: the decomposed word is undocumented in `lookup` too, and an alias reads it.
    @Test func aCodeInOtherScalarsIsAnotherCodeUnlessAnAliasSpellsIt() throws {
        let composed = "\u{BC1C}\u{C1A1}\u{C644}\u{B8CC}"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed == composed && !decomposed.isSameUTF8(as: composed))
        func table(aliases: [String]) -> StatusTable {
            StatusTable(
                provider: "aligo", id: "State", title: "States", source: "doc", isNumeric: false, wireFormat: .string(minimumDigits: 0),
                rows: [.row(composed, aliases: aliases, "delivered", outcome: .success), .row("FAIL", "failed", category: .unknown)])
        }
        let plain = table(aliases: [])
        #expect(plain.row(of: WireCode(text: composed)) == 0 && plain.row(of: WireCode(text: decomposed)) == nil)
        #expect(plain.entry(for: decomposed) == nil)
        let registry = StatusRegistry(tables: [plain])
        #expect(registry.lookup(provider: "aligo", code: decomposed).isEmpty && registry.lookup(provider: "aligo", code: composed).count == 1)
        let aliased = table(aliases: [decomposed])
        #expect(aliased.row(of: WireCode(text: decomposed)) == 0 && aliased.row(of: WireCode(text: composed)) == 0)
        #expect(StatusRegistry(tables: [aliased]).lookup(provider: "aligo", code: decomposed).map(\.code) == [composed])
    }

    /// The byte comparison codes are matched by: equal text in small and heap-allocated strings, the last byte
    /// different, equal byte counts of canonically equivalent text, and a Substring's copy.
    @Test func textIsTheSameOnlyByteForByte() {
        let long = String(repeating: "ROUTING_PREFIX_FILTER_", count: 4)
        let pairs: [(String, String, Bool)] = [
            ("", "", true), ("DELIVERED", "DELIVERED", true), (long + "A", long + "A", true), (long + "A", long + "B", false),
            ("DELIVERED", "DELIVERES", false), ("OK", "O\u{212A}", false), ("\u{E9}", "e\u{301}", false),
            ("\u{1F600}x", "\u{1F600}x", true), ("OK", "OK ", false), (String(long.dropFirst(2)), String(long.dropFirst(2)), true),
        ]
        for (left, right, same) in pairs {
            #expect(left.isSameUTF8(as: right) == same, "\(left.debugDescription) \(right.debugDescription)")
            #expect(right.isSameUTF8(as: left) == same)
            #expect(left.isSameUTF8(as: right) == Array(left.utf8).elementsEqual(Array(right.utf8)))
        }
    }
}
