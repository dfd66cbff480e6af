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
}
