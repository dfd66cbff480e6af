import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Answers of one plain-text line per element (`items: Reply`, `Reply` with `text` forms; Clickatell's legacy
/// `ID: … To: …` for each recipient): what lint accepts and refuses, located, and what the generated code reads.
@Suite struct TextLinesSpecTests {
    static let yaml = """
        operations:
          send:
            method: GET
            path: /http/sendmsg
            encoding: query
            request: Send
            responses: {200: {shape: Replies, tables: [Error]}}
        shapes:
          Send: {fields: {to: string, text: string}}
          Replies:
            summary: One line per recipient.
            items: Reply
          Reply:
            text: ['ID: {id} To: {to}', 'ERR: {code}, {description} To: {to}', 'ERR: {code}, {description}']
            fields:
              id: {type: string, required: false}
              to: {type: string, required: false}
              code: {type: Error, required: false}
              description: {type: string, required: false}
        tables:
          Error:
            title: Errors
            source: doc
            entries:
              - {code: '001', summary: Authentication failed, outcome: failure, category: authentication}
              - {code: '114', summary: Cannot route message, outcome: failure, category: invalidDestination}
        examples:
          - {name: two, message: Replies, payload: "ID: 3a63 To: 27999000001\\nERR: 114, Cannot route message To: 27999000002\\n"}

        """

    @Test func theGeneratedListReadsOneElementPerLine() throws {
        #expect(Snippet.diagnostics(Self.yaml) == [])
        let models = try Snippet.swift(Self.yaml)
        Snippet.expect(models, contains: """
                /// One line per recipient.
                ///
                /// An answer in plain text, one `Reply` per line (`TextAnswer.decodeLines`).
                public typealias Replies = [Acme.Reply]
            """)
        let client = try Snippet.swift(Self.yaml, "client", options: ClientRendererTests.options)
        #expect(client.contains(#""Replies": .result(Acme.Replies.self, wire: .text),"#), "\(client)")
        let catalog = try Snippet.swift(Self.yaml, "catalog", options: CatalogOutputTests.all)
        #expect(catalog.contains(#"wire: .text)"#) && catalog.contains("ID: 3a63 To: 27999000001"), "\(catalog)")
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let replies = try TextAnswer.decodeAnswer(Acme.Replies.self, from: Data("ID: 3a63 To: 27999000001\r\nERR: 114, Cannot route message To: 27999000002\n".utf8), charset: .utf8)
            for reply in replies { print(reply.id ?? "-", reply.to ?? "-", reply.code.map { "\($0.outcome)" } ?? "-") }
            let descriptor = MessageDescriptor(Acme.Replies.self, name: "Replies", kind: .response, summary: "", wire: .text)
            let failed = try descriptor.decode(Data("ERR: 001, Authentication failed".utf8)) as! Acme.Replies
            print(failed.count, failed[0].code?.entry?.name ?? "-", failed[0].description ?? "-")
            print(try TextAnswer.encodeLines(replies))
            do { _ = try descriptor.decode(Data("ID: 1 To: 2\nOK".utf8)) } catch { print(DecodingErrorDescription.describe(error).prefix(20)) }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            3a63 27999000001 -
            - 27999000002 failure
            1 001 Authentication failed
            ID: 3a63 To: 27999000001
            ERR: 114, Cannot route message To: 27999000002
            at `[1]`: line 2: Th

            """, "\(run?.output ?? "")")
    }

    /// A list of text answers is a whole answer too: only an operation's response may be it; and a text shape is no
    /// element of any other list.
    @Test func aListOfLinesIsOnlyAnOperationsAnswer() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Lines, responses: {200: {shape: Lines}}}
            shapes:
              Lines: {items: Line}
              Nested: {items: Lines}
              Matrix: {items: '[Line]'}
              Line:
                text: ['ID: {id}']
                fields: {id: string}
              Holder: {fields: {lines: Lines}}
            examples:
              - {name: json, message: Lines, format: json, payload: '["ID: 1"]'}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:46: shape 'Lines' is an answer of one plain-text line per element, so it cannot be the request of operation 'send'; only an operation's response may be it",
            "12:19: shape 'Lines' is an answer of one plain-text line per element, so it cannot be within the items of list shape 'Nested' (a list shape of such answers, one per line, is `items: Lines`); only an operation's response may be it",
            "13:19: shape 'Line' is an answer in plain text ('text'), so it cannot be within the items of list shape 'Matrix' (a list shape of such answers, one per line, is `items: Line`); only an operation's response may be it",
            "17:28: shape 'Lines' is an answer of one plain-text line per element, so it cannot be the type of field 'lines' of shape 'Holder'; only an operation's response may be it",
            "19:5: example 'json' of 'Lines', an answer in plain text, needs 'format: text'",
        ])
    }

    /// A form of a line whose text holds a line break is never a line of the list (it is cut there), though it reads
    /// a whole answer of that shape: refused where the list makes it a line.
    @Test func aLinesFormHoldingALineBreakIsRefused() {
        let yaml = """
            operations:
              send: {method: GET, path: /send, responses: {200: {shape: Lines}}}
              one: {method: GET, path: /one, responses: {200: {shape: Line}}}
            shapes:
              Lines: {items: Line}
              Line:
                text: ['ID: {id}', "ERR\\n{code}"]
                fields: {id: {type: string, required: false}, code: {type: string, required: false}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            #"14:24: text form 'ERR\n{code}' of shape 'Line' holds a line break, but list shape 'Lines' reads one 'Line' per line: it would never match one; write the form on one line, or read the answer as one 'Line'"#,
        ])
    }

    /// A credential each line echoes is redacted in the catalog's example, line by line.
    @Test func aSecretInEachLineIsRedacted() throws {
        let yaml = """
            operations:
              send: {method: GET, path: /send, encoding: query, request: Ask, responses: {200: {shape: Lines}}}
            shapes:
              Ask: {fields: {user: {type: string, secret: true}, to: string}}
              Lines: {items: Line}
              Line:
                text: ['USER {user} TO {to}']
                fields: {user: {type: string, secret: true}, to: string}
            examples:
              - {name: two, message: Lines, payload: "USER acme-user TO 1\\nUSER acme-user TO 2"}

            """
        #expect(Snippet.diagnostics(yaml) == [])
        let catalog = try Snippet.swift(yaml, "catalog", options: CatalogOutputTests.all)
        #expect(!catalog.contains("acme-user") && catalog.contains("USER <redacted> TO 2"), "\(catalog)")
        // Lines ended by `\r\n` (one Swift `Character`, not "\n"): each line still, its break kept.
        let crlf = yaml.replacingOccurrences(of: #"TO 1\nUSER"#, with: #"TO 1\r\nUSER"#)
        #expect(crlf != yaml && Snippet.diagnostics(crlf) == [])
        let crlfCatalog = try Snippet.swift(crlf, "catalog", options: CatalogOutputTests.all)
        #expect(!crlfCatalog.contains("acme-user") && crlfCatalog.contains("USER <redacted> TO 2"), "\(crlfCatalog)")
    }
}
