import Foundation
import SMSProviders
@testable import SMSSpecCommands
import Testing

@Suite struct CommandOutputTests {
    @Test func validateNamesTheFieldTheRuleAndTheProviderCode() throws {
        let request = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "Shop", dstAddr: "+6591234567", content: "Hi")
        #expect(Validate.render(request.validate(), format: .text) == """
            dstAddr: [pattern] "+6591234567" does not match ^[1-9][0-9]{6,14}$
                the provider would probably answer 4 Destination address unreachable — Destination address unreachable (our inference: the documents do not tie the rule to the code)
            1 violation(s).

            """)
        let json = try JSONDecoder().decode([ValidationViolation].self, from: Data(Validate.render(request.validate(), format: .json).utf8))
        #expect(json.map(\.providerCode?.code) == ["4"])
        #expect(json.map(\.providerCodeIsInferred) == [true])
        // A code the documents tie to the rule is said plainly: Ginota's 24 "Message too long" for more than 1500 characters.
        let long = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "Shop", dstAddr: "6591234567", content: String(repeating: "x", count: 1501))
        #expect(Validate.render(long.validate(), format: .text) == """
            content: [maxLength] is 1501 characters long; the maximum is 1500
                the provider would answer 24 Message too long — Message too long
            1 violation(s).

            """)
        #expect(Validate.render([], format: .text) == "valid: no violations.\n")
    }

    @Test func segmentsReportsTheEncodingAndWhatForcedIt() throws {
        let text = Segments.render(SegmentCalculator.analyze("Grüße — €5"), format: .text)
        #expect(text == """
            encoding:  UCS-2
            units:     10 UTF-16 units
            segments:  1 (70 per segment; parts 10)
            remaining: 60 in the last segment
            UCS-2 because of: "—" (U+2014)

            """)
        let json = try JSONDecoder().decode(SegmentAnalysis.self, from: Data(Segments.render(SegmentCalculator.analyze("Hi"), format: .json).utf8))
        #expect(json.encoding == .gsm7 && json.segments == 1)
    }

    @Test func decodeOutputShowsMeaningsAndHidesCredentials() throws {
        let request = Ginota.SendRequest(apiKey: "KEY", apiSecret: "SECRET", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi")
        let shown = try Lookup.annotatedJSON(request)
        #expect(!shown.contains("KEY\"") && !shown.contains("SECRET") && shown.contains("<redacted>"))
        let dlr = try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: Data(#"{"error":"027","from":"a","message_id":"m","status":"UNDELIVERABLE","to":"b"}"#.utf8))
        let annotated = try Lookup.annotatedJSON(dlr)
        #expect(annotated.contains(#""name" : "ABSENT_SUBSCRIBER""#) && annotated.contains(#""category" : "recipientUnavailable""#))
        #expect(annotated.contains(#""code" : "027""#))
        // The wire form is untouched by the annotations.
        #expect(String(decoding: try JSONEncoder().encode(request.apiKey), as: UTF8.self) == "\"KEY\"")
    }
}
