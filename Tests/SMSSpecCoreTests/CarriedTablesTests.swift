import SMSSpecCore
import Testing

/// A table nothing carries (no field, list or union variant has it as its type, no answer lists it, no rule names a
/// code of it) decodes nothing: a user's TextMarketer error table, carried only by an XML answer the format cannot
/// write, linted clean. Lint warns; a table any of these reaches is quiet.
@Suite struct CarriedTablesTests {
    static func spec(_ tail: String) -> String {
        """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: basic}}
        sources: {doc: {title: Doc, url: 'https://e.example/doc'}}
        operations: {send: {method: POST, path: /send, request: R, responses: {200: {shape: A}}}}
        shapes:
          R: {fields: {to: string}}
          A: {fields: {id: string}}
        tables:
          Errors:
            title: Errors
            source: doc
            entries:
              - {code: 1, summary: Bad, outcome: failure, category: unknown}
        \(tail)
        """
    }

    @Test func aTableNothingCarriesIsAWarning() {
        #expect(lintDiagnostics(Self.spec("")) == [
            "specs/acme.yaml:9:3: warning: table 'Errors' is the type of no field, list or union variant, and no answer lists it: no payload "
                + "carries its codes, so none decodes as one of them; give it to the field that carries them"
        ])
    }

    @Test func aTableAFieldAListAUnionAnAnswerOrARuleReachesIsQuiet() {
        for (old, new) in [
            ("A: {fields: {id: string}}", "A: {fields: {id: string, error: {type: Errors, required: false}}}"),
            ("A: {fields: {id: string}}", "A: {fields: {id: string, errors: {type: '{[Errors]}', required: false}}}"),
            ("A: {fields: {id: string}}", "A: {fields: {id: string}}\n  L: {items: Errors}"),
            ("{200: {shape: A}}", "{200: {shape: A}, 4XX: {tables: [Errors]}}"),
            ("R: {fields: {to: string}}", "R: {fields: {to: {type: string, constraints: {minLength: 1, providerCodes: {minLength: 'Errors:1'}}}}}"),
        ] {
            let diagnostics = lintDiagnostics(Self.spec("").replacingOccurrences(of: old, with: new))
            #expect(!diagnostics.contains { $0.contains("table 'Errors'") }, "\(new): \(diagnostics)")
        }
        #expect(!lintDiagnostics(Self.spec("unions:\n  U: {variants: {a: A, e: Errors}}")).contains { $0.contains("table 'Errors'") })
    }
}
