import Foundation

/// What one generator run reads and writes, known before any spec is parsed: the configuration, the spec files
/// (those named, plus the configuration's `specs:` directory) and the names of the files it writes. The build
/// plugin asks `smsspec-generator --plan` for it and declares the same lists as its build command's inputs and
/// outputs; `smsspec generate` and `smsspec-generator` resolve their inputs with it.
public struct GenerationPlan: Sendable {
    public let options: GeneratorOptions
    public let specs: [String]

    /// Reads `config` (if any) and resolves `paths` (spec files or directories); every problem goes to `diagnostics`.
    public init(config: String?, paths: [String], diagnostics: DiagnosticCollector) {
        options = config.map { GeneratorOptions.load(file: $0, diagnostics: diagnostics) } ?? GeneratorOptions()
        specs = SpecDirectory.specPaths(of: paths + [options.specDirectory].compactMap { $0 }, diagnostics: diagnostics)
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
}
