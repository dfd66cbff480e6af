import Foundation
import SMSProviderCatalog
import SMSSpecCore
import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// `smsspec lint` decodes a spec's examples from its model, without compiling: it must agree with the generated
/// types. Every example of the bundled specs, and thousands of payloads made from them (a field removed, or given
/// another kind of value), are decoded both ways: both accept, or both refuse with the same words.
@Suite struct ExampleDecodingTests {
    nonisolated(unsafe) static let models: [ProviderModel] = {  // Read only, once built.
        let diagnostics = DiagnosticCollector()
        let files = SpecDirectory.specPaths(of: [Repository.root.appending(path: "specs").path(percentEncoded: false)], diagnostics: diagnostics)
        return Generator.models(forFiles: files, options: nil, diagnostics: diagnostics)
    }()

    /// The generated type's verdict and the model's: what `smsspec decode` prints for the payload (the value as
    /// annotated JSON and the codes that report a failure), else the error as lint words it.
    func verdicts(_ payload: String, _ example: ExampleSpec, _ model: ProviderModel) throws -> (generated: Verdict, model: Verdict) {
        let catalog = try #require(SMSSpecCatalog.providers.first { $0.provider.id == model.id })
        let descriptor = try #require(catalog.message(named: example.message.value))
        let reader = ModelReader(model)
        let message = try #require(reader.message(named: example.message.value))
        let format = try #require(PayloadEncoding(rawValue: example.format.rawValue))
        func verdict(_ decode: () throws -> any Encodable) -> Verdict {
            do {
                let value = try decode()
                let failures = (value as? any StatusCarrying)?.failures.map(\.description) ?? []
                return .decoded(try Lookup.annotatedJSON(value) + failures.map { "\n\($0)" }.joined())
            } catch {
                return .refused(DecodingErrorDescription.describe(error))
            }
        }
        return (verdict { try descriptor.decode(Data(payload.utf8), as: format) },
                verdict { try reader.decode(message, from: Data(payload.utf8), as: example.format) })
    }

    enum Verdict: Equatable {
        case decoded(String)
        case refused(String)
    }

    @Test func theBundledExamplesDecodeAndTheirVerbatimTextsDoNot() throws {
        #expect(Self.models.count == 5)
        for model in Self.models {
            let diagnostics = DiagnosticCollector()
            ExampleDecoding.check(model, diagnostics: diagnostics)
            #expect(diagnostics.sorted.map(\.description) == [], "\(model.id)")
            #expect(!model.examples.isEmpty, "\(model.id)")
        }
    }

    /// Both accept and hold the same value (`smsspec decode` with a spec file prints what it prints with the
    /// provider's id: every code in its wire form and with its meaning, the same failures), or both refuse alike.
    @Test func theModelDecodesAsTheGeneratedTypesDo() throws {
        var compared = 0, refused = 0
        for model in Self.models {
            for example in model.examples.map(\.spec) {
                for payload in [example.payload] + (example.verbatim.map { [$0] } ?? []) + PayloadMutations.of(example.payload, isJSON: example.format == .json) {
                    let (generated, interpreted) = try verdicts(payload, example, model)
                    #expect(generated == interpreted, "\(model.id) \(example.name.value): \(payload)")
                    compared += 1
                    if case .refused = generated { refused += 1 }
                }
            }
        }
        // Enough payloads, of both verdicts, for the comparison to mean something.
        #expect(compared > 1_000 && refused > 200 && compared - refused > 200, "\(compared) compared, \(refused) refused")
    }

