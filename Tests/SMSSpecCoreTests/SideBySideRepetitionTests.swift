import Foundation
@testable import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// Repetitions side by side that match the same characters split one value among them in many ways, and ICU tries them
/// all: `^a?…a?a{28}$` (28 `a?`, no repeated group) linted clean, and its generated validator said the valid value of 28
/// `a`s did not match after about a second (ICU's time limit); two groups of 65,536 ways each
/// (`^(?:a?){16}(?:a?){16}a{32}$`) passed the group check one at a time. Lint counts the ways over whole sequences.
@Suite struct SideBySideRepetitionTests {
    static let optionalChain = "^" + String(repeating: "a?", count: 28) + String(repeating: "a", count: 28) + "$"

    @Test func aChainOfOptionalsIsRefusedWhereItStands() {
        #expect(diagnose(PatternBacktrackingTests.spec(pattern: Self.optionalChain), path: "p.yaml") == [
            "p.yaml:5:49: error: regular expression '\(Self.optionalChain.prefix(80))…' for field 'to' of shape 'Send' can match "
                + "one value in more than 100000 ways at '\(String(repeating: "a?", count: 18))', whose repetitions side by "
                + "side can match the same characters: ICU tries every way to split a value among them, and a value it has "
                + "not decided within 0.4 s, a valid one too, is reported as not checked; write them as one repetition ('a{0,28}', not "
                + "'a?a?…a?'; '[0-9]*', not '[0-9]*[0-9]*[0-9]*'), or put a character none of them matches between them "
                + "('^[0-9]?[0-9]?-[0-9]?[0-9]?$')",
        ])
    }

    @Test(arguments: [
        (optionalChain, String(repeating: "a?", count: 18), false),
        ("^(?:a?){16}(?:a?){16}a{32}$", "(?:a?){16}(?:a?){16}", false),
        // Across a character none of them matches, the ways still multiply (a failing value tries them all).
        ("^(?:a?){12}-(?:a?){12}-$", "(?:a?){12}-(?:a?){12}", false),
        ("^" + String(repeating: "a*", count: 3) + "$", "a*a*a*", true), ("^[0-9]*[0-9]*[0-9]*$", "[0-9]*[0-9]*[0-9]*", true),
        ("^" + String(repeating: "a??", count: 20) + "$", String(repeating: "a??", count: 18), false),
        ("^" + String(repeating: "\\d?[0-9]?", count: 10) + "$", String(repeating: "\\d?[0-9]?", count: 9), false),
        ("^" + String(repeating: "[a-z]?\\w?", count: 10) + "$", String(repeating: "[a-z]?\\w?", count: 9), false),
        ("^" + String(repeating: "(?:a|b)?", count: 20) + "$", String(repeating: "(?:a|b)?", count: 18), false),
        ("^" + String(repeating: "a{0,2}", count: 12) + "$", String(repeating: "a{0,2}", count: 12), false),
        ("^x(?=" + String(repeating: "a?", count: 20) + ")", String(repeating: "a?", count: 18), false),
        ("^(?:\\d?\\d?){10}$", "(?:\\d?\\d?){10}", false), ("^(a*)\\1\\1$", "(a*)\\1\\1", true),
    ])
    func sideBySideRepetitionsAreFound(pattern: String, run: String, growsWithValue: Bool) {
        #expect(NestedRepetition.firstAmbiguousRun(in: pattern) == .init(text: run, growsWithValue: growsWithValue), "\(pattern)")
        let problems = diagnose(PatternBacktrackingTests.spec(pattern: pattern), path: "p.yaml")
        #expect(problems.count == 1 && problems[0].contains("at '\(run.abbreviated)'"), "\(pattern): \(problems)")
    }

    /// Counted ranges side by side: one value splits 46³ ways among the four, few enough, but a value that fails is tried
    /// at all 46⁴ lengths of the four, each followed by the `a{180}`: half a second for 181 `a`s, and a valid value of
    /// 180 `a`s refused after 0.6 s (it was lint-clean). Three of them (46³ lengths, 0.08 s) pass.
    @Test func countedRangesThatAFailingValueTriesTooOftenAreRefused() {
        let four = "^" + String(repeating: "a{0,45}", count: 4) + "a{180}$"
        #expect(NestedRepetition.firstAmbiguousRun(in: four) == .init(text: String(repeating: "a{0,45}", count: 4), growsWithValue: false, onlyFailing: true))
        #expect(diagnose(PatternBacktrackingTests.spec(pattern: four), path: "p.yaml").map { $0.prefix(180) } == [
            "p.yaml:5:49: error: regular expression '\(four)' for field 'to' of shape 'Send' can try a value it does not match in more than 2000000 ways at 'a{0,45}a{0,45}a{0,45}a{0,45}'"
                .prefix(180),
        ])
        #expect(NestedRepetition.firstAmbiguousRun(in: "^" + String(repeating: "a{0,45}", count: 3) + "a{180}$") == nil)
    }

    /// Parts the text separates, a repetition that takes few lengths, possessive and atomic parts, and real patterns.
    @Test(arguments: [
        "^\\d?\\d?-\\d?\\d?$", "^(?:a?){16}a{16}$", "^[0-9]*[0-9]{0,3}$", "^" + String(repeating: "a?+", count: 28) + "a{28}$",
        "^" + String(repeating: "a?-", count: 40) + "$", "^(?:a|b){20}$", "^\\+?[0-9]{7,15}$", "^(\\+?63|0)?9[0-9]{9}$",
        "^(\\+91|0)?[6-9][0-9]{9}$", "^[^%]*(%(?![0-9A-Fa-f]{2})[^%]*)*$", "^([0-9]+,)*[0-9]+$", "^(\\w+ )*\\w+$",
        "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$", "^([1-9][0-9]{6,14}|[A-Za-z0-9 ]{1,11})$",
        "^\\d{1,2}/\\d{1,2}/\\d{2,4} \\d{1,2}:\\d{2}(:\\d{2})?$", "^x(?:(ab)?c)*$", "^(?:ab?)*$", "Status:7",
        // Ways that grow with the value's length, not faster: where one `\\S`, `.` or `@` falls (the first review of this
        // check refused these, which specs write for "not blank" and e-mail addresses).
        "^.*\\S.*$", "^\\s*\\S.*$", "^[^@]+@[^@]+\\.[^@]+$", "^[0-9]*[0-9]*$",
        // Few lengths side by side, or a long range beside one of few.
        "^.{0,160}.{0,160}$", "^[0-9]{1,3}[0-9]{4,14}$", "^a?a{0,200000}$", "^\\+?[0-9 ]{0,4}[0-9]{6,300}$",
    ])
    func separatedOrFewWaysPass(pattern: String) {
        #expect(NestedRepetition.firstAmbiguousRun(in: pattern) == nil, "\(pattern)")
    }

    /// Chains of a random family of parts: every one lint accepts decides each of some worst-case values within
    /// `Patterns.timeLimit`, so none is reported as not checked; the family holds chains lint refuses too.
    @Test func acceptedChainsMatchQuickly() {
        let parts = [
            "a?", "a*", "a+", "a{0,3}", "a{2}", "[ab]?", "b?", "-", "a", "\\d?", "[0-9a]?", "(?:a?){3}", "(?:a|b)?", "a?+",
            "a??", "(?:a|aa)?", "(?:-a?)*", "(?>a?a?)",
        ]
        let values = [String(repeating: "a-", count: 16) + "!", String(repeating: "ab", count: 16) + "!", String(repeating: "1", count: 30) + "!"]
        Self.expectAcceptedChainsMatchQuickly(of: parts, lengths: 1...24, values: Self.runs(of: [24, 48]) + values, seed: 7)
    }

    /// The same for counted ranges and values as long as they reach (a chain of `a*` and `a+`, whose ways grow with
    /// the value's length and are allowed, takes longer than this for 200 characters).
    @Test func acceptedCountedRangesMatchQuickly() {
        let parts = ["a{0,40}", "a{0,20}", "a{2,30}", "a{60}", "a?", "[ab]?", "-", "a", "(?:a{0,9}-)?"]
        Self.expectAcceptedChainsMatchQuickly(of: parts, lengths: 2...12, values: Self.runs(of: [60, 120, 200]), seed: 11)
    }

    static func runs(of lengths: [Int]) -> [String] {
        lengths.flatMap { [String(repeating: "a", count: $0), String(repeating: "a", count: $0) + "!"] }
    }

    static func expectAcceptedChainsMatchQuickly(of parts: [String], lengths: ClosedRange<Int>, values: [String], seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var (accepted, refused) = (0, 0)
        for _ in 0..<300 {
            let pattern = "^" + (0..<random.count(lengths)).map { _ in random.pick(parts) }.joined() + "$"
            guard SpecValidator.backtrackingProblem(pattern, of: "x") == nil else {
                refused += 1
                continue
            }
            accepted += 1
            for value in values {
                // The verdict stops itself at `Patterns.timeLimit` of matching (a wait for the patterns' lock, which
                // another test may hold, is not counted): a pattern that needs longer is undecided.
                #expect(Patterns.verdict(value, pattern) != .undecided, "\(pattern) against \(value.count) characters")
            }
        }
        #expect(accepted > 50 && refused > 50, "\(accepted) accepted, \(refused) refused")
    }
}
