import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// `uniqueItems: true`: a list that names an element twice (Altiria answers a destination given twice with its code
/// 016; a user had no way to say so). The generated `validate()` and the rule interpreter (`smsspec validate`, the
/// sandbox) report the same violation: each repeat by both indexes, never by value, text compared as sent and
/// numbers by value.
@Suite struct UniqueItemsTests {
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
              to: {type: '[string]', constraints: {maxItems: 20, uniqueItems: true, providerCodes: {uniqueItems: 'Status:16'}}}
              ids: {type: '[int]', required: false, constraints: {uniqueItems: true}}
              tags: {type: '[string]', required: false, constraints: {uniqueItems: false}}
          FormReq:
            fields:
              dest: {type: '[string]', separator: ',', constraints: {uniqueItems: true}}
              n: {type: '[int]', separator: ',', required: false, constraints: {uniqueItems: true}}
        tables:
          Status:
            title: Codes
            source: doc
            entries:
              - {code: 0, summary: Accepted., outcome: success, category: none}
              - {code: 16, summary: Duplicated destination., outcome: failure, category: invalidRequest}

        """

    static let thirteenTimes = Array(repeating: #""x""#, count: 13).joined(separator: ", ")

    /// Each JSON request, and its violations both ways, as printed.
    static let cases: [(request: String, violations: [String])] = [
        (#"{"to": ["34600000001", "34600000002"], "tags": ["a", "a"]}"#, []),
        // Text compares as sent: `+34…` and `34…` are two elements.
        (#"{"to": ["+34600000001", "34600000001"]}"#, []),
        // Byte for byte: `é` and `e` + U+0301 are one to `String`'s `==`, two to a provider (a review).
        (#"{"to": ["\u00e9", "e\u0301"]}"#, []),
        (#"{"to": ["a1", "b2", "a1", "a1"], "ids": [7, 8, 9]}"#, [
            "to: to[2] repeats to[0], to[3] repeats to[0]; no element may appear twice (acme would answer 16)"
        ]),
        (#"{"to": ["a"], "ids": [7, 8, 7]}"#, ["ids: ids[2] repeats ids[0]; no element may appear twice"]),
        (#"{"to": [\#(thirteenTimes)]}"#, [
            "to: " + (1...10).map { "to[\($0)] repeats to[0]" }.joined(separator: ", ")
                + ", and 2 more elements repeat an earlier one; no element may appear twice (acme would answer 16)"
        ]),
    ]

    /// Form requests: a joined list's elements, and numbers by value (`007` is 7).
    static let formCases: [(request: String, violations: [String])] = [
        ("dest=a,b&n=7,8", []),
        ("dest=a,b,a&n=7,007", ["dest: dest[2] repeats dest[0]; no element may appear twice", "n: n[1] repeats n[0]; no element may appear twice"]),
    ]

    @Test func theGeneratedValidatorNamesEachRepeat() throws {
        try RuleAgreement.expectGeneratedValidator(spec: Self.spec, json: ("Req", Self.cases), form: ("FormReq", Self.formCases))
    }

    @Test func theInterpreterNamesTheSameRepeats() throws {
        try RuleAgreement.expectInterpreter(spec: Self.spec, json: ("Req", Self.cases), form: ("FormReq", Self.formCases))
    }

    @Test func lintTakesTheRuleOnlyOnListsOfStringsOrIntegers() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            operations:
              send: {method: POST, path: /send, request: Req, responses: {200: {summary: Sent.}}}
            shapes:
              Req:
                fields:
                  one: {type: string, constraints: {uniqueItems: true}}
                  items: {type: '[Item]', constraints: {uniqueItems: true}}
                  codes: {type: '[Status]', required: false, constraints: {uniqueItems: true}}
                  m: {type: '{string}', required: false, constraints: {uniqueItems: true}}
                  fine: {type: '[int64]', required: false, constraints: {uniqueItems: true}}
              Item: {fields: {to: string}}
            tables:
              Status:
                title: Codes
                entries:
                  - {code: 0, summary: Accepted., outcome: success, category: none}

            """
        let diagnostics = DiagnosticCollector()
        _ = Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "acme.yaml:8:54: error: 'uniqueItems' applies to list fields (no element twice); field 'one' of shape 'Req' is 'string'",
            "acme.yaml:9:58: error: 'uniqueItems' applies to lists of strings or integers (text compares as sent, a number by value); field 'items' of shape 'Req' is '[Item]'",
            "acme.yaml:10:77: error: 'uniqueItems' applies to lists of strings or integers (text compares as sent, a number by value); field 'codes' of shape 'Req' is '[Status]'",
            "acme.yaml:11:73: error: 'uniqueItems' applies to list fields (no element twice); field 'm' of shape 'Req' is '{string}'",
        ])
    }
}
