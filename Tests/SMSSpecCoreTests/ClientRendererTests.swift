import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// The `client` and `receiver` outputs for a user's spec: what they print, and that it compiles against the built
/// SMSSpecClient and SMSSpecReceiver modules with warnings as errors.
@Suite struct ClientRendererTests {
    static let header = Snippet.header(providerKeys: "  auth: {type: header, name: X-Key}\n")

    static let spec = """
        operations:
          send:
            method: POST
            path: /messages
            request: SendRequest
            responses:
              200: {shape: Accepted, tables: [Status]}
              202: {shape: Queued, tables: [Status]}
              400: {shape: Failure, tables: [Status]}
            source: doc
          balance:
            method: GET
            path: /balance
            responses:
              200: {summary: Not documented.}
            source: doc
          status:
            method: GET
            path: /messages/{id}
            encoding: none
            request: StatusRequest
            responses:
              default: {shape: Accepted, tables: [Status]}
            source: doc
        shapes:
          SendRequest:
            source: doc
            fields:
              to: {type: string, summary: The recipient.}
              text: {type: string, summary: The text., constraints: {minLength: 1}}
          StatusRequest:
            source: doc
            fields:
              id: {type: string, in: path, summary: The message id.}
          Accepted:
            source: doc
            fields:
              id: {type: string, summary: The message id.}
              code: {type: Status, summary: The status.}
          Queued:
            source: doc
            fields:
              position: {type: int, summary: Place in the queue.}
          Failure:
            source: doc
            fields:
              code: {type: Status, summary: Why.}
          Receipt:
            source: doc
            fields:
              id: {type: string, summary: The message id.}
              state: {type: string, summary: The state.}
          Inbound:
            source: doc
            fields:
              text: {type: string, summary: The text.}
        callbacks:
          Receipt:
            method: GET
            encoding: query
            shape: Receipt
            source: doc
          Event:
            method: POST
            encoding: form
            discriminator:
              field: kind
              variants: {receipt: Receipt, inbound: Inbound}
            source: doc
        tables:
          Status:
            title: Status codes
            source: doc
            entries:
              - {code: 0, summary: OK, outcome: success, category: none}
              - {code: 5, summary: Busy, outcome: failure, category: rateLimited}
        """

    static let options = GeneratorOptions(outputs: GeneratorOptions.Output.defaults.union([.client, .receiver]))

    @Test func severalSuccessShapesBecomeAnAnswerEnumAndTheCatchAllIsTheResultWhenNo2xxIsListed() throws {
        let client = try Snippet.swift(Self.spec, "client", options: Self.options)
        Snippet.expect(client, contains: """
            public enum SendAnswer: Swift.Sendable {
                case accepted(Acme.Accepted)
                case queued(Acme.Queued)
            }
            """)
        Snippet.expect(client, contains: """
                        "Accepted": .result(Acme.Accepted.self, as: { .accepted($0) }),
                        "Queued": .result(Acme.Queued.self, as: { .queued($0) }),
                        "Failure": .reports(Acme.Failure.self),
            """)
        Snippet.expect(client, contains: "public func balance() async throws -> SMSSpecClient.UndocumentedAnswer {")
        // A response's summary was parsed and then printed nowhere (a third-party spec's "An undelivered message is a
        // successful look-up"): the client's method and the operation's descriptor say it.
        let answers = """
                /// `GET /balance`
                ///
                /// Answers — 200: Not documented.
            """
        Snippet.expect(client, contains: answers)
        Snippet.expect(try Snippet.swift(Self.spec, "operations", options: Self.options), contains: answers)
        // A summary of whitespace alone says nothing: no `200: .` (an attack).
        let blank = try Snippet.swift(Self.spec.replacingOccurrences(of: "{summary: Not documented.}", with: "{summary: '  '}"), "operations", options: Self.options)
        #expect(!blank.contains("Answers —") && !blank.contains("200: ."), "\(blank)")
        Snippet.expect(client, contains: "public func status(_ request: Acme.StatusRequest) async throws -> Acme.Accepted {")
        // An operation's decisions are stated on its descriptor; the method a user calls said nothing of them (a user).
        let decided = Self.spec.replacingOccurrences(
            of: "    path: /balance\n", with: "    path: /balance\n    decisions: [{id: A1, issue: Undocumented., decision: Kept.}]\n")
        Snippet.expect(try Snippet.swift(decided, "client", options: Self.options), contains: """
                /// Answers — 200: Not documented.
                ///
                /// Decision A1: see `Acme.Operations.balance`.
                ///
                /// Source: Acme API (https://acme.example/docs).
                public func balance() async throws -> SMSSpecClient.UndocumentedAnswer {
            """)
        Snippet.expect(client, contains: "public init(serverURL: Foundation.URL = Foundation.URL(string: \"https://api.acme.example\")!, transport: any OpenAPIRuntime.ClientTransport, middlewares: [any OpenAPIRuntime.ClientMiddleware] = [], configuration: SMSSpecClient.ClientConfiguration = SMSSpecClient.ClientConfiguration()) {")
    }

