import Foundation
import PackagePlugin

/// Generates Swift sources from a target's SMS-gateway specs at build time.
///
/// The specs are the target's `*.yaml`/`*.yml` files and those of the folder its `smsspec-config.yaml` names under
/// `specs:` (see `TargetSpecs`). The build command declares every spec, the configuration and the generator as
/// inputs and every generated file as an output, so a no-op build runs nothing.
@main
struct SMSSpecPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw PluginFailure("SMSSpecPlugin applies to Swift source targets; '\(target.name)' is not one.")
        }
        let tool = try context.tool(named: "smsspec-generator")
        guard let inputs = try TargetSpecs(target: target, generator: tool.url), !inputs.specs.isEmpty else {
            throw PluginFailure(
                "Target '\(target.name)' has no SMS specs. Add a provider spec (for example `myprovider.yaml`) to "
                    + "\(target.directoryURL.path(percentEncoded: false)), or name a directory of specs under `specs:` in "
                    + "its \(TargetSpecs.configName).")
        }
        let outputDirectory = context.pluginWorkDirectoryURL.appending(component: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating SMS provider code for \(target.name) from \(inputs.specs.count) spec(s)",
                executable: tool.url,
                arguments: inputs.arguments(output: outputDirectory),
                inputFiles: inputs.inputFiles + [tool.url],
                outputFiles: inputs.outputs.map { outputDirectory.appending(component: $0) }
            )
        ]
    }
}
