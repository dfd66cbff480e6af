import SMSSpecCore
import Testing

/// A decision about two parts of a spec is recorded once and named by its id at the other (`decisions: [S2]`): users
/// restated one under a new id or moved it up to the table, since an id alone was "must be a mapping".
@Suite struct DecisionReferenceTests {
    static let spec = """
        shapes:
          Status: {fields: {code: Code}, decisions: [S2]}
        tables:
          Code:
            title: Codes
            source: doc
            decisions:
              - {id: S2, issue: 'The status check answers its errors in the status line.', decision: 'Codes 32 and 61 are in this table.'}
            entries:
              - {code: 0, summary: OK, outcome: success, category: none}
              - {code: 32, summary: Authentication error, outcome: failure, category: authentication, decisions: [S2]}

        """

    @Test func aDecisionNamedByItsIdIsShownWhereItIsNamed() throws {
        #expect(Snippet.diagnostics(Self.spec) == [])
        let codes = try Snippet.swift(Self.spec, "codes")
        let models = try Snippet.swift(Self.spec, "models")
        // The table's own, the entry's and the shape's.
        #expect(codes.components(separatedBy: "Decision S2: Codes 32 and 61 are in this table.").count - 1 == 2, "\(codes)")
        #expect(models.contains("/// Decision S2: Codes 32 and 61 are in this table.\n    /// The issue: The status check answers its errors in the status line."), "\(models)")
    }

    @Test func anIdRecordedNowhereIsAnError() {
        #expect(Snippet.diagnostics(Self.spec.replacingOccurrences(of: "decisions: [S2]}\ntables", with: "decisions: [S3]}\ntables")) == [
            "9:46: decision 'S3' is named here but recorded nowhere in the spec (did you mean 'S2'?); record it once ({id, issue, decision}) "
                + "next to what it affects most, and name it by its id elsewhere"
        ])
    }
}
