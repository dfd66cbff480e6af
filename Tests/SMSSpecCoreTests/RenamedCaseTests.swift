import Testing

/// A documented code or value named `unknown` is the case `unknown_`, beside `unknown(WireCode)`: `.unknown` in a
/// `switch` matches the codes the spec does not list, never it (a user's Textbee status "unknown"). Its documentation
/// says so, as it does for `none_` and `some_`.
@Suite struct RenamedCaseTests {
    @Test func aCaseRenamedForSwiftSaysWhy() throws {
        let yaml = """
            enums:
              Direction: {values: {inbound: In, none: Neither}}
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: string
                entries:
                  - {code: delivered, summary: Delivered, outcome: success, category: none}
                  - {code: UNKNOWN, summary: Not known yet, outcome: failure, category: unknown}

            """
        let codes = try Snippet.swift(yaml, "codes")
        Snippet.expect(codes, contains: """
            /// `UNKNOWN` — Not known yet
            ///
            /// Written `.unknown_`: `.unknown` is `unknown(WireCode)`, a value the spec does not list.
            case unknown_
            """)
        let models = try Snippet.swift(yaml, "models")
        Snippet.expect(models, contains: """
            /// Neither
            ///
            /// Written `.none_`: where the value is optional, `.none` is Optional's own case.
            case none_
            """)
    }
}
