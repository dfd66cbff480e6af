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

/// A generated table against its document's rows.
enum DocumentTable {
    /// Every documented code is generated; a generated code the document lacks must name the other source it comes from.
    static func check(_ table: StatusTable, documented codes: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let generated = table.entries.map(\.code)
        for code in codes where table.entry(for: code) == nil {
            Issue.record("\(table.provider) \(table.id): documented code \(code) is not generated", sourceLocation: sourceLocation)
        }
        let tableSource = table.entries.first { codes.contains($0.code) }?.source
        for code in generated where !codes.contains(code) {
            let entry = table.entry(for: code)
            if entry?.source == tableSource {
                Issue.record("\(table.provider) \(table.id): code \(code) is in neither the document nor another recorded source", sourceLocation: sourceLocation)
            }
        }
    }
}

import SMSProviders
