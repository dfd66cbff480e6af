import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// Generating every output takes time linear in the spec: a spec of thousands of operations, shapes, callbacks and
/// table entries (a 4 MiB spec holds about 20,000 operations) costs about its size more than a small one. Renderers
/// looked up types, operations and fields among every shape (client answers and receivers, request conformances,
/// callback discriminators): eight times the spec took 23 times as long (22 s for 2,000 operations, debug); 8.2× now.
/// A field's provider code and enum default were each looked up among every code or case (4,000 fields naming a
/// code of a 4,000-code table: 61 s to lint; 2.2 s now).
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

    /// One request of `count` fields, each defaulting to the last case of an enum of `count` values and naming the
    /// last code of a table of `count` codes for its rules.
    static func defaultsAndCodesSpec(count: Int) -> String {
        ScaleSpecs.header
            + "  send: {method: POST, path: /send, request: Q, responses: {200: {shape: A, tables: [Code]}}, source: doc}\n"
            + "shapes:\n  A: {fields: {code: Code}}\n  Q:\n    fields:\n"
            + ScaleSpecs.lines(count) {
                "      f\($0): {type: Kind, default: k\(count - 1), constraints: {providerCodes: {'*': 'Code:\(count - 1)'}}}"
            }
            + "enums:\n  Kind:\n    summary: Kinds\n    source: {source: doc}\n    values:\n" + ScaleSpecs.lines(count) { "      k\($0): Kind \($0)" }
            + "tables:\n  Code:\n    title: Codes\n    source: doc\n    entries:\n"
            + ScaleSpecs.lines(count) { "      - {code: \($0), name: Code\($0), summary: Code \($0), outcome: failure, category: unknown}" }
    }

    static func generationTime(count: Int) throws -> Duration {
        try generationTime(of: spec(count: count))
    }

    static func generationTime(of contents: String) throws -> Duration {
        let input = SpecInput(path: "acme.yaml", contents: contents)
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        var files: [GeneratedFile] = []
        let elapsed = try ThreadCPUClock().measure { files = try Generator.swiftSources(for: [input], options: options) }
        #expect(files.count >= GeneratorOptions.Output.allCases.count - 1)
        return elapsed
    }

    @Test func everyOutputIsLinearInTheSpec() throws {
        let timing = try ScaleTiming(Self.generationTime)
        #expect(timing.isLinear(slack: .milliseconds(500)), "operations: \(timing)")
    }

    @Test func defaultsAndProviderCodesAreLookedUpNotSearched() throws {
        let timing = try ScaleTiming { try Self.generationTime(of: Self.defaultsAndCodesSpec(count: $0)) }
        #expect(timing.isLinear(slack: .milliseconds(500)), "fields: \(timing)")
    }
}
