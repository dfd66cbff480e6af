import Foundation
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// A request whose field is its whole body (`in: wholeBody`) is read, as every request is, as its fields by wire name;
/// a document's example of the body as sent names the body's type.
@Suite struct WholeBodyExampleTests {
    /// A request `Send` of `messages` (a list shape `Messages`, the whole body) and a query field, and its examples.
    static let spec = """
        shapes:
          Send: {fields: {messages: {type: Messages, in: wholeBody}, dedupe: {type: string, in: query, required: false}}}
          Messages: {items: Message}
          Message: {fields: {to: string, body: string}}
        operations:
          send: {method: POST, path: /v1/messages, request: Send, responses: {201: {shape: Messages}}}
        examples:
          - {name: body, message: Messages, payload: '[{"to": "+27", "body": "Hi"}]'}
          - {name: request, message: Send, payload: '{"messages": [{"to": "+27", "body": "Hi"}], "dedupe": "d"}'}
          - {name: body-as-request, message: Send, payload: ' [{"to": "+27", "body": "Hi"}]'}
        """

    @Test func lintSaysAnExampleOfTheBodyAloneNamesTheBodysType() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", "smsspec: 1\nprovider: {id: acme, name: Acme}\n" + Self.spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):12:5: error: payload of example 'body-as-request' does not decode as Send: at `(top level)`: expected \
            an object, found a list (a request is read as its fields by wire name, its body under 'messages': an example of the \
            body as sent names the body's type, a list shape for a list)

            """)
    }
}

extension WholeBodyExampleTests {
    /// Somleng's document shows its send's form body alone; its `AccountSid` travels in the path, and the example
    /// failed as "the required field is missing" (a user): the error says where the field travels and what to add.
    @Test func anExampleWithoutAPathFieldSaysTheExampleHoldsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, encoding: form}
            shapes:
              Send: {fields: {AccountSid: {type: string, in: path}, To: string}}
            operations:
              send: {method: POST, path: '/Accounts/{AccountSid}/Messages', request: Send, responses: {201: {summary: Sent.}}}
            examples:
              - {name: body, message: Send, format: form, payload: 'To=%2B855716788123'}

            """)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):8:5: error: payload of example 'body' does not decode as Send: at `AccountSid`: the required field is missing \
            (`AccountSid` travels in the path: an example of a request holds every field by wire name, the path's, query's and \
            headers' too: add it to the document's text)

            """)
    }
}
