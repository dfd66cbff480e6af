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

    /// Callr's JSON-RPC answer `id`, a union of a number and a text, said the example's 1 whatever the call's id (7 from
    /// curl, 42 from the generated client; Specs/callr-rpc.yaml, from a user's spec), and a client pairing answers
    /// with calls refuses each. It is the request's `id`, in the variant of its kind: a text of digits stays text.
    /// The message's id, which the request does not give, is still fresh.
    @Test func aJSONRPCAnswerRepeatsItsCallsID() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("callr-rpc")]), configuration: .init(seed: 1))
        func call(_ id: String) throws -> [String: Any] {
            let body = #"{"jsonrpc": "2.0", "id": \#(id), "method": "sms.send", "params": ["SMS", "+33123456789", "Hello"]}"#
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/callr/", headers: [("Authorization", "Api-Key k"), ("Content-Type", "application/json")],
                body: Data(body.utf8)))
            #expect(answer.status == 200, "\(answer.summary)")
            return try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        }
        let (seven, fortyTwo) = (try call("7"), try call("42"))
        #expect(seven["id"] as? Int == 7 && fortyTwo["id"] as? Int == 42, "\(seven) \(fortyTwo)")
        #expect(try call(#""7""#)["id"] as? String == "7")
        #expect(try call(#""call-7""#)["id"] as? String == "call-7")
        let hashes = [seven, fortyTwo].compactMap { $0["result"] as? String }
        #expect(hashes.count == 2 && Set(hashes + ["SMSHASH1"]).count == 3, "\(hashes)")
    }
}
