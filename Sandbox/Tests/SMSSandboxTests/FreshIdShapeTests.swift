import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// Fresh ids keep their example's form (a user's Twilio Verify spec): `VE5b0a…` was answered `Vb3e7…`, its `E` (a hex
/// digit) taken for the hex, and `AC5b0a…` bare hex, so the client refused the sandbox's own id against the request's
/// pattern `^VE[0-9a-fA-F]{32}$`.
@Suite(.timeLimit(.minutes(1)))
struct FreshIdShapeTests {
    static let spec = """
        smsspec: 1
        provider:
          id: verifyids
          name: Verify ids (test spec)
          baseURLs: [https://verify.ids.test]
          auth: {type: basic}
          encoding: form
        sources:
          test: {title: The test spec, url: https://verify.ids.test/docs}
        operations:
          start:
            summary: Starts a verification.
            method: POST
            path: /v2/Verifications
            request: StartRequest
            responses:
              201: {shape: Verification, tables: []}
              default: {shape: APIError, tables: [ErrorCode]}
            source: {source: test}
          check:
            summary: Checks one, by its SID.
            method: POST
            path: /v2/VerificationCheck
            request: CheckRequest
            responses:
              200: {shape: Verification, tables: []}
              default: {shape: APIError, tables: [ErrorCode]}
            source: {source: test}
        shapes:
          StartRequest:
            fields:
              To: {type: string, name: to}
          CheckRequest:
            fields:
              VerificationSid: {type: string, name: verificationSID, constraints: {pattern: '^VE[0-9a-fA-F]{32}$'}}
          Verification:
            fields:
              sid: string
              account_sid: string
              attempt_id: {type: string, constraints: {pattern: '^VL[0-9a-f]{32}$'}}
              batch_id: string
              to: string
          APIError:
            fields:
              code: ErrorCode
              message: string
        tables:
          ErrorCode:
            title: Errors
            source: {source: test}
            entries:
              - {code: 20003, summary: 'Authenticate: the credentials are wrong.', httpStatus: 401, outcome: failure, category: authentication}
              - {code: 60200, summary: Invalid parameter., httpStatus: 400, outcome: failure, category: invalidRequest}
        examples:
          - name: started
            message: Verification
            payload: '{"sid": "VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f", "account_sid": "AC5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f", "attempt_id": "attempt-1", "batch_id": "msg_5b0a5e6c2a3b", "to": "+15017122661"}'
        """

    static func emulator() throws -> SandboxEmulator {
        try .of(spec: spec, configuration: .init(seed: 1))
    }

    static func post(_ emulator: SandboxEmulator, _ path: String, form: String) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: path,
            headers: [("Authorization", "Basic " + Data("ACuser:pw".utf8).base64EncodedString()), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data(form.utf8)))
    }

    /// The answer's ids keep the example's prefix (`VE`, `AC`), meet the field's own pattern (`attempt_id`, whose
    /// example `attempt-1` does not), keep a leading word (`msg_`), and the `sid` sent back passes the check's pattern.
    @Test func freshIdsKeepTheExamplesFormAndTheFieldsPattern() throws {
        let emulator = try Self.emulator()
        let started = Self.post(emulator, "/verifyids/v2/Verifications", form: "To=%2B15017122661")
        #expect(started.status == 201, "\(started.summary)")
        let body = try #require(try JSONSerialization.jsonObject(with: started.body) as? [String: Any], "\(started.summary)")
        let sid = try #require(body["sid"] as? String)
        #expect(sid.wholeMatch(of: /VE[0-9a-f]{32}/) != nil, "\(sid)")
        #expect((body["account_sid"] as? String)?.wholeMatch(of: /AC[0-9a-f]{32}/) != nil, "\(body)")
        #expect((body["attempt_id"] as? String)?.wholeMatch(of: /VL[0-9a-f]{32}/) != nil, "\(body)")
        #expect((body["batch_id"] as? String)?.wholeMatch(of: /msg_[0-9a-f]{12}/) != nil, "\(body)")
        #expect(sid != "VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f")
        let checked = Self.post(emulator, "/verifyids/v2/VerificationCheck", form: "VerificationSid=\(sid)")
        #expect(checked.status == 200, "\(checked.summary)")
    }

    /// The forms ids take: a capital prefix before hex (of either case), all-capital hex with no prefix, UUIDs,
    /// digits, parts between dashes; with a pattern, its literal prefix and classes where the example's form fails it.
    @Test func idsOfEachForm() {
        let ids = IdentifierSource(seed: 3)
        #expect(ids.text(like: "VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f").wholeMatch(of: /VE[0-9a-f]{32}/) != nil)
        #expect(ids.text(like: "AC5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f").wholeMatch(of: /AC[0-9a-f]{32}/) != nil)
        #expect(ids.text(like: "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").wholeMatch(of: /SM[0-9a-f]{32}/) != nil)
        #expect(ids.text(like: "VE5B0A5E6C2A3B4C5D6E7F8A9B0C1D2E3F").wholeMatch(of: /VE[0-9A-F]{32}/) != nil)
        #expect(ids.text(like: "ABCDEF0123456789").wholeMatch(of: /[0-9A-F]{16}/) != nil)
        #expect(UUID(uuidString: ids.text(like: "3fa85f64-5717-4562-b3fc-2c963f66afa6")) != nil)
        #expect(ids.text(like: "2034075536371630429").wholeMatch(of: /[1-9][0-9]{18}/) != nil)
        #expect(ids.text(like: "2026-000123-4567").wholeMatch(of: /[0-9]{4}-[0-9]{6}-[0-9]{4}/) != nil)
        #expect(ids.text(like: "3fa85f64-5717-4562-b3fc-2c963f66afa6", pattern: "^MM[0-9a-f]{32}$").wholeMatch(of: /MM[0-9a-f]{32}/) != nil)
        #expect(ids.text(like: nil, pattern: #"^ID-\d{8}$"#).wholeMatch(of: /ID-[0-9]{8}/) != nil)
        // A pattern the writer cannot read keeps the example's form.
        #expect(ids.text(like: "VE5b0a5e6c2a3b4c5d6e7f8a9b0c1d2e3f", pattern: "^(VE|VA)[0-9a-f]{32}$").hasPrefix("VE"))
    }
}
