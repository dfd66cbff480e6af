import Testing

/// `lenient` on a table or enum field (MSG91's delivery codes come as text, `"1"`) is refused, with why it is not
/// needed: the codes read from numbers and text already.
@Suite struct LenientCodeFieldTests {
    static let yaml = """
        shapes:
          Report:
            fields:
              status: {type: Status, lenient: true}
              kind: {type: Kind, lenient: true}
        enums:
          Kind: {wire: number, values: {1: One, 2: Two}}
        tables:
          Status:
            title: Statuses
            source: doc
            entries:
              - {code: 1, name: Delivered, summary: Delivered, outcome: success, category: none}

        """

    @Test func saysTheCodesReadTextAlready() {
        let diagnostics = Snippet.diagnostics(Self.yaml)
        #expect(diagnostics == [
            "11:7: 'lenient' applies to string, number and bool fields; field 'status' of shape 'Report' is 'Status', a table, "
                + "whose codes already read from numbers and text alike (\"1\" for 1): remove 'lenient'",
            "12:7: 'lenient' applies to string, number and bool fields; field 'kind' of shape 'Report' is 'Kind', an enum, "
                + "which reads any scalar already (with 'wire: number', 1 and \"1\" alike): remove 'lenient'",
        ])
    }
}
