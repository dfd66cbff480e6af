import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `2XX`, as OpenAPI writes a class of statuses: the answer for a status of that class the spec does not list on its
/// own; a listed status comes first, `default` last.
@Suite struct ResponseClassTests {
    static let yaml = """
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses: {200: {shape: Sent}, 2XX: {shape: Queued}, 4xx: {shape: Failed}, default: {summary: Anything else.}}
        shapes:
          Send: {fields: {to: string}}
          Sent: {fields: {id: string}}
          Queued: {fields: {ticket: string}}
          Failed: {fields: {reason: string}}

        """

    @Test func aStatusIsAnsweredByItsOwnResponseThenItsClassThenDefault() throws {
        let operations = try Snippet.swift(Self.yaml, "operations")
        #expect(operations.contains(#"responses: [.status(200, "Sent"), .statusClass(2, "Queued"), .statusClass(4, "Failed"), .otherwise()])"#), "\(operations)")
        let main = #"""
            import SMSSpecRuntime
            for status in [200, 201, 299, 404, 500, 302] {
                print(status, Acme.Operations.send.response(for: status)?.message ?? "-")
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == "200 Sent\n201 Queued\n299 Queued\n404 Failed\n500 -\n302 -\n")
        // Both 2xx answers are the client's results.
        let client = try Snippet.swift(Self.yaml, "client", options: ClientRendererTests.options)
        #expect(client.contains("case sent(Acme.Sent)") && client.contains("case queued(Acme.Queued)"), "\(client)")
    }

    /// 1xx statuses are interim (100 Continue): no answer a client reads is one, so a spec listing one is mistaken.
    @Test func anInformationalStatusIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, responses: {100: {summary: A.}, 1XX: {summary: B.}, 199: {summary: C.}, 200: {summary: D.}}}

            """
        let expected = "is an informational status, which HTTP never gives as an answer; document the final status the provider answers (200-599)"
        #expect(Snippet.diagnostics(yaml) == [
            "9:49: response key '100' of operation 'send' \(expected)",
            "9:69: response key '1XX' of operation 'send' \(expected)",
            "9:89: response key '199' of operation 'send' \(expected)",
        ])
    }

    @Test func aClassWrittenTwiceOrNoClassIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, responses: {2XX: {summary: A.}, 2xx: {summary: B.}, 6XX: {summary: C.}, 2X: {summary: D.}}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:69: response key '2xx' of operation 'send' is the class 2XX again (line 9); remove one",
            "9:89: response key '6XX' of operation 'send' must be an HTTP status (200-599), a class of them (2XX) or 'default'",
            "9:109: response key '2X' of operation 'send' must be an HTTP status (200-599), a class of them (2XX) or 'default'",
        ])
    }

    /// `'200'` beside `200` (or `0200`, `+200`) linted clean and generated two answers for one status, the second a
    /// case no answer could ever decode as.
    @Test func aStatusWrittenTwiceOrOtherwiseThanItsDigitsIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, responses: {200: {summary: A.}, '200': {summary: B.}, 0201: {summary: C.}, +202: {summary: D.}, 0600: {summary: E.}}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:69: response key '200' of operation 'send' is the status 200 again (line 9); remove one",
            "9:91: response key '0201' of operation 'send' must be written as the status's three digits: 201",
            "9:112: response key '+202' of operation 'send' must be written as the status's three digits: 202",
            "9:133: response key '0600' of operation 'send' must be an HTTP status (200-599), a class of them (2XX) or 'default'",
        ])
    }
}
