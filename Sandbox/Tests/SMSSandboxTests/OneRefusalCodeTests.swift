import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A provider whose tables have one failure code for every refusal (a user's Arkesel spec: `status` `success` or
/// `error`, the message saying why): its documented 422 and 401 are answered in their shape with that code, where
/// they were empty (`Content-Length: 0`), which the generated client reads as an undocumented code.
@Suite(.timeLimit(.minutes(1)))
struct OneRefusalCodeTests {
    static let spec = """
        smsspec: 1
        provider:
          id: onecode
          name: One refusal code (test spec)
          baseURLs: [https://sms.onecode.test]
          auth: {type: header, name: api-key}
          encoding: json
        sources:
          test: {title: The test spec, url: https://sms.onecode.test/docs}
        operations:
          send:
            summary: Sends one text.
            method: POST
            path: /api/v2/sms/send
            request: SendRequest
            responses:
              200: {shape: SendResponse, tables: [ResultStatus]}
              401: {shape: ErrorResponse, tables: [ResultStatus]}
              422: {shape: ErrorResponse, tables: [ResultStatus]}
            source: {source: test}
          spend:
            summary: Spends credit; its tables' one failure says another problem.
            method: POST
            path: /api/v2/spend
            request: SendRequest
            responses:
              200: {shape: SpendResponse, tables: [SpendStatus]}
              422: {shape: SpendResponse, tables: [SpendStatus]}
            source: {source: test}
          create:
            summary: Laravel-style refusals, whose code is the HTTP status.
            method: POST
            path: /api/v2/create
            request: SendRequest
            responses:
              200: {shape: SpendResponse, tables: [SpendStatus]}
              422: {shape: ValidationError, tables: [HTTPStatus]}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              sender: {type: string, constraints: {minLength: 1, maxLength: 11}}
              recipient: {type: string}
          SendResponse:
            fields:
              status: ResultStatus
              id: {type: string, required: false}
          ErrorResponse:
            fields:
              status: ResultStatus
              message: string
          SpendResponse:
            fields:
              status: SpendStatus
          ValidationError:
            fields:
              message: string
              errors: {type: '{[string]}', summary: 'Each refused field, with the reasons.'}
        tables:
          ResultStatus:
            title: Result statuses
            source: {source: test}
            codeType: string
            entries:
              - {code: success, summary: The request was carried out., outcome: success, category: none}
              - {code: error, summary: The request was refused; message says why., outcome: failure, category: unknown}
          SpendStatus:
            title: Spend statuses
            source: {source: test}
            codeType: string
            entries:
              - {code: ok, summary: Spent., outcome: success, category: none}
              - {code: broke, summary: Not enough credit., outcome: failure, category: insufficientFunds}
          HTTPStatus:
            title: HTTP statuses
            source: {source: test}
            codeType: int
            entries:
              - {code: 422, name: UnprocessableEntity, summary: The fields are invalid; errors lists them., httpStatus: 422, outcome: failure, category: invalidRequest}
        examples:
          - {name: required, message: ValidationError, payload: '{"message": "The given data was invalid.", "errors": {"recipient": ["The recipient field is required."]}}'}
          - {name: bad-key, message: ErrorResponse, payload: '{"status": "error", "message": "Invalid API key"}'}
        """

    static func emulator() throws -> SandboxEmulator {
        try .of(spec: spec, configuration: .init(seed: 1))
    }

    static func answer(_ emulator: SandboxEmulator, _ path: String, key: String?, json: String) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: path, headers: (key.map { [("api-key", $0)] } ?? []) + [("Content-Type", "application/json")], body: Data(json.utf8)))
    }

    /// A sender too long is answered 422 `{"status": "error", "message": "invalid request: sender: …"}`: it was 422
    /// with no body, though docs/sandbox.md gives a table the failure does not name its one failure code.
    @Test func theInvalidRequestAnswerTakesItsTablesOneFailureCode() throws {
        let answer = Self.answer(try Self.emulator(), "/onecode/api/v2/sms/send", key: "k", json: #"{"sender":"Shop-too-long-sender","recipient":"233553995047"}"#)
        #expect(answer.status == 422, "\(answer.summary)")
        #expect(answer.summary.contains("ResultStatus error"), "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        #expect(body["status"] as? String == "error")
        let message = try #require(body["message"] as? String)
        #expect(message.hasPrefix("invalid request: sender:") && !message.contains("API key"), "\(message)")
    }

    /// Missing credentials are answered the documented 401 in its shape with that code (they were a bare 401).
    @Test func badCredentialsTakeTheDocumented401Shape() throws {
        let answer = Self.answer(try Self.emulator(), "/onecode/api/v2/sms/send", key: nil, json: #"{"sender":"Shop","recipient":"233553995047"}"#)
        #expect(answer.status == 401, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        #expect(body["status"] as? String == "error")
        #expect(body["message"] as? String == "bad credentials")
    }

    /// A table whose one failure says another problem (`broke`, insufficient funds) does not answer an invalid
    /// request: the 422 stays empty, as its success code would say the request was carried out.
    @Test func aOneFailureOfAnotherProblemIsNotTaken() throws {
        let answer = Self.answer(try Self.emulator(), "/onecode/api/v2/spend", key: "k", json: #"{"sender":"Shop-too-long-sender","recipient":"233553995047"}"#)
        #expect(answer.status == 422, "\(answer.summary)")
        #expect(answer.body.isEmpty, "\(String(decoding: answer.body, as: UTF8.self))")
    }

    /// A Laravel-style `errors` map names the refused field and why: Spryng's 422 for a bad `route` said the example's
    /// `{"recipients": ["The recipients field is required."]}`.
    @Test func aMapOfErrorsByFieldNamesTheRefusedField() throws {
        let answer = Self.answer(try Self.emulator(), "/onecode/api/v2/create", key: "k", json: #"{"sender":"Shop-too-long-sender","recipient":"233553995047"}"#)
        #expect(answer.status == 422, "\(answer.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        let errors = try #require(body["errors"] as? [String: [String]], "\(body)")
        #expect(errors.keys.sorted() == ["sender"], "\(errors)")
        #expect(errors["sender"]?.first?.contains("the maximum is 11") == true, "\(errors)")
        #expect(body["message"] as? String == "The fields are invalid; errors lists them.")
    }
}
