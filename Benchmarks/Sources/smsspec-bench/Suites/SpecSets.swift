import Foundation

/// The five bundled specs, and fifty made from them: each renamed ten times (provider id, namespace, file name).
enum SpecSets {
    /// Writes the five specs into `directory` unchanged.
    static func writeFive(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for spec in try Repository.specFiles() {
            try FileManager.default.copyItem(at: spec, to: directory.appending(path: spec.lastPathComponent))
        }
    }

    /// Writes `bind1.yaml` … `rajasms10.yaml` into `directory`: fifty specs, ten of each provider.
    static func writeFifty(to directory: URL) throws { try writeCopies(1...10, to: directory) }

    /// Writes the five specs renamed with each number of `copies` (`bind1.yaml`, `bind2.yaml`, …) into `directory`.
    static func writeCopies(_ copies: ClosedRange<Int>, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for spec in try Repository.specFiles() {
            let text = try String(contentsOf: spec, encoding: .utf8)
            let stem = spec.deletingPathExtension().lastPathComponent
            for copy in copies {
                try renamed(text, suffix: "\(copy)").write(
                    to: directory.appending(path: "\(stem)\(copy).yaml"), atomically: true, encoding: .utf8)
            }
        }
    }

    /// The spec with `suffix` appended to its provider id and, where it sets one, its namespace.
    static func renamed(_ spec: String, suffix: String) -> String {
        spec.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("  id: ") || line.hasPrefix("  namespace: ") ? line + suffix : line
        }.joined(separator: "\n")
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-bench-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
