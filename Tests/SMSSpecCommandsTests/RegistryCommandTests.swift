import Foundation
import SMSProviders
import SMSSpecCommands
import SMSSpecCore
import Testing

enum Repository {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func models(in directory: String) throws -> [ProviderModel] {
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(forFiles: try SpecDirectory.specPaths(in: directory), diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        return models
    }
}

@Suite struct RegistryCommandTests {
    /// The compiled-in enums and the committed export agree to the byte.
    @Test func theRegistryAgreesWithTheGeneratedEnums() throws {
        let committed = try String(contentsOf: Repository.root.appending(path: "Generated/registry.json"), encoding: .utf8)
        #expect(Registry.render(SMSSpecCatalog.providers, format: .json) == committed)
    }

    @Test func theJSONDocumentIsVersionedAndEveryEntryHasOneValidCategory() throws {
        let data = Data(Registry.render(SMSSpecCatalog.providers, format: .json).utf8)
        let document = try JSONDecoder().decode(Document.self, from: data)
        #expect(document.formatVersion == 1)
        #expect(document.providers == ["bind", "fortytwo", "ginota", "oca", "rajasms"])
        #expect(document.entries.count == SMSSpecCatalog.registry.entries.count)
        for entry in document.entries {
            let category = try #require(ErrorCategory(rawValue: entry.category), "\(entry.provider) \(entry.code): \(entry.category)")
            #expect((entry.outcome == "failure") == (category != .none), "\(entry.provider) \(entry.table) \(entry.code)")
            #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, table: entry.table, code: entry.code).entry?.description == entry.description)
        }
    }

    @Test func everyCodeAndAliasLooksUpToItsOwnEntry() {
        for table in SMSSpecCatalog.registry.tables {
            for entry in table.entries {
                for spelling in [entry.code] + entry.aliases {
                    #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, table: entry.table, code: spelling).entry == entry)
                    #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, code: spelling).contains(entry))
                }
            }
        }
    }

    @Test func theMarkdownPagesAreTheCommittedOnes() throws {
        for catalog in SMSSpecCatalog.providers {
            let page = try String(contentsOf: Repository.root.appending(path: "Generated/Docs/\(catalog.provider.id).md"), encoding: .utf8)
            #expect(Registry.render([catalog], format: .markdown) == page)
        }
    }

    private struct Document: Decodable {
        struct Entry: Decodable {
            let provider, table, code, name, description, outcome, category: String
            let httpStatus: Int?
            let retryable: Bool
        }
        let formatVersion: Int
        let providers: [String]
        let entries: [Entry]
    }
}

@Suite struct DiffTests {
    static let specs = Repository.root.appending(path: "specs").path(percentEncoded: false)

    /// The bundled specs, edited as a pull request would.
    func edited(_ file: String, _ edits: [(String, String)]) throws -> [ProviderModel] {
        let directory = FileManager.default.temporaryDirectory.appending(path: "specs-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Repository.root.appending(path: "specs"), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: file)
        var text = try String(contentsOf: path, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "edit not applied: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: path, atomically: true, encoding: .utf8)
        return try Repository.models(in: directory.path(percentEncoded: false))
    }

    @Test func identicalSpecsHaveNoChanges() throws {
        let models = try Repository.models(in: Self.specs)
        #expect(SpecDiff.compare(old: models, new: models) == [])
    }

    @Test func removedAddedAndChangedCodesAreClassified() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("bind.yaml", [
            ("      - {code: 41, name: TIME_OUT, summary: TIME_OUT, outcome: failure, category: networkError}\n", ""),
            ("      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS", "      - {code: 44, name: SPAM_FILTER, summary: SPAM_FILTER, outcome: failure, category: contentRejected}\n      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS"),
            ("summary: The client is out of balance, httpStatus: 200", "summary: The client is out of balance, httpStatus: 402"),
        ])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "bind: changed table SendError, code OUT_OF_BALANCE — HTTP 200 → 402",
            "[breaking] bind: removed table DLRError, code 41 — case .timeOut is gone",
            "[exhaustive switches] bind: added table DLRError, code 44 — case .spamFilter",
        ])
    }

    @Test func fieldChangesThatBreakSourceAreFlagged() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("ginota.yaml", [
            ("      requestId:\n        type: string\n        required: false\n", "      requestId:\n        type: string\n"),
            ("      desc:\n        type: string\n        required: false\n        summary: Description of the request status.\n", ""),
            ("      ttl:\n        type: int\n", "      ttl:\n        type: int64\n"),
            ("      channel:\n", "      priority:\n        type: int\n        required: false\n        summary: New.\n      channel:\n"),
        ])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "[breaking] ginota: changed shape SendRequest, field ttl — type Int? → Int64?",
            "ginota: added shape SendRequest, field priority — optional",
            "[breaking] ginota: removed shape SendResponse, field desc — property desc is gone",
            "[breaking] ginota: changed shape SendResponse, field requestId — type String? → String",
        ])
    }
}
