import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// Whether a response lists every table its shape carries is worked out once per shape, in time linear in the spec:
/// thousands of operations answering with shapes that nest thousands deep stay fast.
@Suite struct DecidingTablesScaleTests {
    /// Two tables the specs below answer with: HTTP statuses and one error.
    static let tables = """
        tables:
          HTTPStatus:
            title: HTTP
            source: doc
            entries: [{code: 200, name: OK, summary: OK, outcome: success, category: none}]
          Error:
            title: Errors
            source: doc
            entries: [{code: 7, name: Denied, summary: Denied, outcome: failure, category: authentication}]

        """

    static func spec(count: Int, listed: Bool = true) -> String {
        var yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:

            """
        for index in 0..<count {
            yaml += "  op\(index): {method: GET, encoding: query, path: /p\(index), request: Q, responses: {200: {shape: S\(index)\(listed ? ", tables: [HTTPStatus, Error]" : "")}}, source: doc}\n"
        }
        yaml += "shapes:\n  Q: {fields: {to: string}}\n"
        for index in 0..<count { yaml += "  S\(index): {fields: {next: {type: S\(index + 1), required: false}}}\n" }
        yaml += "  S\(count): {fields: {code: Error}}\n"
        return yaml + tables
    }

    /// The model built for a spec whose 3,000 responses each list their tables takes about as long as for the same
    /// spec listing none: the tables each shape carries are worked out once, not per response (each response walked
    /// every shape nested in its own, 3,000 deep here: 4.5 million visits).
    @Test func thousandsOfResponsesOnADeepChainCostLittle() throws {
        func buildTime(listed: Bool) throws -> Duration {
            let diagnostics = DiagnosticCollector()
            let spec = try #require(SpecParser(file: "acme.yaml", diagnostics: diagnostics).parse(Self.spec(count: 3_000, listed: listed)))
            return ThreadCPUClock().measure { _ = ModelBuilder(spec: spec, fileStem: "acme", diagnostics: diagnostics).build() }
        }
        let unlisted = try buildTime(listed: false), listed = try buildTime(listed: true)
        #expect(listed < unlisted * 2 + .milliseconds(500), "\(listed) listing tables, \(unlisted) listing none")
    }

    /// Shapes and unions that hold each other carry every table of the cycle, whichever of them a response names.
    @Test func aCycleCarriesEveryTableInIt() {
        let yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:
              a: {method: GET, encoding: query, path: /a, request: Q, responses: {200: {shape: A, tables: [HTTPStatus]}}, source: doc}
              b: {method: GET, encoding: query, path: /b, request: Q, responses: {200: {shape: B, tables: [HTTPStatus, Error]}}, source: doc}
            shapes:
              Q: {fields: {to: string}}
              A: {fields: {b: {type: B, required: false}, status: HTTPStatus}}
              B: {fields: {u: {type: U, required: false}}}
              C: {fields: {a: {type: '[A]', required: false}, code: Error}}
            unions:
              U: {variants: {c: C, text: string}}

            """ + Self.tables
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:5:96: error: response 200 of operation 'a' lists its tables, but its shape 'A' also carries codes of "
                + "table 'Error', whose failures would then not make the request fail: add it to 'tables', or to 'reports' when its "
                + "codes are data (a part's failure beside parts that were sent); a delivery-status table, 'deliveryStatus: true', may stay "
                + "out: its codes are what the answer reports; write 'tables: []' when no code of this answer says the request failed"
        ])
    }
}
