import ArgumentParser
import Foundation
import SMSSpecCore

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates the Swift sources of a directory of specs (what the build plugin emits).",
        discussion: """
            Writes <output>/Sources/*.swift, touching only files whose bytes change. With --check nothing is \
            written: the command prints a diff and exits non-zero when <output> is stale.
            """)

    @Argument(help: "The directory of spec files.")
    var specDirectory: String

    @Option(name: .long, help: "Where to write (the committed copy is Generated/).")
    var output: String

    @Option(name: .long, help: "A smsspec-config.yaml to apply (accessLevel, namespace, outputs; the specs of its `specs:` folder are added).")
    var config: String?

    @Flag(name: .long, help: "Write nothing; print a diff and fail if the output directory is stale.")
    var check = false

    func run() throws {
        let diagnostics = DiagnosticCollector()
        let plan = GenerationPlan(config: config, paths: [specDirectory], diagnostics: diagnostics)
        Output.printDiagnostics(diagnostics.sorted)
        guard !diagnostics.hasErrors, let models = SpecLoading.models(plan.specs.isEmpty ? [specDirectory] : plan.specs) else { throw ExitCode.failure }
        let artifacts = Artifacts.all(for: models, options: plan.options)

        if check {
            var report = ""
            for artifact in artifacts {
                let writer = OutputWriter(directory: URL(filePath: output).appending(path: artifact.directory))
                report += writer.staleness(artifact.files, label: (output as NSString).appendingPathComponent(artifact.directory))
            }
            guard report.isEmpty else {
                print(report, terminator: "")
                Output.standardError("error: \(output) is stale; run `swift run smsspec generate \(specDirectory) --output \(output)`")
                throw ExitCode.failure
            }
            print("\(output) is up to date.")
            return
        }
        var written: [String] = []
        for artifact in artifacts {
            let writer = OutputWriter(directory: URL(filePath: output).appending(path: artifact.directory))
            written += try writer.write(artifact.files).map { artifact.directory == "." ? $0 : "\(artifact.directory)/\($0)" }
        }
        print(written.isEmpty ? "\(output) is up to date." : "Updated \(written.count) file(s) in \(output): \(written.joined(separator: ", "))")
    }
}
