import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A request whose body is one value, not an object of fields (BulkSMS's bare JSON list of messages): its one field
/// `in: wholeBody`, beside path, query and header fields.
@Suite struct WholeBodyTests {
    static let message = "  Message: {fields: {to: string, body: string}}\n"

    /// A spec whose operation `send` posts the request `Send` with `fields` (lines of the shape's `fields:`), and
    /// answers a list of messages; its request's fields start at line 13.
    static func send(_ fields: String) -> String {
        """
        operations:
          send: {method: POST, path: /v1/messages, request: Send, responses: {201: {shape: Sent}}}
        shapes:
          Send:
            fields:
        \(fields)
          Sent: {items: Message}

        """ + message
    }

    @Test func aBareListBodyBesideQueryAndHeaderFieldsLintsClean() {
        #expect(Snippet.diagnostics(Self.send("""
                  messages: {type: '[Message]', in: wholeBody, constraints: {minItems: 1}}
                  deduplication-id: {type: string, in: query, required: false}
                  X-Trace: {type: string, in: header, required: false}
            """)) == [])
    }

    @Test func nothingElseGoesInAWholeBody() {
        #expect(Snippet.diagnostics(Self.send("""
                  messages: {type: '[string]', in: wholeBody, required: false, separator: ','}
                  also: {type: '[Message]', in: wholeBody}
                  text: string
            """)) == [
                "13:7: field 'messages' of shape 'Send' is 'in: wholeBody' but optional: a request without it has no body to send; "
                    + "make it required (a list may have 'default: []')",
                "13:79: field 'messages' of shape 'Send' is 'in: wholeBody', which is sent as its JSON value: a 'separator' would make "
                    + "the body one JSON text; remove it (a body that is one text is a string field)",
                "14:7: field 'also' of shape 'Send' is 'in: wholeBody', as field 'messages' is (line 13): a request has one body; keep one",
                "15:7: field 'text' of shape 'Send' travels in the body, which field 'messages' is whole ('in: wholeBody', line 13): "
                    + "nothing else goes in it; mark the field 'in: query', 'in: path' or 'in: header', or make it a field of the body's type",
            ])
        // A list's default is a body: the empty list.
        #expect(Snippet.diagnostics(Self.send("      messages: {type: '[string]', in: wholeBody, required: false, default: []}")) == [])
    }

    @Test func aWholeBodyIsSentAsJSONOnly() {
        func diagnostics(_ operation: String) -> [String] {
            Snippet.diagnostics("""
                operations:
                  send: {\(operation), path: /v1/messages, request: Send, responses: {201: {shape: Sent}}}
                shapes:
                  Send: {fields: {messages: {type: '[string]', in: wholeBody}, id: {type: string, in: query}}}
                  Sent: {fields: {id: string}}

                """)
        }
        let field = "field 'messages' of its request 'Send' is its whole body ('in: wholeBody')"
        #expect(diagnostics("method: POST") == [])
        #expect(diagnostics("method: PUT, encoding: json") == [])
        #expect(diagnostics("method: POST, encoding: form") == [
            "9:69: operation 'send' sends its request as a form (encoding: form), whose body is named fields, never one value, but "
                + "\(field), which only JSON writes: give the operation 'encoding: json', or, for a provider that reads a form, write "
                + "the fields it reads as the request's own fields (the body's type's fields, each in the body)"
        ])
        #expect(diagnostics("method: POST, encoding: query") == [
            "9:70: operation 'send' sends its request in the URL's query (encoding: query), which is named fields, never one value, "
                + "but \(field), which only JSON writes: give the operation 'encoding: json', or, for a provider that reads a query, "
                + "write the fields it reads as the request's own fields (the body's type's fields, each in the body)"
        ])
        #expect(diagnostics("method: POST, encoding: none") == [
            "9:69: operation 'send' sends no body (encoding: none), but \(field), which only JSON writes: give the operation the "
                + "encoding the provider reads (json)"
        ])
        #expect(diagnostics("method: GET, encoding: json") == [
            "9:18: operation 'send' is a GET, which carries no body, but \(field): send it with the method the provider documents "
                + "(POST, PUT or PATCH)"
        ])
        // The provider's encoding stands in for the operation's.
        #expect(Snippet.diagnostics("""
            operations:
              send: {method: POST, path: /v1/messages, request: Send, responses: {201: {shape: Sent}}}
            shapes:
              Send: {fields: {messages: {type: '[string]', in: wholeBody}}}
              Sent: {fields: {id: string}}

            """, providerKeys: "  encoding: form\n").first?.contains("sends its request as a form (the provider's encoding: form)") == true)
    }

    @Test func onlyARequestHasAWholeBody() {
        #expect(Snippet.diagnostics("""
            operations:
              send: {method: POST, path: /v1/messages, request: Sent, responses: {201: {shape: Sent}}}
            shapes:
              Sent: {fields: {messages: {type: '[string]', in: wholeBody}}}

            """) == [
                "11:19: field 'messages' of shape 'Sent' is 'in: wholeBody', but 'Sent' is an answer of operation 'send', which is "
                    + "read as an object of its fields: only a request's field is its whole body (an answer or a callback's payload "
                    + "that is a bare JSON list is a list shape: items: T)"
            ])
    }

    /// The body sent is the field's value alone, the query and header fields beside it; the request as a value is its
    /// fields by wire name, and `validate()` names a message's violation by its place in the field.
    @Test func theBodySentIsTheFieldAlone() throws {
        let spec = Snippet.header + Self.send("""
                  messages: {type: '[Message]', in: wholeBody, constraints: {minItems: 1}}
                  deduplication-id: {type: string, in: query, required: false}
                  X-Trace: {type: string, in: header, required: false}
            """).replacingOccurrences(of: "{to: string,", with: "{to: {type: string, constraints: {minLength: 1}},")
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let request = Acme.Send(
                messages: [.init(to: "+27000", body: "Hello"), .init(to: "+27001", body: "Hi"), .init(to: "", body: "Hey")],
                deduplicationID: "d-1", xTrace: "t")
            let http = try request.httpRequest(baseURL: "https://api.acme.example", authentication: Acme.provider.authentication)
            print(http.method, http.url, http.headers.map { "\($0.name): \($0.value)" })
            print(String(decoding: http.body ?? Data(), as: UTF8.self))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let value = try encoder.encode(request)
            print(String(decoding: value, as: UTF8.self))
            print(try JSONDecoder().decode(Acme.Send.self, from: value) == request)
            print(request.validate().map { "\($0.path) \($0.rule)" })
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        #expect(build.status == 0, "\(build.output.prefix(3000))")
        #expect(run?.output == """
            POST https://api.acme.example/v1/messages?deduplication-id=d-1 ["X-Trace: t", "Content-Type: application/json"]
            [{"body":"Hello","to":"+27000"},{"body":"Hi","to":"+27001"},{"body":"Hey","to":""}]
            {"X-Trace":"t","deduplication-id":"d-1","messages":[{"body":"Hello","to":"+27000"},{"body":"Hi","to":"+27001"},{"body":"Hey","to":""}]}
            true
            ["messages[2].to minLength"]

            """, "\(run?.output ?? "")")
    }
}
