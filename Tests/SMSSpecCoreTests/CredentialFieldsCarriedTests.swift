import SMSSpecCore
import Testing

/// An operation sending the provider's `auth: fields` credentials whose request holds none of the fields went out
/// without them (an attack: the client's values were added to the request's JSON, then dropped reading it back).
@Suite struct CredentialFieldsCarriedTests {
    static let auth = "  auth: {type: fields, fields: [user, key]}\n"

    static func spec(_ operations: String) -> String {
        """
        operations:
        \(operations)
        shapes:
          Send: {fields: {user: {type: string, secret: true}, key: {type: string, secret: true}, to: string}}
          Info: {fields: {key: {type: string, secret: true}}}
          Nested: {fields: {auth: {type: Info, required: false}}}
          Plain: {fields: {currency: string}}
          Sent: {fields: {id: string}}

        """
    }

    @Test func anOperationHoldingNoneIsALocatedError() {
        #expect(Snippet.diagnostics(Self.spec("""
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}}
              info: {method: POST, path: /info, request: Info, responses: {200: {shape: Sent}}}
              nested: {method: POST, path: /nested, request: Nested, responses: {200: {shape: Sent}}}
              public: {method: GET, path: /public, auth: none, responses: {200: {shape: Sent}}}
            """), providerKeys: Self.auth) == [])
        #expect(Snippet.diagnostics(Self.spec("""
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}}
              plain: {method: POST, path: /plain, request: Plain, responses: {200: {shape: Sent}}}
              balance: {method: GET, path: /balance, responses: {200: {shape: Sent}}}
            """), providerKeys: Self.auth) == [
            "11:48: operation 'plain' sends the provider's credentials, fields 'user', 'key', but its request 'Plain' holds none of them to carry them: "
                + "give it such a field (a `secret`), or 'auth: none' if it needs none",
            "12:3: operation 'balance' sends the provider's credentials, fields 'user', 'key', but it has no request to carry them: give it such a "
                + "field (a `secret`), or 'auth: none' if it needs none",
        ])
    }
}
