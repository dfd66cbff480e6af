import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// Credentials never print, in the code we generate either: an example payload's secret values are not written in the
/// generated catalog (as a secret's `default` is refused), and what the catalog holds instead is said there.
@Suite struct ExampleRedactionTests {
    static let spec = """
        shapes:
          Send:
            fields:
              apikey: {type: string, secret: true}
              to: {type: string}
              login: {type: Login, required: false}
              history: {type: "[Login]", required: false}
          Login:
            fields:
              user: {type: string}
              pass word: {type: string, secret: true, name: password}
          Receipt:
            fields:
              token: {type: string, secret: true}
              status: {type: string}
        callbacks:
          Receipt: {shape: Receipt, encoding: form, source: {source: doc}}
        examples:
          - name: send
            message: Send
            source: {source: doc}
            payload: |
              {"apikey": "sk_live_FIRST", "to": "KEEP_TO",
               "login": {"user": "KEEP_USER", "pass word": "SECOND\\"quoted"},
               "history": [{"user": "u", "pass word": "THIRD"},
                 {"user": "v", "p\\u0061ss word": "FOURTH"}]}
          - name: receipt
            message: Receipt
            source: {source: doc}
            payload: "status=KEEP_STATUS&token=FIFTH%2Bsecret"

        """

    @Test func noSecretValueOfAnExampleIsWrittenInTheGeneratedCatalog() throws {
        let catalog = try Snippet.swift(Self.spec, "catalog", options: CatalogOutputTests.all)
        for secret in ["sk_live_FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH"] {
            #expect(!catalog.contains(secret), "\(secret) is in the catalog:\n\(catalog)")
        }
        for kept in ["KEEP_TO", "KEEP_USER", "KEEP_STATUS", #""user": "u""#] { #expect(catalog.contains(kept), "\(kept)") }
        Snippet.expect(catalog, contains: """
            // Redacted: `apikey`, `pass word` are credentials; the value here is <redacted>, not the document's.
            payload: #\"\"\"
                {"apikey": "<redacted>", "to": "KEEP_TO",
                 "login": {"user": "KEEP_USER", "pass word": "<redacted>"},
                 "history": [{"user": "u", "pass word": "<redacted>"},
                   {"user": "v", "p\\u0061ss word": "<redacted>"}]}
            """)
        Snippet.expect(catalog, contains: """
            // Redacted: `token` is a credential; the value here is <redacted>, not the document's.
            payload: "status=KEEP_STATUS&token=%3Credacted%3E"),
            """)
    }

    /// The redaction against JSONSerialization on random documents: the redacted text parses to the same value with
    /// every string member named like a secret replaced, and a header line's credential in any string, whatever the
    /// nesting, escapes and spacing.
    @Test func redactingJSONChangesExactlyTheSecretStringValues() throws {
        let redaction = ExampleRedaction(secretNames: ["apikey", "pass word", "ключ"])
        let names = ["apikey", "pass word", "ключ", "to", "user", "api", "apikeys"]
        var random = SeededRandom(seed: 12)
        for round in 0..<400 {
            let text = Self.json(depth: 0, names: names, random: &random)
            let (redacted, fields) = redaction.redact(text, format: .json)
            let original = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            let parsed = try JSONSerialization.jsonObject(with: Data(redacted.utf8), options: .fragmentsAllowed)
            let expected = Self.redacted(original, names: redaction.secretNames)
            #expect(try Self.canonical(parsed) == Self.canonical(expected), "round \(round): \(text) → \(redacted)")
            #expect(Set(fields).isSubset(of: redaction.secretNames.union(["Authorization"])) && fields.isEmpty == (redacted == text), "round \(round): \(text)")
        }
    }

    @Test func aPayloadThatDoesNotParseIsRedactedAsFarAsItReadsWithoutTrapping() {
        let redaction = ExampleRedaction(secretNames: ["apikey"])
        let cases = [
            (#"{"apikey": "open"#, #"{"apikey": "<redacted>""#), (#"{"apikey": "a\"#, #"{"apikey": "<redacted>""#),
            (#"{"apikey""#, #"{"apikey""#), ("}}]]", "}}]]"), (#"["apikey", "x"]"#, #"["apikey", "x"]"#),
            (#"{"apikey": {"apikey": "x"}"#, #"{"apikey": {"apikey": "<redacted>"}"#), ("", ""),
        ]
        for (text, expected) in cases { #expect(redaction.redact(text, format: .json).text == expected, "\(text)") }
        #expect(redaction.redact("apikey=a%26b&apikey&x=apikey", format: .form).text == "apikey=%3Credacted%3E&apikey&x=apikey")
        #expect(redaction.redact("api%6Bey=secret\n", format: .query).text == "api%6Bey=%3Credacted%3E\n")
    }

    /// A form value holding JSON text (SUBMAIL's `multi`, Mandrill's `mandrill_events`): its credential members are
    /// redacted, written back form-encoded (an attack: a `secret` inside reached the generated catalog); a value that
    /// holds none is kept as written, and a value that is no JSON is left alone.
    @Test func aFormValueOfJSONTextIsRedactedInside() {
        let redaction = ExampleRedaction(secretNames: ["pin"])
        let multi = #"[{"to":"1","pin":"PIN-EX-777777"}]"#.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(redaction.redact("a=b&multi=\(multi)", format: .form).text == "a=b&multi=%5B%7B%22to%22%3A%221%22%2C%22pin%22%3A%22%3Credacted%3E%22%7D%5D")
        // Written raw in a broken document's text, a member name escaped.
        #expect(redaction.redact(#"events=[{"p\u0069n":"PIN-EX-555555"}"#, format: .form).text == "events=%5B%7B%22p%5Cu0069n%22%3A%22%3Credacted%3E%22%7D")
        #expect(redaction.redact("multi=%5B%7B%22to%22%3A%221%22%7D%5D&x=%7Bnope", format: .form).text == "multi=%5B%7B%22to%22%3A%221%22%7D%5D&x=%7Bnope")
    }

    /// A document's broken text (`verbatim`) and values that hold other payloads: single quotes, bare names, a number,
    /// JSON inside a string, a query in a URL, `;`-separated pairs, a name in another case. Each still names the field.
    @Test func credentialsInBrokenTextAndNestedPayloadsAreRedacted() {
        let redaction = ExampleRedaction(secretNames: ["apikey"])
        let cases: [(String, EncodingKind)] = [
            ("{'apikey': 'SEKRIT1', 'to': 'x'}", .json), (#"{apikey: "SEKRIT2", to: "x"}"#, .json),
            (#"{"apikey": 12345678, "to": "x"}"#, .json), (#"{"apikey": SEKRIT3 }"#, .json),
            (#"{"data": "{\"apikey\":\"SEKRIT4\"}", "to": "x"}"#, .json),
            (#"{"callback": "https://me.example/dlr?to=x&apikey=SEKRIT5"}"#, .json),
            ("to=x;apikey=SEKRIT6", .form), ("to=x&APIKEY=SEKRIT7", .query), (#"{"ApiKey": "SEKRIT8"}"#, .json),
            (#"{"to" => "x", "apikey" => "SEKRIT9"}"#, .json),
        ]
        for (text, format) in cases {
            let (redacted, fields) = redaction.redact(text, format: format)
            #expect(!redacted.contains("SEKRIT") && !redacted.contains("12345678") && fields == ["apikey"], "\(text) → \(redacted)")
        }
        let kept = [#"{"apikey": null, "to": "x"}"#, #"{"note": "a=b", "to": "apikey"}"#]
        for text in kept { #expect(redaction.redact(text, format: .json).text == text) }
    }

    /// A secret's value that is a list or an object holds credentials too (a list of keys, `{"id": …, "secret": …}`):
    /// every string and number in it, at any depth, is redacted; names, `null`, `true` and `false` are kept.
    @Test func everyScalarOfASecretsListOrObjectIsRedacted() {
        let redaction = ExampleRedaction(secretNames: ["apikey"])
        let cases = [
            (#"{"apikey": ["SEKRIT1", 12345678], "to": ["x"]}"#, #"{"apikey": ["<redacted>", "<redacted>"], "to": ["x"]}"#),
            (#"{"apikey": {"id": "SEKRIT2", "n": [SEKRIT3, null, {"k": true}]}, "to": "x"}"#,
             #"{"apikey": {"id": "<redacted>", "n": ["<redacted>", null, {"k": true}]}, "to": "x"}"#),
            (#"[{"apikey": [["SEKRIT4"]]}, "x"]"#, #"[{"apikey": [["<redacted>"]]}, "x"]"#),
        ]
        for (text, expected) in cases {
            let (redacted, fields) = redaction.redact(text, format: .json)
            #expect(redacted == expected && fields.allSatisfy { $0 == "apikey" } && !fields.isEmpty, "\(text) → \(redacted)")
        }
    }

    /// A URL's password in an example, in a field no spec marks secret (a callback URL), in the `verbatim` text, a
    /// correction or the source's section, is written in the catalog redacted, as prose is, and the catalog says so.
    @Test func aURLsPasswordInAnExampleIsNotWrittenInTheCatalog() throws {
        let yaml = """
            shapes:
              Send:
                fields:
                  to: string
                  callback: {type: string, required: false}
            examples:
              - name: send
                message: Send
                source: {source: doc, section: 'Hooks, https://bob:pa55word1@hooks.example/dlr'}
                payload: '{"to": "KEEP", "callback": "https://bob:pa55word2@hooks.example/dlr"}'
                verbatim: '{"to": "KEEP", callback: https%3A%2F%2Fbob%3Apa55word3%40hooks.example}'
                corrections: ['The callback https://bob:pa55word4@hooks.example/dlr was not quoted.']
              - {name: form, message: Send, format: form, source: {source: doc}, payload: 'to=KEEP&callback=https%3A%2F%2Fbob%3Apa55word5%40hooks.example'}

            """
        let catalog = try Snippet.swift(yaml, "catalog", options: CatalogOutputTests.all)
        #expect(!catalog.contains("pa55word"), "\(catalog)")
        Snippet.expect(catalog, contains: """
            name: "send", message: "Send", format: .json,
            source: "doc", section: "Hooks, https://<redacted>@hooks.example/dlr",
            // Corrected: The callback https://<redacted>@hooks.example/dlr was not quoted.
            // Redacted: a URL's user information is <redacted>, not the document's.
            payload: "{\\"to\\": \\"KEEP\\", \\"callback\\": \\"https://<redacted>@hooks.example/dlr\\"}",
            verbatim: "{\\"to\\": \\"KEEP\\", callback: https%3A%2F%2F<redacted>%40hooks.example}"),
            """)
        #expect(catalog.contains(#"payload: "to=KEEP&callback=https%3A%2F%2F<redacted>%40hooks.example"),"#), "\(catalog)")
    }

    /// Semaphore's `apikey` (an auth field) is a list of messages in its field errors: an example listing keys there
    /// kept them in the generated catalog.
    @Test func semaphoresListedKeyIsNotWrittenInTheCatalog() throws {
        let path = ThirdPartySpecs.folder + "/semaphore.yaml"
        let original = #"payload: '{"number":["The number format is invalid."],"#
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(original))
        let spec = text.replacingOccurrences(of: original, with: #"payload: '{"apikey":["sk_live_LISTED", "sk_live_OTHER"],"number":["The number format is invalid."],"#)
        let files = try Generator.swiftSources(for: [SpecInput(path: "semaphore.yaml", contents: spec)], options: CatalogOutputTests.all)
        let catalog = try #require(files.first { $0.name == "semaphore.catalog.swift" }).contents
        #expect(!catalog.contains("sk_live_"), "\(catalog)")
        #expect(catalog.contains(#"{"apikey":["<redacted>", "<redacted>"],"number":["The number format is invalid."]"#), "\(catalog)")
    }

    /// A value redacted once is redacted wherever else the example writes it: a `verbatim` text broken past reading
    /// (XML here), or a correction quoting it, keeps the document's credential otherwise.
    @Test func aCredentialFoundOnceIsRedactedEverywhereInTheExample() throws {
        let spec = Self.spec.replacingOccurrences(of: #"payload: "status=KEEP_STATUS&token=FIFTH%2Bsecret""#, with: """
            payload: "status=KEEP_STATUS&token=SIXTH_SECRET"
                verbatim: "<status>KEEP</status><token>SIXTH_SECRET</token>"
                corrections: ["The document writes XML: <token>SIXTH_SECRET</token>."]
            """)
        let catalog = try Snippet.swift(spec, "catalog", options: CatalogOutputTests.all)
        #expect(!catalog.contains("SIXTH_SECRET") && catalog.contains("<status>KEEP</status>"), "\(catalog)")
        #expect(catalog.contains("// Corrected: The document writes XML: <token><redacted></token>."), "\(catalog)")
    }

    /// A credential an example repeats in a URL, spelt as an encoder writes it (an attack): with lowercase escapes
    /// (.NET), as Python's `quote()`, as swift-corelibs' `URLComponents` (`/` and `+` kept, `=` encoded), partly
    /// encoded, JSON-escaped in another member and inside a JSON string held in a string. Only the raw value and one
    /// upper-case encoding were found; the others were written in the committed catalog.
    @Test func aCredentialIsRedactedHoweverAnEncoderSpellsIt() throws {
        let spellings = [
            "Zk9v%2fYmFy%2bcXV4%3d%3d", "Zk9v/YmFy%2BcXV4%3D%3D", "Zk9v/YmFy+cXV4%3D%3D", "Zk9v/YmFy%2BcXV4==", #"Zk9v\/YmFy\u002bcXV4=="#,
        ]
        let payload = #"{"apikey": "Zk9v/YmFy+cXV4==", "to": "KEEP_TO", "login": {"user": "https://me.example/dlr?key=\#(spellings.joined(separator: "&k="))"}}"#
        let spec = Self.spec.replacingOccurrences(of: """
              {"apikey": "sk_live_FIRST", "to": "KEEP_TO",
               "login": {"user": "KEEP_USER", "pass word": "SECOND\\"quoted"},
               "history": [{"user": "u", "pass word": "THIRD"},
                 {"user": "v", "p\\u0061ss word": "FOURTH"}]}
        """, with: "      " + payload + "\n")
        let catalog = try Snippet.swift(spec, "catalog", options: CatalogOutputTests.all)
        #expect(!catalog.contains("Zk9v") && catalog.contains("KEEP_TO"), "\(catalog)")
        #expect(catalog.contains("dlr?key=<redacted>&k=<redacted>&k=<redacted>&k=<redacted>&k=<redacted>"), "\(catalog)")
    }

    /// A key sent in a header (`auth: {type: header}`) that the documents also show in a payload (a query string,
    /// a body member) is a credential there too.
    @Test func theAuthHeadersKeyIsRedactedInAPayload() throws {
        let yaml = """
            shapes:
              Send:
                fields:
                  to: string
            examples:
              - {name: send, message: Send, format: query, source: {source: doc}, payload: "to=KEEP&X-Api-Key=SEKRIT1"}
              - {name: json, message: Send, source: {source: doc}, payload: '{"to": "KEEP", "x-api-key": "SEKRIT2"}'}

            """
        let header = Snippet.header(providerKeys: "  auth: {type: header, name: X-API-KEY}\n")
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: header + yaml)], options: CatalogOutputTests.all)
        let catalog = try #require(files.first { $0.name == "acme.catalog.swift" }).contents
        #expect(!catalog.contains("SEKRIT") && catalog.contains("KEEP"), "\(catalog)")
        #expect(catalog.contains("// Redacted: `X-API-KEY` is a credential"), "\(catalog)")
    }

    /// A credential written again inside another field — a callback URL's query, percent-encoded in JSON — and a
    /// member named as a credential inside a bracketed form name (`data[x-key]`, `x-key[]`) were kept in the catalog.
    @Test func aCredentialInAURLOrABracketedNameIsRedacted() throws {
        let yaml = """
            shapes:
              Send:
                fields:
                  apikey: {type: string, secret: true}
                  to: string
                  callback: {type: string, required: false}
                  meta: {type: json, required: false}
            examples:
              - {name: query, message: Send, format: query, source: {source: doc}, payload: "apikey=K3Y-SECRET&to=KEEP&callback=https://me.example/dlr?apikey=K3Y-SECRET"}
              - {name: encoded, message: Send, source: {source: doc}, payload: '{"apikey": "K3Y/SECRET", "to": "KEEP", "callback": "https%3A%2F%2Fme.example%3Fk%3DK3Y%2FSECRET"}'}
              - {name: brackets, message: Send, source: {source: doc}, payload: '{"apikey": "x", "to": "KEEP", "meta": {"data[x-key]": "SEKRIT-A", "x-key[]": "SEKRIT-B"}}'}

            """
        let header = Snippet.header(providerKeys: "  auth: {type: header, name: X-Key}\n")
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: header + yaml)], options: CatalogOutputTests.all)
        let catalog = try #require(files.first { $0.name == "acme.catalog.swift" }).contents
        #expect(!catalog.contains("SECRET") && !catalog.contains("SEKRIT") && catalog.contains("KEEP"), "\(catalog)")
        #expect(catalog.contains("callback=https://me.example/dlr?apikey=%3Credacted%3E"), "\(catalog)")
        #expect(catalog.contains(##""data[x-key]": "<redacted>", "x-key[]": \#"##), "\(catalog)")
    }

    /// A credential written again as a JSON number (a numeric password copied into `meta`) was kept: swept as one text
    /// it became a bare `<redacted>`, no JSON, so the sweep was dropped. It is swept token by token: a number holding
    /// it becomes the string `"<redacted>"`, a string has it replaced inside, and the payload stays JSON.
    @Test func aCredentialWrittenAgainAsANumberIsRedactedAndTheJSONStays() throws {
        let yaml = """
            shapes:
              Send:
                fields:
                  apikey: {type: string, secret: true}
                  to: string
                  meta: {type: json, required: false}
            examples:
              - {name: number, message: Send, source: {source: doc}, payload: '{"apikey": "20261204", "to": "KEEP", "meta": {"pin": 20261204, "note": "key 20261204 here", "n": 1}}'}

            """
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Snippet.header(providerKeys: "") + yaml)], options: CatalogOutputTests.all)
        let catalog = try #require(files.first { $0.name == "acme.catalog.swift" }).contents
        #expect(!catalog.contains("20261204") && catalog.contains("KEEP"), "\(catalog)")
        #expect(catalog.contains(#""meta": {"pin": "<redacted>", "note": "key <redacted> here","#), "\(catalog)")
    }

    /// A credential written as an HTTP header line — a `verbatim` request's, a `curl -H` in a payload's string or in
    /// JSON in `verbatim`, `Authorization` with a scheme — was written in the catalog as is, with no `// Redacted:`
    /// comment. Its value is `<redacted>` (the scheme kept), swept wherever else the example writes it, and the
    /// payload stays JSON.
    @Test func aCredentialInAHeaderLineIsNotWrittenInTheCatalog() throws {
        let yaml = """
            shapes:
              Send:
                fields:
                  to: string
                  extra: {type: json, required: false}
            examples:
              - name: strings
                message: Send
                source: {source: doc}
                payload: '{"to":"curl -H \\"X-TM-Key: SECRETKEY4\\" https://x","extra":{"data":"x-tm-key : SECRETKEY2","again":"SECRETKEY4"}}'
              - name: request
                message: Send
                source: {source: doc}
                payload: '{"to":"KEEP"}'
                verbatim: |
                  POST /send?to=1&X-TM-KEY=SECRETKEYQ HTTP/1.1
                  X-TM-Username: SECRETUSERV
                  Authorization: Basic dXNlcjpTRUNSRVRQQVNT

                  {"to":"KEEP", "note": "curl -H 'Authorization: AccessKey SECRETTOK1'", "n": "-H \\"X-TM-Key: SECRETKEYJ\\""}

            """
        let auth = "  auth: {type: headers, headers: [X-TM-Username, X-TM-Key]}\n"
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(
            for: [SpecInput(path: "acme.yaml", contents: Snippet.header(providerKeys: auth) + yaml)], options: CatalogOutputTests.all, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        let catalog = try #require(Generator.swiftSources(for: models, options: CatalogOutputTests.all).first { $0.name == "acme.catalog.swift" }).contents
        #expect(!catalog.contains("SECRET") && !catalog.contains("dXNlcjpTRUNSRVRQQVNT") && catalog.contains("KEEP"), "\(catalog)")
        let examples = try #require(models.first).examples
        let payload = try #require(examples.first).spec.payload
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any], "\(payload)")
        #expect(parsed["to"] as? String == #"curl -H "X-TM-Key: <redacted>" https://x"#)
        #expect(parsed["extra"] as? [String: String] == ["data": "x-tm-key : <redacted>", "again": "<redacted>"])
        #expect(examples.map { Set($0.redactedFields) } == [["X-TM-Key"], ["X-TM-Key", "X-TM-Username", "Authorization"]])
        #expect(catalog.contains("// Redacted: `X-TM-Key` is a credential; the value here is <redacted>, not the document's."), "\(catalog)")
        for line in [
            "POST /send?to=1&X-TM-KEY=<redacted> HTTP/1.1", "X-TM-Username: <redacted>", "Authorization: Basic <redacted>",
            #""note": "curl -H 'Authorization: <redacted>'""#, #""n": "-H \"X-TM-Key: <redacted>\"""#,
        ] {
            #expect(examples.last?.spec.verbatim?.contains(line) == true, "\(line)")
        }
    }

    /// The scanner is linear: a 4 MiB payload of nested strings and pairs is redacted in well under a second's work
    /// per MiB, and no character is cut.
    @Test func redactingAHugePayloadIsLinearAndCutsNoCharacter() {
        let redaction = ExampleRedaction(secretNames: ["apikey"])
        let member = #"{"apikey": "é🙂x", "d": "{\"apikey\": \"é🙂y\"}", "q": "a=b&apikey=é🙂z"},"#
        let text = "[" + String(repeating: member, count: 4 * 1_048_576 / member.utf8.count) + "{}]"
        let clock = ThreadCPUClock(), start = clock.now
        let (redacted, _) = redaction.redact(text, format: .json)
        #expect(clock.now - start < .seconds(30))
        #expect(!redacted.contains("🙂") && redacted.contains("<redacted>"))
        #expect(String(decoding: Array(redacted.utf8), as: UTF8.self) == redacted)
    }

    /// A random JSON text: objects, arrays, strings with escapes, numbers, literals, random spacing.
    private static func json(depth: Int, names: [String], random: inout SeededRandom) -> String {
        let space = random.pick(["", " ", "\n  "])
        switch depth < 3 ? random.count(0...5) : random.count(2...5) {
        case 0:
            let members = (0..<random.count(0...4)).map { _ in
                let name = random.pick(names)
                let key = random.chance(20) ? name.unicodeScalars.map { String(format: "\\u%04x", $0.value) }.joined() : name
                return "\(space)\"\(key)\"\(space):\(space)\(json(depth: depth + 1, names: names, random: &random))"
            }
            return "{" + members.joined(separator: ",") + space + "}"
        case 1: return "[" + (0..<random.count(0...3)).map { _ in json(depth: depth + 1, names: names, random: &random) }.joined(separator: ",\(space)") + "]"
        case 2, 3: return random.pick([#""plain""#, #""with \"quote\" and \\ slash""#, #""\u00e9t\u00e9""#, #""apikey""#, #""""#, #""{\"a\":1}""#] + headerStrings.keys.sorted())
        case 4: return random.pick(["12", "-0.5", "1e3"])
        default: return random.pick(["true", "false", "null"])
        }
    }

    private static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    private static func isBool(_ value: Any) -> Bool {
        (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
    }

    /// Strings holding header lines, as JSON writes them, and the text each is redacted to.
    private static let headerStrings = [
        #""apikey: SEKRIT1""#: "apikey: <redacted>", #""curl -H \"APIKEY : SEKRIT2\" https://x""#: #"curl -H "APIKEY : <redacted>" https://x"#,
        #""Authorization: Bearer SEKRIT3\nnext""#: "Authorization: Bearer <redacted>\nnext",
    ]

    /// The oracle: `value` with each string or number member named in `names` replaced, and each header line's value.
    private static func redacted(_ value: Any, names: Set<String>) -> Any {
        switch value {
        case let object as [String: Any]:
            var result: [String: Any] = [:]
            for (key, member) in object {
                result[key] = names.contains(key) ? redactedWhole(member) : redacted(member, names: names)
            }
            return result
        case let array as [Any]: return array.map { redacted($0, names: names) }
        case let string as String:
            return headerStrings.first { key, _ in (try? JSONDecoder().decode(String.self, from: Data(key.utf8))) == string }?.value ?? string
        default: return value
        }
    }

    /// A secret's value: each string or number in it, at any depth, replaced.
    private static func redactedWhole(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]: return object.mapValues(redactedWhole)
        case let array as [Any]: return array.map(redactedWhole)
        case is NSNull: return value
        default: return Self.isBool(value) ? value : DisplayText.redactedUserinfo
        }
    }
}

extension ExampleRedactionTests {
    /// A document's placeholder credentials that a field's name holds (KudiSMS's `username=user&password=pass`) were
    /// swept out of the names too: the catalog's example read `%3Credacted%3Ename=…` and no longer decoded. Names stay,
    /// in a form and in JSON; the values are hidden wherever else they are written.
    @Test func aPlaceholderCredentialInsideAFieldsNameLeavesTheNameAsItIs() throws {
        let spec = """
            shapes:
              Send:
                fields:
                  username: {type: string, secret: true}
                  password: {type: string, secret: true}
                  message: string
            examples:
              - name: form
                message: Send
                format: form
                source: {source: doc}
                payload: 'username=user&password=pass&message=hi+user+pass'
              - name: json
                message: Send
                source: {source: doc}
                payload: '{"username": "user", "password": "pass", "message": "user pass"}'

            """
        let catalog = try Snippet.swift(spec, "catalog", options: CatalogOutputTests.all)
        Snippet.expect(catalog, contains: #"payload: "username=%3Credacted%3E&password=%3Credacted%3E&message=hi+%3Credacted%3E+%3Credacted%3E"),"#)
        Snippet.expect(catalog, contains: #"payload: "{\"username\": \"<redacted>\", \"password\": \"<redacted>\", \"message\": \"<redacted> <redacted>\"}"),"#)
    }
}

extension ExampleRedactionTests {
    /// `curl -u AC123:secret` (and `--user "bob:secret"`), as most documents show Basic credentials, stayed whole in
    /// the catalog's verbatim text and in a payload's string (an attack): the password is hidden, the user kept.
    @Test func aCurlUsersPasswordIsRedacted() throws {
        let spec = """
            shapes:
              Send:
                fields:
                  to: string
                  note: {type: string, required: false}
            examples:
              - name: curl
                message: Send
                source: {source: doc}
                payload: '{"to": "1", "note": "curl -u user:SEKEX04 https://api.example"}'
                verbatim: |
                  curl -u AC123:SEKEX21 https://api.example/send --user "bob:SEKEX22" --user=carol:SEKEX23 -u dave -d to=1

            """
        let catalog = try Snippet.swift(spec, "catalog", options: CatalogOutputTests.all)
        for secret in ["SEKEX04", "SEKEX21", "SEKEX22", "SEKEX23"] { #expect(!catalog.contains(secret), "\(secret):\n\(catalog)") }
        for kept in ["curl -u AC123:<redacted>", #"--user "bob:<redacted>""#, "--user=carol:<redacted>", "-u dave", "curl -u user:<redacted>"] {
            #expect(catalog.contains(kept), "\(kept):\n\(catalog)")
        }
    }
}

extension ExampleRedactionTests {
    /// A form's verbatim text kept its names too (a review: only the payload was swept by pair), and more of curl's
    /// spellings hide the password: attached (`-uAC1:pw`), combined flags (`-su`), a JSON string's `\"…\"`, a quoted
    /// password with a space, and a key given as the user with an empty password (`-u KEY:`).
    @Test func aFormsVerbatimTextAndMoreCurlSpellingsKeepNamesAndHidePasswords() throws {
        let spec = """
            shapes:
              Send:
                fields:
                  username: {type: string, secret: true}
                  password: {type: string, secret: true}
                  note: {type: string, required: false}
            examples:
              - name: form
                message: Send
                format: form
                source: {source: doc}
                payload: 'username=user&password=pass'
                verbatim: 'username=user&password=pass&note=user%3Apass'
              - name: curl
                message: Send
                source: {source: doc}
                payload: '{"username": "u1", "password": "p1", "note": "curl -uAC1:SEKCU1 -su AC2:SEKCU2 --user \\"bob:SEKCU3\\" -u ''carol:SEK CU4'' -u SEKCU5KEY: x"}'

            """
        let catalog = try Snippet.swift(spec, "catalog", options: CatalogOutputTests.all)
        for secret in ["SEKCU1", "SEKCU2", "SEKCU3", "SEK CU4", "CU4", "SEKCU5KEY"] { #expect(!catalog.contains(secret), "\(secret):\n\(catalog)") }
        #expect(catalog.contains("username=%3Credacted%3E&password=%3Credacted%3E&note="), "\(catalog)")
        #expect(!catalog.contains("%3Ename="), "\(catalog)")
    }
}
