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
