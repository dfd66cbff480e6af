import Foundation
import Testing

@_spi(Generated) @testable import SMSSpecRuntime
import SMSSpecVocabulary

/// An integer read through `JSONPayload` of any JSON number gives the integer its text is exactly, or an error;
/// every other read gives what Foundation's decoder gives.
@Suite struct IntegerAuditTests {
    struct Fields: Codable, Equatable {
        var count: Int
        var counts: [Int64]
        var byName: [String: UInt32]
        var ratio: Double
    }

    /// JSON number texts around integers: fractions of zeros or not, exponents, long digits, underflow.
    static func numberText(_ random: inout some RandomNumberGenerator) -> String {
        let integer = ["0", "1", "27", "4294967295", "9007199254740993", "123456789012345678"].randomElement(using: &random)!
        var text = (Bool.random(using: &random) ? "-" : "") + integer
        if Bool.random(using: &random) {
            let zeros = String(repeating: "0", count: Int.random(in: 0...25, using: &random))
            text += "." + zeros + (Bool.random(using: &random) ? "1" : "0")
        }
        if Bool.random(using: &random) {
            text += ["e", "E"].randomElement(using: &random)! + ["", "+", "-"].randomElement(using: &random)!
                + String(Int.random(in: 0...30, using: &random))
        }
        if Int.random(in: 0..<10, using: &random) == 0 { text = "1e-" + String(Int.random(in: 300...500, using: &random)) }
        return text
    }

