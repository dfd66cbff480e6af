/// A small unified diff, for `generate --check` and the golden tests.
public enum TextDiff {
    public static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != " " }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < edits.count {
            guard edits[index].kind != " " else {
                index += 1
                continue
            }
            let start = max(0, index - context)
            var end = index
            while end < edits.count {
                if edits[end].kind != " " {
                    end += 1
                    continue
                }
                let nextChange = edits[end...].firstIndex { $0.kind != " " }
                guard let nextChange, nextChange - end <= 2 * context else { break }
                end = nextChange
            }
            end = min(edits.count, end + context)
            let hunk = edits[start..<end]
            let oldCount = hunk.filter { $0.kind != "+" }.count, newCount = hunk.filter { $0.kind != "-" }.count
            // A side with no lines in the hunk (a new file) starts at the line before it, as diff writes it: -0,0.
            let oldStart = (hunk.first?.oldLine ?? 0) + (oldCount == 0 ? 0 : 1)
            let newStart = (hunk.first?.newLine ?? 0) + (newCount == 0 ? 0 : 1)
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk { output += "\(edit.kind)\(edit.text)\n" }
            index = end
        }
        return output
    }

    /// The lines of `text`, each without its line feed; a last line without one says so, as diff does.
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" {
            lines.removeLast()
        } else {
            lines[lines.count - 1] += "\n\\ No newline at end of file"
        }
        return lines
    }

    private struct Edit {
        let kind: Character
        let text: String
        let oldLine: Int
        let newLine: Int
    }

    static let maximumTableCells = 4_000_000

    /// Longest-common-subsequence edit script, trimming the common head and tail first.
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        // Beyond `maximumTableCells` the middle is shown as removed and added whole: the table costs time and memory
        // in the product of the two lengths.
        let isSmall = midA.count.multipliedReportingOverflow(by: midB.count).partialValue <= maximumTableCells
            && midA.count < maximumTableCells && midB.count < maximumTableCells
        var lengths = Array(repeating: Array(repeating: 0, count: isSmall ? midB.count + 1 : 1), count: isSmall ? midA.count + 1 : 1)
        for i in stride(from: midA.count - 1, through: 0, by: -1) where isSmall {
            for j in stride(from: midB.count - 1, through: 0, by: -1) {
                lengths[i][j] = midA[i] == midB[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits = (0..<prefix).map { Edit(kind: " ", text: a[$0], oldLine: $0, newLine: $0) }
        var i = 0, j = 0
        while i < midA.count || j < midB.count {
            if i < midA.count, j < midB.count, midA[i] == midB[j] {
                edits.append(Edit(kind: " ", text: midA[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1
                j += 1
            } else if i < midA.count, j == midB.count || !isSmall || lengths[i + 1][j] >= lengths[i][j + 1] {
                edits.append(Edit(kind: "-", text: midA[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1
            } else {
                edits.append(Edit(kind: "+", text: midB[j], oldLine: prefix + i, newLine: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix {
            edits.append(Edit(kind: " ", text: a[a.count - suffix + k], oldLine: a.count - suffix + k, newLine: b.count - suffix + k))
        }
        return edits
    }
}
