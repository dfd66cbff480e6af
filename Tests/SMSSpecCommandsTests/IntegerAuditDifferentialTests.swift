import Foundation
import SMSSpecCore
import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// A payload holding a number Foundation's integer read would round is read through `IntegerAuditingDecoder`; every
/// read but an integer read of such a number must give what Foundation's decoder alone gives. Every example of the
/// bundled specs and thousands of mutations of them (`PayloadMutations`) are decoded by the generated types and by
/// the model (`smsspec decode` with a spec file) as they are, and again with such numbers added: both verdicts
/// (the value as annotated JSON, or the error's words) must not change.
@Suite struct IntegerAuditDifferentialTests {
    /// Added where the type reads nothing (a union's `json` variant, kept whole, reads it as the integer it is).
    @Test func aRoundableNumberThatNothingReadsChangesNoVerdict() throws {
        let compared = try compare { payload in
            // At the end of the top object, so every place before it keeps its line and column.
            guard payload.hasPrefix("{"), payload.hasSuffix("}") else { return nil }
            let members = String(payload.dropLast()) + (payload == "{}" ? "" : ",") + #""smsspec_unread":"#
            return (members + #"[1,{"0":2}]}"#, members + #"[1.0,{"0":2e0}]}"#)
        } masking: { $0 }
        #expect(compared > 1_000, "\(compared) compared")
    }

    /// `7` and `7.0`, `7e0`, `70e-1` or `7.000e+0` are one number to every reader: a union, a lenient field, a
    /// code of either wire kind, a JSON value, a date, an integer field all read them alike (only columns move).
    @Test func anIntegerSpelledWithAFractionOrAnExponentReadsAsTheInteger() throws {
        let compared = try compare({ payload in Self.respellingIntegers(payload).map { (payload, $0) } }) { verdict in
            verdict.replacingOccurrences(of: #"line \d+, column \d+"#, with: "line _, column _", options: .regularExpression)
        }
        #expect(compared > 1_000, "\(compared) compared")
    }

    /// `7.00000000000000001` where an integer was: no integer, though Foundation's integer read takes it for 7. The
    /// generated types and the model (`smsspec decode` with a spec file) refuse it, or read it as what is not an
    /// integer (a code's digits, a JSON value), alike.
    @Test func aNumberNearAnIntegerIsReadAlikeByTheModelAndTheGeneratedTypes() throws {
        var compared = 0
        for model in ExampleDecodingTests.models {
            for example in model.examples.map(\.spec) where example.format == .json {
                for payload in [example.payload] + PayloadMutations.of(example.payload, isJSON: true) {
                    guard let near = Self.respellingIntegers(payload, as: { [$0 + ".00000000000000001"] }) else { continue }
                    let (generated, interpreted) = try ExampleDecodingTests().verdicts(near, example, model)
                    #expect(generated == interpreted, "\(model.id) \(example.name.value): \(near)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000, "\(compared) compared")
    }

    /// The pairs of payloads `changed` makes of each example and mutation (nil: none), and how many were compared;
    /// the verdicts of each pair, passed through `masking`, must be equal.
    private func compare(_ changed: (String) -> (plain: String, audited: String)?, masking: (String) -> String) throws -> Int {
        var compared = 0
        for model in ExampleDecodingTests.models {
            for example in model.examples.map(\.spec) where example.format == .json {
                for payload in [example.payload] + PayloadMutations.of(example.payload, isJSON: true) {
                    guard let (plain, other) = changed(payload) else { continue }
                    let before = try ExampleDecodingTests().verdicts(plain, example, model)
                    let after = try ExampleDecodingTests().verdicts(other, example, model)
                    for (plain, audited) in [(before.generated, after.generated), (before.model, after.model)] {
                        #expect(masked(plain, masking) == masked(audited, masking), "\(model.id) \(example.name.value): \(other)")
                    }
                    compared += 1
                }
            }
        }
        return compared
    }

    private func masked(_ verdict: ExampleDecodingTests.Verdict, _ masking: (String) -> String) -> String {
        switch verdict {
        case .decoded(let text): "decoded " + masking(text)
        case .refused(let text): "refused " + masking(text)
        }
    }

    /// `json` with each number written as a plain integer (outside strings) respelled, in turn, with a point or an
    /// exponent; nil when it has none.
    static func respellingIntegers(
        _ json: String, as spellings: (String) -> [String] = { [$0 + ".0", $0 + "e0", $0 + "0e-1", $0 + ".000e+0"] }
    ) -> String? {
        let bytes = Array(json.utf8)
        var output: [UInt8] = []
        var index = 0, respelled = 0, inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                output.append(byte)
                if byte == UInt8(ascii: "\\") { output.append(bytes[index + 1]); index += 1 }
                else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10 else {
                inString = byte == UInt8(ascii: "\"")
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, "0123456789.eE+-".utf8.contains(bytes[end]) { end += 1 }
            let token = String(decoding: bytes[index..<end], as: UTF8.self)
            if token.allSatisfy({ $0 == "-" || $0.isNumber }) {
                let choices = spellings(token)
                output += Array(choices[respelled % choices.count].utf8)
                respelled += 1
            } else {
                output += Array(token.utf8)
            }
            index = end
        }
        return respelled == 0 ? nil : String(decoding: output, as: UTF8.self)
    }
}
