/// Spec text on a Markdown page, shown as the spec wrote it. Prose keeps its Markdown (`error_message` in backticks,
/// as in the generated doc comments), but HTML is not Markdown's: outside code spans `<` and an entity's `&` are
/// escaped, so `<sender>` shows instead of vanishing as an unknown tag. A code is a code span whatever it holds.
enum MarkdownText {
    /// `code` as a code span: fenced by more backticks than it holds in a row, padded with a space where it starts or
    /// ends with one (CommonMark strips that space; a code is never padded with spaces: lint refuses those); the empty
    /// code, which no code span holds, in words.
    static func code(_ code: String) -> String {
        guard !code.isEmpty else { return "(empty)" }
        let longestRun = code.split(omittingEmptySubsequences: true) { $0 != "`" }.map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: longestRun + 1)
        return code.hasPrefix("`") || code.hasSuffix("`") ? "\(fence) \(code) \(fence)" : "\(fence)\(code)\(fence)"
    }

    /// `text` with `<` and an entity's `&` escaped outside its code spans (a run of backticks up to the next run of as
    /// many; an unclosed run is text).
    static func prose(_ text: String) -> String {
        let characters = Array(text)
        var shown = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = closingRun(of: run, in: characters, after: index + run) {
                    shown += String(characters[index..<close + run])
                    index = close + run
                    continue
                }
                shown += String(repeating: "`", count: run)
                index += run
                continue
            }
            switch character {
            case "<": shown += "&lt;"
            case "&" where startsAnEntity(characters, at: index): shown += "&amp;"
            default: shown.append(character)
            }
            index += 1
        }
        return shown
    }

    /// Where the next run of exactly `count` backticks after `start` begins.
    private static func closingRun(of count: Int, in characters: [Character], after start: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = characters[index...].prefix { $0 == "`" }.count
            if run == count { return index }
            index += run
        }
        return nil
    }

    /// `&name;`, `&#123;` or `&#x7B;`: what a Markdown renderer would show as the character it names.
    private static func startsAnEntity(_ characters: [Character], at index: Int) -> Bool {
        let rest = characters[(index + 1)...].prefix(33)
        guard let semicolon = rest.firstIndex(of: ";"), semicolon > index + 1 else { return false }
        return characters[(index + 1)..<semicolon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    }
}
