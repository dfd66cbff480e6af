import Foundation
import Testing

@_spi(Generated) @testable import SMSSpecRuntime

/// Numbers with more significant digits than `Decimal` holds (38, some 39): Foundation's decoder rounds them and
/// its encoder writes another number. Read through `JSONPayload` they keep every digit where a value keeps a
/// number's text (a `json` field, a code, a lenient text field), a `Decimal` read of one is an error, and
/// `JSONPayload.encode` writes them back as they came.
@Suite struct LongNumberTests {
    static let fortyTwoDigits = "123456789012345678901234567890123456789012"

    /// A generated type's reads: a `json` field, a lenient text field, a decimal, a code.
    struct Message: Codable, Equatable {
        var extra: JSONValue?
        var id: String?
        var amount: Decimal?
        var code: WireCode?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldKey.self)
            extra = try container.decodeIfPresent(JSONValue.self, forKey: "extra")
            id = try container.decodeScalarIfPresent(String.self, forKey: "id", lenient: true)
            amount = try container.decodeIfPresent(Decimal.self, forKey: "amount")
            code = try container.decodeIfPresent(WireCode.self, forKey: "code")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FieldKey.self)
            try container.encodeIfPresent(extra, forKey: "extra")
            try container.encodeIfPresent(id, forKey: "id")
            try container.encodeIfPresent(amount, forKey: "amount")
            try container.encodeIfPresent(code, forKey: "code")
        }
    }

    func read(_ json: String) throws -> Message { try JSONPayload.decode(Message.self, from: Data(json.utf8)) }

    func numberText(_ value: JSONValue?) -> String? {
        guard case .number(let number)? = value else { return nil }
        return number.text
    }

    @Test func plainTextOfLongNumbers() {
        let cases: [(String, String)] = [
            (Self.fortyTwoDigits, Self.fortyTwoDigits),
            ("-" + Self.fortyTwoDigits + ".500", "-" + Self.fortyTwoDigits + ".5"),
            ("0.000" + Self.fortyTwoDigits + "000", "0.000" + Self.fortyTwoDigits),
            ("1234567890123456789012345678901234567890.1e2", "123456789012345678901234567890123456789010"),
            ("00012.34e-5", "0.0001234"), ("5e3", "5000"), ("-0.0", "0"),
            ("1.23e-200", "123e-202"), ("7e999999", "7e999999"),
        ]
        for (token, expected) in cases {
            var copy = token
            #expect(copy.withUTF8 { NumberText.plainText($0) } == expected, "\(token)")
        }
    }

    @Test func aValueKeptAsJSONKeepsEveryDigit() throws {
        let fraction = "27.0000000000000000000000000000000000000000001"
        #expect(numberText(try read(#"{"extra": \#(fraction)}"#).extra) == fraction)
        let nested = try read(#"{"extra": {"a": [\#(Self.fortyTwoDigits), 1.5]}}"#).extra
        #expect(nested == .object(["a": .array([.number(try #require(JSONNumber(jsonText: Self.fortyTwoDigits))), .number(1.5)])]))
        guard case .object(let members)? = nested, case .array(let items)? = members["a"], case .number(let number)? = items.first else {
            Issue.record("\(String(describing: nested))"); return
        }
        #expect(number.text == Self.fortyTwoDigits)
        // Outside `JSONPayload`, Foundation's decoder alone still rounds (and says nothing).
        let alone = try JSONDecoder().decode(Message.self, from: Data(#"{"extra": \#(Self.fortyTwoDigits)}"#.utf8))
        #expect(numberText(alone.extra) == "123456789012345678901234567890123456789000")
    }

    @Test func aLenientTextFieldGivenALongNumberKeepsItsDigits() throws {
        #expect(try read(#"{"id": \#(Self.fortyTwoDigits)}"#).id == Self.fortyTwoDigits)
        #expect(try read(#"{"id": 1\#(Self.fortyTwoDigits)e-3}"#).id == "1123456789012345678901234567890123456789.012")
        #expect(try read(#"{"id": 12345}"#).id == "12345")
    }

    @Test func aDecimalReadOfALongNumberIsAnErrorNamingIt() throws {
        let error = try #require(throws: DecodingError.self) { try read(#"{"amount": \#(Self.fortyTwoDigits)}"#) }
        #expect(DecodingErrorDescription.describe(error).contains("has 42 significant digits, more than the 38 a Decimal holds"))
        // 2¹²⁸ − 1 has 39 digits, and `Decimal` holds it exactly.
        let largest = "340282366920938463463374607431768211455"
        #expect(try read(#"{"amount": \#(largest)}"#).amount?.description == largest)
    }

    @Test func aLongCodeDecodesExactlyAndGoesBackAsItCame() throws {
        let payload = #"{"code":\#(Self.fortyTwoDigits)}"#
        let message = try read(payload)
        #expect(message.code?.text == Self.fortyTwoDigits && message.code?.kind == .number)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try JSONPayload.encode(message, using: encoder), as: UTF8.self) == payload)
        // The encoder gave its settings and is left as it was.
        #expect(encoder.userInfo.isEmpty && encoder.outputFormatting == [.sortedKeys])
        // Foundation's encoder alone would write another number: an error instead.
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(message) }
        let tiny = "1234567890123456789012345678901234567890123e-182"
        #expect(try read(#"{"code": 0.\#(String(repeating: "0", count: 139))1234567890123456789012345678901234567890123}"#).code?.text == tiny)
    }

    /// A long number beyond what a `Double` holds is refused where a value reads it, as Foundation's decoder refuses
    /// `1e400`, both through the payload's document (`JSONValue`) and through the decoder (a code).
    @Test func aLongNumberBeyondDoubleIsRefusedAsOtherNumbersAre() {
        for exponent in ["e400", "e-400", "e99999999999"] {
            let number = Self.fortyTwoDigits + exponent
            #expect(throws: DecodingError.self, "\(number)") { try read(#"{"extra": [\#(number)]}"#) }
            #expect(throws: DecodingError.self, "\(number)") { try read(#"{"code": \#(number)}"#) }
            #expect(JSONNumber(jsonText: number) == nil)
        }
    }

    /// A number of at most 38 significant digits whose scale is beyond `Decimal`'s exponents (−128…127) is read by
    /// Foundation through `Double`: `140353845924933262.6776547573975031253300e-119` (38 digits) was kept as its 17,
    /// `12345678901234567890e150` as 1.2345678901234567e+169. Such a number keeps every digit, as a longer one does; one of
    /// at most 15 digits, which a `Double` keeps, is read as before — unless its `Double` is subnormal, which keeps
    /// fewer (an attack: `3e-324` came back `5e-324`, `1.23456789012345e-320` as `1.2347e-320`).
    @Test(arguments: [
        "140353845924933262.6776547573975031253300e-119", "12345678901234567890e150", "-1234567890123456e-150", "3e-324",
        "1.23456789012345e-320", "-2.5e-310",
    ])
    func aNumberBeyondDecimalsScaleKeepsItsDigits(_ token: String) throws {
        let message = try read(#"{"extra": [\#(token)], "code": \#(token), "id": \#(token)}"#)
        var copy = token
        let exact = copy.withUTF8 { NumberText.plainText($0) }
        let number = try #require(JSONNumber(jsonText: token))
        #expect(number.text == exact)
        #expect(message.code?.text == exact && message.id == exact && message.extra == .array([.number(number)]), "\(message)")
        #expect(try JSONPayload.decode(Message.self, from: JSONPayload.encode(message)) == message)
        #expect(throws: DecodingError.self) { try read(#"{"amount": \#(token)}"#) }
        let short = try #require(JSONNumber(jsonText: "1.23456789012345e-136"))
        #expect(try read(#"{"extra": 123456789012345e-150}"#).extra == .number(short))
    }

    /// Random long numbers in every spelling read, write and read again to the same exact value.
    @Test func longNumbersRoundTripThroughThePayload() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let digits = String((0..<Int.random(in: 39...80, using: &random)).map { _ in "0123456789".randomElement(using: &random)! })
            var token = (Bool.random(using: &random) ? "-" : "") + "1" + digits
            if Bool.random(using: &random) { token.insert(".", at: token.index(token.endIndex, offsetBy: -Int.random(in: 1...30, using: &random))) }
            if Bool.random(using: &random) { token += "e" + String(Int.random(in: -150...150, using: &random)) }
            let payload = #"{"extra": [\#(token)], "code": \#(token), "id": \#(token)}"#
            let message = try read(payload)
            var copy = token
            let exact = copy.withUTF8 { NumberText.plainText($0) }
            #expect(message.extra == .array([.number(try #require(JSONNumber(jsonText: token)))]) && message.code?.text == exact && message.id == exact, "\(token)")
            #expect(try JSONPayload.decode(Message.self, from: JSONPayload.encode(message)) == message, "\(token)")
        }
    }

    /// A number `Decimal` does not parse as written (`20e-129`) is read through `Double`; its text is the one it has
    /// when that `Double` is written and read again (`2e-128`, which `Decimal` parses): "2e-128" became a
    /// 130-character plain text on the second read.
    @Test func aNumberReadThroughDoubleReadsTheSameWhenWrittenBack() throws {
        for text in ["20e-129", "1e-7", "12345678901234567e-140"] {
            let once = try #require(JSONNumber(jsonText: text))
            let again = try JSONPayload.decode(JSONNumber.self, from: JSONPayload.encode(once))
            #expect(again == once, "\(text): \(once.text), then \(again.text)")
            #expect(try JSONPayload.decode(JSONNumber.self, from: Data(text.utf8)) == once)
        }
    }

    /// The mark `JSONPayload.encode` replaces is random for each process: a string that looks like one stays a string.
    @Test func aStringLikeTheMarkStaysAString() throws {
        let message = try read(#"{"id": "\uE00000000000-0000-0000-0000-000000000000:123", "code": \#(Self.fortyTwoDigits)}"#)
        let written = String(decoding: try JSONPayload.encode(message), as: UTF8.self)
        #expect(written.contains("\"\u{E000}00000000-0000-0000-0000-000000000000:123\""))
        #expect(written.contains(":\(Self.fortyTwoDigits)"))
    }
}

extension LongNumberTests {
    /// A `JSONNumber` read from a form field's text keeps every digit, as from JSON: read through `Decimal`, which
    /// refuses a longer number, then `Double`, it was rounded (`…789000`). What is no number stays refused.
    @Test func aFormFieldsNumberKeepsEveryDigit() throws {
        struct Field: Decodable { var n: JSONNumber; var list: [JSONNumber]? }
        let field = try FormDecoder().decode(Field.self, from: "n=\(Self.fortyTwoDigits)&list=-\(Self.fortyTwoDigits)&list=%2B1.5e3")
        #expect(field.n.text == Self.fortyTwoDigits && field.list?.map(\.text) == ["-\(Self.fortyTwoDigits)", "1500"])
        #expect(try FormDecoder().decode(Field.self, from: "n=+\(Self.fortyTwoDigits)0e-1").n.text == Self.fortyTwoDigits)
        #expect(try FormDecoder().decode(Field.self, from: "n=007").n.text == "7")
        for text in ["nan", "inf", "1e400", "12abc", "", "1&n=2"] {
            #expect(throws: DecodingError.self, "\(text)") { try FormDecoder().decode(Field.self, from: "n=\(text)") }
        }
    }

    /// A form's `1e-200` for a decimal is a number no `Decimal` holds: the error said it was no decimal number (an attack).
    @Test func aFormsDecimalBeyondDecimalsScaleSaysWhatADecimalHolds() {
        struct Amount: Decodable { var amount: Decimal }
        #expect(throws: DecodingError.self) { try FormDecoder().decode(Amount.self, from: "amount=1e-200") }
        do {
            _ = try FormDecoder().decode(Amount.self, from: "amount=1e-200")
        } catch {
            #expect("\(error)".contains("\"1e-200\" is not a decimal number a Decimal holds (at most 38 significant digits, exponents -128 to 127)"), "\(error)")
        }
    }

    /// JSON's `1e-200` in a decimal field: Foundation's decoder refuses it naming no field, and none of the reasons
    /// given applied (an attack); the first number beyond a Decimal's exponents is named, at its place.
    @Test func aJSONDecimalBeyondDecimalsScaleIsNamed() throws {
        struct Amount: Decodable { var points: Decimal }
        for value in ["1e-200", "1e128", "-1.5e-130"] {
            let error = try #require(throws: DecodingError.self) { try JSONPayload.decode(Amount.self, from: Data(#"{"points": \#(value)}"#.utf8)) }
            #expect(DecodingErrorDescription.describe(error).hasSuffix(
                "The payload's first number beyond a Decimal's exponents (-128 to 127), which a decimal field refuses, is \"\(value)\" at line 1, "
                    + "column 12 (`points`)."), "\(DecodingErrorDescription.describe(error))")
        }
    }
}

