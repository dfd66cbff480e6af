import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `exactlyOne` and `atLeastOne` on a shape: which of a group of optional fields a message gives (Textlocal's
/// `numbers` or `group_id`, Twilio's `Body`, `MediaUrl` or `ContentSid`), checked by `validate()` and documented on the type.
@Suite struct PresenceRuleTests {
    static let yaml = """
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
        shapes:
          Send:
            exactlyOne: [numbers, group_id]
            atLeastOne: [[text, media], [text, template]]
            atMostOne: [ttl, valid_until]
            fields:
              numbers: {type: '[string]', separator: ',', required: false}
              group_id: {type: int, required: false}
              text: {type: string, required: false}
              media: {type: '[string]', required: false}
              template: {type: string, required: false}
              ttl: {type: int, required: false}
              valid_until: {type: string, required: false}

        """

    @Test func validateCountsTheFieldsAMessageGives() throws {
        let main = #"""
            import SMSSpecRuntime
            let messages = [
                Acme.Send(numbers: ["447700900001"], text: "Hi"),
                Acme.Send(groupID: 5, media: [], template: "t"),
                Acme.Send(text: "Hi"),
                Acme.Send(numbers: [], groupID: 5, template: "t"),
                Acme.Send(numbers: ["1"], media: ["https://m.example/1"]),
                Acme.Send(numbers: ["1"], text: "Hi", ttl: 60, validUntil: "2026-12-31"),
                Acme.Send(numbers: ["1"], text: "Hi", validUntil: "2026-12-31"),
            ]
            for message in messages { print(message.validate().map { "\($0.path) \($0.rule): \($0.message)" }) }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            []
            []
            ["numbers exactlyOne: is one of numbers, group_id, of which exactly one must be given; none is"]
            ["numbers exactlyOne: is one of numbers, group_id, of which exactly one must be given; 2 are (numbers, group_id)", "text atLeastOne: is one of text, media, of which at least one must be given; none is"]
            ["text atLeastOne: is one of text, template, of which at least one must be given; none is"]
            ["ttl atMostOne: is one of ttl, valid_until, of which at most one may be given; 2 are (ttl, valid_until)"]
            []

            """, "\(run?.output ?? "")")
        let models = try Snippet.swift(Self.yaml)
        #expect(models.contains("/// A message gives exactly one of `numbers`, `groupID` (`group_id`).\n"), "\(models)")
        #expect(models.contains("/// A message gives at least one of `text`, `media`.\n"))
        #expect(models.contains("/// A message gives at most one of `ttl`, `validUntil` (`valid_until`).\n"))
    }

    @Test func aGroupThatCannotCountIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                exactlyOne: [numbers, group]
                atLeastOne: [[text, text], [text, to, sender], [text]]
                fields:
                  numbers: {type: string, required: false}
                  group_id: {type: int, required: false}
                  text: {type: string, required: false}
                  to: string
                  sender: {type: string, required: false, default: Acme}
              Other:
                exactlyOne: {a: b}
                fields: {a: string}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "12:27: 'exactlyOne' of shape 'Send' names no field of the shape: 'group' (did you mean 'group_id'?)",
            "13:25: 'atLeastOne' of shape 'Send' names field 'text' twice",
            "13:39: 'atLeastOne' of shape 'Send' names field 'to', which is required, so a message always gives it; make it optional without a default",
            "13:43: 'atLeastOne' of shape 'Send' names field 'sender', which is given its default when absent, so a message always gives it; make it optional without a default",
            "13:52: 'atLeastOne' of shape 'Send' must name two or more fields, of which it counts those a message gives; found 1",
            "21:17: 'exactlyOne' of shape 'Other' must be a list of field names, or a list of such lists, found a mapping",
        ])
    }

    /// What users write by habit: OpenAPI's word, the rule among the fields, names and groups mixed, a rule on a list
    /// shape or on an answer nothing validates.
    @Test func rulesWrittenWhereTheyCannotWorkAreLocatedErrors() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}}
            shapes:
              Send:
                oneOf: [a, b]
                atLeastOne: [[a, b], c]
                fields:
                  exactlyOne: [a, b]
                  a: {type: string, required: false}
                  b: {type: string, required: false}
                  c: {type: string, required: false}
              Sent:
                exactlyOne: [id, error]
                fields: {id: {type: string, required: false}, error: {type: string, required: false}}
              Ids:
                atLeastOne: [a, b]
                items: string

            """
        #expect(Snippet.diagnostics(yaml) == [
            "12:5: unknown key 'oneOf' in shape 'Send' (fields a message gives one of are 'exactlyOne: [a, b]', 'atLeastOne: [a, b]' or 'atMostOne: [a, b]')",
            "13:17: 'atLeastOne' of shape 'Send' mixes field names and lists of them: write one group [a, b], or groups [[a, b], [c, d]]",
            "15:19: field 'exactlyOne' of shape 'Send' must be a type or a mapping, found a list; 'exactlyOne' is a key of the shape, beside 'fields', not a field",
            "20:17: 'exactlyOne' of shape 'Sent' is checked by validate() before a request is sent, and no operation's request holds shape 'Sent': "
                + "nothing would check it (say it in the shape's summary instead)",
            "23:17: 'atLeastOne' of shape 'Ids' counts fields, and a list shape ('items') has none; remove it",
        ])
    }
}
