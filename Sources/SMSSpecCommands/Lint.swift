import ArgumentParser
import Foundation
import SMSSpecCore
import SMSSpecVocabulary

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks specs and generator configurations; prints every problem as path:line:column: error: message.",
        discussion: """
            A directory's smsspec-config.yaml is checked with its specs, and the specs of the folder it names under \
            `specs:` are checked too, as the build plugin would read them.
            """)

    @Argument(help: "Spec files, smsspec-config.yaml files, or directories of them.")
    var specs: [String]

    @Option(help: ArgumentHelp(
        "A folder the specs' documents are in (repeat for several): each source's `document` must name a file in one of them.",
        valueName: "folder"))
    var documents: [String] = []

    func validate() throws {
        for folder in documents {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--documents \(DisplayText.quotedExcerpt(folder)) is no folder: give a folder holding the documents the specs cite.")
            }
        }
    }

    func run() throws {
        let diagnostics = DiagnosticCollector()
        // A folder's configuration applies to every spec in it, nested folders included, as the plugin applies a
        // target's to every spec of the target.
        let found = specs.flatMap(Self.configurations(of:))
        let configs = found.map(\.config)
        let options = configs.map { GeneratorOptions.load(file: $0, diagnostics: diagnostics) }
        Self.checkOneConfigurationPerTarget(configs, diagnostics: diagnostics)
        let printed = Set(diagnostics.sorted)
        Output.printDiagnostics(diagnostics.sorted)

        let specPaths = specs.filter { ($0 as NSString).lastPathComponent != GeneratorOptions.fileName }
            + options.compactMap(\.specDirectory)
        var models: [ProviderModel] = []
        if !specPaths.isEmpty || configs.isEmpty {
            guard let loaded = SpecLoading.models(specPaths, boundaries: options.compactMap(SpecBoundary.init)) else { throw ExitCode.failure }
            models = loaded
        }
        var targets = zip(found, options).map { (config: $0.config, root: $0.root, options: $1) }
        for model in models {
            let options = Self.targetOptions(of: model.spec.file, among: &targets, diagnostics: diagnostics)
            Generator.checkCatalogNamespace(options.namespace, against: [model], diagnostics: diagnostics)
            ExampleDecoding.check(model, diagnostics: diagnostics)
            if !documents.isEmpty { Self.checkCitedDocuments(of: model, in: documents, diagnostics: diagnostics) }
        }
        Output.printDiagnostics(diagnostics.sorted.filter { !printed.contains($0) })
        guard !diagnostics.hasErrors else { throw ExitCode.failure }

        var summary: [String] = []
        if !models.isEmpty || configs.isEmpty {
            let tables = models.reduce(0) { $0 + $1.tables.count }
            let codes = models.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.entries.count } }
            summary.append("\(Self.count(models.count, "spec")) OK: \(Self.count(tables, "table")), \(Self.count(codes, "code")).")
        }
        // Those named and those read beside a spec.
        if !targets.isEmpty {
            summary.append("\(Self.count(targets.count, "configuration")) OK.")
        }
        Output.standardOutput(summary.joined(separator: " "))
    }

    /// Each source's `document` names a file in one of `folders` (a user's spec cited `commio-inference.md`, which
    /// exists nowhere, and the generated documentation cited it as a document). A name leaving its folder (`..`) is
    /// in none.
    static func checkCitedDocuments(of model: ProviderModel, in folders: [String], diagnostics: DiagnosticCollector) {
        for source in model.spec.sources {
            guard let document = source.document, let location = source.documentLocation else { continue }
            // A control character ends the name where the file system reads it (`real.md\0` was found as `real.md`:
            // an attack); a device, a FIFO or a folder is no document.
            let found = !document.isEmpty && !document.split(separator: "/").contains("..")
                && !document.unicodeScalars.contains { $0.properties.generalCategory == .control } && folders.contains { folder in
                    var status = stat()
                    return stat((folder as NSString).appendingPathComponent(document), &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
                }
            guard !found else { continue }
            let names = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }.filter { $0 != document }
            diagnostics.error(
                "document \(DisplayText.quotedExcerpt(document)) of source '\(source.id.value)' is no file in "
                    + folders.map(DisplayText.quotedExcerpt).joined(separator: " or ") + Suggestions.hint(for: document, in: names)
                    + "; the generated documentation cites it as what the spec is written from",
                at: location)
        }
    }

    /// `1 table`, `2 tables`, `0 codes`.
    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The options a spec is generated under, as `generate` and the build plugin read them: those of the
    /// configuration beside it or of one whose `specs:` names its folder, else the defaults. A configuration not named
    /// on the command line is read here once (its problems reported) and added to `targets`.
    private static func targetOptions(
        of spec: String, among targets: inout [(config: String, root: String?, options: GeneratorOptions)], diagnostics: DiagnosticCollector
    ) -> GeneratorOptions {
        let folder = directory(of: spec)
        if let target = targets.first(where: { target in
            directory(of: target.config) == folder || target.options.specDirectory.map(canonical) == folder
                || target.root.map { folder == $0 || folder.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } == true
        }) {
            return target.options
        }
        guard let beside = configuration(besideSpecFile: spec) else { return GeneratorOptions() }
        let options = GeneratorOptions.load(file: beside, diagnostics: diagnostics)
        targets.append((beside, nil, options))
        return options
    }

    /// `path` as a folder's canonical path when it names a folder; nil for a file.
    private static func folder(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return canonical(path)
    }

    /// The configuration a path names, or those of the folder it names and the folders in it, each with the folder
    /// whose specs it applies to: the one of a folder holding one applies to all of it, nested folders included, as the
    /// build plugin applies a target's wherever in the target it is (lint of a target read only a configuration at its
    /// top); of several (lint of `Sources`, a configuration per target), each to its own folder.
    static func configurations(of path: String) -> [(config: String, root: String?)] {
        guard let root = folder(path), let found = try? SpecDirectory.configurationPaths(in: path), !found.isEmpty else {
            return configuration(of: path).map { [($0, nil)] } ?? []
        }
        return found.count == 1 ? [(found[0], root)] : found.map { ($0, directory(of: $0)) }
    }

    private static func canonical(_ directory: String) -> String {
        URL(filePath: directory, directoryHint: .isDirectory).absoluteURL.standardizedFileURL.path(percentEncoded: false)
    }

    private static func directory(of file: String) -> String {
        canonical(URL(filePath: file).absoluteURL.deletingLastPathComponent().path(percentEncoded: false))
    }

    /// The configuration beside a spec file, named as the spec was (`specs/smsspec-config.yaml` beside
    /// `specs/bind.yaml`), as its diagnostics are; nil when there is none.
    static func configuration(besideSpecFile spec: String) -> String? {
        let given = (spec as NSString).deletingLastPathComponent
        guard !given.isEmpty else { return FileManager.default.fileExists(atPath: GeneratorOptions.fileName) ? GeneratorOptions.fileName : nil }
        return configuration(of: given)
    }

    /// The configuration file a path names, or the one in the directory it names.
    static func configuration(of path: String) -> String? {
        if (path as NSString).lastPathComponent == GeneratorOptions.fileName { return path }
        let inside = (path as NSString).appendingPathComponent(GeneratorOptions.fileName)
        return FileManager.default.fileExists(atPath: inside) ? inside : nil
    }
}
