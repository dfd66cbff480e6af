import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A login's token (`secret: true`) was answered as the literal `<redacted>`, the display redaction of the model's
/// examples (users' Eskiz `/auth/login` and SMSPortal `/Authentication`): a client logging in then sent `Bearer
/// <redacted>`, refused with `--credential` and accepted without, so its test checked nothing.
@Suite(.timeLimit(.minutes(1)))
struct SecretAnswerTests {
    static let spec = """
        smsspec: 1
        provider:
          id: tokens
          name: Tokens (test spec)
          baseURLs: [https://api.tokens.test]
          auth: {type: header, name: Authorization, scheme: Bearer}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.tokens.test/docs}
        operations:
          login:
            summary: A token for an e-mail and password.
            method: POST
            path: /auth/login
            encoding: form
            request: LoginRequest
            responses:
              200: {shape: TokenAnswer}
              401: {shape: ErrorAnswer, tables: [Status]}
            source: {source: test}
          authenticate:
            summary: A token for the client's id and secret.
            method: GET
            path: /Authentication
            responses:
              200: {shape: Token}
              401: {shape: ErrorAnswer, tables: [Status]}
            source: {source: test}
          portalLogin:
            summary: A token for the client's id and secret, sent as HTTP Basic.
            method: GET
            path: /v1/Authentication
            auth: {type: basic}
            responses:
              200: {shape: PortalToken}
              401: {shape: ErrorAnswer, tables: [Status]}
            source: {source: test}
          send:
            summary: Sends one text.
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: SendAnswer, tables: [Status]}
              401: {shape: ErrorAnswer, tables: [Status]}
            source: {source: test}
        shapes:
          LoginRequest:
            fields:
              email: string
              password: {type: string, secret: true}
          TokenAnswer:
            fields:
              message: string
              data: TokenData
          TokenData:
            fields:
              token: {type: string, secret: true, summary: The bearer token.}
          Token:
            fields:
              token: {type: string, secret: true}
              schema: string
              expiresInMinutes: int
          PortalToken:
            fields:
              token: {type: string, secret: true, role: credential}
              expiresInMinutes: {type: int, role: credentialExpiry, unit: minutes}
          SendRequest:
            fields:
              to: string
              text: string
          SendAnswer:
            fields:
              status: Status
              id: string
          ErrorAnswer:
            fields:
              status: Status
              message: string
        tables:
          Status:
            title: Statuses
            source: {source: test}
            codeType: string
            entries:
              - {code: ok, summary: Carried out., outcome: success, category: none}
              - {code: unauthenticated, summary: No valid token., httpStatus: 401, outcome: failure, category: authentication}
        examples:
          - {name: token, message: TokenAnswer, payload: '{"message": "token_generated", "data": {"token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMjU5MjAwMH0.c2lnbmF0dXJl"}}'}
          - {name: portal-token, message: Token, payload: '{"token": "YourTemporaryToken", "schema": "JWT", "expiresInMinutes": 1440}'}
          - {name: portal-login, message: PortalToken, payload: '{"token": "YourTemporaryToken", "expiresInMinutes": 1440}'}
          - {name: sent, message: SendAnswer, payload: '{"status": "ok", "id": "4385062f-4e4c-4d6e-a1c5-2d1f08d2a2a5"}'}
        """

    static let exampleJWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMjU5MjAwMH0.c2lnbmF0dXJl"

    static func request(_ method: String, _ path: String, token: String, body: String = "", form: Bool = false) -> WireRequest {
        WireRequest(
            method: method, path: path,
            headers: [("Authorization", "Bearer \(token)"), ("Content-Type", form ? "application/x-www-form-urlencoded" : "application/json")],
            body: Data(body.utf8))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    /// The JSON object a base64url part holds.
    static func claims(_ part: Substring) -> [String: Any]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        return Data(base64Encoded: text).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }

