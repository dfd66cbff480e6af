import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// Two credentials that are one text written two ways (NFC `ö`, NFD `o` + U+0308) are equal as Swift strings, but
/// a byte search for one never finds the other: whatever keeps credentials apart keeps them apart by their bytes.
@Suite struct EquivalentCredentialTests {
    static let nfc = "Passw\u{F6}rd-1234", nfd = "Passwo\u{308}rd-1234"

    /// The cache of a URL field's spellings compared the credentials as strings: after the NFC one, the NFD one was
    /// looked for as the NFC one's spellings, and printed.
    @Test func aURLHidesEachOfTwoEquivalentCredentials() {
        for (first, second) in [(Self.nfc, Self.nfd), (Self.nfd, Self.nfc)] {
            let url = "https://h.example/?raw=\(second)&t=\(second.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            _ = "https://h.example/?t=\(first)".redactingURLUserinfo(hiding: [Secret(first)])
            #expect(url.redactingURLUserinfo(hiding: [Secret(second)]) == "https://h.example/?raw=<redacted>&t=<redacted>")
        }
    }

    /// A key holding `#`, `&` or `=` written as it is after a credential-named pair (`?auth=\(key)`): the pair's rule
    /// ran first and ended the value at `#` or `&`, and the rest of the key printed (`auth=<redacted>#efgh1`; an attack).
    @Test func aKeyHoldingAURLDelimiterIsHiddenWhole() {
        for key in ["abcd#efgh1", "abcd&efgh2", #"P"&=/?#%+ K\y"#] {
            let url = "https://me.example/cb?auth=\(key)&x=1"
            let shown = url.redactingURLUserinfo(hiding: [Secret(key)])
            #expect(shown == "https://me.example/cb?auth=<redacted>&x=1", "\(key): \(shown)")
        }
    }

    /// One credential, repeated in the other Unicode form (a secret pasted decomposed from macOS into a recipient):
    /// the sweep looked for its bytes only, and `print`, `validate()` and `smsspec validate` showed it (an attack).
    @Test func aCredentialRepeatedInTheOtherUnicodeFormIsHidden() {
        for (given, repeated) in [(Self.nfc, Self.nfd), (Self.nfd, Self.nfc)] {
            #expect(SecretSweep(values: [given]).redacting("to \(repeated), text \(repeated)") == "to <redacted>, text <redacted>")
            #expect(SecretSweep(hiding: [Secret(given)]).redactingValue(repeated) == "<redacted>")
            let encoded = repeated.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            #expect("https://h.example/?t=\(encoded)".redactingURLUserinfo(hiding: [Secret(given)]) == "https://h.example/?t=<redacted>")
        }
        #expect(Secret.canonicalForms(of: "plain-ascii-key") == ["plain-ascii-key"])
        // One accent composed, the other not (a review): neither form's bytes; found in the text's decomposed form.
        let mixed = "cl\u{E9}-secre\u{300}te-12345"
        let sweep = SecretSweep(values: ["cl\u{E9}-secr\u{E8}te-12345"])
        #expect(sweep.redacting("to: \(mixed)") == "to: <redacted>")
        #expect(sweep.redactingValue(mixed) == "<redacted>")
        #expect(sweep.redacting("caf\u{E9} only") == "caf\u{E9} only")
        // The mix escaped (percent-encoded, JSON-escaped) was found in neither form's escapes (an attack): each level of
        // escapes is searched decomposed too.
        for escaped in ["cle%CC%81-secr%C3%A8te-12345", #"cle\u0301-secr\u00e8te-12345"#, "cl%C3%A9-secre%CC%80te-12345"] {
            #expect(sweep.redacting("https://h.example/cb?s=\(escaped)&x=1") == "https://h.example/cb?s=<redacted>&x=1", "\(escaped)")
            #expect("https://h.example/cb?s=\(escaped)".redactingURLUserinfo(hiding: [Secret("cl\u{E9}-secr\u{E8}te-12345")]) == "https://h.example/cb?s=<redacted>")
        }
        #expect(sweep.redacting("https://h.example/cb?s=caf%C3%A9") == "https://h.example/cb?s=caf%C3%A9")
        // Marks written in another order than the canonical one, escaped (a review: Vietnamese `ệ`).
        let vietnamese = SecretSweep(values: ["vi\u{1EC7}t-secret-123"])
        for escaped in ["vi%C3%AA%CC%A3t-secret-123", "vie%CC%82%CC%A3t-secret-123", #"vi\u00ea\u0323t-secret-123"#, "vie%CC%A3%CC%82t-secret-123"] {
            #expect(vietnamese.redacting("s=\(escaped)") == "s=<redacted>", "\(escaped)")
        }
        // A space written as a form's `+` in the mix, escaped or not (an attack).
        let spaced = SecretSweep(values: ["cl\u{E9} secr\u{E8}te-12345"])
        for text in ["s=cle%CC%81+secr%C3%A8te-12345", "s=cle\u{301}+secr\u{E8}te-12345"] {
            #expect(spaced.redacting(text).hasSuffix("s=<redacted>"), "\(text)")
        }
    }

