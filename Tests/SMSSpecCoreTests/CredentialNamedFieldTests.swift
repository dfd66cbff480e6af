import SMSSpecCore
import Testing

/// A field named as a credential but not marked `secret` (a login's `password` and the `access_token` it answers, in a
/// spec whose auth is a bearer header) printed wherever its message did, and lint said nothing (an attack; a user's SMSC.ru `psw`). Lint
/// warns; a `secret` field, a field that is no text, and names that say less (`key`, `signature`) are quiet, and a
/// field named as the spec's own auth fields stays the error it was.
@Suite struct CredentialNamedFieldTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: header, name: Authorization, scheme: Bearer}}
        sources: {doc: {title: Doc, url: 'https://e.example/doc'}}
        operations: {login: {method: POST, path: /login, request: Login, responses: {200: {shape: Tokens}}, auth: none}}
        shapes:
          Login:
            fields:
              client-secret: string
              Password: string
              pin: {type: string, secret: true}
              key: string
              signature: string
              auth_key: {type: string, required: false}
              next_token: {type: string, required: false}
              psw: {type: string, required: false}
          Tokens:
            fields:
              access_token: string
              refreshToken: {type: string, secret: true}
              token: int
        """

    @Test func aFieldNamedAsACredentialThatIsNoSecretIsAWarning() {
        let warning = "is named as a credential but is no `secret`: its value prints wherever its message does (`print`, errors, "
            + "`smsspec decode`); mark it `secret: true`, or ignore this if it holds none"
        #expect(lintDiagnostics(Self.spec) == [
            "specs/acme.yaml:8:7: warning: field 'client-secret' of shape 'Login' \(warning)",
            "specs/acme.yaml:9:7: warning: field 'Password' of shape 'Login' \(warning)",
            "specs/acme.yaml:13:7: warning: field 'auth_key' of shape 'Login' \(warning)",
            "specs/acme.yaml:15:7: warning: field 'psw' of shape 'Login' \(warning)",
            "specs/acme.yaml:18:7: warning: field 'access_token' of shape 'Tokens' \(warning)",
        ])
    }
}
