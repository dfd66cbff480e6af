import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// The rule interpreter (`smsspec validate` of a spec file, the sandbox) applies the `path` rule the generated
/// `validate()` applies (`PathValidationTests` builds and runs those): it said "valid" for `..`, `%2E%2E` in a
/// `preEncoded` field, or an empty path parameter (a user's Orange `senderAddress`), which `httpRequest` refuses.
@Suite struct InterpretedPathRuleTests {
    @Test func aPathParameterTheRequestCannotCarryIsAViolation() throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: PathRuleSpec.yaml)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        let interpreter = RuleInterpreter(model: model)
        func rules(_ shape: String, _ fields: [String: String]) throws -> [String] {
            let shape = try #require(interpreter.shape(shape))
            let given = fields.mapValues(JSONValue.string).merging(["key": .string("key-12345")]) { first, _ in first }
            return interpreter.violations(of: .object(given), shape: shape, jsonBody: false)
                .map { "\($0.path):\($0.rule)" }
        }
        #expect(try rules("ByIDs", ["ids": ""]) == ["ids:path"])
        #expect(try rules("ByIDs", ["ids": ".."]) == ["ids:path"])
        #expect(try rules("ByIDs", ["ids": "a,.."]) == [])
        #expect(try rules("ByKind", ["kind": ".."]) == ["kind:path"])
        #expect(try rules("ByKind", ["kind": "sms"]) == [])
        #expect(try rules("ByKey", ["key": ""]) == ["key:path"])
        for sender in ["..", "%2E%2E", "..%2Fadmin", "."] { #expect(try rules("BySender", ["sender": sender]) == ["sender:path"], "\(sender)") }
        #expect(try rules("BySender", ["sender": "tel%3A%2B2250000"]) == [])
        // A credential's value is never quoted.
        let shape = try #require(interpreter.shape("ByKey"))
        let hidden = interpreter.violations(of: .object(["key": .string(".")]), shape: shape, jsonBody: false)
        #expect(hidden.map(\.rule) == ["path"] && !hidden[0].message.contains("\".\""), "\(hidden)")
    }
}
