import Foundation
@testable import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// A credential as documents write it in text — a header line (`X-TM-Key: …`, `Authorization: Bearer …`, a
/// `curl -H '…'`) or a URL's query pair (`?api_key=…`) — was kept: in an example's `verbatim` text and payload strings
/// (the catalog), and in prose and a source's URL (code, Docs, registry.json).
@Suite struct HeaderAndQueryRedactionTests {
    static let redaction = ExampleRedaction(secretNames: ["X-Key", "api_key"], scheme: "AccessKey")

    static func headersRedacted(_ text: String) -> (text: String, fields: [String]) {
        var found = Found(names: redaction.credentials.lowercased)
        let redacted = redaction.redactingHeaderLines(text, into: &found)
        return (redacted, found.fields)
    }

    @Test func aHeaderLinesValueIsRedactedToTheEndOfItsLineOrQuote() {
        let cases = [
            ("X-Key: SEK1\nHost: api.example", "X-Key: <redacted>\nHost: api.example"),
            ("x-key  :\tSEK2 \r\n", "x-key  :\t<redacted> \r\n"),
            ("curl -H 'X-KEY: SEK3' -d '{}'", "curl -H 'X-KEY: <redacted>' -d '{}'"),
            (#"curl -H "api_key: SEK4" https://x"#, #"curl -H "api_key: <redacted>" https://x"#),
            (#"{"cmd": "curl -H \"X-Key: SEK5\" https://x", "to": "KEEP"}"#, #"{"cmd": "curl -H \"X-Key: <redacted>\" https://x", "to": "KEEP"}"#),
            (#"{"data": "X-Key: SEK6\nnext", "to": "KEEP"}"#, #"{"data": "X-Key: <redacted>\nnext", "to": "KEEP"}"#),
            (#"{"data": "X-Key: SEK\\7"}"#, #"{"data": "X-Key: <redacted>"}"#),
            ("Authorization: Basic dXNlcjpTRUs4", "Authorization: Basic <redacted>"),
            ("authorization: bearer SEK9", "authorization: bearer <redacted>"),
            ("Authorization: Token SEK10", "Authorization: Token <redacted>"),
            ("AUTHORIZATION: AccessKey SEK11", "AUTHORIZATION: AccessKey <redacted>"),
            ("Authorization: Digest SEK12 more", "Authorization: <redacted>"),
        ]
        for (text, expected) in cases {
            let (redacted, fields) = Self.headersRedacted(text)
            #expect(redacted == expected && fields.count == 1, "\(text) → \(redacted) \(fields)")
        }
        let kept = ["Host: api.example", "My-X-Key: KEEP", "X-Key:", "https://api.example/x", "X-Key: <redacted>", "X-Keys: KEEP", #""X-Key": "KEEP""#]
        for text in kept { #expect(Self.headersRedacted(text).text == text, "\(text)") }
    }

    @Test func aCredentialsQueryPairIsRedactedInProse() {
        let cases = [
            ("Doc (try https://api.example/send?api_key=SEK1&to=1)", "Doc (try https://api.example/send?api_key=<redacted>&to=1)"),
            ("See https://x.example/docs?API_KEY=SEK2.", "See https://x.example/docs?API_KEY=<redacted>."),
            ("GET /send?to=1&data[api_key]=SEK3 HTTP/1.1", "GET /send?to=1&data[api_key]=<redacted> HTTP/1.1"),
            ("Send api%5Fkey=SEK4;x-key=SEK5, then", "Send api%5Fkey=<redacted>;x-key=<redacted>, then"),
            ("`https://x/?next=https://y/?api_key=SEK6`", "`https://x/?next=https://y/?api_key=<redacted>`"),
            (#"{"url": "https://x/?api_key=SEK7"}"#, #"{"url": "https://x/?api_key=<redacted>"}"#),
        ]
        for (text, expected) in cases {
            var found = Found(names: Self.redaction.credentials.lowercased)
            let redacted = Self.redaction.redactingQueryPairs(text, into: &found)
            #expect(redacted == expected && !found.fields.isEmpty, "\(text) → \(redacted)")
        }
        // A name is the credential's in any case, with or without `_`, `-` and `.` (`apikey`, `API-KEY`), as the runtime
        // reads a URL's pairs and a JSON body's members; another name is not.
        for text in ["apikey=SEK8&to=1", "API-KEY=SEK9"] {
            var found = Found(names: Self.redaction.credentials.lowercased)
            #expect(!Self.redaction.redactingQueryPairs(text, into: &found).contains("SEK"), "\(text)")
        }
        for text in ["apikeys=KEEP&to=1", "pass api_key= or api_key=<redacted>", "to=1&key=KEEP", "a = b"] {
            var found = Found(names: Self.redaction.credentials.lowercased)
            #expect(Self.redaction.redactingQueryPairs(text, into: &found) == text && found.fields.isEmpty, "\(text)")
        }
    }

    /// Random documents of header lines — plain, in a `curl -H` quoted either way, inside JSON strings (escaped) —
    /// among other lines: no credential is left, every other line is, and JSON stays the same JSON but the values.
    @Test func randomHeaderLinesLeaveNoCredentialAndKeepJSON() throws {
        var random = SeededRandom(seed: 0x4EAD)
        for round in 0..<500 {
            var secrets: [String] = []
            func header() -> String {
                let secret = "SEK" + String((0..<random.count(2...12)).map { _ in random.pick(Array("aZ09+/=-_.~")) })
                secrets.append(secret)
                let name = String(random.pick(["X-Key", "api_key", "Authorization"]).map { random.chance(50) ? Character($0.uppercased()) : Character($0.lowercased()) })
                let scheme = name.lowercased() == "authorization" || random.chance(20) ? random.pick(["", "Basic ", "bearer ", "TOKEN ", "AccessKey "]) : ""
                return name + random.pick(["", " ", "  "]) + ":" + random.pick(["", " ", "\t"]) + scheme + secret
            }
            let kept = ["Host: api.example", "POST /send HTTP/1.1", "to: KEEP", "{\"to\":\"KEEP\"}", ""]
            let lines = (0..<random.count(1...5)).map { _ in
                switch random.count(0...4) {
                case 0: header()
                case 1: "curl -H '\(header())' https://api.example"
                case 2: "curl -H \"\(header())\" -d '{}'"
                case 3: "{\"h\": \(try! Self.jsonString(header())), \"cmd\": \(try! Self.jsonString("curl -H \"\(header())\" x")), \"to\": \"KEEP\"}"
                default: random.pick(kept)
                }
            }
            let text = lines.joined(separator: random.pick(["\n", "\r\n"]))
            let (redacted, _) = Self.headersRedacted(text)
            for secret in secrets { #expect(!redacted.contains(secret), "round \(round): \(text) → \(redacted)") }
            for line in lines where kept.contains(line) && !line.isEmpty { #expect(redacted.contains(line), "round \(round)") }
            for line in lines where line.hasPrefix("{") {
                let shown = Self.headersRedacted(line).text
                let original = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
                let parsed = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: String], "round \(round): \(shown)")
                #expect(parsed.keys.sorted() == original.keys.sorted() && parsed["to"] == original["to"], "round \(round): \(shown)")
            }
        }
    }

    static func jsonString(_ text: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try encoder.encode(text), as: UTF8.self)
    }
}