    /// The login answers a fresh JWT-shaped token (three base64url parts, its header the example's, its claims
    /// JSON with the example's lifetime), never the example's or `<redacted>`; each login another.
    @Test func aLoginAnswersAFreshTokenShapedAsTheExample() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(credentials: ["placeholder"], seed: 3))
        var tokens: Set<String> = []
        for _ in 0..<2 {
            let answer = emulator.answer(Self.request("POST", "/tokens/auth/login", token: "placeholder", body: "email=a%40b.uz&password=x", form: true))
            #expect(answer.status == 200, "\(answer.summary)")
            let data = try #require(try Self.object(answer)["data"] as? [String: Any])
            let token = try #require(data["token"] as? String)
            #expect(token != Secret.redacted && token != Self.exampleJWT && !token.contains("redacted"), "\(token)")
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 3, "\(token)")
            let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(alphabet.contains) }, "\(token)")
            #expect(parts.first.map(String.init) == Self.exampleJWT.split(separator: ".").first.map(String.init))
            let claims = try #require(parts.count == 3 ? Self.claims(parts[1]) : nil, "\(token)")
            let issued = try #require(claims["iat"] as? Int), expires = try #require(claims["exp"] as? Int)
            #expect(expires - issued == 2_592_000)
            tokens.insert(token)
        }
        #expect(tokens.count == 2)
    }

    /// A token example of letters alone (SMSPortal's `YourTemporaryToken`) is answered as letters of both cases, as
    /// many, and not the example's.
    @Test func aPlainTokenIsFreshLettersAsTheExampleWrites() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(seed: 5))
        let answer = emulator.answer(Self.request("GET", "/tokens/Authentication", token: "any"))
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try Self.object(answer)
        let token = try #require(body["token"] as? String)
        #expect(token != "YourTemporaryToken" && token != Secret.redacted, "\(token)")
        #expect(token.count == 18 && token.allSatisfy { $0.isASCII && $0.isLetter }, "\(token)")
        #expect(body["schema"] as? String == "JWT" && body["expiresInMinutes"] as? Int == 1440)
    }

    /// With `--credential`, the token a login answered is accepted by the other operations (of that provider), as
    /// the provider accepts the token its login gives; the example's token, and any other, are not.
    @Test func theTokenALoginAnsweredIsAcceptedAsACredential() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(credentials: ["placeholder"], seed: 7))
        let send = #"{"to": "998901234567", "text": "Hi"}"#
        #expect(emulator.answer(Self.request("POST", "/tokens/send", token: "not-issued", body: send)).status == 401)
        let login = emulator.answer(Self.request("POST", "/tokens/auth/login", token: "placeholder", body: "email=a%40b.uz&password=x", form: true))
        let token = try #require((try Self.object(login)["data"] as? [String: Any])?["token"] as? String)
        let sent = emulator.answer(Self.request("POST", "/tokens/send", token: token, body: send))
        #expect(sent.status == 200, "\(sent.summary)")
        #expect(emulator.answer(Self.request("POST", "/tokens/send", token: Self.exampleJWT, body: send)).status == 401)
        #expect(emulator.answer(Self.request("POST", "/tokens/send", token: Secret.redacted, body: send)).status == 401)
    }

    /// A login with credentials of its own (`auth: {type: basic}`, SMSPortal's) asks for them — any, the account's being
    /// unknown to the sandbox — and its token (`role: credential`) is then accepted where `--credential` restricts the
    /// provider's; without Basic credentials it is refused. When it expires (`role: credentialExpiry`) is an hour away.
    @Test func aLoginWithItsOwnCredentialsAsksForThemAndItsTokenIsAccepted() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(credentials: ["placeholder"], seed: 9))
        let none = WireRequest(method: "GET", path: "/tokens/v1/Authentication", headers: [], body: Data())
        #expect(emulator.answer(none).status == 401)
        let basic = WireRequest(
            method: "GET", path: "/tokens/v1/Authentication",
            headers: [("Authorization", "Basic " + Data("client-id:api-secret".utf8).base64EncodedString())], body: Data())
        let login = emulator.answer(basic)
        #expect(login.status == 200, "\(login.summary)")
        let token = try #require(try Self.object(login)["token"] as? String)
        // When it expires is an hour from now, in its unit, where the example's 1440 minutes is a day.
        #expect(try Self.object(login)["expiresInMinutes"] as? Int == 60)
        let send = #"{"to": "998901234567", "text": "Hi"}"#
        #expect(emulator.answer(Self.request("POST", "/tokens/send", token: token, body: send)).status == 200)
        #expect(emulator.answer(Self.request("POST", "/tokens/send", token: "client-id:api-secret", body: send)).status == 401)
    }
}
