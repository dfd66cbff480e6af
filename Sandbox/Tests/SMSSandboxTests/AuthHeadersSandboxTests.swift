import Foundation
import SMSSandbox
import Testing

/// Textmagic's credentials travel in two headers, `X-TM-Username` and `X-TM-Key` (`auth: {type: headers}`,
/// Tests/ThirdPartySpecs/textmagic.yaml): the sandbox refuses a request missing either or with a wrong value of either.
@Suite struct AuthHeadersSandboxTests {
    static func send(_ headers: [(String, String)], accepting credentials: [String]) throws -> SandboxAnswer {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("textmagic")]),
            configuration: .init(credentials: credentials, seed: 1))
        return emulator.answer(WireRequest(
            method: "POST", path: "/textmagic/api/v2/messages", headers: headers + [("Content-Type", "application/json")],
            body: Data(#"{"text": "Hi", "phones": "447860021130"}"#.utf8)))
    }

    /// The accepted credential is the headers' values joined by `:`, compared one by one; without one, any non-empty
    /// values of both pass.
    @Test func everyHeaderIsChecked() throws {
        let accepted = ["alice-9:k-5ecret"]
        let sent = try Self.send([("X-TM-Username", "alice-9"), ("x-tm-key", "k-5ecret")], accepting: accepted)
        #expect(sent.status == 201, "\(sent.summary)")
        for headers in [
            [("X-TM-Key", "k-5ecret")], [("X-TM-Username", "alice-9")], [("X-TM-Username", "alice-9"), ("X-TM-Key", "wrong")],
            [("X-TM-Username", "bob"), ("X-TM-Key", "k-5ecret")], [("X-TM-Username", "alice-9:k-5ecret"), ("X-TM-Key", "")],
        ] {
            let refused = try Self.send(headers, accepting: accepted)
            #expect(refused.status == 401 && refused.summary.contains("bad credentials"), "\(headers): \(refused.summary)")
            #expect(!String(decoding: refused.body, as: UTF8.self).contains("k-5ecret"))
        }
        #expect(try Self.send([("X-TM-Username", "anyone"), ("X-TM-Key", "any")], accepting: []).status == 201)
        #expect(try Self.send([("X-TM-Key", "any")], accepting: []).summary.contains("bad credentials"))
    }
}
