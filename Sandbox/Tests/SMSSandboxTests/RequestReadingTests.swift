import Foundation
@testable import SMSSandbox
import Testing

/// A JSON operation whose request's fields all travel in the path (Vonage Verify's `POST …/{request_id}/next_workflow`)
/// has nothing to read from a body: an empty one, which curl's `-X POST` sends, was refused as "the body is empty",
/// though the client's `{}` passed. One that reads body fields still needs its JSON.
@Suite struct RequestReadingTests {
    static let spec = """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: [https://api.acme.example]
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
        operations:
          next:
            method: POST
            path: '/verify/{request_id}/next'
            request: Next
            responses:
              200: {summary: Moved on., shape: Moved}
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {summary: Sent., shape: Moved}
        shapes:
          Next: {fields: {request_id: {type: string, in: path}}}
          Send: {fields: {to: string, text: string}}
          Moved: {fields: {status: string}}

        """

    @Test func aRequestOfPathFieldsAloneTakesAnEmptyBody() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("acme.yaml").path
        try Self.spec.write(toFile: path, atomically: true, encoding: .utf8)
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 1))
        func post(_ target: String, _ body: String) -> SandboxAnswer {
            emulator.answer(WireRequest(method: "POST", path: "/acme" + target, headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        }
        for body in ["", "{}"] {
            let answer = post("/verify/REQ1/next", body)
            #expect(answer.status == 200, "\(body.isEmpty ? "empty" : body): \(answer.summary)")
        }
        let send = post("/send", "")
        #expect(send.status == 400 && send.summary.contains("the body is empty"), "\(send.summary)")
    }

    /// A report for a recipient of a request list (Vonage Verify v2's `workflow` entries) echoes the request's own
    /// fields beside the list: its `client_ref` was the example's `my-personal-ref`, and a test matching reports to
    /// requests by it failed. An empty POST to the path-only `next_workflow` is taken too.
    @Test func aReportEchoesTheRequestsFieldsBesideItsRecipientsItem() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("vonage-verify2")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/vv", outcomes: OutcomePolicy(run: .delivered), seed: 3))
        let basic = "Basic " + Data("key:secret".utf8).base64EncodedString()
        let send = emulator.answer(WireRequest(
            method: "POST", path: "/vonage-verify2/v2/verify", headers: [("Authorization", basic), ("Content-Type", "application/json")],
            body: Data(#"{"brand":"ACME","workflow":[{"channel":"sms","to":"447700900001"}],"client_ref":"ref-1"}"#.utf8)))
        #expect(send.status / 100 == 2, "\(send.summary)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        #expect(report["client_ref"] as? String == "ref-1", "\(report)")
        let next = emulator.answer(WireRequest(
            method: "POST", path: "/vonage-verify2/v2/verify/REQ1/next_workflow", headers: [("Authorization", basic)], body: Data()))
        #expect(next.status / 100 == 2, "\(next.summary)")
    }
}
