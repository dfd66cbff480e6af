@testable import SMSSpecClient
import SMSProviders
import SMSSpecRuntime
import Testing

/// A credential a login answers that no request can carry fails the login, saying why without showing it (an attack: a
/// token answered with its scheme, a line break or an accent failed every later call as if the caller's key were bad,
/// and an empty one went out as `Authorization: Bearer`).
@Suite struct LoginCredentialTests {
    static let bearer = Authentication.header(name: "Authorization", scheme: "Bearer")

    @Test(arguments: [
        ("", "it is empty"),
        ("Bearer eyJ-token-1", "it starts with Bearer, the scheme its header writes before it"),
        ("bearer eyJ-token-1", "it starts with Bearer, the scheme its header writes before it"),
        ("eyJ\r\nX-Injected: yes", "holds a line break"),
        (" eyJ-token-1", "begins or ends with a space or tab"),
        ("tökén-1234", "one that is not ASCII"),
        ("tok1 99999999999999999999", "holds a space or tab"),
    ])
    func anUnsendableHeaderCredentialIsSaidWhy(token: String, problem: String) {
        let why = LoginSession.whyUnsendable(token, as: Self.bearer)
        #expect(why?.contains(problem) == true, "\(why ?? "nil")")
        #expect(!(why ?? "").contains("eyJ") && !(why ?? "").contains("tök"))
    }

    @Test func aSendableOneIsNone() {
        #expect(LoginSession.whyUnsendable("eyJhbGciOi.J9-_x", as: Self.bearer) == nil)
        // A header of no scheme carries its value whole.
        #expect(LoginSession.whyUnsendable("key with space", as: .header(name: "X-Key", scheme: nil)) == nil)
        // A request field's value is percent-encoded: only an empty one is refused.
        #expect(LoginSession.whyUnsendable("tökén with space", as: .requestFields(["token"])) == nil)
        #expect(LoginSession.whyUnsendable("", as: .requestFields(["token"])) == "it is empty")
        let error = ProviderClientError.unusableCredential(operation: "login", problem: "it is empty")
        #expect("\(error)" == "login: the login answered a credential no request can send: it is empty")
    }

    /// A token of thousands of words took minutes a call to hide (each word a secret of its own, added one by one): a
    /// credential of more than a few parts is hidden whole, and a login's longer than 16 KiB is refused.
    @Test func aLongOrManyWordedCredentialCostsLittle() {
        let words = (0..<2_000).map { "word\($0)xyz" }.joined(separator: " ")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            var redactor = SecretRedactor()
            redactor.add(words)
            #expect(redactor.redact(message: "echo: \(words)") == "echo: <redacted>")
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
        var redactor = SecretRedactor()
        redactor.add("Bearer eyJ-token-abcdefgh")
        #expect(redactor.redact(message: "token eyJ-token-abcdefgh") == "token <redacted>")
        #expect(LoginSession.whyUnsendable(String(repeating: "a", count: 16_385), as: Self.bearer) == "it is longer than 16384 bytes")
        #expect(LoginSession.whyUnsendable(String(repeating: "a", count: 16_384), as: Self.bearer) == nil)
    }

    /// A refusal read from an answer no shape decoded (an error envelope read for its code, a 401 of no shape) accepted
    /// nothing: the client logs in again (a review: it was taken as "accepted some", and thrown).
    @Test func aRefusalWithNoDecodedAnswerIsRefusedCredentials() {
        let code = Bind.SendError.unauthorized
        let refusal = { (httpStatus: Int, answer: (any Sendable)?) in
            ProviderError(
                provider: "bind", table: "SendError", rawCode: "UNAUTHORIZED", rawMessage: nil, httpStatus: httpStatus, entry: code.entry,
                reports: code.statusReports(at: "error_message"), answer: answer)
        }
        #expect(refusal(200, nil).refusedCredentials)
        #expect(refusal(401, nil).refusedCredentials)
        let invalid = ProviderError(provider: "bind", table: nil, rawCode: "400", rawMessage: nil, httpStatus: 400, entry: nil)
        #expect(!invalid.refusedCredentials)
    }
}
