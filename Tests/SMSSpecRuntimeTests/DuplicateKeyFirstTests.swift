import Foundation
import SMSSpecRuntime
import Testing

/// A key sent twice was refused only when the payload decoded: `{"type": "MO", …, "type": "DLR"}` picked the MO
/// variant by the first `type` and was refused for MO's missing `text`, which the sender never meant to send (attack
/// review). The structure scan knows the duplicate before the decode: it is the refusal, whatever the decode says.
@Suite struct DuplicateKeyFirstTests {
    struct Event: Decodable {
        let type: String
        let text: String
    }

    static func problem(_ json: String) -> String {
        do { _ = try JSONPayload.decode(Event.self, from: Data(json.utf8)) } catch { return DecodingErrorDescription.describe(error) }
        return "decoded"
    }

    @Test func theDuplicateIsTheRefusal() {
        #expect(Self.problem(#"{"type": "MO", "from": "1", "type": "DLR"}"#)
            == #"at `type`: The key "type" appears twice in one object (line 1, column 29); which value counts is ambiguous, so neither is taken."#)
        #expect(Self.problem(#"{"type": "MO", "text": "hi", "type": "DLR"}"#).contains(#"The key "type" appears twice"#))
        #expect(Self.problem(#"{"type": 1, "type": "MO", "text": "hi"}"#).contains(#"The key "type" appears twice"#))
        // A text that is no JSON is refused for where it breaks, which the decoder says.
        #expect(Self.problem(#"{"type": "MO", "type": "DLR""#).contains("Not valid JSON at line 1, column 29 (the end)"))
        #expect(Self.problem(#"{"type": "MO" "type": "DLR"}"#).contains("Not valid JSON at line 1, column 15"))
    }
}
