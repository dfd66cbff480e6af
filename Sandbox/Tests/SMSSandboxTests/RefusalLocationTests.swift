import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal's field whose example names request fields (a user's Mailjet spec: `ErrorRelatedTo: ["To"]`) names the
/// refused field, and none for a refusal that concerns no field: the 401 for a bad token blamed the valid `To`.
@Suite(.timeLimit(.minutes(1)))
struct RefusalLocationTests {
    static let spec = """
        smsspec: 1
        provider:
          id: relatedto
          name: Related fields (test spec)
          baseURLs: [https://api.relatedto.test]
          auth: {type: header, name: Authorization, scheme: Bearer}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.relatedto.test/docs}
        operations:
          send:
            summary: Sends one SMS.
            method: POST
            path: /v4/sms-send
            request: SendRequest
            responses:
              200: {shape: SMSMessage, tables: []}
              default: {shape: APIError, tables: [ErrorCode]}
            source: {source: test}
          create:
            summary: Laravel-style refusals.
            method: POST
            path: /v4/create
            request: SendRequest
            responses:
              200: {shape: SMSMessage, tables: []}
              401: {shape: ValidationError, tables: [HTTPStatus]}
              422: {shape: ValidationError, tables: [HTTPStatus]}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              From: {type: string, constraints: {pattern: '^[A-Za-z0-9]{3,11}$', providerCodes: {pattern: 'ErrorCode:mj-0005'}}}
              To: {type: string}
              Text: {type: string, constraints: {minLength: 1}}
          SMSMessage:
            fields:
              MessageId: string
          APIError:
            fields:
              ErrorCode: {type: ErrorCode, required: false}
              ErrorMessage: string
              ErrorRelatedTo: {type: '[string]', default: []}
          ValidationError:
            fields:
              message: string
              errors: {type: '{[string]}'}
        tables:
          ErrorCode:
            title: Error codes
            codeType: string
            source: {source: test}
            entries:
              - {code: mj-0003, summary: 'Missing a required property in the payload.', httpStatus: 400, outcome: failure, category: invalidRequest}
              - {code: mj-0005, summary: 'The "From" is not valid.', httpStatus: 400, outcome: failure, category: invalidRequest}
              - {code: sms-0002, summary: 'The token is invalid.', httpStatus: 401, outcome: failure, category: authentication}
          HTTPStatus:
            title: HTTP statuses
            codeType: int
            source: {source: test}
            entries:
              - {code: 401, summary: Unauthenticated., httpStatus: 401, outcome: failure, category: authentication}
              - {code: 422, summary: The fields are invalid., httpStatus: 422, outcome: failure, category: invalidRequest}
        examples:
          - name: missingTo
            message: APIError
            payload: '{"ErrorCode": "mj-0003", "ErrorMessage": "Missing \\"To\\" in the payload.", "ErrorRelatedTo": ["To"]}'
          - name: required
            message: ValidationError
            payload: '{"message": "The given data was invalid.", "errors": {"To": ["The To field is required."]}}'
        """

    static func emulator() throws -> SandboxEmulator {
        try .of(spec: spec, configuration: .init(credentials: ["good"], seed: 1))
    }

