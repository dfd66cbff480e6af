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
        #expect(RetryAdvice(outcome: .failure, category: .rateLimited, retryable: false) == .retryWithBackoff)
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
}
