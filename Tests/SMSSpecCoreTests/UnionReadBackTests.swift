import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// A union's value, written and read again, is the same value. Unions of variants drawn at random from types that read
/// values leniently (tables and enums reading a code from text, a number or a boolean, each written in its own wire
/// form) and types that do not: every union lint accepts is built, and every payload of `probes` a union reads is
/// written and read back as the same case with the same value. `{b: bool, flag: Flag}` read `"false"` as `.flag`,
/// wrote `false` and read that back as `.b(false)`; lint now refuses such a union, at the later variant.
@Suite struct UnionReadBackTests {
    static let declarations = """
        enums:
          Level: {wire: number, values: {1: One, 2: Two}}
          Color: {values: {red: Red, '7': Seven}}
        tables:
          Flag:
            title: A success flag
            source: doc
            codeType: bool
            entries:
              - {code: true, summary: Sent., outcome: success, category: none, aliases: ['1']}
              - {code: false, summary: Refused., outcome: failure, category: unknown}
          TextFlag:
            title: A success flag written as text
            source: doc
            codeType: bool
            wire: string
            entries:
              - {code: false, summary: Refused., outcome: failure, category: unknown}
          Numbers:
            title: Numeric codes
            source: doc
            entries: [{code: 7, summary: Seven., outcome: failure, category: unknown}, {code: 200, summary: Fine., outcome: success, category: none}]
          Padded:
            title: Numeric codes written padded
            source: doc
            wire: string
            padding: 3
            entries:
              - {code: 7, summary: Seven., outcome: failure, category: unknown}
          Words:
            title: Text codes
            source: doc
            codeType: string
            entries:
              - {code: OK, summary: Fine., outcome: success, category: none, aliases: ['2']}
              - {code: 'true', summary: Yes., outcome: success, category: none}

        shapes:
          IntBox: {fields: {c: int}}
          CodeBox: {fields: {c: Numbers}}
          LenientBox: {fields: {c: {type: int, lenient: true}}}
          LenientFlagBox: {fields: {c: {type: bool, lenient: true}}}
          DoubleBox: {fields: {c: double}}
          Needs: {fields: {a: int, b: string}}
          Defaulted: {fields: {b: string, a: {type: int, default: 0}}}
          Strict: {fields: {a: {type: int, required: false}, b: string}}
          Loose: {fields: {b: string}}
          Other: {fields: {a: string, b: string}}

        """

    static let types = [
        "bool", "int", "int64", "double", "decimal", "string", "Flag", "TextFlag", "Numbers", "Padded", "Words", "Level", "Color",
        "[int]", "[string]", "[bool]", "[Numbers]", "[Padded]", "[Flag]", "{int}", "{Numbers}", "{string}", "Inner",
        "IntBox", "CodeBox", "LenientBox", "LenientFlagBox", "DoubleBox", "Needs", "Defaulted", "Strict", "Loose", "Other",
    ]

    /// A union of a table and a list, which other unions may hold.
    static let inner = "  Inner:\n    variants: {n: Numbers, l: '[string]'}\n"

    static let probes = [
        "7", "\"7\"", "\"007\"", "200", "1", "\"1\"", "2", "\"2\"", "true", "false", "\"true\"", "\"false\"", "\"OK\"", "\"red\"", "\"x\"",
        "7.5", "[7]", "[\"7\"]", "[\"007\"]", "[7, \"7\"]", "[true]", "[\"true\"]", "{\"k\": 7}", "{\"k\": \"7\"}", "{\"k\": \"x\"}",
        "{\"c\": 7}", "{\"c\": \"7\"}", "{\"c\": 1}", "{\"c\": 0}", "{\"c\": \"1\"}", "{\"c\": \"01\"}", "{\"c\": 1.00000000000000001}", "{\"c\": true}", "{\"b\": \"x\"}", "{\"a\": 1, \"b\": \"x\"}", "{\"a\": \"x\", \"b\": \"y\"}",
    ]

    static func union(_ name: String, _ variants: [String]) -> String {
        "  \(name):\n    variants:\n" + variants.enumerated().map { "      v\($0.offset): '\($0.element)'\n" }.joined()
    }

