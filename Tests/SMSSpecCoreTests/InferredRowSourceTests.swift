import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// A row the spec adds to a documented table (a user's Hubtel statuses beside the one the status page shows) was cited
/// to the document, whose words its summary then claimed to be: `source: none` marks it the spec's own.
@Suite struct InferredRowSourceTests {
    static let table = """
        tables:
          Status:
            title: Statuses
            source: doc
            codeType: string
            entries:
              - {code: Delivered, summary: Delivered., outcome: success, category: none}
              - {code: Sent, source: none, summary: Sent to the operator., outcome: pending, category: none}

        """

    @Test func aRowOfSourceNoneIsOurInference() throws {
        #expect(Snippet.diagnostics(Self.table) == [])
        let codes = try Snippet.swift(Self.table, "codes")
        #expect(codes.contains("/// `Sent` — Sent to the operator. Source: \(StatusTable.noDocumentRow)"), "\(codes)")
        #expect(!codes.contains("/// `Delivered` — Delivered. Source:"))
        #expect(codes.contains("source: \"\(StatusTable.noDocumentRow)\""))
    }

    /// `source: none` on a table is the spec's own table, as a table without `source` is (a user's was "unknown
    /// source 'none'").
    @Test func aTableOfSourceNoneIsTheSpecsOwn() throws {
        let own = Self.table.replacingOccurrences(of: "    source: doc\n", with: "    source: none\n")
        #expect(Snippet.diagnostics(own) == [])
        let omitted = Self.table.replacingOccurrences(of: "    source: doc\n", with: "")
        #expect(try Snippet.swift(own, "codes") == Snippet.swift(omitted, "codes"))
        #expect(try Snippet.swift(own, "codes").contains(StatusTable.noDocument))
    }

    /// A spec that names a source `none` cites it; a misspelt source is still an error, now saying `none` too.
    @Test func aSourceNamedNoneOrMisspeltIsCitedOrRefused() throws {
        let named = Snippet.header(providerKeys: "").replacingOccurrences(of: "sources:\n", with: "sources:\n  none: {title: None, url: 'https://none.example'}\n")
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: named + Self.table)], options: GeneratorOptions())
        let codes = try #require(files.first { $0.name == "acme.codes.swift" }).contents
        #expect(!codes.contains(StatusTable.noDocumentRow) && codes.contains("None (https://none.example)"), "\(codes)")
        #expect(Snippet.diagnostics(Self.table.replacingOccurrences(of: "source: none,", with: "source: nnoe,")).contains {
            $0.contains("unknown source 'nnoe'") && $0.contains("or write 'none' for a row no document shows")
        })
    }
}
