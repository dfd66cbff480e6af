import Foundation
import SMSSandbox
import Testing

/// Answers two tables decide: a success flag (`true`/`false`, a JSON boolean) and the code saying why a request is
/// refused. A user's Fast2SMS spec (Specs/fast2sms.yaml, trimmed): `return` and `status_code`, and the example
/// `badKey`, `{"return": false, "status_code": 412, "message": "Invalid Authentication, Check Authorization Key"}`.
@Suite(.timeLimit(.minutes(1)))
struct FlagAndCodeRefusalTests {
    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    /// A bad key said the flag's summary, "The request was refused; status_code and message say why.", where the
    /// example reporting 412 says its words: the example's `false` was read as no code (a JSON boolean read as `0`), so
    /// its flag was taken for a code the example does not report.
    @Test func aBadKeySaysTheWordsOfTheExampleOfItsCode() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/fast2sms.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["good-key"], seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/fast2sms/dev/bulkV2", headers: [("authorization", "nope"), ("Content-Type", "application/json")],
            body: Data(#"{"route":"q","message":"Hello","numbers":"9999999999"}"#.utf8)))
        let json = try Self.json(answer)
        #expect(answer.status == 401, "\(answer.summary)")
        #expect(json["status_code"] as? Int == 412, "\(json)")
        #expect(json["return"] as? Bool == false, "\(json)")
        #expect(json["message"] as? String == "Invalid Authentication, Check Authorization Key", "\(json)")
    }

    static let codeBeforeFlag = """
        smsspec: 1
        provider:
          id: flagged
          name: A code and a flag (test spec)
          baseURLs: [https://api.flagged.test]
          auth: {type: header, name: api-key}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.flagged.test/docs}
        operations:
          send:
            summary: Sends one text.
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: Answer, tables: [Code, Flag]}
              400: {shape: Answer, tables: [Code, Flag]}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              to: {type: string, constraints: {pattern: '^[0-9]{10}$', providerCodes: {pattern: 'Code:411'}}}
              text: string
          Answer:
            fields:
              code: {type: Code, required: false}
              ok: Flag
              message: {type: string, required: false}
        tables:
          Code:
            title: Errors
            source: {source: test}
            entries:
              - {code: 411, summary: Invalid Numbers, httpStatus: 400, outcome: failure, category: invalidDestination}
          Flag:
            title: The success flag
            source: {source: test}
            codeType: bool
            entries:
              - {code: true, summary: Accepted., outcome: success, category: none}
              - {code: false, summary: 'Refused; code and message say why.', outcome: failure, category: unknown}
        examples:
          - {name: sent, message: Answer, payload: '{"ok": true, "message": "SMS sent successfully."}'}
        """

    /// Built from the example of a success, a refusal's words were those of the last table's code the example does not
    /// report: with the error code's field before the flag's, the flag's `false`, which says only that it refuses. They
    /// are those of the refusal's own code (411), whichever field comes first.
    @Test func theWordsAreTheRefusalsCodeNotTheFlags() throws {
        let emulator = try SandboxEmulator.of(spec: Self.codeBeforeFlag, configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/flagged/send", headers: [("api-key", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"to": "12", "text": "Hi"}"#.utf8)))
        let json = try Self.json(answer)
        #expect(answer.status == 400, "\(answer.summary)")
        #expect(json["code"] as? Int == 411, "\(json)")
        #expect(json["ok"] as? Bool == false, "\(json)")
        #expect(json["message"] as? String == "Invalid Numbers", "\(json)")
    }
}
