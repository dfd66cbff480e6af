import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// A value kept as JSON reads the same through `JSONPayload` (which parses the payload once, `JSONDocument`) as
/// through Foundation's decoder alone (kind by kind): the same value or, both ways, an error — for random payloads
/// with every number form, escape and malformed leaf Foundation tolerates where nothing reads it.
@Suite struct JSONDocumentTests {
    /// A JSON field read in place, the way generated `init(from:)` reads one.
    struct Holder: Decodable, Equatable {
        let required: JSONValue
        let optional: JSONValue?
        init(required: JSONValue, optional: JSONValue?) {
            self.required = required
            self.optional = optional
        }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldKey.self)
            required = try container.decode(JSONValue.self, forKey: "required")
            optional = try container.decodeIfPresent(JSONValue.self, forKey: "optional")
        }
    }

    /// Both readings of one payload: the value, or nil for an error.
    func readings<Value: Decodable & Equatable>(_ type: Value.Type, _ text: [UInt8]) -> (alone: Value?, payload: Value?) {
        (try? JSONDecoder().decode(type, from: Data(text)), try? JSONPayload.decode(type, from: Data(text)))
    }

    /// The value with each number as Foundation's decoder alone reads it: rounded to what `Decimal` holds where
    /// `JSONPayload` keeps more digits (`LongNumberTests`); every other number unchanged.
    static func roundedAsFoundationReads(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number): (try? JSONDecoder().decode(JSONValue.self, from: Data(number.text.utf8))) ?? value
        case .array(let items): .array(items.map(roundedAsFoundationReads))
        case .object(let members): .object(members.mapValues(roundedAsFoundationReads))
        default: value
        }
    }

    @Test func randomPayloadsReadTheSameBothWays() {
        var generator = RandomJSON(seed: 0x5EED_0D0C)
        var compared = 0
        var values = 0
        for _ in 0..<3_000 {
            let value = generator.value(depth: 0)
            let ignored = generator.value(depth: 0)
            let top = readings(JSONValue.self, value)
            #expect(top.alone == top.payload.map(Self.roundedAsFoundationReads), "\(String(decoding: value, as: UTF8.self))")
            let fields = Array(#"{"ignored": "#.utf8) + ignored + Array(#", "required": "#.utf8) + value
                + Array(#", "optional": "#.utf8) + value + Array("}".utf8)
            let held = readings(Holder.self, fields)
            let heldRounded = held.payload.map {
                Holder(required: Self.roundedAsFoundationReads($0.required), optional: $0.optional.map(Self.roundedAsFoundationReads))
            }
            #expect(held.alone == heldRounded, "\(String(decoding: fields, as: UTF8.self))")
            compared += 2
            if top.alone != nil { values += 1 }
        }
        // Both outcomes occur often enough to mean something.
        #expect(values > 1_000 && values < compared / 2 - 500)
    }

    @Test func leavesFoundationRefusesAreRefusedOnlyWhereAValueReadsThem() throws {
        for leaf in [#""\x""#, #""\ud800""#, #""\udc00x""#, "\"a\u{01}b\"", "01", "1.", "1e", "1e400", "1e-400", "0.1e-400"] {
            let ignored = try JSONPayload.decode(Holder.self, from: Data(#"{"other": [\#(leaf)], "required": [1]}"#.utf8))
            #expect(ignored.required == .array([.number(1)]))
            #expect(throws: (any Error).self, "\(leaf)") {
                try JSONPayload.decode(Holder.self, from: Data(#"{"required": [[\#(leaf)]]}"#.utf8))
            }
        }
        let error = try #require(throws: DecodingError.self) {
            try JSONPayload.decode(Holder.self, from: Data(#"{"required": [1, {"a": "\q"}]}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(error) == "at `required[1].a`: Not valid JSON: an escape JSON does not have.")
    }

    /// Lists nested to the limit, kept as JSON: through Foundation's decoder alone each list cost a failed read (a
    /// 4 MiB payload took about 13 s in a release build); read from the document, the payload is parsed once.
    @Test(.timeLimit(.minutes(10))) func nestedListsAtTheLimitCostOneParse() throws {
        let depth = PayloadLimits.maximumJSONValueDepth - 1
        let chain = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let count = (1024 * 1024) / (chain.utf8.count + 1)
        let payload = Data(("[" + Array(repeating: chain, count: count).joined(separator: ",") + "]").utf8)
        let started = ThreadCPUClock.now
        guard case .array(let items) = try JSONPayload.decode(JSONValue.self, from: payload) else {
            Issue.record("not a list"); return
        }
        let elapsed = ThreadCPUClock.now - started
        #expect(items.count == count)
        // About 2 s in a debug build here; Foundation's decoder alone takes over 20 s.
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }
}

/// Random JSON texts as bytes: nesting a little past `maximumJSONValueDepth`, numbers in every form (and malformed),
/// strings with every escape (and bad ones, raw control characters, invalid UTF-8), Foundation's trailing commas.
struct RandomJSON {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    static let numbers = [
        "0", "-0", "7", "-12", "1.5", "0.1", "1e5", "1E+2", "-1e-5", "2.5e-324", "1e-400", "-1e400", "1e127", "1e128", "1e-128",
        "1e-129", "9007199254740993", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "123456789012345678901234567890123456789012", "27.0000000000000001", "0e200", "-0.0", "1.0e-0", "0.000001",
        "1234567890123456789", "123456789012345678", "1.50", "10.0", "-0.50", "100.000", "0.10", "12345678901234567.5",
        "1234567890123456.50", "01", "1.", "-", "1e", "00", "-01", "1e+", "0.1e-127", "5e-325",
    ]
    static let stringPieces = [
        "a", "text", "é", "😀", #"\""#, #"\\"#, #"\/"#, #"\b\f\n\r\t"#, #"\u0041"#, #"\u00e9"#, #"\ud83d\ude00"#, #"\uD83D\uDE00"#,
        #"\u0000"#, "\u{7F}", #"\x"#, #"\ud800"#, #"\udc00"#, #"\u12"#, "\u{01}", "\t", " ",
    ]

    mutating func value(depth: Int) -> [UInt8] {
        let kind = depth > PayloadLimits.maximumJSONValueDepth + 2 ? next(4) : next(depth < 3 ? 8 : 6)
        switch kind {
        case 0: return Array(["null", "true", "false"][next(3)].utf8)
        case 1: return Array(Self.numbers[next(Self.numbers.count)].utf8)
        case 2, 3: return string()
        case 4, 6:
            let count = next(4)
            let items = (0..<count).map { _ in value(depth: depth + 1) }
            return Array("[".utf8) + joined(items) + Array("]".utf8)
        default:
            let count = next(4)
            // Distinct keys: a repeated one is `JSONPayload`'s refusal, not a difference in reading.
            let items = (0..<count).map { index in Array("\"k\(index)\"".utf8) + Array(":".utf8) + value(depth: depth + 1) }
            return Array("{".utf8) + joined(items) + Array("}".utf8)
        }
    }

    private mutating func joined(_ items: [[UInt8]]) -> [UInt8] {
        var bytes = items.enumerated().flatMap { index, item in (index == 0 ? [] : Array(", ".utf8)) + item }
        if !items.isEmpty, next(8) == 0 { bytes += Array(",".utf8) }
        return bytes
    }

    private mutating func string() -> [UInt8] {
        var bytes = Array("\"".utf8)
        for _ in 0..<next(4) {
            if next(40) == 0 {
                bytes.append(0xFF)
            } else {
                bytes += Array(Self.stringPieces[next(Self.stringPieces.count)].utf8)
            }
        }
        return bytes + Array("\"".utf8)
    }
}
