import Foundation
import SMSSpecVocabulary

/// What one generator run reads and writes, known before any spec is parsed: the configuration, the spec files
/// (those named, plus the configuration's `specs:` directory) and the names of the files it writes. The build
/// plugin asks `smsspec-generator --plan` for it and declares the same lists as its build command's inputs and
/// outputs; `smsspec generate` and `smsspec-generator` resolve their inputs with it.
public struct GenerationPlan: Sendable {
    public let options: GeneratorOptions
    public let specs: [String]

    /// Reads `config` (if any) and resolves `paths` (spec files or directories); every problem goes to `diagnostics`.
    public init(config: String?, paths: [String], diagnostics: DiagnosticCollector) {
        let options = config.map { GeneratorOptions.load(file: $0, diagnostics: diagnostics) } ?? GeneratorOptions()
        self.options = options
        specs = SpecDirectory.specPaths(
            of: paths + [options.specDirectory].compactMap { $0 }, diagnostics: diagnostics, boundaries: SpecBoundary(options).map { [$0] } ?? [])
    }

    /// The Swift files a run writes: each spec's files (named after the spec file, whatever it holds) and the catalog.
    public var outputs: [String] {
        specs.flatMap { OutputLayout.files(forSpecStem: SpecInput(path: $0, contents: "").stem, outputs: options.outputs) } + [OutputLayout.catalogFile]
    }

    /// `{"catalog", "outputs": [file names], "specs": [paths], "units"}`, what `smsspec-generator --plan` prints for the
    /// plugins: `units` are the build plugin's commands, one per spec (`BuildUnits`).
    public var json: String {
        struct Answer: Encodable {
            let specs: [String]
            let outputs: [String]
            let units: [BuildUnits.SpecUnit]
            let catalog: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let answer = Answer(specs: specs, outputs: outputs, units: BuildUnits.specUnits(of: self), catalog: OutputLayout.catalogFile)
        let data = (try? encoder.encode(answer)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// `json` as `smsspec-generator --plan` prints it: a character that would not show as itself (a bidi override, a
    /// C1 control) written as a `\uXXXX` escape, which the plugin reads back as the same path. A spec path holding a
    /// URL's user information is an error, and nothing is printed: redacted, as every message shows it, it would
    /// name a file that does not exist.
    public func printedJSON(diagnostics: DiagnosticCollector) -> String? {
        for path in specs where DisplayText.redactingUserinfo(path) != path {
            diagnostics.error(
                "this spec's path holds a URL's user or password, which the plan would print: rename the spec, or move it to a folder whose path holds none",
                at: .init(file: path, line: 1, column: 1))
        }
        return diagnostics.hasErrors ? nil : DisplayText.terminalSafe(json: json)
    }
}
