import Foundation
import SMSSpecCore
import SMSSpecVocabulary
import SMSSpecTestSupport
import Testing

/// Specs built to hurt: each is refused with a located error, quickly, instead of trapping, hanging or eating memory.
@Suite struct HostileSpecTests {
    static let spec = """
        provider:
          id: acme
          name: Acme
        shapes:
          Send:
            fields:
              text:
                type: TYPE
                constraints: {maxSegments: 3, substitute: {placeholder: '{#CODE}', defaultLength: LENGTH}}

        """

    static func spec(length: String = "6") -> String {
        spec.replacingOccurrences(of: "TYPE", with: "string").replacingOccurrences(of: "LENGTH", with: length)
    }

    static func spec(type: String) -> String {
        "provider: {id: acme, name: Acme}\nshapes:\n  Send:\n    fields:\n      text: {type: \(type)}\n"
    }

    func diagnose(_ yaml: String) -> [String] {
        let diagnostics = DiagnosticCollector()
        _ = Generator.models(for: [SpecInput(path: "h.yaml", contents: yaml)], diagnostics: diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    /// Processor seconds `body` takes on this thread: other work on a busy machine does not count.
    func seconds(_ body: () -> Void) -> Double {
        let elapsed = ThreadCPUClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func theBaseSpecIsValid() {
        #expect(diagnose(Self.spec()) == [])
    }

    /// Lint checks each text form against every earlier one, and decodes every example reading each field of its
    /// message: text forms, and the fields examples read, are bounded, refused where the limit is crossed.
    @Test func textFormsFieldsAndExamplesAreBounded() {
        let forms = (0...SpecLimits.maximumTextForms).map { "'F\($0): {id}'" }.joined(separator: ", ")
        let tooMany = diagnose("provider: {id: acme, name: Acme}\nshapes:\n  Answer:\n    text: [\(forms)]\n    fields: {id: string}\n")
        // At the 101st form: column 12 is the first's quote, and each before it takes its text and ", ".
        let column = 12 + (0..<SpecLimits.maximumTextForms).map { "'F\($0): {id}', ".utf8.count }.reduce(0, +)
        #expect(tooMany == [
            "h.yaml:4:\(column): error: shape 'Answer' has 101 text forms; the limit is 100 (each answer is tried against every form in "
                + "turn, and lint checks each form against every earlier one); a real answer has a few"
        ])
        let fields = (0..<2_000).map { "      f\($0): {type: string, required: false}\n" }.joined()
        let examples = (0..<501).map { "  - {name: e\($0), message: Send, payload: '{}'}\n" }.joined()
        #expect(diagnose("provider: {id: acme, name: Acme}\nshapes:\n  Send:\n    fields:\n" + fields + "examples:\n" + examples) == [
            "h.yaml:2506:5: error: the examples up to this one may read more than 1000000 fields (lint decodes each, reading each field of "
                + "each object's shape: this one has 1 object(s), and shape 'Send' has 2000 fields); a real spec's read a few thousand: keep "
                + "fewer or smaller examples, or fewer fields in one shape"
        ])
    }

    /// Many operations sending one request shape of many fields, and many lists of one table joined by a separator,
    /// took lint time in the square of the spec (each operation grouped the shape's fields again; each list read
    /// every code): twice the spec now takes about twice the time.
    @Test func sharedRequestsAndSeparatedListsLintInLinearTime() {
        func shared(_ count: Int) -> String {
            "provider: {id: acme, name: Acme}\noperations:\n"
                + (0..<count).map { "  op\($0): {method: POST, path: /m\($0), request: Send, responses: {200: {}}}\n" }.joined()
                + "shapes:\n  Send:\n    fields:\n" + (0..<count / 2).map { "      f\($0): {type: string, required: false}\n" }.joined()
        }
        func separated(_ count: Int) -> String {
            "provider: {id: acme, name: Acme}\nsources: {doc: {title: Doc, url: 'https://acme.example'}}\ntables:\n  Big:\n    title: Big\n"
                + "    codeType: string\n    source: doc\n    entries:\n"
                + (0..<count).map { "      - {code: C\($0), summary: s, outcome: failure, category: unknown}\n" }.joined()
                + "shapes:\n  Send:\n    fields:\n" + (0..<count / 2).map { "      g\($0): {type: '[Big]', separator: ',', required: false}\n" }.joined()
        }
        for spec in [shared, separated] {
            var times: [Double] = []
            // Both dimensions double: work in their product would take four times as long.
            for count in [1_000, 2_000] {
                let text = spec(count)
                var problems: [String] = []
                times.append(seconds { problems = diagnose(text) })
                #expect(problems == [])
            }
            #expect(times[1] < 3.2 * times[0] + 0.05, "\(times)")
        }
    }

    /// A run of combining marks out of canonical order made each comparison and hash of the text take time in the
    /// square of the run: a summary of 100,000 marks took 27 s to generate. More than 30 in a row (Unicode's
    /// stream-safe limit), written or escaped, in a key or a value, is refused where the value starts, at once.
    @Test func aLongRunOfCombiningMarksIsRefusedWhereItStands() {
        let thirty = String(repeating: #"̖́"#, count: 15)
        #expect(diagnose("provider: {id: acme, name: \"Acme\(thirty)\"}\n") == [])
        #expect(diagnose("provider: {id: acme, name: \"Acme\(thirty)\\u0301\"}\n") == [
            "h.yaml:1:28: error: this text has more than 30 combining marks in a row, the limit (Unicode's stream-safe text format): "
                + "Swift compares such text in time that grows with the square of the run; no real spec has one"
        ])
        let written = "a" + String(repeating: "\u{0301}\u{0316}", count: 100_000)
        var problems: [String] = []
        let time = seconds { problems = diagnose("provider: {id: acme, name: Acme}\nshapes:\n  Send:\n    summary: \"\(written)\"\n    fields: {to: string}\n") }
        #expect(problems.map { $0.prefix(43) } == ["h.yaml:4:14: error: this text has more than"])
        #expect(time < 1)
    }

    /// No SMS has more than 255 segments, and `maxSegments` bounds the text a `substitute` check fills in: with
    /// `maxSegments: 9223372036854775807` (linted clean), a request's length field of 10⁹ built a gigabyte-long text
    /// per placeholder in the generated validator.
    /// Spec text reaches doc comments, the Markdown pages and registry.json: a terminal escape, a C1 CSI, a
    /// bidirectional override, a zero-width space or a line separator in a summary went into all three raw (string
    /// literals already escaped them), so the generated files did not read in review or a terminal as they are.
    @Test func summariesCannotHideOrReorderGeneratedText() throws {
        let hostile = #"\e[31m \x9B \u202E \u200B \u2028 \u0007"#
        let yaml = """
            provider: {id: acme, name: Acme, summary: "Acme \(hostile)"}
            sources: {docs: {title: Docs, url: 'https://acme.example'}}
            shapes:
              Result: {summary: "A result \(hostile)", fields: {code: {type: Code, summary: "The code \(hostile)"}}}
            tables:
              Code:
                title: Codes
                source: docs
                entries:
                  - {code: 1, name: OK, summary: "OK \(hostile)", outcome: success, category: none}

            """
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "h.yaml", contents: yaml)], diagnostics: diagnostics)
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        let files = Artifacts.all(for: models, options: GeneratorOptions()).flatMap(\.files)
        #expect(files.contains { $0.name == "h.md" } && files.contains { $0.name == "registry.json" })
        for file in files {
            let raw = file.contents.unicodeScalars.filter { $0 != "\n" && DisplayText.needsEscape($0) }
            #expect(raw.isEmpty, "\(file.name): \(raw.map { String($0.value, radix: 16) })")
        }
        let page = try #require(files.first { $0.name == "h.md" }).contents
        #expect(page.contains(#"OK \u{1b}[31m \u{9b} \u{202e} \u{200b} \u{2028} \u{7}"#), "\(page)")
        let registry = try #require(files.first { $0.name == "registry.json" }).contents
        #expect(registry.contains(#""OK \u001b[31m \u009b \u202e \u200b \u2028 \u0007""#), "\(registry)")
    }

    /// The Markdown page's headings and `Source:` lines wrote the provider's name, a table's title and its source as
    /// they are (only table cells were escaped): a line break there ended the heading and started lines of the spec's
    /// choosing (a forged row), and an ESC or a bidirectional override reached the page raw.
    @Test func namesAndTitlesStayOnTheirLineOfTheMarkdownPage() throws {
        let hostile = #"\e[31m \u202E \r\n| 1 | forged |"#
        let yaml = """
            provider: {id: acme, name: "Acme \(hostile)"}
            sources: {docs: {title: "Docs \(hostile)", url: 'https://acme.example'}}
            shapes:
              Result: {fields: {code: Code}}
            tables:
              Code:
                title: "Codes \(hostile)"
                source: {source: docs, section: "Errors \(hostile)"}
                entries:
                  - {code: 1, name: OK, summary: OK, outcome: success, category: none}

            """
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "h.yaml", contents: yaml)], diagnostics: diagnostics)
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        let files = Artifacts.all(for: models, options: GeneratorOptions()).flatMap(\.files)
        let page = try #require(files.first { $0.name == "h.md" }).contents
        let shown = #"\u{1b}[31m \u{202e}   | 1 | forged |"#
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("#") } == ["# Acme \(shown) — status and error codes", "## Code: Codes \(shown)"], "\(page)")
        #expect(lines.contains("Source: Docs \(shown), section \"Errors \(shown)\" (https://acme.example)."), "\(page)")
        #expect(!lines.contains { $0.hasPrefix("| 1 |") }, "\(page)")
        #expect(!page.unicodeScalars.contains { $0 != "\n" && DisplayText.needsEscape($0) }, "\(page)")
    }

    /// A segment capacity of `Int.max` linted clean: one segment then held any text, so the `maxSegments` bound on
    /// the text a `substitute` check builds was no bound.
    @Test func segmentCapacitiesAreOneTo160() {
        func spec(_ single: String) -> String {
            Self.spec().replacingOccurrences(
                of: "  name: Acme\n", with: "  name: Acme\n  segments: {gsm7Single: \(single), gsm7Concatenated: 153, ucs2Single: 70, ucs2Concatenated: 67}\n")
        }
        #expect(diagnose(spec("160")) == [])
        for bad in ["0", "161", "9223372036854775807"] {
            #expect(
                diagnose(spec(bad)) == [
                    "h.yaml:4:26: error: 'gsm7Single' must be 1 to 160 characters (an SMS carries 140 octets, at most 160 GSM-7 characters); found \(bad)"
                ],
                "\(bad)")
        }
    }

    @Test func maxSegmentsIsOneTo255() {
        func spec(_ segments: String) -> String { Self.spec().replacingOccurrences(of: "maxSegments: 3", with: "maxSegments: \(segments)") }
        #expect(diagnose(spec("255")) == [])
        #expect(diagnose(spec("1")) == [])
        for bad in ["0", "-1", "256", "9223372036854775807"] {
            #expect(
                diagnose(spec(bad)) == ["h.yaml:9:36: error: 'maxSegments' of field 'text' of shape 'Send' must be 1 to 255 (an SMS has at most 255 segments); found \(bad)"],
                "\(bad)")
        }
    }

    /// Generated clients default to the first base URL as a `URL` literal: a text `URL(string:)` refuses would trap.
    @Test func baseURLsAreAbsoluteHTTPURLsOrLocatedErrors() {
        func spec(_ url: String) -> String { "provider: {id: acme, name: Acme, baseURLs: [\(url)]}\n" }
        for good in ["https://api.acme.example", "http://127.0.0.1:8080/v1", "'https://acme.example/sms%20api/'"] {
            #expect(diagnose(spec(good)) == [], "\(good)")
        }
        for bad in ["'https://acme example'", "api.acme.example", "ftp://acme.example", "'https://'", "'https://acme.example/?key=1'",
            "'https://acme.example/#top'", "'https://acmé.example'", "'https://acme.example/\\u0000'", "'javascript:alert(1)'"]
        {
            let problems = diagnose(spec(bad))
            #expect(problems.count == 1 && problems[0].hasPrefix("h.yaml:1:45: error: base URL '"), "\(bad): \(problems)")
        }
        // `URL(string:)` takes these, but no request can use the port or the broken escape, and the password would be
        // written into generated code (and is not quoted back).
        #expect(diagnose(spec("'https://acme.example:99999', 'https://acme.example/a%zz', 'https://sms:hunter2@acme.example'")) == [
            "h.yaml:1:45: error: base URL 'https://acme.example:99999' has a port outside 1 to 65535",
            "h.yaml:1:75: error: base URL 'https://acme.example/a%zz' has a '%' that starts no %XX escape",
            "h.yaml:1:104: error: 'baseURLs' of 'provider' holds a URL's user or password, which generated code would hold as it is; "
                + "remove it: credentials go to the client's configuration",
        ])
    }

    @Test func substituteLengthsOutsideAnySMSAreRefusedWhereWritten() {
        #expect(diagnose(Self.spec(length: "39015")) == [])
        for length in ["-1", "39016", "9223372036854775807"] {
            #expect(diagnose(Self.spec(length: length)) == [
                "h.yaml:9:91: error: 'defaultLength' of 'substitute' of field 'text' of shape 'Send' must be 0 to 39015 characters "
                    + "(the longest SMS: 255 segments of 153); found \(length)"
            ])
        }
    }

    @Test func deeplyNestedTypesAreRefusedInLinearTime() {
        let nested = { (depth: Int) in String(repeating: "[", count: depth) + "string" + String(repeating: "]", count: depth) }
        #expect(diagnose(Self.spec(type: "'\(nested(TypeExpression.maximumDepth))'")) == [])
        #expect(TypeExpression.parsing(nested(TypeExpression.maximumDepth + 1)) == .failure(.tooDeep))
        #expect(TypeExpression.parse("{[ {Receipt} ]}") == .map(.array(.map(.named("Receipt")))))
        #expect(TypeExpression.parse("[string}") == nil)
        for depth in [10_000, 100_000] {
            var problems: [String] = []
            let time = seconds { problems = diagnose(Self.spec(type: "'\(nested(depth))'")) }
            #expect(problems.count == 1)
            #expect(problems.first?.hasPrefix("h.yaml:5:20: error: '[[[[") == true)
            #expect(problems.first?.hasSuffix("nests more than \(TypeExpression.maximumDepth) lists and maps (field 'text' of shape 'Send'); name an inner type as a shape instead") == true)
            #expect(time < 10)
        }
    }

    @Test func anAliasBombAsMappingKeysIsRefusedAtOnce() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        lines += ["? *a9", ": 1", "? [*a9]", ": 2"]
        var problems: [String] = []
        let time = seconds { problems = diagnose(lines.joined(separator: "\n")) }
        #expect(problems == [
            "h.yaml:6:10: error: the spec has more than 200000 YAML values (each alias counting as all it repeats); a real spec has a few thousand"
        ])
        #expect(time < 10)
    }

    /// A merge key (`<<: *base`) was read as a field named "<<" missing its type: nothing said merging is not done.
    /// A quoted '<<' is a name like any other.
    @Test func mergeKeysAreALocatedErrorSayingWhatToWrite() {
        let spec = """
            provider: {id: acme, name: Acme}
            sources: {doc: {title: D, url: "https://a.example"}}
            shapes:
              Base: &base
                fields: {id: {type: string}}
              Receipt:
                <<: *base
                summary: A receipt.
              Quoted:
                fields: {'<<': {type: string}}
            """
        #expect(diagnose(spec) == [
            "h.yaml:7:5: error: YAML merge keys ('<<: *anchor') are not supported: write the keys out (an alias of a whole value, "
                + "'*anchor', works)"
        ])
    }

    @Test func aliasesRepeatingLongTextAreRefusedAtTheAliasThatCrossesTheTextLimit() {
        // Each alias repeats 1 MB: the eighth makes 9 MB, over the 8 MiB of text a spec may hold.
        func spec(aliases: Int) -> String {
            "provider: {id: acme, name: Acme}\nsources: {doc: {title: D, url: \"https://a.example\"}}\ntables:\n  St:\n    title: T\n"
                + "    source: doc\n    entries:\n"
                + "      - {code: 0, summary: &s \"\(String(repeating: "word ", count: 200_000))\", outcome: success, category: none}\n"
                + (1...aliases).map { "      - {code: \($0), summary: *s, outcome: failure, category: unknown}\n" }.joined()
        }
        #expect(diagnose(spec(aliases: 6)) == [])
        var problems: [String] = []
        let time = seconds { problems = diagnose(spec(aliases: 200)) }
        #expect(problems == [
            "h.yaml:16:28: error: the spec has more than 8 MiB of text (each alias counting as all the text it repeats); a real spec has about 25 KB"
        ])
        #expect(time < 10)
    }

    @Test func aTablePaddingBeyondTheDigitsOfACodeIsRefusedAtTheValue() {
        func spec(padding: String) -> String {
            "provider: {id: acme, name: Acme}\nsources: {doc: {title: D, url: \"https://a.example\"}}\ntables:\n"
                + "  St: {title: T, source: doc, wire: string, padding: \(padding),\n"
                + "       entries: [{code: 1, summary: s, outcome: success, category: none}]}\n"
        }
        #expect(diagnose(spec(padding: "19")) == [])
        for padding in ["-1", "20", "100000000", "9223372036854775807"] {
            var problems: [String] = []
            let time = seconds { problems = diagnose(spec(padding: padding)) }
            #expect(problems == [
                "h.yaml:4:54: error: 'padding' of table 'St' must be 0 to 19 digits (the most an integer code has); found \(padding)"
            ])
            #expect(time < 1)
        }
        // Whatever else asks for a padding (the runtime, a table built in code) gets 0 to 19 digits.
        #expect(CodeWireFormat.paddedText(7, minimumDigits: .max) == String(repeating: "0", count: 18) + "7")
        #expect(CodeWireFormat.paddedText(7, minimumDigits: .min) == "7")
        #expect(CodeWireFormat.paddedText(-7, minimumDigits: .max) == "-7")
        #expect(CodeWireFormat.paddedText(.max, minimumDigits: 19) == "\(Int.max)")
    }

    @Test func aliasesWithinTheLimitStillWork() {
        let yaml = Self.spec().replacingOccurrences(of: "  name: Acme", with: "  name: &name Acme\n  summary: *name")
        #expect(diagnose(yaml) == [])
        #expect(diagnose("a: *nowhere\n") == ["h.yaml:1:4: error: alias '*nowhere' names no anchor '&nowhere' defined before it"])
    }

    @Test func sizeNodeAndNestingLimitsAreLocated() {
        let huge = Self.spec() + "x: '" + String(repeating: "a", count: SpecLimits.maximumBytes) + "'\n"
        #expect(diagnose(huge) == ["h.yaml:1:1: error: the file is larger than 4 MiB"])
        let flow = Self.spec() + "x: [" + Array(repeating: "a", count: SpecLimits.maximumNodes).joined(separator: ",") + "]\n"
        var problems: [String] = []
        let time = seconds { problems = diagnose(flow) }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("h.yaml:10:") == true)
        #expect(problems.first?.contains("more than 200000 YAML values") == true)
        #expect(time < 20)
        let deep = Self.spec() + "x: " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "\n"
        #expect(diagnose(deep) == [
            "h.yaml:10:67: error: lists and mappings nest more than 64 deep here; a spec needs a handful of levels"
        ])
    }

    /// Processor seconds lint takes on each spec, each expected to have no problem.
    func secondsToLintClean(_ small: String, _ large: String) -> (small: Double, large: Double) {
        let times = [small, large].map { spec in
            var problems: [String] = ["not run"]
            let time = seconds { problems = diagnose(spec) }
            #expect(problems == [])
            return time
        }
        return (times[0], times[1])
    }

    @Test func lintIsLinearInTheNumberOfShapes() {
        func spec(shapes: Int) -> String {
            "provider: {id: many, name: Many}\nshapes:\n"
                + (0..<shapes).map { "  S\($0): {fields: {next: {type: S\(($0 + 1) % shapes), required: false}, text: string}}\n" }.joined()
        }
        let (small, large) = secondsToLintClean(spec(shapes: 2_000), spec(shapes: 16_000))
        // Eight times the shapes: about eight times the time when linear, sixty-four when quadratic.
        #expect(large / small < 24, "2,000 shapes took \(small) s, 16,000 took \(large) s")
    }

    /// Whether one shape reads every object another writes was worked out again for every union comparing them, over
    /// every field: 100 unions of the same 256 shapes of 61 fields took 82 s to lint, where one took 5 s.
    @Test func unionsOfTheSameShapesCompareThemOnce() {
        func spec(unions: Int) -> String {
            let variants = (0..<256).map { "v\($0): S\($0)" }.joined(separator: ", ")
            let optional = (0..<40).map { "a\($0): {type: string, required: false}" }.joined(separator: ", ")
            return "provider: {id: many, name: Many}\nunions:\n" + (0..<unions).map { "  U\($0): {variants: {\(variants)}}\n" }.joined()
                + "shapes:\n" + (0..<256).map { "  S\($0): {fields: {r\($0): string, \(optional)}}\n" }.joined()
        }
        let (one, many) = secondsToLintClean(spec(unions: 1), spec(unions: 20))
        // The shapes are read and compared once: nineteen more unions cost a little each (3.5 times one union before).
        #expect(many / one < 2.2, "1 union took \(one) s, 20 took \(many) s")
    }

    @Test func anUnclosedQuoteIsReportedWhereTheQuotedValueStarts() {
        let yaml = """
            provider:
              id: acme
              name: "Acme
              summary: An SMS gateway
            shapes:
              Send:
                fields:
                  text: {type: string, summary: "The text"}

            """
        #expect(diagnose(yaml) == [
            "h.yaml:3:9: error: YAML syntax: did not find expected key at line 8, column 38; "
                + "the quoted value that starts here runs on to line 8: is its closing quote missing?"
        ])
        #expect(diagnose("provider:\n  id: 'acme\n  name: Acme\n") == [
            "h.yaml:2:7: error: YAML syntax: the quoted value that starts here is never closed (found unexpected end of stream at line 4)"
        ])
    }

    /// A plain value holding ': ' (a decision written as prose, CM.com's "The GET form only: one callback …") was
    /// libyaml's bare "mapping values are not allowed in this context", which says nothing of the value or the fix.
    @Test func aColonAndSpaceInAPlainValueSaysToQuoteIt() {
        let yaml = """
            provider:
              id: acme
              name: Acme
              decisions:
                - id: A1
                  issue: Two ways.
                  decision: The GET form only: one callback cannot read both.

            """
        #expect(diagnose(yaml) == [
            "h.yaml:7:34: error: YAML syntax: mapping values are not allowed in this context: the plain value 'The GET form only' "
                + "goes on with ': ', which YAML reads as a key's colon; quote the whole value ('…'), or write the colon without a "
                + "space after it"
        ])
        // libyaml counts characters: the value is quoted whole after text of several bytes a character.
        #expect(diagnose("provider:\n  id: acme\n  name: Café 😀 SMS: the best\n").first?.contains("'Café 😀 SMS' goes on with ': '") == true)
    }

    /// The slips a newcomer makes in a spec were libyaml's bare complaint ("did not find expected key", "mapping
    /// values are not allowed in this context"), which names neither the slip nor the fix.
    @Test func commonYAMLSlipsSayWhatToFix() {
        let header = "provider:\n  id: acme\n  name: Acme\n"
        #expect(diagnose(header + "tables:\n  E:\n    codes:\n      - {code: 0, name: OK, summary: Accepted: queued}\n") == [
            "h.yaml:7:46: error: YAML syntax: did not find expected ',' or '}': the plain value 'Accepted' goes on with ': ', "
                + "which YAML reads as a key's colon; inside {…} or […] quote the whole value ('…')"
        ])
        #expect(diagnose(header + "shapes:\n  S:\n    summary: 'The recipient's number'\n") == [
            "h.yaml:6:14: error: YAML syntax: did not find expected key at column 29: the quoted value 'The recipient' ends at its "
                + "second quote and text follows it; an apostrophe inside '…' is written twice ('it''s'), or quote the value with \"…\""
        ])
        #expect(diagnose(header + "shapes:\n  S:\n    summary: @recipient\n") == [
            "h.yaml:6:14: error: YAML syntax: found character that cannot start any token (while scanning for the next token at "
                + "line 6, column 14); YAML reserves '@' at the start of a plain value: quote the value ('@…')"
        ])
        // A key indented further than the one above continues that key's value; one between two columns fits no mapping.
        #expect(diagnose(header + "shapes:\n  S:\n    fields:\n      to:\n        type: string\n          summary: The recipient.\n") == [
            "h.yaml:9:18: error: YAML syntax: mapping values are not allowed in this context: this line is indented more than "
                + "line 8, so YAML reads it as more of the value 'string' that starts there; start this key at the column of the "
                + "keys beside it"
        ])
        #expect(diagnose(header + "shapes:\n  S:\n    fields:\n      to:\n        type: string\n       summary: The recipient.\n") == [
            "h.yaml:9:8: error: YAML syntax: did not find expected key (while parsing a block mapping at line 7, column 7); the keys "
                + "of that mapping start at column 7 and this line at column 8: indent it as the keys beside it"
        ])
    }
}