    /// The reader takes more stack per level than generated code: the deepest payload `JSONPayload` reads (512
    /// levels) is read as generated code reads it, to the end, whether it decodes or not.
    /// Up to `PayloadLimits.maximumJSONDepth` levels (an object and its lists), deeper is refused before reading.
    @Test func theDeepestPayloadIsRead() throws {
        let lists = PayloadLimits.maximumJSONDepth - 1
        for innermost in ["\"x\"", "true", "[\"x\"]"] {
            let payload = "{\"v\": " + String(repeating: "[", count: lists) + innermost + String(repeating: "]", count: lists) + "}"
            let spec = """
                smsspec: 1
                provider: {id: acme, name: Acme}
                shapes:
                  Box: {fields: {v: Nested}}
                unions:
                  Nested: {variants: {items: '[Nested]', text: string}}
                examples:
                  - {name: deep, message: Box, payload: '\(payload)'}
                """
            let diagnostics = DiagnosticCollector()
            let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
            ExampleDecoding.check(model, diagnostics: diagnostics)
            let messages = diagnostics.sorted.map(\.message)
            if innermost.hasPrefix("[") {
                #expect(messages == [
                    "payload of example 'deep' does not decode as Box: at `(top level)`: Not valid JSON at line 1, column \(lists + 7): "
                        + "nesting is deeper than \(lists + 1) levels, the limit."
                ])
            } else if innermost == "true" {
                #expect(messages.count == 1 && messages[0].hasPrefix("payload of example 'deep' does not decode as Box: at `v[0][0][0]"), "\(messages)")
                #expect(messages.first?.hasSuffix("Expected `[Nested]` or `String`.") == true)
            } else {
                #expect(messages == [])
            }
        }
    }

    /// Two variants of one kind that each hold the union again (`Node`, then `Wrapper`, each with a `child`): read
    /// twice per level, an example nested 30 levels would take 2³⁰ reads; lint reads each place once, as generated
    /// code does. The check runs on a thread the test stops waiting for after a minute.
    @Test func nestedUnionsAreReadOncePerPlace() throws {
        let depth = PayloadLimits.maximumJSONDepth - 2
        let payload = NestedUnions.wrappers(depth, around: "true")
        let spec = "smsspec: 1\nprovider: {id: acme, name: Acme}\n" + NestedUnions.tree + """
            examples:
              - {name: deep, message: Box, payload: '{"tree": \(payload)}'}
            """
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        final class Check: @unchecked Sendable {  // Handed to one thread, read after it signals.
            let run: () -> Void
            let done = DispatchSemaphore(value: 0)
            init(_ run: @escaping () -> Void) { self.run = run }
        }
        let check = Check { ExampleDecoding.check(model, diagnostics: diagnostics) }
        DispatchQueue.global().async {
            check.run()
            check.done.signal()
        }
        try #require(check.done.wait(timeout: .now() + 60) == .success, "lint still reads the example after a minute")
        #expect(diagnostics.sorted.map(\.message) == [
            "payload of example 'deep' does not decode as Box: at `tree" + String(repeating: ".child", count: depth)
                + "`: Expected `Node` or `Wrapper` or `Int`."
        ])
    }

    /// The generated catalog finds a message by its exact name before any in another case: so does lint, which
    /// decoded an example of `RECEIPT` as `Receipt` and reported a field of `Receipt` missing.
    @Test func anExampleIsDecodedAsTheMessageItNamesExactly() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Receipt: {fields: {id: string}}
              RECEIPT: {fields: {n: int}}
            callbacks:
              Dlr: {method: POST, shape: Receipt}
              Dlr2: {method: POST, shape: RECEIPT}
            examples:
              - {name: upper, message: RECEIPT, payload: '{"n": 1}'}
              - {name: lower, message: Receipt, payload: '{"id": "1"}'}
            """
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        ExampleDecoding.check(model, diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
    }

    @Test func lintNamesTheExampleAndWhy() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Receipt:
                fields:
                  id: string
                  state: {type: State, required: false}
                  parts: {type: '[Part]', required: false}
              Part:
                fields:
                  n: int
            enums:
              State: {values: {ok: Fine.}}
            examples:
              - {name: fine, message: Receipt, payload: '{"id": "1", "state": "later", "parts": [{"n": 1}]}'}
              - {name: no-id, message: Receipt, payload: '{"state": "ok"}'}
              - {name: bad-part, message: Receipt, payload: '{"id": "1", "parts": [{"n": 1}, {"n": "2"}]}'}
              - {name: kept, message: Receipt, payload: '{"id": "1"}', verbatim: '{"id": "2"}'}
              - {name: query, message: Receipt, format: query, payload: 'id=1&parts=2'}
              - {name: unlisted-kind, message: Event, format: form, payload: 'kind=MO&id=1&to=a&to=b'}
              - {name: form-by-default, message: Event, payload: 'kind=DLR&n=1'}
            callbacks:
              Event: {encoding: form, discriminator: {field: kind, variants: {DLR: Part}}}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):16:5: error: payload of example 'no-id' does not decode as Receipt: at `id`: the required field is missing
            \(file):17:5: error: payload of example 'bad-part' does not decode as Receipt: at `parts[1].n`: expected an integer, found text
            \(file):18:5: error: the verbatim text of example 'kept' decodes as Receipt; 'verbatim' keeps a document's broken text only
            \(file):19:5: error: payload of example 'query' does not decode as Receipt: at `parts[0]`: expected an object; Form fields cannot nest.

            """)
        // What lint refuses is not generated: generate wrote every file of this spec, its broken examples in the catalog.
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let generate = await CLI.run(["generate", file, "--output", output], exitsWith: .failure)
        #expect(generate.errors == run.errors, "\(generate.errors)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
    /// BulkGate's bulk delivery example ends an element with `"text":"answer text",}`: broken JSON, kept as `verbatim`,
    /// which lint refused as decoding without saying why: Foundation's decoder passes over a comma before a closing
    /// bracket. Lint now names the comma and what to write instead.
    @Test func aVerbatimTextThatDecodesForItsCommaBeforeABracketSaysSo() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Receipt: {fields: {status: string, text: {type: string, required: false}}}
              Receipts: {items: Receipt}
            examples:
              - name: bulk
                message: Receipts
                payload: '[{"status": "1"}, {"status": "10", "text": "answer text"}]'
                verbatim: |
                  [
                    {"status": "1"},
                    {"status": "10", "text": "answer text",}
                  ]
              - {name: plain, message: Receipt, payload: '{"status": "1"}', verbatim: '{"status": "2"}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):7:5: error: the verbatim text of example 'bulk' decodes as Receipts; 'verbatim' keeps a document's broken text only (its comma before a closing bracket, at line 3, column 41 of the text, breaks JSON, but Foundation's decoder, which every read uses, passes over it: give that text as the payload, or a corrected one with 'corrections' and no 'verbatim')
            \(file):15:5: error: the verbatim text of example 'plain' decodes as Receipt; 'verbatim' keeps a document's broken text only

            """)
    }
}


/// Lint judges an example as the document writes it, not as the catalog shows it: redacting a credential's value
/// could make a broken text read (`{"apikey": YOUR_KEY}` became `{"apikey": "<redacted>"}`) or a payload fail.
@Suite struct ExampleDecodingRedactionTests {
    /// A plain-text example that takes no form, with a credential among the answer's fields: lint's error does not
    /// quote it, since which part is the credential cannot be told.
    @Test func lintDoesNotQuoteATextExampleOfNoFormWithACredential() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            operations:
              token: {method: POST, path: /token, request: Login, responses: {200: {shape: Token}}}
            shapes:
              Login: {fields: {password: {type: string, secret: true}}}
              Token: {text: ['TOKEN {token}; TTL {ttl}'], fields: {token: {type: string, secret: true}, ttl: int}}
            examples:
              - {name: cut, message: Token, payload: 'TOKEN tk-9f3e1; TT'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):9:5: error: payload of example 'cut' does not decode as Token: at `(top level)`: The answer (18 characters, not quoted: it may hold the credential 'token') takes none of its forms: "TOKEN {token}; TTL {ttl}".

            """)
    }

    /// An answer of one line per element is read line by line, as the generated list is: lint names the line that
    /// takes no form or whose value does not read, not quoting it when a field is a credential.
    @Test func lintReadsALinesExampleLineByLine() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            operations:
              send: {method: POST, path: /send, request: Login, responses: {200: {shape: Lines}}}
            shapes:
              Login: {fields: {password: {type: string, secret: true}}}
              Lines: {items: Line}
              Line: {text: ['ID: {id} To: {to}', 'KEY {key}'], fields: {id: {type: int, required: false}, to: {type: string, required: false}, key: {type: string, secret: true, required: false}}}
            examples:
              - {name: good, message: Lines, payload: "ID: 1 To: 27999000001\\r\\nID: 2 To: 27999000002\\n"}
              - {name: bad, message: Lines, payload: "ID: 1 To: 27999000001\\n\\nID: x To: 27999000002"}
              - {name: unquoted, message: Lines, payload: "ID: 1 To: 27999000001\\nKEX sk-4242\\n"}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors.hasPrefix("""
            \(file):11:5: error: payload of example 'bad' does not decode as Lines: at `[1].id`: expected an integer; line 3: The answer (21 characters, not quoted: it may hold the credential 'key') takes the form "ID: {id} To: {to}", but a value in it does not read as its field.
            """), "\(run.errors)")
        #expect(run.errors.contains("""
            \(file):12:5: error: payload of example 'unquoted' does not decode as Lines: at `[1]`: line 2: The answer (11 characters, not quoted: it may hold the credential 'key') takes none of its forms
            """), "\(run.errors)")
        #expect(!run.errors.contains("good") && !run.errors.contains("4242"), "\(run.errors)")
    }

    @Test func lintJudgesTheTextBeforeItsCredentialsAreRedacted() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme, auth: {type: fields, fields: [apikey]}}
            shapes:
              Send:
                fields:
                  apikey: {type: string, secret: true}
                  to: string
              Count:
                fields:
                  APIKEY: int
            examples:
              - {name: send, message: Send, payload: '{"apikey": "k", "to": "x"}', verbatim: '{"apikey": YOUR_KEY, "to": "x"}'}
              - {name: count, message: Count, payload: '{"APIKEY": 3}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        #expect(run.errors.isEmpty, "\(run.errors)")
    }

    /// A document's example whose date none of the field's formats reads decoded with its `date` nil, which only
    /// `smsspec decode` said (a user's Messente report, microseconds and no zone, read as `iso8601`).
    @Test func lintWarnsOfADocumentsDateNoFormatReads() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
            shapes:
              Report:
                fields:
                  id: string
                  timestamp: {type: date, format: iso8601}
            examples:
              - {name: report, message: Report, source: doc, payload: '{"id": "a", "timestamp": "2020-02-04T08:09:42.389630"}'}
              - {name: own, message: Report, payload: '{"id": "a", "timestamp": "soon"}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        #expect(run.errors == """
            \(file):10:5: warning: example 'report' holds the date "2020-02-04T08:09:42.389630" at `timestamp`, which none of its field's formats reads: each such date decodes as its text with no `date`; add the format the document writes to the field's 'formats'

            """, "\(run.errors)")
    }
}

/// Every construct the spec format has, beyond what the bundled specs use (defaults, maps, list shapes, recursive
/// shapes, unions, discriminated callbacks, forms): the model's verdicts against those of the spec's generated types,
/// built into a program and run.
@Suite struct ExampleDecodingConstructTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/api'}
        shapes:
          Envelope:
            fields:
              id: string
              count: {type: int, lenient: true}
              big: {type: int64, required: false, lenient: true}
              ratio: {type: double, required: false}
              amount: {type: decimal, required: false, lenient: true}
              amounts: {type: '[decimal]', required: false}
              flag: {type: bool, default: false}
              level: {type: int, default: 3}
              label: {type: string, default: none}
              state: {type: State, default: ok}
              status: Status
              codes: {type: '[Status]', required: false}
              previous: {type: Status, required: false}
              textCode: {type: TextCode, required: false}
              when: {type: date, format: 'yyyy-MM-dd HH:mm:ss', required: false}
              stamp: {type: date, format: iso8601}
              extra: {type: json, required: false}
              tags: {type: '{int}', required: false}
              items: '[Item]'
              batch: {type: Batch, required: false}
              message: {type: Message, required: false}
              root: {type: Node, required: false}
              token: {type: string, secret: true, required: false}
              tree: {type: Tree, required: false}
          Item:
            fields:
              n: int
              note: {type: string, required: false}
          Batch:
            items: Item
          Node:
            fields:
              name: string
              children: {type: '[Node]', required: false}
              parent: {type: Node, required: false}
          Receipt:
            fields:
              kind: string
              id: string
              status: Status
          Inbound:
            fields:
              kind: string
              text: string
          FormReceipt:
            fields:
              id: string
              status: Status
              textCode: {type: TextCode, required: false}
              count: {type: int, required: false}
              flag: {type: bool, required: false}
              when: {type: date, format: yyMMddHHmm, required: false}
              amount: {type: decimal, required: false}
              amounts: {type: '[decimal]', required: false}
              state: {type: State, required: false}
              to: {type: '[string]', required: false}
              counts: {type: '[int]', required: false}
          TreeNode:
            fields: {child: Tree, tag: string}
          TreeWrapper:
            fields: {child: Tree, count: int}
          Loose:
            fields:
              nest: {type: Nested, required: false}
        enums:
          State: {values: {ok: Fine., bad: Not fine.}}
        unions:
          Message: {variants: {text: string, items: '[Item]', number: int, fraction: decimal}}
          Nested: {variants: {items: '[Nested]', number: int}}
          Tree: {variants: {node: TreeNode, wrapper: TreeWrapper, leaf: int}}
        tables:
          Status:
            title: Numeric codes
            source: doc
            entries:
              - {code: 0, summary: Accepted., outcome: success, category: none}
              - {code: 12, summary: Refused., outcome: failure, category: invalidRequest}
          TextCode:
            title: Text codes
            source: doc
            codeType: string
            entries:
              - {code: OK, summary: Fine., outcome: success, category: none}
        callbacks:
          Event:
            discriminator: {field: kind, variants: {DLR: Receipt, dlr: Receipt, MO: Inbound}}
          FormReceipt: {method: POST, encoding: form, shape: FormReceipt}
          Dlr: {method: POST, shape: Item}
          FormEvent: {encoding: form, discriminator: {field: kind, variants: {DLR: Receipt}}}
        """

    /// Valid payloads of each message, from which the altered ones are made.
    static let payloads: [(message: String, isJSON: Bool, payload: String)] = [
        ("Envelope", true, #"{"id":"e1","count":"5","big":9007199254740993,"ratio":0.5,"amount":"12.50","amounts":[0.5,2],"status":12,"codes":[0,"0012"],"previous":0,"textCode":"OK","when":"2024-01-02 03:04:05","stamp":"2024-01-02T03:04:05Z","extra":{"a":[1,2]},"tags":{"a":1,"15551234567":2},"items":[{"n":1,"note":"x"}],"batch":[{"n":2}],"message":[{"n":3}],"root":{"name":"r","children":[{"name":"c"}],"parent":{"name":"p"}},"token":"s3","tree":{"child":{"child":{"child":3,"tag":"n"},"count":1},"count":2}}"#),
        ("Event", true, #"{"kind":"DLR","id":"m1","status":0}"#),
        ("Event", true, #"{"kind":"MO","text":"hi"}"#),
        ("Event", true, #"{"kind":"other","x":[1]}"#),
        ("Dlr", true, #"{"n":1,"note":"x"}"#),
        ("FormReceipt", false, "id=r1&status=0012&textCode=OK&count=007&flag=1&when=2401020304&amount=1.5&amounts=2.5&state=bad&to=a&to=b&counts=007&counts=8"),
        // A kind of event the spec does not list, in a form: kept whole.
        ("FormEvent", false, "kind=MO&text=hi&to=a&to=b"),
        // A shape no form carries, read as one (an example's `format: form`, `smsspec decode`).
        ("Loose", false, "nest=5"),
    ]

    @Test func theModelDecodesEveryConstructAsTheGeneratedTypesDo() throws {
        let cases = Self.payloads.flatMap { base in
            ([base.payload] + PayloadMutations.of(base.payload, isJSON: base.isJSON)).map { (base.message, base.isJSON, $0) }
        }
        let input = String(decoding: try JSONSerialization.data(withJSONObject: cases.map { [$0.0, $0.1 ? "json" : "form", $0.2] }), as: UTF8.self)
        let main = """
            import Foundation
            import SMSSpecRuntime

            func verdict<Message: Decodable>(_ type: Message.Type, _ format: String, _ payload: String) -> String {
                do {
                    if format == "json" { _ = try JSONPayload.decode(type, from: Data(payload.utf8)) } else { _ = try FormDecoder().decode(type, from: payload) }
                    return "ok"
                } catch {
                    return DecodingErrorDescription.describe(error)
                }
            }
            let cases = try JSONSerialization.jsonObject(with: Data(#\"\(input)\"#.utf8)) as! [[String]]
            let verdicts = cases.map { item in
                switch item[0] {
                case "Envelope": verdict(Acme.Envelope.self, item[1], item[2])
                case "Event": verdict(Acme.Event.self, item[1], item[2])
                case "Loose": verdict(Acme.Loose.self, item[1], item[2])
                case "Dlr": verdict(Acme.Dlr.self, item[1], item[2])
                case "FormEvent": verdict(Acme.FormEvent.self, item[1], item[2])
                default: verdict(Acme.FormReceipt.self, item[1], item[2])
                }
            }
            print(String(decoding: try JSONSerialization.data(withJSONObject: verdicts), as: UTF8.self))
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        #expect(build.status == 0, "\(build.output)")
        let output = try #require(run?.output)
        let generated = try #require(try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String], "\(output)")

        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.map(\.description) == [])
        let reader = ModelReader(model)
        var refused = 0
        for (index, item) in cases.enumerated() {
            let message = try #require(reader.message(named: item.0))
            var verdict = "ok"
            do { try reader.decode(message, from: Data(item.2.utf8), as: item.1 ? .json : .form) } catch { verdict = DecodingErrorDescription.describe(error) }
            #expect(verdict == generated[index], "\(item.0): \(item.2)")
            if verdict != "ok" { refused += 1 }
        }
        #expect(generated.count == cases.count && refused > 200 && cases.count - refused > 200, "\(cases.count) payloads, \(refused) refused")
    }
}

extension ExampleDecodingTests {
    /// An example may write a Unix-time date as the provider does, a number or its digits; a number is no date of a
    /// field without a Unix-time format, and lint says so as the generated type would.
    @Test func unixTimeExamplesDecodeAsTheGeneratedTypesRead() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            examples:
              - {name: number, message: Delivery, payload: '{"timestamp": 1505997340}'}
              - {name: digits, message: Delivery, payload: '{"timestamp": "1505997340"}'}
              - {name: form, message: Delivery, format: form, payload: 'timestamp=1505997340'}
              - {name: iso, message: Delivery, payload: '{"timestamp": 1505997340, "done": 1505997340}'}
            shapes:
              Delivery:
                fields:
                  timestamp: {type: date, format: unixSeconds}
                  done: {type: date, format: iso8601, required: false}
            """
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        ExampleDecoding.check(model, diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.message) == [
            "payload of example 'iso' does not decode as Delivery: at `done`: expected text, found a number"
        ])
    }

    /// A request example of an operation sent as a form or query is written as one unless it says otherwise, as a
    /// callback's is (a user's query example, without `format:`, was refused as no JSON); one written as a JSON object
    /// stays JSON, and so does an example of a request two operations send in two encodings.
    @Test func aFormOrQueryRequestsExampleIsReadInItsEncoding() throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            sources: {send: {title: Send, url: 'https://acme.example/send'}}
            operations:
              post: {method: POST, path: /post, encoding: form, request: Post, responses: {200: {summary: Sent.}}}
              get: {method: GET, path: /get, encoding: query, request: Get, responses: {200: {summary: Sent.}}}
            shapes:
              Post: {fields: {text: {type: string}, flash: {type: bool, required: false}}}
              Get: {fields: {to: {type: string}}}
            examples:
              - {name: form, message: Post, source: send, payload: 'text=Hi+there&flash=1'}
              - {name: json, message: Post, source: send, payload: '{"text": "Hi"}'}
              - {name: query, message: Get, source: send, payload: 'to=%2B6281234567890'}
            """
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: spec)], diagnostics: diagnostics).first)
        ExampleDecoding.check(model, diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        #expect(model.spec.examples.map(\.format) == [.form, .json, .query])
    }

    /// A document's example request that breaks the spec's own rules (a phone rule, a length) passed lint: the rule
    /// or the transcription is wrong, and `validate()` would refuse what the provider takes. It is now a warning that
    /// names the first rule broken, as the generated validators would; a form example is read as its fields.
    @Test func aDocumentsExampleRequestBreakingItsRulesIsAWarning() async throws {
        let spec = """
            smsspec: 1
            provider:
              id: acme
              name: Acme
              phoneNumbers:
                ID: {countryCode: "62", nationalPrefix: "0", mobile: '8[1-9][0-9]{7,10}'}
            sources:
              send: {title: Send, url: 'https://acme.example/send'}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
              post: {method: POST, path: /post, encoding: form, request: Post, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  to: {type: string, constraints: {phone: {country: ID, forms: [e164]}}}
                  sender: {type: string, required: false, constraints: {maxLength: 11}}
              Post: {fields: {text: {type: string, constraints: {minLength: 2}}}}
            examples:
              - {name: good, message: Send, source: send, payload: '{"to": "+6281234567890"}'}
              - {name: bad, message: Send, source: send, payload: '{"to": "+4412345", "sender": "ShopWithAVeryLongName"}'}
              - {name: form, message: Post, source: send, format: form, payload: 'text=a'}
              - {name: mine, message: Send, payload: '{"to": "+4412345"}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        #expect(run.errors == """
            \(file):20:5: warning: example 'bad' breaks the rules of its request, at `to`: [phone] "+4412345" is not a mobile number of ID written as +62… (and 1 more: `smsspec validate` lists them); a document's example shows what the provider takes: correct the rule, or the example where it was transcribed wrong
            \(file):21:5: warning: example 'form' breaks the rules of its request, at `text`: [minLength] is 1 characters long; the minimum is 2; a document's example shows what the provider takes: correct the rule, or the example where it was transcribed wrong

            """)
        // `smsspec validate` of the spec file lists every violation, as the generated validate() would.
        let request = try scratch.write("bad.json", #"{"to": "+4412345", "sender": "ShopWithAVeryLongName"}"#)
        let validated = await CLI.run(["validate", file, "Send", request], exitsWith: .failure)
        #expect(validated.output == """
            to: [phone] "+4412345" is not a mobile number of ID written as +62…
            sender: [maxLength] is 21 characters long; the maximum is 11
            2 violation(s).

            """)
    }

    /// A document's example holding a code its tables do not list is a warning: a table left incomplete, which decodes
    /// as undocumented, a failure, in every answer. An example the spec's author wrote (no source) may hold one on
    /// purpose. A JSON boolean matches a text code 'true' (as 7 matches '7'), so it draws none.
    @Test func aDocumentsExampleHoldingACodeItsTablesLackIsAWarning() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            sources:
              send: {title: Send, url: 'https://acme.example/send'}
            shapes:
              Answer: {fields: {success: Success, error: {type: string, required: false}}}
              Answers: {fields: {results: '[Answer]'}}
            tables:
              Success:
                title: Success
                source: send
                codeType: string
                entries:
                  - {code: 'true', summary: Sent, outcome: success, category: none}
                  - {code: 'false', summary: Refused, outcome: failure, category: unknown}
            examples:
              - {name: sent, message: Answer, source: send, payload: '{"success": true}'}
              - {name: text, message: Answer, source: send, payload: '{"success": "true"}'}
              - {name: refused, message: Answer, source: send, payload: '{"success": "no"}'}
              - {name: mine, message: Answer, payload: '{"success": "maybe"}'}
              - {name: several, message: Answers, source: send, payload: '{"results": [{"success": "no"}, {"success": "true"}, {"success": "nope"}]}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        // Several are each named where they are (a user's "and 1 more" named neither).
        #expect(run.errors == """
            \(file):19:5: warning: example 'refused' holds code \"no\" at `success`, which table 'Success' does not list: it decodes as an undocumented code, a failure; list the code in the table (with a decision on its entry when the document's table lacks it), or add its spelling to an entry's aliases
            \(file):21:5: warning: example 'several' holds 2 codes its tables do not list: \"no\" at `results[0].success` (table 'Success'), \"nope\" at `results[2].success` (table 'Success'): each decodes as an undocumented code, a failure; list the code in the table (with a decision on its entry when the document's table lacks it), or add its spelling to an entry's aliases

            """)
    }

    /// A documented code that every example writes in another JSON kind than its table writes it (a user's KudiSMS
    /// `"errno": "103"` in an int table) is a warning naming the key that writes it so: the generated code and the
    /// sandbox wrote `103`. A table some example writes in its own kind (OCA's `17` beside `"39"`) reads either and
    /// draws none; nor does an undocumented code, kept as sent.
    @Test func aDocumentsCodeWrittenInAnotherKindThanItsTableIsAWarning() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            sources:
              send: {title: Send, url: 'https://acme.example/send'}
            shapes:
              Refusal: {fields: {error: {type: string, required: false}, errno: ErrorCode}}
              Answer: {fields: {status: Status, flag: {type: Flag, required: false}}}
              Report: {fields: {results: '[Answer]'}}
            tables:
              ErrorCode:
                title: Errors
                source: send
                entries:
                  - {code: 103, summary: Login denied, outcome: failure, category: authentication}
              Status:
                title: Statuses
                source: send
                entries:
                  - {code: 17, summary: Refused, outcome: failure, category: unknown}
                  - {code: 39, summary: Invalid, outcome: failure, category: invalidRequest}
              Flag:
                title: Flag
                source: send
                codeType: bool
                entries:
                  - {code: 'true', summary: Sent, outcome: success, category: none}
            examples:
              - {name: refused, message: Refusal, source: send, payload: '{"error": "Login denied.", "errno": "103"}'}
              - {name: mine, message: Refusal, payload: '{"errno": "103"}'}
              - {name: undocumented, message: Refusal, source: send, payload: '{"errno": "999"}'}
              - {name: both, message: Report, source: send, payload: '{"results": [{"status": 17}, {"status": "39", "flag": "true"}]}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        #expect(run.errors.contains("""
            \(file):28:5: warning: example 'refused' writes code "103" at `errno` as text, where table 'ErrorCode' writes numbers, and no example writes its codes so: the generated code, `smsspec decode` and the sandbox write 103; if the provider writes its codes so, give the table `wire: string` (and `padding` if it pads them with zeros)

            """))
        #expect(run.errors.contains("""
            \(file):31:5: warning: example 'both' writes code "true" at `results[1].flag` as text, where table 'Flag' writes booleans, and no example writes its codes so: the generated code, `smsspec decode` and the sandbox write true; if the provider writes its codes so, give the table `wire: string`

            """))
        #expect(!run.errors.contains("'Status'"))
        #expect(!run.errors.contains("example 'mine' writes"))
    }

    /// A text answer's example whose field reads the text between two fields of its forms (a user's Route Mobile
    /// `1701|9198…|fc2a,1706|9198…`, several results on one line, read as one whose id held the others) is a warning;
    /// one result a line reads clean.
    @Test func aTextExampleOfSeveralResultsOnOneLineIsAWarning() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            sources:
              send: {title: Send, url: 'https://acme.example/send'}
            shapes:
              Result:
                text: ['{code}|{number}|{id}', '{code}|{number}']
                fields: {code: int, number: string, id: {type: string, required: false}}
              Results: {items: Result}
            examples:
              - {name: joined, message: Results, source: send, payload: '1701|919812345678|fc2a,1706|919887654321'}
              - {name: lines, message: Results, source: send, payload: "1701|919812345678|fc2a\\n1706|919887654321"}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .success)
        #expect(run.errors == """
            \(file):11:5: warning: example 'joined' reads field 'id' as "fc2a,1706|919887654321", which holds "|", the text between two fields of its forms: read by a form not meant for it (put the form it should take first), or several results on one line (a list shape of 'Result' with the 'separator' between them: '{items: Result, separator: ","}')

            """)
        // Declared joined by commas, the same example reads as two results, without a warning.
        let joined = spec.replacingOccurrences(of: "Results: {items: Result}", with: "Results: {items: Result, separator: ','}")
            .split(separator: "\n").filter { !$0.contains("{name: lines") }.joined(separator: "\n")
        let joinedFile = try scratch.write("joined.yaml", joined)
        let clean = await CLI.run(["lint", joinedFile], exitsWith: .success)
        #expect(clean.errors == "", "\(clean.errors)")
        let payload = try scratch.write("sent.txt", "1701|919812345678|fc2a,1706|919887654321\n")
        let decoded = await CLI.run(["decode", joinedFile, "Results", payload], exitsWith: .success)
        #expect(decoded.output.contains(#""id" : "fc2a""#) && decoded.output.contains(#""code" : 1706"#), "\(decoded.output)")
    }

    /// An example of a callback that may arrive as JSON or as a form (`encoding: [json, form]`) is read as JSON when it
    /// is a JSON object, as the form otherwise (unless it says its `format`); each is checked as its receiver reads it.
    @Test func anExampleOfACallbackTakenAsJSONOrAFormIsReadAsItIsWritten() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Receipt: {fields: {id: string, status: int}}
              Posted: {fields: {id: string, status: int}}
            callbacks:
              Receipt: {encoding: [json, form], shape: Receipt}
              Posted: {encoding: form, shape: Posted}
            examples:
              - {name: json, message: Receipt, payload: '{"id": "m1", "status": 2}'}
              - {name: form, message: Receipt, payload: 'id=m1&status=2'}
              - {name: bad-form, message: Receipt, payload: 'id=m1&status=two'}
              - {name: bad-json, message: Receipt, payload: '{"id": "m1", "status": "two"}'}
              - {name: json-as-form, message: Posted, payload: '{"id": "m1", "status": 2}'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):12:5: error: payload of example 'bad-form' does not decode as Receipt: at `status`: expected an integer; "two" is not an integer.
            \(file):13:5: error: payload of example 'bad-json' does not decode as Receipt: at `status`: expected an integer, found text
            \(file):14:5: error: payload of example 'json-as-form' does not decode as Posted: at `(top level)`: The form is JSON (it starts with '{'), not name=value fields. (the payload is JSON, read as a form as its message travels: give the example 'format: json' if the document shows it so, or a callback posted either way 'encoding: [form, json]')

            """)
    }
}
