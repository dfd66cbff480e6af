// smsspec-bench: prints one Markdown table of SMSSpec's performance. See docs/benchmarks.md.
import Foundation

let usage = """
    usage: swift run -c release --package-path Benchmarks smsspec-bench [options]

      --rounds <n>        rounds per micro-benchmark, median reported (default 21)
      --batch-ms <n>      milliseconds one batch of calls should take (default 10)
      --runs <n>          paired runs of the generator and of each rebuild (default 5 each; a rebuild
                          round runs once first, not counted)
      --only <sections>   comma-separated: codec, validate, segments, generator, rebuild
      --messages <text>   codec rows only of the messages whose name contains the text (to profile one)
      --rebuild           also time editing one spec of 50 against one of 5 and rebuilding (several minutes)
      --help              print this text

    """

let knownSections = ["codec", "validate", "segments", "generator", "rebuild"]
var measure = Measure()
var sections: Set<String> = ["codec", "validate", "segments", "generator"]
var runs: Int?
var messageFilter: String?
var arguments = CommandLine.arguments.dropFirst()
func positive(_ text: String?, for option: String) -> Int {
    guard let value = text.flatMap(Int.init), value > 0 else {
        progress("\(option) needs a positive number\n\(usage)")
        exit(2)
    }
    return value
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--rounds": measure.rounds = positive(arguments.popFirst(), for: argument)
    case "--batch-ms": measure.batch = .milliseconds(positive(arguments.popFirst(), for: argument))
    case "--runs": runs = positive(arguments.popFirst(), for: argument)
    case "--only":
        sections = Set((arguments.popFirst() ?? "").split(separator: ",").map(String.init))
        // A misspelt section would print an empty table.
        guard !sections.isEmpty, sections.isSubset(of: knownSections) else {
            let unknown = sections.subtracting(knownSections).sorted()
            progress("--only takes sections among \(knownSections.joined(separator: ", "))\(unknown.isEmpty ? "" : "; not \(unknown.joined(separator: ", "))")\n\(usage)")
            exit(2)
        }
    case "--messages": messageFilter = arguments.popFirst()
    case "--rebuild": sections.insert("rebuild")
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    default:
        progress("unknown argument \(argument)\n\(usage)")
        exit(2)
    }
}

#if DEBUG
progress("warning: a debug build; run with -c release for meaningful numbers")
#endif

var report = Report()
let messages = Messages.all.filter { messageFilter.map($0.name.localizedCaseInsensitiveContains) ?? true }
if sections.contains("codec"), messages.isEmpty {
    progress("--messages \(messageFilter ?? "") matches no benchmarked message; they are: \(Messages.all.map(\.name).joined(separator: ", "))")
    exit(2)
}
do {
    if sections.contains("codec") { try CodecSuite.run(messages, measure: measure, into: &report) }
    if sections.contains("validate") { ValidationSuite.run(measure: measure, into: &report) }
    if sections.contains("segments") { SegmentSuite.run(measure: measure, into: &report) }
    if sections.contains("generator") { try GeneratorSuite.run(measure: measure, runs: runs ?? 5, into: &report) }
    if sections.contains("rebuild") { try RebuildSuite.run(measure: measure, runs: runs ?? 5, into: &report) }
} catch {
    progress("error: \(error)")
    exit(1)
}

let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
print("SMSSpec benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(load); medians of \(measure.rounds) rounds (generator and rebuild: of paired runs)")
print()
print(report.markdown())
