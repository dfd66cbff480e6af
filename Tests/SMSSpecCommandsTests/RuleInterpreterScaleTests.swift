import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// The rule interpreter (`validate <spec.yaml>`, lint's example requests, the sandbox) looks a rule's provider code
/// up once, not by scanning the spec's tables for every rule of every value: a request of 5,000 valid items whose
/// field names a code of an 8,000-entry table took 60 s. Each value's shape was found by searching the shapes too.
@Suite struct RuleInterpreterScaleTests {
    /// A table of `count` codes, and a request whose `items` each carry a `to` whose rules answer the last of them;
    /// `Item` comes after `count` other shapes.
    static func spec(count: Int) -> String {
        ScaleSpecs.header
            + "  send: {method: POST, path: /send, request: Q, responses: {200: {shape: A, tables: [Code]}}, source: doc}\n"
            + "shapes:\n" + ScaleSpecs.lines(count) { "  E\($0): {fields: {id: string}}" }
            + """
              Q: {fields: {items: '[Item]'}}
              Item: {fields: {to: {type: string, constraints: {maxLength: 20, providerCodes: {'*': 'Code:\(count - 1)'}}}}}
              A: {fields: {status: Code}}
            tables:
              Code:
                title: Codes
                source: doc
                entries:

            """
            + ScaleSpecs.lines(count) { index in
                "      - {code: \(index), name: Code\(index), summary: Code \(index), "
                    + (index == 0 ? "outcome: success, category: none}" : "outcome: failure, category: unknown}")
            }
    }

    /// The time to check a request of `count` items, every one valid but the last, against a table of `count` codes.
    static func checkTime(count: Int) throws -> Duration {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec(count: count))], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        let interpreter = RuleInterpreter(model: model)
        let shape = try #require(interpreter.shape("Q"))
        let items = (0..<count).map { JSONValue.object(["to": .string($0 == count - 1 ? String(repeating: "4", count: 21) : "+4420")]) }
        var violations: [ValidationViolation] = []
        let elapsed = ThreadCPUClock().measure {
            violations = interpreter.violations(of: .object(["items": .array(items)]), shape: shape, jsonBody: true)
        }
        #expect(violations.map(\.path) == ["items[\(count - 1)].to"])
        #expect(violations.first?.providerCode?.code == "\(count - 1)")
        return elapsed
    }

    @Test func aRulesCodeIsLookedUpOnceNotPerValue() throws {
        let timing = try ScaleTiming(Self.checkTime)
        #expect(timing.isLinear(slack: .milliseconds(300)), "items and codes: \(timing)")
    }
}
