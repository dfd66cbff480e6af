import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// A pattern whose repeated group can itself match in more than one way (`(a+)+`) makes ICU backtrack exponentially:
/// `^(a+)+$` against 25 `a`s and a `!` took ICU's whole time limit (about 0.8 s), so a list of 1,000 such values took
/// about ten minutes to validate, and ICU then refused values it had given up on. Lint refuses such patterns.
@Suite struct PatternBacktrackingTests {
    static func spec(pattern: String) -> String {
        """
        provider: {id: acme, name: Acme}
        shapes:
          Send:
            fields:
              to: {type: string, constraints: {pattern: '\(pattern.replacingOccurrences(of: "'", with: "''"))'}}

        """
    }

    @Test func nestedRepetitionIsRefusedWhereItStands() {
        #expect(diagnose(Self.spec(pattern: "^(a+)+$"), path: "p.yaml") == [
            "p.yaml:5:49: error: regular expression '^(a+)+$' for field 'to' of shape 'Send' repeats the group '(a+)', whose "
                + "body can itself match text in more than one way (a repetition or '|' inside a repetition): ICU tries every "
                + "way to split a value among the repetitions, exponentially many, and a value it has not decided within 0.4 s "
                + "is reported as not checked; write the repetition once ('^a+$', not '^(a+)+$'), start each repetition with a character "
                + "nothing else in it matches ('^[0-9]+(,[0-9]+)*$'), or make the group atomic ('(?>…)') or possessive ('(…)*+')",
        ])
    }

    @Test(arguments: [
        ("^(a+)+$", "(a+)"), ("^(a*)*$", "(a*)"), ("^(a|a)+$", "(a|a)"), ("^(\\w+\\s?)+$", "(\\w+\\s?)"),
        ("^(?:[0-9]{2,3})+$", "(?:[0-9]{2,3})"), ("^x(?:(ab)?a?c?)*$", "(?:(ab)?a?c?)"),
        ("(?i)^(a[^A]*)+$", "(a[^A]*)"), ("(?x)^( a+ )+$", "( a+ )"), ("^(,[0-9,]+)*$", "(,[0-9,]+)"),
        ("^(?=x)(\\d+)*$", "(\\d+)"), ("^(?:\\.?[a-z]+){1,100}$", "(?:\\.?[a-z]+)"), ("^(a|ab)+$", "(a|ab)"),
        ("^(ab|ac)+$", "(ab|ac)"), ("^(a*,a*)+$", "(a*,a*)"), ("^([0-9]{1,3}){1,20}$", "([0-9]{1,3})"), ("^(a+){2}$", "(a+)"),
        ("^([à-ÿ]+)+$", "([à-ÿ]+)"),
        // The flags hold where ICU says: '#' starts a comment only where (?x) is on (not after (?-x), in a class or
        // quote holding "(?x", or past the group that set it), and (?i) at the start counts.
        ("^(?-x)#(a+)+$", "(a+)"), ("^[(?x]#(a+)+$", "(a+)"), ("^\\Q(?x\\E#(a+)+$", "(a+)"), ("^((?x)a)#(a+)+$", "(a+)"),
        ("^(?x:a)#(a+)+$", "(a+)"), ("(?i)^(a[A]*)+$", "(a[A]*)"), ("(?x)^(a +)+$", "(a +)"), ("(?i)^(?-i:x)(a[A]*)+$", "(a[A]*)"),
        // Caseless, k and s match the Kelvin sign and the long s.
        ("(?i)^(k\u{212A}*)+$", "(k\u{212A}*)"), ("(?i)^(\u{17F}s*)+$", "(\u{17F}s*)"),
        ("(?i)^(s[\u{100}-\u{200}]*)+$", "(s[\u{100}-\u{200}]*)"),
    ])
    func unsafeRepetitionsAreFound(pattern: String, group: String) {
        let problems = diagnose(Self.spec(pattern: pattern), path: "p.yaml")
        #expect(problems.count == 1 && problems[0].contains("repeats the group '\(group)'"), "\(pattern): \(problems)")
    }

    /// The bundled specs' and third-party specs' patterns, and common phone and id patterns, are accepted.
    @Test(arguments: [
        "^[0-9]{9,15}$", "^\\+?[1-9][0-9]{7,14}$", "^([0-9]{3}-)?[0-9]{4}$", "^[^%]*(%(?![0-9A-Fa-f]{2})[^%]*)*$",
        "^[1-9][0-9]{6,14}(,[1-9][0-9]{6,14})*$", "^\\+?[0-9]{7,15}(,\\+?[0-9]{7,15})*$", "^[0-9]{7,15}(<[0-9]{7,15})*$",
        "^(?:[0-9]{1,15}|[A-Za-z0-9]{1,11})$", "\\{#TFA_CODE\\}", "^[01]$", "^[A-Za-z0-9]{1,20}$",
        "^[a-z0-9]+(-[a-z0-9]+)*$", "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", "^(?:[0-9]{3})+$",
        "^(?>(a+))+$", "^(a+)++$", "^(a++)+$", "^((a+)b)$", "^\\d+(\\s\\d+)*$", "^(\\Q--\\E[a-z]+)*$",
        // A separator ending each repetition, alternatives of fixed length starting apart, a few repetitions of a short body.
        "^([0-9]+,)*[0-9]+$", "^(\\w+ )*\\w+$", "^x(?:(ab)?c)*$", "^(a|b)+$", "^(foo|bar)+$", "^([0-9]{1,3}\\.){3}[0-9]{1,3}$",
        // A class range wholly beyond ASCII trapped the check (an empty ClosedRange).
        "^[à-ÿ]+( [à-ÿ]+)*$", "^[\\u0100-\\u017F]{1,20}$", "^[é-ü]$",
        "(?x)^ [0-9]+ (, [0-9]+)* $ # comma-separated", "(?x)^[0-9]+(,[0-9]+)*$\n# (a+)+ in a comment", "^(?-i:a[A]*)+$",
    ])
    func safePatternsPass(pattern: String) {
        #expect(diagnose(Self.spec(pattern: pattern), path: "p.yaml").isEmpty, "\(pattern)")
    }

    /// A spec whose country ID has this mobile pattern, named by a phone rule.
    static func spec(mobile: String) -> String {
        """
        provider:
          id: acme
          name: Acme
          phoneNumbers:
            ID: {countryCode: "62", nationalPrefix: "0", mobile: '\(mobile)'}
        shapes:
          Send:
            fields:
              to: {type: string, constraints: {phone: {country: ID, forms: [e164]}}}

        """
    }

    @Test func aCountrysMobilePatternIsCheckedToo() {
        let problems = diagnose(Self.spec(mobile: "8([0-9]+)*"), path: "p.yaml")
        #expect(problems.count == 1 && problems[0].hasPrefix("p.yaml:5:58: error: regular expression '8([0-9]+)*' for the mobile numbers of ID repeats the group '([0-9]+)'"), "\(problems)")
    }

    /// Hostile patterns are checked (or said not to compile) in bounded time, without a trap: groups nested far
    /// deeper than ICU takes, thousands of alternatives, huge counts, quotes, a trailing backslash, combining marks.
    static let hostile = [
        String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000),
        String(repeating: "(?:", count: 60) + "a" + String(repeating: "){2}", count: 60),
        String(repeating: "(?=", count: 100_000) + "a" + String(repeating: ")", count: 100_000),
        String(repeating: "[", count: 100_000) + "a" + String(repeating: "]", count: 100_000),
        "^(" + String(repeating: "a|", count: 100_000) + "b)+$", String(repeating: "(?:ab)+", count: 100_000),
        String(repeating: "a{99999999999999999999,}", count: 1_000), "(?#" + String(repeating: "(", count: 10_000) + ")a+",
        "\\Q" + String(repeating: "(a+)+", count: 10_000) + "\\E", "a\\", "[]a]+", "[^]a]+", "(?<n>a)\\k<n>+", "(a)\\1+",
        "é" + String(repeating: "\u{301}", count: 100_000) + "+", "((a)", "(a))", String(repeating: "\\", count: 100_001),
        "[\u{10000}-\u{10FFFF}]+", "[z-a]", "(?x)" + String(repeating: "# comment\n", count: 50_000) + "a+",
    ]

    @Test(arguments: hostile.indices)
    func hostilePatternsAreCheckedInBoundedTime(index: Int) {
        let elapsed = ThreadCPUClock().measure { _ = diagnose(Self.spec(pattern: Self.hostile[index]), path: "p.yaml") }
        #expect(elapsed < .seconds(5), "\(Self.hostile[index].prefix(40)): \(elapsed)")
    }

    /// ICU compiles a pattern in time that grows faster than its length: 100,000 `(?:ab)+` (700,000 characters)
    /// took 2.5 s to lint, all of it in ICU. A pattern is at most 4,096 characters, and the error quotes its start.
    @Test func aPatternLongerThanTheLimitIsRefusedBeforeICUCompilesIt() {
        let atLimit = String(repeating: "a", count: SpecLimits.maximumPatternLength)
        #expect(diagnose(Self.spec(pattern: atLimit), path: "p.yaml") == [])
        let problems = diagnose(Self.spec(pattern: atLimit + "a"), path: "p.yaml")
        #expect(
            problems == [
                "p.yaml:5:49: error: invalid regular expression '\(String(repeating: "a", count: 80))…' for field 'to' of shape 'Send': "
                    + "it is 4097 characters long, and a pattern may have at most 4096"
            ])
        // Timed against the same spec with that text as a summary, which is read the same way but no pattern: ICU
        // compiling it would take several times that (a bound in seconds failed on a busy machine).
        let hostile = String(repeating: "(?:ab)+", count: 100_000)
        let clock = ThreadCPUClock()
        let elapsed = clock.measure { #expect(diagnose(Self.spec(pattern: hostile), path: "p.yaml").count == 1) }
        let asText = Self.spec(pattern: "^a$").replacingOccurrences(of: "to: {", with: "to: {summary: '\(hostile)', ")
        let reading = clock.measure { _ = diagnose(asText, path: "p.yaml") }
        #expect(elapsed < reading * 2 + .milliseconds(200), "\(elapsed) against \(reading) to read the same text as a summary")
    }
}