    @Test func receiversCarryTheCallbacksMethodEncodingAndType() throws {
        let receivers = try Snippet.swift(Self.spec, "receiver", options: Self.options)
        Snippet.expect(receivers, contains: """
            public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                provider: "acme", name: "Receipt", method: "GET", encoding: .query)
            """)
        Snippet.expect(receivers, contains: """
            public static let event = SMSSpecReceiver.CallbackReceiver<Acme.Event>(
                provider: "acme", name: "Event", method: "POST", encoding: .form)
            """)
    }

    /// A spec without callbacks keeps the namespace every provider has, and says why it is empty (a user read the empty
    /// `enum Receivers {}` as an artefact).
    @Test func aSpecWithoutCallbacksSaysItsReceiversAreNone() throws {
        let noCallbacks = """
            shapes:
              Receipt:
                source: doc
                fields:
                  id: {type: string, summary: The message id.}
            """
        let receivers = try Snippet.swift(noCallbacks, "receiver", options: Self.options)
        Snippet.expect(receivers, contains: """
                /// Receivers of Acme's callbacks: none, as the spec declares no `callbacks` (the namespace is kept for every provider alike).
                public enum Receivers {
                }
            """)
    }

    /// Callbacks named like what Swift reads after a dot (`Receivers.self` is the metatype) get receivers renamed as
    /// operations are: `self_`, `init_`.
    static let keywordCallbacks = """
        shapes:
          Receipt:
            source: doc
            fields:
              id: {type: string, summary: The message id.}
        callbacks:
          Self: {method: POST, encoding: json, shape: Receipt, source: doc}
          Init: {method: POST, encoding: json, shape: Receipt, source: doc}
          Super: {method: POST, encoding: json, shape: Receipt, source: doc}
          HashValue: {method: POST, encoding: json, shape: Receipt, source: doc}
          Any: {method: POST, encoding: json, shape: Receipt, source: doc}
        """

