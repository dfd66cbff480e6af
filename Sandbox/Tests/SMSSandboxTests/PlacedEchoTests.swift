import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// An answer's field echoes the request's field at its own place (a user's Sinch Verification spec): the request's
/// top-level `method` ("sms") was written into each `_links[]` item's `method`, a link to call with the method "sms".
@Suite(.timeLimit(.minutes(1)))
struct PlacedEchoTests {
    static let spec = """
        smsspec: 1
        provider:
          id: placedecho
          name: Placed echo (test spec)
          baseURLs: [https://verification.placedecho.test]
          auth: {type: basic}
        sources:
          test: {title: The test spec, url: https://verification.placedecho.test/docs}
        operations:
          start:
            summary: Starts a verification.
            method: POST
            path: /verifications
            request: StartRequest
            responses:
              200: {shape: StartResponse, tables: []}
            source: {source: test}
        shapes:
          Identity:
            fields:
              type: string
              endpoint: string
          StartRequest:
            fields:
              identity: Identity
              method: Method
              sms: {type: SMSOptions, required: false}
          SMSOptions:
            fields:
              template: {type: string, required: false}
          StartResponse:
            fields:
              id: string
              method: Method
              sms: {type: SMSStart, required: false}
              _links: {type: '[Link]', name: links, default: []}
          SMSStart:
            fields:
              template: {type: string, required: false}
              method: {type: string, required: false, summary: How the code is read.}
          Link:
            fields:
              rel: string
              href: string
              method: string
        enums:
          Method:
            values: {sms: By SMS, callout: By a call}
        examples:
          - name: started
            message: StartResponse
            source: {source: test}
            payload: '{"id": "1118c2e3", "method": "sms", "sms": {"template": "Your code is {{CODE}}", "method": "auto"}, "_links": [{"rel": "status", "href": "https://verification.placedecho.test/verifications/id/1118c2e3", "method": "GET"}]}'
        """

    @Test func aNestedAnswerFieldEchoesTheRequestsFieldAtItsPlaceOnly() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(seed: 1))
        let basic = "Basic " + Data("key:secret".utf8).base64EncodedString()
        let body = #"{"identity": {"type": "number", "endpoint": "+46700000000"}, "method": "callout", "sms": {"template": "Code {{CODE}}"}}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/placedecho/verifications", headers: [("Authorization", basic), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let json = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        // At the top, the request's top-level field.
        #expect(json["method"] as? String == "callout", "\(json)")
        // In the answer's `sms`, the request's `sms` fields: its `template`, not its top-level `method`.
        let sms = try #require(json["sms"] as? [String: Any])
        #expect(sms["template"] as? String == "Code {{CODE}}", "\(sms)")
        #expect(sms["method"] as? String == "auto", "\(sms)")
        // A link the request has no place for is of its top, whose `method` is of another kind (a `Method`, not a text).
        let link = try #require((json["_links"] as? [[String: Any]])?.first)
        #expect(link["method"] as? String == "GET", "\(link)")
    }
}
