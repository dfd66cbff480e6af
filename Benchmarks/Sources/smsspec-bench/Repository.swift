import Foundation

/// The SMSSpec checkout these benchmarks belong to: its specs and the documents' payloads.
enum Repository {
    /// Benchmarks/Sources/smsspec-bench/Repository.swift → the checkout's root.
    static let root: URL = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var specs: URL { root.appending(path: "specs") }

    /// A payload transcribed from a provider's document (Tests/SMSProvidersTests/Documents/…).
    static func document(_ path: String) -> Data {
        let url = root.appending(path: "Tests/SMSProvidersTests/Documents/\(path)")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("missing document payload \(url.path)")
        }
        return data
    }

    /// The spec files, sorted by name.
    static func specFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: specs, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" && $0.lastPathComponent != "smsspec-config.yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
