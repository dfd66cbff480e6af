import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// The rules of a shape a request holds through a union or a map: `{"u": {"to": "abcdefg"}}` (`u: U`, a union of
/// `Msg` or `[Msg]`) and `{"m": {"a": {"to": "x"}}}` (`m: '{Msg}'`) broke `Msg.to`'s pattern and length, and neither
/// the generated `validate()` nor `smsspec validate` (the rule interpreter) said so; only a plain `nested: Msg` field
/// was checked. Both now validate the variant a union holds and each value of a map, at the same paths.
@Suite struct NestedMessageValidationTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:
          send: {method: POST, path: /send, request: Req, responses: {200: {summary: Sent.}}}
        shapes:
          Req:
            fields:
              u: {type: U, required: false}
              us: {type: '[U]', required: false}
              m: {type: '{Msg}', required: false}
              mu: {type: '{[Msg]}', required: false}
              thread: {type: Thread, required: false}
          Msg:
            fields:
              to: {type: string, constraints: {pattern: '^[0-9]+$', maxLength: 5}}
          Thread:
            fields:
              to: {type: string, required: false, constraints: {maxLength: 2}}
              reply: {type: Reply, required: false}
        unions:
          U: {variants: {one: Msg, many: '[Msg]', code: int}}
          Reply: {variants: {thread: Thread, text: string}}

        """

    /// Each request, and the violations both ways, `path rule`, in order.
    static let cases: [(request: String, violations: [String])] = [
        (#"{"u": {"to": "abcdefg"}}"#, ["u.to maxLength", "u.to pattern"]),
        (#"{"u": [{"to": "1"}, {"to": "abc"}]}"#, ["u[1].to pattern"]),
        (#"{"u": 5}"#, []),
        (#"{"us": [{"to": "x"}, [{"to": "y"}]]}"#, ["us[0].to pattern", "us[1][0].to pattern"]),
        (#"{"m": {"b": {"to": "x"}, "a": {"to": "123456"}}}"#, ["m.a.to maxLength", "m.b.to pattern"]),
        (#"{"mu": {"k": [{"to": "1"}, {"to": "x"}]}}"#, ["mu.k[1].to pattern"]),
        // A union that holds its own shape again is validated as deep as the value goes.
        (#"{"thread": {"reply": {"reply": {"to": "abc"}}}}"#, ["thread.reply.reply.to maxLength"]),
        (#"{"thread": {"reply": "hi"}}"#, []),
    ]

    @Test func theGeneratedValidatorChecksWhatUnionsAndMapsHold() throws {
        let requests = Self.cases.map { "#\"\($0.request)\"#" }.joined(separator: ", ")
        let main = """
            import Foundation
            import SMSSpecRuntime
            for request in [\(requests)] {
                let value = try JSONPayload.decode(Acme.Req.self, from: Data(request.utf8))
                print(value.validate().map { "\\($0.path) \\($0.rule)" })
            }
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        #expect(build.status == 0 && !build.output.contains("warning:"), "\(build.output.prefix(3000))")
        let expected = Self.cases.map { "\($0.violations)\n" }.joined()
        #expect(run?.output == expected, "\(run?.output ?? "")")
    }

    @Test func theInterpreterChecksWhatUnionsAndMapsHoldAsTheGeneratedValidatorDoes() throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.map(\.description) == [])
        let interpreter = RuleInterpreter(model: model)
        let shape = try #require(interpreter.shape("Req"))
        for (request, expected) in Self.cases {
            let value = try JSONPayload.decode(JSONValue.self, from: Data(request.utf8))
            let found = interpreter.violations(of: value, shape: shape, jsonBody: true).map { "\($0.path) \($0.rule)" }
            #expect(found == expected, "\(request)")
        }
    }
}
