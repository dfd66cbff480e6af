import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A recipient inside an object the request must give (a user's Orange SMS API spec: OneAPI's
/// `outboundSMSMessageRequest.address`, its report URL in `….receiptRequest.notifyURL`) owes a report as one at the
/// top does: none was sent, the start's note said no request names a recipient, and the answer kept the example's
/// `address`.
@Suite(.timeLimit(.minutes(1)))
struct NestedRecipientTests {
    static let spec = """
        smsspec: 1
        provider:
          id: nestedto
          name: Nested recipient (test spec)
          baseURLs: [https://api.nestedto.test]
          auth: {type: header, name: Authorization, scheme: Bearer}
        sources:
          test: {title: The test spec, url: https://api.nestedto.test/docs}
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
              address: {type: string, name: to, summary: The recipient.}
              senderAddress: string
              outboundSMSTextMessage: {type: TextMessage, name: text}
              receiptRequest: {type: ReceiptRequest, required: false}
          TextMessage:
            fields:
              message: string
          ReceiptRequest:
            fields:
              notifyURL: {type: string, name: notifyURL, constraints: {url: true}}
              callbackData: {type: string, required: false}
          SendEnvelope:
            fields:
              outboundSMSMessageRequest: {type: SentRequest, name: message}
          SentRequest:
            fields:
              address: string
              senderAddress: string
              outboundSMSTextMessage: {type: TextMessage, name: text}
          DeliveryInfoNotification:
            fields:
              deliveryInfoNotification: {type: DeliveryNotice, name: notice}
          DeliveryNotice:
            fields:
              callbackData: {type: string, required: false}
              deliveryInfo: DeliveryInfo
          DeliveryInfo:
            fields:
              address: string
              deliveryStatus: DeliveryStatus
        tables:
          DeliveryStatus:
            title: Delivery statuses
            source: {source: test}
            codeType: string
            deliveryStatus: true
            entries:
              - {code: DeliveredToTerminal, summary: Delivered, outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: DeliveryImpossible, summary: Not delivered, outcome: failure, category: recipientUnavailable, deliveryState: undelivered, final: true}
        callbacks:
          DeliveryInfoNotification:
            summary: Posted to the notifyURL for each message.
            shape: DeliveryInfoNotification
            source: {source: test}
        examples:
          - name: sent
            message: SendEnvelope
            source: {source: test}
            payload: '{"outboundSMSMessageRequest": {"address": "tel:+22500000000", "senderAddress": "tel:+2250000", "outboundSMSTextMessage": {"message": "Hello!"}}}'
          - name: delivered
            message: DeliveryInfoNotification
            source: {source: test}
            payload: '{"deliveryInfoNotification": {"callbackData": "mySMS-1", "deliveryInfo": {"address": "tel:+22500000000", "deliveryStatus": "DeliveredToTerminal"}}}'
        """

    @Test func aRecipientInsideAnObjectOwesAReport() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(outcomes: OutcomePolicy(run: .delivered), seed: 1))
        #expect(emulator.notes.isEmpty, "\(emulator.notes)")
        let body = #"""
            {"outboundSMSMessageRequest": {"address": "tel:+22507070707", "senderAddress": "tel:+2250000",
              "outboundSMSTextMessage": {"message": "Hi"},
              "receiptRequest": {"notifyURL": "http://127.0.0.1:9/dlr", "callbackData": "cb-7"}}}
            """#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/nestedto/outbound/tel:+2250000/requests", headers: [("Authorization", "Bearer k"), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
        #expect(answer.status == 201, "\(answer.summary)")
        let json = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        let sent = try #require(json["outboundSMSMessageRequest"] as? [String: Any])
        #expect(sent["address"] as? String == "tel:+22507070707", "\(sent)")
        #expect((sent["outboundSMSTextMessage"] as? [String: Any])?["message"] as? String == "Hi", "\(sent)")
        try #require(answer.deliveries.count == 1, "\(answer.summary)")
        #expect(answer.deliveries[0].request()?.url?.absoluteString == "http://127.0.0.1:9/dlr")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(answer).utf8)) as? [String: Any])
        let notice = try #require(report["deliveryInfoNotification"] as? [String: Any])
        #expect(notice["callbackData"] as? String == "cb-7", "\(notice)")
        let info = try #require(notice["deliveryInfo"] as? [String: Any])
        #expect(info["address"] as? String == "tel:+22507070707", "\(info)")
        #expect(info["deliveryStatus"] as? String == "DeliveredToTerminal", "\(info)")
    }
}
