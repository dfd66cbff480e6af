import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A success flag (`codeType: bool`): Textbelt's `{"success": false, "error": "Out of quota"}` says a send failed with a
/// JSON boolean, which no table of text codes 'true' and 'false' ever matched, so every answer read as undocumented.
/// Generated code reads the flag from a boolean or its text, keeps anything else as sent, and reports `false` as the
/// failure the table says.
@Suite struct SuccessFlagTableTests {
    static let yaml = """
        shapes:
          Answer:
            fields:
              success: Sent
              quoted: {type: Quoted, required: false}
          Form: {fields: {success: Sent}}
        tables:
          Sent:
            title: Whether a send succeeded
            source: doc
            codeType: bool
            entries:
              - {code: true, name: Sent, summary: Sent., outcome: success, category: none, aliases: ['1']}
              - {code: false, name: Refused, summary: Not sent., outcome: failure, category: insufficientFunds}
          Quoted:
            title: A flag written as text
            source: doc
            codeType: bool
            wire: string
            entries:
              - {code: 'false', summary: Off., outcome: failure, category: unknown}

        """

    @Test func aFlagDecodesFromABooleanOrItsTextAndAnythingElseIsKept() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let payloads = [
                #"{"success": true}"#, #"{"success": false}"#, #"{"success": " false "}"#, #"{"success": 1}"#,
                #"{"success": "yes"}"#, #"{"success": 0}"#, #"{"success": null}"#, #"{"success": "TRUE"}"#,
                #"{"success": true, "quoted": false}"#, #"{"success": true, "quoted": "false"}"#,
            ]
            for json in payloads {
                let answer = try JSONDecoder().decode(Acme.Answer.self, from: Data(json.utf8))
                let written = String(decoding: try encoder.encode(answer), as: UTF8.self)
                print(answer.success, "|", written, "|", answer.failures.map(\.description))
            }
            let form = try FormDecoder().decode(Acme.Form.self, from: Data("success=false".utf8))
            print(form.success, form.success.rawCode.map(String.init(describing:)) ?? "-", form.success.category)
            print(Acme.Sent(rawCode: false).wireCode.kind, Acme.Quoted(rawCode: false).wireCode.kind)
            // A code sent as null is shown as null, not as the empty text its rawCode holds.
            let null = try JSONDecoder().decode(Acme.Answer.self, from: Data(#"{"success": null}"#.utf8))
            print(null.failures.map { "\($0.error)" }, ProviderError(null.success), ProviderError(null.success).codeIsNull)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        try #require(build.status == 0, "\(build.output)")
        let lines = try #require(run?.output).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"true Sent: Sent. | {"success":true} | []"#,
            #"false Refused: Not sent. | {"success":false} | ["success: acme Sent false (Refused: Not sent.) — failure"]"#,
            // Text spelling the flag is the flag, written back as the table writes it (as "007" is 7).
            #"false Refused: Not sent. | {"success":false} | ["success: acme Sent false (Refused: Not sent.) — failure"]"#,
            // An alias; then values the table does not list, kept exactly.
            #"true Sent: Sent. | {"success":true} | []"#,
            #""yes" (not in acme Sent) | {"success":"yes"} | ["success: acme Sent yes (undocumented) — failure"]"#,
            #"0 (not in acme Sent) | {"success":0} | ["success: acme Sent 0 (undocumented) — failure"]"#,
            #"null (not in acme Sent) | {"success":null} | ["success: acme Sent null (undocumented) — failure"]"#,
            #""TRUE" (not in acme Sent) | {"success":"TRUE"} | ["success: acme Sent TRUE (undocumented) — failure"]"#,
            // A table written as text writes its code as text.
            #"true Sent: Sent. | {"quoted":"false","success":true} | ["quoted: acme Quoted false (false: Off.) — failure"]"#,
            #"true Sent: Sent. | {"quoted":"false","success":true} | ["quoted: acme Quoted false (false: Off.) — failure"]"#,
            "false Refused: Not sent. false insufficientFunds",
            "boolean text",
            #"["acme Sent null (undocumented code) [unknown]"] acme Sent null (undocumented code) [unknown] true"#,
        ], "\(lines)")
    }

    @Test func aFlagTableTakesTrueAndFalseOnlyAndIsWrittenAsABooleanOrText() {
        let yaml = """
            shapes:
              Answer: {fields: {success: Sent, state: State}}
            tables:
              Sent:
                title: Flags
                source: doc
                codeType: bool
                wire: number
                entries:
                  - {code: yes, summary: Sent., outcome: success, category: none}
                  - {code: 'off', summary: Not sent., outcome: failure, category: unknown}
                  - {code: false, summary: Not sent., outcome: failure, category: unknown}
              State:
                title: States
                source: doc
                codeType: string
                wire: boolean
                entries:
                  - {code: 'true', summary: On., outcome: success, category: none}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "11:3: table 'Sent' holds true and false (codeType: bool), which are written as a JSON boolean (wire: boolean) "
                + "or as text (wire: string), not as a number; a provider sending 1 and 0 has an int table",
            "17:16: code \"yes\" of table 'Sent' must be true or false (the table's codeType is bool); another spelling the provider "
                + "sends for one of them is an alias of it",
            "18:16: code \"off\" of table 'Sent' must be true or false (the table's codeType is bool); another spelling the "
                + "provider sends for one of them is an alias of it",
            "20:3: 'wire: boolean' of table 'State' is for a success flag whose codes are true and false (codeType: bool); its codeType is string",
        ])
    }

    /// An alias spelling the other flag: in a table with one entry no duplicate showed it, and the provider's false read
    /// as the documented true, a success.
    @Test func anAliasSpellingTheOtherFlagIsAnError() {
        let yaml = """
            shapes:
              Answer: {fields: {success: Sent, done: Done}}
            tables:
              Sent:
                title: Flags
                source: doc
                codeType: bool
                entries:
                  - {code: true, summary: Sent., outcome: success, category: none, aliases: ['1', 'false']}
              Done:
                title: Flags
                source: doc
                codeType: bool
                entries:
                  - {code: false, summary: Not done., outcome: failure, category: unknown, aliases: [' true ', 'TRUE']}
                  - {code: true, summary: Done., outcome: success, category: none}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "16:87: alias \"false\" of code true of table 'Sent' spells the flag false, so a payload's false would read as true; "
                + "a provider sending it means false: list it as that code",
            "22:90: alias \" true \" of code false of table 'Done' spells the flag true, so a payload's true would read as false; "
                + "a provider sending it means true: list it as that code",
        ])
    }

    /// A flag written as a boolean goes into a form, the query, the path or a header as 1 or 0 (the provider's
    /// formBooleans): `ok=0`, which the table read back as an undocumented code. Text, words or digit aliases pass.
    /// A flag table written as a JSON boolean whose `false` has no digit alias, under `tables:`.
    static let sent = """
          Sent:
            title: Flags
            source: doc
            codeType: bool
            entries:
              - {code: true, summary: Sent., outcome: success, category: none, aliases: ['1']}
              - {code: false, summary: Not sent., outcome: failure, category: unknown}
        """

    @Test func aFlagWrittenAsABooleanIsNotSentAsTheProvidersDigits() {
        let yaml = """
            shapes:
              Request:
                fields:
                  id: {type: Sent, in: path}
                  asked: {type: Sent, in: query}
                  X-Flag: {type: Sent, in: header, name: flag}
                  joined: {type: '[Sent]', separator: ',', in: query}
                  quoted: {type: Quoted, in: query}
                  digits: {type: Digits, in: query}
              Event: {fields: {ok: Sent}}
            tables:
            \(Self.sent)
              Quoted:
                title: Flags
                source: doc
                codeType: bool
                wire: string
                entries:
                  - {code: true, summary: Sent., outcome: success, category: none}
              Digits:
                title: Flags
                source: doc
                codeType: bool
                entries:
                  - {code: true, summary: Sent., outcome: success, category: none, aliases: ['1']}
                  - {code: false, summary: Not sent., outcome: failure, category: unknown, aliases: ['0']}
            operations:
              send: {method: POST, path: '/send/{id}', request: Request, responses: {200: {shape: Event}}, source: doc}
            callbacks:
              receipt: {encoding: form, shape: Event, source: doc}

            """
        let advice = "where the flag of table 'Sent' (wire: boolean) is written as the provider's formBooleans writes a boolean, "
            + "1 or 0, which its codes true and false do not read: give the table 'wire: string' (true and false as text), the provider "
            + "'formBooleans: true/false', or its entries the aliases '1' and '0' if the provider sends those"
        #expect(Snippet.diagnostics(yaml) == [
            "11:18: field 'id' of shape 'Request' is sent in the path, \(advice)",
            "12:21: field 'asked' of shape 'Request' is sent in the query, \(advice)",
            "13:22: field 'X-Flag' of shape 'Request' is sent in the header, \(advice)",
            "17:24: field 'ok' of shape 'Event' is sent in a form by callback 'receipt', \(advice)",
        ])
        #expect(Snippet.diagnostics(yaml, providerKeys: "  formBooleans: true/false\n") == [])
    }

    /// The same flag held by a union sent in a form, as a variant, a list variant or a variant of a union variant, is
    /// written the same way: `ok=0` for `.flag(false)`. It linted clean.
    @Test func aFlagInAUnionSentInAFormIsCheckedToo() {
        let yaml = """
            shapes:
              Event:
                fields:
                  ok: Answer
                  all: Flags
                  nested: Outer
                  fine: Fine
            unions:
              Answer: {variants: {flag: Sent, notes: '[string]'}}
              Flags: {variants: {many: '[Sent]', code: int}}
              Outer: {variants: {inner: Answer, counts: '[int]'}}
              Fine: {variants: {flag: Digits, notes: '[string]'}}
            tables:
            \(Self.sent)
              Digits:
                title: Flags
                source: doc
                codeType: bool
                entries: [{code: true, summary: Sent., outcome: success, category: none, aliases: ['1']}]
            callbacks:
              receipt: {encoding: form, shape: Event, source: doc}

            """
        let advice = "is written as the provider's formBooleans writes a boolean, 1 or 0, which its codes true and false do not read: give "
            + "the table 'wire: string' (true and false as text), the provider 'formBooleans: true/false', or its entries the aliases "
            + "'1' and '0' if the provider sends those"
        let flag = "where the flag of table 'Sent' (wire: boolean)"
        #expect(Snippet.diagnostics(yaml) == [
            "11:11: field 'ok' of shape 'Event' is sent in a form by callback 'receipt', \(flag), variant 'flag' of union 'Answer', \(advice)",
            "12:12: field 'all' of shape 'Event' is sent in a form by callback 'receipt', \(flag), variant 'many' of union 'Flags', \(advice)",
            "13:15: field 'nested' of shape 'Event' is sent in a form by callback 'receipt', \(flag), variant 'flag' of union 'Answer', \(advice)",
        ])
        #expect(Snippet.diagnostics(yaml, providerKeys: "  formBooleans: true/false\n") == [])
    }
}
