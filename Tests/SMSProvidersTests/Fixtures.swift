import Foundation
import Testing

/// The documents' tables and payloads, as transcribed under Documents/.
enum Fixtures {
    static func url(_ path: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Documents/" + path, withExtension: nil), "missing fixture \(path)")
    }

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// A tab-separated table with a header row, as dictionaries keyed by column.
    static func table(_ path: String) throws -> [[String: String]] {
        let lines = try text(path).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
