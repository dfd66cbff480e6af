import Foundation
import SMSSpecCore

extension Lint {
    /// Configurations the build plugin would refuse: two or more in the folder of one package target, where the plugin
    /// stops with "keep one" while lint said OK, each applying to its own folder. A target's folder is one under
    /// `Sources/`, `Tests/` or `Plugins/` beside a `Package.swift`, as SwiftPM finds targets by default; a target given
    /// another folder in its manifest (`path:`) is not known here, and its configurations each apply to their own folder.
    static func checkOneConfigurationPerTarget(_ configs: [String], diagnostics: DiagnosticCollector) {
        // Each file once, however it was named (`specs/smsspec-config.yaml` and its absolute path are one).
        var byTarget: [String: [String: String]] = [:]
        for config in configs {
            guard let target = targetFolder(holding: config) else { continue }
            let file = URL(filePath: config).absoluteURL.standardizedFileURL.resolvingSymlinksInPath().path(percentEncoded: false)
            byTarget[target, default: [:]][file] = byTarget[target]?[file] ?? config
        }
        for (target, held) in byTarget where held.count > 1 {
            let named = held.values.sorted()
            for config in named {
                diagnostics.error(
                    "the package target's folder \(target) holds \(named.count) \(GeneratorOptions.fileName) files ("
                        + named.joined(separator: ", ") + "); the build plugin refuses a target with more than one: keep one",
                    at: .init(file: config, line: 1, column: 1))
            }
        }
    }

    /// The folder of the package target `file` is in, by SwiftPM's default layout; nil outside one.
    static func targetFolder(holding file: String) -> String? {
        var folder = URL(filePath: file).absoluteURL.standardizedFileURL.deletingLastPathComponent()
        while folder.pathComponents.count > 2 {
            let parent = folder.deletingLastPathComponent()
            let package = parent.deletingLastPathComponent().appending(path: "Package.swift").path(percentEncoded: false)
            if ["Sources", "Tests", "Plugins"].contains(parent.lastPathComponent), FileManager.default.fileExists(atPath: package) {
                let path = folder.path(percentEncoded: false)
                return path.hasSuffix("/") ? String(path.dropLast()) : path
            }
            folder = parent
        }
        return nil
    }
}
