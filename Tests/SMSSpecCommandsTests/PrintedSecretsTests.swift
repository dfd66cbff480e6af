import Foundation
@testable import SMSSpecCommands
import SMSSpecVocabulary
import Testing

/// What `smsspec decode` and `validate` sweep from their output: every spelling of a message's credentials, and a
/// credential's beginning a cut quote kept (`…`), in time linear in the output.
@Suite(.timeLimit(.minutes(10))) struct PrintedSecretsTests {
    static let secrets = PrintedSecrets(payload: Data(#"{"apiKey": "Sup3rSecretKEY", "user": "shop"}"#.utf8), fields: ["apiKey"], charset: .utf8)

    @Test func aCutQuoteKeepsNoBeginningOfACredential() {
        #expect(Self.secrets.redacting(#"url "https://x/cb?k=Sup3rSe…" (90 characters), key Sup3rSecretKEY, Sup…"#)
            == #"url "https://x/cb?k=<redacted>…" (90 characters), key <redacted>, Sup…"#)
        #expect(Self.secrets.redacting("Sup3rSe…Sup3rSec…x…") == "<redacted>…<redacted>…x…")
    }

    /// A long credential of one letter repeated, against a long text of that letter: a search that starts again
    /// after each partial match compares them a million times over.
    @Test func aLongRepetitiveCredentialIsFoundInLinearTime() {
        let secret = String(repeating: "A", count: 100_000) + "B"
        let secrets = PrintedSecrets(payload: Data("{\"apiKey\": \"\(secret)\"}".utf8), fields: ["apiKey"], charset: .utf8)
        let text = String(repeating: "A", count: 2_000_000) + secret
        var swept = ""
        let elapsed = ThreadCPUClock().measure { swept = secrets.redacting(text) }
        #expect(elapsed < .seconds(10), "\(elapsed)")
        #expect(swept.hasSuffix("A<redacted>") && !swept.contains("B"))
    }

    /// The values swept are capped (16): short ones, which are not swept, took the places first.
    @Test func shortValuesTakeNoPlaceOfACredential() {
        let fields = (0..<20).map { "f\($0)" }
        var object = Dictionary(uniqueKeysWithValues: fields.map { ($0, "a\($0)") })
        object["key"] = "zz-Sup3rSecretKEY"
        let payload = try! JSONSerialization.data(withJSONObject: object)
        let secrets = PrintedSecrets(payload: payload, fields: Set(fields + ["key"]), charset: .utf8)
        #expect(secrets.redacting("k=zz-Sup3rSecretKEY") == "k=<redacted>")
    }

    /// Each `…` counted every character before it, for each spelling of each credential: a payload of 20,000 `…`
    /// took 42 s to print (quadratic; hours at the 4 MiB limit).
    @Test func manyCutMarksAreSweptInLinearTime() {
        let clock = ThreadCPUClock()
        for text in [String(repeating: "…", count: 400_000), String(repeating: "Sup3rSe…", count: 100_000)] {
            var swept = ""
            let elapsed = clock.measure { swept = Self.secrets.redacting(text) }
            // Quadratic, 400,000 marks took hours; linear, well under a second alone. The bound leaves room for a
            // suite that shares two cores with other builds (10 s was once missed by 0.05 s so).
            #expect(elapsed < .seconds(60), "\(elapsed)")
            #expect(!swept.contains("Sup3rSe"))
        }
    }
}

extension PrintedSecretsTests {
    /// A credential that a member's name holds (`pass` in `password`) printed the name as `"<redacted>word"`: names are
    /// the spec's and stay; every value, and a string cut off unterminated, is swept.
    @Test func aMembersNameIsNeverSwept() {
        let secrets = PrintedSecrets(payload: Data(#"{"username": "user", "password": "pass"}"#.utf8), fields: ["username", "password"], charset: .utf8)
        #expect(secrets.redacting(json: #"{"password" : "pass", "username":"user", "note": "user pass", "list": ["pass"]}"#)
            == #"{"password" : "<redacted>", "username":"<redacted>", "note": "<redacted> <redacted>", "list": ["<redacted>"]}"#)
        #expect(secrets.redacting(json: #"{"note": "my pass"#) == #"{"note": "my <redacted>"#)
    }
}
