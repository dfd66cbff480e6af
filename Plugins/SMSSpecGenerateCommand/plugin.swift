import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory smsspec-generate [--target T]…`
///
/// Writes the generated sources of every target that holds SMS specs into `<target>/Generated/`, for teams that
/// commit generated code and review it in pull requests (such targets do not also apply the build plugin).
@main
struct SMSSpecGenerateCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let targets = try names.isEmpty
            ? context.package.targets.compactMap { $0 as? SourceModuleTarget }
            : context.package.targets(named: names).compactMap { $0 as? SourceModuleTarget }
        let generator = try context.tool(named: "smsspec-generator")
        var generated = 0
        for target in targets {
            let specs = target.sourceFiles.map(\.url).filter(Self.isSpec).sorted { $0.path < $1.path }
            guard !specs.isEmpty else { continue }
            let output = target.directoryURL.appending(component: "Generated")
            let config = target.sourceFiles.map(\.url).first { $0.lastPathComponent == "smsspec-config.yaml" }
            var arguments = ["--output", output.path(percentEncoded: false)]
            if let config { arguments += ["--config", config.path(percentEncoded: false)] }
            arguments += specs.map { $0.path(percentEncoded: false) }
            let process = try Process.run(generator.url, arguments: arguments)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CommandFailure("smsspec-generator failed for target '\(target.name)'; the errors above name the spec lines to fix.")
            }
            print("Generated \(target.name) into \(output.path(percentEncoded: false))")
            generated += 1
        }
        if generated == 0 {
            throw CommandFailure(
                "No target has SMS specs\(names.isEmpty ? "" : " among \(names.joined(separator: ", "))"). "
                    + "Put provider specs (*.yaml) in a target's directory, or name one with --target.")
        }
    }

    static func isSpec(_ url: URL) -> Bool {
        ["yaml", "yml"].contains(url.pathExtension) && url.lastPathComponent != "smsspec-config.yaml"
    }
}

struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
