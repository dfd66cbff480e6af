import SMSSpecCore
import Testing

/// Generating every output takes time linear in the spec: a spec of thousands of operations, shapes, callbacks and
/// table entries (a 4 MiB spec holds about 20,000 operations) costs about its size more than a small one. Renderers
/// looked up types, operations and fields among every shape (client answers and receivers, request conformances,
/// callback discriminators): eight times the spec took 23 times as long (22 s for 2,000 operations, debug); 8.2× now.
@Suite struct GeneratorScaleTests {
    /// `count` operations, each with its own request, answer and callback shape, and a table of `count` codes.
    static func spec(count: Int) -> String {
        var yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:

            """
        for index in 0..<count {
            yaml += "  op\(index): {method: POST, path: /p\(index), request: Q\(index), "
                + "responses: {200: {shape: A\(index), tables: [Code]}, 400: {shape: E\(index)}}, source: doc}\n"
        }
        yaml += "shapes:\n"
        for index in 0..<count {
            yaml += "  Q\(index): {fields: {to: {type: string, constraints: {maxLength: 20}}, text: string, tag: {type: int, required: false}}}\n"
            yaml += "  A\(index): {fields: {id: string, code: Code}}\n"
            yaml += "  E\(index): {fields: {message: string}}\n"
            yaml += "  R\(index): {fields: {id: string, code: Code, at: {type: date, format: iso8601}}}\n"
        }
        yaml += "callbacks:\n"
        for index in 0..<count { yaml += "  C\(index): {method: POST, encoding: form, shape: R\(index), source: doc}\n" }
        yaml += "tables:\n  Code:\n    title: Codes\n    source: doc\n    entries:\n"
        for index in 0..<count {
            yaml += "      - {code: \(index), name: Code\(index), summary: Code \(index), \(index == 0 ? "outcome: success, category: none" : "outcome: failure, category: unknown")}\n"
        }
        return yaml
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
        _ = try Self.generationTime(count: 50)  // warms up what every run shares
        let small = try Self.generationTime(count: 250)
        let large = try Self.generationTime(count: 2_000)
        // Eight times the spec: linear work takes about 8×, a quadratic step 64×.
        #expect(large < small * 24 + .milliseconds(500), "250 operations: \(small), 2,000: \(large)")
    }
}
