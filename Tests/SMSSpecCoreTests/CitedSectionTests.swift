import Foundation
import Testing
import Yams

/// A citation's section is found in the document it cites: a reader who follows "section "Endpoints" (document
/// docs/sources/rajasms.md)" finds that heading there (it was a heading of the research notes instead).
@Suite struct CitedSectionTests {
    static let providerDocuments = Repository.root.deletingLastPathComponent().appending(path: "shared/documents")

    /// Every `{source, section}` of a spec, by walking its YAML.
    static func citations(in node: Any) -> [(source: String, section: String)] {
        if let mapping = node as? [String: Any] {
            let own = (mapping["source"] as? String).flatMap { source in (mapping["section"] as? String).map { (source, $0) } }
            return (own.map { [$0] } ?? []) + mapping.values.flatMap(citations(in:))
        }
        return (node as? [Any])?.flatMap(citations(in:)) ?? []
    }

    /// The repository's own documents (docs/sources) always; the providers' documents where ../shared is beside the
    /// checkout, as CI has it.
    @Test func everyCitedSectionIsInItsDocument() throws {
        let hasProviderDocuments = FileManager.default.fileExists(atPath: Self.providerDocuments.path(percentEncoded: false))
        let specs = try FileManager.default.contentsOfDirectory(atPath: Repository.specs).filter { $0.hasSuffix(".yaml") && $0 != "smsspec-config.yaml" }
        #expect(specs.count == 5)
        for spec in specs.sorted() {
            let yaml = try #require(try Yams.load(yaml: String(contentsOfFile: Repository.specs + "/" + spec, encoding: .utf8)) as? [String: Any])
            let sources = try #require(yaml["sources"] as? [String: [String: Any]])
            for citation in Self.citations(in: yaml) {
                guard let document = sources[citation.source]?["document"] as? String, document.hasPrefix("docs/") || hasProviderDocuments else { continue }
                let file = document.hasPrefix("docs/") ? Repository.root.appending(path: document) : Self.providerDocuments.appending(path: document)
                let text = try String(contentsOf: file, encoding: .utf8).lowercased()
                // "Check Balance / Json Format", "Send response (constructed: …)": the section's own name comes first.
                let name = citation.section.components(separatedBy: " (")[0].components(separatedBy: " / ")[0]
                #expect(text.contains(name.lowercased()), "\(spec): section \"\(citation.section)\" is not in \(document)")
            }
        }
    }
}
