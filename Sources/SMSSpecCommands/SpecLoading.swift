import Foundation
import SMSSpecCore

/// Spec loading shared by the commands: every problem printed as `path:line:column: error:`.
enum SpecLoading {
    /// The models of `paths` (files or directories of specs), or nil after printing every problem.
    static func models(_ paths: [String]) -> [ProviderModel]? {
        let diagnostics = DiagnosticCollector()
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                do {
                    files += try SpecDirectory.specPaths(in: path)
                } catch {
                    diagnostics.error("cannot list the spec directory: \(error.localizedDescription)", at: .init(file: path, line: 1, column: 1))
                }
            } else {
                files.append(path)
            }
        }
        let inputs = files.compactMap { SpecInput.read($0, diagnostics: diagnostics) }
        if inputs.isEmpty && !diagnostics.hasErrors {
            diagnostics.error("no spec files (*.yaml, *.yml) here", at: .init(file: paths.first ?? ".", line: 1, column: 1))
        }
        let models = Generator.models(for: inputs, diagnostics: diagnostics)
        Output.printDiagnostics(diagnostics.sorted)
        return diagnostics.hasErrors ? nil : models
    }
}

enum Output {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { standardError(diagnostic.description) }
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
