import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// Specs at the edges of what lint accepts: each either is a located error or generates Swift that type-checks with
/// warnings as errors.
@Suite struct LintCleanCompilesTests {
    /// The compiler's complaints about the Swift `yaml` generates (after `Snippet.header`), or the lint errors as
    /// `line:column: message`; nil when it all type-checks.
    func problems(_ yaml: String) throws -> String? {
        let diagnostics = Snippet.diagnostics(yaml)
        guard diagnostics.isEmpty else { return diagnostics.joined(separator: "\n") }
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + yaml)], options: GeneratorOptions())
        let result = try BuildProducts.typecheck(generated: files)
        return result.status == 0 ? nil : String(result.output.prefix(4000))
    }

    /// A discriminated union whose every variant carries a code walked them in a switch without its `unknown` case:
    /// lint said OK over code that does not compile (a user's 2Factor `{"Status", "Details"}` answers).
    @Test func aDiscriminatedUnionWhoseEveryVariantCarriesACodeCompiles() throws {
        #expect(try problems("""
            operations:
              get: {method: GET, path: /x, responses: {200: {shape: Holder, tables: [Code]}}, source: doc}
            shapes:
              Holder: {fields: {item: Item}}
              A: {fields: {kind: string, code: Code}}
              B: {fields: {kind: string, code: Code}}
            unions:
              Item:
                discriminator: {field: kind, variants: {a: A, b: B}}
            tables:
              Code:
                title: C
                source: doc
                entries:
                  - {code: 0, summary: ok, outcome: success, category: none}
            """) == nil)
    }

    @Test func listShapesHoldingThemselvesOnlyThroughListShapesAreLocatedErrors() throws {
        let holdsItself = "and a list shape is a type alias, which cannot hold itself; make a shape of the cycle an object (fields) or a union"
        #expect(Snippet.diagnostics("""
            shapes:
              Thread: {items: Thread}
              Forest: {items: '{[Forest]}'}
              Even: {items: Odd}
              Odd: {items: '[Even]'}
            """) == [
                "9:19: the items of list shape 'Thread' hold 'Thread' again through list shapes only, \(holdsItself)",
                "10:19: the items of list shape 'Forest' hold 'Forest' again through list shapes only, \(holdsItself)",
                "11:17: the items of list shape 'Even' hold 'Even' again through list shapes only, \(holdsItself)",
                "12:16: the items of list shape 'Odd' hold 'Odd' again through list shapes only, \(holdsItself)",
            ])
        // Through a union or a shape with fields, the cycle passes a type of its own: it compiles.
        let problems = try problems("""
            shapes:
              Thread: {items: Post}
              Post: {fields: {replies: {type: Thread, required: false}}}
              Tree: {items: Node}
            unions:
              Node: {variants: {leaf: string, branch: Tree}}
            """)
        #expect(problems == nil, "\(problems ?? "")")
    }
}

extension LintCleanCompilesTests {
    /// The auth header's name and scheme are written into every request as they are: each must be an HTTP token, or
    /// a lint-clean spec would make a client that fails every request (or a header that holds a line break).
    @Test func anAuthHeaderNameOrSchemeThatIsNoTokenIsALocatedError() {
        let only = "letters, digits and !#$%&'*+-.^_`|~ only"
        #expect(Snippet.diagnostics("", providerKeys: "  auth: {type: header, name: 'X-Key: 1', scheme: \"Token\\r\\nX-Evil\"}\n") == [
            // Not quoted, as it may be a credential: its first wrong character and where it is.
            "6:30: auth 'name' is not an HTTP token: character 6 is \":\"; \(only)",
            "6:50: auth 'scheme' is not an HTTP token: character 6 is \"\\r\"; \(only)",
        ])
        #expect(Snippet.diagnostics("", providerKeys: "  auth: {type: header, name: Authorization, scheme: Bearer}\n") == [])
    }
}

extension LintCleanCompilesTests {
    /// A value a message quotes, or the spec's path, cannot end the diagnostic's line or drive the terminal: each
    /// problem stays one `path:line:column: error:` line.
    @Test func aDiagnosticIsOneLineWhateverTheValuesItQuotes() {
        let diagnostics = DiagnosticCollector()
        let yaml = Snippet.header + """
            shapes:
              S:
                fields:
                  a: {type: date, format: iso8601, timeZone: "x\\nfake.yaml:1:1: error: forged\\r\\e[31m\\u2028"}

            """
        _ = Generator.models(for: [SpecInput(path: "dir\n/acme\u{1B}.yaml", contents: yaml)], diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "dir\\n/acme\\u{1B}.yaml:11:50: error: unknown time zone 'x\\nfake.yaml:1:1: error: forged\\r\\u{1B}[31m\\u{2028}' "
                + "for field 'a' of shape 'S'; use an IANA name such as Asia/Jakarta"
        ])
    }
}

extension LintCleanCompilesTests {
    /// `maxLength: -1` made a validator that refused every value and `minLength: -1` one that checked nothing.
    @Test func aNegativeLengthOrCountIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  text: {type: string, constraints: {minLength: -1, maxLength: -1}}
                  to: {type: '[string]', constraints: {minItems: -2, maxItems: -2}}
                  ok: {type: string, constraints: {minLength: 0, maxLength: 0}}
            """) == [
                "11:53: 'minLength' of field 'text' of shape 'S' is a count, so it cannot be negative; found -1",
                "11:68: 'maxLength' of field 'text' of shape 'S' is a count, so it cannot be negative; found -1",
                "12:54: 'minItems' of field 'to' of shape 'S' is a count, so it cannot be negative; found -2",
                "12:68: 'maxItems' of field 'to' of shape 'S' is a count, so it cannot be negative; found -2",
            ])
    }
}

