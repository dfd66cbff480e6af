import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `contentType: application/json`: a field whose value travels as text holding the JSON of its type. Three users
/// could not write what their gateways send: Mandrill's webhook form field `mandrill_events` (a JSON list of events),
/// SUBMAIL's `multisend` form field `multi` (a JSON list of `{to, vars}`) and Zadarma's `result`, JSON text in a JSON
/// body; they typed the field `string` and lost its structure.
@Suite struct JSONTextFieldTests {
    static let yaml = """
        operations:
          multisend:
            summary: Sends one text to many.
            method: POST
            path: /message/multisend.json
            request: MultiSendRequest
            responses: {200: {summary: Sent.}}
            source: doc
          notify:
            summary: Posts a JSON body holding JSON text.
            method: POST
            path: /notify
            encoding: json
            request: Notification
            responses: {200: {summary: Taken.}}
            source: doc
        shapes:
          MultiSendRequest:
            fields:
              appid: {type: string, secret: true}
              content: {type: string, role: text}
              multi: {type: '[Multi]', contentType: application/json, constraints: {minItems: 1}}
              extra: {type: Multi, contentType: application/json, required: false, in: query}
          Multi:
            fields:
              to: {type: string, role: recipient, constraints: {pattern: '^1[0-9]{10}$'}}
              vars: {type: '{string}', required: false}
          Notification:
            fields:
              result: {type: Result, contentType: application/json}
              note: {type: json, contentType: application/json, required: false}
          Result:
            fields:
              a: int
              url: {type: string, required: false}
              key: {type: string, secret: true, required: false}
          Events:
            fields:
              mandrill_events: {type: '[Event]', contentType: application/json}
          Event:
            fields:
              event: string
              _id: {type: string, role: messageID, name: id}
              msg: {type: EventMessage, required: false}
          EventMessage:
            fields:
              email: string
              state: string
        callbacks:
          Events: {summary: Mandrill's events., method: POST, encoding: form, shape: Events}

        """

    static var spec: String { Snippet.header(providerKeys: "  encoding: form\n") + yaml }

    @Test func aSpecWithJSONTextIsLintClean() {
        #expect(Snippet.diagnostics(Self.yaml, providerKeys: "  encoding: form\n") == [])
    }

    /// Each key JSON text cannot go with, and each place it cannot go, an error at what is written.
    @Test func eachMisuseIsALocatedError() {
        let yaml = """
            operations:
              send:
                method: POST
                path: /send/{p}
                request: Send
                responses: {200: {summary: Sent.}}
            shapes:
              Send:
                fields:
                  a: {type: '[int]', contentType: text/plain}
                  p: {type: '[int]', contentType: application/json, in: path}
                  b: {type: string, contentType: application/json}
                  c: {type: '[int]', contentType: application/json, separator: ','}
                  d: {type: int, contentType: application/json, default: 5}
                  e: {type: '[int]', contentType: application/json, preEncoded: true}
                  f: {type: int, contentType: application/json, lenient: true}
                  g: {type: '[int]', contentType: application/vnd.acme+json}
                  h: {type: date, format: unixSeconds, contentType: application/json}

            """
        let found = Snippet.diagnostics(yaml)
        let expected = [
            "17:39: 'contentType' of field 'a' of shape 'Send' is \"text/plain\": only JSON text is supported, one JSON value in UTF-8 (application/json, text/json or application/…+json, no parameter but 'charset=utf-8': the field's text holds the JSON of its type)",
            "18:39: field 'p' of shape 'Send' is 'in: path' and has 'contentType': JSON text goes in a form's or the query's field, a header or a JSON body's member; a path segment cannot carry it",
            "19:38: field 'b' of shape 'Send' is a string and has 'contentType': it is already text; give the type its JSON holds (a shape, a list, json)",
            "20:68: field 'c' of shape 'Send' has a 'separator' and 'contentType': its text is JSON, not elements joined; remove one",
            "21:62: field 'd' of shape 'Send' has a 'default' and 'contentType': a value of JSON text has no default; remove 'default'",
            "22:39: field 'e' of shape 'Send' is 'preEncoded' and has 'contentType': its JSON text is percent-encoded as written; remove 'preEncoded'",
            "23:35: field 'f' of shape 'Send' is 'lenient' and has 'contentType': its JSON text says the type; remove 'lenient'",
            "25:57: field 'h' of shape 'Send' is a date and has 'contentType': a date is already text in its 'format'; remove 'contentType'",
        ]
        for message in expected {
            #expect(found.contains(message), "\(message)\nin\n\(found.joined(separator: "\n"))")
        }
        #expect(!found.contains { $0.contains("field 'g'") }, "\(found)")
        #expect(!found.contains { $0.contains("field 'a'") && $0.contains("form spelling") }, "\(found)")
    }

