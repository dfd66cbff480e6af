import Foundation
import SMSSpecCore
import Testing

/// A login that obtains the credentials (Skebby's `GET /login`, answering the keys every other operation sends in
/// its headers) sends none: `auth: none`. Users could not say it, and the client asked for made-up keys to log in.
@Suite struct OperationAuthTests {
    static let auth = "  auth: {type: headers, headers: [user_key, Session_key]}\n"

    static func operations(_ auth: String) -> String {
        """
        operations:
          login: {method: GET, path: /login, encoding: query, request: Login\(auth), responses: {200: {shape: Keys}}}
        shapes:
          Login:
            fields:
              username: string
              password: {type: string, secret: true}
          Keys: {fields: {user_key: {type: string, secret: true}}}
        """
    }

    @Test func theSpecsWordReachesTheDescriptor() throws {
        let said = try Snippet.swift(Self.operations(", auth: none"), "operations", providerKeys: Self.auth)
        #expect(said.contains("responses: [.status(200, \"Keys\")], sendsCredentials: false)"), "\(said)")
        let unsaid = try Snippet.swift(Self.operations(""), "operations", providerKeys: Self.auth)
        #expect(!unsaid.contains("sendsCredentials"), "\(unsaid)")
    }

    /// `none`, or credentials of its own on a login (LoginTests); `none` only where the provider has credentials.
    @Test func noneOrOwnIsSaidAndNoneOnlyWhereTheProviderHasCredentials() {
        // Credentials of its own on an operation whose answer gives none it would obtain are no login's.
        #expect(Snippet.diagnostics(Self.operations(", auth: {type: basic}"), providerKeys: Self.auth).contains {
            $0.hasSuffix("operation 'login' has credentials of its own, which a client gives only to a login: mark the credential its "
                + "answer gives 'role: credential'; remove 'auth' if it sends the provider's as they say; or, where it sends them elsewhere "
                + "(the same key as query fields), write 'auth: none' and give its request those fields as `secret`s, which each call then fills")
        })
        #expect(Snippet.diagnostics(Self.operations(", auth: {type: oauth}"), providerKeys: Self.auth).contains {
            $0.hasSuffix("'type' of 'auth' of operation 'login' must be one of header, basic, fields, headers; found 'oauth'")
        })
        #expect(Snippet.diagnostics(Self.operations(", auth: false"), providerKeys: Self.auth).contains {
            $0.hasSuffix("'auth' of operation 'login' must be one of none; found 'false' (write 'none')")
        })
        #expect(Snippet.diagnostics(Self.operations(", auth: none")).contains {
            $0.hasSuffix("operation 'login' says 'auth: none', but the provider has no 'auth': no operation sends credentials, so it changes nothing; remove it")
        })
    }
}
