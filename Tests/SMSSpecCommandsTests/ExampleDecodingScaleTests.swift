@testable import SMSSpecCommands
import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// Lint reads and decodes every example of a spec in time linear in the spec: each example's message is looked up, not
/// searched for among every message with a case-insensitive comparison (2,000 examples took 9.5 times as long as
/// 500; 3 times now, debug).
@Suite struct ExampleDecodingScaleTests {
    /// `count` operations, each with a request and an answer shape, as many form callbacks, and an example of every
    /// answer and callback (whose format the parser takes from its callback).
    static func spec(count: Int) -> String {
        ScaleSpecs.header
            + ScaleSpecs.lines(count) { "  op\($0): {method: POST, path: /p\($0), request: Q\($0), responses: {200: {shape: A\($0)}}, source: doc}" }
            + "shapes:\n" + ScaleSpecs.lines(count) { "  Q\($0): {fields: {to: string}}\n  A\($0): {fields: {id: string}}" }
            + "callbacks:\n" + ScaleSpecs.lines(count) { "  C\($0): {encoding: form, shape: Q\($0)}" }
            + "examples:\n"
            + ScaleSpecs.lines(count) { "  - {name: e\($0), message: A\($0), source: {source: doc}, payload: '{\"id\": \"x\($0)\"}'}" }
            + ScaleSpecs.lines(count) { "  - {name: c\($0), message: C\($0), source: {source: doc}, payload: 'to=x\($0)'}" }
    }

    static func checkTime(count: Int) throws -> Duration {
        let diagnostics = DiagnosticCollector()
        let input = SpecInput(path: "acme.yaml", contents: spec(count: count))
        var models: [ProviderModel] = []
        // The validator's example checks included: what a message travels as was worked out again for every example.
        let elapsed = try ThreadCPUClock().measure {
            models = Generator.models(for: [input], diagnostics: diagnostics)
            ExampleDecoding.check(try #require(models.first), diagnostics: diagnostics)
        }
        #expect(diagnostics.sorted.map(\.description) == [])
        return elapsed
    }

    @Test func everyExampleIsDecodedInLinearTime() throws {
        let timing = try ScaleTiming(Self.checkTime)
        #expect(timing.isLinear(slack: .milliseconds(300)), "examples: \(timing)")
    }
}
