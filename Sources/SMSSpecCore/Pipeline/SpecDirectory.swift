import Foundation

/// The spec files of a directory: `*.yaml` and `*.yml`, except a configuration file, in name order.
public enum SpecDirectory {
    public static let configName = "smsspec-config.yaml"

    public static func specPaths(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != configName }
            .sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Spec files named directly, and those of named directories; an unlistable directory becomes a diagnostic.
    public static func specPaths(of paths: [String], diagnostics: DiagnosticCollector) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            do {
                return try specPaths(in: path)
            } catch {
                diagnostics.error("cannot list the spec directory: \(error.localizedDescription)", at: .init(file: path, line: 1, column: 1))
                return []
            }
        }
    }
}
