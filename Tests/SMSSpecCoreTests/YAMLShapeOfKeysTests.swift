import Testing

/// YAML writes what a spec cannot mean, and each was read as something else: a list as a key (the name ""), a null
/// in a list of aliases (the alias "" or "~"), `1` and `'1'` as two keys (one operation given two meanings).
@Suite struct YAMLShapeOfKeysTests {
    @Test func aListWrittenAsAKeyIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              Send:
                fields:
                  ? [to, text]
                  : {type: string, name: to}
            """) == ["11:9: a key of 'fields' of shape 'Send' must be text, found a list"])
    }

    @Test func aNullAliasAndAnOperationGivenTwoMeaningsAreLocatedErrors() {
        #expect(Snippet.diagnostics("""
            operations:
              '1': {method: POST, path: /send, responses: {200: {shape: Answer}}}
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: string
                entries:
                  - code: OK
                    aliases: [~, 'ok', '']
                    summary: Fine.
                    outcome: success
                    category: none
                    perOperation: {1: {summary: Sent.}, '1': {summary: Queued.}}
            shapes:
              Answer: {fields: {status: {type: Status}}}
            """) == [
            "17:19: 'aliases' of an entry of table 'Status' holds YAML's null '~', not a string; quote it for the text, or remove it",
            "21:45: 'perOperation' of code \"OK\" of table 'Status' gives operation '1' a second meaning (first at line 21); keep one",
        ])
    }
}
