import Foundation
import SMSProviders
import SMSSpecRuntime
import Testing

/// Foundation's `JSONDecoder` stops the program (an overflow of its `Decimal` parse's exponent) when it reads as an
/// integer a number of more than 166 digits before its point, or 127 zeros after it, with an exponent that brings
/// it to 2^53 or more (`1` and 200 zeros `e-184`, which is 10^16): one such value in a callback took the whole
/// receiver down. A number with more than 128 digits before an exponent is refused before Foundation reads it.
@Suite struct TrappingNumberTests {
    static let trapping = "1" + String(repeating: "0", count: 200) + "e-184"

    @Test func aRajaSMSReportWithSuchASendingIDIsRefused() throws {
        let json = #"{"status_respon":[{"sendingid":\#(Self.trapping),"number":"62","deliverystatus":3}]}"#
        let error = try #require(throws: DecodingError.self) { try JSONPayload.decode(RajaSMS.DeliveryReport.self, from: Data(json.utf8)) }
        #expect(DecodingErrorDescription.describe(error) == """
            at `status_respon[0].sendingid`: The number at line 1, column 32 has more than 128 digits before its \
            exponent, the limit (Foundation's decoder stops the program reading one as an integer).
            """)
    }

    /// Zeros after the point count too: `0.` and 128 zeros, `1e145` (10^16) trapped as well.
    @Test func aNumberWithLongLeadingZerosInItsFractionIsRefused() throws {
        let number = "0." + String(repeating: "0", count: 130) + "1e147"
        let json = #"{"status_respon":[{"sendingid":\#(number),"number":"62","deliverystatus":3}]}"#
        #expect(throws: DecodingError.self) { try JSONPayload.decode(RajaSMS.DeliveryReport.self, from: Data(json.utf8)) }
    }

    @Test func aFortytwoResultCodeSoWrittenIsRefused() throws {
        let json = try Fixtures.text("fortytwo/request-code-response.json")
            .replacingOccurrences(of: "\"status_code\": 0", with: "\"status_code\": -\(Self.trapping)")
        #expect(throws: DecodingError.self) { try JSONPayload.decode(Fortytwo.Response.self, from: Data(json.utf8)) }
    }

    /// Long numbers without an exponent, or of at most 128 digits, are read as before.
    @Test func otherLongNumbersAreReadAsBefore() throws {
        let zeros = String(repeating: "0", count: 200)
        for number in ["1.\(zeros)", "1\(zeros)", "1\(String(repeating: "0", count: 127))e-112", "0.\(String(repeating: "0", count: 126))1e143"] {
            let json = #"{"status_respon":[{"sendingid":\#(number),"number":"62","deliverystatus":3}]}"#
            let outcome = Result { try JSONPayload.decode(RajaSMS.DeliveryReport.self, from: Data(json.utf8)) }
            if case .failure(let error) = outcome {
                #expect(!DecodingErrorDescription.describe(error).contains("digits before its point"), "\(number.prefix(8))…")
            }
        }
        let kept = try JSONPayload.decode(JSONValue.self, from: Data("[1.\(zeros)]".utf8))
        #expect(kept == .array([.number(1)]))
    }
}
