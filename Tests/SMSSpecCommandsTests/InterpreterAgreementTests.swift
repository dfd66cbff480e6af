import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import Testing

/// `smsspec validate` with a spec file (and the sandbox) applies the generated validators' rules to the value the
/// generated decoding reads; a differential attack found it judging other values: an integer with spaces around it
/// (a form's `ttl=+60`), an optional lenient number or boolean sent as empty text, a lenient text sent `true` (checked
/// as `1`), a union told apart by a boolean (no variant checked: "valid"), and a union variant whose required field is
/// of another kind (its rules checked where the generated decoding reads the next variant).
@Suite struct InterpreterAgreementTests {
    static let spec = """
        smsspec: 1
        provider: {id: agree, name: Agree, baseURLs: ['https://agree.example']}
        operations:
          form: {method: POST, path: /form, encoding: form, request: FormReq, responses: {200: {summary: Sent.}}}
          json: {method: POST, path: /json, request: JSONReq, responses: {200: {summary: Sent.}}}
        shapes:
          FormReq:
            fields:
              to: string
              ttl: {type: int, required: false, constraints: {minimum: 0}}
              'data[]': {type: '[string]', required: false, constraints: {maxItems: 1}}
          JSONReq:
            fields:
              n: {type: int, lenient: true, required: false}
              flag: {type: bool, lenient: true, required: false}
              s: {type: string, lenient: true, required: false, constraints: {minLength: 2, pattern: '^[a-z]+$'}}
              body: {type: Body, required: false}
              target: {type: Target, required: false}
              pick: {type: Pick, required: false}
              other: {type: Other, required: false}
          Scheduled: {fields: {scheduled: bool, at: {type: string, constraints: {pattern: '^[0-9]{10}$'}}}}
          Immediate: {fields: {scheduled: bool, to: {type: string, constraints: {pattern: '^[0-9]{9,15}$'}}}}
          ByGroup: {fields: {group: decimal, label: {type: string, required: false, constraints: {maxLength: 3}}}}
          ByName: {fields: {group: string, to: {type: string, constraints: {pattern: '^[0-9]{9,15}$'}}}}
          ByFlag: {fields: {active: {type: bool, lenient: true}, label: {type: string, constraints: {maxLength: 3}}}}
          ByLabel: {fields: {label: {type: string, constraints: {maxLength: 10}}}}
          ByAmount: {fields: {amount: decimal, label: {type: string, constraints: {maxLength: 2}}}}
        unions:
          Body: {discriminator: {field: scheduled, variants: {'true': Scheduled, 'false': Immediate}}}
          Target: {variants: {byGroup: ByGroup, byName: ByName}}
          Pick: {variants: {byFlag: ByFlag, byLabel: ByLabel}}
          Other: {variants: {byAmount: ByAmount, byLabel: ByLabel}}

        """

    func violations(ofForm form: String) throws -> [String] {
        try violations(String(decoding: try JSONEncoder().encode(try FormDecoder().decode(JSONValue.self, from: form)), as: UTF8.self), shape: "FormReq", jsonBody: false)
    }

    func violations(_ json: String, shape: String, jsonBody: Bool) throws -> [String] {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "agree.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))")
        let interpreter = RuleInterpreter(model: model)
        let value = try JSONPayload.decode(JSONValue.self, from: Data(json.utf8))
        return interpreter.violations(of: value, shape: try #require(interpreter.shape(shape)), jsonBody: jsonBody).map { "\($0.path) \($0.rule)" }
    }

    @Test func theRulesJudgeTheValueTheGeneratedDecodingReads() throws {
        // A form's `+` is a space: ` 60` is 60 to the generated decoding; `-1` still breaks the minimum.
        #expect(try violations(#"{"to": "6593274037", "ttl": " 60"}"#, shape: "FormReq", jsonBody: false) == [])
        #expect(try violations(#"{"to": "6593274037", "ttl": "-1 "}"#, shape: "FormReq", jsonBody: false) == ["ttl minimum"])
        #expect(try violations(#"{"to": "6593274037", "ttl": "6 0"}"#, shape: "FormReq", jsonBody: false) == ["ttl type"])
        // PHP's indexed fields are the list `data[]`, as the generated decoding reads them (a review: "missing").
        #expect(try violations(ofForm: "to=6593274037&data[0]=a&data[1]=b") == ["data[] maxItems"])
        // An optional lenient number or boolean sent empty or blank is absent (a user's padded `"textLength": " "`).
        #expect(try violations(#"{"n": "", "flag": ""}"#, shape: "JSONReq", jsonBody: true) == [])
        #expect(try violations(#"{"n": " ", "flag": "\t"}"#, shape: "JSONReq", jsonBody: true) == [])
        // A lenient text holds `true` as "true".
        #expect(try violations(#"{"s": true}"#, shape: "JSONReq", jsonBody: true) == [])
        #expect(try violations(#"{"s": 5}"#, shape: "JSONReq", jsonBody: true) == ["s minLength", "s pattern"])
        // A boolean names its variant.
        #expect(try violations(#"{"body": {"scheduled": true, "at": "tomorrow"}}"#, shape: "JSONReq", jsonBody: true) == ["body.at pattern"])
        #expect(try violations(#"{"body": {"scheduled": false, "to": "12"}}"#, shape: "JSONReq", jsonBody: true) == ["body.to pattern"])
        // `group` as text is no decimal: the generated union reads the next variant, whose rules apply.
        #expect(try violations(#"{"target": {"group": "vip", "to": "12"}}"#, shape: "JSONReq", jsonBody: true) == ["target.to pattern"])
        #expect(try violations(#"{"target": {"group": 5, "label": "long"}}"#, shape: "JSONReq", jsonBody: true) == ["target.label maxLength"])
        // The runtime's readers decide (a review): a lenient flag's JSON 1 reads; a decimal `Decimal` cannot hold does not.
        #expect(try violations(#"{"pick": {"active": 1, "label": "long"}}"#, shape: "JSONReq", jsonBody: true) == ["pick.label maxLength"])
        #expect(try violations(#"{"other": {"amount": 1e-200, "label": "long"}}"#, shape: "JSONReq", jsonBody: true) == [])
    }
}
