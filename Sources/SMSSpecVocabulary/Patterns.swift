import Foundation

/// Regular expressions as specs write them (ICU syntax), with `$` meaning the end of the value.
///
/// ICU's `$` also matches before a final line terminator, so `^[0-9]+$` would accept `"123\n"`. Specs mean what
/// JSON Schema and ECMAScript mean: `$` outside a character class is the end of the input (`\z`). Compiled
/// expressions are cached per thread, bounded. The one definition lint (a field's default) and `validate()` use.
public enum Patterns {
    /// What a pattern says of a value.
    public enum Verdict: Sendable {
        case matches, doesNotMatch
        /// ICU gave up before it could say (its backtracking stack ran out: `^[0-9]{7,15}(<[0-9]{7,15})*$` on 100,000
        /// recipients), or the match took longer than `timeLimit`. Read as no match, a valid value was reported as
        /// not matching: on Linux a match ICU stops for taking too long (about half a second here) ends with no flag.
        case undecided
    }

    /// How long one value may take before its verdict is `undecided`, checked when ICU reports progress (every
    /// 10,000 steps, and at every place an unanchored pattern is tried): before ICU stops such a match itself on this
    /// machine (0.5–0.7 s), and far above what a pattern lint accepts takes on a value of a message's length
    /// (`^a{0,45}a{0,45}a{0,45}a{180}$` fails 181 `a`s in 0.08 s; an unanchored `b` reads 4 MiB in 0.1 s). Counted in
    /// the matching thread's CPU time: on a loaded machine the wall clock made a quick match undecided (a test of 300
    /// accepted patterns saw one under a load of 6 on two cores), and the work a match may do is what bounds it.
    public static let timeLimit = Duration.milliseconds(400)

    /// Whether `pattern` finds a match in `value`, with `$` anchoring at the very end. An invalid pattern matches nothing.
    public static func matches(_ value: String, _ pattern: String) -> Bool {
        verdict(value, pattern) == .matches
    }

    /// What `pattern` says of `value`, with `$` anchoring at the very end; an invalid pattern matches nothing. Within
    /// `sharingTime`, the match spends the request's time, and once it is spent nothing is matched (`undecided`).
    public static func verdict(_ value: String, _ pattern: String) -> Verdict {
        guard let time = requestTime else { return verdict(value, pattern, within: timeLimit).verdict }
        guard let left = time.left else { return .undecided }
        let matched = verdict(value, pattern, within: left)
        time.spend(matched.spent)
        return matched.verdict
    }

    /// The CPU time every pattern of one request (a `validate()` call, the CLI's, the sandbox's) may take together.
    public static let timePerRequest = Duration.seconds(2)

    /// What is left of `timePerRequest` for the request being checked; nil outside `sharingTime`, where each value
    /// has its own `timeLimit` only.
    @TaskLocal static var requestTime: RequestTime?

    /// `body`, its matches sharing `timePerRequest`, or the time left of an enclosing call's.
    public static func sharingTime<Result>(_ body: () -> Result) -> Result {
        if requestTime != nil { return body() }
        return $requestTime.withValue(RequestTime(timePerRequest), operation: body)
    }

    /// Whether the request being checked has spent its time: what is matched now is not checked.
    public static var requestTimeIsSpent: Bool { requestTime.map { $0.left == nil } ?? false }

    /// The CPU time left to one request's patterns.
    final class RequestTime: @unchecked Sendable {  // Read and spent by the one thread checking the request, under its lock.
        private let lock = NSLock()
        private var remaining: Duration

        init(_ time: Duration) { remaining = time }

        /// The time left; nil once it is spent.
        var left: Duration? { lock.withLock { remaining > .zero ? remaining : nil } }

        func spend(_ time: Duration) { lock.withLock { remaining -= time } }
    }

