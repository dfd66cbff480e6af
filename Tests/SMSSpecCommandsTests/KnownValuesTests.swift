import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// `knownValues: true`: an enum field (or each element of a list of them) holds a value its enum lists. An open enum
/// sends any value as written, where Mitto answers a `type` it does not know with code 2; a user had to make the
/// field a string with a pattern and lose the typed enum. The generated `validate()` and the rule interpreter
/// (`smsspec validate`, the sandbox) report the same violation.
@Suite struct KnownValuesTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:
          send: {method: POST, path: /send, request: Req, responses: {200: {shape: Answer, tables: [Status]}}}
          form: {method: POST, path: /form, encoding: form, request: FormReq, responses: {200: {summary: Sent.}}}
        shapes:
          Answer: {fields: {status: Status}}
          Req:
            fields:
              type: {type: TextType, constraints: {knownValues: true, providerCodes: {knownValues: 'Status:2'}}}
              channels: {type: '[TextType]', required: false, constraints: {knownValues: true}}
              priority: {type: Priority, required: false, constraints: {knownValues: true}}
              loose: {type: TextType, required: false}
          FormReq:
            fields:
              priority: {type: Priority, constraints: {knownValues: true}}
        enums:
          TextType:
            values: {GSM: 7-bit text., Unicode: UCS-2 text., Binary: Data.}
          Priority:
            wire: number
            values: {'1': Low., '2': High.}
        tables:
          Status:
            title: Codes
            source: doc
            entries:
              - {code: 0, summary: Accepted., outcome: success, category: none}
              - {code: 2, summary: Invalid type., outcome: failure, category: invalidRequest}

        """

    /// Each JSON request, and its violations both ways, as printed.
    static let cases: [(request: String, violations: [String])] = [
        (#"{"type": "GSM", "channels": ["Unicode", "Binary"], "priority": 2, "loose": "UTF8"}"#, []),
        // A number value in any spelling, as the generated enum reads it.
        (#"{"type": "Unicode", "priority": "02"}"#, []),
        (#"{"type": "UTF8"}"#, [#"type: "UTF8" is none of the values the spec lists: GSM, Unicode, Binary (acme would answer 2)"#]),
        // A boolean is no value of any enum, as the generated enum reads it (a review: the interpreter read `true` as 1).
        (#"{"type": true, "priority": true}"#, [
            #"type: "true" is none of the values the spec lists: GSM, Unicode, Binary (acme would answer 2)"#,
            #"priority: "true" is none of the values the spec lists: 1, 2"#,
        ]),
        // Text exactly: another case is another value.
        (#"{"type": "gsm", "channels": ["GSM", "binary"], "priority": 3}"#, [
            #"type: "gsm" is none of the values the spec lists: GSM, Unicode, Binary (acme would answer 2)"#,
            #"channels[1]: "binary" is none of the values the spec lists: GSM, Unicode, Binary"#,
            #"priority: "3" is none of the values the spec lists: 1, 2"#,
        ]),
    ]

    static let formCases: [(request: String, violations: [String])] = [
        ("priority=1", []),
        ("priority=01", []),
        ("priority=9", [#"priority: "9" is none of the values the spec lists: 1, 2"#]),
    ]

    @Test func theGeneratedValidatorNamesAnUnlistedValue() throws {
        try RuleAgreement.expectGeneratedValidator(spec: Self.spec, json: ("Req", Self.cases), form: ("FormReq", Self.formCases))
    }

    @Test func theInterpreterNamesTheSameValues() throws {
        try RuleAgreement.expectInterpreter(spec: Self.spec, json: ("Req", Self.cases), form: ("FormReq", Self.formCases))
    }

    @Test func lintTakesTheRuleOnlyOnEnumsAndTheirLists() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            operations:
              send: {method: POST, path: /send, request: Req, responses: {200: {summary: Sent.}}}
            shapes:
              Req:
                fields:
                  one: {type: string, constraints: {knownValues: true}}
                  code: {type: Status, required: false, constraints: {knownValues: true}}
                  m: {type: '{Kind}', required: false, constraints: {knownValues: true}}
                  fine: {type: '[Kind]', required: false, constraints: {knownValues: true}}
                  none: {type: Empty, required: false, constraints: {knownValues: true}}
            enums:
              Kind: {values: {a: A., b: B.}}
              Empty: {values: {}}
            tables:
              Status:
                title: Codes
                entries:
                  - {code: 0, summary: Accepted., outcome: success, category: none}

            """
        let diagnostics = DiagnosticCollector()
        _ = Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "acme.yaml:8:54: error: 'knownValues' applies to enum fields and lists of them (a value the enum lists); field 'one' of shape 'Req' is 'string'",
            "acme.yaml:9:72: error: 'knownValues' applies to enum fields and lists of them (a value the enum lists); field 'code' of shape 'Req' is 'Status'",
            "acme.yaml:10:71: error: 'knownValues' applies to enum fields and lists of them (a value the enum lists); field 'm' of shape 'Req' is '{Kind}'",
            // No value could pass (an attack).
            "acme.yaml:12:71: error: 'knownValues' of field 'none' of shape 'Req' accepts only the values its enum lists, and 'Empty' lists none: "
                + "every value would be refused; list the enum's values, or remove 'knownValues'",
            "acme.yaml:15:19: error: enum 'Empty' lists no values: write each value the provider documents as a key, or make the field a string",
        ])
    }

    /// Documented on the field; adding the rule is breaking (a request sent before is refused), removing it compatible.
    @Test func theRuleIsDocumentedAndDiffed() throws {
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], options: GeneratorOptions())
        let models = try #require(files.first { $0.name == "acme.models.swift" }).contents
        #expect(models.contains("Constraints: one of the values its enum lists; the provider answers a broken knownValues with Status:2."), "\(models)")
        #expect(models.contains("Constraints: each element one of the values its enum lists."), "\(models)")
        let loose = "loose: {type: TextType, required: false}"
        let strict = "loose: {type: TextType, required: false, constraints: {knownValues: true}}"
        func changes(_ old: String, _ new: String) -> [String] {
            let models = { (text: String) in Generator.models(for: [SpecInput(path: "acme.yaml", contents: text)], diagnostics: DiagnosticCollector()) }
            return SpecDiff.compare(old: models(old), new: models(new)).map(\.description)
        }
        let strictSpec = Self.spec.replacingOccurrences(of: loose, with: strict)
        #expect(changes(Self.spec, strictSpec) == [
            "[breaking] acme: changed shape Req, field loose — constraints none → one of the values its enum lists: a request validate() passed may be refused"
        ])
        #expect(changes(strictSpec, Self.spec).map { $0.hasPrefix("[breaking]") } == [false])
    }
}
