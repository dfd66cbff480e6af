import SMSSpecCore
import Testing

/// Where a client reads the codes of an answer that does not decode as its shape (an error envelope under HTTP 200):
/// the top-level fields the answer shapes type as its deciding tables — never a field its own shape holds as something
/// else. `status` was read as a code in an answer whose own `status` is text (another operation's answer types it as the
/// error table, an attack), and a success with a broken field threw "Errors 5".
@Suite struct AnswerCodeFieldsTests {
    static let spec = """
        operations:
          send: {method: POST, path: /send, responses: {200: {shape: Sent, tables: [Codes, Errors]}}, source: doc}
          check: {method: GET, path: /check, responses: {200: {shape: Checked, tables: [Errors]}}, source: doc}
          balance: {method: GET, path: /balance, responses: {200: {shape: Balance, tables: [Codes, Errors]}}, source: doc}
        shapes:
          Sent: {fields: {code: Codes, id: int, status: {type: string, required: false}}}
          Checked: {fields: {status: Errors}}
          Balance: {fields: {credit: int}}
        tables:
          Codes:
            title: Codes
            source: doc
            entries: [{code: 0, summary: OK, outcome: success, category: none}]
          Errors:
            title: Errors
            source: doc
            entries: [{code: 5, summary: Bad, outcome: failure, category: unknown}]

        """

    @Test func anAnswersOwnFieldOfAnotherTypeIsNoCodeField() throws {
        let operations = try Snippet.swift(Self.spec, "operations")
        // Its own `code`, not the `status` it holds as text.
        #expect(operations.contains(#".status(200, "Sent", tables: ["Codes", "Errors"], codeFields: ["code"])"#), "\(operations)")
        // An answer without the fields: where the provider's other answers carry its tables' codes.
        #expect(operations.contains(#".status(200, "Balance", tables: ["Codes", "Errors"], codeFields: ["code", "status"])"#), "\(operations)")
    }
}
