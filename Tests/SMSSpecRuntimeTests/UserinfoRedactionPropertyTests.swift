import Foundation
import SMSSpecVocabulary
import Testing

/// A URL's password never prints, however carelessly it is written (a configuration or a log line holding one with a
/// space, a tab, a quote, `/` or `@` in it unencoded), and text without a URL prints as it is.
@Suite struct UserinfoRedactionPropertyTests {
    /// Printable ASCII (space, `@`, `:`, `/`, `%`, quotes and backslash among them), a tab, and a few beyond ASCII.
    static let passwordCharacters = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) } + ["\t", "é", "€", "😀"]

    /// `http://user:pa ss@host/x` showed `http://user:pa ss@host/x`: the authority ended at the space, before any `@`.
    @Test func aPasswordWithASpaceTabOrQuoteDoesNotPrint() {
        for password in ["pa ss", "pa\tss", "pa\"ss", "pa'ss", "pa ss@w rd", "p/ss", "p?s#s", "p@ss/w d", " x", "12/x", "a:b c"] {
            #expect(DisplayText.redactingUserinfo("http://user:\(password)@host/x") == "http://<redacted>@host/x", "\(password)")
        }
        // Another URL after a space (or after a quote or bracket there) ends the first one's.
        #expect(DisplayText.redactingUserinfo("see http://u:pw@host/x, then <ftp://tok:t k@h2/>") == "see http://<redacted>@host/x, then <ftp://<redacted>@h2/>")
    }

    /// What could be mistaken for user information: an email address in a sentence after a URL whose authority is a
    /// bare host, `a:b@c` in prose, a `mailto:`, a path's `@`. A URL with a password or a port (a `:` before any
    /// `@`) reads on to the last `@` of its line: more than the password is hidden, never less.
    @Test func proseAroundAURLStaysUnlessTheURLMayHoldAPassword() {
        for text in ["http://example.com and mail ops@example.com", "a:b@c in prose, user:pass@host", "mailto:a@b", "https://host/u/bob@x.org"] {
            #expect(DisplayText.redactingUserinfo(text) == text)
        }
        #expect(DisplayText.redactingUserinfo("http://tok@h:8080/u/bob@x.org") == "http://<redacted>@h:8080/u/bob@x.org")
        #expect(DisplayText.redactingUserinfo("http://h:8080/x, mail ops@example.com") == "http://<redacted>@example.com")
        #expect(DisplayText.redactingUserinfo("http://u:p@h/x\nmail ops@example.com") == "http://<redacted>@h/x\nmail ops@example.com")
    }

    @Test func noGeneratedPasswordPrints() throws {
        var random = SplitMix64(seed: 2028)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        for _ in 0..<3000 {
            let length = Int.random(in: 1...16, using: &random)
            let password = String((0..<length).map { _ in Self.passwordCharacters.randomElement(using: &random)! })
            let url = "http://user:\(password)@hooks.example/dlr?x=1"
            let json = try #require(String(data: encoder.encode(["url": url]), encoding: .utf8))
            #expect(DisplayText.redactingUserinfo(url) == "http://<redacted>@hooks.example/dlr?x=1", "\(password)")
            #expect(DisplayText.redactingUserinfo("POST \(url) failed: 502") == "POST http://<redacted>@hooks.example/dlr?x=1 failed: 502", "\(password)")
            #expect(DisplayText.redactingUserinfo(json) == #"{"url":"http://<redacted>@hooks.example/dlr?x=1"}"#, "\(password)")
        }
    }

    /// Text made of the pieces the reader looks at — schemes, separators written out, escaped or encoded, quotes, ends
    /// of line — in any order, ending anywhere: no trap (a look past the end trapped once), and a `pw` standing as a
    /// written-out URL's password never shows.
    @Test func anyArrangementOfSeparatorsReadsWithoutTrapping() {
        var random = SplitMix64(seed: 2030)
        let pieces = ["http", "https", "ws", "ftp", "x", ":", "//", "/", "\\", "\\/", "@", " ", "\t", "\n", "%", "25", "3A", "2F", "40", "\"", "<", "u",
                      "x@https:", "http://x@", ","]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let url = text + "https://u:pw@h/" + text
            #expect(!DisplayText.redactingUserinfo(url).contains(":pw@"), "\(url)")
            _ = DisplayText.redactingUserinfo(text)
        }
    }

    @Test func textWithoutAURLIsLeftAlone() {
        var random = SplitMix64(seed: 2029)
        let words = ["ops@example.com", "a:b@c", "user:pass@host", "100%", "%40", "x/y", "mailto:a@b", "//", ":", "@", "\"q\"", "\t", "é"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                random.next() % 2 == 0 ? words.randomElement(using: &random)! : String(Self.passwordCharacters.randomElement(using: &random)!)
            }.joined(separator: random.next() % 2 == 0 ? " " : "")
            // Two slashes or backslashes, or their escapes, where a URL may start are a scheme-relative URL's (`//u:p@h`),
            // whose user information is redacted.
            let startsURL = text.indices.contains { index in
                let rest = text[index...].replacingOccurrences(of: "%2F", with: "/").replacingOccurrences(of: "%5C", with: "\\")
                return (rest.hasPrefix("//") || rest.hasPrefix("\\\\") || rest.hasPrefix("/\\") || rest.hasPrefix("\\/"))
                    && (index == text.startIndex || " \t\n\r\"'`<([{=,".contains(text[text.index(before: index)]))
            }
            guard !text.contains("://"), !startsURL else { continue }
            #expect(DisplayText.redactingUserinfo(text) == text, "\(text)")
        }
    }
}
