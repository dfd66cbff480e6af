import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// Issue 10, runtime side: hostile payloads and requests never trap, hang, smuggle or change a value.
@Suite struct HostileInputTests {
    func segmentViolations(_ template: String, length: Int) -> [ValidationViolation] {
        var validation = Validation(at: "")
        validation.segments(
            template, max: 1, capacities: .standard, placeholder: "{#TFA_CODE}", substituteLength: length, field: "message_template")
        return validation.violations
    }

    @Test func aSubstituteLengthFromTheRequestIsBounded() {
        let template = "Your code is {#TFA_CODE}"
        #expect(segmentViolations(template, length: 6).isEmpty)
        #expect(segmentViolations(template, length: -1).isEmpty)  // fills nothing; the field's minimum reports it
        #expect(segmentViolations(template, length: Int.min).isEmpty)
        for length in [Int.max, 1_000_000_000, 161] {
            let violations = segmentViolations(template, length: length)
            #expect(violations.map(\.message) == ["takes more than 1 SMS with {#TFA_CODE} filled in (\(length) characters); the maximum is 1"])
        }
        // Exactly what fits still counts normally: 13 characters of text + 147 = 160.
        #expect(segmentViolations(template, length: 147).isEmpty)
        #expect(segmentViolations(template, length: 148).map(\.message) == [
            "takes 2 SMS with {#TFA_CODE} filled in (148 characters) (161 septets, GSM-7); the maximum is 1"
        ])
        // Many placeholders multiply: 10 × 20 filled-in characters cannot fit in one SMS, and nothing overflows.
        #expect(segmentViolations(String(repeating: "{#TFA_CODE}", count: 10), length: 20).count == 1)
        #expect(segmentViolations(String(repeating: "{#TFA_CODE}", count: 3), length: Int.max / 2).count == 1)
        #expect(SegmentCapacities.standard.largestUnits(inSegments: Int.max) == Int.max)
        // Without the placeholder nothing is filled in, and the message does not say so.
        #expect(segmentViolations(String(repeating: "a", count: 161), length: Int.max).map(\.message) == [
            "takes 2 SMS (161 septets, GSM-7); the maximum is 1"
        ])
    }

    @Test(.timeLimit(.minutes(10))) func segmentCountingIsLinearInDistinctCharacters() {
        // 100 KB of CJK text with ~20,000 distinct characters took 12–16 s when each was looked up in a list.
        let text = String(String.UnicodeScalarView((0..<34_000).map { Unicode.Scalar(0x4E00 + UInt32($0 % 20_000))! }))
        let clock = ThreadCPUClock()
        let elapsed = clock.measure {
            let analysis = SegmentCalculator.analyze(text)
            #expect(analysis.units == 34_000 && analysis.nonGSMCharacters.count == 20_000)
            #expect(analysis.nonGSMCharacters.first == "一" && analysis.segments == (34_000 + 66) / 67)
        }
        #expect(elapsed < .seconds(3), "took \(elapsed)")
    }

    /// 4 MiB of separators is four million empty elements, and two rules recorded eight million violations (2.5 GB):
    /// each rule names a handful of them and counts the rest in one violation.
    @Test func aListsElementsBreakingARuleAreNamedAFewAndCountedTheRest() {
        let items = SeparatedList.texts(of: String(repeating: ",", count: 1 << 16), separator: ",")
        var validation = Validation(at: "")
        validation.each(items, field: "to") { $0.length($1, min: 1, field: $2) }
        validation.each(items, field: "to") { $0.pattern($1, "^[0-9]+$", field: $2) }
        validation.each(["1", "", "22"], field: "cc") { $0.length($1, min: 1, field: $2) }
        let named = Validation.maximumElementViolations
        #expect(validation.violations.count == 2 * (named + 1) + 1)
        #expect(validation.violations.prefix(named).map(\.path) == (0..<named).map { "to[\($0)]" })
        #expect(validation.violations[named].description == "to: \(items.count - named) more elements break the minLength rule too")
        #expect(validation.violations[2 * named + 1].description == "to: \(items.count - named) more elements break the pattern rule too")
        #expect(validation.violations.last?.description == "cc[1]: is 0 characters long; the minimum is 1")
    }

    /// 4 MiB of `{}` is a million messages in a list, each breaking a rule: a handful named with every violation,
    /// the rest counted in one violation of the list, by the rules they break.
    @Test func aListsMessagesBreakingRulesAreNamedAFewAndCountedTheRest() {
        struct Item: ValidatableMessage {
            let rule: String
            func validate(at path: String) -> [ValidationViolation] {
                rule.isEmpty ? [] : [ValidationViolation(path: MessagePath.join(path, "to"), rule: rule, message: "is wrong")]
            }
        }
        let named = Validation.maximumElementViolations
        let items = [Item(rule: "")] + Array(repeating: Item(rule: "minLength"), count: named) + [Item(rule: "pattern"), Item(rule: ""), Item(rule: "minLength")]
        let violations = items.validate(at: "items")
        #expect(violations.map(\.path) == (1...named).map { "items[\($0)].to" } + ["items"])
        #expect(violations.last?.description == "items: 2 more elements break the pattern and minLength rules too")
        #expect(["a": Item(rule: "x"), "b": Item(rule: "")].validate(at: "m").map(\.description) == ["m.a.to: is wrong"])
        let map = Dictionary(uniqueKeysWithValues: (0..<(named + 3)).map { (String(format: "k%02d", $0), Item(rule: "pattern")) })
        #expect(map.validate(at: "m").map(\.description).suffix(2) == ["m.k09.to: is wrong", "m: 3 more elements break the pattern rule too"])

        let clock = ThreadCPUClock()
        let million = Array(repeating: Item(rule: "minLength"), count: 1_000_000)
        var count = 0
        let elapsed = clock.measure { count = million.validate(at: "items").count }
        #expect(count == named + 1)
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test func anchoredPatternsMatchTheWholeValue() {
        var validation = Validation(at: "")
        for value in ["385911234567\n", "385911234567\r\n", "\u{FEFF}385911234567", "385911234567\u{2028}"] {
            validation.pattern(value, "^[0-9]{9,15}$", field: "to")
        }
        #expect(validation.violations.count == 4)
        #expect(validation.violations.first?.message == #""385911234567\n" does not match ^[0-9]{9,15}$"#)
        validation = Validation(at: "")
        validation.pattern("385911234567", "^[0-9]{9,15}$", field: "to")
        validation.pattern("Code {#TFA_CODE} now", "\\{#TFA_CODE\\}", field: "t")  // unanchored: contains
        validation.pattern("5$", "^[0-9]\\$$", field: "t")  // an escaped $ is a dollar sign
        validation.pattern("$", "^[$]$", field: "t")  // so is one in a class
        validation.pattern("a$b", "^\\Qa$b\\E$", field: "t")  // and one quoted
        validation.pattern("b", "^a$|^b$", field: "t")
        #expect(validation.violations.isEmpty)
        #expect(!PhoneNumbers.isE164("+385911234567\n") && PhoneNumbers.isE164("+385911234567"))
    }

    @Test func violationMessagesEscapeWhatCouldDriveATerminal() {
        var validation = Validation(at: "")
        let hostile = "\u{1B}[2J\u{1B}]8;;https://evil\u{07}x\u{202E}gnp.exe\u{9B}31m\"\\"
        validation.pattern(hostile, "^[0-9]+$", field: "to")
        validation.url(hostile, field: "url")
        let violations = validation.violations
        for violation in violations {
            #expect(!violation.message.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{202E}" })
        }
        #expect(violations.first?.message == #""\u{1B}[2J\u{1B}]8;;https://evil\u{7}x\u{202E}gnp.exe\u{9B}31m\"\\" does not match ^[0-9]+$"#)
        #expect(DisplayText.escaped("ok 👩‍💻 ñ") == "ok 👩‍💻 ñ")  // ordinary text and emoji sequences stay as they are
        // Private-use, unassigned and noncharacters draw as anything or nothing: shown by number.
        #expect(DisplayText.escaped("a\u{E000}b\u{F8FF}c\u{FFFE}d\u{10FFFD}e\u{0378}") == #"a\u{E000}b\u{F8FF}c\u{FFFE}d\u{10FFFD}e\u{378}"#)
    }

    struct Send: Codable, Sendable {
        let apiKey: String
        let srcAddr: String
        let dstAddr: String
        let content: String
        let to: [String]?
    }

    /// A send body whose `url` value carries a query of its own, as in the issue.
    static let smuggling = Data(
        "apiKey=K&srcAddr=Shop&dstAddr=6591234567&content=Hi&url=https://shop.example/cb?apiKey=X&srcAddr=Evil&dstAddr=6599999999&content=Pwned"
            .utf8)

    @Test func aQuestionMarkInAFormBodyIsNotAQuery() throws {
        let error = try #require(throws: DecodingError.self) { try FormDecoder().decode(Send.self, from: Self.smuggling) }
        #expect(DecodingErrorDescription.describe(error).contains("appears 2 times"))
        let honest = try FormDecoder().decode(
            Send.self, from: "apiKey=K&srcAddr=Shop&dstAddr=6591234567&content=Hi?+Yes&url=https://shop.example/cb?id=1")
        #expect(honest.srcAddr == "Shop" && honest.content == "Hi? Yes")
        #expect(try FormDecoder.parse("url=https://shop.example/cb?id=1").map(\.value) == ["https://shop.example/cb?id=1"])
        // A real URL or query still has its query read.
        for text in ["https://example.com/dlr?apiKey=K&srcAddr=S&dstAddr=1&content=c", "/dlr?apiKey=K&srcAddr=S&dstAddr=1&content=c",
            "?apiKey=K&srcAddr=S&dstAddr=1&content=c"]
        {
            #expect(try FormDecoder().decode(Send.self, from: text).srcAddr == "S")
        }
    }

    @Test func repeatedFieldsAreAnErrorUnlessTheFieldIsAList() throws {
        let error = try #require(throws: DecodingError.self) {
            try FormDecoder().decode(Send.self, from: "apiKey=K&srcAddr=A&srcAddr=B&dstAddr=1&content=c")
        }
        #expect(DecodingErrorDescription.describe(error) == "at `srcAddr`: The field appears 2 times; it takes one value.")
        let list = try FormDecoder().decode(Send.self, from: "apiKey=K&srcAddr=A&dstAddr=1&content=c&to=1&to=2")
        #expect(list.to == ["1", "2"])
    }

    /// A body that starts with a UTF-8 byte-order mark (a form saved by an editor, as JSON payloads sometimes come):
    /// the mark is the encoding's, not the first field's name, so that field is not lost — and a field sent twice
    /// with the mark before the first is still sent twice, never silently the second value.
    @Test func aByteOrderMarkBeforeAFormIsNotPartOfItsFirstName() throws {
        let marked = Data([0xEF, 0xBB, 0xBF]) + Data("apiKey=K&srcAddr=A&dstAddr=1&content=c".utf8)
        #expect(try FormDecoder().decode(Send.self, from: marked).apiKey == "K")
        let twice = Data([0xEF, 0xBB, 0xBF]) + Data("srcAddr=A&apiKey=K&srcAddr=B&dstAddr=1&content=c".utf8)
        let error = try #require(throws: DecodingError.self) { try FormDecoder().decode(Send.self, from: twice) }
        #expect(DecodingErrorDescription.describe(error) == "at `srcAddr`: The field appears 2 times; it takes one value.")
    }

    @Test func percentDecodingKeepsEveryByteOrFailsNamingTheField() throws {
        let bom = try FormDecoder().decode(Send.self, from: "apiKey=K&srcAddr=A&dstAddr=%EF%BB%BF385911234567&content=100%&to=%2B1")
        #expect(bom.dstAddr == "\u{FEFF}385911234567" && bom.content == "100%" && bom.to == ["+1"])
        var validation = Validation(at: "")
        validation.pattern(bom.dstAddr, "^[0-9]{9,15}$", field: "dstAddr")
        #expect(validation.violations.map(\.message) == [#""\u{FEFF}385911234567" does not match ^[0-9]{9,15}$"#])
        let error = try #require(throws: DecodingError.self) {
            try FormDecoder().decode(Send.self, from: Data("apiKey=K&srcAddr=A&dstAddr=1&content=%FFhi".utf8))
        }
        #expect(DecodingErrorDescription.describe(error) == #"at `content`: The value of field "content" is not valid UTF-8 after percent-decoding."#)
    }

    @Test func formFieldCountIsLimited() throws {
        let many = Array(repeating: "to=1", count: PayloadLimits.maximumFormFields + 1).joined(separator: "&")
        let error = try #require(throws: DecodingError.self) {
            try FormDecoder().decode(Send.self, from: "apiKey=K&srcAddr=A&dstAddr=1&content=c&" + many)
        }
        #expect(DecodingErrorDescription.describe(error).contains("more than 10000 fields"))
    }

    @Test func unknownJSONKeepsNumbersExactly() throws {
        let text = #"{"id":9007199254740993,"big":18446744073709551615,"huge":123456789012345678901234567890,"rate":0.1,"neg":-5,"e":1.5e3}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members["id"] == .number(JSONNumber(integerLiteral: 9_007_199_254_740_993)))
        #expect(members.mapValues { if case .number(let number) = $0 { number.text } else { "" } } == [
            "id": "9007199254740993", "big": "18446744073709551615", "huge": "123456789012345678901234567890", "rate": "0.1",
            "neg": "-5", "e": "1500",
        ])
        #expect(JSONValue.number(12) == .number(12.0))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(again == #"{"big":18446744073709551615,"e":1500,"huge":123456789012345678901234567890,"id":9007199254740993,"neg":-5,"rate":0.1}"#)
    }

    @Test func unknownJSONKeepsDigitsBeyondDoublePrecision() throws {
        // An integer read goes through `Double` and would answer 27.
        let value = try JSONDecoder().decode(JSONValue.self, from: Data("[27.0000000000000001, -9223372036854775808]".utf8))
        guard case .array(let items) = value else { Issue.record("not a list"); return }
        #expect(items.map { if case .number(let number) = $0 { number.text } else { "" } } == ["27.0000000000000001", "-9223372036854775808"])
    }

    /// Every list and object inside a `JSONValue` costs the decoder one failed read, dearer the deeper it sits:
    /// nesting is bounded (`maximumJSONValueDepth`) and refused beyond, naming the place, so a payload's cost stays
    /// linear in its size.
    @Test(.timeLimit(.minutes(10))) func unknownJSONIsBoundedInDepthAndLinearInSize() throws {
        let limit = PayloadLimits.maximumJSONValueDepth
        func nested(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(nested(limit).utf8)) != .null)
        let tooDeep = #"{"a":"# + nested(limit) + "}"
        #expect(throws: (any Error).self) { try JSONDecoder().decode(JSONValue.self, from: Data(tooDeep.utf8)) }
        do {
            _ = try JSONDecoder().decode(JSONValue.self, from: Data(tooDeep.utf8))
        } catch {
            #expect(DecodingErrorDescription.describe(error)
                == "at `a\(String(repeating: "[0]", count: limit - 1))`: Nested deeper than \(limit) levels, the limit for a value kept as JSON.")
        }
        // 128 KiB of lists at the limit, side by side: each decoded, in time proportional to the size.
        let chains = Array(repeating: nested(limit - 1), count: (128 * 1024) / (2 * limit)).joined(separator: ",")
        let started = ThreadCPUClock.now
        guard case .array(let items) = try JSONDecoder().decode(JSONValue.self, from: Data("[\(chains)]".utf8)) else {
            Issue.record("not a list"); return
        }
        #expect(items.count == (128 * 1024) / (2 * limit))
        // About 2 s in a debug build here, most of it Foundation's own failed parse.
        #expect(ThreadCPUClock.now - started < .seconds(15))
    }

    struct Packet: Codable, Sendable {
        struct Item: Codable, Sendable { let number: String }
        let datapacket: [Item]
    }

    let packet = MessageDescriptor(Packet.self, name: "Packet", kind: .request, summary: "", wire: .json)

    func describeFailure(_ bytes: [UInt8]) -> String {
        do {
            _ = try packet.decode(Data(bytes))
            return "decoded"
        } catch {
            return DecodingErrorDescription.describe(error)
        }
    }

    @Test func jsonSyntaxErrorsSayWhere() {
        #expect(describeFailure(Array("{\"datapacket\": [\n  {\"number\": \"1\"},\n  {\"number\": x}\n]}".utf8))
            == "at `datapacket[1].number`: Not valid JSON at line 3, column 14: an unexpected character where a value should be.")
        var invalidUTF8 = Array(#"{"datapacket": [{"number": "12"#.utf8)
        invalidUTF8 += [0xFF] + Array(#"3"}]}"#.utf8)
        #expect(describeFailure(invalidUTF8) == "at `datapacket[0].number`: Not valid JSON at line 1, column 31: a byte that is not valid UTF-8.")
        let deep = Array((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)
        let limit = PayloadLimits.maximumJSONDepth
        #expect(describeFailure(deep) == "at `(top level)`: Not valid JSON at line 1, column \(limit + 1): nesting is deeper than \(limit) levels, the limit.")
        #expect(describeFailure(Array(#"{"datapacket": [{"number": 5}]}"#.utf8)).hasPrefix("at `datapacket[0].number`: expected text"))
    }

    /// UTF-16 and UTF-32 payloads are read as UTF-8 by every reader, so an error is placed in the text as it reads,
    /// and a byte-order mark cannot make one reader see a key twice and another once.
    @Test func everyReaderReadsTheSameTextWhateverTheEncoding() throws {
        let text = "{\"datapacket\": [{\"number\": \"1\"},\n  {\"number\": x}]}"
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian, .utf16] {
            #expect(describeFailure([UInt8](text.data(using: encoding)!))
                == "at `datapacket[1].number`: Not valid JSON at line 2, column 14: an unexpected character where a value should be.")
        }
        // FE FF is UTF-16's byte-order mark; what follows is then no JSON, whatever another reader would guess.
        let twice = Array(#"{"datapacket": [], "datapacket": [{"number": "1"}]}"#.data(using: .utf32LittleEndian)!)
        #expect(describeFailure([0xFE, 0xFF, 0, 0] + twice).hasPrefix("at `(top level)`: Not valid JSON"))
        #expect(describeFailure([0xFF, 0xFE, 0, 0] + twice).contains("appears twice in one object"))
        #expect(describeFailure([0xEF, 0xBB, 0xBF] + Array(#"{"datapacket": [], "datapacket": []}"#.utf8))
            == "at `datapacket`: The key \"datapacket\" appears twice in one object (line 1, column 20); which value counts is ambiguous, so neither is taken.")
        #expect(describeFailure([0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x7B]) == "at `(top level)`: The payload reads as UTF-16 (big-endian) by its first bytes, but is not valid UTF-16 (big-endian).")
        // An odd byte at the end is not dropped: the payload would say less than it holds.
        #expect(describeFailure([0, 0x32, 0x2D]) == "at `(top level)`: The payload reads as UTF-16 (big-endian) by its first bytes, but is not valid UTF-16 (big-endian).")
    }

    /// Placing a syntax error reads the payload once more without building anything: 4 MiB of small objects with the
    /// error at the end took 1.6 GB and 21 s (4 MiB) when the place came from `JSONSerialization`.
    @Test(.timeLimit(.minutes(10))) func aSyntaxErrorAtTheEndOfALargePayloadIsPlacedCheaply() {
        let unit = #"{"":{}},"#
        let payload = Array(("{\"datapacket\": [" + String(repeating: unit, count: 1024 * 1024 / unit.utf8.count)).utf8)
        let started = ThreadCPUClock.now
        let failure = describeFailure(payload)
        #expect(failure.hasSuffix("(the end): the text ends where a value should follow."), "\(failure.suffix(200))")
        // About 2 s in a debug build here, most of it Foundation's own failed parse.
        #expect(ThreadCPUClock.now - started < .seconds(15))
    }

    @Test func aNumberItsFieldCannotHoldIsNotCalledInvalidJSON() {
        struct Count: Codable, Sendable { let total: Int }
        let count = MessageDescriptor(Count.self, name: "Count", kind: .response, summary: "", wire: .json)
        for (body, reason) in [
            (#"{"total": 12345678901234567890}"#, "is beyond the range of the integer this field reads (−9223372036854775808…9223372036854775807)."),
            (#"{"total": 1.5}"#, "is not an integer, which this field reads."),
        ] {
            do {
                _ = try count.decode(Data(body.utf8))
                Issue.record("decoded \(body)")
            } catch {
                let number = body.dropFirst(10).dropLast()
                #expect(DecodingErrorDescription.describe(error) == "at `total`: The number \"\(number)\" at line 1, column 11 \(reason)")
            }
        }
    }

    @Test func aKeyTwiceInOneObjectIsRefusedNotResolved() {
        #expect(describeFailure(Array(#"{"datapacket": [{"number": "1", "number": "2"}]}"#.utf8))
            == #"at `datapacket[0].number`: The key "number" appears twice in one object (line 1, column 33); which value counts is ambiguous, so neither is taken."#)
        // Spelled differently, read as one key by the decoder.
        #expect(describeFailure(Array(#"{"datapacket": [], "\u0064atapacket": []}"#.utf8)).hasPrefix(#"at `datapacket`: The key "datapacket" appears twice"#))
        // Sent as UTF-16 or UTF-32, which the decoder reads too.
        let twice = #"{"datapacket": [{"number": "1", "number": "2"}]}"#
        for encoding: String.Encoding in [.utf16LittleEndian, .utf16BigEndian, .utf16, .utf32LittleEndian, .utf32BigEndian] {
            let failure = describeFailure([UInt8](try! #require(twice.data(using: encoding))))
            #expect(failure.hasPrefix(#"at `datapacket[0].number`: The key "number" appears twice"#), "\(encoding): \(failure)")
        }
        // The same key in different objects, nested or side by side, and a key-like value are fine.
        #expect(describeFailure(Array(#"{"datapacket": [{"number": "1"}, {"number": "number"}], "x": {"datapacket": 1}}"#.utf8)) == "decoded")
    }

    /// A text field read leniently, as a spec's `lenient: true` string generates it.
    struct LenientID: Decodable {
        let messageID: String
        init(from decoder: any Decoder) throws {
            let result = try decoder.container(keyedBy: FieldKey.self).nestedContainer(keyedBy: FieldKey.self, forKey: "result")
            messageID = try result.decodeScalar(String.self, forKey: "message_id", lenient: true)
        }
    }

    /// Fortytwo's 20-digit message id (Tests/SMSProvidersTests/Documents/fortytwo/request-code-response.json) sent as
    /// a number is its digits, not the nearest `Double`'s text ("1.4466445287300014e+19").
    @Test func aLenientTextFieldKeepsANumbersDigits() throws {
        let document = #"{"api_job_id": "0c6ccf37-dd15-49ff-a12f-ffad8f2655a6", "result_info": {"status_code": 0, "description": "Success"}, "result": {"message_id": "14466445287300014003"}}"#
        #expect(try JSONPayload.decode(LenientID.self, from: Data(document.utf8)).messageID == "14466445287300014003")
        // A fraction beyond `Double`'s precision is kept too: an integer read gave "27" and "1" for these.
        for (number, text) in [
            ("14466445287300014003", "14466445287300014003"), ("0.1", "0.1"), ("1e-7", "0.0000001"), ("-12", "-12"),
            ("27.0000000000000001", "27.0000000000000001"), ("0.99999999999999999999", "0.99999999999999999999"),
        ] {
            let payload = document.replacingOccurrences(of: #""14466445287300014003""#, with: number)
            #expect(try JSONPayload.decode(LenientID.self, from: Data(payload.utf8)).messageID == text)
        }
    }

    @Test func aNumberKeptAsJSONIsZeroHoweverItIsWritten() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data("[0e200, -0e200, 0.0]".utf8))
        #expect(value == .array([.number(0), .number(0), .number(0)]))
    }

    @Test func payloadsOverTheLimitAreRefusedUnread() {
        let big = [UInt8](repeating: 0x20, count: PayloadLimits.maximumBytes + 1)
        #expect(describeFailure(big) == "at `(top level)`: The payload is 4194305 bytes; the limit is 4 MiB.")
    }

    @Test(.timeLimit(.minutes(10))) func datesAreReadWithoutBuildingAFormatterEachTime() async {
        // OCA's history dates are ISO 8601; RajaSMS's are yyyy-MM-dd in Jakarta time. 20,000 of each, from 4 tasks.
        let iso = (0..<20_000).map { String(format: "2020-06-%02dT%02d:%02d:00.%03dZ", 1 + $0 % 28, $0 % 24, $0 % 60, $0 % 1000) }
        let local = (0..<20_000).map { String(format: "2024-%02d-%02d %02d:%02d:00", 1 + $0 % 12, 1 + $0 % 28, $0 % 24, $0 % 60) }
        func readable(_ range: Range<Int>) -> Int {
            iso[range].count { Timestamp(text: $0, formats: ["iso8601"]).date != nil }
                + local[range].count { Timestamp(text: $0, formats: ["yyyy-MM-dd HH:mm:ss"], timeZone: "Asia/Jakarta").date != nil }
        }
        let dates = await withTaskGroup(of: Int.self) { group in
            for part in 0..<4 { group.addTask { readable((part * 5_000)..<((part + 1) * 5_000)) } }
            return await group.reduce(0, +)
        }
        #expect(dates == 40_000)
        // Timed on this thread's CPU clock (no suspension inside), so other tests and processes do not count:
        // ~1 s in a debug build; building two ISO formatters per date took over 30 s.
        let cpuSeconds = Self.threadCPUSeconds { #expect(readable(0..<20_000) == 40_000) }
        #expect(cpuSeconds < 10, "took \(cpuSeconds) s of CPU")
    }

    private static func threadCPUSeconds(_ work: () -> Void) -> Double {
        let elapsed = ThreadCPUClock().measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func iso8601DatesAreReadWholeAndReal() throws {
        let refused = [
            "2020-06-04T10:00:00Zjunk", "2020-06-04T10:00:00.000Z;drop", "2020-06-04T10:00:00+07:00x", "2021-02-30T10:00:00Z",
            "2021-02-29T00:00:00Z", "2020-04-31T10:00:00.000Z", "2020-13-01T00:00:00Z", "2020-00-10T00:00:00Z",
            "2020-06-00T00:00:00Z", "2020-06-04T24:00:00Z", "2020-06-04T10:60:00Z", "2020-06-04T10:00:60Z", "2020-06-04T10:00:00.Z",
            "2020-06-04T10:00:00+25:00", "x2020-06-04T10:00:00Z",
        ]
        for text in refused {
            let timestamp = Timestamp(text: text, formats: ["iso8601"])
            #expect(timestamp.date == nil && timestamp.text == text, "\(text)")
        }
        let read = [
            "2020-02-29T10:00:00Z": 1_582_970_400.0, "2020-06-04T10:00:00.000Z": 1_591_264_800, "2020-06-4T10:00:00.000Z": 1_591_264_800,
            "2020-06-04T10:00:05.5Z": 1_591_264_805.5, "2020-06-04T17:00:00+07:00": 1_591_264_800, "2020-12-31T23:59:59Z": 1_609_459_199,
        ]
        for (text, seconds) in read {
            #expect(Timestamp(text: text, formats: ["iso8601"]).date?.timeIntervalSince1970 == seconds, "\(text)")
        }
    }

    /// The direct reading of numeric formats agrees with ICU's strict round trip, which it replaces.
    @Test func numericFormatsReadExactlyWhatICUWouldWriteBack() {
        let cases: [(format: String, zone: String)] = [
            ("yyyy-MM-dd HH:mm:ss", "Asia/Jakarta"), ("yyyy-MM-dd", "Asia/Jakarta"), ("dd/MM/yyyy H:mm", "UTC"),
            ("yyyy-M-d'T'HH:mm:ss.SSS", "Europe/Zagreb"), ("yyyyMMddHHmmss", "America/New_York"),
        ]
        let texts = [
            "2024-01-02 08:00:00", "2024-1-2 08:00:00", "2024-02-29 23:59:59", "2023-02-29 10:00:00", "2024-13-01 00:00:00",
            "2024-01-02 24:00:00", "2024-01-02 08-00-00", "2024-01-02", "2024-04-31", "02/01/2024 8:05", "02/01/2024 08:05",
            "2024-3-31T02:30:00.125", "2024-03-31T02:30:00.125", "2024-10-27T02:30:00.000", "20240310023000", "20241103013000",
            "20240102080000", " 2024-01-02", "2024-01-02 08:00:00 ", "１２３４-01-02", "2024-1-02", "20241103013000", "20241027023000",
        ]
        for (format, zone) in cases {
            let reference = DateFormatter()
            reference.locale = Locale(identifier: "en_US_POSIX")
            reference.dateFormat = format
            reference.isLenient = false
            reference.timeZone = TimeZone(identifier: zone)
            for text in texts {
                let icu = reference.date(from: text).flatMap { reference.string(from: $0) == text ? $0 : nil }
                let read = Timestamp(text: text, formats: [format], timeZone: zone).date
                #expect(read == icu || text.hasPrefix(" ") || text.hasSuffix(" "), "\(format) \(zone): \(text)")
            }
        }
    }
}

/// Found by the FormDecoder fuzz harness (Fuzz/regressions/FuzzFormDecoder/int8-field-recursion): scalars that are
/// not the runtime's lenient ones used to recurse until the stack overflowed.
@Suite struct FormScalarTests {
    struct Small: Decodable, Equatable {
        let small: Int8
        let count: UInt
        let ratio: Float
    }

    /// Decodes itself from the single value it wraps: without a bound, for ever.
    struct SelfWrapping: Decodable {
        init(from decoder: any Decoder) throws { _ = try decoder.singleValueContainer().decode(SelfWrapping.self) }
    }

    struct Holder: Decodable { let value: SelfWrapping }

    @Test func everyStandardScalarDecodesFromAFormField() throws {
        #expect(try FormDecoder().decode(Small.self, from: "small=-7&count=12&ratio=1.5") == Small(small: -7, count: 12, ratio: 1.5))
        #expect(throws: DecodingError.self) { try FormDecoder().decode(Small.self, from: "small=300&count=1&ratio=1") }
        #expect(throws: DecodingError.self) { try FormDecoder().decode(Small.self, from: "\0small=1") }
    }

    struct Amount: Decodable, Equatable {
        let price: Decimal
        let ratio: Double
    }

    /// `Decimal(string:)` reads the longest number at the start of its text and Swift's `Double` parser reads words
    /// and hexadecimal: text that is not a decimal number is an error, never part of it or another value.
    @Test func numbersInTextAreReadWholeOrNotAtAll() throws {
        let read = try FormDecoder().decode(Amount.self, from: "price=%2012.50%20&ratio=-1.5e3")
        #expect(read == Amount(price: Decimal(string: "12.5")!, ratio: -1500))
        for (price, ratio) in [("+.5", "2."), ("007", "1E-3")] {
            #expect(throws: Never.self) { try FormDecoder().decode(Amount.self, from: "price=\(price)&ratio=\(ratio)") }
        }
        for price in ["12abc", "1,5", "1.5.5", "--1", "0x10", "1e", "", "nan", "12%2034"] {
            #expect(throws: DecodingError.self, "\(price)") { try FormDecoder().decode(Amount.self, from: "price=\(price)&ratio=1") }
        }
        for ratio in ["nan", "NaN", "inf", "-infinity", "0x1p3", "1e999", "1e-999", "1,5", "1_0"] {
            #expect(throws: DecodingError.self, "\(ratio)") { try FormDecoder().decode(Amount.self, from: "price=1&ratio=\(ratio)") }
        }
        #expect(try FormDecoder().decode(Amount.self, from: "price=0&ratio=0e-999").ratio == 0)
    }

    /// `Decimal` holds a 128-bit significand (every 38-digit number) and `Decimal(string:)` drops the digits beyond
    /// it without a word: a form's 42-digit amount read as another number ending in 000. Text has its digits, so a
    /// number that does not keep them all is an error; zeros that only place the point are no digits to keep
    /// (`1` followed by 42 zeros is exactly 1e42).
    @Test func aDecimalInTextWithMoreDigitsThanDecimalHoldsIsRefused() throws {
        for price in ["123456789012345678901234567890123456789012", "-0.000999999999999999999999999999999999999999", "9999999999999999999999999999999999999.99e5"] {
            #expect(throws: DecodingError.self, "\(price)") { try FormDecoder().decode(Amount.self, from: "price=\(price)&ratio=1") }
        }
        for price in ["12345678901234567890123456789012345678", "-0.000123456789012345678901234567890123456789", "1" + String(repeating: "0", count: 42), "000001.5000000000000000000000000000000000000000", "15e-1", "-0.0e7", "%2B12.3400E%2B2"] {
            let read = try FormDecoder().decode(Amount.self, from: "price=\(price)&ratio=1")
            #expect(read.price == Decimal(string: price.removingPercentEncoding!), "\(price)")
        }
    }

    @Test func aTypeThatDecodesItselfIsAnErrorNotAStackOverflow() {
        #expect(throws: DecodingError.self) { try FormDecoder().decode(Holder.self, from: "value=1") }
    }
}

extension HostileInputTests {
    struct Lower: Codable, Sendable { let a: String }
    struct Upper: Codable, Sendable { let b: Int }

    /// Shapes `foo` and `Foo` are two Swift types a spec may declare: each is found by its own name, and a name
    /// typed in another case still finds a message when no name matches exactly.
    @Test func aMessageNamedInAnotherCaseIsNotTakenForTheOneNamedExactly() throws {
        let catalog = ProviderCatalog(
            provider: ProviderDescriptor(id: "acme", name: "Acme", baseURLs: [], authentication: .basic, sources: []), operations: [],
            messages: [
                MessageDescriptor(Lower.self, name: "foo", kind: .shape, summary: "", wire: .json),
                MessageDescriptor(Upper.self, name: "Foo", kind: .shape, summary: "", wire: .json),
                MessageDescriptor(Upper.self, name: "Bar", kind: .shape, summary: "", wire: .json),
            ], tables: [], examples: [])
        #expect(catalog.message(named: "foo")?.name == "foo")
        #expect(catalog.message(named: "Foo")?.name == "Foo")
        #expect(try catalog.message(named: "Foo")?.decode(Data(#"{"b": 1}"#.utf8)) is Upper)
        #expect(catalog.message(named: "bar")?.name == "Bar")
    }
}

extension HostileInputTests {
    static func table(_ id: String, isNumeric: Bool, code: String, name: String, outcome: Outcome) -> StatusTable {
        let category: ErrorCategory = outcome == .success ? .none : .unknown
        return StatusTable(
            provider: "acme", id: id, title: id, source: "doc", isNumeric: isNumeric, wireFormat: isNumeric ? .number : .string(minimumDigits: 0),
            entries: [
                StatusEntry(
                    provider: "acme", table: id, code: code, name: name, description: name, outcome: outcome, category: category,
                    retryable: false, source: "doc")
            ])
    }

    /// Tables `Status` and `status` are two Swift types a spec may declare: the registry finds each by its own id (the
    /// later one replaced the earlier, so a client read Status's 1 as status's failure), and an id typed in another
    /// case when none matches exactly.
    @Test func aTableIdInAnotherCaseIsNotTakenForTheOneNamedExactly() {
        let registry = StatusRegistry(tables: [
            Self.table("Status", isNumeric: true, code: "1", name: "OK", outcome: .success),
            Self.table("status", isNumeric: false, code: "1", name: "BAD", outcome: .failure),
        ])
        #expect(registry.lookup(provider: "acme", table: "Status", code: "1").entry?.name == "OK")
        #expect(registry.lookup(provider: "acme", table: "status", code: "1").entry?.name == "BAD")
        #expect(registry.lookup(provider: "ACME", table: "STATUS", code: "1").entry != nil)
        // "01" is 1 only in the numeric table.
        #expect(registry.lookup(provider: "acme", code: "01").map(\.name) == ["OK"])
    }
}
