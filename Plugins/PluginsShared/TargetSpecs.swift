import Foundation
import PackagePlugin

/// A target's SMS specs as both plugins find them. The plugin finds the target's own spec files and its
/// `smsspec-config.yaml`; `smsspec-generator --plan` reads the configuration (its `specs:` folder, every other key)
/// and answers with every spec it will read and every command's files, so the plugins never interpret the
/// configuration themselves and the generator's rules (one stem per spec, a readable `specs:` folder) hold for both.
struct TargetSpecs {
    static let configName = "smsspec-config.yaml"

    /// The target's own spec files (`*.yaml`, `*.yml` anywhere in the target), as given to the generator.
    let ownSpecs: [URL]
    let config: URL?
    /// Every spec the generator reads: the target's own and those of the configuration's `specs:` folder.
    let specs: [URL]
    /// The build plugin's commands: one per spec, then the catalog's.
    let units: [Unit]
    let catalog: String

    /// Nil when the target has neither a spec nor a configuration.
    init?(target: SourceModuleTarget, generator: URL) throws {
        let files = target.sourceFiles.map(\.url)
        let configs = files.filter { $0.lastPathComponent == Self.configName }
        guard configs.count <= 1 else {
            throw PluginFailure(
                "Target '\(target.name)' has \(configs.count) \(Self.configName) files ("
                    + configs.map { $0.path(percentEncoded: false) }.joined(separator: ", ") + "); keep one.")
        }
        config = configs.first
        ownSpecs = files.filter(Self.isSpec).sorted { $0.path < $1.path }
        guard config != nil || !ownSpecs.isEmpty else { return nil }

        let result = try GeneratorRun(generator, arguments: ["--plan"] + Self.inputArguments(config: config, specs: ownSpecs))
        try result.check("smsspec-generator found problems in the configuration or spec files of target '\(target.name)'")
        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: result.output)
        } catch {
            throw PluginFailure("smsspec-generator --plan answered something that is not a plan for target '\(target.name)': \(error)")
        }
        specs = plan.specs.map { URL(filePath: $0) }
        units = plan.units
        catalog = plan.catalog
    }

    /// The generator's arguments to write this target's sources into `output`.
    func arguments(output: URL) -> [String] {
        ["--output", output.path(percentEncoded: false)] + Self.inputArguments(config: config, specs: ownSpecs)
    }

    /// The generator's arguments to write one spec's files and claim into `output`.
    func arguments(unit: Unit, output: URL) -> [String] {
        ["--output", output.path(percentEncoded: false)] + configArguments + ["--spec", unit.spec]
    }

    /// The generator's arguments to write the catalog into `output` from the claims.
    func catalogArguments(claims: [URL], output: URL) -> [String] {
        ["--output", output.path(percentEncoded: false)] + configArguments + ["--catalog", "--"] + claims.map { $0.path(percentEncoded: false) }
    }

    private var configArguments: [String] { config.map { ["--config", $0.path(percentEncoded: false)] } ?? [] }

    static func isSpec(_ url: URL) -> Bool {
        ["yaml", "yml"].contains(url.pathExtension) && url.lastPathComponent != configName
    }

    private static func inputArguments(config: URL?, specs: [URL]) -> [String] {
        (config.map { ["--config", $0.path(percentEncoded: false)] } ?? []) + ["--"] + specs.map { $0.path(percentEncoded: false) }
    }

    /// One spec's command: the spec, its folder under the plugin's output and the files it writes there (the last
    /// is its claim, which the catalog's command reads).
    struct Unit: Decodable {
        let spec: String
        let folder: String
        let outputs: [String]
    }

    /// What `smsspec-generator --plan` prints.
    private struct Plan: Decodable {
        let specs: [String]
        let units: [Unit]
        let catalog: String
    }
}

/// One run of smsspec-generator, its output captured. The plugin forwards the tool's diagnostics, since SwiftPM
/// does not show what a plugin's child process writes.
struct GeneratorRun {
    let status: Int32
    let output: Data
    let errors: String

    init(_ generator: URL, arguments: [String]) throws {
        let process = Process()
        process.executableURL = generator
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorText = ErrorReader(errors.fileHandleForReading)
        self.output = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        self.status = process.terminationStatus
        self.errors = errorText.text()
    }

    /// Forwards the tool's diagnostics; throws `failure` when the tool failed.
    func check(_ failure: String) throws {
        for line in errors.split(whereSeparator: \.isNewline) {
            if line.contains(": warning: ") { Diagnostics.warning(String(line), file: nil, line: nil) }
            else { Diagnostics.error(String(line), file: nil, line: nil) }
        }
        guard status == 0 else {
            throw PluginFailure("\(failure); the errors above name the lines to fix.")
        }
    }
}

/// Reads a pipe to its end on another thread, so a chatty tool cannot block on a full pipe.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