    @Test func everyValueAUnionReadsIsReadBackAsItself() throws {
        // `SMSSPEC_RANDOM_SEED=n` draws other unions, as for `RandomSpecTests`.
        let seed = RandomSpecTests.firstSeed
        var generator = SeededRandom(seed: seed)
        var accepted: [[String]] = [], refused = 0
        for _ in 0..<300 {
            var variants: [String] = []
            for _ in 0..<Int.random(in: 2...3, using: &generator) {
                let type = Self.types.randomElement(using: &generator)!
                if !variants.contains(type) { variants.append(type) }
            }
            let diagnostics = Snippet.diagnostics(Self.declarations + "unions:\n" + Self.inner + Self.union("U", variants))
            if diagnostics.isEmpty { accepted.append(variants) }
            if diagnostics.contains(where: { $0.contains("writes back what variant") }) { refused += 1 }
        }
        #expect(accepted.count > 100 && refused > 8, "seed \(seed): \(accepted.count) accepted, \(refused) refused as read back otherwise")

        let unions = accepted.enumerated().map { Self.union("U\($0.offset)", $0.element) }.joined()
        let main = """
            import Foundation
            import SMSSpecRuntime
            func check<Union: Codable & Hashable>(_ type: Union.Type, _ name: String) {
                for probe in \(Self.probes) {
                    guard let value = try? JSONDecoder().decode([Union].self, from: Data("[\\(probe)]".utf8))[0] else { continue }
                    do {
                        let written = try JSONEncoder().encode([value])
                        let again = try JSONDecoder().decode([Union].self, from: written)[0]
                        if again != value { print("\\(name) \\(probe): \\(value) is written \\(String(decoding: written, as: UTF8.self)), read back as \\(again)") }
                    } catch {
                        print("\\(name) \\(probe): \\(value) is not read back: \\(error)")
                    }
                }
            }
            \(accepted.indices.map { "check(Acme.U\($0).self, \"{\(accepted[$0].joined(separator: ", "))}\")" }.joined(separator: "\n"))
            print("done")
            """
        let result = try BuildProducts.buildAndRun(spec: Snippet.header + Self.declarations + "unions:\n" + Self.inner + unions, main: main)
        try #require(result.build.status == 0, "seed \(seed): \(result.build.output.prefix(4000))")
        #expect(result.run?.output == "done\n", "seed \(seed):\n\(result.run?.output.prefix(4000) ?? "")")
    }

    /// At the later variant, with the payload: codes, elements of lists, fields of shapes (a code, a default written,
    /// a field dropped) and a key a shape drops where a map comes first. A text variant first reads `"7"` itself, so the
    /// table never writes it; a lenient field reads `"7"` itself, so a shape without it never does; and a shape that always
    /// writes a field as text never writes what one reading it as a number reads.
    /// Two variants that are shapes holding themselves through eight optional fields each: every field asked the same
    /// question one level deeper, (8 fields)^13 questions, and lint never ended. Each question is now worked out once.
    @Test(.timeLimit(.minutes(10))) func shapesHoldingThemselvesAreComparedOnce() {
        let fields = { (shape: String) in (1...8).map { "f\($0): {type: \(shape), required: false}" }.joined(separator: ", ") }
        let yaml = """
            shapes:
              A: {fields: {\(fields("A"))}}
              B: {fields: {\(fields("B"))}}
            unions:
              U: {variants: {a: A, b: B}}

            """
        let start = ThreadCPUClock.now
        #expect(Snippet.diagnostics(yaml) == [])
        #expect(ThreadCPUClock.now - start < .seconds(10))
    }

