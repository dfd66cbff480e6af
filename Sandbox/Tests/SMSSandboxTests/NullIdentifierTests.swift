import Foundation
@testable import SMSSandbox
import Testing

/// Textmagic's send answers `"bulkId": null, "scheduleId": null` for a plain message (Tests/ThirdPartySpecs/textmagic.yaml).
@Suite struct NullIdentifierTests {
    /// An optional id the example gives as null was a fresh id: a plain send was answered as a bulk, scheduled one.
    @Test func anOptionalIdTheExampleLeavesNullStaysNull() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("textmagic")]), configuration: .init())
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/textmagic/api/v2/messages",
            headers: [("X-TM-Username", "me"), ("X-TM-Key", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"text": "Hi", "phones": "447860021130"}"#.utf8)))
        #expect(answer.status == 201, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        #expect(body["bulkId"] is NSNull && body["scheduleId"] is NSNull, "\(body)")
        #expect(body["messageId"] is NSNumber && body["sessionId"] is NSNumber, "\(body)")
    }
}
