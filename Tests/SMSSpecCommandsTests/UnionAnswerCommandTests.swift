import Foundation
import SMSSpecCore
import Testing

@testable import SMSSpecCommands

/// An operation's answer that is a union (seven.io's answer object or bare code): its examples are what a generated
/// client reads, `smsspec decode` says which variant read a payload, and seven's spec says which part is our inference.
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
    /// and failed as "expected text; A form body is a set of named fields, not one value".
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

    /// The JSON printed is the value alone: which variant read it, through a union that is a variant, is a note.
    @Test func decodeNamesTheVariantThatReadEachUnion() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("nested.yaml", Self.spec())
        let cases = [
            (#"{"status": "100", "id": "a1", "apikey": "s3cr3t-key"}"#, "(top level): SendAnswer.sent (Sent)"),
            (#""900""#, "(top level): SendAnswer.refusal (Refusal) → Refusal.code (Code)"),
            (#"["900", "100"]"#, "(top level): SendAnswer.refusal (Refusal) → Refusal.codes ([Code])"),
        ]
        for (payload, variant) in cases {
            let run = await CLI.run(["decode", spec, "SendAnswer", try scratch.write("answer.json", payload)], exitsWith: .success)
            #expect(run.errors.hasPrefix("note: 1 union(s) in this message read as:\n  \(variant)\n"), "\(run.errors)")
            #expect(!(run.output + run.errors).contains("s3cr3t"), "\(run.output)\(run.errors)")
        }
    }

    /// A field typed as a union, in OCA's bundled generated types and read by its spec alike: each place named.
    @Test func decodeNamesTheVariantOfAUnionFieldAtItsPlace() async {
        let payload = Repository.root.appending(path: "Tests/SMSProvidersTests/Documents/oca/error-validation.json").path(percentEncoded: false)
        let spec = Repository.root.appending(path: "specs/oca.yaml").path(percentEncoded: false)
        for provider in ["oca", spec] {
            let run = await CLI.run(["decode", provider, "ErrorBody", payload], exitsWith: .success)
            #expect(
                run.errors.hasPrefix("note: 1 union(s) in this message read as:\n  errors[0].message: ErrorMessage.fieldErrors ([FieldError])\n"),
                "\(run.errors)")
        }
    }

    /// No document at hand shows seven's bare "900": the generated code says the documents list the code and that the
    /// bare answer is our inference, where it said the documents describe it.
    @Test func sevensBareCodeIsOurInference() throws {
        let diagnostics = DiagnosticCollector()
        let file = Repository.root.appending(path: "Tests/ThirdPartySpecs/seven.yaml").path(percentEncoded: false)
        let models = Generator.models(forFiles: [file], options: nil, diagnostics: diagnostics)
        let sources = Generator.swiftSources(for: models, options: GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases)))
        let text = sources.map(\.contents).joined(separator: "\n")
        let documents = text.split(separator: "\n").filter { $0.contains("The issue:") && $0.contains("900") }
        #expect(!documents.isEmpty && documents.allSatisfy { !$0.contains("bare") }, "\(documents)")
        #expect(text.contains("That a refused key answers the bare code is our inference"))
        #expect(text.contains("The spec's own example: no document shows it."))
    }
}
