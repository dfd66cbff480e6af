/// Spec text on a Markdown page, shown as the spec wrote it. Prose keeps its Markdown (`error_message` in backticks,
/// as in the generated doc comments), but HTML is not Markdown's: outside code spans `<` and an entity's `&` are
/// escaped, so `<sender>` shows instead of vanishing as an unknown tag. A code is a code span whatever it holds.
/// Backticks are counted by scalar: a backtick that a combining mark follows is one to CommonMark, not to `Character`.
enum MarkdownText {
    private static let backtick: Unicode.Scalar = "`"

    /// `code` as a code span: fenced by more backticks than it holds in a row, padded with a space where it starts or
    /// ends with one (CommonMark strips that space; a code is never padded with spaces: lint refuses those); the empty
    /// code, which no code span holds, in words.
    static func code(_ code: String) -> String {
        guard !code.isEmpty else { return "(empty)" }
        let scalars = Array(code.unicodeScalars)
        let longestRun = runs(in: scalars).map(\.length).max() ?? 0
        let fence = String(repeating: "`", count: longestRun + 1)
        return scalars.first == backtick || scalars.last == backtick ? "\(fence) \(code) \(fence)" : "\(fence)\(code)\(fence)"
    }

    /// `text` with `<` and an entity's `&` escaped outside its code spans (a run of backticks up to the next run of as
    /// many; an unclosed run, and a backslash-escaped backtick, are text). Linear but for a binary search per run.
    static func prose(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        // Where each length's runs start, in order: a span's end is the first run of its length after it.
        let runStarts = Dictionary(grouping: runs(in: scalars), by: \.length).mapValues { $0.map(\.start) }
        var shown = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == backtick {
                shown += scalars[index...index + 1]
                index += 2
                continue
            }
            if scalar == backtick {
                let length = scalars[index...].prefix { $0 == backtick }.count
                let end = index + length
                if let starts = runStarts[length], let close = firstStart(in: starts, atOrAfter: end) {
                    shown += scalars[index..<close + length]
                    index = close + length
                } else {
                    shown += scalars[index..<end]
                    index = end
                }
                continue
            }
            switch scalar {
            case "<": shown += "&lt;".unicodeScalars
            case "&" where startsAnEntity(scalars, at: index): shown += "&amp;".unicodeScalars
            default: shown.append(scalar)
            }
            index += 1
        }
        return String(shown)
    }

    /// Every whole run of backticks: where it starts and how long it is.
    private static func runs(in scalars: [Unicode.Scalar]) -> [(start: Int, length: Int)] {
        var runs: [(start: Int, length: Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == backtick else {
                index += 1
                continue
            }
            let length = scalars[index...].prefix { $0 == backtick }.count
            runs.append((index, length))
            index += length
        }
        return runs
    }

    /// The first of the sorted `starts` at or after `position`.
    private static func firstStart(in starts: [Int], atOrAfter position: Int) -> Int? {
        var (low, high) = (0, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < starts.count ? starts[low] : nil
    }

    /// `&name;`, `&#123;` or `&#x7B;`: what a Markdown renderer would show as the character it names.
    private static func startsAnEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let rest = scalars[(index + 1)...].prefix(33)
        guard let semicolon = rest.firstIndex(of: ";"), semicolon > index + 1 else { return false }
        return scalars[(index + 1)..<semicolon].allSatisfy { $0.isASCII && (Character($0).isLetter || Character($0).isNumber || $0 == "#") }
    }
}