extension LintCleanCompilesTests {
    /// A date format without date fields (`''`, a quoted literal, the era) wrote every date as one text. Reported at the
    /// format, written in backticks (an ICU literal is in single quotes).
    @Test func aDateFormatThatWritesEveryDateAlikeIsALocatedError() {
        let alike = "writes every date as the same text; an ICU pattern needs fields such as yyyy, MM, dd, HH"
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  sent: {type: date, formats: ['', iso8601]}
                  due: {type: date, format: "'today'"}
                  era: {type: date, format: G}
                  ok: {type: date, formats: ['yyyy-MM-dd HH:mm:ss', yyyy, iso8601]}
            """) == [
                "11:36: format `` of field 'sent' of shape 'S' \(alike)",
                "12:33: format `'today'` of field 'due' of shape 'S' \(alike)",
                "13:33: format `G` of field 'era' of shape 'S' \(alike)",
            ])
    }

    /// A named format misspelt (`unix` for Textlocal's schedule_time, `UnixSeconds`, `epoch`) or a literal left
    /// unquoted was read as an ICU pattern: `unix` is the year and two letters ICU ignores, so a lint-clean spec wrote
    /// every schedule time as `2024` and read none; `yyyy-MM-ddTHH:mm` wrote the day alone. A letter that is no ICU field is a located error, with what ICU
    /// would write and the named format meant.
    @Test func aDateFormatHoldingALetterICUDoesNotDefineIsALocatedError() {
        let named = "a named format is iso8601, unixSeconds or unixMilliseconds, and literal text in a pattern is quoted ('T')"
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  schedule: {type: date, format: unix}
                  sent: {type: date, format: UnixSeconds}
                  due: {type: date, formats: [iso8601, yyyy-MM-ddTHH:mm]}
                  ok: {type: date, formats: ["yyyy-MM-dd'T'HH:mm:ss.SSSxxx", 'EEE, dd MMM yyyy HH:mm:ss Z', "h 'o''clock' a"]}
            """) == [
                "11:38: format `unix` of field 'schedule' of shape 'S' holds 'n', which is no ICU date field: it would write "
                    + "2001-02-03T04:05:06Z as `2001`; \(named)",
                "12:34: format `UnixSeconds` of field 'sent' of shape 'S' holds 'n', which is no ICU date field: it would write "
                    + "2001-02-03T04:05:06Z as `2001`; \(named) (did you mean 'unixSeconds'?)",
                "13:44: format `yyyy-MM-ddTHH:mm` of field 'due' of shape 'S' holds 'T', which is no ICU date field: it would "
                    + "write 2001-02-03T04:05:06Z as `2001-02-03`; \(named)",
            ])
    }

    /// A user's Aligo spec wrote its documents' `YYYYMMDD`: ICU reads `Y` as the year of a week-of-year and `D` as the
    /// day of the year, so 2024-12-30 was sent as `202512365`, and `validate()` refused `20241230`. Such a field, minutes
    /// in a date with no hour, a month inside a time, a field in two places are located errors; a 12-hour clock without
    /// AM/PM a warning, each one a pattern holds said. A time before a date (`HH:mm:ss MM/dd/yyyy`) is fine.
    @Test func aDateFieldICUReadsOtherwiseThanMeantIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  rdate: {type: date, format: YYYYMMDD}
                  day: {type: date, format: yyyyMMDD}
                  sent: {type: date, format: yyyy-mm-dd}
                  at: {type: date, format: 'HH:MM:ss'}
                  twice: {type: date, formats: ['dd/mm/yyyy HH:mm', yyyyMMddHHMM]}
                  ok: {type: date, formats: ["YYYY-'W'ww", 'yyyy-DDD', 'dd/MM/yyyy hh:mm a', 'yyyy-MM-dd HH:mm:ss', 'mm:ss', 'HH:mm:ss MM/dd/yyyy', 'HH:mm:ss MMM d, yyyy', 'HH:mm:ssMMddyyyy']}
            """) == [
                // Each misreading of one pattern, not the first alone (a user's `YYYYMMDDhhmm`).
                "11:35: format `YYYYMMDD` of field 'rdate' of shape 'S' holds 'D', the day of the year (ICU), beside a month (it writes "
                    + "2024-12-30T13:05:00Z as `202512365`); write dd for the day of the month",
                "11:35: format `YYYYMMDD` of field 'rdate' of shape 'S' holds 'Y', the year of a week-of-year (ICU), not the calendar year "
                    + "(it writes 2024-12-30T13:05:00Z as `202512365`); write yyyy",
                "12:33: format `yyyyMMDD` of field 'day' of shape 'S' holds 'D', the day of the year (ICU), beside a month (it writes "
                    + "2024-12-30T13:05:00Z as `202412365`); write dd for the day of the month",
                "13:34: format `yyyy-mm-dd` of field 'sent' of shape 'S' holds 'm', the minute (ICU), in a date with no hour (it writes "
                    + "2024-12-30T13:05:00Z as `2024-05-30`); write MM for the month",
                "14:32: format `HH:MM:ss` of field 'at' of shape 'S' holds 'M', the month (ICU), between the parts of a time; "
                    + "write mm for the minute",
                // A field in two places (a review: these passed).
                "15:37: format `dd/mm/yyyy HH:mm` of field 'twice' of shape 'S' holds 'm' in two places, which ICU writes with one value "
                    + "(it writes 2024-12-30T13:05:00Z as `30/05/2024 13:05`); MM is the month, mm the minute",
                "15:57: format `yyyyMMddHHMM` of field 'twice' of shape 'S' holds 'M' in two places, which ICU writes with one value "
                    + "(it writes 2024-12-30T13:05:00Z as `202412301312`); MM is the month, mm the minute",
            ])
        #expect(lintDiagnostics("""
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            shapes:
              S: {fields: {at: {type: date, format: 'yyyy-MM-dd hh:mm:ss'}}}

            """) == [
                "specs/acme.yaml:4:41: warning: format `yyyy-MM-dd hh:mm:ss` of field 'at' of shape 'S' holds a 12-hour clock ('h' or 'K') "
                    + "without AM/PM ('a'): 01:00 and 13:00 are written alike (it writes 2024-12-30T13:05:00Z as `2024-12-30 01:05:00`); "
                    + "write HH for 0-23, or add a"
            ])
    }
}

extension LintCleanCompilesTests {
    /// An attack: patterns that write a date they read back as another, or not at all — `yyyyMd` wrote 2024-01-11 as
    /// `2024111`, read back as 2024-11-01; `HH:mm:SS` wrote the seconds as a fraction (`13:05:00`); `yyyy-dd` and
    /// `yyyy-QQ-dd` read back in January or October, `MM-dd` in 1970; `HH … a` wrote `13:05:07 PM`, which reads as no
    /// date; a time beside part of a date (`yyyy HH:mm`, `EEEE HH:mm`) read back on the first. Each is a located error;
    /// numbers apart, or side by side at fixed widths, and a time of day alone, are fine.
    @Test func aDatePatternThatDoesNotReadBackIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  a: {type: date, format: yyyyMd}
                  b: {type: date, format: 'yyyy-MM-dd HH:mm:SS'}
                  c: {type: date, formats: [yyyy-dd, yyyy-QQ-dd, MM-dd]}
                  d: {type: date, format: 'yyyy-MM-dd HH:mm:ss a'}
                  e: {type: date, formats: ['yyyy HH:mm', 'EEEE HH:mm', 'yyyy-MM-dd ss', 'yyyy-ww HH:mm', 'yyyy-ww-EEE HH:mm']}
                  ok: {type: date, formats: [yyyyMMddHHmmss, 'yyyy-M-d H:m:s', 'yyyy-MM-dd HH:mm:ss.SSS', 'M/d/yyyy h:mm a', 'HH:mm', 'yyyy-MM', 'YYYY-ww-EEE HH:mm', 'EEEE', 'EEE, dd MMM yyyy']}
                  f: {type: date, formats: ['yyyy EEEE', 'yyyy-MM-F']}
            """) == [
                "11:31: format `yyyyMd` of field 'a' of shape 'S' holds 'y' and 'M' side by side, and 'M' alone writes 1 or 2 digits: "
                    + "reading it back cannot tell where one ends; write MM for two digits always",
                "12:31: format `yyyy-MM-dd HH:mm:SS` of field 'b' of shape 'S' holds 'S', the fraction of a second (ICU), in the seconds' "
                    + "place; write ss for the seconds",
                "13:33: format `yyyy-dd` of field 'c' of shape 'S' holds a day of the month ('d') but no month, which reading it back takes "
                    + "for January; write MM for the month",
                "13:42: format `yyyy-QQ-dd` of field 'c' of shape 'S' holds a day of the month ('d') but no month, which reading it back "
                    + "takes for January; write MM for the month",
                "13:54: format `MM-dd` of field 'c' of shape 'S' holds a month but no year, which reading it back takes for 1970; write "
                    + "yyyy for the year",
                "14:31: format `yyyy-MM-dd HH:mm:ss a` of field 'd' of shape 'S' holds AM/PM ('a') beside a 24-hour clock ('H'): it writes "
                    + "`13:05 PM`, which does not read back; write hh for 1-12 with a, or leave a out",
                "15:33: format `yyyy HH:mm` of field 'e' of shape 'S' holds a time and part of a date, but no day of the month ('d'), which "
                    + "reading it back takes for the first (it writes 2024-12-30T13:05:00Z as `2024 13:05`); write yyyy-MM-dd beside the time, or "
                    + "the time alone",
                "15:47: format `EEEE HH:mm` of field 'e' of shape 'S' holds a time and part of a date, but no day of the month ('d'), which "
                    + "reading it back takes for the first (it writes 2024-12-30T13:05:00Z as `Monday 13:05`); write yyyy-MM-dd beside the time, "
                    + "or the time alone",
                "15:61: format `yyyy-MM-dd ss` of field 'e' of shape 'S' holds seconds ('s') but no minute, which reading it back takes for "
                    + "minute 0 (it writes 2024-12-30T13:05:00Z as `2024-12-30 00`); write mm:ss",
                "15:78: format `yyyy-ww HH:mm` of field 'e' of shape 'S' holds a time and part of a date, but no day of the month ('d'), which "
                    + "reading it back takes for the first (it writes 2024-12-30T13:05:00Z as `2024-01 13:05`); write yyyy-MM-dd beside the time, "
                    + "or the time alone",
                "15:95: format `yyyy-ww-EEE HH:mm` of field 'e' of shape 'S' holds 'w', the week of a week-based year (ICU), beside the "
                    + "calendar year ('y'): the last days of December are in week 1 of the next year (it writes 2024-12-30T13:05:00Z as "
                    + "`2024-01-Mon 13:05`); write YYYY beside ww, or yyyy-MM-dd",
                // A weekday beside a year or month without its day (an attack: 2026-12-31 written `2026 Thursday`).
                "17:33: format `yyyy EEEE` of field 'f' of shape 'S' holds a weekday but no day of the month ('d'), which reading it back "
                    + "takes for another day (it writes 2024-12-30T13:05:00Z as `2024 Monday`); write the day too (EEEE, yyyy-MM-dd), or the weekday alone",
                "17:46: format `yyyy-MM-F` of field 'f' of shape 'S' holds a weekday but no day of the month ('d'), which reading it back "
                    + "takes for another day (it writes 2024-12-30T13:05:00Z as `2024-12-5`); write the day too (EEEE, yyyy-MM-dd), or the weekday alone",
            ])
    }

    /// A union tries a variant that is a union on the same value: a cycle of such variants would try them again for
    /// ever (a stack overflow in generated code and in lint's example check). Through a list, each turn reads a level
    /// of the payload, so the cycle ends: it builds, decodes nested values and refuses what no variant reads.
    @Test func unionsHoldingThemselvesOnlyThroughUnionsAreLocatedErrors() throws {
        let forever = "so a value no variant reads would be tried again for ever; make a variant of the cycle a list, map or shape"
        #expect(Snippet.diagnostics("""
            unions:
              Loop: {variants: {again: Loop, text: string}}
              Ping: {variants: {pong: Pong, number: int}}
              Pong: {variants: {ping: Ping, text: string}}
            """) == [
                "9:28: variant 'again' of union 'Loop' holds 'Loop' again through unions only, \(forever)",
                "10:27: variant 'pong' of union 'Ping' holds 'Ping' again through unions only, \(forever)",
                "11:27: variant 'ping' of union 'Pong' holds 'Pong' again through unions only, \(forever)",
            ])
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + """
            unions:
              Nested: {variants: {items: '[Nested]', text: string}}
            """, main: """
            import Foundation
            import SMSSpecRuntime
            print(try JSONDecoder().decode(Acme.Nested.self, from: Data(#"[["a"], "b", []]"#.utf8)))
            do { _ = try JSONDecoder().decode(Acme.Nested.self, from: Data("[[true]]".utf8)) } catch { print(DecodingErrorDescription.describe(error)) }
            """)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            items([Snippet.Acme.Nested.items([Snippet.Acme.Nested.text("a")]), Snippet.Acme.Nested.text("b"), Snippet.Acme.Nested.items([])])
            at `[0][0]`: Expected `[Nested]` or `String`.

            """)
    }
}

extension LintCleanCompilesTests {
    /// A message quoting a huge spec value (a 100 KB time zone) stays readable: cut in its middle, it keeps what it
    /// is about and what to do.
    @Test func aMessageQuotingAHugeValueIsCutInItsMiddle() {
        let zone = String(repeating: "Asia/Nowhere", count: 8_500)
        let diagnostics = Snippet.diagnostics("shapes:\n  Receipt:\n    fields:\n      at: {type: date, format: iso8601, timeZone: '\(zone)'}\n")
        #expect(diagnostics.count == 1)
        let message = diagnostics.first ?? ""
        #expect(message.count <= Diagnostic.maximumMessageLength + 50, "\(message.count) characters")
        #expect(message.hasPrefix("11:51: unknown time zone 'Asia/NowhereAsia/Nowhere"))
        #expect(message.contains(" characters cut) … ") && message.hasSuffix("; use an IANA name such as Asia/Jakarta"))
    }
}

extension LintCleanCompilesTests {
    /// A list shape is a type alias of `[T]`: as an operation's request it made `extension [T]: ProviderRequest` (and
    /// `ValidatableMessage`), which does not compile. It is a located error saying what to write; as an answer or a
    /// callback it stays the list it aliases.
    @Test func aListShapeAsARequestIsALocatedError() throws {
        #expect(Snippet.diagnostics("""
            operations:
              bulk: {method: POST, path: /bulk, request: Batch, responses: {200: {shape: Batch}}}
            shapes:
              Message: {fields: {to: string}}
              Batch: {items: Message}
            """) == [
                "9:46: the request of operation 'bulk' is 'Batch', a list shape (a JSON array body), which cannot be a request: "
                    + "make the request a shape with fields whose one body field is the list, sent as the whole body (messages: "
                    + "{type: 'Batch', in: wholeBody}); path, query and header fields may stand beside it"
            ])
        let problems = try problems("""
            operations:
              bulk: {method: POST, path: /bulk, request: Send, responses: {200: {shape: Batch}}}
            shapes:
              Message: {fields: {to: string}}
              Batch: {items: Message}
              Send: {fields: {messages: '[Message]'}}
            callbacks:
              Batch: {shape: Batch}
            """)
        #expect(problems == nil, "\(problems ?? "")")
    }
}

extension LintCleanCompilesTests {
    /// A default outside its field's own bounds linted clean, and the generated `validate()` then refused every request
    /// that left the field out (`S()` broke `maximum: 3` with its default 7).
    @Test func aDefaultOutsideItsFieldsBoundsIsALocatedError() throws {
        let refused = "every message that leaves the field out would fail validate(); change the default or the bound"
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  count: {type: int, default: 7, constraints: {maximum: 3}}
                  since: {type: int64, default: -1, constraints: {minimum: 0, maximum: 9}}
                  code: {type: string, default: abc, constraints: {minLength: 4}}
                  name: {type: string, default: "é\\u0301x", constraints: {maxLength: 2}}
                  fits: {type: int, default: 3, constraints: {minimum: 3, maximum: 3}}
                  fitsText: {type: string, default: ab, constraints: {minLength: 2, maxLength: 2}}
            """) == [
                "11:35: default '7' of field 'count' of shape 'S' is outside its 'maximum' of 3: \(refused)",
                "12:37: default '-1' of field 'since' of shape 'S' is outside its 'minimum' of 0: \(refused)",
                "13:37: default 'abc' of field 'code' of shape 'S' is 3 characters long, outside its 'minLength' of 4: \(refused)",
                "14:37: default 'é\u{301}x' of field 'name' of shape 'S' is 3 characters long, outside its 'maxLength' of 2: \(refused)",
            ])
    }

    /// A string default its own `pattern` does not match linted clean, and `validate()` refused every message leaving
    /// the field out. Matched as `validate()` matches (`$` is the end of the value, so `"12\n"` is no `^[0-9]+$`).
    @Test func aDefaultItsPatternDoesNotMatchIsALocatedError() throws {
        let refused = "every message that leaves the field out would fail validate(); change the default or the pattern"
        #expect(Snippet.diagnostics(#"""
            shapes:
              S:
                fields:
                  code: {type: string, default: abc, constraints: {pattern: '^[0-9]+$'}}
                  line: {type: string, default: "12\n", constraints: {pattern: '^[0-9]+$'}}
                  fits: {type: string, default: '123', constraints: {pattern: '^[0-9]+$'}}
            """#) == [
                "11:37: default 'abc' of field 'code' of shape 'S' does not match its pattern '^[0-9]+$': \(refused)",
                "12:37: default '12\\n' of field 'line' of shape 'S' does not match its pattern '^[0-9]+$': \(refused)",
            ])
    }

    /// A string default longer than its own `maxSegments` linted clean, and `validate()` refused every message leaving
    /// the field out. Counted as `validate()` counts: with the provider's capacities, each placeholder filled in with
    /// `defaultLength` characters, or the fewest the `lengthFrom` field's `minimum` lets pass.
    @Test func aDefaultLongerThanItsMaxSegmentsIsALocatedError() throws {
        let refused = "every message that leaves the field out would fail validate(); change the default or the bound"
        let long = String(repeating: "a", count: 161)
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  long: {type: string, default: \(long), constraints: {maxSegments: 1}}
                  code: {type: string, default: 'Code {#X}', constraints: {maxSegments: 1, substitute: {placeholder: '{#X}', defaultLength: 156}}}
                  otp: {type: string, default: 'OTP {#X}', constraints: {maxSegments: 1, substitute: {placeholder: '{#X}', lengthFrom: size}}}
                  size: {type: int, constraints: {minimum: 157}}
                  any: {type: string, default: 'OTP {#X}', constraints: {maxSegments: 1, substitute: {placeholder: '{#X}', lengthFrom: free, defaultLength: 900}}}
                  free: {type: int, required: false}
                  fits: {type: string, default: \(long.dropLast()), constraints: {maxSegments: 1}}
            """) == [
                "11:37: default '\(long.prefix(80))…' of field 'long' of shape 'S' takes 2 SMS (161 septets, GSM-7), more than its 'maxSegments' of 1: \(refused)",
                "12:37: default 'Code {#X}' of field 'code' of shape 'S' takes 2 SMS with {#X} filled in (156 characters) (161 septets, GSM-7), more than its 'maxSegments' of 1: \(refused)",
                "13:36: default 'OTP {#X}' of field 'otp' of shape 'S' takes 2 SMS with {#X} filled in (157 characters) (161 septets, GSM-7), more than its 'maxSegments' of 1: \(refused)",
            ])
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  text: {type: string, default: 'Hello world', constraints: {maxSegments: 1}}
            """, providerKeys: "  segments: {gsm7Single: 10, gsm7Concatenated: 8}\n") == [
                "12:37: default 'Hello world' of field 'text' of shape 'S' takes 2 SMS (11 septets, GSM-7), more than its 'maxSegments' of 1: \(refused)",
            ])
    }

    /// A default its own `url` rule refuses linted clean, and `validate()` refused every message leaving the field out.
    @Test func aDefaultItsURLRuleRefusesIsALocatedError() throws {
        let refused = { (why: String) in
            "is not an http(s) URL, which its 'url' rule requires (\(why)): every message that leaves the field out would fail "
                + "validate(); change the default or the rule"
        }
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  ftp: {type: string, default: 'ftp://acme.example/in', constraints: {url: true}}
                  spaced: {type: string, default: 'https://acme.example/a b', constraints: {url: true}}
                  port: {type: string, default: 'https://acme.example:70000/in', constraints: {url: true}}
                  fits: {type: string, default: 'https://acme.example/in', constraints: {url: true}}
            """) == [
                "11:36: default 'ftp://acme.example/in' of field 'ftp' of shape 'S' \(refused("its scheme is not http or https"))",
                "12:39: default 'https://acme.example/a b' of field 'spaced' of shape 'S' \(refused("it holds a space"))",
                "13:37: default 'https://acme.example:70000/in' of field 'port' of shape 'S' \(refused("its port is above 65535"))",
            ])
    }

    /// A credential takes no default, and lint says so without its value; its rules then quoted it too ("default
    /// 'hunter2' of field 'password' … does not match its pattern"), printing the secret the spec should not hold.
    @Test func aCredentialsDefaultIsNeverQuotedByItsRules() {
        let diagnostics = Snippet.diagnostics("""
            shapes:
              Login:
                fields:
                  password: {type: string, secret: true, default: hunter2, constraints: {minLength: 10, pattern: '^[0-9]+$', url: true, maxSegments: 1}}
            """)
        #expect(diagnostics == [
            "11:55: field 'password' of shape 'Login' is a credential ('secret'), so it has no default: its value would be written in the generated code"
        ])
        #expect(!diagnostics.joined().contains("hunter2"))
    }

    /// A default its own `phone` rule refuses linted clean, and `validate()` refused every message leaving the field
    /// out. Judged as `validate()` judges: the number written exactly in one of the forms, so no spaces.
    @Test func aDefaultItsPhoneRuleRefusesIsALocatedError() throws {
        let refused = "which its 'phone' rule requires: every message that leaves the field out would fail validate(); change the default or the rule"
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  national: {type: string, default: '081234567890', constraints: {phone: {country: ID, forms: [e164]}}}
                  spaced: {type: string, default: '+62 812 3456 7890', constraints: {phone: {country: ID, forms: [e164]}}}
                  landline: {type: string, default: '+62212345678', constraints: {phone: {country: ID, forms: [e164, national]}}}
                  fits: {type: string, default: '+6281234567890', constraints: {phone: {country: ID, forms: [e164]}}}
            """, providerKeys: "  phoneNumbers:\n    ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}\n") == [
                "13:41: default '081234567890' of field 'national' of shape 'S' is not a mobile number of ID written as +62…, \(refused)",
                "14:39: default '+62 812 3456 7890' of field 'spaced' of shape 'S' is not a mobile number of ID written as +62…, \(refused)",
                "15:41: default '+62212345678' of field 'landline' of shape 'S' is not a mobile number of ID written as +62… or 0…, \(refused)",
            ])
    }
}

extension LintCleanCompilesTests {
    /// A `name` or `case` that is no Swift identifier was reported at the field, value or entry, asking for the
    /// `name` (or `case`) the spec had just given; it is reported at that name now. (Derived names, `1x` → `n1x`,
    /// `a b` → `aB`, are identifiers.)
    @Test func aGivenNameThatIsNoIdentifierIsReportedWhereItStands() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  a: {type: string, name: 'a b'}
                  1x: string
            enums:
              E: {values: {a: {name: '$0', summary: A.}, 2 b: B.}}
            tables:
              T:
                title: T
                source: doc
                entries:
                  - {code: 1, case: 'x-y', summary: One., outcome: success, category: none}
                  - {code: 2, name: 'a b', summary: Two., outcome: success, category: none}
            """) == [
                "11:31: the 'name' of field 'a', 'a b', is not a Swift property name: use letters, digits and '_', not a digit first",
                "14:26: the 'name' of value 'a', '$0', is not a Swift case name: use letters, digits and '_', not a digit first",
                "20:25: the 'case' of code 1, 'x-y', is not a Swift case name: use letters, digits and '_', not a digit first",
            ])
    }

    /// A name with no letter or digit (`?`, `+`, `-`, `#`) became `_`, which the reserved-name rule made `__`: Swift
    /// that compiled with members named `__`, and clashed once a second such name came. Each is a located error; a
    /// callback's discriminator field, a wire name the spec cannot rename, labels its unknown case `kind`.
    @Test func aNameWithNoLetterOrDigitIsALocatedError() throws {
        #expect(Snippet.diagnostics("""
            operations:
              "?": {method: GET, path: /x, source: doc, responses: {"200": {shape: S}}}
            shapes:
              S:
                fields:
                  "?": string
                  a: {type: string, name: _}
                  kind: E
                  code: T
                  either: U
            enums:
              E: {values: {"+": Plus., a: A.}}
            unions:
              U: {variants: {"-": string, n: int}}
            tables:
              T:
                title: T
                codeType: string
                source: doc
                entries:
                  - {code: "?", summary: Unknown., outcome: failure, category: unknown}
                  - {code: OK, summary: Fine., outcome: success, category: none}
            """) == [
                "9:3: operation '?' has no letter or digit to name a Swift member after; rename it",
                "13:7: field '?' has no letter or digit to name a Swift property after; give the field a 'name'",
                "14:31: the 'name' of field 'a', '_', is not a Swift property name: use letters, digits and '_', not a digit first",
                "19:16: value '+' has no letter or digit to name a Swift case after; give the value a 'name'",
                "21:18: variant '-' of union 'U' has no letter or digit to name a Swift case after; rename it",
                "28:9: code \"?\" has no letter or digit to name a Swift case after; set 'case'",
            ])
        #expect(try problems("""
            shapes:
              B: {fields: {"#": {type: string, name: hash}, x: string}}
            callbacks:
              E: {source: doc, discriminator: {field: "#", variants: {x: B}}}
            """) == nil)
    }
}

extension LintCleanCompilesTests {
    /// Swift type-checks nested collection types in time exponential in their depth, and lint let 32 brackets through,
    /// and any depth through a chain of list shapes: a field of 20 nested lists took 10 s to type-check, 22 levels of a
    /// union's variants 51 s. A type nests at most `TypeExpression.maximumDepth` lists and maps, list shapes counted as
    /// the lists they alias; at that depth the output type-checks in a moment.
    @Test func typesNestingTooDeepThroughListShapesAreLocatedErrors() throws {
        let tooDeep = "nests more than 12 lists and maps, counting the lists its list shapes alias; Swift takes exponentially long "
            + "to compile deeper ones: make an inner level a shape with fields"
        #expect(TypeExpression.maximumDepth == 12)
        #expect(Snippet.diagnostics("""
            shapes:
              Six: {items: '[[[[[int]]]]]'}
              Twelve: {items: '[[[[[Six]]]]]'}
              Thirteen: {items: Twelve}
              S: {fields: {rows: '[Twelve]', deep: '{[[[[[[Six]]]]]]}'}}
            unions:
              U: {variants: {rows: Thirteen, n: int}}
            """) == [
                "11:21: 'Twelve' (the items of list shape 'Thirteen', a list of them) \(tooDeep)",
                "12:22: '[Twelve]' (field 'rows' of shape 'S') \(tooDeep)",
                "12:40: '{[[[[[[Six]]]]]]}' (field 'deep' of shape 'S') \(tooDeep)",
                "14:24: 'Thirteen' (variant 'rows' of union 'U') \(tooDeep)",
            ])
        let problems = try problems("""
            shapes:
              Six: {items: '[[[[[int]]]]]'}
              Twelve: {items: '[[[[[Six]]]]]'}
              S: {fields: {rows: Twelve, deep: '{[[[[Six]]]]}', flat: '[[[[[[[[[[[[string]]]]]]]]]]]]'}}
            unions:
              U: {variants: {rows: Twelve, n: int, texts: '{[[[[[[[[[[[string]]]]]]]]]]]}'}}
            operations:
              list: {method: GET, path: /rows, responses: {200: {shape: Twelve}}}
            """)
        #expect(problems == nil, "\(problems ?? "")")
    }
}

extension LintCleanCompilesTests {
    /// HTTP header names ignore case: two request fields `in: header` named `X-Trace` and `x-trace` linted clean, and
    /// every request then carried that header twice, one value each, for the provider to pick from.
    @Test func twoHeaderFieldsDifferingOnlyInCaseAreALocatedError() {
        #expect(Snippet.diagnostics("""
            operations:
              send: {method: POST, path: /send, request: S, responses: {200: {}}}
            shapes:
              S:
                fields:
                  X-Trace: {type: string, in: header, name: trace}
                  x-trace: {type: string, in: header, name: otherTrace}
                  x-Other: {type: string, in: header}
                  x-trace-id: {type: string, in: header}
                  q: {type: string, in: query}
                  Q: {type: string, in: query, name: bigQ}
            """) == [
                "14:7: field 'x-trace' of shape 'S' is the header of another field 'in: header' (line 13), as HTTP header names "
                    + "ignore case: the header would be sent twice; remove one"
            ])
    }
}

extension LintCleanCompilesTests {
    /// A callback's `unknown` case is labelled by its discriminator and `payload`: a discriminator field named
    /// `payload` linted clean and declared `unknown(payload:payload:)`, which does not compile. It is `payload_` now.
    @Test func aDiscriminatorNamedPayloadCompiles() throws {
        let yaml = """
            shapes:
              Receipt: {fields: {payload: string, id: string}}
            callbacks:
              Event: {discriminator: {field: payload, variants: {dlr: Receipt}}}
            """
        let problems = try problems(yaml)
        #expect(problems == nil, "\(problems ?? "")")
        Snippet.expect(try Snippet.swift(yaml), contains: "case unknown(payload_: Swift.String, payload: SMSSpecRuntime.JSONValue)")
    }
}

extension LintCleanCompilesTests {
    /// `phone: {forms: []}` linted clean, and the generated `validate()` refused every number (a default too, with a
    /// message ending "written as ").
    @Test func aPhoneRuleWithoutFormsIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  to: {type: string, constraints: {phone: {country: ID, forms: []}}}
            """, providerKeys: "  phoneNumbers:\n    ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}\n") == [
                "13:61: 'forms' of 'phone' of field 'to' of shape 'S' lists no form, so every number would be refused; list e164, international or national"
            ])
    }

    /// A country whose national prefix is its country code (NANP: +1, trunk prefix 1) linted clean, and a number in
    /// national form read as international: `validate()` of `forms: [national]` refused every number, and
    /// `format(as: .national)` wrote one read back as another form. So did a prefix that is not digits, one beginning
    /// with 00 (read as '+'), and a national form for a country without a prefix.
    @Test func aPhoneRuleRefusingEveryNumberOfAFormItNamesIsALocatedError() {
        let nanp = PhoneNumberRules(country: "US", countryCode: "1", nationalPrefix: "1", mobilePattern: "[2-9][0-9]{9}")
        // The national form of NANP would be 1 + number, which reads as international: format(as:) writes none.
        #expect(PhoneNumbers.format("+12025550123", as: .national, rules: nanp) == nil)
        #expect(PhoneNumbers.form(of: "12025550123", rules: nanp) == .international)
        func lint(_ country: String, forms: String = "[national]") -> [String] {
            Snippet.diagnostics("""
                shapes:
                  S:
                    fields:
                      to: {type: string, constraints: {phone: {country: US, forms: \(forms)}}}
                """, providerKeys: "  phoneNumbers:\n    US: \(country)\n")
        }
        #expect(lint("{countryCode: '1', nationalPrefix: '1', mobile: '[2-9][0-9]{9}'}") == [
            "13:69: form 'national' of field 'to' of shape 'S': nationalPrefix '1' of US and its countryCode '1' begin alike, so a number in national form reads as one in international form ('1' + number) and every one would be refused; leave national out (e164 or international say the same number)"
        ])
        // NANP's real trunk prefix is no error where no phone rule names the national form: its e164 and international
        // numbers read as themselves.
        #expect(lint("{countryCode: '1', nationalPrefix: '1', mobile: '[2-9][0-9]{9}'}", forms: "[e164, international]").isEmpty)
        #expect(lint("{countryCode: '7', nationalPrefix: '8 ', mobile: '9[0-9]{9}'}").first?.hasPrefix("7:44: nationalPrefix '8 ' of US must be 1 to 3 digits") == true)
        #expect(lint("{countryCode: '36', nationalPrefix: '006', mobile: '[237]0[0-9]{7}'}").first?.hasPrefix("7:45: nationalPrefix '006' of US begins with 00") == true)
        #expect(lint("{countryCode: '1', mobile: '[2-9][0-9]{9}'}", forms: "[e164, national]") == [
            "13:75: form 'national' of field 'to' of shape 'S': US has no nationalPrefix, and a number in national form is told from the others by its trunk prefix, so every one would be refused; leave national out (e164 or international say the same number), or give the prefix the country's numbers are dialled with"
        ])
        #expect(lint("{countryCode: '1', mobile: '[2-9][0-9]{9}'}", forms: "[e164, international]").isEmpty)
        #expect(lint("{countryCode: '36', nationalPrefix: '06', mobile: '[237]0[0-9]{7}'}").isEmpty)
    }
}