    @Test func callbacksNamedLikeReservedMembersGetRenamedReceivers() throws {
        let receivers = try Snippet.swift(Self.keywordCallbacks, "receiver", options: Self.options)
        for (member, name) in [("self_", "Self"), ("init_", "Init"), ("super_", "Super"), ("hashValue_", "HashValue"), ("`any`", "Any")] {
            Snippet.expect(receivers, contains: """
                public static let \(member) = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "\(name)", method: "POST", encoding: .json)
                """)
        }
        let files = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Self.header + Self.keywordCallbacks)], options: Self.options)
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func twoCallbacksWhoseReceiversWouldShareANameAreReported() {
        let yaml = Self.keywordCallbacks.replacingOccurrences(
            of: "  Init: {", with: "  Self_: {method: POST, encoding: json, shape: Receipt, source: doc}\n  Init: {")
        #expect(Snippet.diagnostics(yaml, providerKeys: "  auth: {type: header, name: X-Key}\n") == [
            "16:3: callback 'Self_' and callback 'Self' (line 15) both become 'self_' in Receivers; rename one"
        ])
    }

    /// `self` is renamed `self_`, which another operation may be called already: one name, two declarations.
    @Test func twoOperationsThatMeetAfterRenamingAreReported() {
        let yaml = "operations:\n  self: {method: POST, path: /a, request: R, responses: {204: {summary: x}}}\n"
            + "  self_: {method: POST, path: /b, request: R2, responses: {204: {summary: x}}}\n"
            + "shapes:\n  R: {fields: {a: string}}\n  R2: {fields: {a: string}}\n"
        #expect(Snippet.diagnostics(yaml) == ["10:3: operation 'self_' and operation 'self' (line 9) both become 'self_' in Operations; rename one"])
    }

    /// The answer enum's cases come from shape names: `Self` and `self` both lower to `self_`, and a shape
    /// `Undocumented` meets the case of an answer without a shape.
    @Test func answerCasesThatMeetAreReported() {
        let yaml = """
            operations:
              send:
                method: POST
                path: /send
                request: R
                responses:
                  200: {shape: Undocumented, summary: x}
                  201: {summary: x}
                  202: {shape: Self, summary: x}
                  203: {shape: self, summary: x}
            shapes:
              R: {fields: {a: string}}
              Undocumented: {fields: {a: string}}
              Self: {fields: {a: string}}
              self: {fields: {a: string}}
            """
        #expect(Snippet.diagnostics(yaml) == [
            "15:7: an answer without a shape and the answer shape 'Undocumented' (line 14) both become 'undocumented' in the client's answer cases of operation 'send'; rename one of the shapes",
            "17:20: the answer shape 'self' and the answer shape 'Self' (line 16) both become 'self_' in the client's answer cases of operation 'send'; rename one of the shapes",
        ])
    }

    @Test func answerCasesNamedLikeKeywordsCompile() throws {
        let yaml = """
            operations:
              send:
                method: POST
                path: /send
                request: R
                responses:
                  200: {shape: Self, summary: x}
                  201: {summary: x}
                  202: {shape: In, summary: x}
                  203: {shape: Default, summary: x}
                  204: {shape: Init, summary: x}
            shapes:
              R: {fields: {a: string}}
              Self: {fields: {a: string}}
              In: {fields: {a: string}}
              Default: {fields: {a: string}}
              Init: {fields: {a: string}}
            """
        let client = try Snippet.swift(yaml, "client", options: Self.options)
        Snippet.expect(client, contains: """
            public enum SendAnswer: Swift.Sendable {
                case self_(Acme.`Self`)
                case undocumented(SMSSpecClient.UndocumentedAnswer)
                case `in`(Acme.In)
                case `default`(Acme.Default)
                case init_(Acme.Init)
            }
            """)
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.header + yaml)], options: Self.options)
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func clientAndReceiverFilesAreWrittenOnlyWhenListed() throws {
        let standard = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Self.header + Self.spec)], options: GeneratorOptions())
        #expect(!standard.contains { $0.name.hasSuffix(".client.swift") || $0.name.hasSuffix(".receiver.swift") })
        #expect(OutputLayout.files(forSpecStem: "acme", outputs: [.client]).contains("acme.client.swift"))
    }

    @Test func theGeneratedClientAndReceiversCompileWithoutWarnings() throws {
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.header + Self.spec)], options: Self.options)
        let modules = try #require(BuildProducts.modules, "the modules are not built; run `swift build --build-tests`")
        try #require(
            FileManager.default.fileExists(atPath: modules.appending(path: "SMSSpecClient.swiftmodule").path(percentEncoded: false)),
            "SMSSpecClient is not built; run `swift build --build-tests`")
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0, "\(result.output)")
    }
}
