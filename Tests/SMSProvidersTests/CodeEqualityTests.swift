import Foundation
import SMSProviders
import SMSSpecRuntime
import Testing

/// Codes and open enums are equal when they go on the wire the same way (`WireValueEquality.swift`): a documented
/// code however it was spelled on arrival, an unknown one by its JSON kind and exact text.
@Suite struct CodeEqualityTests {
    @Test func aDocumentedCodeIsOneValueWhateverItsPadding() throws {
        let spellings = [#""27""#, #""0027""#, "27", #"" 27 ""#]
        let codes = try spellings.map { try JSONDecoder().decode(Bind.DLRError.self, from: Data($0.utf8)) }
        #expect(codes.allSatisfy { $0 == .absentSubscriber })
        #expect(Set(codes).count == 1)
        #expect(Bind.DLRError(rawCode: 27).hashValue == Bind.DLRError.absentSubscriber.hashValue)
    }

    @Test func unknownCodesDifferByKindAndText() throws {
        let text = try JSONDecoder().decode(Bind.DLRError.self, from: Data(#""N/A""#.utf8))
        let otherText = try JSONDecoder().decode(Bind.DLRError.self, from: Data(#""n/a""#.utf8))
        let number = try JSONDecoder().decode(Fortytwo.ResultCode.self, from: Data("12.5".utf8))
        let numberAsText = try JSONDecoder().decode(Fortytwo.ResultCode.self, from: Data(#""12.5""#.utf8))
        #expect(text != otherText)
        #expect(number != numberAsText)
        #expect(Set([text, otherText, text]).count == 2)
        #expect(text != .absentSubscriber)
    }

    @Test func openEnumsCompareByWireValue() throws {
        let values = try JSONDecoder().decode([Bind.TemplateStatus].self, from: Data(#"["approved","approved","rejected","REJECTED"]"#.utf8))
        #expect(values[0] == .approved && values[0] == values[1])
        #expect(values[2] == .unknown("rejected") && values[2] != values[3])
        #expect(Set(values).count == 3)
    }
}
