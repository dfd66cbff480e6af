import SMSProviderCatalog
import SMSProviders
import SMSSpecCommands
import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// The status vocabulary is defined once (SMSSpecVocabulary): the generator builds the runtime's own `StatusTable`
/// and `StatusEntry` from specs, so the registry exported by `generate` and the tables compiled into apps are the
/// same values of the same types.
@Suite struct VocabularyTests {
    @Test func theTablesBuiltFromSpecsEqualTheCompiledInTables() throws {
        let models = try Repository.models(in: Repository.root.appending(path: "specs").path)
        let fromSpecs = models.flatMap(StatusTable.tables(of:))
        let compiled = SMSSpecCatalog.providers.flatMap(\.tables)
        #expect(fromSpecs.count == compiled.count && !compiled.isEmpty)
        for table in fromSpecs {
            let twin = try #require(SMSSpecCatalog.registry.table(provider: table.provider, id: table.id))
            #expect(table.entries == twin.entries, "\(table.provider) \(table.id)")
            #expect(table.title == twin.title && table.source == twin.source && table.isNumeric == twin.isNumeric)
            #expect(table.wireFormat == twin.wireFormat)
        }
    }

    @Test func aRegistryRecordIsTheRuntimeEntryWithItsTable() throws {
        let table = try #require(SMSSpecCatalog.registry.table(provider: "bind", id: "DLRError"))
        let entry = try #require(table.entries.first)
        let record = RegistryEntry(entry, in: table)
        #expect(record.status == entry && record.tableTitle == table.title && record.tableSource == table.source)
        #expect(record.code == entry.code && record.category == entry.category)
    }

    /// "000", "0" and "+0" are one code of an integer table; a textual table keeps every spelling.
    @Test func canonicalCodesAreOneSpelling() {
        #expect(StatusTable.canonicalCode("000", isNumeric: true) == "0")
        #expect(StatusTable.canonicalCode("-63", isNumeric: true) == "-63")
        #expect(StatusTable.canonicalCode("000", isNumeric: false) == "000")
        #expect(StatusTable.canonicalCode("N/A", isNumeric: true) == "N/A")
        #expect(CodeWireFormat.paddedText(0, minimumDigits: 3) == "000" && CodeWireFormat.paddedText(-5, minimumDigits: 3) == "-5")
        #expect(CodeWireFormat.paddedText(1234, minimumDigits: 3) == "1234")
    }

    /// The advice `smsspec lookup` prints comes from the runtime, so apps get the same advice from Swift.
    @Test func retryAdviceIsReachableFromSwiftAndMatchesLookup() throws {
        let funds = SMSSpecCatalog.registry.lookup(provider: "ginota", table: "Status", code: "44")
        #expect(funds.retryAdvice == .topUpThenRetry)
        let error = ProviderError(provider: "ginota", table: "Status", rawCode: "44", rawMessage: nil, httpStatus: nil, entry: funds.entry)
        #expect(error.retryAdvice == .topUpThenRetry)
        #expect(RetryAdvice.undocumented == .doNotRetry)
        #expect(RetryAdvice(outcome: .pending, category: .none, retryable: false) == .waitForFinalStatus)
        #expect(RetryAdvice(outcome: .failure, category: .rateLimited, retryable: true) == .retryWithBackoff)
        // A rate limit sending again cannot help (Twilio Verify's 60202, too many checks of one code) said "retry with
        // backoff", which the client's registry-driven retries do not do.
        #expect(RetryAdvice(outcome: .failure, category: .rateLimited, retryable: false) == .doNotRetry)
        #expect(RetryAdvice(outcome: .failure, category: .expired, retryable: true) == .sendAsNewMessage)
        #expect(RetryAdvice(outcome: .failure, category: .authorization, retryable: false) == .fixAccount)
        #expect(Set(RetryAdvice.allCases.map(\.description)).count == RetryAdvice.allCases.count)
    }

    @Test func everyRowsAdviceFollowsFromItsOutcomeCategoryAndRetryability() {
        for entry in SMSSpecCatalog.registry.entries {
            #expect(entry.retryAdvice == RetryAdvice(outcome: entry.outcome, category: entry.category, retryable: entry.retryable))
            if entry.outcome == .success { #expect(entry.retryAdvice == .nothingToDo) }
        }
    }

    /// A table of `entries` in a minimal spec, with `extra` keys on the table.
    private func acme(_ entries: [String], table extra: String = "source: doc") -> String {
        """
        smsspec: 1
        provider: {id: acme, name: Acme SMS}
        sources:
          doc: {title: Acme API, url: https://acme.example/api}
        tables:
          State:
            title: States
            \(extra)
            codeType: int
            wire: string
            padding: 3
            entries:
        \(entries.map { "      - " + $0 }.joined(separator: "\n"))

        """
    }

    private func diagnose(_ yaml: String) -> (models: [ProviderModel], messages: [String]) {
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: diagnostics)
        return (models, diagnostics.sorted.map(\.description))
    }

