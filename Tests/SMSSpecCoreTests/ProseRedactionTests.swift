import Foundation
import SMSSpecCore
import Testing

/// A URL's password in the documents' prose (a summary, a cause, a decision, a source's title, section or URL) never
/// reaches what we generate: doc comments, the catalog's and descriptors' summaries and sources, the codes'
/// descriptions, the Docs page and registry.json show
/// `https://<redacted>@host`, the password written out, percent-encoded once or twice.
@Suite struct ProseRedactionTests {
    static let plain = "https://bob:hunter1@hooks.example/dlr"
    static let encoded = "https%3A%2F%2Fbob%3Ahunter2%40hooks.example"
    static let twice = "https%253A%252F%252Fbob%253Ahunter3%2540hooks.example"
    static let prose = "See \(plain), \(encoded) or \(twice)."

    static let spec = """
          other: {title: "Private docs. \(prose)", url: "\(plain)"}
        operations:
          send:
            summary: "Sends one SMS; \(prose)"
            method: POST
            path: /v1/messages
            request: Send
            responses:
              200: {shape: Answer, tables: [Status]}
            source: {source: doc}
        shapes:
          Send:
            summary: "A send. \(prose)"
            source: {source: other, section: "Sending. \(prose)"}
            decisions:
              - {id: D1, issue: "The issue: \(prose)", decision: "The decision: \(prose)"}
            fields:
              to: {type: string, summary: "The recipient. \(prose)"}
          Answer:
            fields:
              status: Status
          Receipt:
            fields:
              to: string
        callbacks:
          Receipt: {shape: Receipt, summary: "A receipt. \(prose)", source: {source: doc}}
        tables:
          Status:
            title: Statuses
            source: {source: doc}
            codeType: int
            entries:
              - {code: 0, name: OK, summary: "Accepted. \(prose)", cause: "Because \(prose)", httpStatus: 200, outcome: success, category: none,
                 perOperation: {send: {summary: "Sent. \(prose)", cause: "Since \(prose)"}}}

        """

    @Test func noPasswordInTheDocumentsProseReachesAGeneratedFile() throws {
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.spec)], options: options, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        let files = Artifacts.all(for: models, options: options).flatMap(\.files)
        #expect(files.count > 5)
        for file in files {
            for password in ["hunter1", "hunter2", "hunter3"] {
                #expect(!file.contents.contains(password), "\(password) in \(file.name):\n\(file.contents)")
            }
        }
        let all = files.map(\.contents).joined()
        #expect(all.contains("https://<redacted>@hooks.example/dlr") && all.contains("https%3A%2F%2F<redacted>%40hooks.example"))
    }

    /// A credential in a URL's query (`?api_key=…`: a secret field's, an auth field's or the auth header's name, in any
    /// case, percent-encoded or bracketed) in the same prose, and in a source's URL, was generated as is.
    @Test func noCredentialInAQueryOfTheDocumentsProseReachesAGeneratedFile() throws {
        let query = "Try https://api.acme.example/send?to=1&API_KEY=SECRETQ1 or GET /send?data[api_key]=SECRETQ2&api%5Fkey=SECRETQ3."
        let spec = Self.spec.replacingOccurrences(of: Self.prose, with: query)
            .replacingOccurrences(of: "url: \"\(Self.plain)\"", with: "url: \"https://acme.example/docs?x-key=SECRETQ4\"")
            .replacingOccurrences(of: "      to: {type: string, summary:", with: "      api_key: {type: string, secret: true}\n      to: {type: string, summary:")
        let auth = "  auth: {type: header, name: X-Key}\n"
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header(providerKeys: auth) + spec)], options: options, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        let files = Artifacts.all(for: models, options: options).flatMap(\.files)
        for file in files { #expect(!file.contents.contains("SECRETQ"), "\(file.name):\n\(file.contents)") }
        let names = Set(files.map { ($0.name as NSString).pathExtension })
        #expect(names.isSuperset(of: ["swift", "md", "json"]), "\(names)")
        let all = files.map(\.contents).joined()
        #expect(all.contains("send?to=1&API_KEY=<redacted> or GET /send?data[api_key]=<redacted>&api%5Fkey=<redacted>."), "\(all)")
        #expect(all.contains("https://acme.example/docs?x-key=<redacted>"))
    }
}
