import Foundation
import Testing

@testable import SMSSandbox
import SMSSpecRuntime

/// A payload the sandbox writes keeps a number longer than `Decimal` as it came: its JSON writer gave up on such a
/// value and wrote `null` for the whole body.
@Suite struct LongNumberAnswerTests {
    @Test func aLongNumberIsWrittenAsItCame() throws {
        let digits = "123456789012345678901234567890123456789012"
        let value = try JSONPayload.decode(JSONValue.self, from: Data(#"{"id": \#(digits), "n": 1}"#.utf8))
        #expect(String(decoding: WirePayload.json(value), as: UTF8.self) == #"{"id":\#(digits),"n":1}"#)
    }
}

extension LongNumberAnswerTests {
    /// A spec's example holding one (Telnyx's `cost_breakdown`, a `json` field) was read by a `JSONDecoder` alone,
    /// which rounds it: the sandbox answered `…789000` where the example says `…789012`.
    @Test func anExamplesLongNumberKeepsEveryDigit() throws {
        let digits = "123456789012345678901234567890123456789012"
        let spec = try String(contentsOfFile: SpecRoleTests.thirdPartySpec("telnyx"), encoding: .utf8)
            .replacingOccurrences(of: #"{"data":{"record_type""#, with: #"{"data":{"cost_breakdown":\#(digits),"record_type""#)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("telnyx-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let example = try #require(provider.examples(of: ["MessageEnvelope"]).first)
        guard case .number(let number)? = example[member: "data"]?[member: "cost_breakdown"] else {
            Issue.record("\(example)"); return
        }
        #expect(number.text == digits)
    }
}
