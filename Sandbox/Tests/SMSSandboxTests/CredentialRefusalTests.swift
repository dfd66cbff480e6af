import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal of credentials says whether they were missing or wrong where the provider's codes tell the two apart
/// (a user's Orange SMS API spec: a wrong token was answered 40 "Missing credentials", the table's first, where 41
/// says "Invalid credentials").
@Suite(.timeLimit(.minutes(1)))
struct CredentialRefusalTests {
    static let spec = """
        smsspec: 1
        provider:
          id: credcodes
          name: Credential codes (test spec)
          baseURLs: [https://api.credcodes.test]
          auth: {type: header, name: Authorization, scheme: Bearer}
        sources:
          test: {title: The test spec, url: https://api.credcodes.test/docs}
        operations:
          listContracts:
            summary: Lists the contracts.
            method: GET
            path: /contracts
            request: ContractsRequest
            responses:
              200: {shape: Contracts, tables: []}
              default: {shape: APIError, tables: [APIErrorCode]}
            source: {source: test}
        shapes:
          ContractsRequest:
            fields:
              country: {type: string, in: query, required: false}
          Contracts:
            fields:
              count: int
          APIError:
            fields:
              code: APIErrorCode
              message: string
        tables:
          APIErrorCode:
            title: Error codes
            source: {source: test}
            codeType: int
            entries:
              - {code: 1, name: Internal error, summary: Internal error, httpStatus: 500, outcome: failure, category: networkError}
              - {code: 40, name: Missing credentials, summary: Missing credentials, httpStatus: 401, outcome: failure, category: authentication}
              - {code: 41, name: Invalid credentials, summary: Invalid credentials, httpStatus: 401, outcome: failure, category: authentication}
              - {code: 42, name: Expired credentials, summary: Expired credentials, httpStatus: 401, outcome: failure, category: authentication}
        examples:
          - name: expired-token
            message: APIError
            source: {source: test}
            payload: '{"code": 42, "message": "Expired credentials"}'
        """

    @Test func aWrongCredentialIsAnsweredAsInvalidAndAMissingOneAsMissing() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(credentials: ["good"], seed: 1))
        func code(_ headers: [(String, String)]) throws -> (status: Int, code: Int?) {
            let answer = emulator.answer(WireRequest(method: "GET", path: "/credcodes/contracts", headers: headers))
            let json = try JSONSerialization.jsonObject(with: answer.body.isEmpty ? Data("{}".utf8) : answer.body) as? [String: Any]
            return (answer.status, json?["code"] as? Int)
        }
        #expect(try code([]) == (401, 40))
        #expect(try code([("Authorization", "Bearer ")]) == (401, 40))
        #expect(try code([("Authorization", "Bearer wrong")]) == (401, 41))
        #expect(try code([("Authorization", "Token good")]) == (401, 41))
        #expect(try code([("Authorization", "Bearer good")]).status == 200)
    }

    /// An operation that sends no credentials (`auth: none`: a login that obtains them, as Skebby's) is answered
    /// without them; it was refused 401, a status it does not document, for lacking what it exists to obtain (a user).
    @Test func anOperationThatSendsNoCredentialsIsAnsweredWithout() throws {
        let spec = Self.spec.replacingOccurrences(of: "    path: /contracts\n", with: "    path: /contracts\n    auth: none\n")
        let emulator = try SandboxEmulator.of(spec: spec, configuration: .init(credentials: ["good"], seed: 1))
        #expect(emulator.answer(WireRequest(method: "GET", path: "/credcodes/contracts", headers: [])).status == 200)
    }
}
