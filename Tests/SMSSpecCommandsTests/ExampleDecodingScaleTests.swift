@testable import SMSSpecCommands
import SMSSpecCore
import Testing

/// Lint decodes every example of a spec in time linear in the spec: each example's message is looked up, not
/// searched for among every message with a case-insensitive comparison (2,000 examples took 9.5 times as long as
/// 500; 3 times now, debug).
@Suite struct ExampleDecodingScaleTests {
    /// `count` operations, each with a request and an answer shape, and an example of every answer.
    static func spec(count: Int) -> String {
        var yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:

            """
        for index in 0..<count {
            yaml += "  op\(index): {method: POST, path: /p\(index), request: Q\(index), responses: {200: {shape: A\(index)}}, source: doc}\n"
        }
        yaml += "shapes:\n"
        for index in 0..<count { yaml += "  Q\(index): {fields: {to: string}}\n  A\(index): {fields: {id: string}}\n" }
        yaml += "examples:\n"
        for index in 0..<count { yaml += "  - {name: e\(index), message: A\(index), source: {source: doc}, payload: '{\"id\": \"x\(index)\"}'}\n" }
        return yaml
    }

    static func checkTime(count: Int) throws -> Duration {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec(count: count))], diagnostics: diagnostics).first)
        let elapsed = ContinuousClock().measure { ExampleDecoding.check(model, diagnostics: diagnostics) }
        #expect(diagnostics.sorted.map(\.description) == [])
        return elapsed
    }

    @Test func everyExampleIsDecodedInLinearTime() throws {
        _ = try Self.checkTime(count: 50)  // warms up what every run shares
        let small = try Self.checkTime(count: 250)
        let large = try Self.checkTime(count: 2_000)
        // Eight times the examples: linear work takes about 8×, a search per example 64×.
        #expect(large < small * 24 + .milliseconds(300), "250 examples: \(small), 2,000: \(large)")
    }
}
