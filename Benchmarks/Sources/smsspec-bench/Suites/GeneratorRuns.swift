import Foundation
import SMSSpecCore

/// The generator (parse → validate → model → render, in process, nothing written) on five specs and on fifty.
enum GeneratorSuite {
    static func run(measure: Measure, runs: Int, into report: inout Report) throws {
        let directory = try SpecSets.temporaryDirectory("generator")
        defer { try? FileManager.default.removeItem(at: directory) }
        try SpecSets.writeFive(to: directory.appending(path: "five"))
        try SpecSets.writeFifty(to: directory.appending(path: "fifty"))
        let five = try inputs(in: directory.appending(path: "five"))
        let fifty = try inputs(in: directory.appending(path: "fifty"))

        var lines = (five: 0, fifty: 0)
        lines.five = try generatedLines(five)
        lines.fifty = try generatedLines(fifty)
        let result = try measure.pairedRuns(runs, inProcess: true, { consume(try generate(fifty)) }, { consume(try generate(five)) })
        report.add(Row(
            benchmark: "generator, 5 specs (\(lines.five) lines)", measured: Format.time(seconds: result.second)))
        report.add(Row(
            benchmark: "generator, 50 specs (\(lines.fifty) lines)", measured: Format.time(seconds: result.first),
            comparedWith: Format.time(seconds: result.second), ratio: Format.ratio(result.ratio, "time")))
    }

    private static func inputs(in directory: URL) throws -> [SpecInput] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { name in
            let path = directory.appending(path: name).path
            return SpecInput(path: path, contents: try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    private static func generate(_ inputs: [SpecInput]) throws -> [GeneratedFile] {
        try Generator.swiftSources(for: inputs, options: GeneratorOptions())
    }

    private static func generatedLines(_ inputs: [SpecInput]) throws -> Int {
        try generate(inputs).reduce(0) { $0 + $1.contents.split(separator: "\n", omittingEmptySubsequences: false).count }
    }
}
