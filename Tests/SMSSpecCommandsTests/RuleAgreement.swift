import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// Requests of one spec checked both ways a rule is applied — the generated `validate()`, in a program built from the
/// spec, and the rule interpreter (`smsspec validate`, the sandbox) — each against the violations it must print.
/// The spec's provider is `acme`; `json` requests are decoded as JSON into `Acme.<shape>`, `form` ones as a form.
enum RuleAgreement {
    typealias Case = (request: String, violations: [String])

    static func expectGeneratedValidator(
        spec: String, json: (shape: String, cases: [Case]), form: (shape: String, cases: [Case]), sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let requests = json.cases.map { "#\"\($0.request)\"#" }.joined(separator: ", ")
        let forms = form.cases.map { "\"\($0.request)\"" }.joined(separator: ", ")
        let main = """
            import Foundation
            import SMSSpecRuntime
            for request in [\(requests)] {
                print(try JSONPayload.decode(Acme.\(json.shape).self, from: Data(request.utf8)).validate().map(\\.description))
            }
            for form in [\(forms)] {
                print(try FormDecoder().decode(Acme.\(form.shape).self, from: form).validate().map(\\.description))
            }
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        #expect(build.status == 0 && !build.output.contains("warning:"), "\(build.output.prefix(3000))", sourceLocation: sourceLocation)
        let expected = (json.cases + form.cases).map { "\($0.violations)\n" }.joined()
        #expect(run?.output == expected, "\(run?.output ?? "")", sourceLocation: sourceLocation)
    }

    static func expectInterpreter(
        spec: String, json: (shape: String, cases: [Case]), form: (shape: String, cases: [Case]), sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.map(\.description) == [], sourceLocation: sourceLocation)
        let interpreter = RuleInterpreter(model: model)
        for (request, expected) in json.cases {
            let value = try JSONPayload.decode(JSONValue.self, from: Data(request.utf8))
            let found = interpreter.violations(of: value, shape: try #require(interpreter.shape(json.shape)), jsonBody: true).map(\.description)
            #expect(found == expected, "\(request)", sourceLocation: sourceLocation)
        }
        for (request, expected) in form.cases {
            let value = try FormDecoder().decode(JSONValue.self, from: request)
            let found = interpreter.violations(of: value, shape: try #require(interpreter.shape(form.shape)), jsonBody: false).map(\.description)
            #expect(found == expected, "\(request)", sourceLocation: sourceLocation)
        }
    }
}