    /// The model resolves codes to one spelling and the renderer prints that: "007" is 7, written "007" on the wire.
    @Test func theModelHoldsCanonicalCodesAndTheRendererPrintsThem() throws {
        let (models, messages) = diagnose(acme(["{code: '007', aliases: ['7'], name: LATE, summary: Late, outcome: failure, category: expired}"]))
        // Any padding reads as the code: the alias is needless, and lint says so.
        #expect(messages == [
            "specs/acme.yaml:13:33: warning: alias 7 of code 007 of table 'State' reads as the code itself (an int table reads a code with "
                + "any zero-padding): it changes nothing; remove it"
        ])
        let table = try #require(models.first?.tables.first?.resolved)
        #expect(table.entries.map(\.code) == ["7"] && table.wireSpellings == [.text("007")] && table.row(ofNumber: 7) == 0)
        let code = try #require(Generator.swiftSources(for: models, options: GeneratorOptions()).first { $0.name.hasSuffix("codes.swift") })
        #expect(code.contents.contains(#"case .late: return "007""#))
        #expect(code.contents.contains(#".row("7", aliases: ["7"], name: "LATE", "Late", category: .expired),"#))
    }

    /// A code sent empty when nothing went wrong (users' Sveve and LabsMobile reports, `error=`) is an int table's alias
    /// `''`: lint takes it, and the table reads the empty code as that entry.
    @Test func anIntTableMayNameTheEmptyCode() throws {
        #expect(diagnose(acme(["{code: 1, aliases: [''], summary: Fine, outcome: success, category: none}"])).messages == [])
        #expect(diagnose(acme(["{code: 1, aliases: [' '], summary: Fine, outcome: success, category: none}"])).messages.count == 1)
    }

    /// A mistake is a located diagnostic, reported once, never a quietly wrong table.
    @Test func unresolvableTableReferencesAreLocatedErrors() {
        #expect(diagnose(acme(["{code: 1, aliases: [N/A], summary: Odd, outcome: failure, category: unknown}"])).messages == [
            "specs/acme.yaml:13:29: error: alias \"N/A\" of table 'State' must be an integer, or '' for a code sent empty (the table's codeType is int)"
        ])
        #expect(diagnose(acme(["{code: 1, summary: Odd, outcome: failure, category: unknown}"], table: "source: docs")).messages == [
            "specs/acme.yaml:8:13: error: unknown source 'docs' (did you mean 'doc'?); every table names the document it comes from"
        ])
        #expect(diagnose(acme(["{code: 1, summary: Odd, outcome: failure, category: unknown, source: pdf}"])).messages == [
            "specs/acme.yaml:13:78: error: unknown source 'pdf'; define it under 'sources', or write 'none' for a row no document shows"
        ])
    }

    /// The Markdown page shows codes and words as the spec has them: a code holding a backtick was an unclosed code span
    /// (three backticks shown), and `<UNIX TIME STAMP>` (Clickatell's code 130) was
    /// an HTML tag a renderer drops. Prose keeps its own code spans, where `<` is text.
    @Test func theMarkdownPageShowsCodesAndWordsAsWritten() throws {
        let yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme <SMS>}
            sources:
              doc: {title: Acme API, url: https://acme.example/api}
            tables:
              Odd:
                title: Odd & <odd> codes
                source: doc
                codeType: string
                entries:
                  - {code: '`', case: backtick, summary: 'Exceeded until <UNIX TIME STAMP>', outcome: failure, category: unknown}
                  - {code: 'a``b', summary: 'Keeps `<b>` and &amp; as written', outcome: failure, category: unknown}
                  - {code: '7', summary: An unclosed ` is text <i>, outcome: failure, category: unknown}

            """
        let (models, messages) = diagnose(yaml)
        #expect(messages.isEmpty, "\(messages)")
        let page = RegistryRenderer.markdown(provider: "acme", name: "Acme <SMS>", tables: try #require(models.first).tables.map(\.resolved))
        #expect(page.contains("# Acme &lt;SMS> — status and error codes"))
        #expect(page.contains("## Odd: Odd & &lt;odd> codes"))
        #expect(page.contains("| `` ` `` |  | Exceeded until &lt;UNIX TIME STAMP> |"), "\(page)")
        #expect(page.contains("| ```a``b``` |  | Keeps `<b>` and &amp;amp; as written |"), "\(page)")
        #expect(page.contains("| `7` |  | An unclosed ` is text &lt;i> |"), "\(page)")
    }

    /// The registry renders tables, not rows regrouped by name: a table without rows keeps its place and its source.
    @Test func aTableWithoutRowsStaysInTheRegistry() throws {
        let yaml = acme(["{code: 1, summary: Odd, outcome: failure, category: unknown}"]) + """
              Empty:
                title: Nothing documented yet
                source: {source: doc, section: Later}
                entries: []

            """
        let (models, messages) = diagnose(yaml)
        #expect(messages.isEmpty)
        let tables = try #require(models.first).tables.map(\.resolved)
        #expect(tables.map(\.id) == ["State", "Empty"])
        #expect(RegistryRenderer.json(tables).contains(#""title": "Nothing documented yet""#))
        #expect(RegistryRenderer.markdown(provider: "acme", name: "Acme", tables: tables).contains("## Empty: Nothing documented yet"))
    }
}
