import Foundation
import PackagePlugin

/// Generates Swift sources from a target's SMS-gateway specs.
///
/// Specs are the target's `*.yaml`/`*.yml` files, plus those in the directory that an optional
/// `smsspec-config.yaml` names under `specs:` (relative to the target). Output names follow from
/// spec file names alone, so SwiftPM knows them before anything is parsed and a no-op build runs nothing.
@main
struct SMSSpecPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw PluginFailure("SMSSpecPlugin applies to Swift source targets; '\(target.name)' is not one.")
        }
        let inputs = try SpecInputs(target: target)
        let tool = try context.tool(named: "smsspec-generator")
        let outputDirectory = context.pluginWorkDirectoryURL.appending(component: "GeneratedSources")

        var arguments = ["--output", outputDirectory.path(percentEncoded: false)]
        if let config = inputs.config { arguments += ["--config", config.path(percentEncoded: false)] }
        arguments += inputs.specs.map { $0.path(percentEncoded: false) }

        return [
            .buildCommand(
                displayName: "Generating SMS provider code for \(target.name) from \(inputs.specs.count) spec(s)",
                executable: tool.url,
                arguments: arguments,
                inputFiles: inputs.specs + (inputs.config.map { [$0] } ?? []) + [tool.url],
                outputFiles: OutputNames.files(forSpecs: inputs.specs).map { outputDirectory.appending(component: $0) }
            )
        ]
    }
}

/// The generator's output file names. Keep in step with `OutputLayout` in SMSSpecCore (a test checks the two agree).
enum OutputNames {
    static let perSpec = ["models", "codes", "operations", "validation"]
    static let shared = "smsspec.catalog.swift"

    static func files(forSpecs specs: [URL]) -> [String] {
        specs.flatMap { spec in
            let stem = spec.deletingPathExtension().lastPathComponent
            return perSpec.map { "\(stem).\($0).swift" }
        } + [shared]
    }
}

struct SpecInputs {
    static let configName = "smsspec-config.yaml"
    let specs: [URL]
    let config: URL?

    init(target: SourceModuleTarget) throws {
        let files = target.sourceFiles.map(\.url)
        let config = files.first { $0.lastPathComponent == Self.configName }
        var specs = files.filter { Self.isSpec($0) }
        if let config, let directory = try Self.specDirectory(in: config) {
            specs += try Self.specs(in: directory, config: config)
        }
        specs.sort { $0.path < $1.path }

        guard !specs.isEmpty else {
            throw PluginFailure(
                "Target '\(target.name)' has no SMS specs. Add a provider spec (for example `myprovider.yaml`) to "
                    + "\(target.directoryURL.path(percentEncoded: false)), or name a directory of specs under `specs:` in "
                    + "its \(Self.configName).")
        }
        var seen: [String: URL] = [:]
        for spec in specs {
            let stem = spec.deletingPathExtension().lastPathComponent
            if let other = seen.updateValue(spec, forKey: stem) {
                throw PluginFailure(
                    "Two specs of '\(target.name)' would generate the same files: \(other.path(percentEncoded: false)) and "
                        + "\(spec.path(percentEncoded: false)). Rename one of them.")
            }
        }
        self.specs = specs
        self.config = config
    }

    static func isSpec(_ url: URL) -> Bool {
        ["yaml", "yml"].contains(url.pathExtension) && url.lastPathComponent != configName
    }

    /// Reads the one key the plugin needs; the generator reads and checks the whole file.
    static func specDirectory(in config: URL) throws -> URL? {
        guard let text = try? String(contentsOf: config, encoding: .utf8) else {
            throw PluginFailure("Cannot read \(config.path(percentEncoded: false)): check that it exists and is UTF-8 text.")
        }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("specs:") {
            var value = line.dropFirst("specs:".count)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let path = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            guard !path.isEmpty else { continue }
            return URL(filePath: path, relativeTo: config.deletingLastPathComponent()).standardizedFileURL
        }
        return nil
    }

    static func specs(in directory: URL, config: URL) throws -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false)) else {
            throw PluginFailure(
                "\(config.path(percentEncoded: false)): `specs:` names \(directory.path(percentEncoded: false)), which is not a "
                    + "readable directory. Point it at the folder that holds your spec files, relative to the config file.")
        }
        return names.map { directory.appending(component: $0) }.filter(isSpec)
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
