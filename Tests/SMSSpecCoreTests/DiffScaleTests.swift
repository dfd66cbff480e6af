import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// `smsspec diff` runs on the specs of a pull request, so its time is linear in the specs: declarations, fields,
/// enum values and table codes were each matched by searching the other version's list (a spec of 8,000 shapes and
/// an enum of 8,000 values took 74 s to diff, debug; 4.5 s now, most of it reading the two specs).
@Suite struct DiffScaleTests {
    /// `count` operations answering their own shape, one shape of `count` fields, an enum of `count` values and a
    /// table of `count` codes; `edited` renames one of each and changes one code's summary.
    static func spec(count: Int, edited: Bool) -> String {
        let mark = { (index: Int) in edited && index == count / 2 ? "x" : "" }
        return ScaleSpecs.header
            + ScaleSpecs.lines(count) { "  op\($0): {method: POST, path: /p\($0), request: Wide, responses: {200: {shape: A\($0)\(mark($0)), tables: [Code]}}, source: doc}" }
            + "shapes:\n" + ScaleSpecs.lines(count) { "  A\($0)\(mark($0)): {fields: {id: string}}" }
            + "  Wide:\n    fields:\n" + ScaleSpecs.lines(count) { "      f\($0)\(mark($0)): {type: string, required: false}" }
            + "enums:\n  Kind:\n    summary: Kinds\n    source: {source: doc}\n    values:\n" + ScaleSpecs.lines(count) { "      k\($0)\(mark($0)): Kind \($0)" }
            + "tables:\n  Code:\n    title: Codes\n    source: doc\n    entries:\n"
            + ScaleSpecs.lines(count) { "      - {code: \($0), name: Code\($0), summary: Code \($0)\(mark($0)), outcome: failure, category: unknown}" }
    }

    static func diffTime(count: Int) throws -> Duration {
        let diagnostics = DiagnosticCollector()
        let models = { (edited: Bool) in
            Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec(count: count, edited: edited))], diagnostics: diagnostics)
        }
        let (old, new) = (models(false), models(true))
        #expect(diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        var changes: [SpecChange] = []
        let elapsed = ThreadCPUClock().measure { changes = SpecDiff.compare(old: old, new: new) }
        let middle = count / 2
        #expect(changes.map(\.subject).sorted() == [
            "enum Kind, value k\(middle)", "enum Kind, value k\(middle)x", "operation op\(middle), answer", "shape A\(middle)",
            "shape A\(middle)x", "shape Wide, field f\(middle)", "shape Wide, field f\(middle)x", "table Code, code \(middle)",
        ])
        return elapsed
    }

    @Test func aDiffIsLinearInTheSpecs() throws {
        let timing = try ScaleTiming(Self.diffTime)
        #expect(timing.isLinear(slack: .milliseconds(300)), "declarations: \(timing)")
    }
}