    /// `verdict(_:_:)` within `limit` of this thread's CPU time (at most `timeLimit`), and the time it took.
    public static func verdict(_ value: String, _ pattern: String, within limit: Duration) -> (verdict: Verdict, spent: Duration) {
        let start = ThreadCPUClock.now
        let verdict = { () -> Verdict in
            guard let expression = ThreadExpressions.current.expression(pattern) else { return Verdict.doesNotMatch }
            var verdict = Verdict.doesNotMatch
            let deadline = start + min(limit, timeLimit)
            var reports = 0
            let options: NSRegularExpression.MatchingOptions = [.reportCompletion, .reportProgress]
            expression.enumerateMatches(in: value, options: options, range: NSRange(value.startIndex..., in: value)) { match, flags, stop in
                if match != nil {
                    verdict = .matches
                    stop.pointee = true
                } else if flags.contains(.internalError) {
                    verdict = .undecided
                } else if flags.contains(.progress) {
                    // The clock read at every 16th report: an unanchored pattern reports once per character.
                    reports &+= 1
                    guard reports & 15 == 0, ThreadCPUClock.now >= deadline else { return }
                    verdict = .undecided
                    stop.pointee = true
                }
            }
            return verdict
        }()
        return (verdict, ThreadCPUClock.now - start)
    }

    /// Whether `pattern` compiles as `matches` compiles it, each `$` written as `\z`: `^a${2}` compiles, and
    /// `^a\z{2}` does not (ICU repeats `$` but not `\z`), so such a pattern would match nothing.
    public static func compiles(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: endAnchoredAtInputEnd(pattern))) != nil
    }

    /// `pattern` with every `$` anchor (outside character classes, escapes and `\Q…\E`) written as `\z`. A `]` just
    /// after a class's `[` or `[^` is a member, as ICU reads it (`[]$]` holds `]` and `$`). A comment — `(?#…)`, or
    /// `#` to the line's end where the pattern turns on the `x` flag anywhere — is copied as it is: a `[` in it opens
    /// no class (`(?x)^a+ # [ note` then `$`).
    static func endAnchoredAtInputEnd(_ pattern: String) -> String {
        var result = ""
        var classDepth = 0
        var escaped = false
        var quoting = false
        var previous: Character = " "
        /// The text of the innermost class so far, while it may still take a `]` as a member.
        var classOpening: String?
        /// What ends the comment being copied: `)` or a line break.
        var commentEnd: Character?
        /// After an unescaped `(` outside classes, and then its `?`.
        var groupOpened = false, groupQuestion = false
        let extended = pattern.range(of: #"\(\?[A-Za-wyz]*x"#, options: .regularExpression) != nil
        for character in pattern {
            defer { previous = character }
            if let end = commentEnd {
                result.append(character)
                if character == end { commentEnd = nil }
                continue
            }
            let afterGroupQuestion = groupQuestion
            (groupQuestion, groupOpened) = (groupOpened && character == "?", character == "(" && !escaped && !quoting && classDepth == 0)
            if character == "#" && !escaped && !quoting && classDepth == 0 && (afterGroupQuestion || extended) {
                commentEnd = afterGroupQuestion ? ")" : "\n"
                result.append(character)
                continue
            }
            if let opening = classOpening {
                classOpening = opening.isEmpty && character == "^" && !escaped ? "^" : nil
                if character == "]" && !escaped {
                    result.append(character)
                    continue
                }
            }
            if quoting {
                result.append(character)
                if previous == "\\" && character == "E" { quoting = false }
                continue
            }
            if escaped {
                result.append(character)
                escaped = false
                if character == "Q" { quoting = true }
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[":
                classDepth += 1
                classOpening = ""
            case "]" where classDepth > 0: classDepth -= 1
            case "$" where classDepth == 0:
                result += "\\z"
                continue
            default: break
            }
            result.append(character)
        }
        return result
    }
}

/// This thread's compiled expressions, by their spec text (an invalid pattern as nil), emptied at 512 as a
/// `BoundedCache` is. Each thread has its own: Linux Foundation does not promise one expression is safe to use from
/// several threads, and one shared cache matched under one lock made every request's patterns wait behind a hostile
/// request's 2 s (an attack: a three-letter value waited 23 s behind six).
private final class ThreadExpressions {
    private var expressions: [String: NSRegularExpression?] = [:]

    static var current: ThreadExpressions {
        let key = "SMSSpec.Patterns.expressions"
        if let expressions = Thread.current.threadDictionary[key] as? ThreadExpressions { return expressions }
        let expressions = ThreadExpressions()
        Thread.current.threadDictionary[key] = expressions
        return expressions
    }

    func expression(_ pattern: String) -> NSRegularExpression? {
        if let expression = expressions[pattern] { return expression }
        if expressions.count >= 512 { expressions.removeAll(keepingCapacity: true) }
        let expression = try? NSRegularExpression(pattern: Patterns.endAnchoredAtInputEnd(pattern))
        expressions[pattern] = expression
        return expression
    }
}