/// "cannot read the spec file" says why.
@Suite struct HostileSpecFileTests {
    let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-hostile-\(UUID().uuidString)")

    func problems(reading name: String) -> [String] {
        let diagnostics = DiagnosticCollector()
        let path = name.hasPrefix("/") ? name : directory.appending(path: name).path(percentEncoded: false)
        #expect(SpecInput.read(path, diagnostics: diagnostics) == nil)
        return diagnostics.sorted.map { $0.description.replacingOccurrences(of: directory.path(percentEncoded: false), with: "DIR") }
    }

    @Test func everyUnreadableSpecSaysWhy() throws {
        try FileManager.default.createDirectory(at: directory.appending(path: "folder.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try (Data("provider:\n  name: caf".utf8) + [0xE9, 0x0A]).write(to: directory.appending(path: "latin1.yaml"))
        let large = directory.appending(path: "large.yaml")
        #expect(FileManager.default.createFile(atPath: large.path(percentEncoded: false), contents: nil))
        try FileHandle(forWritingTo: large).truncate(atOffset: UInt64(SpecLimits.maximumBytes + 1))

        #expect(problems(reading: "missing.yaml") == ["DIR/missing.yaml:1:1: error: cannot read the spec file: no such file or directory"])
        #expect(problems(reading: "folder.yaml") == ["DIR/folder.yaml:1:1: error: cannot read the spec file: it is a directory"])
        #expect(problems(reading: "latin1.yaml") == [
            "DIR/latin1.yaml:2:12: error: cannot read the spec file: it is not UTF-8 text: the byte at offset 21 does not decode"
        ])
        #expect(problems(reading: "large.yaml") == ["DIR/large.yaml:1:1: error: cannot read the spec file: it is larger than 4 MiB; split it or shorten it"])
        #expect(problems(reading: "/dev/zero") == ["/dev/zero:1:1: error: cannot read the spec file: it is a character device, not a regular file"])
    }

