import Foundation
import SMSSandbox
import Testing

/// A user's NetGSM spec (Specs/netgsm.yaml, trimmed): plain-text list answers, the inbox's one example two inbound
/// messages (`{number} | {message} | {date}`, the text declared `role: text`), the report's examples its lines and a
/// bare `60`.
@Suite(.timeLimit(.minutes(1)))
struct ListRefusalTests {
    static func emulator() throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/netgsm.yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["8501234567:Sup3rS3cretPW"], seed: 7))
    }

    static func get(_ emulator: SandboxEmulator, _ path: String, _ query: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: "/netgsm" + path, query: query))
    }

    static func lines(_ answer: SandboxAnswer) -> [String] {
        String(decoding: answer.body, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// An inbox refused for a date that is none, or for bad credentials, was its code followed by the example's second
    /// inbound message, the refusal's reason as its text (`905441234567 | bad credentials | …`): the example of a
    /// success gives no line a refusal carries, so the refusal is the bare code, as NetGSM answers (and as the report,
    /// whose example of a refusal is a bare `60`, was already).
    @Test func aRefusedInboxIsItsCodeAlone() throws {
        let emulator = try Self.emulator()
        let account = "usercode=8501234567&password=Sup3rS3cretPW"
        let badDate = Self.get(emulator, "/gelenmesaj", account + "&startdate=bad&stopdate=021220230000")
        #expect(Self.lines(badDate) == ["70"], "\(badDate.summary)")
        let badKey = Self.get(emulator, "/gelenmesaj", "usercode=x&password=nope&startdate=011220230000&stopdate=021220230000")
        #expect(Self.lines(badKey) == ["30"], "\(badKey.summary)")
        let listed = Self.get(emulator, "/gelenmesaj", account + "&startdate=011220230000&stopdate=021220230000")
        #expect(Self.lines(listed).count == 2, "\(Self.lines(listed))")
        let report = Self.get(emulator, "/sms/report", "usercode=x&password=nope&bulkid=1")
        #expect(Self.lines(report) == ["30"], "\(report.summary)")
    }

    static let inbound = """
        smsspec: 1
        provider:
          id: inbound
          name: Inbound look-up (test spec)
          baseURLs: [https://api.inbound.test]
          auth: {type: header, name: api-key}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.inbound.test/docs}
        operations:
          last:
            summary: The last inbound message.
            method: POST
            path: /last
            request: LastRequest
            responses:
              200: {shape: InboundText, tables: [Code]}
              400: {shape: InboundText, tables: [Code]}
            source: {source: test}
        shapes:
          LastRequest:
            fields:
              limit: {type: int, constraints: {minimum: 1}}
          InboundText:
            fields:
              code: Code
              from: {type: string, required: false, role: sender}
              message: {type: string, required: false, role: text}
              error: {type: string, required: false}
        tables:
          Code:
            title: Codes
            source: {source: test}
            codeType: string
            entries:
              - {code: OK, summary: Found., outcome: success, category: none}
              - {code: E1, summary: Not accepted., httpStatus: 400, outcome: failure, category: invalidRequest}
        examples:
          - {name: last, message: InboundText, payload: '{"code": "OK", "from": "4790000000", "message": "Hei", "error": ""}'}
        """

    /// A refusal built from the example of an inbound message wrote its words (the code's summary, or why) into the
    /// message's `message`, declared `role: text`: a field of a message's role holds the message's value, never the
    /// sandbox's words, and a refusal leaves it out; a field of words (`error`) says them.
    @Test func aRefusalWritesNoWordsIntoAMessagesText() throws {
        let emulator = try SandboxEmulator.of(spec: Self.inbound, configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/inbound/last", headers: [("api-key", "k"), ("Content-Type", "application/json")], body: Data(#"{"limit": 0}"#.utf8)))
        let json = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        #expect(answer.status == 400, "\(answer.summary)")
        #expect(json["code"] as? String == "E1", "\(json)")
        #expect(json["message"] == nil, "\(json)")
        #expect(json["from"] == nil, "\(json)")
        #expect(json["error"] as? String == "Not accepted.", "\(json)")
    }
}
