import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Answers in plain text (`text:` forms on a shape, SMSGlobal's `OK: 0; Sent queued message ID: …`): what lint
/// refuses, located, and what the generated type reads.
@Suite struct TextAnswerSpecTests {
    static let yaml = """
        operations:
          send:
            method: GET
            path: /http-api.php
            encoding: query
            request: Send
            responses: {200: {shape: SendAnswer, tables: [Result]}}
        shapes:
          Send: {fields: {to: string, text: string}}
          SendAnswer:
            summary: The answer to a send.
            text: ['OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{globalID}', 'ERROR: {code}']
            fields:
              code: Result
              id: {type: string, required: false}
              globalID: {type: int64, required: false}
        tables:
          Result:
            title: Results
            source: doc
            entries:
              - {code: 0, summary: Sent, outcome: success, category: none}
              - {code: 402, summary: Bad credentials, outcome: failure, category: authentication}
        examples:
          - {name: sent, message: SendAnswer, format: text, payload: "OK: 0; Sent queued message ID: 9415 SMSGlobalMsgID:67\\n"}
          - {name: refused, message: SendAnswer, payload: 'ERROR: 402'}

        """

    /// The operation whose answer the lint tests' shape `Answer` is, and its request: what the spec's lines 9-12 say.
    static let answering = """
        operations:
          send: {method: GET, path: /send, encoding: query, request: Send, responses: {200: {shape: Answer}}}
        shapes:
          Send: {fields: {to: string}}

        """

    /// A code is read from a JSON object's members, never from plain text: an answer in text promises no code read from
    /// an answer that matches none of its forms (a user's FireText `1:x Authentication error` threw no code where the
    /// documentation said it would), and its descriptor names no code fields.
    @Test func aTextAnswerPromisesNoCodeReadFromAnAnswerThatDoesNotDecode() throws {
        let operations = try Snippet.swift(Self.yaml, "operations")
        #expect(!operations.contains("Our inference"), "\(operations)")
        #expect(operations.contains(#"responses: [.status(200, "SendAnswer", tables: ["Result"])])"#), "\(operations)")
        // The same answer in JSON keeps both.
        let json = Self.yaml.replacingOccurrences(of: "    text: ['OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{globalID}', 'ERROR: {code}']\n", with: "")
            .replacingOccurrences(of: "format: text, ", with: "").replacingOccurrences(of: "payload: \"OK: 0; Sent queued message ID: 9415 SMSGlobalMsgID:67\\n\"", with: #"payload: '{"code": 0}'"#)
            .replacingOccurrences(of: "payload: 'ERROR: 402'", with: #"payload: '{"code": 402}'"#)
        let jsonOperations = try Snippet.swift(json, "operations")
        #expect(jsonOperations.contains("Our inference: a 200 answer that does not decode as `SendAnswer` throws the failure code its `code` member holds, if any."), "\(jsonOperations)")
        #expect(jsonOperations.contains(#"codeFields: ["code"]"#), "\(jsonOperations)")
    }

    @Test func theGeneratedTypeReadsAndWritesItsForms() throws {
        #expect(Snippet.diagnostics(Self.yaml) == [])
        let models = try Snippet.swift(Self.yaml)
        #expect(models.contains("public struct SendAnswer: Swift.Codable, Swift.Hashable, Swift.Sendable, SMSSpecRuntime.TextMessage {"), "\(models)")
        let client = try Snippet.swift(Self.yaml, "client", options: ClientRendererTests.options)
        #expect(client.contains(#""SendAnswer": .result(Acme.SendAnswer.self, wire: .text),"#), "\(client)")
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let sent = try TextAnswer.decode(Acme.SendAnswer.self, from: Data("OK: 0; Sent queued message ID: 9415 SMSGlobalMsgID:67\n".utf8))
            print(sent.code, sent.id ?? "-", sent.globalID ?? -1)
            let refused = try TextAnswer.decode(Acme.SendAnswer.self, from: Data("ERROR: 402".utf8))
            print(refused.code, refused.code.entry?.outcome ?? .pending, refused.id ?? "-")
            print(try TextAnswer.encode(Acme.SendAnswer(code: .unknown(77))))
            let descriptor = MessageDescriptor(Acme.SendAnswer.self, name: "SendAnswer", kind: .response, summary: "", wire: .text)
            print(descriptor.wire, try descriptor.decode(Data("ERROR: 0".utf8)))
            do { _ = try TextAnswer.decode(Acme.SendAnswer.self, from: Data("OK: 0".utf8)) } catch { print("refused") }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            0: Sent 9415 67
            402: Bad credentials failure -
            ERROR: 77
            text SendAnswer(code: 0: Sent, id: nil, globalID: nil)
            refused

            """, "\(run?.output ?? "")")
    }

    /// EasySendSMS's balance answer is the number alone, or `ERROR: {code}`: the first form takes the error's text,
    /// whose value is no number, so reading tries the next. Writing the error checked its read-back with the first
    /// form's text alone and threw; it reads back as `decode` reads, a form whose values are not its types taking
    /// nothing.
    @Test func anAnswerAnEarlierFormTakesOnlyAsTextIsWrittenInItsOwnForm() throws {
        let yaml = """
            operations:
              balance: {method: GET, path: /balance, encoding: query, request: Ask, responses: {200: {shape: Balance, tables: [Error]}}}
            shapes:
              Ask: {fields: {user: string}}
              Balance:
                text: ['{balance}', 'ERROR: {code}']
                fields: {balance: {type: decimal, required: false}, code: {type: Error, required: false}}
            tables:
              Error:
                title: Errors
                source: doc
                entries: [{code: 1002, name: BAD_CREDENTIALS, summary: Bad credentials, outcome: failure, category: authentication}]

            """
        #expect(Snippet.diagnostics(yaml) == [])
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            for answer in [Acme.Balance(code: .badCredentials), Acme.Balance(balance: Decimal(string: "3.80")!)] {
                let text = try TextAnswer.encode(answer)
                print(text, try TextAnswer.decode(Acme.Balance.self, from: Data(text.utf8)) == answer)
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == "ERROR: 1002 true\n3.8 true\n", "\(run?.output ?? "")")
    }

    /// A credential a plain-text answer echoes (the account's user name) is redacted in the generated catalog's
    /// example, where the form has it, and wherever else the example writes it.
    @Test func aSecretInATextExampleIsRedacted() throws {
        let yaml = """
            operations:
              balance: {method: GET, path: /balance, encoding: query, request: Ask, responses: {200: {shape: Balance}}}
            shapes:
              Ask: {fields: {user: {type: string, secret: true}, password: {type: string, secret: true}}}
              Balance:
                text: ['USER {user}: {credits} credits', 'ERR {code}']
                fields: {user: {type: string, required: false}, credits: {type: int, required: false}, code: {type: int, required: false}}
            examples:
              - {name: balance, message: Balance, format: text, payload: "USER acme-user: 42 credits\\n", verbatim: 'USER acme-user: 42 credits (acme-user)'}

            """
        #expect(Snippet.diagnostics(yaml) == [])
        let catalog = try Snippet.swift(yaml, "catalog", options: CatalogOutputTests.all)
        Snippet.expect(catalog, contains: ##"""
                payload: #"""
                    USER <redacted>: 42 credits

                    """#,
                verbatim: "USER <redacted>: 42 credits (<redacted>)"),
            """##)
        #expect(!catalog.contains("acme-user"), "\(catalog)")
    }

    /// An answer that takes no form cannot be told apart into fields, so which part is a credential is unknown: when a
    /// field is one, the generated type's error does not quote the answer.
    @Test func anAnswerOfNoFormWithACredentialFieldIsNotQuoted() throws {
        let yaml = """
            operations: {key: {method: GET, path: /key, encoding: query, request: Ask, responses: {200: {shape: KeyAnswer}}}}
            shapes:
              Ask: {fields: {user: string}}
              KeyAnswer:
                text: ['KEY {key} EXPIRES {expiry}', 'ERR {code}']
                fields:
                  key: {type: string, secret: true, required: false}
                  expiry: {type: int, required: false}
                  code: {type: int, required: false}
            examples: [{name: whole, message: KeyAnswer, payload: 'KEY sk-live-4242 EXPIRES 9'}]

            """
        #expect(Snippet.diagnostics(yaml) == [])
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            do { _ = try TextAnswer.decode(Acme.KeyAnswer.self, from: Data("KEY sk-live-4242 EXPI\n".utf8)) } catch { print(error) }
            print(try TextAnswer.decode(Acme.KeyAnswer.self, from: Data("KEY sk-live-4242 EXPIRES 9".utf8)).expiry ?? 0)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        let output = run?.output ?? ""
        #expect(!output.contains("4242") && output.contains("(21 characters, not quoted: it may hold the credential 'key')") && output.hasSuffix("\n9\n"), "\(output)")
    }

    @Test func formsThatCouldNotBeReadAreLocatedErrors() {
        let yaml = Self.answering + """
              Answer:
                text: ['ID: {id}{ref}', 'ERR: {cod}', 'ERR: {code} {code}', "OK {id}\\n", 'A {id} }', 'ID: {id}{ref}']
                fields:
                  id: string
                  ref: {type: string, required: false}
                  code: {type: int, required: false}
                  tags: {type: '[string]', required: false}
                  never: {type: string, required: false}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:12: text form 'ID: {id}{ref}' of shape 'Answer' puts '{id}' and '{ref}' side by side: with no text between them, where one ends cannot be told",
            "13:29: text form 'ERR: {cod}' of shape 'Answer' names no field of the shape: 'cod' (did you mean 'code'?)",
            "13:43: text form 'ERR: {code} {code}' of shape 'Answer' names field 'code' twice",
            "13:65: text form 'OK {id}\\n' of shape 'Answer' begins or ends with a line break, which is trimmed off an answer before it is read: it would never match",
            "13:78: text form 'A {id} }' of shape 'Answer' has a brace that does not enclose a field's name ('{id}'); the format has no literal braces",
            "13:90: shape 'Answer' writes the text form 'ID: {id}{ref}' twice",
            "15:7: field 'id' of shape 'Answer' is required, but its text form 'ERR: {cod}' has no '{id}': an answer of that form could not be read; make the field optional (required: false)",
            "18:7: field 'tags' of shape 'Answer' is in none of its text forms, so no answer gives it; write '{tags}' in a form or remove the field",
            "19:7: field 'never' of shape 'Answer' is in none of its text forms, so no answer gives it; write '{never}' in a form or remove the field",
        ])
    }

    /// A form written twice is reported once, and each other form is still paired with its own fields: the form
    /// `id` lacks is 'ERR' (the message named 'ID: {id}', the form written twice, paired with the next one's fields).
    @Test func aFormWrittenTwiceLeavesTheOthersPairedWithTheirFields() {
        let yaml = Self.answering + """
              Answer:
                text: ['ID: {id}', 'ID: {id}', 'ERR']
                fields: {id: string}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:24: shape 'Answer' writes the text form 'ID: {id}' twice",
            "14:14: field 'id' of shape 'Answer' is required, but its text form 'ERR' has no '{id}': an answer of that form could not be read; "
                + "make the field optional (required: false)",
        ])
    }

    /// A form an earlier one takes the answers of is never read (the review's Kannel and BulkSMS specs): a table's
    /// code reads any text, and a shorter form takes a longer one's answers into its last field.
    @Test func aFormAnEarlierOneTakesTheAnswersOfIsALocatedError() {
        let yaml = """
            operations:
              send: {method: GET, path: /send, encoding: query, request: Send, responses: {200: {shape: Answer}, 202: {shape: Queued}}}
            shapes:
              Send: {fields: {to: string}}
              Answer:
                text: ['{code}: {text}', 'ID: {id}', '{code}|{text}', '{code}|{text}|{batch}']
                fields: {code: {type: Status, required: false}, text: {type: string, required: false}, id: {type: string, required: false}, batch: {type: int, required: false}}
              Queued:
                text: ['{count}: {text}', 'ID: {id}', 'ID: {id} To: {to}']
                fields: {count: {type: int, required: false}, text: {type: string, required: false}, id: {type: string, required: false}, to: {type: string, required: false}}
            tables:
              Status:
                title: Statuses
                source: doc
                entries: [{code: 0, summary: Accepted, outcome: success, category: none}]

            """
        #expect(Snippet.diagnostics(yaml) == [
            #"13:30: text form 'ID: {id}' of shape 'Answer' is never read: the earlier form '{code}: {text}' takes its answers ("ID: x" reads as code "ID", text "x"); put the form that says more first"#,
            #"13:59: text form '{code}|{text}|{batch}' of shape 'Answer' is never read: the earlier form '{code}|{text}' takes its answers ("0|x|7" reads as code "0", text "x|7"); put the form that says more first"#,
            #"16:43: text form 'ID: {id} To: {to}' of shape 'Queued' is never read: the earlier form 'ID: {id}' takes its answers ("ID: x To: x" reads as id "x To: x"); put the form that says more first"#,
        ])
    }

    /// An earlier form that takes only some of a later one's answers leaves it read: a user's Msegat balance answers
    /// its balance, `120.5`, or a bare code, `M0002` — a code of a numeric spelling (`1`) reads as a balance, any other
    /// is the code. It was called never read.
    @Test func aFormAnEarlierOneTakesSomeAnswersOfIsRead() {
        let yaml = """
            operations:
              balance: {method: GET, path: /balance, responses: {200: {shape: Credits}}}
            shapes:
              Credits:
                text: ['{balance}', '{code}']
                fields: {balance: {type: decimal, required: false}, code: {type: Result, required: false}}
            tables:
              Result:
                title: Results
                source: doc
                codeType: string
                entries: [{code: '1', summary: Sent, outcome: success, category: none}, {code: M0002, summary: Bad key, outcome: failure, category: authentication}]

            """
        #expect(Snippet.diagnostics(yaml) == [])
        // A text field before it takes every answer.
        #expect(Snippet.diagnostics(yaml.replacingOccurrences(of: "balance: {type: decimal", with: "balance: {type: string")) == [
            #"12:25: text form '{code}' of shape 'Credits' is never read: the earlier form '{balance}' takes its answers ("1" reads as balance "1"); put the form that says more first"#
        ])
    }

    /// `text: []` would make the answer JSON without a word.
    @Test func anEmptyListOfFormsIsALocatedError() {
        let yaml = Self.answering + """
              Answer: {text: [], fields: {id: string}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "12:12: 'text' of shape 'Answer' lists no form; give its answer's forms ('OK: {id}') or remove 'text' for a JSON answer",
        ])
    }

    @Test func onlyAnOperationsAnswerIsInPlainTextAndItsExamplesAreText() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Answer, responses: {200: {shape: Answer}}}
            callbacks:
              Receipt: {method: POST, shape: Answer}
            shapes:
              Answer:
                text: ['ID: {id}', 'LIST: {ids}']
                fields: {id: {type: string, required: false}, ids: {type: '[string]', required: false}}
              Holder: {fields: {answer: Answer}}
            examples:
              - {name: json, message: Answer, format: json, payload: '{"id": "1"}'}
              - {name: text, message: Holder, format: text, payload: 'ID: 1'}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:46: shape 'Answer' is an answer in plain text ('text'), so it cannot be the request of operation 'send'; only an operation's response may be it",
            "11:34: shape 'Answer' is an answer in plain text ('text'), so it cannot be the payload of callback 'Receipt'; only an operation's response may be it",
            "15:63: field 'ids' of shape 'Answer' is read from plain text: '[string]' has no one-text spelling; a value in a text answer is text, a number, a boolean, a code, or a list joined by a 'separator'",
            "16:29: shape 'Answer' is an answer in plain text ('text'), so it cannot be the type of field 'answer' of shape 'Holder'; only an operation's response may be it",
            "18:5: example 'json' of 'Answer', an answer in plain text, needs 'format: text'",
            "19:5: example 'text' has 'format: text', which is for a shape with 'text' forms or a list of one; 'Holder' is neither",
        ])
        #expect(Snippet.diagnostics("", providerKeys: "  encoding: text\n") == [
            "6:13: 'encoding' of 'provider' must be one of json, form, query, none; found 'text' (plain text is no encoding: an answer in plain text is a shape with 'text' forms (text: ['OK: {id}', 'ERR: {code}']))",
        ])
    }
    /// A field's value ends where the text after it first occurs: a code, enum value or separator holding that text
    /// would be read as another value (`ERR NOAUTH bad key` as the unknown code `ERR`), so lint refuses the form.
    @Test func aDocumentedValueHoldingTheTextAfterItsFieldIsALocatedError() {
        let yaml = """
            operations:
              send: {method: GET, path: /send, encoding: query, request: Send, responses: {200: {shape: Answer, tables: [Status]}}}
            shapes:
              Send: {fields: {to: string}}
              Answer:
                text: ['IDS {ids};{state}|{rest}', 'LAST {state}|', 'TAIL {message} {status}', '{code}-{message}', 'N {count}-{rest}', 'AT {at} {rest}', 'ON {on}|{rest}', '{status} {message}']
                fields:
                  at: {type: date, format: 'yyyy-MM-dd HH:mm:ss', required: false}
                  on: {type: date, format: iso8601, required: false}
                  status: {type: Status, required: false}
                  code: {type: int, required: false}
                  count: {type: int, required: false, constraints: {minimum: 0}}
                  message: {type: string, required: false}
                  ids: {type: '[string]', separator: ';', required: false}
                  state: {type: State, required: false}
                  rest: {type: string, required: false}
            enums:
              State: {values: {'a|b': Split, c: Whole}}
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: string
                entries:
                  - {code: OK, summary: Sent, outcome: success, category: none}
                  - {code: ERR NOAUTH, summary: Bad key, outcome: failure, category: authentication}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:12: text form 'IDS {ids};{state}|{rest}' of shape 'Answer' ends '{ids}' at the first \";\", which its separator \";\" holds: an answer with it would be read as another value; put other text after the field, or write the field last",
            "13:12: text form 'IDS {ids};{state}|{rest}' of shape 'Answer' ends '{state}' at the first \"|\", which value of enum 'State' \"a|b\" holds: an answer with it would be read as another value; put other text after the field, or write the field last",
            "13:84: text form '{code}-{message}' of shape 'Answer' ends '{code}' at the first \"-\", which a number's text ('int') may hold (-5): an answer with it would be read as another value; put other text after the field, write the field last, or give it 'minimum: 0'",
            "13:124: text form 'AT {at} {rest}' of shape 'Answer' ends '{at}' at the first \" \", which a date written 'yyyy-MM-dd HH:mm:ss' may hold: an answer with it would be read as another value; put other text after the field, or write the field last",
            "13:160: text form '{status} {message}' of shape 'Answer' ends '{status}' at the first \" \", which code of table 'Status' \"ERR NOAUTH\" holds: an answer with it would be read as another value; put other text after the field, or write the field last",
        ])
    }
}
