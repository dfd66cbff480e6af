import Testing

/// A union's variant written as a field is (`time: {type: int64}`, as ClickSend's `schedule` would first be
/// written), unquoted, or not a type at all is one error at the variant that says what to write; the union, whose
/// variants are all there, is not also said to have too few.
@Suite struct UnionVariantMistakesTests {
    static func diagnostics(variants: String) -> [String] {
        Snippet.diagnostics("unions:\n  Schedule:\n    variants:\n\(variants)")
    }

    @Test func aVariantWrittenAsAFieldSaysToWriteTheTypeAlone() {
        #expect(Self.diagnostics(variants: "      time: {type: int64}\n      text: string\n") == [
            "11:13: variant 'time' of union 'Schedule' must be a type, found a mapping; "
                + "a variant is a type alone, not a field's mapping: write 'int64' itself"
        ])
    }

    @Test func anUnquotedListVariantSaysToQuoteIt() {
        #expect(Self.diagnostics(variants: "      times: [int64]\n      text: string\n") == [
            "11:14: variant 'times' of union 'Schedule' must be a type, found a list: YAML reads [int64] unquoted as a list; quote the type: '[int64]'"
        ])
    }

    @Test func aVariantThatIsNoTypeIsOneError() {
        #expect(Self.diagnostics(variants: "      time: 'in t'\n      text: string\n") == [
            "11:13: 'in t' is not a type: use string, int, int64, decimal, double, bool, date, json, a shape, enum or table name, "
                + "[T] for a list or {T} for a string-keyed map (variant 'time' of union 'Schedule')"
        ])
    }
}
