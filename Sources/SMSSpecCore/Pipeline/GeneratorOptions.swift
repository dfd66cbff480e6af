import Yams

/// What a target's `smsspec-config.yaml` sets.
public struct GeneratorOptions: Hashable, Sendable {
    public enum AccessLevel: String, CaseIterable, Sendable {
        case `public`, package, `internal`
    }

    public enum Output: String, CaseIterable, Sendable {
        case models, codes, operations, validation

        var title: String {
            switch self {
            case .models: "Models"
            case .codes: "Status codes"
            case .operations: "Operations and catalog"
            case .validation: "Request validators"
            }
        }
    }

    public var accessLevel: AccessLevel
    public var outputs: Set<Output>
    /// The name of the enum that lists the target's providers and their registry.
    public var namespace: String

    public init(accessLevel: AccessLevel = .public, outputs: Set<Output> = Set(Output.allCases), namespace: String = "SMSSpecCatalog") {
        self.accessLevel = accessLevel
        self.outputs = outputs
        self.namespace = namespace
    }

    public static let keys = ["accessLevel", "namespace", "outputs", "specs"]

    /// Reads a configuration file; problems go to `diagnostics`.
    public static func load(_ text: String, file: String, diagnostics: DiagnosticCollector) -> GeneratorOptions {
        var options = GeneratorOptions()
        guard let root = YAMLLoader.load(text, file: file, diagnostics: diagnostics),
            let config = MappingReader(root, file: file, subject: "the configuration", diagnostics: diagnostics)
        else { return options }
        config.checkKeys(keys)
        if let level = config.choice("accessLevel", AccessLevel.allCases.map(\.rawValue)) {
            options.accessLevel = AccessLevel(rawValue: level.value) ?? .public
        }
        if let outputs = config.strings("outputs") {
            options.outputs = Set(outputs.compactMap { output in
                guard let value = Output(rawValue: output.value) else {
                    diagnostics.error(
                        "unknown output '\(output.value)'\(Suggestions.hint(for: output.value, in: Output.allCases.map(\.rawValue))); "
                            + "outputs: \(Output.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: output.location)
                    return nil
                }
                return value
            })
            if let problem = OutputLayout.problem(with: options.outputs), let first = outputs.first {
                diagnostics.error("these outputs do not compile without others: \(problem)", at: first.location)
            }
        }
        if let namespace = config.string("namespace") {
            if Naming.forbiddenNamespaces.contains(namespace.value) {
                diagnostics.error("namespace '\(namespace.value)' would hide a name the generated code uses; choose another", at: namespace.location)
            } else if Naming.isIdentifier(namespace.value) {
                options.namespace = namespace.value
            } else {
                diagnostics.error("namespace '\(namespace.value)' is not a Swift type name", at: namespace.location)
            }
        }
        _ = config.string("specs")  // Read by the build plugin, which passes the spec files themselves.
        return options
    }
}
