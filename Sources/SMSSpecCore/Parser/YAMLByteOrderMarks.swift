import Foundation
import Yams

/// Yams reads each scalar's bytes as Foundation's UTF-8 decoding does, which drops a leading byte-order mark: an
/// example payload pasted with one (`'\u{FEFF}{"id": 1}'`, or written `"\uFEFF{…}"`) was read without it, and the
/// catalog kept another text than the spec's, silently. Each such value is a located error.
extension YAMLLoader {
    static func reportDroppedByteOrderMarks(in node: Node, text: String, file: String, diagnostics: DiagnosticCollector) {
        guard text.unicodeScalars.contains("\u{FEFF}") || text.range(of: "feff", options: .caseInsensitive) != nil else { return }
        // Lines as libyaml counts them (marks are 1-based, in Unicode scalars), a CR before a line feed dropped.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line.last == "\r" ? line.dropLast() : line[...])
        }
        var pending = [node]
        while let next = pending.popLast() {
            switch next {
            case .scalar(let scalar):
                guard let mark = scalar.mark, startsWithMark(scalar.style, lines: lines, line: mark.line - 1, column: mark.column - 1) else { continue }
                diagnostics.error(
                    "this value starts with a byte-order mark (U+FEFF), which the YAML reader drops, so it would be read without it: "
                        + "remove the mark (a payload's leading one is its encoding's, which every decoder here drops too)",
                    at: next.location(in: file))
            case .mapping(let mapping):
                for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .alias: continue
            }
        }
    }

    /// Whether the scalar of `style` that starts at `line`, `column` (0-based) starts with U+FEFF in the source: as
    /// written, or as a double-quoted escape (`\uFEFF`, `\U0000FEFF`); a block's on its first line.
    private static func startsWithMark(_ style: Node.Scalar.Style, lines: [[Unicode.Scalar]], line: Int, column: Int) -> Bool {
        guard lines.indices.contains(line) else { return false }
        let characters = lines[line]
        switch style {
        case .plain, .any:
            return characters.dropFirst(column).first == "\u{FEFF}"
        case .singleQuoted, .doubleQuoted:
            let content = characters.dropFirst(column + 1)
            if content.first == "\u{FEFF}" { return true }
            guard style == .doubleQuoted else { return false }
            let written = String(String.UnicodeScalarView(content.prefix(10))).lowercased()
            return written.hasPrefix("\\ufeff") || written.hasPrefix("\\u0000feff")
        case .literal, .folded:
            // A blank first line is a line break that starts the value.
            return lines.dropFirst(line + 1).first?.first { $0 != " " } == "\u{FEFF}"
        }
    }
}