extension LongNumberTests {
    /// A `Decimal.nan` in a request was written `NaN` (an attack): a JSON body no provider reads, and a form field that
    /// failed as a decoding error about JSON. Both are refused naming the field; a finite decimal still goes out.
    @Test func aDecimalThatIsNotANumberIsRefusedAtItsField() throws {
        struct Request: Encodable { var to: String; var price: Decimal; var prices: [Decimal] }
        for request in [Request(to: "1", price: .nan, prices: []), Request(to: "1", price: 1, prices: [2, .nan])] {
            do {
                _ = try JSONPayload.encode(request)
                Issue.record("\(request) was encoded")
            } catch EncodingError.invalidValue(_, let context) {
                #expect(context.debugDescription.contains("not finite (a Decimal.nan)"), "\(context.debugDescription)")
                #expect(context.codingPath.first?.stringValue == (request.price.isNaN ? "price" : "prices"), "\(context.codingPath)")
            }
            #expect(throws: EncodingError.self) { try FormEncoder.fields(of: request) }
        }
        let finite = try JSONPayload.encode(Request(to: "1", price: Decimal(string: "12.50")!, prices: [1]), using: {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return encoder
        }())
        #expect(String(decoding: finite, as: UTF8.self) == #"{"price":12.5,"prices":[1],"to":"1"}"#)
    }
}
