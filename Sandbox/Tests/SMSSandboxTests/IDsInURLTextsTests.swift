import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A text of the answer copied from the example that quotes the example's id (Twilio's `uri` and `subresource_uris`,
/// `…/Messages/SMaaaa….json`; a user's Orange SMS API spec's `resourceURL`, `…/requests/<id>`) quoted the example's
/// id after the answer's id was made fresh: a client following the URL asked for a message never sent.
@Suite(.timeLimit(.minutes(1)))
struct IDsInURLTextsTests {
    /// Twilio's send: the `uri` and `subresource_uris.media` name the answer's `sid` and `account_sid` (the path's).
    @Test func twiliosURIsNameTheAnswersIDs() throws {
        let send = SpecRoleTests.twilio("POST", "Messages.json", form: "To=%2B15551234567&From=%2B15550002222&Body=Hi")
        #expect(send.status == 201, "\(send.summary)")
        let body = try SpecRoleTests.json(send)
        let sid = try #require(body["sid"] as? String)
        #expect(sid != "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" && sid.hasPrefix("SM"), "\(body)")
        #expect(body["account_sid"] as? String == SpecRoleTests.account, "\(body)")
        #expect(body["uri"] as? String == "/2010-04-01/Accounts/\(SpecRoleTests.account)/Messages/\(sid).json", "\(body)")
        let uris = try #require(body["subresource_uris"] as? [String: String], "\(body)")
        #expect(uris["media"] == "/2010-04-01/Accounts/\(SpecRoleTests.account)/Messages/\(sid)/Media.json", "\(uris)")
        // A look-up's `sid` is the one asked for, and so is its `uri`'s.
        let asked = "SM" + String(repeating: "1", count: 32)
        let fetched = try SpecRoleTests.json(SpecRoleTests.twilio("GET", "Messages/\(asked).json"))
        #expect(fetched["sid"] as? String == asked, "\(fetched)")
        #expect((fetched["uri"] as? String)?.hasSuffix("/Messages/\(asked).json") == true, "\(fetched)")
    }

    static let orange = """
        smsspec: 1
        provider:
          id: orangeurl
          name: Resource URLs (test spec)
          baseURLs: [https://api.orangeurl.test]
          auth: {type: header, name: Authorization, scheme: Bearer}
        sources:
          test: {title: The test spec, url: https://api.orangeurl.test/docs}
        operations:
          send:
            summary: Sends one SMS.
            method: POST
            path: /outbound/{senderAddress}/requests
            request: SendRequest
            responses:
              201: {shape: SendEnvelope, tables: []}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              senderAddress: {type: string, in: path}
              outboundSMSMessageRequest: {type: OutboundRequest, name: message}
          OutboundRequest:
            fields:
              address: {type: string, name: to}
              senderAddress: string
              outboundSMSTextMessage: {type: TextMessage, name: text}
          TextMessage:
            fields:
              message: string
          SendEnvelope:
            fields:
              outboundSMSMessageRequest: {type: SentRequest, name: message}
          SentRequest:
            fields:
              address: string
              senderAddress: string
              outboundSMSTextMessage: {type: TextMessage, name: text}
              resourceURL: {type: string, name: resourceURL}
              messageId: string
              note: {type: string, required: false}
        examples:
          - name: sent
            message: SendEnvelope
            source: {source: test}
            payload: '{"outboundSMSMessageRequest": {"address": "tel:+22500000000", "senderAddress": "tel:+2250000", "outboundSMSTextMessage": {"message": "Hello!"}, "messageId": "bD7pQ2xZ9kLm", "resourceURL": "https://api.orangeurl.test/smsmessaging/v1/outbound/tel%3A%2B2250000/requests/bD7pQ2xZ9kLm", "note": "see bD7pQ2xZ9kLmX and xbD7pQ2xZ9kLm"}}'
        """

    /// The `resourceURL` beside the message's id ends with the answer's id; a text holding the example's id only as
    /// part of a longer word keeps it.
    @Test func aResourceURLEndsWithTheAnswersID() throws {
        let emulator = try SandboxEmulator.of(spec: Self.orange, configuration: .init(seed: 1))
        var seen: Set<String> = []
        for _ in 0..<3 {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/orangeurl/outbound/tel:+2250000/requests", headers: [("Authorization", "Bearer k"), ("Content-Type", "application/json")],
                body: Data(#"{"outboundSMSMessageRequest": {"address": "tel:+22507070707", "senderAddress": "tel:+2250000", "outboundSMSTextMessage": {"message": "Hi"}}}"#.utf8)))
            #expect(answer.status == 201, "\(answer.summary)")
            let json = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
            let sent = try #require(json["outboundSMSMessageRequest"] as? [String: Any])
            let id = try #require(sent["messageId"] as? String)
            #expect(id != "bD7pQ2xZ9kLm", "\(sent)")
            #expect(sent["resourceURL"] as? String == "https://api.orangeurl.test/smsmessaging/v1/outbound/tel%3A%2B2250000/requests/\(id)", "\(sent)")
            #expect(sent["note"] as? String == "see bD7pQ2xZ9kLmX and xbD7pQ2xZ9kLm", "\(sent)")
            seen.insert(id)
        }
        #expect(seen.count == 3)
    }

    /// An id is replaced where it stands alone, not inside a longer word.
    @Test func anIDIsReplacedWhereItStandsAlone() {
        #expect(PayloadBuilder.replacingWhole("SM12", with: "SM99", in: "/SM12.json?x=SM12") == "/SM99.json?x=SM99")
        #expect(PayloadBuilder.replacingWhole("SM12", with: "SM99", in: "SM123 xSM12 SM12") == "SM123 xSM12 SM99")
        #expect(PayloadBuilder.replacingWhole("abab", with: "cdcd", in: "ababab/abab") == "ababab/cdcd")
    }
}
