import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory smsspec-generate [--target T]…`
///
/// Writes the generated sources of every target that holds SMS specs (its own, or a `specs:` folder named in its
/// `smsspec-config.yaml`, found as the build plugin finds them: see `TargetSpecs`) into `<target>/Generated/`, for
/// teams that commit generated code and review it in pull requests (such targets do not also apply the build plugin).
@main
struct SMSSpecGenerateCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        guard extractor.remainingArguments.isEmpty else {
            throw PluginFailure("Unexpected arguments \(extractor.remainingArguments.joined(separator: " ")); usage: smsspec-generate [--target <name>]…")
        }
        let targets = try names.isEmpty
            ? context.package.targets.compactMap { $0 as? SourceModuleTarget }
            : context.package.targets(named: names).compactMap { $0 as? SourceModuleTarget }
        let generator = try context.tool(named: "smsspec-generator").url
        var generated = 0
        for target in targets {
            guard let inputs = try TargetSpecs(target: target, generator: generator), !inputs.specs.isEmpty else { continue }
            let output = target.directoryURL.appending(component: "Generated")
            try GeneratorRun(generator, arguments: inputs.arguments(output: output))
                .check("smsspec-generator failed for target '\(target.name)'")
            print("Generated \(target.name) from \(inputs.specs.count) spec(s) into \(output.path(percentEncoded: false))")
            generated += 1
        }
        if generated == 0 {
            throw PluginFailure(
                "No target has SMS specs\(names.isEmpty ? "" : " among \(names.joined(separator: ", "))"). "
                    + "Put provider specs (*.yaml) in a target's directory or name a folder of them under `specs:` in its "
                    + "\(TargetSpecs.configName), or name such a target with --target.")
        }
    }
}
