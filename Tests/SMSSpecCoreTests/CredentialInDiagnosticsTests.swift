import Testing

/// Lint's output lands in CI logs: a credential pasted where a spec is wrong — a base URL's or a path's query, the
/// auth header's name or scheme — was quoted whole in the error about it. Each is quoted only up to where it is wrong.
@Suite struct CredentialInDiagnosticsTests {
    @Test func aCredentialWhereTheSpecIsWrongIsNotQuoted() {
        let operations = "operations:\n  send: {method: POST, path: PATH, request: Send, responses: {200: {shape: Send}}}\nshapes:\n  Send: {fields: {to: string}}\n"
        let cases: [(providerKeys: String, yaml: String)] = [
            ("  baseURLs: ['https://api.acme.example/?key=LIVEKEY123']\n", operations.replacingOccurrences(of: "PATH", with: "/send")),
            ("", operations.replacingOccurrences(of: "PATH", with: "'/send?key=LIVEKEY123'")),
            ("  auth: {type: header, name: Authorization, scheme: 'Bearer LIVEKEY123'}\n", ""),
            ("  auth: {type: header, name: 'X-Api-Key: LIVEKEY123'}\n", ""),
        ]
        for (providerKeys, yaml) in cases {
            let diagnostics = Snippet.diagnostics(yaml, providerKeys: providerKeys)
            #expect(diagnostics.count == 1 && !diagnostics.joined().contains("LIVEKEY123"), "\(diagnostics)")
        }
        #expect(Snippet.diagnostics(cases[1].yaml).first?.hasSuffix(
            "path '/send?…' of operation 'send' holds a query: a path has none; make each query parameter a request field with 'in: query' (a fixed one with a 'default')") == true)
    }
}