    static func post(_ emulator: SandboxEmulator, _ path: String, token: String, json: String) throws -> (answer: SandboxAnswer, body: [String: Any]) {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: path, headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: Data(json.utf8)))
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.status) \(answer.summary)")
        return (answer, body)
    }

    /// A bad token names no field (`[]`, where it was the example's `["To"]`); a refused `From` (a predicted code)
    /// and a missing `Text` (the generic refusal) name theirs.
    @Test func aRefusalNamesItsFieldAndBadCredentialsNone() throws {
        let emulator = try Self.emulator()
        let valid = #"{"From":"MJPilot","To":"+33600000000","Text":"Hello"}"#
        let unauthorized = try Self.post(emulator, "/relatedto/v4/sms-send", token: "wrong", json: valid)
        #expect(unauthorized.answer.status == 401, "\(unauthorized.answer.summary)")
        #expect(unauthorized.body["ErrorCode"] as? String == "sms-0002", "\(unauthorized.body)")
        #expect(unauthorized.body["ErrorRelatedTo"] as? [String] == [], "\(unauthorized.body)")
        let badSender = try Self.post(emulator, "/relatedto/v4/sms-send", token: "good", json: #"{"From":"MJ Pilot!","To":"+33600000000","Text":"Hello"}"#)
        #expect(badSender.body["ErrorCode"] as? String == "mj-0005", "\(badSender.body)")
        #expect(badSender.body["ErrorRelatedTo"] as? [String] == ["From"], "\(badSender.body)")
        let noText = try Self.post(emulator, "/relatedto/v4/sms-send", token: "good", json: #"{"From":"MJPilot","To":"+33600000000"}"#)
        #expect(noText.body["ErrorCode"] as? String == "mj-0003", "\(noText.body)")
        #expect(noText.body["ErrorRelatedTo"] as? [String] == ["Text"], "\(noText.body)")
    }

    /// A map of errors by field names none for bad credentials: it was the example's `{"To": [...]}`.
    @Test func aMapOfErrorsByFieldIsEmptyForBadCredentials() throws {
        let unauthorized = try Self.post(try Self.emulator(), "/relatedto/v4/create", token: "wrong", json: #"{"From":"MJPilot","To":"+33600000000","Text":"Hello"}"#)
        #expect(unauthorized.answer.status == 401, "\(unauthorized.answer.summary)")
        #expect((unauthorized.body["errors"] as? [String: Any])?.isEmpty == true, "\(unauthorized.body)")
    }

    /// Kaleyra's refusals (Tests/ThirdPartySpecs/kaleyra.yaml) are built from its example `refused`, whose
    /// `error.message` is a map of texts by field, `{"to": "invalid"}`: a bad key said it, blaming a valid `to`; it
    /// names no field, and a missing `body` names `body`.
    @Test func aMapOfTextsByRequestFieldNamesTheRefusedFieldWhateverItsName() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("kaleyra")]), configuration: .init(credentials: ["good"], seed: 1))
        func send(key: String, _ json: String) throws -> (answer: SandboxAnswer, problem: Any?) {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/kaleyra/messages", headers: [("api-key", key), ("Content-Type", "application/json")], body: Data(json.utf8)))
            let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.status) \(answer.summary)")
            return (answer, (body["error"] as? [String: Any])?["message"])
        }
        let badKey = try send(key: "wrong", #"{"to": "+919999999999", "sender": "KALERA", "body": "Hello"}"#)
        #expect(badKey.answer.status == 401, "\(badKey.answer.summary)")
        #expect((badKey.problem as? [String: String])?.isEmpty ?? true, "\(String(describing: badKey.problem))")
        let noBody = try send(key: "good", #"{"to": "+919999999999", "sender": "KALERA"}"#)
        #expect(noBody.answer.status == 400, "\(noBody.answer.summary)")
        let named = try #require(noBody.problem as? [String: String], "\(String(describing: noBody.problem))")
        #expect(Array(named.keys) == ["body"] && named["body"]?.contains("body: is missing") == true, "\(named)")
    }

    /// A body that cannot be read is answered with a map naming it, `{"body": [why]}`, as a refused field is named
    /// (`{"Text": [why]}`): it was empty, `{}`, as for bad credentials, which concern no part of the request.
    @Test func aMapOfErrorsByFieldNamesABodyThatCannotBeRead() throws {
        let emulator = try Self.emulator()
        let noText = try Self.post(emulator, "/relatedto/v4/create", token: "good", json: #"{"From":"MJPilot","To":"+33600000000"}"#)
        #expect(noText.answer.status == 422, "\(noText.answer.summary)")
        let textErrors = try #require(noText.body["errors"] as? [String: [String]], "\(noText.body)")
        #expect(Array(textErrors.keys) == ["Text"] && textErrors["Text"]?.count == 1, "\(noText.body)")
        let unreadable = try Self.post(emulator, "/relatedto/v4/create", token: "good", json: #"{"From": "MJPilot", "#)
        #expect(unreadable.answer.status == 422, "\(unreadable.answer.summary)")
        let errors = try #require(unreadable.body["errors"] as? [String: [String]], "\(unreadable.body)")
        #expect(Array(errors.keys) == ["body"], "\(unreadable.body)")
        let why = try #require(errors["body"]?.first, "\(unreadable.body)")
        #expect(why.hasPrefix("invalid request: the body is not JSON this operation reads: "), "\(why)")
    }
}
