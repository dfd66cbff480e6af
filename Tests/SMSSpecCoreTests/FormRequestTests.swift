import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A request sent as a form or in the query (`encoding: form | query`) has only fields the form encoder can write:
/// text, numbers, booleans, lists of those, and `json` values. Anything else would be left out of the request. A
/// callback the provider sends so is held to the same rule: its receiver could never decode anything else.
@Suite struct FormRequestTests {
    func diagnose(_ yaml: String) -> [String] { SMSSpecCoreTests.diagnose(yaml, path: "f.yaml") }

    @Test func objectsAndMapsInAFormAreRefusedAtTheirType() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}, encoding: form}
            operations: {p: {method: PUT, path: /f, request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {map: {type: '{string}', required: false}, blob: {type: json, required: false}, nested: {type: T, required: false}}}
              T: {fields: {id: int}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:28: error: field 'map' of shape 'R' is sent in a form by operation 'p' (encoding: form): '{string}' has no form "
                + "spelling; form and query values must be text, numbers, booleans or lists of those",
            "f.yaml:4:110: error: field 'nested' of shape 'R' is sent in a form by operation 'p' (encoding: form): 'T' has no form "
                + "spelling; form and query values must be text, numbers, booleans or lists of those",
        ])
        // The same request sent as JSON carries them all.
        #expect(diagnose(yaml.replacingOccurrences(of: "encoding: form", with: "encoding: json")) == [])
    }

    /// A form's indexed fields are read as their list too (`to[0]=1` is the list `to[]` holding "1"): a field named so
    /// beside the list in one shape read one value as both, or refused it (an attack); `to` beside `to[0]` is fine.
    @Test func anIndexedFieldBesideItsListIsRefused() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}, encoding: form}
            operations: {p: {method: POST, path: /f, request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {'to[]': {type: '[string]', name: all}, 'to[0]': {type: string, name: first}, 'to[01]': {type: string, name: other}, 'cc[1]': string, to: string}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:55: error: field 'to[0]' of shape 'R' is in a form sent by operation 'p', where a field named so is read as element 0 "
                + "of the list 'to[]' the shape also holds (forms write a list's elements by index, PHP's `to[0]`): one value would be read "
                + "as both, or refused; rename one of them",
            "f.yaml:4:93: error: field 'to[01]' of shape 'R' is in a form sent by operation 'p', where a field named so is read as element 01 "
                + "of the list 'to[]' the shape also holds (forms write a list's elements by index, PHP's `to[0]`): one value would be read "
                + "as both, or refused; rename one of them",
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "encoding: form", with: "encoding: json")) == [])
    }

    /// A field with no name is sent `=value`, which form readers drop (an attack): an error in a form, the query, a header
    /// or a path; a JSON member may be named "".
    @Test func aFieldWithoutANameIsRefusedWhereANameIsNeeded() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}, encoding: form}
            operations: {p: {method: POST, path: /f, request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {'': {type: string, name: blank}, q: {type: string, in: query}}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:16: error: a field of shape 'R' in a form sent by operation 'p' has an empty wire name, which the provider cannot "
                + "read (`=value`); give the name the documents give it",
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "encoding: form", with: "encoding: json")) == [])
        let query = yaml.replacingOccurrences(of: "'': {type: string, name: blank}, q: {type: string,", with: "q: string, '': {type: string, name: blank,")
        #expect(diagnose(query.replacingOccurrences(of: "encoding: form", with: "encoding: json")) == [
            "f.yaml:4:27: error: a field of shape 'R' sent in the query has an empty wire name, which the provider cannot read (`=value`); "
                + "give the name the documents give it",
        ])
    }

    /// Ginota's receipt arrives as GET query parameters: a callback's payload (its shape, or each shape of its
    /// discriminator) sent as a form or query is refused at the field's type, naming the callback.
    @Test func objectsAndMapsInAFormOrQueryCallbackAreRefusedAtTheirType() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
            shapes:
              Receipt: {fields: {id: string, to: '[string]', detail: {type: Detail, required: false}}}
              Detail: {fields: {code: int}}
              Inbound: {fields: {type: string, text: string, extra: {type: '[Detail]', required: false}}}
              Other: {fields: {type: string, meta: {type: '{string}', required: false}}}
            callbacks:
              Receipt: {method: GET, encoding: query, shape: Receipt}
              Events: {encoding: form, discriminator: {field: type, variants: {mo: Inbound, other: Other}}}

            """
        let because = "has no form spelling; form and query values must be text, numbers, booleans or lists of those"
        #expect(diagnose(yaml) == [
            "f.yaml:3:65: error: field 'detail' of shape 'Receipt' is sent in the query by callback 'Receipt' (encoding: query): 'Detail' \(because)",
            "f.yaml:5:64: error: field 'extra' of shape 'Inbound' is sent in a form by callback 'Events' (encoding: form): '[Detail]' \(because)",
            "f.yaml:6:47: error: field 'meta' of shape 'Other' is sent in a form by callback 'Events' (encoding: form): '{string}' \(because)",
        ])
        // The same callbacks sent as JSON (a POST's body) carry them all.
        let json = yaml.replacingOccurrences(of: "method: GET, encoding: query", with: "method: POST, encoding: json").replacingOccurrences(of: "encoding: form", with: "encoding: json")
        #expect(diagnose(json) == [])
        // A callback always carries a payload: `none` (a request without a body) is not one of its encodings.
        #expect(diagnose(json.replacingOccurrences(of: "method: POST, encoding: json", with: "method: GET, encoding: none")) == [
            "f.yaml:8:36: error: 'encoding' of callback 'Receipt' must be one of json, form, query; found 'none'"
        ])
    }

    static let spec = """
        provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
        operations:
          send: {method: POST, path: /send, ENCODING request: Send, responses: {204: {summary: x}}}
          again: {method: POST, path: /again, request: Send, responses: {204: {summary: x}}}
        shapes:
          Send:
            fields:
              to: {type: '[string]'}
              at: {type: date, format: iso8601}
              state: State
              code: Codes
              text: Text
              words: Words
              blob: json
              list: FIELD
          Item: {fields: {id: int}}
          Words: {items: string}
          Items: {items: Item}
        enums:
          State: {values: {a: {summary: A.}}}
        unions:
          Text: {variants: {text: string, texts: Words}}
          Either: {variants: {text: string, item: Item}}
          Deep: {variants: {text: Text, items: Items}}
        tables:
          Codes:
            title: Codes
            source: doc
            entries: [{code: 0, summary: OK, outcome: success, category: none}]
        sources: {doc: {title: Doc, url: 'https://e.example/doc'}}

        """

    func check(encoding: String, field: String) -> [String] {
        diagnose(Self.spec.replacingOccurrences(of: "ENCODING", with: encoding).replacingOccurrences(of: "FIELD", with: field))
    }

    @Test func textNumbersBooleansAndListsOfThoseHaveAFormSpelling() {
        for encoding in ["encoding: form,", "encoding: query,", "encoding: json,", ""] {
            #expect(check(encoding: encoding, field: "'[int]'") == [], "\(encoding)")
        }
    }

    @Test func listsOfObjectsMapsOrListsHaveNone() {
        let because = "has no form spelling; form and query values must be text, numbers, booleans or lists of those"
        for (field, type) in [("'[Item]'", "[Item]"), ("'[{int}]'", "[{int}]"), ("'[[string]]'", "[[string]]"), ("'[Words]'", "[Words]"),
                              ("Items", "Items"), ("Either", "Either"), ("Deep", "Deep"), ("'[Text]'", "[Text]")]
        {
            let expected = ["f.yaml:15:13: error: field 'list' of shape 'Send' is sent in the query by operation 'send' (encoding: query): '\(type)' \(because)"]
            #expect(check(encoding: "encoding: query,", field: field) == expected, "\(field)")
            #expect(check(encoding: "encoding: json,", field: field) == [], "\(field)")
        }
    }

    @Test func theProvidersEncodingCountsWhereTheOperationGivesNone() {
        let spec = Self.spec.replacingOccurrences(of: "auth: {type: basic}}", with: "auth: {type: basic}, encoding: form}")
            .replacingOccurrences(of: "FIELD", with: "'{int}'")
        let message = "f.yaml:15:13: error: field 'list' of shape 'Send' is sent in a form by operation 'again' (encoding: form): '{int}' has no "
            + "form spelling; form and query values must be text, numbers, booleans or lists of those"
        // `send` goes as JSON, `again` as the provider's form.
        #expect(diagnose(spec.replacingOccurrences(of: "ENCODING", with: "encoding: json,")) == [message])
    }

    /// `encoding: none` sends no body: a request whose fields travel in the body would lose them without a word, so
    /// lint names them; path, query and header fields travel as they do in any encoding.
    @Test func anOperationWithoutABodyHasNoBodyFields() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations:
              send: {method: POST, path: '/send/{account}', encoding: none, request: Send, responses: {204: {summary: x}}}
              cancel: {method: DELETE, path: '/messages/{id}', encoding: none, request: Cancel, responses: {204: {summary: x}}}
            shapes:
              Send: {fields: {account: {type: string, in: path}, to: string, text: string, key: {type: string, in: header}}}
              Cancel: {fields: {id: {type: string, in: path}, reason: {type: string, in: query, required: false}}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:3:74: error: operation 'send' sends no body (encoding: none), but fields 'to' and 'text' of its request "
                + "'Send' travel in the body and would not be sent: mark them 'in: query', 'in: path' or 'in: header', or give "
                + "the operation the encoding the provider reads (json, form or query)"
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "encoding: none, request: Send", with: "encoding: form, request: Send")) == [])
    }

    /// A GET carries no body (URLSession refuses to send one): a GET whose request would go as JSON or a form, the
    /// operation's encoding or the provider's, is refused at its method, saying which encoding to give instead. One
    /// without an encoding of its own whose request has only path, query and header fields sends no body (`none`).
    @Test func aGetSendsItsRequestInTheURL() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}, encoding: form}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {204: {summary: x}}}
              fetch: {method: GET, path: '/messages/{id}', encoding: form, request: Fetch, responses: {200: {summary: x}}}
              list: {method: GET, path: /messages, encoding: json, request: List, responses: {200: {summary: x}}}
              balance: {method: GET, path: /balance, responses: {200: {summary: x}}}
              show: {method: GET, path: '/messages/{id}/show', request: Fetch, responses: {200: {summary: x}}}
              search: {method: GET, path: /search, request: List, responses: {200: {summary: x}}}
            shapes:
              Send: {fields: {to: string}}
              Fetch: {fields: {id: {type: string, in: path}}}
              List: {fields: {limit: int}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:19: error: operation 'fetch' is a GET, which carries no body, but sends its request as a form (encoding: form): "
                + "give it 'encoding: none', since its request has only path, query and header fields",
            "f.yaml:5:18: error: operation 'list' is a GET, which carries no body, but sends its request as JSON (encoding: json): "
                + "give it 'encoding: query' to send the request's fields in the URL",
            "f.yaml:8:20: error: operation 'search' is a GET, which carries no body, but sends its request as a form (the provider's "
                + "encoding: form): give it 'encoding: query' to send the request's fields in the URL",
        ])
        let fixed = yaml.replacingOccurrences(of: "encoding: form, request: Fetch", with: "encoding: none, request: Fetch")
            .replacingOccurrences(of: "encoding: json, request: List", with: "encoding: query, request: List")
            .replacingOccurrences(of: "path: /search, request: List", with: "path: /search, request: List, encoding: query")
        #expect(diagnose(fixed) == [])
        // A method lint does not know is reported as such, not as a GET.
        #expect(diagnose(fixed.replacingOccurrences(of: "method: GET, path: /messages,", with: "method: get, path: /messages,").replacingOccurrences(of: "encoding: query, request: List", with: "request: List")) == [
            "f.yaml:5:18: error: 'method' of operation 'list' must be one of GET, POST, PUT, PATCH, DELETE; found 'get' (did you mean 'GET'?)"
        ])
    }

    /// A GET or DELETE whose request has only path, query and header fields sends no body and no content type
    /// (not `{}` or an empty form, which a server may refuse on such a method); a POST, PUT or PATCH keeps the
    /// provider's encoding, and an operation's own encoding always wins.
    @Test func aMethodWithoutBodySendsNoneWhenItsRequestHasNoBodyFields() throws {
        let swift = try Snippet.swift("""
            operations:
              remove: {method: DELETE, path: '/messages/{id}', request: Target, responses: {204: {summary: x}}, source: doc}
              show: {method: GET, path: '/messages/{id}', request: Target, responses: {200: {summary: x}}, source: doc}
              cancel: {method: POST, path: '/messages/{id}/cancel', request: Target, responses: {200: {summary: x}}, source: doc}
              purge: {method: DELETE, path: /messages, request: Filter, responses: {204: {summary: x}}, source: doc}
              drop: {method: DELETE, path: '/drafts/{id}', encoding: json, request: Target, responses: {204: {summary: x}}, source: doc}
            shapes:
              Target: {fields: {id: {type: string, in: path}, trace: {type: string, in: header, required: false}}}
              Filter: {fields: {ids: '[string]'}}
            """, "operations")
        for (method, path, encoding) in [
            ("DELETE", "/messages/{id}", "none"), ("GET", "/messages/{id}", "none"), ("POST", "/messages/{id}/cancel", "json"),
            ("DELETE", "/messages", "json"), ("DELETE", "/drafts/{id}", "json"),
        ] {
            #expect(swift.contains("method: \"\(method)\", path: \"\(path)\", encoding: .\(encoding),"), "\(method) \(path)")
        }
    }

    /// A callback sent as a GET brings its payload in the query: one said to be JSON or a form is refused at its method.
    @Test func aGetCallbackCarriesItsPayloadInTheQuery() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {204: {summary: x}}}
            shapes:
              Send: {fields: {to: string}}
              Receipt: {fields: {id: string}}
            callbacks:
              dlr: {method: GET, shape: Receipt}
              mo: {method: GET, encoding: form, shape: Receipt}
              post: {method: POST, shape: Receipt}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:8:17: error: callback 'dlr' is a GET, which carries no body, but says its payload is JSON (encoding: json, the default): "
                + "a GET's payload is its query; give it 'encoding: query'",
            "f.yaml:9:16: error: callback 'mo' is a GET, which carries no body, but says its payload is a form (encoding: form): "
                + "a GET's payload is its query; give it 'encoding: query'",
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "{method: GET, shape", with: "{method: GET, encoding: query, shape")
            .replacingOccurrences(of: "encoding: form", with: "encoding: query")) == [])
    }

    /// Path and header fields are held to scalars in every encoding, forms or not.
    @Test func pathAndHeaderFieldsHoldScalarsOnly() {
        let spec = Self.spec.replacingOccurrences(of: "ENCODING", with: "encoding: json,")
        #expect(diagnose(spec.replacingOccurrences(of: "FIELD", with: "{type: Item, in: header}")) == [
            "f.yaml:15:7: error: field 'list' of shape 'Send' is 'in: header', so it must be a string, number, bool, date, enum or table code, "
                + "or a list of strings, integers, enum values or table codes with a 'separator' (one text)"
        ])
        #expect(diagnose(spec.replacingOccurrences(of: "FIELD", with: "{type: '{int}', in: path}").replacingOccurrences(of: "path: /send,", with: "path: '/send/{list}',")) == [
            "f.yaml:15:7: error: field 'list' is 'in: path' but the path of operation 'again' has no '{list}'",
            "f.yaml:15:7: error: field 'list' of shape 'Send' is 'in: path', so it must be a string, number, bool, date, enum or table code, "
                + "or a list of strings, integers, enum values or table codes with a 'separator' (one text)",
        ])
    }

    /// A path has no spelling for a value left out: an optional path field linted clean, and building a request
    /// without it threw "the path parameter 'list' has no value" at run time. Reported once for a shape two
    /// operations send; a default or `required` is fine.
    @Test func anOptionalPathFieldIsALocatedError() {
        let spec = Self.spec.replacingOccurrences(of: "ENCODING", with: "encoding: json,")
            .replacingOccurrences(of: "path: /send,", with: "path: '/send/{list}',").replacingOccurrences(of: "path: /again,", with: "path: '/again/{list}',")
        #expect(diagnose(spec.replacingOccurrences(of: "FIELD", with: "{type: string, in: path, required: false}")) == [
            "f.yaml:15:7: error: field 'list' is 'in: path' but optional: a request without it has no path to go to; make it required "
                + "(or give it a default)"
        ])
        #expect(diagnose(spec.replacingOccurrences(of: "FIELD", with: "{type: string, in: path, required: false, default: x}")) == [])
        #expect(diagnose(spec.replacingOccurrences(of: "FIELD", with: "{type: string, in: path}")) == [])
    }

    /// A header the request builder writes itself went out twice, the field's value beside the builder's: two
    /// `Content-Type`s, or two API keys (Africa's Talking's page lists apiKey, Content-Type and Accept as headers).
    @Test func aHeaderTheRequestWritesItselfIsNoField() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: header, name: apiKey}, encoding: form}
            operations: {p: {method: POST, path: /f, request: R, responses: {201: {summary: x}}}}
            shapes:
              R:
                fields:
                  Content-Type: {type: string, in: header, default: application/x-www-form-urlencoded}
                  Accept: {type: string, in: header, default: application/json}
                  APIKEY: {type: string, in: header, secret: true, required: false}
                  Host: {type: string, in: header, required: false}
                  Authorization: {type: string, in: header, required: false}
                  Keep-Alive: {type: string, in: header, required: false}
                  username: string

            """
        let twice = "the header would be sent twice; remove the field"
        #expect(diagnose(yaml) == [
            "f.yaml:6:7: error: field 'Content-Type' of shape 'R' is 'in: header', but requests write Content-Type themselves, from "
                + "the operation's encoding (JSON or a form): \(twice)",
            "f.yaml:8:7: error: field 'APIKEY' of shape 'R' is 'in: header', but it is the provider's auth header (auth: {type: header, "
                + "name: apiKey}), written from the credentials a client is given: \(twice)",
            "f.yaml:9:7: error: field 'Host' of shape 'R' is 'in: header', but the HTTP client writes Host from the URL: \(twice)",
            "f.yaml:11:7: error: field 'Keep-Alive' of shape 'R' is 'in: header', but Keep-Alive is a hop-by-hop header, which the HTTP "
                + "client manages and proxies and HTTP/2 drop before the provider: the provider would never read it; remove the field",
        ])
        // With Basic, Authorization is the credentials' header; another provider's may be a field (Accept always is).
        #expect(diagnose(yaml.replacingOccurrences(of: "auth: {type: header, name: apiKey}", with: "auth: {type: basic}")) == [
            "f.yaml:6:7: error: field 'Content-Type' of shape 'R' is 'in: header', but requests write Content-Type themselves, from "
                + "the operation's encoding (JSON or a form): \(twice)",
            "f.yaml:9:7: error: field 'Host' of shape 'R' is 'in: header', but the HTTP client writes Host from the URL: \(twice)",
            "f.yaml:10:7: error: field 'Authorization' of shape 'R' is 'in: header', but requests write it from the Basic credentials "
                + "(auth: {type: basic}): \(twice)",
            "f.yaml:11:7: error: field 'Keep-Alive' of shape 'R' is 'in: header', but Keep-Alive is a hop-by-hop header, which the HTTP "
                + "client manages and proxies and HTTP/2 drop before the provider: the provider would never read it; remove the field",
        ])
    }

    /// A form or query is a set of named fields: a list shape as the payload of a callback sent so made a receiver that
    /// refused every callback ("A form body is a set of named fields, not a list"), and a list shape as a variant of a
    /// discriminated callback could never be read (a list has no discriminator field), in JSON too.
    @Test func aListShapeIsNoFormCallbackNorAVariant() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
            shapes:
              Report: {fields: {id: string, t: string}}
              Reports: {items: Report}
              Ids: {items: string}
            callbacks:
              Posted: {encoding: form, shape: Reports}
              Got: {method: GET, encoding: query, shape: Ids}
              Json: {shape: Reports}
              Event: {discriminator: {field: t, variants: {a: Report, b: Ids}}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:7:35: error: callback 'Posted' is sent as a form (encoding: form), a set of named fields, so its payload cannot be "
                + "'Reports', a list shape; give it a shape with fields",
            "f.yaml:8:46: error: callback 'Got' is sent as a query (encoding: query), a set of named fields, so its payload cannot be "
                + "'Ids', a list shape; give it a shape with fields",
            "f.yaml:10:62: error: 'Ids' is a list shape, which has no field 't' to tell its kind: a variant of callback 'Event' is a shape with fields",
        ])
    }

    /// Only a request's fields travel in the path, the query or a header. A callback's signature header written as
    /// a field of its payload made the receiver refuse every callback ("the required field is missing"): a shape
    /// read from a body — an answer, a callback's payload, a value inside another message — may not have one.
    @Test func onlyARequestsFieldsTravelOutsideTheBody() {
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations:
              get: {method: GET, path: '/m/{id}', encoding: none, request: Get, responses: {200: {shape: Answer}}}
            shapes:
              Get: {fields: {id: {type: string, in: path}}}
              Answer: {fields: {X-RateLimit-Remaining: {type: int, in: header, required: false}, id: string, get: {type: Get, required: false}}}
              Status: {fields: {X-Signature: {type: string, in: header}, MessageUUID: string}}
              Report: {fields: {statut: {type: string, in: query}}}
            callbacks:
              Status: {encoding: form, shape: Status}
              Report: {method: GET, encoding: query, shape: Report}

            """
        let why = "as a whole: its fields are where it is, without 'in'; only a request's fields travel apart, in the path, the query "
            + "or a header (a callback's headers, such as a signature, are not read)"
        // A GET callback's payload is its query: it was said to be read from a body (a user's smsmode report).
        #expect(diagnose(yaml) == [
            "f.yaml:5:18: error: field 'id' of shape 'Get' is 'in: path', but 'Get' is held by field 'get' of shape 'Answer', which is read "
                + "from a body \(why)",
            "f.yaml:6:21: error: field 'X-RateLimit-Remaining' of shape 'Answer' is 'in: header', but 'Answer' is an answer of operation "
                + "'get', which is read from a body \(why)",
            "f.yaml:7:21: error: field 'X-Signature' of shape 'Status' is 'in: header', but 'Status' is the payload of callback 'Status', "
                + "which is read from a body \(why)",
            "f.yaml:8:21: error: field 'statut' of shape 'Report' is 'in: query', but 'Report' is the payload of callback 'Report', "
                + "which is read from the URL's query \(why)",
        ])
    }

    /// A date travels as its wire text, in a path segment, a header or the query; a query repeats a field, so it also
    /// takes a list of values (`status=a&status=b`, as Sinch's delivery report filters). Both were refused as not
    /// scalars, although a date or a list sent in the query by `encoding: query` was accepted and is written the same.
    /// A list under `format` said "must be a string" and, at the field, "give its wire 'format'": neither named
    /// `formats`, the key that takes a list (a user wrote `format: [ddMMyyyy-HH:mm:ss, unixSeconds]`).
    @Test func aListOfFormatsUnderFormatPointsToFormats() {
        let yaml = """
            provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations: {p: {method: POST, path: /f, request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {at: {type: date, format: [yyyy-MM-dd, iso8601]}}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:41: error: 'format' of field 'at' of shape 'R' must be a string (several formats go in 'formats'), found a list"
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "format: [", with: "formats: [")) == [])
    }

    /// `preEncoded` on a header was accepted and did nothing (a header is sent as it is); in the path it is read.
    @Test func preEncodedIsRefusedWhereNothingIsEncoded() {
        let yaml = """
            provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations: {p: {method: POST, path: '/f/{sender}', request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {sender: {type: string, in: path, preEncoded: true}, trace: {type: string, in: header, preEncoded: true}}}

            """
        #expect(diagnose(yaml) == [
            "f.yaml:4:68: error: field 'trace' of shape 'R' is 'preEncoded', but travels in a header, which is sent as it is: only a value "
                + "the request percent-encodes — a form's or the query's field, or a path parameter — is given already encoded; remove 'preEncoded'"
        ])
    }

    @Test func datesTravelAnywhereAndListsInTheQuery() throws {
        let yaml = """
            provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: basic}}
            operations: {p: {method: POST, path: '/f/{day}', request: R, responses: {204: {summary: x}}}}
            shapes:
              R:
                fields:
                  day: {type: date, format: yyyy-MM-dd, in: path}
                  since: {type: date, format: iso8601, in: query, required: false}
                  stamp: {type: date, format: iso8601, in: header, required: false}
                  status: {type: '[State]', in: query, required: false}
                  text: string
            enums:
              State: {values: {Delivered: D., Failed: F.}}

            """
        #expect(diagnose(yaml) == [])
        #expect(diagnose(yaml.replacingOccurrences(of: "'[State]', in: query", with: "'[State]', in: header")) == [
            "f.yaml:9:7: error: field 'status' of shape 'R' is 'in: header', so it must be a string, number, bool, date, enum or table code, "
                + "or a list of strings, integers, enum values or table codes with a 'separator' (one text)"
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "'[State]', in: query", with: "'[[State]]', in: query")) == [
            "f.yaml:9:7: error: field 'status' of shape 'R' is 'in: query', so it must be a string, number, bool, date, enum or table "
                + "code, a list of them (the field repeated), or a list of strings, integers, enum values or table codes with a 'separator' (one text)"
        ])
        let main = """
            import SMSSpecRuntime
            let day = Timestamp(text: "2024-01-02", formats: ["yyyy-MM-dd"])
            let since = Timestamp(text: "2024-01-02T03:04:05Z", formats: ["iso8601"])
            let request = Acme.R(day: day, since: since, stamp: since, status: [.delivered, .failed], text: "hi")
            let http = try request.httpRequest(baseURL: "https://e.example", authentication: .basic, credentials: .basic(username: "u", password: "p"))
            print(http.url)
            print(http.headers.filter { $0.name == "stamp" }.map(\\.value), String(decoding: http.body ?? Data(), as: UTF8.self))
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: "smsspec: 1\n" + yaml, main: "import Foundation\n" + main)
        try #require(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            https://e.example/f/2024-01-02?since=2024-01-02T03%3A04%3A05Z&status=Delivered&status=Failed
            ["2024-01-02T03:04:05Z"] {"text":"hi"}

            """)
    }

    /// A chain of thousands of unions is worked out without recursion.
    @Test func aLongChainOfUnionsIsCheckedWithoutRecursion() {
        let count = 20_000
        let unions = (0..<count).map { "  U\($0): {variants: {a: string, b: \($0 + 1 < count ? "U\($0 + 1)" : "Item")}}\n" }.joined()
        let yaml = """
            provider: {id: e, name: E, baseURLs: ['https://e.example'], auth: {type: basic}, encoding: query}
            operations: {p: {method: GET, path: /f, request: R, responses: {204: {summary: x}}}}
            shapes:
              R: {fields: {u: U0}}
              Item: {fields: {id: int}}
            unions:

            """ + unions
        #expect(diagnose(yaml) == [
            "f.yaml:4:19: error: field 'u' of shape 'R' is sent in the query by operation 'p' (encoding: query): 'U0' has no form "
                + "spelling; form and query values must be text, numbers, booleans or lists of those"
        ])
    }
}
