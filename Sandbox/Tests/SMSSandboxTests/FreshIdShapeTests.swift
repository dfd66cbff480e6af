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

    /// An id of a form the sandbox had no rule for (smsmode's `OtbR4Tcp4j9Z`, 12 capitals, lowercase letters and
    /// digits) was answered a UUID: it keeps the example's length and, at each position, its kind of character.
    @Test func anIdOfAnotherFormKeepsItsShapePositionByPosition() throws {
        let spec = """
            smsspec: 1
            provider: {id: smsmodeids, name: smsmode ids, baseURLs: ['https://api.smsmodeids.test'], encoding: query, auth: {type: fields, fields: [accessToken]}}
            sources: {doc: {title: Doc, url: 'https://smsmodeids.test/doc'}}
            operations:
              send: {method: GET, path: /sendSMS.do, idempotent: false, request: Send, responses: {200: {shape: SendAnswer, tables: [SendCode]}}, source: {source: doc}}
            shapes:
              Send: {fields: {accessToken: {type: string, secret: true}, numero: string, message: string}}
              SendAnswer:
                text: ['{code} | {description} | {smsID}', '{code} | {description}']
                fields: {code: SendCode, description: string, smsID: {type: string, required: false}}
            tables:
              SendCode:
                title: Return codes
                source: doc
                entries:
                  - {code: 0, name: Accepté, summary: Accepted., outcome: success, category: none}
                  - {code: 32, name: Erreur d'authentification, summary: Authentication error., outcome: failure, category: authentication}
            examples:
              - {name: sent, message: SendAnswer, payload: '0 | Accepté | OtbR4Tcp4j9Z'}
            """
        let emulator = try SandboxEmulator.of(spec: spec, configuration: .init(seed: 1))
        var seen: Set<String> = []
        for _ in 0..<20 {
            let sent = emulator.answer(WireRequest(method: "GET", path: "/smsmodeids/sendSMS.do", query: "accessToken=k&numero=33600000000&message=Hi"))
            let text = String(decoding: sent.body, as: UTF8.self)
            #expect(sent.status == 200, "\(sent.summary)")
            let id = try #require(text.wholeMatch(of: /0 \| Accepté \| (.*)/)?.1, "\(text)")
            // O t b R 4 T c p 4 j 9 Z: capital, lowercase ×2, capital, digit, capital, lowercase ×2, digit, lowercase, digit, capital.
            #expect(id.wholeMatch(of: /[A-Z][a-z]{2}[A-Z][0-9][A-Z][a-z]{2}[0-9][a-z][0-9][A-Z]/) != nil, "\(text)")
            #expect(id != "OtbR4Tcp4j9Z")
            seen.insert(String(id))
        }
        #expect(seen.count == 20, "\(seen)")
    }

    /// Other forms: punctuation kept, a leading word kept, hex kept hex past 40 digits; a form with too few fresh
    /// characters to be told apart stays a UUID; a pattern still wins; and no id is ever the example's.
    @Test func idsOfOtherFormsKeepTheirShape() {
        let ids = IdentifierSource(seed: 5)
        #expect(ids.text(like: "Ab.12:Cd/ef").wholeMatch(of: /[A-Z][a-z]\.[0-9]{2}:[A-Z][a-z]\/[a-z]{2}/) != nil)
        #expect(ids.text(like: "msg_OtbR4Tcp4j9Z").wholeMatch(of: /msg_[A-Z][a-z]{2}[A-Z][0-9][A-Z][a-z]{2}[0-9][a-z][0-9][A-Z]/) != nil)
        #expect(ids.text(like: String(repeating: "0a", count: 32)).wholeMatch(of: /[0-9a-f]{64}/) != nil)
        #expect(UUID(uuidString: ids.text(like: "Xy-1")) != nil)
        #expect(ids.text(like: "OtbR4Tcp4j9Z", pattern: "^[0-9]{10}$").wholeMatch(of: /[0-9]{10}/) != nil)
        // A pattern of few values is drawn again where it gave the example; one of one value can only give it.
        let few = IdentifierSource(seed: 7)
        #expect((0..<200).allSatisfy { _ in few.text(like: "ab", pattern: "^[ab]{2}$") != "ab" })
        #expect(ids.text(like: "fixed", pattern: "^fixed$") == "fixed")
    }
}
