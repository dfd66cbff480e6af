import Foundation

/// Regular expressions as specs write them (ICU syntax), with `$` meaning the end of the value.
///
/// ICU's `$` also matches before a final line terminator, so `^[0-9]+$` would accept `"123\n"`. Specs mean what
/// JSON Schema and ECMAScript mean: `$` outside a character class is the end of the input (`\z`). Compiled
/// expressions are cached; the cache is bounded.
public enum Patterns {
    /// Whether `pattern` finds a match in `value`, with `$` anchoring at the very end. An invalid pattern matches nothing.
    public static func matches(_ value: String, _ pattern: String) -> Bool {
        // Matched under the cache's lock: Linux Foundation does not promise a shared expression is thread-safe.
        cache.with(pattern, make: { try? NSRegularExpression(pattern: endAnchoredAtInputEnd(pattern)) }) { expression in
            expression?.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
        }
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

    /// Compiled expressions by their spec text; an invalid pattern is cached as nil.
    private static let cache = BoundedCache<NSRegularExpression?>(capacity: 512)
}
