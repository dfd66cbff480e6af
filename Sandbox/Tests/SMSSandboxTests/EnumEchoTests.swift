import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A request's enum values are echoed into the answer's fields named alike, as text fields are (a user's Twilio
/// Verify spec: `Channel=call` was answered `"channel": "sms"`, `Status=canceled` `"status": "pending"`), but not
/// into a report's status, which says what became of the message.
@Suite(.timeLimit(.minutes(1)))
struct EnumEchoTests {
    static let spec = """
        smsspec: 1
        provider:
          id: enumecho
          name: Enum echo (test spec)
          baseURLs: [https://verify.enumecho.test]
          auth: {type: header, name: api-key}
          encoding: form
        sources:
          test: {title: The test spec, url: https://verify.enumecho.test/docs}
        operations:
          start:
            summary: Starts a verification.
            method: POST
            path: /v2/Verifications
            request: StartRequest
            responses:
              201: {shape: Verification, tables: []}
            source: {source: test}
          update:
            summary: Cancels or approves one.
            method: POST
            path: /v2/Verifications/{Sid}
            request: UpdateRequest
            responses:
              200: {shape: Verification, tables: []}
            source: {source: test}
          send:
            summary: Sends a text.
            method: POST
            path: /v2/Messages
            request: SendRequest
            responses:
              200: {shape: SendAnswer, tables: []}
            source: {source: test}
        shapes:
          StartRequest:
            fields:
              To: {type: string, name: to}
              Channel: {type: Channel, name: channel}
              Priority: {type: Priority, name: priority, required: false}
          UpdateRequest:
            fields:
              Sid: {type: string, in: path, name: sid}
              Status: {type: VerificationStatus, name: status}
          Verification:
            fields:
              sid: string
              to: string
              channel: Channel
              status: VerificationStatus
              priority: {type: Priority, required: false}
          SendRequest:
            fields:
              to: string
              text: string
              state: {type: Stage, summary: Whether the message is final or a draft.}
          SendAnswer:
            fields:
              message_id: string
          Report:
            fields:
              message_id: string
              to: string
              state: {type: Stage}
              status: DeliveryStatus
        enums:
          Channel: {values: {sms: By SMS., call: By a voice call.}}
          VerificationStatus: {values: {pending: Sent., approved: Approved., canceled: Canceled.}}
          Stage: {values: {draft: A draft., final: Final.}}
          Priority:
            wire: number
            values:
              1: {name: low, summary: Low.}
              2: {name: high, summary: High.}
        tables:
          DeliveryStatus:
            title: Delivery statuses
            source: {source: test}
            codeType: string
            deliveryStatus: true
            entries:
              - {code: queued, summary: Queued., outcome: pending, category: none, deliveryState: accepted, final: false}
              - {code: delivered, summary: Delivered., outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: failed, summary: Failed., outcome: failure, category: unknown, deliveryState: undelivered, final: true}
        callbacks:
          Report:
            summary: A delivery report.
            method: POST
            encoding: json
            shape: Report
            source: {source: test}
        examples:
          - name: started
            message: Verification
            payload: '{"sid": "VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f", "to": "+15017122661", "channel": "sms", "status": "pending", "priority": 1}'
          - name: report
            message: Report
            payload: '{"message_id": "m-1", "to": "+15017122661", "state": "final", "status": "delivered"}'
        """

    static func emulator() throws -> SandboxEmulator {
        try .of(spec: spec, configuration: .init(callbackURL: "http://127.0.0.1:9/hook", seed: 1))
    }

    static func post(_ emulator: SandboxEmulator, _ path: String, form: String) throws -> (answer: SandboxAnswer, body: [String: Any]) {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: path, headers: [("api-key", "k"), ("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        return (answer, body)
    }

    /// `Channel=call` is answered `"channel": "call"`, `Priority=2` the number 2, and a cancel `"status": "canceled"`.
    @Test func aRequestsEnumValuesAreEchoed() throws {
        let emulator = try Self.emulator()
        let started = try Self.post(emulator, "/enumecho/v2/Verifications", form: "To=%2B15017122661&Channel=call&Priority=2")
        #expect(started.answer.status == 201, "\(started.answer.summary)")
        #expect(started.body["channel"] as? String == "call", "\(started.body)")
        #expect(started.body["priority"] as? Int == 2, "\(started.body)")
        #expect(started.body["status"] as? String == "pending", "\(started.body)")
        let plain = try Self.post(emulator, "/enumecho/v2/Verifications", form: "To=%2B15017122661&Channel=sms")
        #expect(plain.body["priority"] == nil, "\(plain.body)")
        let canceled = try Self.post(emulator, "/enumecho/v2/Verifications/VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f", form: "Status=canceled")
        #expect(canceled.answer.status == 200, "\(canceled.answer.summary)")
        #expect(canceled.body["status"] as? String == "canceled", "\(canceled.body)")
    }

    /// A report's status-named enum keeps the report's value: the send's `state=draft` is not what became of it.
    @Test func aReportsStatusIsNotTheSendsValue() throws {
        let sent = try Self.post(try Self.emulator(), "/enumecho/v2/Messages", form: "to=%2B15017122661&text=Hi&state=draft")
        #expect(sent.answer.status == 200, "\(sent.answer.summary)")
        let body = try #require(sent.answer.deliveries.first?.request()?.httpBody, "\(sent.answer.summary)")
        let report = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(report["state"] as? String == "final", "\(report)")
        #expect(report["status"] as? String == "delivered", "\(report)")
    }
}
