import Foundation
import SMSSpecCore
import SMSSpecTestSupport
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
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0)
        let rules = output.output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(rules == ["maxLength", "pattern", "maxSegments", "url", "phone", "pattern", "url"], "\(output.output)")
        #expect(output.output.contains("authentication"), "the pattern rule keeps its provider code: \(output.output)")
        #expect(!output.output.contains("SECRET"), "\(output.output)")
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