    @Test func integerReadsAreExactAndOtherReadsAreFoundations() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let (a, b, c, d) = (Self.numberText(&random), Self.numberText(&random), Self.numberText(&random), Self.numberText(&random))
            let json = #"{"count": \#(a), "counts": [\#(b)], "byName": {"5": \#(c)}, "ratio": \#(d)}"#
            let outcome = Result { try JSONPayload.decode(Fields.self, from: Data(json.utf8)) }
            let expected = Int(exactInteger(a) ?? "x").flatMap { count in
                Int64(exactInteger(b) ?? "x").flatMap { first in
                    UInt32(exactInteger(c) ?? "x").flatMap { named in
                        (try? JSONDecoder().decode(Double.self, from: Data(d.utf8))).map {
                            Fields(count: count, counts: [first], byName: ["5": named], ratio: $0)
                        }
                    }
                }
            }
            switch (outcome, expected) {
            case (.success(let value), let expected?): #expect(value == expected, "\(json)")
            case (.failure, nil): break
            case (.success(let value), nil): Issue.record("\(json) read as \(value)")
            case (.failure(let error), let expected?): Issue.record("\(json) refused (\(error)), expected \(expected)")
            }
        }
    }

    @Test func exactIntegersOfNumberTexts() {
        let cases: [(String, String?)] = [
            ("0", "0"), ("-0.0", "0"), ("0e999999999999", "0"), ("2.7e1", "27"), ("1.5e1", "15"), ("1e2", "100"),
            ("12.50e1", "125"), ("27.0000000000000001", nil), ("1e-400", nil), ("1.5", nil), ("100e-2", "1"),
            ("1e39", "1" + String(repeating: "0", count: 39)), ("1e40", nil), ("-3.000", "-3"), ("1e-99999999999999999999", nil),
        ]
        for (text, expected) in cases {
            #expect(exactInteger(text) == expected, "\(text)")
        }
    }

    /// Every way to an integer is checked: the payload itself, a list in a list, a key written with escapes, an
    /// object's key "0" beside a list's position 0, an optional, a union's variant and a field of its shape.
    @Test func everyPlaceAnIntegerIsReadFromIsChecked() throws {
        struct Shape: Decodable { var n: Int }
        enum Union: Decodable {
            case number(Int), shape(Shape)
            init(from decoder: any Decoder) throws {
                var container = try UnionContainer(decoder)
                if let value = container.decode(Int.self, reads: .number) { self = .number(value); return }
                if let value = container.decode(Shape.self, reads: .object) { self = .shape(value); return }
                throw container.failure(expected: "`Int` or `Shape`")
            }
        }
        struct Places: Decodable {
            var grid: [[Int]]?
            var a: Int?
            var byKey: [String: [Int]]?
            var union: Union?
        }
        let near = "27.0000000000000001"
        let payloads = [
            #"{"grid": [[1], [2, \#(near)]]}"#, #"{"\u0061": \#(near)}"#, #"{"byKey": {"0": [\#(near)]}, "grid": [[0]]}"#,
            #"{"union": \#(near)}"#, #"{"union": {"n": \#(near)}}"#,
        ]
        for json in payloads {
            let error = try #require(throws: DecodingError.self, "\(json)") { try JSONPayload.decode(Places.self, from: Data(json.utf8)) }
            #expect(DecodingErrorDescription.describe(error).contains("The number \"\(near)\""), "\(json)")
        }
        #expect(throws: DecodingError.self) { try JSONPayload.decode(Int.self, from: Data(near.utf8)) }
        #expect(try JSONPayload.decode(Int.self, from: Data("2.7e1".utf8)) == 27)
        let exact = try JSONPayload.decode(Places.self, from: Data(#"{"byKey": {"0": [2.0e0]}, "grid": [[1.0], [0]], "\u0061": 3e0}"#.utf8))
        #expect(exact.byKey == ["0": [2]] && exact.grid == [[1], [0]] && exact.a == 3)
    }

    /// A key named twice is refused whichever value is roundable: Foundation reads the first, and the second,
    /// `1.0`, was the one checked, so `{"count": 5, "count": 1.0}` said 1.0 "is 1, which an integer read takes for 5".
    @Test func aRepeatedKeyIsRefusedAsWithoutTheAudit() throws {
        struct Count: Decodable { var count: Int }
        func failure(_ json: String) -> String {
            do {
                return "read \(try JSONPayload.decode(Count.self, from: Data(json.utf8)).count)"
            } catch {
                return DecodingErrorDescription.describe(error)
            }
        }
        for (first, second) in [("5", "1.0"), ("27.0000000000000001", "1.0"), ("1.0", "5"), ("2.0", "2.0e0")] {
            // An integer where the first number stood, as long, so that the repeated key stands where it did.
            let integer = exactInteger(first) ?? "7"
            let plain = failure(#"{"count": \#(integer.padding(toLength: first.count, withPad: " ", startingAt: 0)), "count": 1}"#)
            #expect(failure(#"{"count": \#(first), "count": \#(second)}"#) == plain, "\(first), \(second)")
        }
    }

    /// A payload of many such numbers is read in time proportional to its size: four times the numbers take about
    /// four times as long (a copy of the payload per number made it sixteen).
    @Test func manyRoundableNumbersStayLinear() throws {
        func seconds(_ count: Int) throws -> Double {
            let json = "[" + Array(repeating: "1.0", count: count).joined(separator: ",") + "]"
            var read = 0
            let elapsed = try ThreadCPUClock().measure { read = try JSONPayload.decode([Int].self, from: Data(json.utf8)).count }
            #expect(read == count)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let small = try seconds(50_000)
        let large = try seconds(200_000)
        #expect(large < 8 * small, "\(large) s for 200,000 numbers against \(small) s for 50,000")
    }

    /// Numbers deep in a payload cost what numbers at its top do: the audit kept each number's whole path (30 keys
    /// of 40 letters), so a list of them 30 deep took five times as long as the same list at the top, and a
    /// gigabyte for 4 MiB of them.
    @Test func deepRoundableNumbersCostWhatShallowOnesDo() throws {
        struct Count: Decodable { var count: Int }
        func seconds(depth: Int) throws -> Double {
            let key = "\"" + String(repeating: "k", count: 40) + "\":"
            let list = "[" + Array(repeating: "1.0", count: 200_000).joined(separator: ",") + "]"
            let json = #"{"count": 1, "x": "# + String(repeating: "{" + key, count: depth) + list
                + String(repeating: "}", count: depth) + "}"
            var read = 0
            let elapsed = try ThreadCPUClock().measure { read = try JSONPayload.decode(Count.self, from: Data(json.utf8)).count }
            #expect(read == 1)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let shallow = try seconds(depth: 0)
        let deep = try seconds(depth: 30)
        #expect(deep < 2 * shallow, "\(deep) s for numbers 30 deep against \(shallow) s at the top")
    }

    /// Reads each element as a number or, failing that, as text: a caller that tries another type after a failed
    /// read, as Foundation's list reader allows (it moves on only when a read succeeds).
    struct NumbersOrWords: Decodable, Equatable {
        var items: [String] = []
        init(items: [String]) { self.items = items }
        init(from decoder: any Decoder) throws {
            var list = try decoder.unkeyedContainer()
            while !list.isAtEnd {
                if let number = try? list.decode(Wrapped<Int>.self) { items.append("\(number.value)") } else { items.append(try list.decode(Wrapped<String>.self).value) }
            }
        }
    }

    struct Wrapped<Value: Decodable>: Decodable {
        let value: Value
        init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(Value.self) }
    }

    @Test func aFailedElementReadIsReadAgainAsAnotherType() throws {
        let json = #"["a", 2.0, "b"]"#
        #expect(try JSONPayload.decode(NumbersOrWords.self, from: Data(json.utf8)) == NumbersOrWords(items: ["a", "2", "b"]))
    }

    private func exactInteger(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { NumberText.exactInteger($0) }
    }
}
