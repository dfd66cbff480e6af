import Foundation
import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// Broken specs give `path:line:column: error: message`, every problem at once, and no output.
@Suite struct DiagnosticsTests {
    static let base = """
        smsspec: 1
        provider:
          id: acme
          name: Acme SMS
        sources:
          doc:
            title: Acme API
            url: https://acme.example/api
        shapes:
          Receipt:
            fields:
              id: string
              state: State
        tables:
          State:
            title: States
            source: doc
            entries:
              - {code: 0, name: OK, summary: Delivered, outcome: success, category: none}
              - {code: 1, name: FAILED, summary: Failed, outcome: failure, category: unknown}

        """

    @Test func aProviderNamespaceCannotBeTheCatalogs() throws {
        let yaml = Self.base.replacingOccurrences(of: "  name: Acme SMS\n", with: "  name: Acme SMS\n  namespace: SMSSpecCatalog\n")
        #expect(diagnose(yaml).contains {
            $0.hasPrefix("specs/acme.yaml:5:14: error: namespace 'SMSSpecCatalog' is also the name of the target's catalog")
        })
    }

    /// A shape holding another twice doubles its credentials at each level: 2^40 paths were never walked, and more than
    /// `MessageCredentials.limit` is an error at the shape that holds them.
    @Test func aMessageHoldsABoundedNumberOfCredentials() {
        let levels = (0..<40).map { level in
            "  L\(level):\n    fields:\n      a: L\(level + 1)\n      b: L\(level + 1)\n"
        }.joined()
        let yaml = Self.base.replacingOccurrences(
            of: "      state: State\n", with: "      state: State\n" + levels + "  L40:\n    fields:\n      token: {type: string, secret: true}\n")
        let started = ThreadCPUClock.now
        let errors = diagnose(yaml).filter { $0.contains("credentials") }
        #expect(ThreadCPUClock.now - started < .seconds(10))
        #expect(errors.first?.hasPrefix("specs/acme.yaml:") == true && errors.first?.contains(": error: shape 'L0' holds more than 32 credentials") == true, "\(errors)")
        #expect(errors.count == 35, "L0 to L34 each hold more than 32: \(errors.count)")
    }

    @Test func aHeaderFieldNeedsAHeaderName() {
        let yaml = Self.base.replacingOccurrences(
            of: "      id: string\n", with: "      id: string\n      'Client IP': {type: string, in: header}\n")
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:13:7: error: field 'Client IP' of shape 'Receipt' is 'in: header', so its wire name is a header name: "
                + "letters, digits and !#$%&'*+-.^_`|~ only"
        ])
    }

    @Test func atMostAThousandProblemsAreReportedAndTheRestCounted() {
        // 1,500 fields of unknown types: 1,500 errors, of which the first 1,000 in file order are listed.
        let fields = (0..<1_500).map { "      f\($0): Missing\($0)\n" }.joined()
        let yaml = Self.base.replacingOccurrences(of: "      id: string\n", with: "      id: string\n" + fields)
        let reported = diagnose(yaml)
        #expect(reported.count == 1_001)
        #expect(reported[999].hasPrefix("specs/acme.yaml:1012:13: error: 'Missing999' is not a defined shape"))
        #expect(reported.last == "specs/acme.yaml:1013:14: error: 500 more problems from here on are not shown (500 errors, 0 warnings): "
            + "only the first 1000 are reported; fix those and run again")
    }

    /// An encoding or format lint does not know is one error, where the encoding that stood in for it drew a second:
    /// a callback's `forms` made its form example "not valid JSON", an operation's made its GET "send a form body",
    /// an example's own `format: forms` made it JSON.
    @Test func anUnknownEncodingIsOneErrorNotTwo() {
        let yaml = Self.base + """
            operations:
              status:
                method: GET
                path: /status
                encoding: querry
                request: Receipt
                responses:
                  200: {shape: Receipt}
            callbacks:
              Report:
                encoding: forms
                shape: Receipt
            examples:
              - {name: report, message: Report, payload: 'id=1&state=0'}
              - {name: own, message: Receipt, format: forms, payload: 'id=1&state=0'}

            """
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:25:15: error: 'encoding' of operation 'status' must be one of json, form, query, none; found 'querry' (did you mean 'query'?)",
            "specs/acme.yaml:31:15: error: 'encoding' of callback 'Report' must be one of json, form, query; found 'forms' (did you mean 'form'?)",
            "specs/acme.yaml:35:43: error: 'format' of an example must be one of json, form, query, text; found 'forms' (did you mean 'form'?)",
        ])
    }

    /// Lint's messages, `smsspec decode` and the catalog name an example by its name; two of one name were accepted.
    @Test func anExampleNameIsDefinedOnce() {
        let spec = Self.base + """
            examples:
              - {name: sent, message: Receipt, payload: '{"id": "1", "state": 0}'}
              - {name: sent, message: Receipt, payload: '{"id": "2", "state": 1}'}

            """
        #expect(diagnose(spec) == ["specs/acme.yaml:23:12: error: example 'sent' is defined twice (first at line 22); rename one"])
    }

    /// An example written as a form or query of a message that only ever travels as JSON (an answer, a JSON
    /// callback) passed lint, though no client or receiver reads it so; an example of a form callback's shape is one.
    @Test func aFormExampleOfAMessageSentAsJSONIsRefusedAtItsFormat() {
        let spec = Self.base + """
            callbacks:
              JSONReport: {shape: Receipt}
              FormReport: {encoding: form, shape: Form}
            examples:
              - {name: json, message: JSONReport, format: form, payload: 'id=1&state=0'}
              - {name: shape, message: Receipt, format: query, payload: 'id=1&state=0'}
              - {name: form, message: Form, format: form, payload: 'id=1'}

            """
        let formShape = spec.replacingOccurrences(of: "tables:\n", with: "  Form: {fields: {id: string}}\ntables:\n")
        // A JSON operation's request whose fields all travel in the query (a GET's) has no body: a query example is its wire.
        let get = Self.base.replacingOccurrences(of: "tables:\n", with: "  Find: {fields: {id: {type: string, in: query}}}\ntables:\n") + """
            operations:
              find: {method: GET, path: /find, request: Find, responses: {200: {shape: Receipt}}}
            examples:
              - {name: find, message: Find, format: query, payload: 'id=1'}

            """
        #expect(diagnose(get) == [])
        let travels = "it travels as JSON, so write the payload as the JSON the provider sends, or give the operation or callback that sends it"
        #expect(diagnose(formShape) == [
            "specs/acme.yaml:26:47: error: example 'json' is written as a form ('format: form'), but no operation or callback sends 'JSONReport' as one: \(travels) 'encoding: form'",
            "specs/acme.yaml:27:45: error: example 'shape' is written as a query ('format: query'), but no operation or callback sends 'Receipt' as one: \(travels) 'encoding: query'",
        ])
    }

    @Test func theBaseSpecIsValid() {
        #expect(diagnose(Self.base) == [])
    }

    @Test func yamlSyntaxErrorsAreLocated() {
        let broken = Self.base.replacingOccurrences(of: "    title: Acme API", with: "    title: [Acme API")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:8:8: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 7, column 12); "
                + "is the closing ']' of the one that starts at line 7 missing?"
        ])
    }

    @Test func unknownKeysSuggestTheClosestKnownKey() {
        let broken = Self.base.replacingOccurrences(of: "tables:", with: "tabels:")
        #expect(diagnose(broken) == [
            // The misspelt section is read as the one it means: no "not a defined table" for each use of its tables.
            "specs/acme.yaml:14:1: error: unknown key 'tabels' in the spec (did you mean 'tables'?)"
        ])
    }

    /// A target's setting written into a spec (a user's `outputs:`) says where it goes.
    @Test func aTargetsSettingInASpecSaysWhereItGoes() {
        let broken = Self.base.replacingOccurrences(of: "smsspec: 1\n", with: "smsspec: 1\noutputs: [models]\n")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:2:1: error: unknown key 'outputs' in the spec (it is a setting of the target the spec is generated into: "
                + "write it in smsspec-config.yaml beside the specs)"
        ])
    }

    /// What a first spec gets wrong because YAML reads it otherwise, or because the API's documents use other words,
    /// is answered with what to write: `[Part]` unquoted is a list and `{string}` a mapping, a response is a mapping
    /// even with a shape only, and a bearer token is an API key header.
    @Test func commonFirstSpecMistakesSayWhatToWrite() {
        let broken = Self.base
            .replacingOccurrences(of: "  name: Acme SMS\n", with: "  name: Acme SMS\n  auth: {type: bearer}\n")
            .replacingOccurrences(of: "      id: string\n", with: "      id: string\n      parts: [Receipt]\n      labels: {string}\n      more: {type: [[State]]}\n")
            .replacingOccurrences(of: "shapes:\n", with: "operations:\n  get: {method: POST, path: /r, responses: {200: Receipt}}\nshapes:\n")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:5:16: error: 'type' of 'auth' must be one of header, basic, fields, headers; found 'bearer' "
                + "(a bearer token is an API key header: {type: header, name: Authorization, scheme: Bearer})",
            "specs/acme.yaml:11:50: error: response 200 of operation 'get' must be a mapping, found the value 'Receipt'; write {shape: Receipt}",
            "specs/acme.yaml:16:14: error: field 'parts' of shape 'Receipt' must be a type or a mapping, found a list: "
                + "YAML reads [Receipt] unquoted as a list; quote the type: '[Receipt]'",
            "specs/acme.yaml:17:15: error: field 'labels' of shape 'Receipt' must be a type or a mapping, found a mapping: "
                + "YAML reads {string} unquoted as a mapping; quote the type: '{string}'",
            "specs/acme.yaml:18:20: error: 'type' of field 'more' of shape 'Receipt' must be a string, found a list: "
                + "YAML reads [[State]] unquoted as a list; quote the type: '[[State]]'",
        ])
    }

    /// An operation's path is written after the base URL as it is: one with a query (SMSAPI's `/sms.do?format=json`),
    /// without its leading `/`, or with characters a URL path does not hold went to another URL
    /// (`…/sms.do?format=json?to=…`, `https://api.example.comv2/messages`).
    @Test func anOperationPathIsAURLPath() {
        let operations = ["/sms.do?format=json", "v2/messages", "/v2/messages#top", "/a b", "/m/{id", "/m/{}/x", "/m/%zz", "/ünï"]
            .enumerated().map { "  op\($0.offset): {method: POST, path: '\($0.element)', responses: {200: {summary: x}}}" }.joined(separator: "\n")
        #expect(Snippet.diagnostics("operations:\n" + operations + "\n") == [
            "9:29: path '/sms.do?…' of operation 'op0' holds a query: a path has none; make each query parameter a request "
                + "field with 'in: query' (a fixed one with a 'default')",
            "10:29: path 'v2/messages' of operation 'op1' must start with '/' (it is written after the base URL)",
            "11:29: path '/v2/messages#top' of operation 'op2' holds a fragment ('#'), which is never sent",
            "12:29: path '/a b' of operation 'op3' holds \" \", which a URL path does not: write it %-escaped as the provider expects it",
            "13:29: path '/m/{id' of operation 'op4' has a '{' that opens no '{name}' placeholder",
            "14:29: path '/m/{}/x' of operation 'op5' has a '{' that opens no '{name}' placeholder",
            "15:29: path '/m/%zz' of operation 'op6' has a '%' that starts no %XX escape",
            "16:29: path '/ünï' of operation 'op7' holds \"ü\", which a URL path does not: write it %-escaped as the provider expects it",
        ])
        #expect(Snippet.diagnostics("operations:\n  ok: {method: POST, path: \"/v1.0/a-b_c~d/%20/:x@y!$&'()*+,;=\", responses: {200: {summary: x}}}\n") == [])
    }

    /// A default is one value of any kind, and only text, numbers, booleans and enum values have one. Lint said
    /// "must be a string", as if `default: 3` needed quotes and `default: []` only another spelling, and "does not
    /// fit" of a date, as if another date would.
    @Test func aDefaultIsOneValue() {
        let noDefault = "takes no default (defaults are text, numbers, true or false, enum values, and [] for a list); leave the field optional"
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  tags: {type: '[string]', required: false, default: []}
                  count: {type: int, default: 3}
                  when: {type: date, format: iso8601, default: '2020-01-01T00:00:00Z'}
                  ids: {type: '[int]', default: 3}
                  state: {type: State, default: '0'}
            tables:
              State:
                title: States
                source: doc
                entries: [{code: 0, summary: Fine., outcome: success, category: none}]
            """) == [
                "13:52: default '2020-01-01T00:00:00Z' of field 'when' of shape 'S': a field of a date \(noDefault)",
                "14:37: default '3' of field 'ids' of shape 'S': the one default a list field takes is the empty list, 'default: []'",
                "15:37: default '0' of field 'state' of shape 'S': a field of type 'State' \(noDefault)",
            ])
    }

    /// An example's payload is JSON, a form body, a query string or plain text; `none` (no body) is an operation's encoding.
    /// Without `format`, an example of a form or query callback is a form or query, and a payload that is not JSON
    /// is told that a form needs saying so (it used to hear only "keep the document's broken text under 'verbatim'").
    @Test func anExampleFormatIsAPayloadsEncoding() {
        // A message that travels as JSON only needs its sender's encoding too ('format: form' alone is refused).
        #expect(Snippet.diagnostics("""
            shapes:
              R: {fields: {n: int}}
              S: {fields: {n: int}}
              A: {fields: {n: int}}
            callbacks:
              Posted: {encoding: form, shape: R}
              Got: {method: GET, encoding: query, shape: R}
              Sent: {shape: S}
            operations:
              send: {method: POST, path: /s, responses: {200: {shape: A}}}
            examples:
              - {name: e, message: R, format: none, payload: '{"n": 1}'}
              - {name: form, message: Posted, payload: 'n=1'}
              - {name: query, message: Got, payload: 'n=1'}
              - {name: shape, message: R, payload: 'n=1'}
              - {name: json, message: Sent, payload: 'n=1'}
              - {name: answer, message: A, payload: 'n=1'}
            """) == [
                "19:35: 'format' of an example must be one of json, form, query, text; found 'none' "
                    + "(a payload is JSON, a form body, a query string or plain text; `none` is an operation's encoding)",
                "22:5: payload of example 'shape' is not valid JSON; keep the document's broken text under 'verbatim' and a "
                    + "corrected payload here, or say 'format: form' or 'format: query' if it is a form body or query string",
                "23:5: payload of example 'json' is not valid JSON; keep the document's broken text under 'verbatim' and a "
                    + "corrected payload here, or, if the provider sends it as a form body or query string, give the operation or "
                    + "callback that sends 'Sent' 'encoding: form' (or 'query') and say 'format: form' (or 'format: query') here",
                "24:5: payload of example 'answer' is not valid JSON; keep the document's broken text under 'verbatim' and a "
                    + "corrected payload here, or say 'format: text' if the answer is plain text (its shape then reads it by its 'text:' forms)",
            ])
        let catalog = try? Snippet.swift("""
            shapes:
              R: {fields: {n: int}}
            callbacks:
              Posted: {encoding: form, shape: R}
            examples:
              - {name: form, message: Posted, payload: 'n=1'}
            """, "catalog", options: GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases).subtracting(OutputLayout.listedOnly)))
        #expect(catalog?.contains(#"name: "form", message: "Posted", format: .form,"#) == true)
    }

    /// In a flow mapping a comma ends a plain value: `summary: Inbound, being received` leaves a key 'being received'.
    /// Lint says so and shows the value quoted, rather than only calling the rest of the sentence an unknown key.
    @Test func aCommaInAFlowMappingValueIsExplained() {
        let broken = Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: Failed, not delivered,")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:20:50: error: unknown key 'not delivered' in an entry of table 'State' (a comma ends a value in "
                + "{…}: quote the value of 'summary' if it holds one, summary: 'Failed, not delivered')"
        ])
        // A key with a value, or on a line of its own, is only unknown.
        #expect(diagnose(Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: Failed, sumary: x,")) == [
            "specs/acme.yaml:20:50: error: unknown key 'sumary' in an entry of table 'State' (did you mean 'summary'?)"
        ])
        #expect(diagnose(Self.base.replacingOccurrences(of: "    url: https://acme.example/api\n", with: "    url: https://acme.example/api\n    kind:\n")) == [
            "specs/acme.yaml:9:5: error: unknown key 'kind' in source 'doc' (the keys here: title, document, url)"
        ])
    }

    /// A key no allowed key is close to says where the format takes it, or the few keys taken here (users: a
    /// decision's `reason`, a field's `formBooleans`, which is the provider's).
    @Test func anUnknownKeySaysWhereItBelongsOrTheKeysHere() {
        let yaml = Self.base.replacingOccurrences(of: "      id: string\n", with: "      id: {type: string, formBooleans: words}\n")
            + "decisions:\n  - {id: A1, issue: x, decision: y, reason: z}\n"
        let found = diagnose(yaml)
        #expect(found.contains { $0.hasSuffix("unknown key 'formBooleans' in field 'id' of shape 'Receipt' ('formBooleans' is a key of 'provider', not of this)") }, "\(found)")
        #expect(found.contains { $0.hasSuffix("unknown key 'reason' in a decision of the spec (the keys here: id, issue, decision)") }, "\(found)")
    }

    /// A value cut by two commas or more (ClickSend's `summary: The method of sending (php, wordpress, …), for
    /// statistics.`) left a key per piece: lint suggested the value up to the second comma as the one meant, and called
    /// each later piece unknown on its own, with a "did you mean" (`…)` → 'in'). It is one mistake: one error, at the
    /// first piece, with the whole value quoted.
    @Test func aValueCutByManyCommasIsOneErrorWithTheWholeValue() {
        let broken = Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: Failed (a, b, …), not delivered,")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:20:53: error: unknown key 'b' in an entry of table 'State' (a comma ends a value in "
                + "{…}: quote the value of 'summary' if it holds one, summary: 'Failed (a, b, …), not delivered')"
        ])
        // The spaces after each comma are the text's own (a user's Aligo summary `(LMS,MMS만 허용)` came back with a space
        // added), counted in scalars after Hangul.
        let tight = Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: 문자제목(LMS,MMS만 허용),  (1~44Byte), x,")
        #expect(diagnose(tight).first?.hasSuffix("summary: '문자제목(LMS,MMS만 허용),  (1~44Byte), x')") == true, "\(diagnose(tight))")
        // Shown whole past 80 characters, to be copied as it is (a user's summary ended in an ellipsis, not its `.`).
        let sentence = "Sms già inserito nelle ultime 24 ore con identico destinatario, mittente e testo."
        let long = Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: \(sentence),")
        #expect(diagnose(long).first?.hasSuffix("summary: '\(sentence)')") == true, "\(diagnose(long))")
        // In an enum's values, where every key is a name.
        #expect(Snippet.diagnostics(EnumWireTests.yaml.replacingOccurrences(of: "{1: Low, 2: High}", with: "{1: Low, 2: High (a, b, c), 3: Top}")) == [
            "19:34: value 'b' of enum 'Priority' has no summary (a comma ends a value in {…}: quote the value of '2' "
                + "if it holds one, 2: 'High (a, b, c)')"
        ])
    }

    /// `httpStatus: "401"` (ClickSend's table, copied from a JSON document) was "must be an integer …, found the value
    /// '401'", which reads as an integer: the quotes, which make it text, are what to remove.
    @Test func aQuotedNumberOrBooleanSaysItIsQuoted() {
        let broken = Self.base.replacingOccurrences(of: "summary: Failed,", with: "summary: Failed, httpStatus: \"401\", retryable: 'true',")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:20:62: error: 'httpStatus' of an entry of table 'State' must be an integer or a list of integers, "
                + "found the value '401' (quoted, so YAML reads it as text: write 401 without quotes)",
            "specs/acme.yaml:20:80: error: 'retryable' of an entry of table 'State' must be true or false, "
                + "found the value 'true' (quoted, so YAML reads it as text: write true without quotes)",
        ])
    }

    /// A JSON payload pasted unquoted (`payload: {"status": 200}`) is a YAML mapping: lint said only that it must be a
    /// string. It says how to write the document's text as it is.
    @Test func aPayloadYAMLReadAsAMappingSaysHowToKeepItText() {
        let yaml = Self.base + "examples:\n  - {name: r, message: Receipt, payload: {\"id\": \"a\", \"state\": 0}}\n"
            + "  - name: list\n    message: Receipt\n    verbatim: [1, 2]\n    payload: '{}'\n"
        let hint = "YAML reads an unquoted payload as its own data; keep the document's text as it is: quote it ('{\"id\": 1}') or "
            + "write it as a block (payload: | and the text on the lines below, indented)"
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:22:42: error: 'payload' of an example must be a string, found a mapping: \(hint)",
            "specs/acme.yaml:25:15: error: 'verbatim' of an example must be a string, found a list: \(hint)",
        ])
    }

    /// An enum's values written as a list (`values: [a, b]`, a user): lint said a mapping was needed, not how to write it.
    @Test func namesWrittenAsAListAreShownAsTheMappingsKeys() {
        let yaml = Self.base + "enums:\n  Kind:\n    values: [queued, sent, failed]\n"
        #expect(diagnose(yaml).first { $0.contains("'values' of enum 'Kind'") }?.hasSuffix(
            "must be a mapping of names to definitions, found a list: write each name as a key with its definition, "
                + #"values: {"queued": …, "sent": …, …}"#) == true, "\(diagnose(yaml))")
        // A field's default of that enum is no second error (a user read "default 'SMS' is not a value" of an enum listing
        // SMS); an enum listing no values is an error of its own.
        let defaulted = yaml.replacingOccurrences(of: "      id: string\n", with: "      id: string\n      kind: {type: Kind, default: sent}\n")
        #expect(defaulted != yaml && diagnose(defaulted).count == 1 && !diagnose(defaulted).contains { $0.contains("default") }, "\(diagnose(defaulted))")
        let empty = defaulted.replacingOccurrences(of: "values: [queued, sent, failed]", with: "values: {}")
        #expect(diagnose(empty).filter { !$0.contains("source") } == [
            "specs/acme.yaml:\(empty.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("values: {}") }! + 1):13: error: "
                + "enum 'Kind' lists no values: write each value the provider documents as a key, or make the field a string",
        ])
    }

    /// Documents name a body by its media type (Textlocal: "accepts application/x-www-form-urlencoded"): lint listed
    /// the encodings with no word of which one that is, or that XML has none.
    @Test func anEncodingGivenAsAMediaTypeNamesTheEncodingMeant() {
        let yaml = Self.base.replacingOccurrences(of: "  name: Acme SMS\n", with: "  name: Acme SMS\n  encoding: application/x-www-form-urlencoded\n")
            + "callbacks:\n  Receipt: {encoding: application/xml, shape: Receipt}\n"
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:5:13: error: 'encoding' of 'provider' must be one of json, form, query, none; found "
                + "'application/x-www-form-urlencoded' (that media type is 'form')",
            "specs/acme.yaml:23:23: error: 'encoding' of callback 'Receipt' must be one of json, form, query; found 'application/xml' "
                + "(the format reads and writes no XML: JSON, forms and queries only)",
        ])
    }

    /// `path: /messages/:id`, the placeholder as Express and many API documents write it, was "has no '{id}'" alone,
    /// while the path visibly names `id`: lint says which spelling the format reads.
    @Test func aColonPlaceholderSaysThePathSpellsPlaceholdersInBraces() {
        let yaml = """
            operations:
              get: {method: GET, path: '/messages/:id/parts/:part', request: L, responses: {204: {summary: Gone.}}}
            shapes:
              L:
                fields: {id: {type: string, in: path}, part: {type: int, in: path}}
            """
        #expect(Snippet.diagnostics(yaml) == [
            "12:14: field 'id' is 'in: path' but the path of operation 'get' has no '{id}' (a placeholder is written "
                + "'{id}', not ':id')",
            "12:44: field 'part' is 'in: path' but the path of operation 'get' has no '{part}' (a placeholder is written "
                + "'{part}', not ':part')",
        ])
    }

    /// `auth: {type: basic, name: Authorization}` linted clean though `name` is read by header auth alone: a key that
    /// changes nothing passed as if it did. And `type: query` or `apiKey`, as OpenAPI names them, got no pointer to
    /// what the format writes instead.
    @Test func anAuthKeyItsTypeDoesNotReadIsAnErrorAndOpenAPITypesPointToTheFormats() {
        func auth(_ value: String) -> [String] {
            diagnose(Self.base.replacingOccurrences(of: "  name: Acme SMS\n", with: "  name: Acme SMS\n  auth: \(value)\n"))
        }
        #expect(auth("{type: basic, name: Authorization, scheme: Basic}") == [
            "specs/acme.yaml:5:23: error: 'name' of 'auth' is not read with type basic, which writes its own Authorization header; remove it",
            "specs/acme.yaml:5:44: error: 'scheme' of 'auth' is not read with type basic, which writes its own Authorization header; remove it",
        ])
        #expect(auth("{type: header, name: Authorization, scheme: basic}") == [
            "specs/acme.yaml:5:53: error: auth scheme \"basic\" would send the API key as it is, where HTTP Basic sends a user name and "
                + "password in base64: write auth: {type: basic}, and clients are given the user name and password; a provider that reads "
                + "`Basic` and the base64 of the key alone (no user name, no ':') takes auth: {type: header, name: Authorization}, the key "
                + "given as the whole value (`Basic ` and the encoded key)"
        ])
        #expect(auth("{type: header, name: X-Key, fields: [id]}") == [
            "specs/acme.yaml:5:37: error: 'fields' of 'auth' is not read with type header, which sends the key in the header 'name'; remove it"
        ])
        #expect(auth("{type: query, name: api_key}") == [
            "specs/acme.yaml:5:16: error: 'type' of 'auth' must be one of header, basic, fields, headers; found 'query' (a key in the query is "
                + "a request field with 'in: query', named in {type: fields, fields: [api_key]})"
        ])
        #expect(auth("{type: apiKey, name: X-Key}") == [
            "specs/acme.yaml:5:16: error: 'type' of 'auth' must be one of header, basic, fields, headers; found 'apiKey' (an API key header is "
                + "{type: header, name: X-API-KEY}; one sent as a request field is {type: fields, fields: [api_key]})"
        ])
    }

    @Test func missingRequiredKeysAndWrongTypesAreReported() throws {
        let broken = Self.base
            .replacingOccurrences(of: "  name: Acme SMS\n", with: "")
            .replacingOccurrences(of: "{code: 1, name: FAILED, summary: Failed,", with: "{code: [1], name: FAILED,")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:3:3: error: 'provider' is missing the required key 'name'",
            "specs/acme.yaml:19:9: error: an entry of table 'State' is missing the required key 'summary'",
            "specs/acme.yaml:19:16: error: 'code' of an entry of table 'State' must be an integer, found a list",
        ])
        // A table without a source is the spec's own, which no document shows, and says so where its source would be
        // (a user's inferred report table had to cite a document that does not show it).
        let ownTable = Self.base.replacingOccurrences(of: "    source: doc\n", with: "")
        #expect(diagnose(ownTable) == [])
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: ownTable)], options: GeneratorOptions())
        let codes = try #require(files.first { $0.name == "acme.codes.swift" }).contents
        #expect(codes.contains("source: \"none — the spec's own table, which no document shows (our inference)\","), "\(codes)")
        #expect(codes.contains("/// No document shows this table: its codes, names and descriptions are the spec's own (our inference)."), "\(codes)")
    }

    /// A response that lists tables is judged by their codes alone, so each other table its shape carries (through
    /// lists, shapes and unions) must be listed too; a delivery-status table may stay out (a looked-up message's
    /// status is what the answer reports), and a response listing none leaves every code to decide.
    @Test func aResponseListingTablesListsEveryTableItsShapeCarries() {
        let yaml = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent, tables: [HTTPStatus]}, default: {shape: Sent}}, source: doc}
              look: {method: GET, path: '/m/{id}', request: Look, responses: {200: {shape: Sent, tables: [HTTPStatus, Error]}}, source: doc}
            shapes:
              Send: {fields: {to: string}}
              Look: {fields: {id: {type: string, in: path}}}
              Sent: {fields: {results: '[Outcome]', delivery: {type: Delivery, required: false}}}
              Part: {fields: {error: Error}}
            unions:
              Outcome: {variants: {part: Part, text: string}}

            """ + DecidingTablesScaleTests.tables + """
              Delivery:
                title: Delivery
                source: doc
                deliveryStatus: true
                entries: [{code: 1, name: Failed, summary: Failed, outcome: failure, category: unknown, deliveryState: undelivered, final: true}]

            """
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:5:92: error: response 200 of operation 'send' lists its tables, but its shape 'Sent' also carries codes of "
                + "table 'Error', whose failures would then not make the request fail: its codes sit only inside a list or a map (one per "
                + "entry): add it to 'reports' when each entry's code is data (a part's failure beside parts that were sent), or to 'tables' "
                + "when any entry's failure means the request failed"
        ])
        // Codes one per entry beside a listed table that decides nothing either (a user's NextSMS recipients, each with a
        // status and its group, followed 'reports' into two warnings): 'tables: []' first.
        let perRecipient = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent, tables: [Error]}}, source: doc}
            shapes:
              Send: {fields: {to: string}}
              Sent: {fields: {messages: '[Message]'}}
              Message: {fields: {status: Error, group: HTTPStatus}}

            """ + DecidingTablesScaleTests.tables
        #expect(diagnose(perRecipient) == [
            "specs/acme.yaml:5:92: error: response 200 of operation 'send' lists its tables, but its shape 'Sent' also carries codes of "
                + "table 'HTTPStatus', whose failures would then not make the request fail: its codes sit only inside a list or a map "
                + "(one per entry), as the listed tables' do: write 'tables: []' when each entry's code is data (every code is still among "
                + "the result's failures), or add it to 'tables' when any entry's failure means the request failed"
        ])
        #expect(diagnose(yaml.replacingOccurrences(of: "tables: [HTTPStatus]}", with: "tables: [HTTPStatus, Error]}")) == [])
        // A table whose codes are data (Textlocal's warnings beside the messages sent) is listed in 'reports'.
        #expect(diagnose(yaml.replacingOccurrences(of: "tables: [HTTPStatus]}", with: "tables: [HTTPStatus], reports: [Error]}")) == [])
    }

    /// A payload's text code is read trimmed, so a code or alias spelt with whitespace around it never matched and
    /// linted clean (`' OK2'` as an alias of OK).
    @Test func aTextCodeWithSpacesAroundItIsAnError() {
        let yaml = """
            shapes:
              Answer: {fields: {state: State, flag: Flag}}
            tables:
              State:
                title: States
                source: doc
                codeType: string
                entries:
                  - {code: OK, summary: Fine., outcome: success, category: none, aliases: [' OK2', 'OK3']}
                  - {code: 'FAIL ', summary: Failed., outcome: failure, category: unknown}
              Flag:
                title: Flags
                source: doc
                codeType: bool
                entries:
                  - {code: true, summary: Yes., outcome: success, category: none, aliases: [' yes', ' true ']}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "16:80: \" OK2\" in table 'State' never matches: a payload's code is read without the whitespace around it, so a "
                + "provider sending it sends \"OK2\"; write that",
            "17:16: \"FAIL \" in table 'State' never matches: a payload's code is read without the whitespace around it, so a "
                + "provider sending it sends \"FAIL\"; write that",
            "23:81: \" yes\" in table 'Flag' never matches: a payload's code is read without the whitespace around it, so a "
                + "provider sending it sends \"yes\"; write that",
        ])
    }

    /// A union, an enum or a table where a message's shape is named says what it is and why it cannot be a message
    /// (seven.io answers a refused key with the bare body "900"): it said only "'Answer' is not a defined shape". An
    /// answer may be a union (`UnionAnswerTests`), and an example of such a union is one of an answer; a request may not.
    @Test func aUnionNamedAsAMessageSaysWhyItCannotBeOne() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Answer, responses: {200: {shape: Kind}, 400: {shape: Answer}}}
            shapes:
              Sent: {fields: {id: string}}
            enums:
              Kind: {values: {a: A., b: B.}}
            unions:
              Answer: {variants: {sent: Sent, code: int}}
              Other: {variants: {sent: Sent, code: int}}
            examples:
              - {name: refused, message: Answer, payload: '900'}
              - {name: other, message: Other, payload: '900'}

            """
        let why = "a request, a callback's payload and an example are read as a shape's fields, so a body that is one "
            + "bare value or takes several forms is not supported (an answer may be a union); name a shape"
        #expect(Snippet.diagnostics(yaml) == [
            "9:46: 'Answer' is a union, not a shape: \(why) (a field of it may be the union)",
            "9:79: 'Kind' is an enum, not a shape or union: an answer is read as a shape's fields or as one of a union's forms; "
                + "an answer that is an object or a bare value is a union with a variant of each (`{answer: Sent, code: Code}`) "
                + "(a field of it may be of that type)",
            "19:28: 'Other' is a union, not a shape or callback: an example is read as a shape's fields, a callback's, or a union "
                + "an operation answers with; name a shape, or answer with the union (a field of it may be the union)",
        ])
    }

    /// `reports` names tables the answer reports without deciding: only beside `tables` (without them every code
    /// decides, the reported ones too), each table in one of the two, once.
    @Test func reportedTablesStandBesideDecidingOnes() throws {
        let operations = """
            operations:
              a: {method: POST, path: /a, responses: {200: {shape: A, reports: [Error]}}}
              b: {method: POST, path: /b, responses: {200: {shape: A, tables: [HTTPStatus, Error], reports: [Error, Nope]}}}
              c: {method: POST, path: /c, responses: {200: {shape: A, tables: [HTTPStatus], reports: [Error, Error]}}}
              d: {method: POST, path: /d, responses: {200: {shape: A, tables: [], reports: [Error]}}}
              e: {method: POST, path: /e, responses: {200: {shape: B, tables: [HTTPStatus], reports: [Error]}}}
            shapes:
              A: {fields: {status: HTTPStatus, warnings: '[Error]'}}
              B: {fields: {status: HTTPStatus}}

            """
        #expect(Snippet.diagnostics(operations + DecidingTablesScaleTests.tables) == [
            "9:69: response 200 of operation 'a' has 'reports' but no 'tables': without 'tables' every code of the "
                + "answer decides, the reported ones too; list the tables whose codes say the request failed in 'tables'",
            "10:105: 'Nope' is not a defined table",
            "11:98: table 'Error' is listed twice in this response's 'reports'; remove one",
            "12:81: 'reports' of response 200 of operation 'd' changes nothing beside 'tables: []': no code of that answer decides, "
                + "so every code it holds is reported already; remove 'reports'",
            "13:91: table 'Error' is in the 'reports' of response 200 of operation 'e', but its shape 'B' carries no code of it: "
                + "'reports' names the tables whose codes the answer holds as data",
        ])
        // The descriptor names the deciding tables only: a client throws on their failures, and returns the answer
        // with the reported ones among its `failures`.
        let fixed = operations.split(separator: "\n", omittingEmptySubsequences: false).filter { !["  b:", "  c:", "  e:"].contains($0.prefix(4)) }
            .joined(separator: "\n").replacingOccurrences(of: "{shape: A, reports: [Error]}", with: "{shape: A, tables: [HTTPStatus], reports: [Error]}")
        let swift = try Snippet.swift(fixed + DecidingTablesScaleTests.tables, "operations")
        #expect(swift.contains(#"responses: [.status(200, "A", tables: ["HTTPStatus"], codeFields: ["status"])])"#), "\(swift)")
    }

    /// A table in both `tables` and `reports` decides by its codes outside lists and maps and is reported inside them
    /// (SMS.ru's one table for its envelope and each number's result): the descriptor says which, and one the answer
    /// holds only inside entries, which would never decide, is named.
    @Test func aTableInBothListsDecidesOutsideEntries() throws {
        let operations = """
            operations:
              a: {method: POST, path: /a, responses: {200: {shape: A, tables: [Error], reports: [Error]}}}
              b: {method: POST, path: /b, responses: {200: {shape: B, tables: [Error], reports: [Error]}}}
              c: {method: POST, path: /c, responses: {200: {shape: Entry, tables: [Error], reports: [Error]}}}
              d: {method: POST, path: /d, responses: {200: {shape: B, tables: [Error, HTTPStatus], reports: [Error]}}}
              e: {method: POST, path: /e, responses: {200: {shape: E, tables: [Error, HTTPStatus], reports: [Error, HTTPStatus]}}}
            shapes:
              A: {fields: {status: Error, numbers: '{Entry}'}}
              E: {fields: {numbers: '{Pair}'}}
              Pair: {fields: {status: Error, http: HTTPStatus}}
              Entry: {fields: {status: Error}}
              B: {fields: {numbers: '{Entry}'}}

            """
        let diagnostics = lintDiagnostics(Snippet.header(providerKeys: "") + operations + DecidingTablesScaleTests.tables)
        var expected: [String] = [
            "specs/acme.yaml:10:86: warning: table 'Error' is in both the 'tables' and the 'reports' of response 200 of operation 'b', so its codes decide "
                + "outside lists and maps and are reported inside them, but its shape 'B' carries its codes only inside a list or a map: "
                + "none decides; write 'tables: []' (no code of the answer decides) when each entry's code is data, or keep it in "
                + "'tables' alone when any entry's failure means the request failed",
            "specs/acme.yaml:11:90: warning: table 'Error' is in both the 'tables' and the 'reports' of response 200 of operation 'c', so its "
                + "codes decide outside lists and maps and are reported inside them, but its shape 'Entry' carries none of its codes inside a list "
                + "or a map: 'reports' changes nothing; remove it there",
            // Beside another deciding table, 'reports' alone is a form lint takes (a user followed the advice above into an error).
            "specs/acme.yaml:12:98: warning: table 'Error' is in both the 'tables' and the 'reports' of response 200 of operation 'd', so its codes decide "
                + "outside lists and maps and are reported inside them, but its shape 'B' carries its codes only inside a list or a map: "
                + "none decides; keep it in 'reports' alone when each entry's code is data, or keep it in 'tables' alone when any entry's failure "
                + "means the request failed",
        ]
        expected += ["13:98: warning: table 'Error'", "13:105: warning: table 'HTTPStatus'"].map { (start: String) -> String in
            // Two such tables: moving both to 'reports' would leave no 'tables' (a review), so each is advised 'tables: []'.
            "specs/acme.yaml:\(start) is in both the 'tables' and the 'reports' of response 200 of operation 'e', so its codes decide outside "
                + "lists and maps and are reported inside them, but its shape 'E' carries its codes only inside a list or a map: none decides; "
                + "write 'tables: []' (no code of the answer decides) when each entry's code is data, or keep it in 'tables' alone when any "
                + "entry's failure means the request failed"
        }
        #expect(diagnostics.filter { !$0.contains("'HTTPStatus' is the type of no field") } == expected)
        let swift = try Snippet.swift(operations.replacingOccurrences(of: "shape: B", with: "shape: A") + DecidingTablesScaleTests.tables, "operations")
        #expect(swift.contains(#"responses: [.status(200, "A", tables: ["Error"], codeFields: ["status"], reportedInEntries: ["Error"])])"#), "\(swift)")
    }

    /// A listed table the answer does not carry decides by the HTTP status alone (a table of statuses): one with no
    /// code of a status the answer may have never decides, which a spec meaning `tables: []` wrote (a third-party spec did; a user's spec listed
    /// its int table of report errors, 30, 60, 70, for a send, which drew no warning).
    @Test func aListedTableNoCodeOfWhichCanBeReadIsNamed() {
        let spec = """
            operations:
              a: {method: POST, path: /a, responses: {200: {shape: A, tables: [Words, ReportErrors]}}}
              b: {method: POST, path: /b, responses: {200: {shape: A, tables: [HTTPStatus]}, 4XX: {shape: A, tables: [Statuses]}}}
              c: {method: POST, path: /c, responses: {2XX: {shape: A, tables: [Returns]}}}
              d: {method: POST, path: /d, responses: {2XX: {shape: A, tables: [Envelope]}, 4XX: {shape: E, tables: [Envelope]}}}
              t: {method: GET, path: /t, responses: {200: {shape: T, tables: [Envelope]}}}
            shapes:
              A: {fields: {note: string}}
              T: {text: ['{note} | {words}'], fields: {note: string, words: string}}
              E: {fields: {code: Envelope}}
            tables:
              Returns:
                title: Return codes 100 and up, which no answer's status is
                source: doc
                entries: [{code: 100, summary: Sent, outcome: success, category: none}, {code: 104, summary: No credit, outcome: failure, category: insufficientFunds}]
              Envelope:
                title: Return codes another answer holds at its top
                source: doc
                entries: [{code: 100, summary: Sent, outcome: success, category: none}, {code: 104, summary: No credit, outcome: failure, category: insufficientFunds}]
              HTTPStatus:
                title: HTTP
                source: doc
                entries: [{code: 200, name: OK, summary: OK, outcome: success, category: none}]
              Words:
                title: Words
                source: doc
                codeType: string
                entries: [{code: denied, summary: Denied, outcome: failure, category: authentication}]
              Statuses:
                title: Statuses as text
                source: doc
                codeType: string
                entries: [{code: denied, aliases: ['401'], summary: Denied, outcome: failure, category: authentication}]
              ReportErrors:
                title: Report errors
                source: doc
                entries: [{code: 30, summary: Bad key, outcome: failure, category: authentication}, {code: 60, summary: None, outcome: failure, category: invalidRequest}]

            """
        // The status looked up is named (a user's table of HTTP statuses under a 201 answer was said to hold none).
        let tail = { (status: String) in
            "carries no code of it, and none of its codes is \(status): it never decides; list the tables whose codes the answer holds, or "
                + "write 'tables: []' when none of them says the request failed"
        }
        #expect(lintDiagnostics(Snippet.header(providerKeys: "") + spec) == [
            "specs/acme.yaml:9:68: warning: table 'Words' is in the 'tables' of response 200 of operation 'a', but its shape 'A' \(tail("200, this answer's status"))",
            "specs/acme.yaml:9:75: warning: table 'ReportErrors' is in the 'tables' of response 200 of operation 'a', but its shape 'A' \(tail("200, this answer's status"))",
            // A 1xx status is no answer's (a user's Octopush codes 100–122); one another answer holds at its top reads an
            // error envelope in this answer's place.
            "specs/acme.yaml:11:68: warning: table 'Returns' is in the 'tables' of response 2XX of operation 'c', but its shape 'A' \(tail("a 2xx status, this answer's"))",
            // A text answer is read by its own forms, never as another answer's envelope (a user's smsmode `61 | SMS not
            // found` was returned as a delivery status 61).
            "specs/acme.yaml:13:67: warning: table 'Envelope' is in the 'tables' of response 200 of operation 't', but its shape 'T' \(tail("200, this answer's status"))",
        ])
    }

    /// Operations told apart by a header only (AWS's actions, all `POST /`): the sandbox, routing by method and path,
    /// answered each as the first, and lint said nothing.
    @Test func operationsAtOneMethodAndPathAreNamed() {
        let spec = """
            operations:
              send: {method: POST, path: /, responses: {200: {shape: A}}}
              look: {method: GET, path: '/m/{id}', request: Look, responses: {200: {shape: A}}}
              optOuts: {method: POST, path: /, responses: {200: {shape: A}}}
              lookAgain: {method: GET, path: '/m/{messageId}', request: LookAgain, responses: {200: {shape: A}}}
              delete: {method: DELETE, path: '/m/{id}', request: Look, responses: {200: {shape: A}}}
              balance: {method: GET, path: /m/balance/, responses: {200: {shape: A}}}
              deeper: {method: GET, path: '/m/{id}/parts', request: Look, responses: {200: {shape: A}}}
              json: {method: GET, path: '/j/{id}.json', request: Look, responses: {200: {shape: A}}}
              jsonBalance: {method: GET, path: /j/balance.json, responses: {200: {shape: A}}}
              jsonXML: {method: GET, path: /j/balance.xml, responses: {200: {shape: A}}}
              jsonAgain: {method: GET, path: '/j/{messageId}.json', request: LookAgain, responses: {200: {shape: A}}}
              whole: {method: GET, path: '/k/{id}', request: Look, responses: {200: {shape: A}}}
              wholeJSON: {method: GET, path: '/k/{messageId}.json', request: LookAgain, responses: {200: {shape: A}}}
              dotted: {method: GET, path: '/n/{id}.{messageId}', request: Both, responses: {200: {shape: A}}}
              dottedJSON: {method: GET, path: '/n/{id}.json', request: Look, responses: {200: {shape: A}}}
              dashed: {method: GET, path: '/p/{id}-{messageId}/x', request: Both, responses: {200: {shape: A}}}
              dashedOne: {method: GET, path: '/p/x-{id}/x', request: Look, responses: {200: {shape: A}}}
              narrow: {method: GET, path: '/q/{id}.json', request: Look, responses: {200: {shape: A}}}
              broad: {method: GET, path: '/q/{id}.{messageId}', request: Both, responses: {200: {shape: A}}}
              prefixed: {method: GET, path: '/r/x-{id}', request: Look, responses: {200: {shape: A}}}
              dashedAgain: {method: GET, path: '/r/{id}-{messageId}', request: Both, responses: {200: {shape: A}}}
            shapes:
              A: {fields: {note: string}}
              Look: {fields: {id: {type: string, in: path}}}
              LookAgain: {fields: {messageId: {type: string, in: path}}}
              Both: {fields: {id: {type: string, in: path}, messageId: {type: string, in: path}}}

            """
        let tail = "the client sends each as written, but the sandbox routes requests by method and path, in the spec's order, and answers every such request as"
        let advice = { (id: String) in
            "; a request field of one value the provider reads (a text field with `default: \(id)` and `pattern: '^\(id)$'`, as it names the action) tells the two apart"
        }
        #expect(lintDiagnostics(Snippet.header(providerKeys: "") + spec) == [
            "specs/acme.yaml:11:33: warning: operation 'optOuts' (POST /) has the method and path of operation 'send' (/): \(tail) 'send'" + advice("optOuts"),
            "specs/acme.yaml:12:34: warning: operation 'lookAgain' (GET /m/{messageId}) has the method and path of operation 'look' (/m/{id}): \(tail) 'look'" + advice("lookAgain"),
            "specs/acme.yaml:14:32: warning: operation 'balance' (GET /m/balance/) is matched by the path of the earlier operation 'look' "
                + "(/m/{id}): \(tail) 'look'; list 'balance' first" + advice("balance"),
            "specs/acme.yaml:17:36: warning: operation 'jsonBalance' (GET /j/balance.json) is matched by the path of the earlier operation 'json' "
                + "(/j/{id}.json): \(tail) 'json'; list 'jsonBalance' first" + advice("jsonBalance"),
            "specs/acme.yaml:19:34: warning: operation 'jsonAgain' (GET /j/{messageId}.json) has the method and path of operation 'json' (/j/{id}.json): \(tail) 'json'" + advice("jsonAgain"),
            "specs/acme.yaml:21:34: warning: operation 'wholeJSON' (GET /k/{messageId}.json) is matched by the path of the earlier operation 'whole' "
                + "(/k/{id}): \(tail) 'whole'; list 'wholeJSON' first" + advice("wholeJSON"),
            "specs/acme.yaml:23:35: warning: operation 'dottedJSON' (GET /n/{id}.json) is matched by the path of the earlier operation 'dotted' "
                + "(/n/{id}.{messageId}): \(tail) 'dotted'; list 'dottedJSON' first" + advice("dottedJSON"),
            "specs/acme.yaml:25:34: warning: operation 'dashedOne' (GET /p/x-{id}/x) is matched by the path of the earlier operation 'dashed' "
                + "(/p/{id}-{messageId}/x): \(tail) 'dashed'; list 'dashedOne' first" + advice("dashedOne"),
        ])
    }

    /// Operations at one method and path told apart by a request field of one value (VoIP.ms's `method=getBalance`,
    /// SMSLink's `mode=credit` beside a send that has none) are routed by it: no warning. Two a request cannot tell
    /// apart (the same value, or neither has one) are warned of as before.
    @Test func operationsToldApartByAFieldOfOneValueAreNotWarnedOf() {
        let spec = """
            operations:
              send: {method: GET, path: /rest.php, encoding: query, request: Send, responses: {200: {shape: A}}}
              balance: {method: GET, path: /rest.php, encoding: query, request: Balance, responses: {200: {shape: A}}}
              credit: {method: GET, path: /rest.php, encoding: query, request: Credit, responses: {200: {shape: A}}}
              again: {method: GET, path: /rest.php, encoding: query, request: Balance, responses: {200: {shape: A}}}
              loose: {method: GET, path: /rest.php, encoding: query, request: Loose, responses: {200: {shape: A}}}
            shapes:
              A: {fields: {note: string}}
              Send: {fields: {to: string}}
              Balance: {fields: {method: {type: string, default: getBalance, constraints: {pattern: '^getBalance$'}}}}
              Credit: {fields: {mode: {type: string, default: credit.v2, constraints: {pattern: '^credit\\.v2$'}}}}
              Loose: {fields: {method: {type: string, default: getSMS, constraints: {pattern: '^get'}}}}

            """
        let found = lintDiagnostics(Snippet.header(providerKeys: "") + spec)
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("specs/acme.yaml:12:30: warning: operation 'again' (GET /rest.php) has the method and path of operation 'balance'") == true, "\(found)")
        #expect(found.last?.hasPrefix("specs/acme.yaml:13:30: warning: operation 'loose' (GET /rest.php) has the method and path of operation 'send'") == true)
    }

    /// A path's placeholders were each replaced in the whole segment, and matched with the path fields pairwise:
    /// 20,000 in one segment, each a field, took 27 s (debug).
    @Test func aSegmentOfManyPlaceholdersIsReadInLinearTime() {
        let placeholders = (0..<20_000).map { "{p\($0)}" }.joined(separator: "-")
        let fields = (0..<20_000).map { "      p\($0): {type: string, in: path}\n" }.joined()
        let spec = "operations:\n  a: {method: GET, path: '/a/\(placeholders)', request: Look, responses: {200: {shape: A}}}\nshapes:\n"
            + "  A: {fields: {note: string}}\n  Look:\n    fields:\n\(fields)"
        let clock = ThreadCPUClock()
        var found: [String] = []
        let elapsed = clock.measure { found = lintDiagnostics(Snippet.header(providerKeys: "") + spec) }
        #expect(found == [], "\(found.prefix(3))")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        let unmatched = spec.replacingOccurrences(of: "      p19999: {type: string, in: path}\n", with: "")
        #expect(lintDiagnostics(Snippet.header(providerKeys: "") + unmatched).contains { $0.contains("path parameter '{p19999}'") })
    }

    /// The route warning compared each operation with every earlier one: lint of 5,000 operations took 13 s (debug),
    /// in the generator every downstream build runs. 10,000 routes, one shadowed, are read in linear time.
    @Test func routesAreCheckedInLinearTime() {
        var spec = "operations:\n"
        for index in 0..<10_000 { spec += "  op\(index): {method: GET, path: '/a/{id}/part\(index)', request: Look, responses: {200: {shape: A}}}\n" }
        spec += "  late: {method: GET, path: /a/x/part7, responses: {200: {shape: A}}}\nshapes:\n  A: {fields: {note: string}}\n"
            + "  Look: {fields: {id: {type: string, in: path}}}\n"
        let clock = ThreadCPUClock()
        var found: [String] = []
        let elapsed = clock.measure { found = lintDiagnostics(Snippet.header(providerKeys: "") + spec) }
        #expect(found.count == 1 && found.allSatisfy { $0.contains("operation 'late' (GET /a/x/part7) is matched by the path of the earlier operation 'op7'") }, "\(found.count): \(found.prefix(3))")
        #expect(elapsed < .seconds(15), "took \(elapsed)")
    }

    static let lookup = Snippet.header + """
        operations:
          look: {method: GET, path: '/m/{id}', request: Look, responses: {200: {shape: Message}}, source: doc}
          send: {method: POST, path: /send, request: Send, responses: {200: {shape: Message}}, source: doc}
        shapes:
          Send: {fields: {to: string}}
          Look: {fields: {id: {type: string, in: path}}}
          Message: {fields: {parts: '[Part]'}}
          Part: {fields: {status: Delivery}}
        tables:
          Delivery:
            title: Delivery
            source: doc
            deliveryStatus: true
            entries:
              - {code: 1, name: Delivered, summary: Delivered, outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: 2, name: Failed, summary: Failed, outcome: failure, category: unknown, deliveryState: undelivered, final: true}

        """

    /// A GET answer carrying a delivery-status table with failure codes, listing no tables, is most likely a lookup
    /// whose undelivered message would throw: a warning at the response, silenced by `tables: []` or by listing them.
    @Test func aLookupDecidedByItsDeliveryStatusIsWarnedOf() {
        let yaml = Self.lookup
        #expect(lintDiagnostics(yaml) == [
            "specs/acme.yaml:9:67: warning: response 200 of operation 'look' lists no 'tables', so every code in its shape 'Message' "
                + "decides, the delivery statuses of table 'Delivery' too: looking up a message that failed would throw rather than "
                + "return it; write 'tables: []' when the answer reports a message's status (no code says the request failed), or "
                + "list the tables whose codes do"
        ])
        #expect(lintDiagnostics(yaml.replacingOccurrences(of: "{200: {shape: Message}}, source: doc}\n  send", with: "{200: {shape: Message, tables: []}}, source: doc}\n  send")) == [])
        #expect(lintDiagnostics(yaml.replacingOccurrences(of: "{200: {shape: Message}}, source: doc}\n  send", with: "{200: {shape: Message, tables: [Delivery]}}, source: doc}\n  send")) == [])
        // No failure code among the statuses: a status the table does not list still throws (a user's Jusibe lists Sent
        // and Delivered; its "Failed" threw).
        let noFailure = lintDiagnostics(yaml.replacingOccurrences(of: "outcome: failure, category: unknown, deliveryState: undelivered", with: "outcome: pending, category: none, deliveryState: sent"))
        #expect(noFailure.count == 1 && noFailure[0].contains(
            "looking up a message in a status the table does not list (an undocumented code is a failure) would throw rather than return it"), "\(noFailure)")
    }

    /// A failure status's answer throws whatever its codes say: no looked-up message is lost there, so no warning;
    /// a class of successes (`2XX`) or `default` may answer the lookup and is warned of.
    @Test func aLookupsFailureAnswerCarryingDeliveryStatusesIsNoWarning() {
        let look = "{200: {shape: Message}}, source: doc}\n  send"
        let failures = "{200: {shape: Message, tables: []}, 404: {shape: Message}, 5XX: {shape: Message}}, source: doc}\n  send"
        #expect(lintDiagnostics(Self.lookup.replacingOccurrences(of: look, with: failures)) == [])
        for key in ["2XX", "default"] {
            let warned = lintDiagnostics(Self.lookup.replacingOccurrences(of: look, with: "{\(key): {shape: Message}}, source: doc}\n  send"))
            #expect(warned.count == 1 && warned[0].contains("response \(key) of operation 'look' lists no 'tables'"), "\(warned)")
        }
    }

    @Test func duplicateCodesAndCollidingSwiftNamesAreReported() {
        let broken = Self.base.replacingOccurrences(
            of: "      - {code: 1, name: FAILED,",
            with: "      - {code: 2, name: ok, summary: Also ok, outcome: success, category: none}\n      - {code: \"00\", name: FAILED,")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:20:9: error: code 2 and code 0 (line 19) both become 'ok' in table 'State'; give one a 'case' name",
            "specs/acme.yaml:21:16: error: code 00 of table 'State' duplicates code 0 at line 19",
        ])
    }

    /// Two codes with one alias: the second duplicates the first's alias, which the error said was a code.
    @Test func anAliasRepeatingAnotherCodesAliasSaysSo() {
        let broken = Self.base.replacingOccurrences(of: "      - {code: 1, name: FAILED,", with: "      - {code: 1, aliases: ['07'], name: FAILED,")
            .replacingOccurrences(of: "      - {code: 0, name: OK,", with: "      - {code: 0, aliases: ['7'], name: OK,")
        #expect(diagnose(broken) == ["specs/acme.yaml:20:29: error: alias 07 of table 'State' duplicates alias 7 of code 0 at line 19"])
    }

    /// A string code is shown in double quotes, escaped: an empty code, a quote, a line break are all visible.
    @Test func stringCodesAreQuotedSoEveryCodeShows() {
        let broken = Self.base.replacingOccurrences(of: "      - {code: 0, name: OK,", with: """
                  - {code: '', summary: Empty, outcome: failure, category: unknown}
                  - {code: '"', summary: Quote, outcome: failure, category: unknown}
                  - {code: "a\\nb", summary: Two lines, outcome: failure, category: unknown, explanation: Two lines}
                  - {code: "", name: Again, summary: Empty again, outcome: failure, category: unknown}
                  - {code: 0, name: OK,
            """).replacingOccurrences(of: "    source: doc\n", with: "    source: doc\n    codeType: string\n")
        #expect(diagnose(broken) == [
            #"specs/acme.yaml:20:9: error: code "" has no letter or digit to name a Swift case after; set 'case'"#,
            #"specs/acme.yaml:21:9: error: code "\"" has no letter or digit to name a Swift case after; set 'case'"#,
            #"specs/acme.yaml:22:94: error: 'explanation' of code "a\nb" of table 'State' must add our own words; it is empty or repeats the document's summary or cause"#,
            #"specs/acme.yaml:23:16: error: code "" of table 'State' duplicates code "" at line 20"#,
        ])
    }

    /// The repetition is the key to remove or rename: it is where the error is, with the line of the first.
    @Test func aDuplicateKeyIsReportedWhereItRepeats() {
        let block = Self.base.replacingOccurrences(of: "      state: State\n", with: "      state: State\n      id: int\n")
        #expect(diagnose(block) == ["specs/acme.yaml:14:7: error: duplicate key 'id' (first at line 12)"])
        let flow = Self.base.replacingOccurrences(
            of: "      id: string\n      state: State\n", with: "      {id: string, state: State, 'id': int, state: State, x: {id: int}}\n")
            .replacingOccurrences(of: "    fields:\n", with: "    fields:\n ")
        #expect(diagnose(flow) == [
            "specs/acme.yaml:12:35: error: duplicate key 'id' (first at line 12)",
            "specs/acme.yaml:12:46: error: duplicate key 'state' (first at line 12)",
        ])
    }

    @Test func undefinedReferencesAndInvalidRegexesAreReported() {
        let broken = Self.base
            .replacingOccurrences(of: "      state: State", with: "      state: Stat\n      to: {type: string, constraints: {pattern: '^[0-9'}}\n      at: '[strin]'")
            .replacingOccurrences(of: "    source: doc", with: "    source: docs")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:13:14: error: 'Stat' is not a defined shape, enum or table (did you mean 'State'?)",
            "specs/acme.yaml:14:49: error: invalid regular expression '^[0-9' for field 'to' of shape 'Receipt': it does not compile as an ICU regular expression",
            // A misspelt built-in type is suggested as a defined type is.
            "specs/acme.yaml:15:11: error: 'strin' is not a defined shape, enum or table (did you mean 'string'?)",
            "specs/acme.yaml:19:13: error: unknown source 'docs' (did you mean 'doc'?); every table names the document it comes from",
        ])
    }

    @Test func everyEntryNeedsAValidCategory() {
        let broken = Self.base
            .replacingOccurrences(of: "outcome: failure, category: unknown}", with: "outcome: failure}")
            .replacingOccurrences(of: "outcome: success, category: none}", with: "outcome: success, category: nonee}")
        #expect(diagnose(broken) == [
            "specs/acme.yaml:19:77: error: unknown category 'nonee' for code 0 of table 'State' (did you mean 'none'?); categories: none, authentication, authorization, insufficientFunds, rateLimited, invalidRequest, invalidDestination, recipientUnavailable, contentRejected, recipientOptedOut, networkError, expired, unknown",
            "specs/acme.yaml:20:9: error: an entry of table 'State' is missing the required key 'category'",
        ])
    }

    @Test func anEntrysDeliveryStateAndRetryableAgreeWithItsOutcome() {
        let broken = Self.base
            .replacingOccurrences(of: "outcome: success, category: none}", with: "outcome: success, category: none, deliveryState: undelivered, final: true}")
            .replacingOccurrences(of: "outcome: failure, category: unknown}", with: "outcome: failure, category: unknown, deliveryState: delivered, final: true}")
            + """
                  - {code: 2, name: QUEUED, summary: Queued, outcome: pending, category: none, deliveryState: delivered, final: false}
                  - {code: 3, name: SENT, summary: Sent, outcome: pending, category: none, retryable: true}

            """
        #expect(diagnose(broken) == [
            "specs/acme.yaml:19:98: error: code 0 of table 'State' has outcome 'success' but delivery state 'undelivered', which contradicts it: change the one that does not say what the document says",
            "specs/acme.yaml:20:102: error: code 1 of table 'State' has outcome 'failure' but delivery state 'delivered', which contradicts it: change the one that does not say what the document says",
            "specs/acme.yaml:21:99: error: code 2 of table 'State' has outcome 'pending' but delivery state 'delivered', which contradicts it: change the one that does not say what the document says",
            "specs/acme.yaml:22:55: error: code 3 of table 'State' is not a failure (pending), so there is nothing to retry: remove 'retryable: true'",
        ])
    }

    @Test func twoSpecsClaimingOneProviderIDAreReported() {
        let inputs = [SpecInput(path: "a.yaml", contents: Self.base), SpecInput(path: "b.yaml", contents: Self.base)]
        let error = #expect(throws: DiagnosticsError.self) { try Generator.swiftSources(for: inputs, options: GeneratorOptions()) }
        #expect(error?.diagnostics.map(\.description) == [
            "b.yaml:3:7: error: provider id 'acme' is already claimed by a.yaml:3; each provider needs its own id"
        ])
    }

    @Test func theConfigurationIsCheckedToo() {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load("accessLevel: pubic\noutput: [models]\n", file: "smsspec-config.yaml", diagnostics: diagnostics)
        #expect(options.accessLevel == .public)
        #expect(diagnostics.sorted.map(\.description) == [
            "smsspec-config.yaml:1:14: error: 'accessLevel' of the configuration must be one of public, package, internal; found 'pubic' (did you mean 'public'?)",
            "smsspec-config.yaml:2:1: error: unknown key 'output' in the configuration (did you mean 'outputs'?)",
        ])
    }
}

@Suite struct ConstraintDiagnosticsTests {
    func diagnose(_ yaml: String) -> [String] { SMSSpecCoreTests.diagnose(yaml, path: "c.yaml") }

    static let spec = """
        provider:
          id: acme
          name: Acme
          phoneNumbers:
            ID: {countryCode: "62", nationalPrefix: "0", mobile: '8[0-9]{8,11}'}
        tables:
          Status:
            title: Status
            source: {source: doc}
            entries:
              - {code: 24, summary: Too long, outcome: failure, category: invalidRequest}
              - {code: 1, summary: Taken, outcome: success, category: none}
              - {code: 2, summary: Queued, outcome: pending, category: none}
        sources:
          doc: {title: Doc, url: https://acme.example}
        shapes:
          Send:
            fields:
              text:
                type: string
                constraints: CONSTRAINTS

        """

    func check(_ constraints: String) -> [String] {
        diagnose(Self.spec.replacingOccurrences(of: "CONSTRAINTS", with: constraints))
    }

    /// A user's Zenziva spec tied a rule to `LegacyStatus:1`, a table no answer of the send carries: `validate()`
    /// promised a code no answer can hold, and the sandbox logged it answered over an empty body. Lint warns.
    @Test func aProviderCodeNoAnswerCanHoldIsWarnedOf() {
        let sending = { (answer: String) in
            Self.spec.replacingOccurrences(of: "CONSTRAINTS", with: "{maxLength: 10, providerCodes: {maxLength: 'Status:24'}}")
                + """
                  Answer:
                    fields:
                      \(answer)
                operations:
                  send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent., shape: Answer}}, source: doc}

                """
        }
        let lint = { (yaml: String) in SMSSpecCoreTests.lintDiagnostics(yaml, path: "c.yaml") }
        #expect(lint(sending("code: {type: Status}")) == [])
        #expect(lint(sending("note: {type: string}")) == [
            "c.yaml:21:65: warning: provider code 'Status:24' of field 'text' of shape 'Send' names a table no answer of operation 'send' "
                + "carries or lists: validate() would say the provider answers it, and no answer can hold it; name a code of a table the answers carry"
        ])
    }

    @Test func constraintsTheGeneratorCannotExpressAreErrors() {
        #expect(check("{maxLength: 10, providerCodes: {maxLength: 'Status:24'}}") == [])
        #expect(check("{maxLenght: 10}") == ["c.yaml:21:23: error: unknown key 'maxLenght' in 'constraints' of field 'text' of shape 'Send' (did you mean 'maxLength'?)"])
        #expect(check("{maxLength: 10, providerCodes: {minLength: 'Status:24'}}") == [
            "c.yaml:21:54: error: field 'text' of shape 'Send' declares no 'minLength' rule to attach a provider code to; its rules: maxLength, or '*' for all of them and a missing field"
        ])
        #expect(check("{maxLength: 10, providerCodes: {maxLenth: 'Status:24'}}") == [
            "c.yaml:21:54: error: field 'text' of shape 'Send' declares no 'maxLenth' rule to attach a provider code to; its rules: maxLength, or '*' for all of them and a missing field (did you mean 'maxLength'?)"
        ])
        // A missing field has no rule key: '*' covers it (a user wrote `required`, as the documentation lists it).
        #expect(check("{maxLength: 10, providerCodes: {required: 'Status:24'}}") == [
            "c.yaml:21:54: error: field 'text' of shape 'Send' has no 'required' rule to attach a provider code to: a required field that is missing is "
                + "answered with the code of '*' (which covers every rule of the field, a missing one too); write '*': 'Table:code'"
        ])
        // A date's format and a joined list's separator are rules without a constraint: `validate()` reports them.
        let date = Self.spec.replacingOccurrences(of: "type: string\n        constraints: CONSTRAINTS", with: "type: date\n        format: iso8601\n        constraints: {providerCodes: {format: 'Status:24'}}")
        let list = Self.spec.replacingOccurrences(of: "type: string\n        constraints: CONSTRAINTS", with: "type: '[string]'\n        separator: ','\n        constraints: {providerCodes: {separator: 'Status:24'}}")
        #expect(date != Self.spec && list != Self.spec)
        #expect(diagnose(date) == [] && diagnose(list) == [], "\(diagnose(date)) \(diagnose(list))")
        #expect(check("{maxLength: 10, providerCodes: {maxLength: 'Status:25'}}") == ["c.yaml:21:65: error: table 'Status' has no code 25 (did you mean '24'?)"])
        // A success or pending code for a broken rule: `validate()` turned away requests the provider takes (a user's
        // Netgsm spec named its `01`, a success).
        let notFailure = "a rule's provider code is what the provider answers a request that breaks it, a failure"
        #expect(check("{maxLength: 10, providerCodes: {maxLength: 'Status:1', '*': 'Status:2'}}") == [
            "c.yaml:21:65: error: provider code 'Status:1' names an entry whose outcome is success: \(notFailure)",
            "c.yaml:21:82: error: provider code 'Status:2' names an entry whose outcome is pending: \(notFailure)",
        ])
        #expect(check("{maxLength: 10, providerCodes: {maxLength: {code: 'Status:24', inferred: true}}}") == [])
        #expect(check("{maxLength: 10, providerCodes: {maxLength: {code: 'Status:25', infered: yes}}}") == [
            "c.yaml:21:72: error: table 'Status' has no code 25 (did you mean '24'?)",
            "c.yaml:21:85: error: unknown key 'infered' in the provider code for 'maxLength' of field 'text' of shape 'Send' (did you mean 'inferred'?)",
        ])
        #expect(check("{maxLength: 10, providerCodes: {maxLength: [Status, 24]}}") == [
            "c.yaml:21:65: error: provider code for 'maxLength' must be written Table:code, or {code: Table:code, inferred: true}"
        ])
        #expect(check("{phone: {country: SG, forms: [e164, local]}}") == [
            "c.yaml:21:40: error: country 'SG' of field 'text' of shape 'Send' has no numbering rules; add it under provider 'phoneNumbers'",
            "c.yaml:21:58: error: unknown phone form 'local' for field 'text' of shape 'Send'; forms: e164, international, national, subscriber",
        ])
        #expect(check("{substitute: {placeholder: '{#X}', lengthFrom: size}}") == [
            "c.yaml:21:35: error: 'substitute' of field 'text' of shape 'Send' only applies together with 'maxSegments'",
            "c.yaml:21:69: error: 'lengthFrom' of field 'text' of shape 'Send' must name an int field of shape 'Send'",
        ])
    }
}

/// "Did you mean" takes fewer edits than the word has letters: two turned `x`, `ab` or `qq` into `id`.
@Suite struct ShortWordSuggestionTests {
    @Test func aShortWordIsSuggestedOnlyWhatIsOneEditAway() {
        let keys = ["id", "name", "baseURLs", "auth", "to"]
        for word in ["x", "ab", "qq", "zzz"] { #expect(Suggestions.closest(to: word, in: keys) == nil, "\(word)") }
        #expect(Suggestions.closest(to: "ID", in: keys) == "id")
        #expect(Suggestions.closest(to: "tp", in: keys) == "to")
        #expect(Suggestions.closest(to: "nam", in: keys) == "name")
        #expect(Suggestions.closest(to: "dco", in: ["doc", "docs"]) == "doc")
        #expect(Suggestions.closest(to: "baseURL", in: keys) == "baseURLs")
        #expect(Suggestions.closest(to: "autth", in: keys) == "auth")
    }

    /// A shortened key (`http` for an entry's `httpStatus`, a user) was too many edits away for any suggestion: the
    /// beginning of one key alone, three letters or more, is suggested; of several keys, none is.
    @Test func theBeginningOfOneKeyIsSuggested() {
        let entry = ["code", "name", "summary", "cause", "explanation", "httpStatus", "outcome", "category", "retryable"]
        #expect(Suggestions.closest(to: "http", in: entry) == "httpStatus")
        #expect(Suggestions.closest(to: "expl", in: entry) == "explanation")
        #expect(Suggestions.closest(to: "ca", in: entry) == nil)
        #expect(Suggestions.closest(to: "cau", in: ["cause", "category"]) == "cause")
        #expect(Suggestions.closest(to: "cat", in: ["catalog", "category"]) == nil)
        // Before a two-edit match to a short name (an attack: `len` was "did you mean 'in'?").
        #expect(Suggestions.closest(to: "len", in: ["in", "lenient", "name"]) == "lenient")
        #expect(Suggestions.closest(to: "dou", in: ["U", "double", "int"]) == "double")
        #expect(Suggestions.closest(to: "nam", in: ["name", "named"]) == "name")
    }
}