    /// A text of many accented letters, swept for a credential that is not ASCII, took time in the square of its
    /// length (Foundation's decomposition of a whole text on Linux, an attack: 400,000 `é` took 9 s, 1.9 million 156 s):
    /// each character is decomposed alone.
    @Test func aLongAccentedTextIsSweptInLinearTime() {
        let sweep = SecretSweep(values: ["cl\u{E9}-secr\u{E8}te-12345"])
        func seconds(_ count: Int) -> Double {
            let text = String(repeating: "e\u{301}a\u{E9}", count: count / 2) + "cle\u{301}-secr\u{E8}te-12345"
            let clock = ThreadCPUClock(), start = clock.now
            #expect(sweep.redacting(text).hasSuffix("<redacted>"))
            let elapsed = clock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let small = seconds(50_000), large = seconds(400_000)
        #expect(large < 24 * small + 0.5, "\(small) s, then \(large) s for 8 times the text")
    }

    /// A sweep for both kept one of them (a set of strings).
    @Test func aSweepHidesBothOfTwoEquivalentCredentials() {
        let sweep = SecretSweep(values: [Self.nfc, Self.nfd])
        #expect(sweep.redacting("a \(Self.nfc) b \(Self.nfd)") == "a <redacted> b <redacted>")
        #expect([Self.nfc, Self.nfd, Self.nfc].distinctByBytes().count == 2)
    }
}

/// A message may hold 32 credentials (its own and its shapes'); a violation's sweep took the first 16 in the order of
/// their text, so a 17th, the API key, printed in a violation quoting a callback URL that repeated it.
@Suite struct ManyCredentialsTests {
    @Test func aViolationHidesEachOfThirtyTwoCredentials() {
        let others = (0..<31).map { Secret("aaaa-\($0)") }
        var validation = Validation(at: "", hiding: others + [Secret("zzzz-the-api-key")])
        validation.url("ftp://shop.example/dlr?key=zzzz-the-api-key", field: "callback")
        #expect(validation.violations.count == 1 && !validation.violations.contains { $0.message.contains("zzzz") }, "\(validation.violations)")
    }
}

/// A credential spelt in a URL as an encoder writes it: a list of encoder profiles missed the spelling of
/// swift-corelibs' `URLComponents` (`/` and `+` kept, `=` encoded; an attack: `smsspec decode` printed the key) and
/// every other mix. The text is read with its escapes decoded.
@Suite struct EncodedCredentialTests {
    static let key = "Zk9v/YmFy+cXV4=="

    @Test func aCredentialIsHiddenHoweverAnEncoderMixesItsEscapes() {
        let sweep = SecretSweep(values: [Self.key])
        for spelling in ["Zk9v/YmFy+cXV4%3D%3D", "Zk9v/YmFy%2BcXV4==", "Zk9v%2FYmFy%2BcXV4==", "Zk9v%2fYmFy%2bcXV4%3d%3d", "Zk9v\\/YmFy\\u002BcXV4=="] {
            let url = "https://me.example/dlr?key=\(spelling)&t=1"
            #expect(sweep.redacting(url) == "https://me.example/dlr?key=<redacted>&t=1", "\(spelling)")
            #expect(url.redactingURLUserinfo(hiding: [Secret(Self.key)]) == "https://me.example/dlr?key=<redacted>&t=1", "\(spelling)")
        }
        // Three levels down (a callback URL in a return URL in a redirect; a JSON text in a JSON text, as PHP writes
        // `/`): two were read.
        let key = "3zJU/t7DX6g="
        let deep = SecretSweep(values: [key])
        #expect(deep.redacting("next=https%3A%2F%2Fsso%2Fl%3Freturn%3Dhttps%253A%252F%252Fshop%252Fdlr%253Fkey%253D3zJU%25252Ft7DX6g%25253D")
            == "next=https%3A%2F%2Fsso%2Fl%3Freturn%3Dhttps%253A%252F%252Fshop%252Fdlr%253Fkey%253D<redacted>")
        #expect(deep.redacting(#"{"text" : "{\"data\": \"{\\\"key\\\": \\\"3zJU\\\\\\/t7DX6g=\\\"}\"}"}"#).contains("t7DX6g") == false)
        // Text holding no escape, and escapes of other text, are left as they are.
        #expect(sweep.redacting("100% sure, a+b") == "100% sure, a+b")
        #expect(sweep.redacting("Zk9v%2FYmFy") == "Zk9v%2FYmFy")
    }

    /// Linear in the text however many times it spells the credential: each place found is merged with those it
    /// overlaps in one pass, not compared with every other (a megabyte of escaped keys).
    @Test func aTextSpellingTheCredentialManyTimesIsSweptInLinearTime() {
        let one = "Zk9v%2FYmFy+cXV4%3D%3D&"
        let text = String(repeating: one, count: (1 << 20) / one.utf8.count)
        let clock = ThreadCPUClock(), start = clock.now
        let swept = SecretSweep(values: [Self.key, "YmFy+cXV4=="]).redacting(text)
        #expect(clock.now - start < .seconds(20))
        #expect(swept == String(repeating: "<redacted>&", count: (1 << 20) / one.utf8.count))
    }
}

extension EquivalentCredentialTests {
    /// The sweep the CLI, validators and receivers print through matched a credential's bytes only: upper- or
    /// lower-cased (a gateway's echo, a log's) it printed whole (an attack).
    @Test func aCredentialInAnotherCaseIsSwept() {
        let sweep = SecretSweep(values: ["Sk_Live-SECRET42"])
        #expect(sweep.redacting("key sk_live-secret42, KEY SK_LIVE-SECRET42") == "key <redacted>, KEY <redacted>")
        #expect(sweep.redactingValue("sk_live-secret42") == "<redacted>")
    }
}
