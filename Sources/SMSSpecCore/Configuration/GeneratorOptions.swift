import Foundation
import SMSSpecVocabulary

/// What a target's `smsspec-config.yaml` sets. `load(file:diagnostics:)` is the one way the CLI, the lint command
/// and the generator tool read a configuration file.
public struct GeneratorOptions: Hashable, Sendable {
    public enum AccessLevel: String, CaseIterable, Sendable {
        case `public`, package, `internal`
    }

    public enum Output: String, CaseIterable, Sendable {
        case models, codes, operations, validation
        /// What tools need and apps do not: every message by name (to decode any of them) and the documents' example
        /// payloads, the broken ones as published too.
        case catalog
        /// Typed clients and callback receivers (docs/client.md): only targets that list them get their files, since
        /// those import SMSSpecClient (swift-openapi-runtime) and SMSSpecReceiver (swift-http-types).
        case client, receiver

        /// What a configuration without `outputs` generates: everything an app uses, not the tools' catalog.
        public static let defaults: Set<Output> = [.models, .codes, .operations, .validation]

        var title: String {
            switch self {
            case .models: "Models"
            case .codes: "Status codes"
            case .operations: "Operations and request descriptors"
            case .validation: "Request validators"
            case .client: "Typed client"
            case .receiver: "Callback receivers"
            case .catalog: "Catalog for tools (messages by name, example payloads)"
            }
        }
    }

    public static let fileName = "smsspec-config.yaml"
    /// A configuration is a few lines; anything larger is not one.
    public static let maximumFileSize = 64 * 1024

    public var accessLevel: AccessLevel
    public var outputs: Set<Output>
    /// The name of the enum that lists the target's providers and their registry.
    public var namespace: String
    /// The directory `specs:` names, resolved against the configuration file's directory; its specs are generated
    /// with the target's own.
    public var specDirectory: String?
    /// The package `specDirectory` lies in (symbolic links resolved), when the configuration is in one: no spec its
    /// walk reaches may lie outside it (a link inside the folder to a folder elsewhere: an attack).
    public var specBoundary: String?
    /// Modules every generated file imports (`imports:`). They declare the namespaces: each provider's enum and the
    /// catalog enum are extended, not declared, and the outputs may rely on the imported modules' outputs.
    public var imports: [String]

    public init(
        accessLevel: AccessLevel = .public, outputs: Set<Output> = Output.defaults, namespace: String = "SMSSpecCatalog",
        specDirectory: String? = nil, imports: [String] = []
    ) {
        self.accessLevel = accessLevel
        self.outputs = outputs
        self.namespace = namespace
        self.specDirectory = specDirectory
        self.imports = imports
    }

    public static let keys = ["accessLevel", "imports", "namespace", "outputs", "specs"]

    /// Whether the generated files declare the namespace enums (else an imported module does).
    public var declaresNamespaces: Bool { imports.isEmpty }

    /// Reads a configuration file; a missing, unreadable or oversized file and every problem in it go to `diagnostics`.
    public static func load(file path: String, diagnostics: DiagnosticCollector) -> GeneratorOptions {
        switch TextFile.read(path, limit: maximumFileSize) {
        case .success(let text):
            return load(text, file: path, diagnostics: diagnostics)
        case .failure(let problem):
            diagnostics.error("cannot read the configuration file: \(problem)", at: problem.location(in: path))
            return GeneratorOptions()
        }
    }

