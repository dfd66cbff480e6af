import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Generating every output takes time linear in the spec: a spec of thousands of operations, shapes, callbacks and
/// table entries (a 4 MiB spec holds about 20,000 operations) costs about its size more than a small one. Renderers
/// looked up types, operations and fields among every shape (client answers and receivers, request conformances,
/// callback discriminators): eight times the spec took 23 times as long (22 s for 2,000 operations, debug); 8.2× now.
@Suite struct GeneratorScaleTests {
    /// `count` operations, each with its own request, answer and callback shape, and a table of `count` codes.
    static func spec(count: Int) -> String {
        ScaleSpecs.header
            + ScaleSpecs.lines(count) {
                "  op\($0): {method: POST, path: /p\($0), request: Q\($0), responses: {200: {shape: A\($0), tables: [Code]}, 400: {shape: E\($0)}}, source: doc}"
            }
            + "shapes:\n"
            + ScaleSpecs.lines(count) { index in
                "  Q\(index): {fields: {to: {type: string, constraints: {maxLength: 20}}, text: string, tag: {type: int, required: false}}}\n"
                    + "  A\(index): {fields: {id: string, code: Code}}\n  E\(index): {fields: {message: string}}\n"
                    + "  R\(index): {fields: {id: string, code: Code, at: {type: date, format: iso8601}}}"
            }
            + "callbacks:\n" + ScaleSpecs.lines(count) { "  C\($0): {method: POST, encoding: form, shape: R\($0), source: doc}" }
            + "tables:\n  Code:\n    title: Codes\n    source: doc\n    entries:\n"
            + ScaleSpecs.lines(count) { index in
                "      - {code: \(index), name: Code\(index), summary: Code \(index), "
                    + (index == 0 ? "outcome: success, category: none}" : "outcome: failure, category: unknown}")
            }
    }

    static func generationTime(count: Int) throws -> Duration {
        let input = SpecInput(path: "acme.yaml", contents: spec(count: count))
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        var files: [GeneratedFile] = []
        let elapsed = try ContinuousClock().measure { files = try Generator.swiftSources(for: [input], options: options) }
        #expect(files.count >= GeneratorOptions.Output.allCases.count - 1)
        return elapsed
    }

    @Test func everyOutputIsLinearInTheSpec() throws {
        let timing = try ScaleTiming(Self.generationTime)
        #expect(timing.isLinear(slack: .milliseconds(500)), "operations: \(timing)")
    }
}
