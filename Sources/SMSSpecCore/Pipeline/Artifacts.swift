/// Everything `smsspec generate` writes, by subdirectory of the output directory.
public enum Artifacts {
    public struct Group: Sendable {
        public let directory: String
        public let files: [GeneratedFile]
    }

    public static func all(for models: [ProviderModel], options: GeneratorOptions) -> [Group] {
        [Group(directory: "Sources", files: Generator.swiftSources(for: models, options: options))]
    }
}
