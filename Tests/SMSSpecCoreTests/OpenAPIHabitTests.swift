import SMSSpecCore
import Testing

/// A spec written by someone who knows OpenAPI: each habit is a located error that says what this format writes
/// instead (the types, `items`, `enum`, `nullable`, a constraint beside `type`, `date-time`).
@Suite struct OpenAPIHabitTests {
    @Test func openAPISpellingsSayWhatTheFormatWrites() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  a: number
                  b: integer
                  c: boolean
                  d: {type: array, items: string}
                  e: object
                  f: {type: date, format: date-time}
                  g: {type: string, enum: [x, y]}
                  h: {type: string, nullable: true}
                  i: {type: string, maxLength: 5}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:10: 'number' is not a defined shape, enum or table (a number is int, int64, decimal (money: exact) or double)",
            "14:10: 'integer' is not a defined shape, enum or table (an integer is int, or int64)",
            "15:10: 'boolean' is not a defined shape, enum or table (a boolean is bool)",
            "16:17: 'array' is not a defined shape, enum or table (a list is written with its element type: '[string]')",
            "16:24: unknown key 'items' in field 'd' of shape 'Send' (a list's element type is part of its type: type: '[string]')",
            "17:10: 'object' is not a defined shape, enum or table (an object is a shape, by its name; a map of names to values is '{string}'; any JSON is json)",
            "18:31: format `date-time` of field 'f' of shape 'Send' is OpenAPI's name for an RFC 3339 date-time; write iso8601",
            "19:25: unknown key 'enum' in field 'g' of shape 'Send' (an enum is declared under 'enums:' and named as the field's type)",
            "20:25: unknown key 'nullable' in field 'h' of shape 'Send' (a field that may be absent or null is 'required: false')",
            "21:25: unknown key 'maxLength' in field 'i' of shape 'Send' ('maxLength' goes under 'constraints:')",
        ])
    }

    /// Types as programming languages name them were offered the nearest name the spec defines: `str` and `list`
    /// were told "did you mean 'St'?" of a table `St`.
    @Test func otherLanguagesTypeNamesSayWhatTheFormatWrites() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  a: str
                  b: list
                  c: dict
                  d: float
                  e: datetime
                  f: long
                  g: text
              Text: {fields: {body: string}}
            tables:
              St: {title: S, source: doc, entries: [{code: 1, summary: A, outcome: success, category: none}]}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:10: 'str' is not a defined shape, enum or table (text is string)",
            "14:10: 'list' is not a defined shape, enum or table (a list is written with its element type: '[string]')",
            "15:10: 'dict' is not a defined shape, enum or table (a map of names to values is written with its value type: '{string}')",
            "16:10: 'float' is not a defined shape, enum or table (a number with a fraction is double, or decimal (money: exact))",
            "17:10: 'datetime' is not a defined shape, enum or table (a date is date, its wire form given by 'format')",
            "18:10: 'long' is not a defined shape, enum or table (an integer is int, or int64)",
            "19:10: 'text' is not a defined shape, enum or table (did you mean 'Text'?)",
        ])
    }

    /// The slips of someone new to the format (a field beside `fields:`, a shape's `required` list, a response's
    /// `schema`, `optional`, a type named as Swift names it) said only "unknown key" or "not a defined shape".
    @Test func newcomersSlipsSayWhatTheFormatWrites() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {schema: Sent}}}
            shapes:
              Send:
                required: [a]
                fields:
                  a: String
                  b: {type: Int, optional: true}
              Sent:
                id: string
                fields: {}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:70: unknown key 'schema' in response 200 of operation 'send' (a response's body is its 'shape', a shape or union by name)",
            "12:5: unknown key 'required' in shape 'Send' (a field is required unless it says 'required: false')",
            "14:10: 'String' is not a defined shape, enum or table (types are lowercase: did you mean 'string'?)",
            "15:17: 'Int' is not a defined shape, enum or table (types are lowercase: did you mean 'int'?)",
            "15:22: unknown key 'optional' in field 'b' of shape 'Send' (a field is required unless it says 'required: false')",
            "17:5: unknown key 'id' in shape 'Sent' (a shape's fields go under 'fields:')",
        ])
    }

    /// Other formats' words for ours, too far from them to be typos, got no suggestion: `regex`, `integer`, `failed`,
    /// `retry` (`description` had its own hint already).
    @Test func otherFormatsWordsSuggestOurs() {
        let yaml = """
            shapes:
              S:
                fields:
                  to: {type: string, description: x, constraints: {regex: '^[0-9]+$'}}
            tables:
              T:
                title: T
                source: doc
                codeType: integer
                entries:
                  - {code: 1, summary: x, outcome: failed, category: invalidRequest, retry: true}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "11:26: unknown key 'description' in field 'to' of shape 'S' (a field's words are its 'summary')",
            "11:56: unknown key 'regex' in 'constraints' of field 'to' of shape 'S' (did you mean 'pattern'?)",
            "16:15: 'codeType' of table 'T' must be one of int, string, bool; found 'integer' (did you mean 'int'?)",
            "18:40: outcome of code 1 of table 'T' must be one of success, pending, failure; found 'failed' (did you mean 'failure'?)",
            "18:74: unknown key 'retry' in an entry of table 'T' (did you mean 'retryable'?)",
        ])
    }

    /// A section's name misspelt (`shape:`) was one error among one "not a defined shape" per reference, listed
    /// first; the misspelt section is now read as the one it means, so its own error stands alone.
    @Test func aMisspeltSectionIsOneError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shape:
              Send:
                fields: {a: string}

            """
        #expect(Snippet.diagnostics(yaml) == ["10:1: unknown key 'shape' in the spec (did you mean 'shapes'?)"])
    }
}
