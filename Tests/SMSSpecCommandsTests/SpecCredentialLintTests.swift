import Foundation
import Testing

@testable import SMSSpecCommands

/// A URL's user or password in a spec value that generated Swift holds as it is (a default, a wire or Swift name, an
/// enum value, a pattern, a path, a code, an auth key name, a base URL) is a located lint error that does not quote
/// it: the generated code would hold the password verbatim. Prose (summaries, sources) is printed redacted instead.
@Suite struct SpecCredentialLintTests {
    static let spec = #"""
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: [https://api.acme.example/v1]
          auth: {type: fields, fields: [api_key]}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
        operations:
          send: {method: POST, path: /messages, request: Send, responses: {200: {shape: Answer, tables: [Status]}}, source: {source: doc}}
        shapes:
          Send:
            fields:
              api_key: {type: string, secret: true}
              to: {type: string, name: recipient, default: '+15550100', constraints: {pattern: '^\+[0-9]+$', providerCodes: {pattern: 'Status:NUMBER'}}}
              mode: {type: Mode, in: query, default: fast}
              trace: {type: string, in: header, required: false}
          Answer:
            fields:
              status: Status
        tables:
          Status:
            title: Statuses
            source: {source: doc}
            codeType: string
            entries:
              - {code: OK, summary: Accepted, httpStatus: 200, outcome: success, category: none}
              - {code: NUMBER, summary: Bad number, httpStatus: 200, outcome: failure, category: invalidDestination}
        enums:
          Mode:
            values: {fast: Fast, slow: Slow}

        """#

    static let plain = "https://shop:pa55word@hooks.example/dlr"
    static let encoded = "https%3A%2F%2Fshop%3Apa55word%40hooks.example"

    /// What is edited (the text replaced, its replacement, `CREDENTIAL` standing for the credential URL), and the line and
    /// what the error says the value is.
    static let cases: [(old: String, new: String, line: Int, what: String)] = [
        ("default: '+15550100'", "default: 'CREDENTIAL'", 15, "'default' of field 'to' of shape 'Send'"),
        ("      to: {", "      'CREDENTIAL': {", 15, "a name in 'fields' of shape 'Send'"),
        ("name: recipient", "name: 'CREDENTIAL'", 15, "'name' of field 'to' of shape 'Send'"),
        ("{fast: Fast", "{'CREDENTIAL': Fast", 31, "a name in 'values' of enum 'Mode'"),
        (#"pattern: '^\+[0-9]+$'"#, "pattern: 'CREDENTIAL'", 15, "'pattern' of 'constraints' of field 'to' of shape 'Send'"),
        ("in: query, default: fast", "in: query, default: 'CREDENTIAL'", 16, "'default' of field 'mode' of shape 'Send'"),
        ("trace: {type: string", "'CREDENTIAL': {type: string", 17, "a name in 'fields' of shape 'Send'"),
        ("path: /messages", "path: '/messages/CREDENTIAL'", 10, "'path' of operation 'send'"),
        ("code: OK", "code: 'CREDENTIAL'", 27, "'code' of an entry of table 'Status'"),
        ("{pattern: 'Status:NUMBER'}", "{pattern: 'Status:CREDENTIAL'}", 15, "the provider code for 'pattern' of field 'to' of shape 'Send'"),
        ("fields: [api_key]", "fields: [api_key, 'CREDENTIAL']", 6, "'fields' of 'auth'"),
        ("baseURLs: [https://api.acme.example/v1]", "baseURLs: ['https://api.acme.example/v1/CREDENTIAL']", 5, "'baseURLs' of 'provider'"),
    ]

    /// `smsspec lint` of `spec` written as `acme.yaml` (and of its folder, with `config` as smsspec-config.yaml beside
    /// it): it fails and shows no password. Its errors, and the folder they name.
    static func refused(
        _ spec: String, config: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> (errors: String, folder: String) {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        if let config { try scratch.write("smsspec-config.yaml", config) }
        let run = await CLI.run(["lint", config == nil ? file : scratch.path], exitsWith: .failure, sourceLocation: sourceLocation)
        #expect(!(run.output + run.errors).contains("pa55word"), "\(run.output)\(run.errors)", sourceLocation: sourceLocation)
        return (run.errors, scratch.path)
    }

    @Test(arguments: cases.indices)
    func lintRefusesACredentialURLInASpecValueWithoutQuotingIt(_ index: Int) async throws {
        let edit = Self.cases[index]
        #expect(Self.spec.contains(edit.old))
        for url in [Self.plain, Self.encoded] {
            let (errors, folder) = try await Self.refused(Self.spec.replacingOccurrences(of: edit.old, with: edit.new.replacingOccurrences(of: "CREDENTIAL", with: url)))
            #expect(errors.contains("\(folder)/acme.yaml:\(edit.line):") && errors.contains("error: \(edit.what) holds a URL's user or password"), "\(url): \(errors)")
            #expect(errors.contains("credentials go to the client's configuration"), "\(errors)")
        }
    }

    /// A message quoting a key or a name that holds a URL's password with a control character in its user
    /// information (`https://u\x01x:…@h`) showed the password: the message was escaped (`\u{1}`) before it was
    /// redacted, and the escape's backslash ended the user information before its `@`.
    @Test func aMessageQuotingACredentialWithAControlCharacterShowsNoPassword() async throws {
        let credential = #""https://u\x01x:pa55word@h""#
        let (errors, _) = try await Self.refused(
            Self.spec.replacingOccurrences(of: "  name: Acme\n", with: "  name: Acme\n  \(credential): 1\n")
                .replacingOccurrences(of: "      trace: {", with: "      \(credential): {"))
        #expect(errors.contains("error: unknown key 'https://<redacted>@h' in 'provider'"), "\(errors)")
        #expect(errors.contains("error: field 'https://<redacted>@h' of shape 'Send' is 'in: header'"), "\(errors)")
    }

    /// A generator configuration is read as a spec is: its `imports` and `namespace` go into generated code as well.
    @Test func aConfigurationTakesTheSameCheck() async throws {
        let (errors, folder) = try await Self.refused(Self.spec, config: "imports: ['\(Self.plain)']\nnamespace: '\(Self.encoded)'\n")
        #expect(errors.contains("\(folder)/smsspec-config.yaml:1:11: error: 'imports' of the configuration holds a URL's user or password"), "\(errors)")
        #expect(errors.contains("\(folder)/smsspec-config.yaml:2:12: error: 'namespace' of the configuration holds a URL's user or password"), "\(errors)")
    }

    @Test func theSpecWithoutACredentialLintsClean() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let run = await CLI.run(["lint", try scratch.write("acme.yaml", Self.spec)], exitsWith: .success)
        #expect(run.output == "1 spec OK: 1 table, 2 codes.\n", "\(run.errors)")
    }
}

/// Lint's warnings about a document's example quote its values: one carrying a credential (a callback URL with the
/// key in its query) was printed whole, where the generated catalog writes the same example redacted.
@Suite struct ExampleWarningCredentialTests {
    @Test func anExampleWarningQuotesNoCredential() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let original = try String(contentsOf: Repository.root.appending(path: "Tests/ThirdPartySpecs/textbelt.yaml"), encoding: .utf8)
        let edited = original
            .replacingOccurrences(of: "sender: {type: string, required: false,", with: "sender: {type: string, required: false, constraints: {pattern: '^[a-z]+$'},")
            .replacingOccurrences(
                of: "payload: 'phone=5555555555&message=Hello%20world&key=textbelt'",
                with: "payload: 'phone=5555555555&message=Hello%20world&key=LIVEKEY123&sender=https%3A%2F%2Fme.example%2Fcb%3Fkey%3DLIVEKEY123'")
        #expect(edited.contains("pattern: '^[a-z]+$'") && edited.contains("LIVEKEY123"))
        let spec = try scratch.write("textbelt.yaml", edited)
        let run = await CLI.run(["lint", spec], exitsWith: .success)
        #expect(run.errors.contains(#"[pattern] "https://me.example/cb?key=<redacted>" does not match ^[a-z]+$"#), "\(run.errors)")
        #expect(!(run.output + run.errors).contains("LIVEKEY123"))
    }
}

