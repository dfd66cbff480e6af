import SMSSpecCore
import Testing

/// One slip, one finding: users' misspellings each drew a second, longer finding resting on the slip (a misspelt
/// `codeType` made every text code "no integer", `final: yes` was "give whether it is final", a misspelt table in
/// `tables:` or type in a shape made the answer "carry" or "not carry" tables it might).
@Suite struct LintKnockOnTests {
    static func findings(_ edit: (String, String)) -> [String] {
        let spec = DiffCoverageTests.spec
        #expect(spec.contains(edit.0), "edit not applied: \(edit.0)")
        let diagnostics = DiagnosticCollector()
        _ = Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec.replacingOccurrences(of: edit.0, with: edit.1))], diagnostics: diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    @Test func aMisspeltCodeTypeIsTheOneFinding() {
        let found = Self.findings(("codeType: string", "codeType: strng"))
        #expect(found.count == 1 && found[0].contains("'codeType' of table 'Status' must be one of int, string, bool; found 'strng'"), "\(found)")
    }

    @Test func aFinalThatIsNoFlagIsTheOneFinding() {
        let found = Self.findings(("deliveryState: delivered, final: true", "deliveryState: delivered, final: yes"))
        #expect(found.count == 1 && found[0].contains("'final' of an entry of table 'Status' must be true or false, found the value 'yes'"), "\(found)")
    }

    @Test func aMisspeltTableOfAResponseIsTheOneFinding() {
        let found = Self.findings(("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: [Cde]}"))
        #expect(found.count == 1 && found[0].contains("'Cde' is not a defined table (did you mean 'Code'?)"), "\(found)")
    }

    @Test func aMisspeltAnswerShapeIsTheOneFinding() {
        let found = Self.findings(("200: {shape: Ans, tables: [Code]}", "200: {shape: Anz, tables: [Code]}"))
        #expect(found.count == 1 && found[0].contains("'Anz' is not a defined shape"), "\(found)")
    }

    @Test func aMisspeltTypeInAnAnswersShapeIsTheOneFinding() {
        let found = Self.findings(("Ans: {fields: {code: Code,", "Ans: {fields: {code: Cod,"))
        #expect(found.count == 1 && found[0].contains("'Cod' is not a defined shape, enum or table (did you mean 'Code'?)"), "\(found)")
    }
}
