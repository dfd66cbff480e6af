import Foundation

/// One line of the result table.
struct Row {
    var benchmark: String
    var measured: String
    var comparedWith = ""
    var ratio = ""
}

/// The result table, printed as Markdown so it can be pasted into docs/benchmarks.md.
struct Report {
    private(set) var rows: [Row] = []

    mutating func add(_ row: Row) {
        rows.append(row)
        FileHandle.standardError.write(Data("  \(row.benchmark): \(row.measured) \(row.comparedWith) \(row.ratio)\n".utf8))
    }

    func markdown() -> String {
        let header = Row(benchmark: "benchmark", measured: "measured", comparedWith: "compared with", ratio: "ratio")
        let all = [header] + rows
        let widths = [\Row.benchmark, \Row.measured, \Row.comparedWith, \Row.ratio].map { column in
            all.map { $0[keyPath: column].count }.max() ?? 0
        }
        func line(_ row: Row) -> String {
            let cells = [row.benchmark, row.measured, row.comparedWith, row.ratio]
            let padded = zip(cells, widths).enumerated().map { index, pair in
                index == 0 ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0) : String(repeating: " ", count: pair.1 - pair.0.count) + pair.0
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.enumerated().map { index, width in
            index == 0 ? String(repeating: "-", count: width + 2) : String(repeating: "-", count: width + 1) + ":"
        }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// How quantities are written in the table.
enum Format {
    static func time(nanoseconds: Double) -> String {
        switch nanoseconds {
        case ..<1_000: String(format: "%.0f ns", nanoseconds)
        case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1e3)
        case ..<1_000_000_000: String(format: "%.1f ms", nanoseconds / 1e6)
        default: String(format: "%.2f s", nanoseconds / 1e9)
        }
    }

    static func time(seconds: Double) -> String { time(nanoseconds: seconds * 1e9) }

    static func ratio(_ value: Double, _ what: String) -> String { String(format: "%.2f×", value) + " " + what }
}
