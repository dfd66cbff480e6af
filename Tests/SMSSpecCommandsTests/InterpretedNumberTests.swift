import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// The rule interpreter (`smsspec validate` of a spec file, the sandbox) reads a `decimal` or `double` as the generated
/// decoding does: the sandbox answered 200 to `dec=abc`, `d=xyz` and `dec=1e999` (an attack), which `smsspec decode`
/// and the generated types refuse.
@Suite struct InterpretedNumberTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:
          send: {method: POST, path: /send, request: Req, responses: {200: {summary: Sent.}}}
        shapes:
          Req:
            fields:
              dec: {type: decimal, required: false}
              d: {type: double, required: false}
              prices: {type: '[decimal]', required: false}

        """

    @Test func aNumberFieldHoldingNoNumberIsATypeViolation() throws {
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: DiagnosticCollector()).first)
        let interpreter = RuleInterpreter(model: model)
        let shape = try #require(interpreter.shape("Req"))
        func rules(_ json: String, jsonBody: Bool = true) throws -> [String] {
            let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            return interpreter.violations(of: value, shape: shape, jsonBody: jsonBody).map { "\($0.path):\($0.rule)" }
        }
        #expect(try rules(#"{"dec": 1.25, "d": 2e3, "prices": [1, 2.5]}"#) == [])
        #expect(try rules(#"{"dec": "abc"}"#) == ["dec:type"])
        // Text is a JSON body's number only where the field reads text: a form's is always text.
        #expect(try rules(#"{"dec": "1.5"}"#) == ["dec:type"])
        #expect(try rules(#"{"dec": "1.5", "d": "0.25", "prices": ["3"]}"#, jsonBody: false) == [])
        #expect(try rules(#"{"dec": "abc", "d": "xyz", "prices": ["1", "x"]}"#, jsonBody: false) == ["dec:type", "d:type", "prices:type"])
        #expect(try rules(#"{"d": "1e999", "dec": "1e999"}"#, jsonBody: false) == ["dec:type", "d:type"])
        #expect(try rules(#"{"d": true}"#) == ["d:type"])
    }
}
