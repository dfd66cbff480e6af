import Foundation
import SMSSpecCore
import Testing

/// A credential's value never reaches a violation: its pattern, url, phone, length and segment rules report the rule
/// and never the value (issue 10, item 9). Built and run, not read: the runtime's messages quote other values.
@Suite struct SnippetSecretTests {
    static let spec = Snippet.header(providerKeys: """
          auth: {type: fields, fields: [key]}
          phoneNumbers:
            ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}

        """) + """
        tables:
          Status:
            title: Statuses
            source: doc
            entries:
              - {code: 7, name: BAD_KEY, summary: The key is wrong., outcome: failure, category: authentication}
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {summary: Sent.}
        shapes:
          Send:
            fields:
              key:
                type: string
                secret: true
                constraints:
                  pattern: '^[0-9]+$'
                  url: true
                  phone: {country: ID, forms: [e164]}
                  maxLength: 10
                  maxSegments: 1
                  providerCodes: {pattern: 'Status:7'}
              spare: {type: string, secret: true, required: false, constraints: {pattern: '^x$', url: true}}

        """

    @Test func violationsOfSecretFieldsNeverHoldTheValue() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files: [URL] = []
        let sources = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], options: GeneratorOptions())
        for file in sources + [GeneratedFile(name: "main.swift", contents: Self.main)] {
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        let executable = directory.appending(path: "secret-check")
        let build = try BuildProducts.buildExecutable(files, output: executable)
        try #require(build.status == 0, "\(build.output)")
        let run = try BuildProducts.run(executable, [])
        #expect(run.status == 0)
        let rules = run.output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(rules == ["maxLength", "pattern", "maxSegments", "url", "phone", "pattern", "url"], "\(run.output)")
        #expect(run.output.contains("authentication"), "the pattern rule keeps its provider code: \(run.output)")
        #expect(!run.output.contains("SECRET"), "\(run.output)")
    }

    static let main = #"""
        import SMSSpecRuntime
        let secret = "SECRET-\u{1F511}-" + String(repeating: "k", count: 200)
        let message = Acme.Send(key: Secret(secret), spare: Secret(secret))
        for violation in message.validate(at: "") {
            print(violation.rule, violation.message, violation.providerCode?.category.rawValue ?? "-", String(reflecting: violation))
        }
        """#
}
