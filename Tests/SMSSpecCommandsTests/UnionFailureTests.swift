import Foundation
import SMSSpecCore
import Testing

@testable import SMSSpecCommands

/// When no variant of a union reads a value, the variant that got furthest into it says what is wrong: Exotel's bulk
/// answer is a list of envelopes, `{SMSMessage: …}` or `{RestException: …}`, and a bad `RestException.Status` was
/// reported as the first envelope's missing `SMSMessage`. (Lint's example decoding and the generated union read
/// through the same `UnionContainer`; `ExampleDecodingTests` holds the two to the same words.)
@Suite struct UnionFailureTests {
    @Test func theVariantThatReadFurthestExplainsTheFailure() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Sent: {fields: {SMSMessage: Message}}
              Failed: {fields: {RestException: Exception}}
              Message: {fields: {Sid: string}}
              Exception: {fields: {Status: int, Message: string}}
              Answer: {items: Envelope}
            unions:
              Envelope: {variants: {sent: Sent, failed: Failed}}
            examples:
              - {name: bad-status, message: Answer, payload: '[{"SMSMessage": {"Sid": "SM1"}}, {"RestException": {"Status": "x", "Message": "m"}}]'}
              - {name: neither, message: Answer, payload: '[{"Other": 1}]'}
            """
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        try #require(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        ExampleDecoding.check(model, diagnostics: diagnostics)
        let messages = diagnostics.sorted.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("payload of example 'bad-status' does not decode as Answer: at `[1].RestException.Status`: ") == true, "\(messages)")
        // As far into either: the first variant's words, as before.
        #expect(messages.last == "payload of example 'neither' does not decode as Answer: at `[0].SMSMessage`: the required field is missing")
    }
}