    @Test(.timeLimit(.minutes(10))) func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appending(path: "pipe.yaml").path(percentEncoded: false)
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO for reading blocks until a writer comes. So that a reader that does block fails this test
        // instead of hanging it, a writer comes after a while (only if a reader is waiting) and sends a valid spec.
        let writer = Thread {
            for _ in 0..<30 {
                Thread.sleep(forTimeInterval: 0.1)
                let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
                guard descriptor >= 0 else { continue }
                _ = "smsspec: 1\n".withCString { write(descriptor, $0, 11) }
                close(descriptor)
                return
            }
        }
        writer.start()
        #expect(problems(reading: "pipe.yaml") == ["DIR/pipe.yaml:1:1: error: cannot read the spec file: it is a FIFO (named pipe), not a regular file"])
    }
}

/// Names and text chosen to break generated Swift: each spec lints clean, and all it generates type-checks with
/// warnings as errors.
@Suite struct HostileSpecOutputTests {
    /// The compiler's complaints about everything `inputs` generate (the target's catalog in `config`'s namespace),
    /// or the lint errors; nil when it all type-checks.
    func problems(_ inputs: [SpecInput], config: String = "") throws -> String? {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load(config, file: "smsspec-config.yaml", diagnostics: diagnostics)
        let models = Generator.models(for: inputs, options: options, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else { return diagnostics.sorted.map(\.description).joined(separator: "\n") }
        let result = try BuildProducts.typecheck(generated: Generator.swiftSources(for: models, options: options))
        return result.status == 0 ? nil : String(result.output.prefix(4000))
    }

    /// Every keyword as a namespace (where one can be), a type, a property, an enum case, a status-table case, a union
    /// variant and an operation; the target's catalog in a keyword namespace too.
    @Test func everySwiftKeywordIsANameGeneratedCodeCanUse() throws {
        let keywords = RandomSpecGenerator.swiftKeywords
        let catalog = "precedencegroup"
        let inputs = keywords.enumerated().map { index, keyword in
            let next = keywords[(index + 1) % keywords.count]
            let namespace = Naming.forbiddenNamespaces.contains(keyword) || keyword == catalog ? nil : keyword
            let shape = Naming.reservedTypeNames.contains(next) || Naming.metatypeNames.contains(next) || next == namespace ? "Send" : next
            let yaml = """
                smsspec: 1
                provider:
                  id: kw\(index)
                  name: Keyword \(index)
                \(namespace.map { "  namespace: '\($0)'\n" } ?? "")  baseURLs: ['https://api.example']
                sources:
                  doc: {title: The API, url: 'https://api.example/docs'}
                tables:
                  Codes:
                    title: Codes
                    source: doc
                    codeType: string
                    entries:
                      - {code: 'C', name: N, case: '\(keyword)', summary: S., outcome: failure, category: unknown}
                enums:
                  Kind: {values: {v: {name: '\(keyword)', summary: A value.}}}
                unions:
                  Body: {variants: {'\(keyword)': string, zNumber: int}}
                shapes:
                  '\(shape)':
                    fields:
                      f: {name: '\(keyword)', type: string}
                      zkind: {type: Kind, default: v}
                      zbody: {type: Body, required: false}
                      zcodes: {type: Codes, required: false}
                operations:
                  '\(keyword)': {method: POST, path: /send, request: '\(shape)', responses: {200: {summary: Sent.}}}

                """
            return SpecInput(path: "kw\(index).yaml", contents: yaml)
        }
        let problems = try problems(inputs, config: "namespace: \(catalog)\n")
        #expect(problems == nil, "\(problems ?? "")")
    }

    /// Carriage returns, NULs and DELs in prose, titles, codes, wire names, defaults and corrections, and
    /// subnormal double defaults.
    @Test func controlCharactersAndSubnormalsCompile() throws {
        let hostile = #"\rlet x = 1 +\r\nlet y = 2 +\0\x7F\x01\e\x85\u2028\u2029 end"#
        let yaml = """
            smsspec: 1
            provider:
              id: acme
              name: "Acme\(hostile)"
              summary: "The provider\(hostile)"
              baseURLs: ['https://api.example']
            sources:
              doc: {title: "The API\(hostile)", url: 'https://api.example/docs'}
            tables:
              Codes:
                title: "Codes\(hostile)"
                source: {source: doc, section: "Codes\(hostile)"}
                codeType: string
                entries:
                  - {code: "C\(hostile)", name: N, summary: "S\(hostile)", outcome: failure, category: unknown}
            shapes:
              Send:
                summary: "A message\(hostile)"
                fields:
                  "to\(hostile)": {name: to, type: string, summary: "The recipient\(hostile)", default: "a\(hostile)"}
                  ratio: {type: double, default: 1e-310}
                  tiny: {type: double, default: -5e-324}
                  least: {type: double, default: 2.2250738585072014e-308}
            operations:
              send:
                summary: "Sends\(hostile)"
                method: POST
                path: /send
                request: Send
                responses: {200: {summary: "Sent\(hostile)"}}
            examples:
              - name: "sent\(hostile)"
                message: Send
                payload: '{"to": "x"}'
                corrections: ["Fixed\(hostile)"]

            """
        let problems = try problems([SpecInput(path: "acme.yaml", contents: yaml)])
        #expect(problems == nil, "\(problems ?? "")")
    }

    /// A spec file name that ends a line: the file headers and the build plugin's claim file name it in comments.
    @Test func aFileNameWithLineBreaksStaysInItsComments() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appending(path: "x\nlet a = 1 +\r.yaml")
        try "smsspec: 1\nprovider: {id: acme, name: Acme, baseURLs: ['https://api.example']}\nshapes:\n  Send: {fields: {to: string}}\n"
            .write(to: spec, atomically: true, encoding: .utf8)
        let diagnostics = DiagnosticCollector()
        let files = BuildUnits.specSources(spec.path(percentEncoded: false), options: GeneratorOptions(), diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        let result = try BuildProducts.typecheck(generated: try #require(files))
        #expect(result.status == 0, "\(result.output)")
    }
}

extension HostileSpecOutputTests {
    /// A union of `count` variants, each a shape, and a callback whose discriminator names as many.
    static func manyVariants(_ count: Int) -> String {
        let indices = 0..<count
        return """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.example']}
            unions:
              Body:
                variants:
            \(indices.map { "      v\($0): S\($0)" }.joined(separator: "\n"))
            callbacks:
              Event:
                discriminator:
                  field: kind
                  variants:
            \(indices.map { "        k\($0): S\($0)" }.joined(separator: "\n"))
            shapes:
            \(indices.map { "  S\($0): {fields: {f\($0): string}}" }.joined(separator: "\n"))

            """
    }

    /// Swift gave up checking the generated switches over 700 variants ("unable to check that this switch is
    /// exhaustive in reasonable time"), where lint had accepted the spec: the limit compiles, one more is refused at
    /// the variant that crosses it.
    @Test func unionsAndDiscriminatorsCompileUpToTheVariantLimitAndAreRefusedBeyond() throws {
        let limit = SpecLimits.maximumVariants
        let atLimit = try problems([SpecInput(path: "acme.yaml", contents: Self.manyVariants(limit))])
        #expect(atLimit == nil, "\(atLimit ?? "")")
        let beyond = try #require(try problems([SpecInput(path: "acme.yaml", contents: Self.manyVariants(limit + 1))]))
        let lines = beyond.split(separator: "\n")
        #expect(lines.count == 2, "\(beyond)")
        #expect(lines.first == "acme.yaml:\(limit + 6):7: error: union 'Body' has \(limit + 1) variants; at most \(limit): each is a case of a generated enum, and Swift cannot check a switch over several hundred of them in reasonable time, so the generated code would not compile")
        #expect(lines.last?.hasPrefix("acme.yaml:\(2 * limit + 12):9: error: the discriminator of callback 'Event' names more than \(limit) shapes") == true, "\(beyond)")
    }

    /// A discriminator's enum has a case per shape, however many values name one: 300 values of two shapes were
    /// refused as 300 variants.
    @Test func aDiscriminatorsValuesNamingFewShapesAreNoVariantsMore() throws {
        let values = (0..<300).map { "        k\($0): \($0 == 0 ? "A" : "B")" }.joined(separator: "\n")
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.example']}
            callbacks:
              Event:
                discriminator:
                  field: kind
                  variants:
            \(values)
            shapes:
              A: {fields: {a: string}}
              B: {fields: {kind: string, b: string}}

            """
        let found = try problems([SpecInput(path: "acme.yaml", contents: spec)])
        #expect(found == nil, "\(found ?? "")")
    }
}

extension HostileSpecOutputTests {
    /// Each module generated code qualifies its references with, as a field's, an enum value's, a table case's and a
    /// union variant's name: generated code wrote `Swift.String` in a struct with a property `Swift`, which the
    /// compiler read as the property ("value of type 'String' has no member 'String'").
    @Test func membersNamedAsTheModulesGeneratedCodeNamesCompile() throws {
        let modules = ["Swift", "Foundation", "SMSSpecRuntime", "SMSSpecClient", "SMSSpecReceiver", "OpenAPIRuntime"]
        let yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.example'], auth: {type: header, name: X-Key}}
            sources:
              doc: {title: The API, url: 'https://api.example/docs'}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent, tables: [Codes]}}}
            shapes:
              Send:
                fields:
            \(modules.enumerated().map { "      f\($0.offset): {type: string, name: \($0.element), required: false}" }.joined(separator: "\n"))
                  kind: {type: Kind, required: false}
                  when: {type: date, format: iso8601, required: false}
                  amount: {type: decimal, required: false}
              Sent:
                fields:
            \(modules.enumerated().map { "      f\($0.offset): {type: \($0.offset.isMultiple(of: 2) ? "Codes" : "Body"), name: \($0.element), required: false}" }.joined(separator: "\n"))
            enums:
              Kind: {values: {\(modules.map { "\($0): {name: \($0), summary: S.}" }.joined(separator: ", "))}}
            unions:
              Body: {variants: {\(modules.enumerated().map { "\($0.element): '\(["string", "int", "bool", "[Body]", "{Body}", "Sent"][$0.offset])'" }.joined(separator: ", "))}}
            tables:
              Codes:
                {title: Codes, source: doc, codeType: string, entries: [\(modules.map { "{code: \($0), case: \($0), summary: S., outcome: failure, category: unknown}" }.joined(separator: ", "))]}
            callbacks:
              Sent: {shape: Sent}

            """
        let problems = try problems(
            [SpecInput(path: "acme.yaml", contents: yaml)], config: "outputs: [models, codes, operations, validation, catalog, client, receiver]\n")
        #expect(problems == nil, "\(problems ?? "")")
    }
}

extension HostileSpecOutputTests {
    /// A status table of 3,000 rows and an enum of 3,000 values (lint takes far more): Swift type-checks an array
    /// literal, and a `switch` used as an expression, as one expression, so the table's rows took 20 s and its
    /// `wireCode` 20 s more (2 GB; the enum's alike, 38 s). Rows and known cases are built in literals of at most
    /// `CodePrinter.maximumLiteralElements`, each `wireCode`/`wireValue` case returns: a few seconds.
    @Test func largeTablesAndEnumsTypeCheckInBoundedTime() throws {
        let count = 3_000
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.example']}
            sources: {doc: {title: D, url: 'https://d.example'}}
            enums:
              Kind:
                values:
            \((0..<count).map { "      k\($0): Kind \($0)." }.joined(separator: "\n"))
            tables:
              Codes:
                title: Codes
                source: doc
                entries:
            \((0..<count).map { "      - {code: \($0), summary: Code \($0), outcome: failure, category: unknown}" }.joined(separator: "\n"))
            shapes:
              Report: {fields: {code: Codes, kind: Kind}}
            callbacks:
              Report: {shape: Report}

            """
        let clock = ContinuousClock()
        let start = clock.now
        let found = try problems([SpecInput(path: "acme.yaml", contents: spec)])
        let elapsed = clock.now - start
        #expect(found == nil, "\(found ?? "")")
        #expect(elapsed < .seconds(25), "lint, generation and type-checking took \(elapsed)")
    }
}