    /// A text table's code spelling a number with a fraction reads that JSON number too, and writes it back as text.
    @Test func aTextCodeSpellingADecimalNumberIsAKindChange() {
        let yaml = """
            tables:
              Rates:
                title: Rates
                source: doc
                codeType: string
                entries: [{code: '12.5', summary: A rate., outcome: success, category: none}, {code: '0.50', summary: Kept., outcome: success, category: none}]
            unions:
              Rated: {variants: {s: string, c: Rates}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "15:36: variant 'c' of union 'Rated' writes back what variant 's' (String) reads first: the payload 12.5 reads as 'c' (Rates) "
                + "and is written \"12.5\", which reads back as 's', another value; remove 's' (a table or enum reads any text, number or "
                + "boolean itself, one it does not list as unknown) or 'c'"
        ])
    }

    @Test func aVariantWrittenAsAnEarlierOnesValueIsALocatedError() {
        let yaml = Self.declarations + """
            unions:
              Answer: {variants: {b: bool, flag: Flag}}
              Count: {variants: {n: '[int]', c: '[Numbers]'}}
              Either: {variants: {s: string, n: int, c: Numbers}}
              Boxes: {variants: {i: IntBox, c: CodeBox}}
              Filled: {variants: {n: Needs, d: Defaulted}}
              Dropped: {variants: {s: Strict, l: Loose}}
              Fine: {variants: {c: LenientBox, l: Loose}}
              Keyed: {variants: {m: '{int}', i: IntBox}}
              Distinct: {variants: {s: Strict, o: Other}}
              FlagThenLenient: {variants: {f: LenientFlagBox, l: LenientBox}}
              FlagThenDouble: {variants: {f: LenientFlagBox, d: DoubleBox}}
              FlagThenInt: {variants: {f: LenientFlagBox, i: IntBox}}

            """
        let remove = "(a table or enum reads any text, number or boolean itself, one it does not list as unknown)"
        let apart = "remove one, or give each a required field the other does not have"
        #expect(Snippet.diagnostics(yaml) == [
            "57:38: variant 'flag' of union 'Answer' writes back what variant 'b' (Bool) reads first: the payload \"true\" reads as "
                + "'flag' (Flag) and is written true, which reads back as 'b', another value; remove 'b' \(remove) or 'flag'",
            "58:37: variant 'c' of union 'Count' writes back what variant 'n' ([Int]) reads first: the payload [\"7\"] reads as "
                + "'c' ([Numbers]) and is written [7], which reads back as 'n', another value; remove 'n' \(remove) or 'c'",
            "60:36: variant 'c' of union 'Boxes' writes back what variant 'i' (IntBox) reads first: the payload {\"c\": \"7\", …} reads as "
                + "'c' (CodeBox) and is written {\"c\": 7, …}, which reads back as 'i', another value; \(apart)",
            "61:36: variant 'd' of union 'Filled' writes back what variant 'n' (Needs) reads first: the payload {…} without \"a\" reads as "
                + "'d' (Defaulted) and is written {\"a\": 0, …}, which reads back as 'n', another value; \(apart)",
            "62:38: variant 'l' of union 'Dropped' writes back what variant 's' (Strict) reads first: the payload {\"a\": \"x\", …} reads as "
                + "'l' (Loose) and is written {…} without \"a\", which reads back as 's', another value; \(apart)",
            "64:37: variant 'i' of union 'Keyed' writes back what variant 'm' ([String: Int]) reads first: the payload {…, \"x\": \"x\"} "
                + "reads as 'i' (IntBox) and is written {…} without \"x\", which reads back as 'm', another value; put the shape first (a map "
                + "then reads only what it does not), or remove one",
            "66:54: variant 'l' of union 'FlagThenLenient' writes back what variant 'f' (LenientFlagBox) reads first: the payload "
                + "{\"c\": \"01\", …} reads as 'l' (LenientBox) and is written {\"c\": 1, …}, which reads back as 'f', another value; \(apart)",
            "67:53: variant 'd' of union 'FlagThenDouble' writes back what variant 'f' (LenientFlagBox) reads first: the payload "
                + "{\"c\": 1.00000000000000001, …} reads as 'd' (DoubleBox) and is written {\"c\": 1, …}, which reads back as 'f', another value; \(apart)",
            "68:50: variant 'i' of union 'FlagThenInt' writes back what variant 'f' (LenientFlagBox) reads first: the payload "
                + "{\"c\": 1.00000000000000001, …} reads as 'i' (IntBox) and is written {\"c\": 1, …}, which reads back as 'f', another value; \(apart)",
        ])
    }
}