/// Lint checked a pattern as written, and `validate()` matches it with each `$` written as `\z` (and a mobile pattern
/// as the whole number, `^(?:…)$`): `^a${2}`, `(?x)8[0-9]{9} # mobile` and `\Q8` linted clean and compiled to
/// nothing there, so every value was refused; `[]$]` (a class holding `]` and `$`) had its `$` rewritten inside it,
/// so `validate()` refused `]$` and accepted `z`.
@Suite struct PatternAsValidatedTests {
    @Test func aPatternThatCompilesOnlyAsWrittenIsALocatedError() {
        #expect(diagnose(PatternBacktrackingTests.spec(pattern: "^a${2}"), path: "p.yaml") == [
            "p.yaml:5:49: error: invalid regular expression '^a${2}' for field 'to' of shape 'Send': it does not compile with each '$' read as the end of the value ('\\z'), as validate() reads it (ICU repeats '$', not '\\z')"
        ])
        for mobile in ["(?x)8[0-9]{9} # mobile", "\\Q8"] {
            #expect(diagnose(PatternBacktrackingTests.spec(mobile: mobile), path: "p.yaml") == [
                "p.yaml:5:58: error: invalid regular expression '\(mobile)' for the mobile numbers of ID: it does not compile as the whole number it is matched as ('^(?:…)$'): a '(?x)' comment or a '\\Q' without its '\\E' runs past its end, so every number would be refused"
            ])
        }
    }

    @Test func aClosingBracketOpeningAClassIsAMember() {
        #expect(Patterns.matches("]$", "^[]$]+$") && !Patterns.matches("z", "^[]$]+$"))
        #expect(Patterns.matches("ab", "^[^]$]+$") && !Patterns.matches("$", "^[^]$]+$") && Patterns.matches("z", "^[^]$]+$"))
        #expect(Patterns.matches("a", "^[a]$") && !Patterns.matches("a\n", "^[a]$"))
    }

    /// A `[` in a comment opens no class, so the `$` after it is still the end of the value (a value ending in a line
    /// break was accepted); without the `x` flag, `#` is a character and a class after it is one.
    @Test func aBracketInACommentOpensNoClass() {
        #expect(Patterns.matches("a", "(?x)^a+ # [ note\n$") && !Patterns.matches("a\n", "(?x)^a+ # [ note\n$"))
        #expect(Patterns.matches("a", "^a(?#[)$") && !Patterns.matches("a\n", "^a(?#[)$"))
        #expect(Patterns.matches("a#$", "^a#[$]$") && !Patterns.matches("a#$\n", "^a#[$]$"))
        // An escaped `(` opens no group: `\(?#` is an optional `(` and a `#`.
        #expect(Patterns.matches("a(#", "^a\\(?#$") && !Patterns.matches("a#\n", "^a\\(?#$"))
    }
}
