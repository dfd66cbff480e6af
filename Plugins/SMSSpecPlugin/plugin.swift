import Foundation
import PackagePlugin

/// Generates Swift sources from a target's SMS-gateway specs at build time.
///
/// The specs are the target's `*.yaml`/`*.yml` files and those of the folder its `smsspec-config.yaml` names under
/// `specs:` (see `TargetSpecs`). One build command per spec writes that spec's files into a folder of its own, and
/// one more writes the catalog from the providers the specs claim; `smsspec-generator --plan` names every command's
/// files. Each command declares its inputs and outputs, so a no-op build runs nothing and editing one spec runs that
/// spec's command only (the catalog's too when the edit changes the provider id or namespace).
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
        let settings = inputs.config.map { [$0] } ?? []
        var claims: [URL] = []
        var commands: [Command] = inputs.units.map { unit in
            let folder = outputDirectory.appending(component: unit.folder)
            let outputs = unit.outputs.map { folder.appending(component: $0) }
            claims += outputs.suffix(1)
            return .buildCommand(
                displayName: "Generating SMS provider code for \(target.name) from \(URL(filePath: unit.spec).lastPathComponent)",
                executable: tool.url,
                arguments: inputs.arguments(unit: unit, output: folder),
                inputFiles: [URL(filePath: unit.spec)] + settings + [tool.url],
                outputFiles: outputs)
        }
        commands.append(.buildCommand(
            displayName: "Generating SMS provider code for \(target.name): the catalog of \(inputs.units.count) provider(s)",
            executable: tool.url,
            arguments: inputs.catalogArguments(claims: claims, output: outputDirectory),
            inputFiles: claims + settings + [tool.url],
            outputFiles: [outputDirectory.appending(component: inputs.catalog)]))
        return commands
    }
}