    /// A media type naming other than one JSON value in UTF-8 was passed (an attack: `application/json-seq`, whose records
    /// the generated reader refuses, `*/json`, `text/html+json`, a `charset` the reader ignores, `;;`): each an error.
    @Test func onlyOneJSONValueInUTF8IsJSONText() {
        let refused = ["application/json-seq", "'*/json'", "json/json", "'text/html+json'", "'application/json; charset=latin1'", "'application/json;;'",
                       "'application/json; version=2'"]
        let taken = ["application/json", "APPLICATION/JSON", "text/json", "application/x-json", "application/vnd.acme+json", "'application/json; charset=UTF-8'"]
        for (index, type) in (refused + taken).enumerated() {
            let yaml = "shapes:\n  Send:\n    fields:\n      a: {type: '[int]', contentType: \(type)}\n"
            let errors = Snippet.diagnostics(yaml).filter { $0.contains("only JSON text is supported") }
            #expect(errors.count == (index < refused.count ? 1 : 0), "\(type): \(errors)")
        }
    }

    /// A discriminator read as JSON text could never tell the kind (an attack: every event decoded as none): an error at
    /// the key, once per shape.
    @Test func aDiscriminatorIsNoJSONText() {
        let yaml = """
            shapes:
              Sent: {fields: {kind: {type: json, contentType: application/json}, id: string}}
            callbacks:
              Events:
                discriminator:
                  field: kind
                  variants: {sent: Sent, done: Sent}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "9:51: field 'kind' of shape 'Sent' is the discriminator of callback 'Events' and has 'contentType': the discriminator is read as its "
                + "value to tell the kind, never as JSON text; remove 'contentType'"
        ])
    }

    /// A reason inside an answer's JSON text is not read (the client reads the answer's own JSON): the descriptor no
    /// longer lists its path (an attack: it did, and the error's reason stayed nil), and lint says where to declare it.
    @Test func aReasonInsideJSONTextIsNotListed() throws {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}, 400: {shape: Refusal}}}
            shapes:
              Send: {fields: {to: string}}
              Refusal: {fields: {error: {type: Failure, contentType: application/json}}}
              Failure: {fields: {message: {type: string, role: reason}}}

            """
        #expect(!(try Snippet.swift(yaml, "operations")).contains("reasonPaths"))
        #expect(lintDiagnostics(Snippet.header(providerKeys: "") + yaml).contains { $0.contains("field 'message' of shape 'Failure' is a reason no answer is read for") })
    }

    /// Without the key a form cannot carry a list of objects: the form rule passes only JSON text.
    @Test func aListOfObjectsInAFormStillNeedsTheKey() {
        let yaml = Self.yaml.replacingOccurrences(of: "'[Multi]', contentType: application/json,", with: "'[Multi]',")
        #expect(Snippet.diagnostics(yaml, providerKeys: "  encoding: form\n").contains { $0.contains("field 'multi'") && $0.contains("no form spelling") })
    }

    static let main = #"""
        import Foundation
        import HTTPTypes
        import SMSSpecReceiver
        @_spi(Generated) import SMSSpecRuntime

        // SUBMAIL-like: the request's form field holds the JSON of its list, compact, keys sorted, slashes unescaped.
        let send = Acme.MultiSendRequest(
            appid: "SEKRETappid", content: "hi @var(name)",
            multi: [Acme.Multi(to: "15811112222", vars: ["name": "k/v"]), Acme.Multi(to: "bad")], extra: Acme.Multi(to: "15800000000"))
        let request = try send.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
        print(request.url)
        print(String(decoding: request.body ?? Data(), as: UTF8.self))
        print(send.validate().map { "\($0.path) \($0.rule)" })
        // Read back as a form.
        let form = String(decoding: request.body ?? Data(), as: UTF8.self)
        let back = try FormDecoder().decode(Acme.MultiSendRequest.self, from: Data(form.utf8))
        print(back.multi == send.multi, back.extra == nil)

        // Mandrill-like: the callback's form field `mandrill_events`, decoded by the generated receiver.
        var post = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/mandrill")
        post.headerFields[.contentType] = "application/x-www-form-urlencoded"
        let events = #"[{"event":"send","_id":"abc1","msg":{"email":"a@b.example","state":"sent"}},{"event":"open","_id":"abc2"}]"#
        let body = "mandrill_events=" + events.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let reception = Acme.Receivers.events.receive(post, body: Data(body.utf8))
        switch reception.result {
        case .success(let payload): print(payload.mandrillEvents.map(\.id), payload.mandrillEvents[0].msg?.state ?? "-")
        case .failure(let error): print("failed:", error)
        }

