import Foundation
@testable import SMSSandbox
import Testing

/// What an answer's example leaves empty stays empty (Tests/ThirdPartySpecs: textmagic.yaml, fortysixelks.yaml).
@Suite struct ExampleLeftEmptyTests {
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

    /// An optional enum the example leaves out was its first value: 46elks' look-up of a message said `"dryrun": "yes"`,
    /// a message that was never sent.
    @Test func anOptionalEnumTheExampleLeavesOutStaysOut() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("fortysixelks")]), configuration: .init())
        let basic = "Basic " + Data("u:p".utf8).base64EncodedString()
        let answer = emulator.answer(WireRequest(method: "GET", path: "/fortysixelks/a1/sms/s123", headers: [("Authorization", basic)], body: Data()))
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        #expect(body["dryrun"] == nil, "\(body)")
        #expect(body["id"] as? String == "s123")
    }
}
