import Foundation
@testable import SMSSpecClient
import SMSSpecRuntime
import Testing

/// Messages quote a long value cut after 64 characters (`DisplayText.quotedExcerpt`); a credential the cut goes
/// through must not show its beginning: the client redacts what stands before the cut when it begins a spelling.
@Suite struct ExcerptRedactionTests {
    @Test func aSecretCutByAnExcerptIsRedactedToo() {
        var redactor = SecretRedactor()
        redactor.add("3zJU/t7DX6g=never-printed")
        for offset in [50, 60, 63, 64] {
            let value = String(repeating: "a", count: offset) + "3zJU/t7DX6g=never-printed" + String(repeating: "b", count: 100)
            let message = redactor.redact(message: "at `status`: \(DisplayText.quotedExcerpt(value)) is not an integer.")
            #expect(!message.contains("3zJU") && !message.contains("never"), "\(message)")
            if offset < 64 { #expect(message.contains("<redacted>…\""), "\(message)") }
        }
        // Whole spellings are redacted as before; text that is no secret's beginning stays.
        #expect(redactor.redact(message: "key 3zJU/t7DX6g=never-printed, and \"abc…\"") == "key <redacted>, and \"abc…\"")
    }

    /// A gateway's own cut, with no `…` (an attack: a token, a password and a Basic header's base64 echoed short):
    /// three quarters of a spelling or more is hidden; a shorter beginning, and a secret's end, are no secret's.
    @Test func aSecretTheGatewayCutIsRedactedFromThreeQuartersOn() {
        var redactor = SecretRedactor()
        redactor.add("TOKSECRET-1-qwertyuiop")
        redactor.add(Data("user:LOGINPASSWORD-SECRET".utf8).base64EncodedString())
        #expect(redactor.redact(message: #"bad token — "TOKSECRET-1-qwertyuio""#) == #"bad token — "<redacted>""#)
        #expect(redactor.redact(message: #"bad token — "TOKSECRET-1-qwert""#) == #"bad token — "<redacted>""#)
        #expect(redactor.redact(message: "bad header Basic dXNlcjpMT0dJTlBBU1NXT1JELVNFQ1JF") == "bad header Basic <redacted>")
        #expect(redactor.redact(message: #"bad token — "TOKSECRET-1""#) == #"bad token — "TOKSECRET-1""#)
        // In linear time: an answer of the beginning's first bytes over and over.
        let hostile = Data(String(repeating: "TOKSECRET-1-", count: 20_000).utf8)
        let elapsed = ContinuousClock().measure { #expect(redactor.redact(hostile) == hostile) }
        #expect(elapsed < .seconds(10), "\(elapsed)")
        var accented = SecretRedactor()
        accented.add("pässwörd-sécret")
        #expect(accented.redact(message: "wrong pässwörd-sé") == "wrong <redacted>")
        #expect(SecretRedactor.echoedBeginning(of: Array("pässwörd-sécret".utf8)).map { String(validating: $0, as: UTF8.self) != nil } == true)
    }

    /// A key the path carries (Kavenegar's `/v1/{apikey}/…`) is escaped as a path segment writes it, `+` and `=` kept
    /// and `/` as `%2F`: a transport error quoting the URL showed it whole, as no other spelling matched.
    @Test func aSecretSpelledAsAPathSegmentIsRedacted() {
        var redactor = SecretRedactor()
        redactor.add("A+b/C=dEFGH1234567890xyZ==")
        let message = "NSErrorFailingURLKey=https://api.kavenegar.com/v1/A+b%2FC=dEFGH1234567890xyZ==/sms/send.json"
        #expect(redactor.redact(message: message) == "NSErrorFailingURLKey=https://api.kavenegar.com/v1/<redacted>/sms/send.json")
    }

    /// A short credential (a login `me`) was replaced inside every word holding it: `mes=hi` printed `<redacted>s=hi`,
    /// and `message` `<redacted>ssage`. A spelling under eight bytes is replaced where it stands apart from letters
    /// and digits; a longer one wherever it is.
    @Test func aShortSecretIsRedactedWhereItStandsNotInsideWords() {
        var redactor = SecretRedactor()
        redactor.add("me")
        redactor.add("k3y-long-secret")
        #expect(redactor.redact("to=1&mes=hi&user=me&message=me2") == "to=1&mes=hi&user=<redacted>&message=me2")
        #expect(redactor.redact(#"{"user":"me","note":"me, again: xk3y-long-secretx"}"#)
            == #"{"user":"<redacted>","note":"<redacted>, again: x<redacted>x"}"#)
    }

    /// A secret quoted in a message (its quote and escape written as `\"` and `\u{1B}`, as no JSON spelling writes
    /// them) is redacted whole whatever its first and last characters join: a combining mark first joins the opening
    /// quote, a prepended concatenation mark last the closing one.
    @Test func aQuotedSecretIsRedactedToItsFirstAndLastScalar() {
        for secret in ["\u{301}pa\"s\u{1B}s", "pa\"s\u{1B}s\u{0D4E}", "\u{301}p\\s\u{1B}\u{0D4E}"] {
            var redactor = SecretRedactor()
            redactor.add(secret)
            let message = redactor.redact(message: "value \(DisplayText.quoted(secret)) is wrong")
            #expect(message == "value \"<redacted>\" is wrong", "\(DisplayText.escaped(message))")
        }
    }
}

extension ExcerptRedactionTests {
    /// A gateway echoing a credential upper- or lower-cased, or encoded as base64 or hex, printed it whole through
    /// `ProviderError` (an attack): each is hidden; a short login stays hidden only apart from words, in any case.
    @Test func aSecretEchoedInAnotherCaseOrEncodingIsRedacted() {
        var redactor = SecretRedactor()
        redactor.add("TOK_LIVE-9F8E7D6C5B4A3210XYZ")
        redactor.add("SUP3R/SECR+T=ZEBRA~99")
        for echoed in [
            "tok_live-9f8e7d6c5b4a3210xyz", "Tok_Live-9F8E7D6C5B4A3210Xyz", "sup3r/secr+t=zebra~99",
            Data("TOK_LIVE-9F8E7D6C5B4A3210XYZ".utf8).base64EncodedString(), Data("SUP3R/SECR+T=ZEBRA~99".utf8).base64EncodedString(),
            "544f4b5f4c4956452d3946384537443643354234413332313058595a", "544F4B5F4C4956452D3946384537443643354234413332313058595A",
        ] {
            #expect(redactor.redact(message: "bad auth \(echoed) here") == "bad auth <redacted> here", "\(echoed)")
        }
        var short = SecretRedactor()
        short.add("me")
        #expect(short.redact(message: "ME and message") == "<redacted> and message")
    }
}
