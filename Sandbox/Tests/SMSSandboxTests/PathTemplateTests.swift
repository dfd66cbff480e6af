@testable import SMSSandbox
import SMSSpecCore
import Testing

/// Path template segments with literal text around their parameters.
struct PathTemplateTests {
    @Test func parametersAmidLiteralTextAreRead() {
        #expect(PathTemplateSegment("{sms_sid}.json").rawValues(in: "SM1.json") == ["sms_sid": "SM1"])
        #expect(PathTemplateSegment("{sms_sid}.json").rawValues(in: ".json") == nil)
        #expect(PathTemplateSegment("{sms_sid}.json").rawValues(in: "SM1.xml") == nil)
        #expect(PathTemplateSegment("v{major}.{minor}").rawValues(in: "v1.20") == ["major": "1", "minor": "20"])
        #expect(PathTemplateSegment("{id}").rawValues(in: "a%20b") == ["id": "a%20b"])
        #expect(PathTemplateSegment("Messages").rawValues(in: "Messages") == [:])
        #expect(PathTemplateSegment("Messages").rawValues(in: "messages") == nil)
    }
}