extension LintCleanCompilesTests {
    /// A table of a refusing and an accepting code, for the walks below.
    static let errorTable = """
        tables:
          Error:
            title: Errors
            source: doc
            entries:
              - {code: '1', summary: Refused, outcome: failure, category: authentication}
              - {code: '2', summary: Accepted, outcome: success, category: none}

        """

    /// Codes in lists of lists, and a list shape of codes: the generated walk compiles (a `[[Error]]` field failed to:
    /// no `collect` took it), and a list of codes carries them as a list of shapes does, each at its place — a client
    /// throws on a refused one (a list shape of codes carried none, so its failures decided nothing).
    @Test func codesInNestedListsAndAListShapeOfCodesAreCarried() throws {
        let yaml = """
            operations:
              nested: {method: GET, path: /nested, responses: {200: {shape: Answer}}}
              codes: {method: GET, path: /codes, responses: {200: {shape: Codes}}}
            shapes:
              Answer:
                fields:
                  codes: '[[Error]]'
                  optional: {type: '[[Error]]', required: false}
                  parts: '[[Part]]'
              Part: {fields: {code: Error}}
              Codes: {items: Error}

            """ + Self.errorTable
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let answer = try JSONDecoder().decode(Acme.Answer.self, from: Data(#"{"codes": [["2"], ["2", "1"]], "optional": [["1"]], "parts": [[{"code": "1"}]]}"#.utf8))
            print(answer.failures.map(\.path))
            let codes: Any = try JSONDecoder().decode(Acme.Codes.self, from: Data(#"["2", "1"]"#.utf8))
            print((codes as? any StatusCarrying)?.failures.map(\.path) ?? ["not carried"])
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output.prefix(3000))")
        #expect(run?.output == """
            ["codes[1][1]", "optional[0][0]", "parts[0][0].code"]
            ["[1]"]

            """, "\(run?.output ?? "")")
    }

    /// Codes inside a union's variant and a map's values are carried too, each where it stands: a bulk answer of a
    /// message or an error per recipient (Exotel's) had its refused element's code walked by no one, so a client
    /// returned success for it; a map (results by recipient) likewise. A variant adds no step to the path; a map its
    /// key, in key order.
    @Test func codesInUnionVariantsAndMapsAreCarried() throws {
        let yaml = """
            operations:
              bulk: {method: POST, path: /bulk, responses: {200: {shape: Results}}}
              byNumber: {method: POST, path: /by-number, responses: {200: {shape: ByNumber}}}
            shapes:
              Results: {items: Result}
              Sent: {fields: {id: string}}
              Failed: {fields: {code: Error}}
              ByNumber: {fields: {results: '{Result}', codes: {type: '{Error}', required: false}, mixed: {type: '[Mixed]', required: false}}}
            unions:
              Result: {variants: {sent: Sent, failed: Failed}}
              Mixed: {variants: {code: Error, text: '[string]'}}

            """ + Self.errorTable
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let bulk = try JSONDecoder().decode(Acme.Results.self, from: Data(#"[{"id": "a"}, {"code": "1"}]"#.utf8))
            print(bulk.failures.map(\.path))
            let byNumber = try JSONDecoder().decode(Acme.ByNumber.self, from: Data(#"{"results": {"447": {"code": "1"}, "446": {"id": "b"}, "445": {"code": "2"}}, "codes": {"b": "1", "a": "2"}, "mixed": [["x"], "1"]}"#.utf8))
            print(byNumber.statusReports.map(\.path), byNumber.failures.map(\.path))
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output.prefix(3000))")
        #expect(run?.output == """
            ["[1].code"]
            ["results.445.code", "results.447.code", "codes.a", "codes.b", "mixed[1]"] ["results.447.code", "codes.b", "mixed[1]"]

            """, "\(run?.output ?? "")")
    }
}

/// Names lint took that the generated code declares itself (found by a review renaming the 42 specs' declarations).
extension LintCleanCompilesTests {
    /// A field that holds its own shape is stored as `_<name>`; a field named so redeclared it.
    @Test func aFieldNamedAsAnotherFieldsStorageIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              Message:
                fields:
                  reply: {type: Message, required: false}
                  other: {type: string, required: false, name: _reply}
            """) == [
                "11:7: the storage of field 'reply' (it holds its own shape) and field 'other' (line 12) both become '_reply' in shape "
                    + "'Message'; give one a 'name'",
            ])
    }

    /// A discriminated union's case is named after its shape: `__` made `case _`.
    @Test func aDiscriminatorShapeWithNoLetterIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              __: {fields: {type: string}}
            unions:
              Content:
                discriminator: {field: type, variants: {text: __}}
            """) == ["12:51: shape '__' of union 'Content' has no letter or digit to name its Swift case after; rename the shape"])
    }

    /// A status enum declares `typealias RawCode`: a case written `case: RawCode` takes a `_`.
    @Test func aTableCaseNamedRawCodeCompiles() throws {
        let problems = try problems("""
            tables:
              Status:
                title: Statuses
                source: doc
                entries:
                  - {code: 0, case: RawCode, summary: Accepted, outcome: success, category: none}
            """)
        #expect(problems == nil, "\(problems ?? "")")
    }

    /// Each models file declares `private struct GeneratedFor<namespace>Models` at the module's top level, where
    /// another spec's namespace could be that name.
    @Test func aNamespaceNamedAsAnotherSpecsVersionCheckIsALocatedError() {
        let diagnostics = DiagnosticCollector()
        _ = Generator.models(
            for: [
                SpecInput(path: "acme.yaml", contents: "provider: {id: acme, name: Acme}\n"),
                SpecInput(path: "beta.yaml", contents: "provider: {id: beta, name: Beta, namespace: GeneratedForAcmeModels}\n"),
            ], diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "beta.yaml:1:45: error: namespace 'GeneratedForAcmeModels' is the name of the runtime version check generated beside namespace "
                + "'Acme' (acme.yaml:1); set another 'namespace'"
        ])
    }
}