    /// Reads the text of a configuration file; problems go to `diagnostics`. Blank or comment-only text sets nothing.
    public static func load(_ text: String, file: String, diagnostics: DiagnosticCollector) -> GeneratorOptions {
        var options = GeneratorOptions()
        guard !setsNothing(text) else { return options }
        guard let root = YAMLLoader.load(text, file: file, diagnostics: diagnostics),
            let config = MappingReader(root, file: file, subject: "the configuration", diagnostics: diagnostics)
        else { return options }
        config.checkKeys(keys)
        if let level = config.choice("accessLevel", AccessLevel.allCases.map(\.rawValue)) {
            options.accessLevel = AccessLevel(rawValue: level.value) ?? .public
        }
        if let imports = config.strings("imports") {
            options.imports = moduleNames(imports, diagnostics: diagnostics)
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
            // With `imports`, what an output refers to may come from an imported module.
            if options.declaresNamespaces, let problem = Output.problem(with: options.outputs), let first = outputs.first {
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
        if let specs = config.string("specs") {
            options.specDirectory = specDirectory(specs, configFile: file, diagnostics: diagnostics)
            if options.specDirectory != nil {
                let package = packageRoot(above: URL(filePath: file).deletingLastPathComponent())?.resolvingSymlinksInPath()
                options.specBoundary = package.map { String($0.path(percentEncoded: false).trimmingSuffix("/")) }
            }
        }
        return options
    }

    /// The modules `imports:` lists, each once and each a module name.
    private static func moduleNames(_ values: [Located<String>], diagnostics: DiagnosticCollector) -> [String] {
        var names: [String] = []
        for value in values {
            if !Naming.isIdentifier(value.value) || Naming.keywords.contains(value.value) {
                diagnostics.error("'\(value.value)' under `imports:` is not a module name; a module name is a Swift identifier", at: value.location)
            } else if value.value == "SMSSpecRuntime" || value.value == "Foundation" {
                diagnostics.error("generated files always import \(value.value); remove it from `imports:`", at: value.location)
            } else if names.contains(value.value) {
                diagnostics.error("module '\(value.value)' is listed twice under `imports:`", at: value.location)
            } else {
                names.append(value.value)
            }
        }
        return names
    }

    /// The directory `specs:` names, relative to the configuration file, if it is one. A configuration arrives in pull
    /// requests as specs do: it names no absolute path, and inside a package (the nearest folder above it holding a
    /// `Package.swift`) no folder outside it, symbolic links followed (an attack's `specs: /usr` read 4,311 files of
    /// the machine and quoted their values in errors).
    private static func specDirectory(_ value: Located<String>, configFile: String, diagnostics: DiagnosticCollector) -> String? {
        let base = URL(filePath: configFile).deletingLastPathComponent()
        if value.value.hasPrefix("/") || value.value.hasPrefix("~") {
            diagnostics.error(
                "`specs:` names \(DisplayText.quoted(value.value)), an absolute path: a configuration is shared, and reads no folder of one "
                    + "machine; give the folder that holds the spec files relative to this configuration file (`../../specs`)",
                at: value.location)
            return nil
        }
        let directory = URL(filePath: value.value, directoryHint: .isDirectory, relativeTo: base).standardizedFileURL
        let path = String(directory.path(percentEncoded: false).trimmingSuffix("/"))
        var isDirectory: ObjCBool = false
        guard !value.value.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.isReadableFile(atPath: path)
        else {
            diagnostics.error(
                (value.value.isEmpty ? "`specs:` is empty (not this folder: name it `.`, or leave `specs:` out)" : "`specs:` names \(path), which is not a readable directory")
                    + "; give the folder that holds the spec files, relative to this configuration file",
                at: value.location)
            return nil
        }
        if let package = packageRoot(above: base), !isInside(directory, package) {
            diagnostics.error(
                "`specs:` names \(path), outside the package at \(package.path(percentEncoded: false).trimmingSuffix("/")) (symbolic links followed): a "
                    + "configuration reads specs of its own package only; move the specs into the package",
                at: value.location)
            return nil
        }
        return path
    }

    /// The nearest folder at or above `folder` holding a `Package.swift`; nil outside a package.
    private static func packageRoot(above folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appending(path: "Package.swift").path(percentEncoded: false)) { return current }
            let parent = current.deletingLastPathComponent()
            guard parent.path(percentEncoded: false) != current.path(percentEncoded: false) else { return nil }
            current = parent
        }
    }

    /// Whether `directory`, its symbolic links resolved, is `root` or inside it.
    static func isInside(_ directory: URL, _ root: URL) -> Bool {
        let components = directory.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let rootComponents = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        return components.starts(with: rootComponents)
    }

    /// Blank lines, comments and document markers only.
    private static func setsNothing(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let content = line.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}"]))
            return content.isEmpty || content.hasPrefix("#") || content == "---" || content == "..."
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
        var text = self[...]
        while text.count > 1, text.last == suffix { text = text.dropLast() }
        return text
    }
}

extension GeneratorOptions.Output {
    /// What each output refers to: models and codes refer to each other (fields typed by tables, the status walk
    /// over shapes); operations list the messages and tables; validators use the provider's segment capacities,
    /// phone rules and codes; the catalog lists the operations, messages and tables; clients send the operations'
    /// requests and read their answers; receivers decode the callbacks.
    public static let requirements: [Self: [Self]] = [
        .models: [.codes], .codes: [.models], .operations: [.models, .codes], .validation: [.models, .codes, .operations],
        .catalog: [.models, .codes, .operations],
        .client: [.models, .codes, .operations], .receiver: [.models, .codes],
    ]

    /// Why a set of outputs cannot compile, or nil: every output it holds needs the outputs it refers to.
    public static func problem(with outputs: Set<Self>) -> String? {
        let missing = allCases.filter(outputs.contains).flatMap { output in
            (requirements[output] ?? []).filter { !outputs.contains($0) }.map { "'\(output.rawValue)' needs '\($0.rawValue)'" }
        }
        return missing.isEmpty ? nil : missing.joined(separator: ", ")
    }
}
