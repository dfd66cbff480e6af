import SMSSpecCore
import Testing

/// A status case's doc comment is what Quick Help shows of its row: the document's name, description and cause, our
/// explanation (marked ours), its meaning in another operation and a source of its own. Only the description was
/// shown, so every HTTP code a user's spec described as "Request failed" read the same, and a cause that held the
/// document's only real description (OCA's `[object]`) was not where a reader looks.
@Suite struct CaseDocumentationTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
          other: {title: Acme Premium API, url: 'https://acme.example/premium'}
        operations:
          check: {method: GET, path: /check, responses: {200: {summary: Checked., tables: [Result]}}, source: doc}
        tables:
          Result:
            title: Results
            source: doc
            entries:
              - {code: 0, summary: Success, outcome: success, category: none, perOperation: {check: {summary: Valid, cause: When the code is valid.}}}
              - {code: 39, name: '[object]', summary: '[object]', cause: The destination is blocked, outcome: failure, category: invalidRequest}
              - {code: 40, summary: Request failed, explanation: Our reading of the status line., outcome: failure, category: unknown}
              - {code: 429, summary: Too many requests., source: other, outcome: failure, category: rateLimited}
              - {code: 500, summary: Request failed, outcome: failure, category: unknown}

        """

    @Test func aCaseSaysWhatItsRowSays() throws {
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], options: GeneratorOptions())
        let codes = try #require(files.first { $0.name == "acme.codes.swift" }).contents
        Snippet.expect(codes, contains: """
            /// `0` — Success. In `check`: Valid — When the code is valid.
            case n0
            /// `39` [object] — [object]. Cause: The destination is blocked
            case object
            /// `40` — Request failed. Our explanation: Our reading of the status line.
            case n40
            /// `429` — Too many requests. Source: Acme Premium API (https://acme.example/premium)
            case n429
            /// `500` — Request failed
            case n500
            """)
    }

    /// A user's callback with no source and no decision said nothing of where it came from: an operation or a callback
    /// the spec cites nothing for is marked as the spec's own, as a table is.
    @Test func anOperationOrCallbackCitingNothingIsMarkedAsInference() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources:
              doc: {title: Acme API, url: 'https://acme.example/docs'}
            operations:
              check: {method: GET, path: /check, responses: {200: {summary: Checked.}}, source: doc}
              ping: {method: GET, path: /ping, responses: {200: {summary: Up.}}}
            callbacks:
              Pushed: {method: POST, shape: Push}
            shapes:
              Push: {fields: {id: string}}

            """
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: spec)], options: GeneratorOptions())
        let operations = try #require(files.first { $0.name == "acme.operations.swift" }).contents
        let models = try #require(files.first { $0.name == "acme.models.swift" }).contents
        let marked = "/// Source: none — no document the spec cites describes it, and no decision records why (our inference)."
        #expect(operations.components(separatedBy: marked).count == 2, "\(operations)")
        #expect(operations.contains("/// Source: Acme API (https://acme.example/docs)."))
        #expect(models.contains(marked), "\(models)")
    }
}
