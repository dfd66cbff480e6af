import Foundation
@testable import SMSSpecRuntime
import Testing

/// `JSONSyntaxCheck`, which places a syntax error, calls a text valid exactly when Foundation's `JSONSerialization`
/// does (so "valid JSON, but a number does not fit" is never said of text that is not JSON) on the UTF-8 text
/// `JSONPayload` checks, for random payloads with
/// one byte deleted, inserted or replaced, and on Foundation's nesting limit.
@Suite struct JSONSyntaxCheckTests {
    func problem(_ bytes: [UInt8]) -> JSONSyntaxCheck.Problem? { bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstProblem(in:)) }

    /// Whether `JSONSerialization` reads the text, counting a number it cannot represent (1e400) as valid: that is
    /// valid JSON, which the check must pass for the "does not fit" message.
    func isValidForFoundation(_ bytes: [UInt8]) -> Bool {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return true
        } catch {
            return ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)?.hasSuffix("is not representable in Swift.") == true
        }
    }

    @Test(.timeLimit(.minutes(10))) func validExactlyWhenFoundationSaysSo() {
        var random = RandomJSON(seed: 0xC0FFEE)
        let damage: [UInt8] = Array(#"{}[],:"\ 0-.e+tfnx"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xFF]
        var invalid = 0
        for round in 0..<4_000 {
            var text = random.value(depth: 0)
            if round % 4 != 0, !text.isEmpty {
                let position = random.next(text.count)
                switch random.next(3) {
                case 0: text.remove(at: position)
                case 1: text.insert(damage[random.next(damage.count)], at: position)
                default: text[position] = damage[random.next(damage.count)]
                }
            }
            // What `JSONPayload` checks: the text as UTF-8 (a leading NUL makes it UTF-16, for Foundation too).
            guard let utf8 = try? JSONPayload.utf8(Data(text)) else { continue }
            text = [UInt8](utf8)
            let found = problem(text)
            if found != nil { invalid += 1 }
            #expect((found == nil) == isValidForFoundation(text), "\(String(decoding: text, as: UTF8.self).debugDescription): \(found.map { "\($0.reason) at \($0.offset)" } ?? "valid")")
        }
        #expect(invalid > 1_000 && invalid < 3_500)
    }

    @Test(.timeLimit(.minutes(10))) func aTextEndingInsideAnEscapeIsUnclosed() {
        #expect(problem(Array(#"["abc\"#.utf8))?.reason == "a string should be closed")
        #expect(problem(Array(#"{"a\"#.utf8))?.offset == 1)
    }

    @Test func nestingStopsWhereFoundationStops() {
        func nested(_ depth: Int) -> [UInt8] { Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8) }
        #expect(problem(nested(PayloadLimits.maximumJSONDepth)) == nil)
        #expect(problem(nested(PayloadLimits.maximumJSONDepth + 1))?.tooDeep == true)
        #expect(problem(nested(PayloadLimits.maximumJSONDepth + 1))?.offset == PayloadLimits.maximumJSONDepth)
    }
}
