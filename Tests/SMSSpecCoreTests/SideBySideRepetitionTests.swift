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
                + "side can match the same characters: ICU tries every way to split a value among them, and refuses a value "
                + "it gives up on (about a second each), a valid one too; write them as one repetition ('a{0,28}', not "
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
    ])
    func separatedOrFewWaysPass(pattern: String) {
        #expect(NestedRepetition.firstAmbiguousRun(in: pattern) == nil, "\(pattern)")
    }

    /// Chains of a random family of parts: every one lint accepts decides each of some worst-case values well within
    /// ICU's time limit, so none is refused for want of time; the family holds chains lint refuses too.
    @Test func acceptedChainsMatchQuickly() {
        let parts = [
            "a?", "a*", "a+", "a{0,3}", "a{2}", "[ab]?", "b?", "-", "a", "\\d?", "[0-9a]?", "(?:a?){3}", "(?:a|b)?", "a?+",
            "a??", "(?:a|aa)?", "(?:-a?)*", "(?>a?a?)",
        ]
        let values = [24, 48].flatMap { [String(repeating: "a", count: $0), String(repeating: "a", count: $0) + "!"] }
            + [String(repeating: "a-", count: 16) + "!", String(repeating: "ab", count: 16) + "!", String(repeating: "1", count: 30) + "!"]
        var random = SeededRandom(seed: 7)
        var (accepted, refused) = (0, 0)
        for _ in 0..<300 {
            let pattern = "^" + (0..<random.count(1...24)).map { _ in random.pick(parts) }.joined() + "$"
            guard SpecValidator.backtrackingProblem(pattern, of: "x") == nil else {
                refused += 1
                continue
            }
            accepted += 1
            for value in values {
                let elapsed = ContinuousClock().measure { _ = Patterns.verdict(value, pattern) }
                #expect(elapsed < .milliseconds(200), "\(pattern) against \(value): \(elapsed)")
            }
        }
        #expect(accepted > 50 && refused > 50, "\(accepted) accepted, \(refused) refused")
    }
}
