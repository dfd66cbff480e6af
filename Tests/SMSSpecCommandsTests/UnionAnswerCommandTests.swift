import Foundation
import SMSSpecCore
import Testing

@testable import SMSSpecCommands

/// An operation's answer that is a union (seven.io's answer object or bare code): its examples are what a generated
/// client reads.
@Suite struct UnionAnswerCommandTests {
    /// A form operation answering with a union of an object and a bare code; the union `Refusal` is itself a variant.
    static func spec(examples: String = "") -> String {
        """
        smsspec: 1
        provider: {id: nested, name: Nested, baseURLs: ['https://api.example.com'], encoding: form}
        sources: {docs: {title: Docs, url: 'https://example.com/docs'}}
        operations:
          send: {method: POST, path: /send, request: SendRequest, responses: {200: {shape: SendAnswer, tables: [Code]}}}
        shapes:
          SendRequest: {fields: {to: string}}
          Sent: {fields: {status: Code, id: string, apikey: {type: string, required: false, secret: true}}}
        unions:
          SendAnswer: {variants: {sent: Sent, refusal: Refusal}}
          Refusal: {variants: {code: Code, codes: '[Code]'}}
        tables:
          Code:
            title: Codes
            source: docs
            wire: string
            entries:
              - {code: 100, name: Accepted, summary: Accepted., outcome: success, category: none}
              - {code: 900, name: BadKey, summary: Bad key., outcome: failure, category: authentication}
        """ + examples
    }

    /// An answer a generated client reads as JSON only: an example of it as a form claimed an answer no client reads,
    /// and failed as "expected String; A form body is a set of named fields, not one value".
    @Test func aUnionAnswersExampleAsAFormOrQueryIsRefusedWhereItSaysSo() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        for format in ["form", "query"] {
            let file = try scratch.write("\(format).yaml", Self.spec(examples: """

                examples:
                  - {name: sentAsJSON, message: SendAnswer, payload: '{"status": "100", "id": "a1"}'}
                  - {name: sent, message: SendAnswer, format: \(format), payload: status=100&id=a1}
                """))
            let run = await CLI.run(["lint", file], exitsWith: .failure)
            let line = Self.spec().split(separator: "\n", omittingEmptySubsequences: false).count + 3
            #expect(
                run.errors.contains(
                    "\(format).yaml:\(line):47: error: example 'sent' is written as \(format == "form" ? "a form" : "a query") ('format: \(format)'), "
                        + "but 'SendAnswer' is a union an operation answers with, and a generated client reads such an answer as JSON only"),
                "\(run.errors)")
            #expect(!run.errors.contains("not one value") && !run.errors.contains("sentAsJSON"), "\(run.errors)")
        }
    }
}
