import Testing

/// A union sent in a form or query, where every value is one text: two variants that read a text (`int64` then
/// `string`) let the first take what the second wrote (`"0017"` came back as 17, a `true` written `1` as the number
/// 1), so lint refuses it; one such variant beside lists passes. JSON tells the kinds apart and is not concerned.
@Suite struct FormUnionTests {
    static func spec(encoding: String, variants: String) -> String {
        """
        callbacks:
          Hook:
            encoding: \(encoding)
            shape: Hook
        shapes:
          Hook:
            fields:
              at: When
              all: {type: '[When]', required: false}
        unions:
          When:
            variants:
        \(variants)

        """
    }

    @Test func twoVariantsReadingOneTextAreRefused() {
        let diagnostics = Snippet.diagnostics(Self.spec(encoding: "form", variants: "      stamp: int64\n      text: string"))
        #expect(diagnostics == [
            "15:11: field 'at' of shape 'Hook' is sent in a form by callback 'Hook' (encoding: form), where every value is text: union "
                + "'When' reads it as variant 'stamp' (int64) before variant 'text' (string), so a 'text' value written as text may read "
                + "back as a 'stamp'; give the field one type (a string keeps the text as sent)",
            "16:19: field 'all' of shape 'Hook' is sent in a form by callback 'Hook' (encoding: form), where every value is text: union "
                + "'When' reads it as variant 'stamp' (int64) before variant 'text' (string), so a 'text' value written as text may read "
                + "back as a 'stamp'; give the field one type (a string keeps the text as sent)",
        ])
    }

    @Test func aNestedUnionsVariantsCountInTheirPlace() {
        let yaml = Self.spec(encoding: "query", variants: "      flag: Flag\n      list: '[string]'")
            + "  Flag:\n    variants:\n      number: int\n      yes: bool\n"
        #expect(Snippet.diagnostics(yaml).first?.contains("union 'When' reads it as variant 'number' (int) before variant 'yes' (bool)") == true)
    }

    @Test func oneTextVariantBesideAListAndJSONPass() {
        let oneOrMany = Self.spec(encoding: "form", variants: "      one: string\n      many: '[string]'")
        #expect(Snippet.diagnostics(oneOrMany.replacingOccurrences(of: "      all: {type: '[When]', required: false}\n", with: "")) == [])
        #expect(Snippet.diagnostics(Self.spec(encoding: "json", variants: "      stamp: int64\n      text: string")) == [])
    }
}
