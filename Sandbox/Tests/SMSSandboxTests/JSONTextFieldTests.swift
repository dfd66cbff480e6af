import Foundation
@testable import SMSSandbox
@_spi(Generated) import SMSSpecRuntime
import Testing

/// `contentType: application/json`: SUBMAIL's `multisend` takes its recipients in the form field `multi`, a JSON list
/// of `{to, vars}`, and Mandrill posts its events as the form field `mandrill_events`, a JSON list. The sandbox reads a
/// request's roles inside such a text, and writes a callback's such field as its JSON text.
@Suite(.timeLimit(.minutes(1)))
struct JSONTextFieldTests {
    static let spec = """
        smsspec: 1
        provider:
          id: jsontext
          name: JSON Text
          baseURLs: [https://api.jsontext.example]
          auth: {type: fields, fields: [appid]}
          encoding: form
        sources:
          doc: {title: Docs, url: 'https://jsontext.example/docs'}
        operations:
          multisend:
            summary: Sends one text to many numbers.
            method: POST
            path: /message/multisend.json
            request: MultiSendRequest
            responses:
              200: {shape: MultiSendAnswer}
            source: doc
        shapes:
          MultiSendRequest:
            fields:
              appid: {type: string, secret: true}
              content: {type: string, role: text}
              multi: {type: '[Multi]', contentType: application/json, constraints: {minItems: 1}}
          Multi:
            fields:
              to: {type: string, role: recipient}
              vars: {type: '{string}', required: false}
          MultiSendAnswer:
            items: MultiSendResult
          MultiSendResult:
            fields:
              status: string
              to: {type: string, role: recipient}
              send_id: {type: string, role: messageID}
          Events:
            fields:
              mandrill_events: {type: '[Event]', contentType: application/json}
          Event:
            fields:
              event: EventKind
              _id: {type: string, role: messageID, name: id}
              msg: {type: EventMessage, required: false}
          EventMessage:
            fields:
              email: {type: string, role: recipient}
        tables:
          EventKind:
            title: Events
            source: doc
            codeType: string
            deliveryStatus: true
            entries:
              - {code: send, summary: Sent., outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: hard_bounce, summary: Bounced., outcome: failure, category: unknown, deliveryState: undelivered, final: true}
        callbacks:
          Events: {summary: The events., method: POST, encoding: form, shape: Events, source: doc}
        examples:
          - name: events
            message: Events
            source: doc
            format: form
            payload: 'mandrill_events=%5B%7B%22event%22%3A%22send%22%2C%22_id%22%3A%22abc%22%2C%22msg%22%3A%7B%22email%22%3A%2215800000000%22%7D%7D%5D'

        """

    /// As the generated receiver reads the callback: `decodeJSONText`, one call for the field.
    struct Events: Decodable {
        struct Event: Decodable {
            let event: String
            let id: String
            enum CodingKeys: String, CodingKey { case event, id = "_id" }
        }
        let events: [Event]
        init(from decoder: any Decoder) throws {
            events = try decoder.container(keyedBy: FieldKey.self).decodeJSONText([Event].self, forKey: "mandrill_events", userInfo: decoder.userInfo)
        }
    }

    @Test func aMultisendReadsItsRecipientsFromItsJSONTextAndItsReportIsPostedAsJSONText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("jsontext.yaml").path
        try Self.spec.write(toFile: path, atomically: true, encoding: .utf8)
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/mandrill", credentials: ["app1"], seed: 7))
        let multi = #"[{"to":"15811112222","vars":{"name":"k"}},{"to":"15811113333"}]"#
        let body = "appid=app1&content=hi&multi=" + multi.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/message/multisend.json", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(body.utf8)))
        #expect(sent.status == 200, "\(sent.summary)")
        let text = String(decoding: sent.body, as: UTF8.self)
        #expect(text.contains("15811112222") && text.contains("15811113333"), "\(text)")
        #expect(sent.deliveries.map(\.message.recipient) == ["15811112222", "15811113333"], "\(sent.summary)")
        let report = try #require(sent.deliveries.first?.request()?.httpBody)
        let fields = try FormDecoder.parse(report)
        let events = try #require(fields.first { $0.name == "mandrill_events" }?.value)
        #expect(events.hasPrefix("[{"), "\(events)")
        let read = try FormDecoder().decode(Events.self, from: report)
        #expect(read.events.map(\.event) == ["send"], "\(events)")
        // The event names the message it reports, not the example's.
        #expect(!events.contains("abc") && events.contains("15811112222"), "\(events)")

        // A text that is no JSON list of its items is an invalid request, never read as a recipient.
        let broken = emulator.answer(WireRequest(
            method: "POST", path: "/message/multisend.json", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("appid=app1&content=hi&multi=15811112222".utf8)))
        #expect(broken.status != 200 && broken.deliveries.isEmpty, "\(broken.summary)")
    }

    /// Zadarma-like: an inbound SMS posted as `event=SMS&result={…}`, its sender, number and text inside `result`'s JSON
    /// text: the sandbox had "no text or sender field" for it.
    @Test func anInboundMessageInsideJSONTextIsPostedAsThatText() throws {
        let spec = """
            smsspec: 1
            provider: {id: zd, name: ZD, baseURLs: ['https://api.zd.example'], encoding: form}
            sources:
              doc: {title: Docs, url: 'https://zd.example/docs'}
            shapes:
              SmsWebhook:
                fields:
                  event: string
                  result: {type: InboundSms, contentType: application/json}
              InboundSms:
                fields:
                  caller_id: {type: string, role: sender}
                  caller_did: {type: string, role: recipient}
                  text: {type: string, role: text}
            callbacks:
              SmsWebhook: {summary: An inbound SMS., method: POST, encoding: form, shape: SmsWebhook, source: doc}

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("zd.yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(InboundCallback.absence(in: provider))")
        let payload = inbound.payload(from: "+15550002222", to: "+15550001111", text: "Hi", builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
        let poster = CallbackRequest(callback: inbound.callback, provider: provider, signingSecret: nil, deadline: 1)
        let request = try #require(poster.request(payload, to: "http://127.0.0.1:9/zd"))
        let fields = try FormDecoder.parse(try #require(request.httpBody))
        let result = try #require(fields.first { $0.name == "result" }?.value)
        let held = try JSONText.value(JSONValue.self, of: result, codingPath: [FieldKey(stringValue: "result")])
        #expect(held[member: "caller_id"] == .string("+15550002222") && held[member: "text"] == .string("Hi"), "\(result)")
    }
}
