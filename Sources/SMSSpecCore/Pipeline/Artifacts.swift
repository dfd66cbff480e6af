import Foundation

/// Everything `smsspec generate` writes, by subdirectory of the output directory:
/// `Sources/` (what the build plugin emits), `Docs/` (a Markdown page of codes per provider) and `registry.json`.
public enum Artifacts {
    public struct Group: Sendable {
        public let directory: String
        public let files: [GeneratedFile]
        /// The names the generator gives files in `directory`.
        public let names: GeneratedNames

        /// The writer of this group under the output directory `output`.
        public func writer(in output: URL) -> OutputWriter {
            directory == "."
                ? OutputWriter(directory: output, names: names)
                : OutputWriter(directory: output.appending(path: directory), names: names, isInsideTheOutput: true)
        }
    }

    public static let registryFile = "registry.json"

    public static func all(for models: [ProviderModel], options: GeneratorOptions) -> [Group] {
        let sorted = models.sorted { $0.id < $1.id }
        let docs = sorted.map { model in
            GeneratedFile(
                name: "\(model.fileStem).md",
                contents: RegistryRenderer.markdown(
                    provider: model.id, name: model.spec.name, tables: model.tables.map(\.resolved), decisions: model.tableDecisions,
                    summaries: model.tableSummaries))
        }
        let registry = GeneratedFile(name: registryFile, contents: RegistryRenderer.json(sorted.flatMap { $0.tables.map(\.resolved) }))
        return [
            Group(directory: "Sources", files: Generator.swiftSources(for: models, options: options), names: .swiftSources),
            Group(directory: "Docs", files: docs, names: .markdownPages),
            Group(directory: ".", files: [registry], names: .only([registryFile])),
        ]
    }
}
