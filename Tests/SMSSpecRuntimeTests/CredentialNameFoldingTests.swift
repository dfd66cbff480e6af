@_spi(Generated) import SMSSpecRuntime
import Testing

/// A JSON member repeating a credential is named as a JSON body names it: TotalVoice's `Access-Token` header came back
/// as `"access_token"` in an error's `dados` and printed (a user), where a URL's `?access_token=` was already hidden.
/// Members are matched as a URL's credential-named pairs are: in any case, with or without `_`, `-` and `.`.
@Suite struct CredentialNameFoldingTests {
    @Test func aMemberSpellingTheCredentialsNameOtherwiseIsHidden() {
        let payload: JSONValue = .object([
            "access_token": .string("never-1"), "accessToken": .string("never-2"), "ACCESS.TOKEN": .string("never-3"),
            "data": .object(["access-token": .string("never-4")]), "form[access_token]": .string("never-5"),
            "access_tokens": .string("kept-1"), "token": .string("kept-2"), "_": .string("kept-3"),
        ])
        let shown = "\(payload.redactingMembers(named: ["Access-Token"]))"
        #expect(!shown.contains("never"), "\(shown)")
        for kept in ["kept-1", "kept-2", "kept-3"] { #expect(shown.contains(kept), "\(shown)") }
    }
}

extension CredentialNameFoldingTests {
    /// A URL's credential pair after a `;` (`…/cb;token=…`, `?a=1;token=…`), in a hash-bang fragment (`#!token=…`), or
    /// named `x-api-key` printed whole where `?token=` was hidden (an attack).
    @Test func aURLsCredentialPairIsHiddenAfterASemicolonAndInAHashBang() {
        for (url, shown) in [
            ("https://h.example/cb?a=1;token=SEK18", "https://h.example/cb?a=1;token=<redacted>"),
            ("https://h.example/cb;token=SEK20/x?q=1", "https://h.example/cb;token=<redacted>?q=1"),
            ("https://h.example/cb?authkey=SEK21", "https://h.example/cb?authkey=<redacted>"),
            ("https://h.example/cb?x-api-key=SEK17&q=1", "https://h.example/cb?x-api-key=<redacted>&q=1"),
            ("https://h.example/app#!token=SEK19", "https://h.example/app#!token=<redacted>"),
            ("https://h.example/cb?monkey=kept&q=a;b", "https://h.example/cb?monkey=kept&q=a;b"),
        ] {
            #expect(url.redactingURLUserinfo() == shown, "\(url)")
        }
    }
}
