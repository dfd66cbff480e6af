import Foundation
import SMSProviderCatalog
import SMSSpecCore

/// Loads the providers the sandbox emulates, through SMSSpecCore's pipeline (parse → validate → model).
public enum SandboxSpecs {
    /// The directory of the bundled specs: the main package's `specs/`, next to this package.
    public static var bundledDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("specs").path
    }

    /// Why `id` names no bundled provider: the closest id, and that a spec of one's own goes in `--spec`.
    static func unknownProviderMessage(_ id: String) -> String {
        let shown = DisplayText.escapedExcerpt(id)
        let isSpecFile = [".yaml", ".yml"].contains { id.lowercased().hasSuffix($0) }
        return "no bundled provider '\(shown)'\(Suggestions.hint(for: id, in: bundledIDs)) (bundled: \(bundledIDs.joined(separator: ", ")))"
            + (isSpecFile ? "; a spec file goes in --spec \(shown)" : "; a spec of your own goes in --spec <file.yaml>")
    }

    /// The ids of the bundled providers, in catalog order.
    public static var bundledIDs: [String] { SMSSpecCatalog.providers.map(\.provider.id) }

    /// The providers of `ids` (bundled, checked with their generated validators) and of the spec files at `paths`
    /// (checked by interpreting their rules). Throws every problem, located, at once.
    public static func load(bundled ids: [String], specPaths paths: [String], bundledDirectory: String = bundledDirectory) throws -> [SandboxProvider] {
        let diagnostics = DiagnosticCollector()
        var providers: [SandboxProvider] = []
        if !ids.isEmpty {
            var files: [String] = []
            for id in ids {
                guard let catalog = SMSSpecCatalog.provider(id) else { throw SandboxError.unknownProvider(unknownProviderMessage(id)) }
                let path = (try? SpecDirectory.specPaths(in: bundledDirectory))?
                    .first { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent == catalog.provider.id }
                guard let path else { throw SandboxError.unknownProvider("the spec of '\(id)' is not in \(bundledDirectory)") }
                files.append(path)
            }
            for model in Generator.models(forFiles: files, diagnostics: diagnostics) {
                providers.append(SandboxProvider(model: model, catalog: SMSSpecCatalog.provider(model.id)))
            }
        }
        if !paths.isEmpty {
            let files = SpecDirectory.specPaths(of: paths, diagnostics: diagnostics)
            providers += Generator.models(forFiles: files, diagnostics: diagnostics).map { SandboxProvider(model: $0) }
        }
        if diagnostics.hasErrors { throw SandboxError.invalidSpecs(diagnostics.sorted.map(\.description)) }
        return providers
    }
}

public enum SandboxError: Error, CustomStringConvertible {
    case unknownProvider(String)
    /// Located diagnostics, `path:line:column: error: …`, one a line.
    case invalidSpecs([String])
    case invalidOption(String)

    public var description: String {
        switch self {
        case .unknownProvider(let text), .invalidOption(let text): text
        case .invalidSpecs(let lines): lines.joined(separator: "\n")
        }
    }
}