        // Hostile texts: each a clear error, never a trap.
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let hostile = ["nope", deep, "[{\"event\":\"a\",\"_id\":1" + String(repeating: "0", count: 200) + "e-184}]", "null", "{}", "[{\"event\":\"a\",\"_id\":\"1\",\"_id\":\"2\"}]", ""]
        for text in hostile {
            let body = "mandrill_events=" + text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            do {
                _ = try FormDecoder().decode(Acme.Events.self, from: Data(body.utf8))
                print("read")
            } catch let error as DecodingError {
                print(DecodingErrorDescription.describe(error))
            }
        }
        let large = "[" + String(repeating: "1,", count: 2_200_000) + "1]"
        do {
            _ = try JSONText.value([Int].self, of: large, codingPath: [FieldKey(stringValue: "multi")])
        } catch {
            print(DecodingErrorDescription.describe(error))
        }

        // Zadarma-like: a JSON body's member holding JSON text, round-tripping; a credential in it never prints.
        let note = Acme.Notification(result: Acme.Result(a: 1, url: "https://x.example/a", key: "SEKRETkey"), note: .object(["n": .number(2)]))
        let json = try note.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
        let sent = String(decoding: json.body ?? Data(), as: UTF8.self)
        print(sent)
        let read = try JSONPayload.decode(Acme.Notification.self, from: json.body ?? Data())
        print(read == note, "\(read)".contains("SEKRET"), json.description.contains("SEKRET"))
        do {
            _ = try JSONPayload.decode(Acme.Notification.self, from: Data(#"{"result": {"a": 1}}"#.utf8))
        } catch {
            print(DecodingErrorDescription.describe(error))
        }
        // A number past an integer's exactness in the text is refused, not rounded.
        do {
            _ = try JSONPayload.decode(Acme.Notification.self, from: Data(#"{"result": "{\"a\": 27.0000000000000001}"}"#.utf8))
            print("read")
        } catch {
            print(DecodingErrorDescription.describe(error))
        }
        """#

    @Test func theGeneratedCodeReadsAndWritesJSONText() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main, receivers: true, clients: true)
        #expect(build.status == 0, "\(build.output)")
        let lines = run?.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
        let expected = [
            "https://api.acme.example/message/multisend.json?extra=%7B%22to%22%3A%2215800000000%22%7D",
            "appid=SEKRETappid&content=hi%20%40var%28name%29"
                + "&multi=%5B%7B%22to%22%3A%2215811112222%22%2C%22vars%22%3A%7B%22name%22%3A%22k%2Fv%22%7D%7D%2C%7B%22to%22%3A%22bad%22%7D%5D",
            #"["multi[1].to pattern"]"#,
            "true true",
            #"["abc1", "abc2"] sent"#,
        ]
        #expect(Array(lines.prefix(expected.count)) == expected, "\(run?.output ?? "")")
        let errors = Array(lines.dropFirst(expected.count))
        #expect(errors.count >= 11, "\(run?.output ?? "")")
        guard errors.count >= 11 else { return }
        #expect(errors[0].contains("mandrill_events") && errors[0].contains("not JSON"), "\(errors[0])")
        #expect(errors[1].contains("mandrill_events") && errors[1].contains("deeper than 32"), "\(errors[1])")
        #expect(errors[2].contains("mandrill_events") && errors[2].contains("128 digits"), "\(errors[2])")
        #expect(errors[3].contains("mandrill_events") && errors[3].contains("null"), "\(errors[3])")
        #expect(errors[4].contains("mandrill_events"), "\(errors[4])")
        #expect(errors[5].contains("mandrill_events") && errors[5].contains("appears twice"), "\(errors[5])")
        #expect(errors[6].contains("mandrill_events") && errors[6].contains("empty"), "\(errors[6])")
        #expect(errors[7].contains("multi") && errors[7].contains("the limit is 4 MiB"), "\(errors[7])")
        #expect(errors[8] == #"{"result":"{\"a\":1,\"url\":\"https://x.example/a\",\"key\":\"SEKRETkey\"}","note":"{\"n\":2}"}"#
            || errors[8].hasPrefix(#"{"note":"{\"n\":2}","result":"{\"a\":1,\"key\":\"SEKRETkey\",\"url\":\"https://x.example/a\"}"}"#), "\(errors[8])")
        #expect(errors[9] == "true false false", "\(errors[9])")
        #expect(errors[10].contains("result"), "\(errors[10])")
        #expect(errors.count > 11 && errors[11].contains("result.a") && errors[11].contains("integer"), "\(errors)")
    }
}
