import Foundation

/// Regular expressions as specs write them (ICU syntax), with `$` meaning the end of the value.
///
/// ICU's `$` also matches before a final line terminator, so `^[0-9]+$` would accept `"123\n"`. Specs mean what
/// JSON Schema and ECMAScript mean: `$` outside a character class is the end of the input (`\z`). Compiled
/// expressions are cached; the cache is bounded.
public enum Patterns {
    /// Whether `pattern` finds a match in `value`, with `$` anchoring at the very end. An invalid pattern matches nothing.
    public static func matches(_ value: String, _ pattern: String) -> Bool {
        guard let expression = cache.expression(for: pattern) else { return false }
        return expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    /// `pattern` with every `$` anchor (outside character classes, escapes and `\Q…\E`) written as `\z`.
    static func endAnchoredAtInputEnd(_ pattern: String) -> String {
        var result = ""
        var classDepth = 0
        var escaped = false
        var quoting = false
        var previous: Character = " "
        for character in pattern {
            defer { previous = character }
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
            case "[": classDepth += 1
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

    private static let cache = ExpressionCache()
}

/// Compiled expressions by their spec text; cleared when it reaches `capacity` so memory stays bounded.
private final class ExpressionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]
    private let capacity = 512

    func expression(for pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let found = compiled[pattern] { return found }
        if compiled.count >= capacity { compiled.removeAll(keepingCapacity: true) }
        let expression = try? NSRegularExpression(pattern: Patterns.endAnchoredAtInputEnd(pattern))
        compiled[pattern] = expression
        return expression
    }
}
