import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A YAML fragment → the Swift it generates, construct by construct (in the manner of swift-openapi-generator's
/// SnippetBasedReferenceTests). Each test shows the spec text and the exact lines generated from it.
enum Snippet {
    static let header = header(providerKeys: "")

    /// The spec's first lines: provider `acme` (with `providerKeys`, each line indented by two) and source `doc`.
    static func header(providerKeys: String) -> String {
        "smsspec: 1\nprovider:\n  id: acme\n  name: Acme\n  baseURLs: [https://api.acme.example]\n\(providerKeys)"
            + "sources:\n  doc: {title: Acme API, url: 'https://acme.example/docs'}\n"
    }

    /// The file `output` (`models`, `codes`, `operations`, `validation`, `catalog`, or `target` for the target's
    /// catalog enum) generated from `yaml`, after a header with `providerKeys`.
    static func swift(
        _ yaml: String, _ output: String = "models", options: GeneratorOptions = GeneratorOptions(), providerKeys: String = ""
    ) throws -> String {
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: header(providerKeys: providerKeys) + yaml)], options: options)
        let name = output == "target" ? OutputLayout.catalogFile : "acme.\(output).swift"
        return try #require(files.first { $0.name == name }).contents
    }

    /// Every diagnostic of `yaml`, as `line:column: message` (lines counted in the whole spec), after a header with
    /// `providerKeys`.
    static func diagnostics(_ yaml: String, providerKeys: String = "") -> [String] {
        do {
            _ = try Generator.swiftSources(
                for: [SpecInput(path: "acme.yaml", contents: header(providerKeys: providerKeys) + yaml)], options: GeneratorOptions())
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    /// `expected` appears in `generated` exactly, indentation included (compared after trimming the common margin).
    static func expect(_ generated: String, contains expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let margin = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        let body = generated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let trimmed = lines.map { String($0.dropFirst(margin)) }
        // Find the first expected line, then compare the block with the generated lines' own margin.
        for (index, line) in body.enumerated() where line.trimmingCharacters(in: .whitespaces) == trimmed[0].trimmingCharacters(in: .whitespaces) {
            let indent = line.prefix { $0 == " " }.count - trimmed[0].prefix { $0 == " " }.count
            guard indent >= 0, index + trimmed.count <= body.count else { continue }
            let block = body[index..<index + trimmed.count].map { String($0.dropFirst(indent)) }
            if block == trimmed { return }
        }
        Issue.record("expected this Swift:\n\(trimmed.joined(separator: "\n"))\n\nin:\n\(generated)", sourceLocation: sourceLocation)
    }
}

@Suite struct SnippetTests {
    @Test func aDefaultAppliesWhenTheFieldIsAbsentWhateverRequiredSays() throws {
        let swift = try Snippet.swift("""
            enums:
              Kind: {values: {plain: Plain., 'flash-sms': Flash.}}
            shapes:
              Options:
                fields:
                  retries: {type: int, default: 3}
                  kind: {type: Kind, default: flash-sms, required: false}
                  price: {type: decimal, default: '-12.50'}
            """)
        Snippet.expect(swift, contains: """
            public init(
                retries: Swift.Int = 3, kind: Acme.Kind = .flashSMS,
                price: Foundation.Decimal = Foundation.Decimal(sign: .minus, exponent: -2, significand: Foundation.Decimal(1250 as Swift.UInt64))
            ) {
            """)
        Snippet.expect(swift, contains: """
            self.retries = try container.decodeIfPresent(Swift.Int.self, forKey: "retries") ?? 3
            self.kind = try container.decodeIfPresent(Acme.Kind.self, forKey: "kind") ?? .flashSMS
            """)
    }

    /// A decimal default's literal holds its digits in a `UInt64`: 19 digits fit, 20 may not and are refused.
    /// A header field's documentation names its header, which the field's name may not (a user's `sid`, sent as
    /// `X-AUTH-SID`, said only "Sent in the header.").
    @Test func aHeaderFieldNamesItsHeader() throws {
        let swift = try Snippet.swift("""
            operations:
              look: {method: GET, path: /look, request: Look, responses: {200: {summary: OK.}}}
            shapes:
              Look: {fields: {X-AUTH-SID: {type: string, in: header, name: sid, summary: The account.}, id: {type: string, in: query}}}
            """)
        Snippet.expect(swift, contains: "/// The account. Sent in the `X-AUTH-SID` header.")
        Snippet.expect(swift, contains: "/// Sent in the query.")
    }

    @Test func aDoubleDefaultTooSmallToHoldIsRefused() {
        #expect(Snippet.diagnostics("shapes:\n  Rate:\n    fields:\n      ratio: {type: double, default: 1e-400}\n") == [
            "11:38: default '1e-400' is too small for a double: it would read as 0"
        ])
        #expect(Snippet.diagnostics("shapes:\n  Rate:\n    fields:\n      ratio: {type: double, default: 0.0e5}\n") == [])
        // Swift's `Double` reads `0x10` as 16: refused, as an int's hexadecimal default is (an attack).
        #expect(Snippet.diagnostics("shapes:\n  Rate:\n    fields:\n      ratio: {type: double, default: -0x1p3}\n") == [
            "11:38: default '-0x1p3' is written in hexadecimal, which a double default is not (as an int's or a decimal's is not): write it in decimal"
        ])
    }

    /// A default that is no value of its type is one error, whichever rule it breaks.
    @Test func aBrokenNumberDefaultIsOneError() {
        let field = { (type: String, value: String) in
            Snippet.diagnostics("shapes:\n  S:\n    fields:\n      b: {type: \(type), default: \(value)}\n")
        }
        #expect(field("double", ".inf") == ["11:34: default '.inf' is not a finite number"])
        #expect(field("double", "-.INF") == ["11:34: default '-.INF' is not a finite number"])
        #expect(field("double", ".nan") == ["11:34: default '.nan' is not a finite number"])
        #expect(field("double", "nan") == ["11:34: default 'nan' is not a finite number"])
        #expect(field("double", "1e400") == ["11:34: default '1e400' is not a finite number"])
        #expect(field("double", "'1_000'") == ["11:34: default '1_000' does not fit field 'b' of shape 'S' of type 'double'"])
        #expect(field("decimal", "abc") == [
            "11:35: default 'abc' is not a decimal default: write digits with an optional fraction (12.50)"
        ])
        #expect(field("decimal", "1e5") == [
            "11:35: default '1e5' is not a decimal default: write digits with an optional fraction (12.50)"
        ])
        #expect(field("int", "'1_000'") == ["11:31: default '1_000' does not fit field 'b' of shape 'S' of type 'int'"])
    }

    @Test func decimalDefaultsHoldAtMostNineteenDigits() throws {
        let swift = try Snippet.swift("shapes:\n  Price:\n    fields:\n      amount: {type: decimal, default: '-0009999999999.999999999'}\n")
        Snippet.expect(swift, contains: """
            public init(
                amount: Foundation.Decimal = Foundation.Decimal(sign: .minus, exponent: -9, significand: Foundation.Decimal(9999999999999999999 as Swift.UInt64))
            ) {
            """)
        #expect(UInt64(String(repeating: "9", count: SpecLimits.maximumDecimalDigits)) != nil)
        #expect(Snippet.diagnostics("shapes:\n  Price:\n    fields:\n      amount: {type: decimal, default: '99999999999.999999999'}\n") == [
            "11:40: default '99999999999.999999999' has 20 digits; a decimal default has at most 19, leading zeros aside"
        ])
        // Leading zeros are not digits to count (they were "not digits with an optional fraction" beyond 18).
        let padded = try Snippet.swift("shapes:\n  Price:\n    fields:\n      amount: {type: decimal, default: '0000000000000000000000012.5'}\n")
        Snippet.expect(padded, contains: "amount: Foundation.Decimal = Foundation.Decimal(sign: .plus, exponent: -1, significand: Foundation.Decimal(125 as Swift.UInt64))")
        #expect(Snippet.diagnostics("shapes:\n  Price:\n    fields:\n      amount: {type: decimal, default: '1.0000000000000000001'}\n") == [
            "11:40: default '1.0000000000000000001' has 19 digits after the point; a decimal default has at most 18 on either side, leading zeros aside"
        ])
    }

    @Test func aCredentialHasNoDefault() {
        #expect(Snippet.diagnostics("shapes:\n  Login:\n    fields:\n      password: {type: string, secret: true, default: hunter2}\n") == [
            "11:55: field 'password' of shape 'Login' is a credential ('secret'), so it has no default: its value would be written in the generated code"
        ])
    }

    @Test func anAuthFieldMustBeASecret() {
        let yaml = "shapes:\n  Send:\n    fields:\n      api_key: {type: string}\n      to: {type: string}\n"
        let diagnostics = Snippet.diagnostics(yaml, providerKeys: "  auth: {type: fields, fields: [api_key]}\n")
        #expect(diagnostics == [
            "12:7: field 'api_key' of shape 'Send' carries a credential (auth fields): mark it `secret: true` so its value never prints"
        ])
    }

    @Test func anAuthFieldIsNamedAsItIsSent() {
        let yaml = "shapes:\n  Send:\n    fields:\n      api_key: {type: string, secret: true}\n      to: {type: string}\n"
        let diagnostics = Snippet.diagnostics(yaml, providerKeys: "  auth: {type: fields, fields: [apiKey]}\n")
        #expect(diagnostics == [
            "6:33: auth field 'apiKey' is not a field of any shape (auth fields are named as they are sent) (did you mean 'api_key'?)"
        ])
    }

    @Test func namesTheGeneratedCodeUsesCannotHideIt() throws {
        let swift = try Snippet.swift("""
            shapes:
              String:
                fields:
                  default: {type: Timestamp, required: false}
                  self: string
                  2fa: Result
                  Self: {type: '[String]', required: false, name: selves}
              Timestamp:
                fields:
                  in: {type: date, format: iso8601}
              Result:
                fields:
                  CodingKeys: {type: json, required: false}
            """)
        Snippet.expect(swift, contains: """
            public struct String: Swift.Codable, Swift.Hashable, Swift.Sendable {
            """)
        Snippet.expect(swift, contains: """
            public var `default`: Swift.Optional<Acme.Timestamp>
            """)
        Snippet.expect(swift, contains: """
            public var self_: Swift.String
            """)
        Snippet.expect(swift, contains: """
            self.`default` = try container.decodeIfPresent(Acme.Timestamp.self, forKey: "default")
            self.self_ = try container.decode(Swift.String.self, forKey: "self")
            self.n2fa = try container.decode(Acme.Result.self, forKey: "2fa")
            self.selves = try container.decodeIfPresent([Acme.String].self, forKey: "Self")
            """)
        Snippet.expect(swift, contains: """
            self.`in` = try container.decodeTimestamp(forKey: "in", formats: ["iso8601"], timeZone: nil)
            """)
        Snippet.expect(swift, contains: """
            public var codingKeys: Swift.Optional<SMSSpecRuntime.JSONValue>
            """)
    }

    @Test func namesSwiftCannotTakeAreLocatedErrors() {
        #expect(Snippet.diagnostics("""
            shapes:
              Type: {fields: {a: string}}
              Message:
                fields:
                  parent: Message
            """) == [
                "9:3: Swift reads '.Type' after a type as its metatype, so no type can be named 'Type'; choose another",
                "12:7: field 'parent' of shape 'Message' is required and holds 'Message' again through required fields, so no value could ever be complete; make a field of the cycle 'required: false' or a list",
            ])
        #expect(Snippet.diagnostics("""
            shapes:
              Message:
                fields:
                  id: string
                  ID: string
            """) == ["12:7: field 'ID' and field 'id' (line 11) both become 'id' in shape 'Message'; give one a 'name'"])
    }

    @Test func aShapeMayHoldItselfAndItsReplies() throws {
        let swift = try Snippet.swift("""
            shapes:
              Message:
                fields:
                  text: string
                  inReplyTo: {type: Message, required: false}
                  replies: {type: '[Message]', required: false}
                  body: {type: Body, required: false}
            unions:
              Body:
                variants:
                  text: string
                  quoted: Message
            """)
        Snippet.expect(swift, contains: """
            public var inReplyTo: Acme.Message? {
                get { self._inReplyTo.first }
                set { self._inReplyTo = newValue.map { [$0] } ?? [] }
            }
            private var _inReplyTo: [Acme.Message] = []
            """)
        Snippet.expect(swift, contains: """
            public var replies: Swift.Optional<[Acme.Message]>
            """)
        Snippet.expect(swift, contains: """
            public indirect enum Body: Swift.Codable, Swift.Hashable, Swift.Sendable {
            """)
    }

    /// Each variant says the kinds of JSON value it reads, so a value failing them all is reported by the one
    /// reading its kind; a union read through another union reads what that one's variants read, however they chain.
    /// The union compiles without warnings at every access level.
    @Test(arguments: GeneratorOptions.AccessLevel.allCases)
    func unionVariantsSayTheKindsTheyRead(_ level: GeneratorOptions.AccessLevel) throws {
        let yaml = """
            enums:
              Kind: {values: {plain: Plain.}}
            shapes:
              Receipt: {fields: {id: string, note: {type: Note, required: false}}}
              Receipts: {items: Receipt}
            unions:
              Answer:
                variants:
                  count: Count
                  receipts: Receipts
                  byName: '{Receipt}'
                  kind: Kind
                  raw: json
              Count:
                variants: {number: int, words: Words}
              Words:
                variants: {text: string, at: int64}
              Note:
                variants: {text: string, receipt: Receipt}
            """
        let swift = try Snippet.swift(yaml, options: GeneratorOptions(accessLevel: level))
        let prefix = level == .internal ? "" : level.rawValue + " "
        Snippet.expect(swift, contains: """
            \(prefix)init(from decoder: any Swift.Decoder) throws {
                var container = try SMSSpecRuntime.UnionContainer(decoder)
                if let value = container.decode(Acme.Count.self, reads: [.text, .number]) {
                    self = .count(value)
                    return
                }
                if let value = container.decode(Acme.Receipts.self, reads: .array) {
                    self = .receipts(value)
                    return
                }
                if let value = container.decode([Swift.String: Acme.Receipt].self, reads: .object) {
                    self = .byName(value)
                    return
                }
                if let value = container.decode(Acme.Kind.self, reads: .scalar) {
                    self = .kind(value)
                    return
                }
                if let value = container.decode(SMSSpecRuntime.JSONValue.self, reads: .any) {
                    self = .raw(value)
                    return
                }
                throw container.failure(expected: "`Count` or `Receipts` or `[String: Receipt]` or `Kind` or `JSONValue`")
            }
            """)
        Snippet.expect(swift, contains: "if let value = container.decode(Acme.Receipt.self, reads: .object) {")
        let files = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Snippet.header + yaml)], options: GeneratorOptions(accessLevel: level))
        let check = try BuildProducts.typecheck(generated: files)
        #expect(check.status == 0 && !check.output.contains("warning"), "\(check.output)")
    }

    @Test func severalDiscriminatorValuesMayShareAShape() throws {
        let swift = try Snippet.swift("""
            shapes:
              Receipt: {fields: {type: string, id: string}}
              Inbound: {fields: {text: string}}
            callbacks:
              Event:
                encoding: json
                discriminator:
                  field: type
                  variants: {DLR: Receipt, dlr: Receipt, MO: Inbound}
            """)
        // Scalar for scalar (`ExactSpelling`): a `String` case matched `AC` + a Kelvin sign as `ACK`.
        Snippet.expect(swift, contains: """
            switch SMSSpecRuntime.ExactSpelling(kind) {
            case "DLR", "dlr": self = .receipt(try Acme.Receipt(from: decoder))
            case "MO": self = .inbound(try Acme.Inbound(from: decoder))
            default: self = .unknown(type: kind, payload: try SMSSpecRuntime.JSONValue(from: decoder))
            }
            """)
        Snippet.expect(swift, contains: """
            case .receipt(let event):
                try event.encode(to: encoder)
                return
            case .inbound(let event):
                try event.encode(to: encoder)
                kind = "MO"
            """)
    }

    @Test func aSharedShapeMustCarryTheDiscriminator() {
        #expect(Snippet.diagnostics("""
            shapes:
              Receipt: {fields: {id: string}}
            callbacks:
              Event:
                discriminator:
                  field: type
                  variants: {DLR: Receipt, dlr: Receipt}
            """) == ["14:23: shape 'Receipt' stands for several values of 'type' (DLR, dlr), so it needs a field 'type' to keep which one it was"])
    }

    /// A shape carrying the discriminator as an int or bool writes it back as that type does: `{"type": "01"}` decoded
    /// as `.second(Second(type: 1))`, which encoded `{"type": 1}` and read back as `.first`; `1.0` likewise; a value
    /// that is no integer (`abc`) never decoded as the shape. Each is a located error; a shape without the field, or
    /// with a string one, keeps the value as written.
    @Test func aDiscriminatorValueItsShapeWritesBackOtherwiseIsALocatedError() {
        let back = "whose Int64 field writes it back as 1, which reads as another value: write the value as 1"
        #expect(Snippet.diagnostics("""
            shapes:
              First: {fields: {type: int}}
              Second: {fields: {type: {type: int64, lenient: true}}}
              Flag: {fields: {type: bool}}
              Text: {fields: {type: string}}
              Bare: {fields: {id: string}}
            callbacks:
              Event:
                discriminator:
                  field: type
                  variants: {1: First, -2: First, '01': Second, '1.0': Second, abc: Second, 'yes': Flag, 'true': Flag, '001': Text, '0x1': Bare}
            """) == [
                "18:39: value '01' of discriminator 'type' of callback 'Event' names shape 'Second', \(back)",
                "18:53: value '1.0' of discriminator 'type' of callback 'Event' names shape 'Second', \(back)",
                "18:68: value 'abc' of discriminator 'type' of callback 'Event' names shape 'Second', whose field reads it as Int64, "
                    + "which 'abc' is not: no such payload decodes as the shape; make the field a string or enum",
                "18:81: value 'yes' of discriminator 'type' of callback 'Event' names shape 'Flag', whose field reads it as Bool, "
                    + "which 'yes' is not: no such payload decodes as the shape; make the field a string or enum",
            ])
    }

    /// A shape's own field of the discriminator's name reads the event's kind too: typed as a list, a map or a shape
    /// (or a decimal the value does not spell), it failed every event of that kind, and lint said nothing (random
    /// specs decoded through the generated types found it).
    @Test func anEventsOwnDiscriminatorFieldMustHoldItsValue() {
        let fix = "no such payload decodes as the shape; make the field a string or enum"
        let subject = "of discriminator 'type' of callback 'Event' names shape"
        #expect(Snippet.diagnostics("""
            shapes:
              Receipt: {fields: {type: '[string]', id: string}}
              Inbound: {fields: {type: '{string}', text: string}}
              Nested: {fields: {type: Receipt}}
              Priced: {fields: {type: decimal}}
            callbacks:
              Event:
                discriminator:
                  field: type
                  variants: {DLR: Receipt, MO: Inbound, N: Nested, '1.5': Priced, P: Priced}
            """) == [
                "17:18: value 'DLR' \(subject) 'Receipt', whose field reads it as [String], which 'DLR' is not: \(fix)",
                "17:32: value 'MO' \(subject) 'Inbound', whose field reads it as [String: String], which 'MO' is not: \(fix)",
                "17:45: value 'N' \(subject) 'Nested', whose field reads it as Receipt, which 'N' is not: \(fix)",
                "17:71: value 'P' \(subject) 'Priced', whose field reads it as Decimal, which 'P' is not: \(fix)",
            ])
    }

    /// A table listed twice among a response's deciding tables, or an HTTP status twice in an entry, linted clean
    /// and said the same thing twice in the generated descriptor and table row.
    @Test func aTableOrHTTPStatusListedTwiceIsALocatedError() {
        #expect(Snippet.diagnostics("""
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Answer, tables: [Status, Status]}}}
            shapes:
              Send: {fields: {to: string}}
              Answer: {fields: {status: Status}}
            tables:
              Status:
                title: Statuses
                source: doc
                entries:
                  - {code: 1, summary: One., outcome: success, category: none, httpStatus: [200, 201, 200]}
            """) == [
                "9:102: table 'Status' is listed twice in this response's 'tables'; remove one",
                "18:91: HTTP status 200 of code 1 of table 'Status' is listed twice; remove one",
            ])
    }

    @Test func validatorsNameResolvedProviderCodesAndNeverPrintSecrets() throws {
        let swift = try Snippet.swift("""
            tables:
              Status:
                title: Statuses
                source: doc
                entries:
                  - {code: '007', name: BAD_TO, summary: Bad recipient., outcome: failure, category: invalidDestination}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  to: {type: string, constraints: {pattern: '^[0-9]+$', providerCodes: {'*': 'Status:7'}}}
                  key: {type: string, secret: true, constraints: {url: true}}
            """, "validation")
        Snippet.expect(swift, contains: """
            public func validate(at path: Swift.String) -> [SMSSpecRuntime.ValidationViolation] {
                var validation = SMSSpecRuntime.Validation(at: path, hiding: [self.key])
                validation.pattern(self.to, "^[0-9]+$", field: "to", code: .documented(Acme.Status.badTo.entry))
                validation.url(self.key, field: "key")
                return validation.violations
            }
            """)
        // `key` is a `Secret`: the runtime's checks name the rule, never the value (SnippetSecretTests runs them), and no
        // violation quoting another field shows it.
    }

    /// A case's documentation shows its code as the provider sends it: a table padded to three digits sends 0 as `000`
    /// (its documentation said `0`, which no payload carries).
    @Test func aCaseIsDocumentedWithItsCodeAsSent() throws {
        let swift = try Snippet.swift("""
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: int
                wire: string
                padding: 3
                entries:
                  - {code: 0, name: DELIVERED, summary: Delivered., outcome: success, category: none}
                  - {code: 20, summary: Expired., outcome: failure, category: expired}
                  - {code: '0007', summary: Seven., outcome: failure, category: unknown}
            """, "codes")
        Snippet.expect(swift, contains: """
                /// `000` DELIVERED — Delivered.
                case delivered
                /// `020` — Expired.
                case n20
                /// `0007` — Seven.
            """)
    }

    @Test func topLevelDecisionsDocumentTheNamespace() throws {
        let swift = try Snippet.swift("""
            decisions:
              - {id: A1, issue: The documents disagree on the base URL., decision: We use the one the examples use.}
            """)
        Snippet.expect(swift, contains: """
            /// Decision A1: We use the one the examples use.
            /// The issue: The documents disagree on the base URL.
            public enum Acme {}
            """)
    }

    @Test func sourceReferencesOfShapesAndEnumsAreChecked() {
        #expect(Snippet.diagnostics("""
            shapes:
              A: {source: {source: docs}, fields: {a: string}}
            enums:
              B: {source: pdf, values: {x: X.}}
            """) == [
                "9:24: unknown source 'docs' (did you mean 'doc'?); define it under 'sources'",
                "11:15: unknown source 'pdf'; define it under 'sources'",
            ])
    }

    @Test func outputsThatCompileTogether() throws {
        let yaml = "shapes:\n  A: {fields: {a: string}}\n"
        let options = GeneratorOptions(outputs: [.models, .codes])
        #expect(try Snippet.swift(yaml, "models", options: options).contains("public enum Acme {}"))
        #expect(!(try Snippet.swift(yaml, "operations", options: options)).contains("import"))
        let catalog = try Snippet.swift(yaml, "target", options: options)
        #expect(catalog.contains("public enum SMSSpecCatalog {") && catalog.contains("public static let registry"))
        #expect(!catalog.contains("providers"))
        #expect(!(try Snippet.swift(yaml, "target", options: GeneratorOptions(outputs: []))).contains("import"))
        let diagnostics = DiagnosticCollector()
        _ = GeneratorOptions.load("outputs: [models, validation]\n", file: "smsspec-config.yaml", diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "smsspec-config.yaml:1:11: error: these outputs do not compile without others: 'models' needs 'codes', 'validation' needs 'codes', 'validation' needs 'operations'"
        ])
    }

    @Test func theCatalogNamespaceCannotHideWhatGeneratedCodeUses() {
        let diagnostics = DiagnosticCollector()
        _ = GeneratorOptions.load("namespace: Swift\n", file: "smsspec-config.yaml", diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "smsspec-config.yaml:1:12: error: namespace 'Swift' would hide a name the generated code uses; choose another"
        ])
    }

    /// docs/spec-format.md names every key the parser accepts.
    @Test func theFormatDocumentsEveryKey() throws {
        let docs = try String(contentsOf: Repository.root.appending(path: "docs/spec-format.md"), encoding: .utf8)
        for (element, keys) in SpecKeys.all {
            for key in keys {
                #expect(docs.contains("`\(key)`") || docs.contains("\(key):") || docs.contains("{\(key)") || docs.contains(" \(key)?") || docs.contains(", \(key)}"),
                        "docs/spec-format.md does not describe '\(key)' of \(element)")
            }
        }
    }

    /// The format's small complete example is what a newcomer copies first: it lints clean (its example payload
    /// decoded), and its receiver builds without a warning and reads a delivered receipt.
    @Test func theSmallCompleteExampleLintsAndItsReceiverReadsItsExample() throws {
        let docs = try String(contentsOf: Repository.root.appending(path: "docs/spec-format.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "## A small complete example\n\n```yaml\n"))
        let end = try #require(docs[section.upperBound...].range(of: "```\n"))
        let spec = String(docs[section.upperBound..<end.lowerBound])
        let main = """
            import Foundation
            import HTTPTypes
            import SMSSpecRuntime
            let request = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/acme")
            let receipt = try Acme.Receivers.deliveryReceipt.decode(request, body: Data(#"{"id": "m-1", "status": "DELIVRD"}"#.utf8))
            print(receipt.id, receipt.status, receipt.status.entry?.deliveryState.map { "\\($0)" } ?? "-")
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main, receivers: true)
        let output = try #require(run, "\(build.output)")
        #expect(build.output.contains("warning:") == false, "\(build.output)")
        #expect(output.output == "m-1 DELIVRD: Delivered to the handset delivered\n", "\(output.output)")
    }

    @Test(arguments: GeneratorOptions.AccessLevel.allCases)
    func accessLevels(_ level: GeneratorOptions.AccessLevel) throws {
        let swift = try Snippet.swift("shapes:\n  A: {fields: {a: string}}\n", options: GeneratorOptions(accessLevel: level))
        let prefix = level == .internal ? "" : level.rawValue + " "
        Snippet.expect(swift, contains: """
            \(prefix)struct A: Swift.Codable, Swift.Hashable, Swift.Sendable {
                \(prefix)var a: Swift.String

                \(prefix)init(a: Swift.String) {
                    self.a = a
                }

                \(prefix)init(from decoder: any Swift.Decoder) throws {
                    let container = try decoder.container(keyedBy: SMSSpecRuntime.FieldKey.self)
                    self.a = try container.decode(Swift.String.self, forKey: "a")
                }

                \(prefix)func encode(to encoder: any Swift.Encoder) throws {
                    var container = encoder.container(keyedBy: SMSSpecRuntime.FieldKey.self)
                    try container.encode(self.a, forKey: "a")
                }
            }
            """)
    }

    @Test func constraintsAreDescribedInWordsWithTheirUnits() throws {
        let swift = try Snippet.swift("""
            shapes:
              Limits:
                fields:
                  code: {type: string, summary: The code., constraints: {minLength: 1}}
                  pin: {type: string, summary: The PIN., constraints: {minLength: 4, maxLength: 4}}
                  sender: {type: string, summary: The sender., constraints: {minLength: 3, maxLength: 15}}
                  ttl: {type: int, summary: The lifetime., constraints: {minimum: 0}}
                  length: {type: int, summary: The length., constraints: {minimum: 6, maximum: 20}}
                  to: {type: '[string]', summary: The recipients., constraints: {minItems: 1, maxItems: 1000}}
                  tags: {type: '[string]', summary: The tags., constraints: {maxItems: 1}}
            """)
        Snippet.expect(swift, contains: "/// The code. Constraints: at least 1 character.")
        Snippet.expect(swift, contains: "/// The PIN. Constraints: exactly 4 characters.")
        Snippet.expect(swift, contains: "/// The sender. Constraints: 3…15 characters.")
        Snippet.expect(swift, contains: "/// The lifetime. Constraints: at least 0.")
        Snippet.expect(swift, contains: "/// The length. Constraints: 6…20.")
        Snippet.expect(swift, contains: "/// The recipients. Constraints: 1…1000 items.")
        Snippet.expect(swift, contains: "/// The tags. Constraints: at most 1 item.")
    }

    /// The SMS count, URL and phone rules and the codes a provider answers a broken rule with were checked by
    /// `validate()` and listed by `smsspec diff`, but the field's documentation did not say them.
    @Test func everyRuleValidateChecksIsDescribed() throws {
        let yaml = """
            tables:
              Result:
                title: Results
                source: doc
                entries:
                  - {code: -61, name: BAD_URL, summary: Bad URL., outcome: failure, category: invalidRequest}
                  - {code: -69, name: TOO_LONG, summary: Too long., outcome: failure, category: invalidRequest}
                  - {code: -70, name: BAD_TO, summary: Bad number., outcome: failure, category: invalidDestination, source: none}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  text:
                    type: string
                    summary: The text.
                    constraints: {maxSegments: 2, substitute: {placeholder: '{c}', defaultLength: 4}, providerCodes: {maxSegments: 'Result:-69'}}
                  hook: {type: string, summary: The hook., constraints: {url: true, providerCodes: {url: 'Result:-61'}}}
                  to: {type: string, summary: The number., constraints: {phone: {country: ID, forms: [e164, national]}, providerCodes: {phone: 'Result:-70'}}}
                  from: {type: string, summary: The sender., constraints: {minLength: 2, maxLength: 11, providerCodes: {maxLength: 'Result:-69', '*': {code: 'Result:-61', inferred: true}}}}
            """
        let phoneNumbers = "  phoneNumbers:\n    ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[0-9]{8,11}'}\n"
        let swift = try Snippet.swift(yaml, providerKeys: phoneNumbers)
        let validation = try Snippet.swift(yaml, "validation", providerKeys: phoneNumbers)
        Snippet.expect(swift, contains: "/// The text. Constraints: at most 2 SMS, {c} counted as 4 characters; the provider answers a broken maxSegments with Result:-69.")
        Snippet.expect(swift, contains: "/// The hook. Constraints: an http(s) URL; the provider answers a broken url with Result:-61.")
        // A code the documents do not tie to the rule is said to be our inference, in the documentation and in what
        // validate() reports; `*` is every other rule of the field.
        Snippet.expect(swift, contains: """
            /// The sender. Constraints: 2…11 characters; the provider answers a broken maxLength with Result:-69; \
            the provider probably answers any other broken rule with Result:-61 (our inference: the documents do not tie the rule to the code).
            """)
        Snippet.expect(validation, contains: #"validation.length(self.from, min: 2, field: "from", code: .inferred(Acme.Result.badURL.entry))"#)
        Snippet.expect(validation, contains: #"validation.length(self.from, max: 11, field: "from", code: .documented(Acme.Result.tooLong.entry))"#)
        // A row no document shows (`source: none`) is no document's answer to the rule either (a user's validate said
        // "would answer" of one).
        Snippet.expect(swift, contains: "/// The number. Constraints: a mobile number of ID written e164, national; the provider probably answers a broken phone with Result:-70 (our inference: the documents do not tie the rule to the code).")
        #expect(validation.contains(#"field: "to", code: .inferred(Acme.Result.badTo.entry))"#), "\(validation)")
    }
}
