@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `smsspec diff` reports what a spec change does to the generated code and its callers: every key of a response
/// and of a field's constraints is compared, and a change that makes a call or a callback that worked fail is
/// breaking, as a changed server URL or auth is.
@Suite struct DiffCoverageTests {
    static let spec = """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: [https://api.acme.example]
          auth: {type: header, name: X-Key}
          phoneNumbers:
            ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[0-9]{8,11}'}
            MY: {countryCode: '60', nationalPrefix: '0', mobile: '1[0-9]{8,9}'}
        sources: {doc: {title: Doc, url: https://acme.example/doc}}
        operations:
          send:
            method: POST
            path: /send
            request: Req
            responses:
              200: {shape: Ans, tables: [Code]}
              4XX: {shape: Err, tables: [Code]}
            source: doc
          look:
            method: GET
            path: /look
            responses:
              200: {shape: Look, tables: []}
            source: doc
        shapes:
          Req:
            fields:
              text: {type: string, constraints: {maxLength: 15, maxSegments: 10, substitute: {placeholder: '{c}', defaultLength: 4}}}
              to: {type: string, constraints: {phone: {country: ID, forms: [e164, national]}}}
              link: {type: string, required: false, constraints: {url: true}}
              pin: {type: string, required: false, constraints: {pattern: '^[0-9]+$'}}
              count: {type: int, required: false, constraints: {minimum: 1, maximum: 5}}
              tags: {type: '[string]', required: false, constraints: {minItems: 1, maxItems: 5}}
              size: {type: int, required: false}
          Ans: {fields: {code: Code, parts: {type: '[Err]', required: false}}}
          Err: {fields: {code: Code, message: string}}
          Look: {fields: {status: Status}}
        tables:
          Code:
            title: Codes
            source: doc
            entries:
              - {code: 0, summary: OK, outcome: success, category: none}
              - {code: 5, summary: Queued, outcome: pending, category: none}
              - {code: 7, summary: Bad, outcome: failure, category: invalidRequest}
          Status:
            title: Statuses
            source: doc
            codeType: string
            deliveryStatus: true
            entries:
              - {code: delivered, summary: Delivered, outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: failed, summary: Failed, outcome: failure, category: unknown, deliveryState: rejected, final: true}
              - {code: queued, summary: Queued, outcome: pending, category: none, deliveryState: accepted, final: false}
        callbacks:
          Receipt:
            shape: Look
            signature: {header: X-Sig, algorithm: hmac-sha256, signs: body, encoding: hex, source: doc}

        """

    /// The diff of the spec and the spec with `edits` applied, each edit's text replaced once.
    static func changes(_ edits: [(String, String)], from base: String = spec) -> [String] {
        var edited = base
        for (old, new) in edits {
            #expect(edited.contains(old), "edit not applied: \(old)")
            edited = edited.replacingOccurrences(of: old, with: new)
        }
        let diagnostics = DiagnosticCollector()
        let models = { (text: String) in Generator.models(for: [SpecInput(path: "acme.yaml", contents: text)], diagnostics: diagnostics) }
        let (old, new) = (models(base), models(edited))
        #expect(diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        return SpecDiff.compare(old: old, new: new).map(\.description)
    }

    /// A union's variant is shown as the case the generated code has, with the value it holds (`case .text(String)`):
    /// shown by its type alone (`case .String`), a renamed variant read as one case gone and the same one added (a user).
    @Test func aUnionsVariantIsShownAsItsCase() {
        let base = Self.spec + "unions:\n  Detail:\n    variants: {look: Look, text: string}\n"
        #expect(Self.changes([("text: string}", "text: string, count: int}")], from: base) == [
            "[exhaustive switches] acme: added variant count to union Detail — case .count(Int)"
        ])
        #expect(Self.changes([("text: string}", "words: string}")], from: base) == [
            "[breaking] acme: removed variant text from union Detail — case .text(String) is gone",
            "[exhaustive switches] acme: added variant words to union Detail — case .words(String)",
        ])
        #expect(Self.changes([("text: string}", "text: int}")], from: base).first?.hasSuffix("variant text — .text(String) → .text(Int)") == true)
    }

    /// A union whose variant a field names: each key of its discriminator is compared (the field read, the shape each
    /// value names), as is a union now chosen by a field rather than tried in order — all breaking, since a payload
    /// that decoded before now decodes as another case, or as `unknown`.
    @Test func everyDiscriminatorKeyIsCompared() {
        let base = Self.spec + "unions:\n  Content:\n    discriminator: {field: type, variants: {look: Look, ans: Ans}}\n"
        let edits: [String: (String, String)] = ["field": ("field: type", "field: kind"), "variants": ("ans: Ans", "ans: Err")]
        #expect(Set(SpecKeys.discriminator) == Set(edits.keys), "a key without an edit here goes unreported by smsspec diff")
        #expect(Self.changes([edits["field"]!], from: base) == [
            "[breaking] acme: changed union Content, discriminator — chosen by field 'type' → chosen by field 'kind'"
        ])
        #expect(Self.changes([edits["variants"]!], from: base) == ["[breaking] acme: changed union Content, kind ans — .ans → .err"])
        #expect(Self.changes([("discriminator: {field: type, variants: {look: Look, ans: Ans}}", "variants: {look: Look, ans: Ans}")], from: base) == [
            "[breaking] acme: changed union Content, discriminator — chosen by field 'type' → variants tried in order, a value of a kind it "
                + "does not list is now refused"
        ])
    }

    /// A discriminator's new value read as a case the union already has adds no case (a user's diff said
    /// `case .event` was added): what it kept as unknown now decodes as that case.
    @Test func aDiscriminatorValueOfAnExistingCaseAddsNoCase() {
        let base = Self.spec.replacingOccurrences(of: "shapes:\n", with: "shapes:\n  Event: {fields: {type: string, status: Status}}\n")
            + "unions:\n  Content:\n    discriminator: {field: type, variants: {look: Event, ans: Ans}}\n"
        #expect(Self.changes([("look: Event, ans", "look: Event, seen: Event, ans")], from: base) == [
            "acme: added kind seen to union Content — read as .event, a case it already has: a payload of it, kept as unknown until now, "
                + "decodes as that case"
        ])
        #expect(Self.changes([("look: Event, ans", "look: Event, err: Err, ans")], from: base) == [
            "[exhaustive switches] acme: added kind err to union Content — case .err"
        ])
    }

    /// A path prefix moved between the base URL and the paths (a user's `/v1`) reaches the same URLs from the default
    /// server: listed, not breaking, and said where a serverURL the caller gives leads; a path that changes the URL is
    /// breaking, as before.
    @Test func aPathPrefixMovedToTheServerIsTheSameURL() {
        let base = Self.spec.replacingOccurrences(of: "path: /send", with: "path: /v1/send").replacingOccurrences(of: "path: /look", with: "path: /v1/look")
        #expect(Self.changes([
            ("baseURLs: [https://api.acme.example]", "baseURLs: ['https://API.acme.example:443/v1/']"), ("path: /v1/send", "path: /send"),
            ("path: /v1/look", "path: /look"),
        ], from: base) == [
            "acme: changed operation send — POST /v1/send → POST /send: the client's call reaches the same URL from the default server "
                + "(https://api.acme.example/v1/send); under a serverURL the caller gives, /send",
            "acme: changed operation look — GET /v1/look → GET /look: the client's call reaches the same URL from the default server "
                + "(https://api.acme.example/v1/look); under a serverURL the caller gives, /look",
            "acme: changed client default server — https://api.acme.example → https://API.acme.example:443/v1/: every operation reaches "
                + "the URL it did from it; a client given its own serverURL calls the new paths under it",
            "acme: changed base URLs — https://api.acme.example → https://API.acme.example:443/v1/",
        ])
        // One path left behind: its URL, and so the default server's, changed.
        #expect(Self.changes([
            ("baseURLs: [https://api.acme.example]", "baseURLs: [https://api.acme.example/v1]"), ("path: /v1/send", "path: /send"),
        ], from: base) == [
            "acme: changed operation send — POST /v1/send → POST /send: the client's call reaches the same URL from the default server "
                + "(https://api.acme.example/v1/send); under a serverURL the caller gives, /send",
            "[breaking] acme: changed client default server — https://api.acme.example → https://api.acme.example/v1: a client without a "
                + "serverURL goes there",
            "acme: changed base URLs — https://api.acme.example → https://api.acme.example/v1",
        ])
        #expect(Self.changes([("path: /v1/send", "path: /v2/send")], from: base) == [
            "[breaking] acme: changed operation send — POST /v1/send → POST /v2/send: the client's call reaches another URL"
        ])
    }

    /// A spec key and an edit that changes it; nil where the generated code does not hold the key.
    static let editOfEachKey: [String: (String, String)?] = [
        "constraints.minLength": ("maxLength: 15,", "minLength: 2, maxLength: 15,"),
        "constraints.maxLength": ("maxLength: 15", "maxLength: 10"),
        "constraints.pattern": ("'^[0-9]+$'", "'^[0-9]{4}$'"),
        "constraints.minimum": ("minimum: 1", "minimum: 2"),
        "constraints.maximum": ("maximum: 5", "maximum: 4"),
        "constraints.minItems": ("minItems: 1", "minItems: 2"),
        "constraints.maxItems": ("maxItems: 5", "maxItems: 2"),
        "constraints.uniqueItems": ("maxItems: 5", "maxItems: 5, uniqueItems: true"),
        // On an enum field, which this spec has not: edited in `everyConstraintAndResponseKeyIsCompared`.
        "constraints.knownValues": nil,
        "constraints.maxSegments": ("maxSegments: 10", "maxSegments: 1"),
        "constraints.substitute": (", substitute: {placeholder: '{c}', defaultLength: 4}", ""),
        "constraints.url": ("{url: true}", "{}"),
        "constraints.phone": ("{phone: {country: ID, forms: [e164, national]}}", "{}"),
        "constraints.providerCodes": ("{url: true}", "{url: true, providerCodes: {url: 'Code:7'}}"),
        "substitute.placeholder": ("'{c}'", "'{code}'"),
        "substitute.lengthFrom": ("defaultLength: 4", "defaultLength: 4, lengthFrom: size"),
        "substitute.defaultLength": ("defaultLength: 4", "defaultLength: 40"),
        "phoneConstraint.country": ("country: ID", "country: MY"),
        "phoneConstraint.forms": ("[e164, national]", "[e164]"),
        "phoneCountry.countryCode": ("countryCode: '62'", "countryCode: '63'"),
        "phoneCountry.nationalPrefix": ("nationalPrefix: '0', mobile: '8", "nationalPrefix: '9', mobile: '8"),
        "phoneCountry.mobile": ("'8[0-9]{8,11}'", "'81[0-9]{8,10}'"),
        "response.shape": ("4XX: {shape: Err", "4XX: {shape: Ans"),
        "response.tables": ("{shape: Look, tables: []}", "{shape: Look}"),
        "response.reports": ("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: [Code], reports: [Code]}"),
        "response.summary": nil,
    ]

    /// Each key a field's constraints, a response or what they name may hold changes what diff reports; a key the
    /// format gains fails here until it is compared (or said to be no part of the generated code).
    @Test func everyConstraintAndResponseKeyIsCompared() {
        let elements = ["constraints": SpecKeys.constraints, "substitute": SpecKeys.substitute, "phoneConstraint": SpecKeys.phoneConstraint,
                        "phoneCountry": SpecKeys.phoneCountry, "response": SpecKeys.response]
        let keys = elements.flatMap { element, keys in keys.map { "\(element).\($0)" } }
        #expect(Set(keys) == Set(Self.editOfEachKey.keys), "a key without an edit here goes unreported by smsspec diff")
        for (key, edit) in Self.editOfEachKey.sorted(by: { $0.key < $1.key }) {
            guard let edit else { continue }
            #expect(!Self.changes([edit]).isEmpty, "\(key) changed, and diff said nothing")
        }
        let enumerated = Self.spec.replacingOccurrences(of: "size: {type: int, required: false}", with: "size: {type: Kind, required: false}")
            + "enums:\n  Kind: {values: {a: A., b: B.}}\n"
        #expect(Self.changes([("size: {type: Kind, required: false}", "size: {type: Kind, required: false, constraints: {knownValues: true}}")], from: enumerated) == [
            "[breaking] acme: changed shape Req, field size — constraints none → one of the values its enum lists: a request validate() passed may be refused"
        ])
    }

    /// Each key of a field, an operation and the provider, with an edit that changes it; nil where a change is no
    /// part of what calls send or read (documentation, or compared as the rest of the spec: `constraints`, `responses`).
    static let editOfEachFieldOperationAndProviderKey: [String: (String, String)?] = [
        "field.type": ("size: {type: int, required: false}", "size: {type: int64, required: false}"),
        "field.name": ("size: {type: int, required: false}", "size: {type: int, required: false, name: bulk}"),
        "field.required": ("size: {type: int, required: false}", "size: {type: int}"),
        "field.default": ("size: {type: int, required: false}", "size: {type: int, required: false, default: 3}"),
        "field.lenient": ("size: {type: int, required: false}", "size: {type: int, required: false, lenient: true}"),
        "field.secret": ("pin: {type: string, required: false,", "pin: {type: string, required: false, secret: true,"),
        "field.format": ("when: {type: date, format: unixSeconds, required: false}", "when: {type: date, format: unixMilliseconds, required: false}"),
        "field.formats": ("format: unixSeconds,", "format: unixSeconds, formats: [unixSeconds, iso8601],"),
        "field.timeZone": ("when: {type: date, format: unixSeconds, required: false}", "when: {type: date, format: 'yyyy-MM-dd HH:mm:ss', timeZone: UTC, required: false}"),
        "field.in": ("size: {type: int, required: false}", "size: {type: int, required: false, in: query}"),
        "field.preEncoded": ("link: {type: string, required: false,", "link: {type: string, required: false, in: query, preEncoded: true,"),
        "field.separator": ("tags: {type: '[string]', required: false,", "tags: {type: '[string]', required: false, separator: ',',"),
        "field.contentType": ("size: {type: int, required: false}", "size: {type: int, required: false, contentType: application/json}"),
        "field.role": ("to: {type: string,", "to: {type: string, role: recipient,"),
        // A unit goes with a login's expiry: compared in LoginTests.anExpiryAsADateOrACountLintsClean.
        "field.unit": nil,
        "field.constraints": nil, "field.summary": nil, "field.decisions": nil,
        "operation.method": ("method: POST", "method: PUT"),
        "operation.path": ("path: /send", "path: /v2/send"),
        "operation.encoding": ("path: /send", "path: /send\n    encoding: form"),
        "operation.idempotent": ("path: /send", "path: /send\n    idempotent: true"),
        "operation.auth": ("path: /send", "path: /send\n    auth: none"),
        "operation.baseURL": ("path: /send", "path: /send\n    baseURL: https://send.acme.example"),
        "operation.headers": ("path: /send", "path: /send\n    headers: {X-Report: daily}"),
        "operation.request": ("request: Req", "request: Look"),
        "operation.responses": nil, "operation.summary": nil, "operation.source": nil, "operation.decisions": nil,
        "provider.formBooleans": ("name: Acme\n", "name: Acme\n  formBooleans: true/false\n"),
        "provider.charset": ("name: Acme\n", "name: Acme\n  charset: windows-1254\n"),
        // A user's edit of them was "No changes".
        "provider.segments": ("name: Acme\n", "name: Acme\n  segments: {gsm7Single: 70, gsm7Concatenated: 67, ucs2Single: 70, ucs2Concatenated: 67}\n"),
        "provider.headers": ("name: Acme\n", "name: Acme\n  headers: {Accept: application/json}\n"),
    ]

    /// A table's title or source changed is said once for the table (a user's new source was said for each of 54
    /// codes, a new title not at all); a code that cites a source of its own is said apart.
    @Test func aTablesTitleAndSourceAreSaidOnce() {
        #expect(Self.changes([("title: Codes\n    source: doc", "title: Result codes\n    source: {source: doc, section: Errors}")]) == [
            "acme: changed table Code — title \"Codes\" → \"Result codes\"",
            "acme: changed table Code — source \"Doc (https://acme.example/doc)\" → \"Doc, section \\\"Errors\\\" (https://acme.example/doc)\"",
        ])
    }

    /// `smsspec diff` said "No changes" of edits that change what goes on the wire: a default (smsc.ru's `fmt: 3`
    /// → `0` switches its answers from JSON to text), a date's format or time zone, `formBooleans`, an operation's
    /// encoding, `preEncoded`. Each key of a field, an operation or the provider is now reported, or said to be none.
    @Test func everyFieldOperationAndProviderKeyIsCompared() {
        let elements = ["field": SpecKeys.field, "operation": SpecKeys.operation, "provider": ["formBooleans", "charset", "headers", "segments"]]
        let keys = elements.flatMap { element, keys in keys.map { "\(element).\($0)" } }
        #expect(Set(keys) == Set(Self.editOfEachFieldOperationAndProviderKey.keys), "a key without an edit here goes unreported by smsspec diff")
        let base = Self.spec.replacingOccurrences(of: "      size: {type: int, required: false}\n", with: """
                  size: {type: int, required: false}
                  when: {type: date, format: unixSeconds, required: false}

            """)
        for (key, edit) in Self.editOfEachFieldOperationAndProviderKey.sorted(by: { $0.key < $1.key }) {
            guard let edit else { continue }
            #expect(!Self.changes([edit], from: base).isEmpty, "\(key) changed, and diff said nothing")
        }
        #expect(Self.changes([("size: {type: int, required: false}", "size: {type: int, required: false, default: 3}")], from: base) == [
            "[breaking] acme: changed shape Req, field size — type Int? → Int",
            "[breaking] acme: changed shape Req, field size — default none → `3`: an absent value reads as, and a message left without it sends, the new one",
        ])
        // A default given to a required field changes no message; an equal number is the same default; flags written
        // otherwise where no field is a flag, and a body field moved to the query of an operation sending its body
        // there, change nothing on the wire (an attack: each was breaking).
        #expect(Self.changes([("text: {type: string,", "text: {type: string, default: hi,")]) == [
            "acme: changed shape Req, field text — default none → `hi`: an absent value, which did not decode, reads as it"
        ])
        #expect(Self.changes([("size: {type: int, required: false}", "size: {type: decimal, default: 12.50}")], from: base).count
            == Self.changes([("size: {type: int, required: false}", "size: {type: decimal, default: 12.5}")], from: base).count)
        let decimal = base.replacingOccurrences(of: "size: {type: int, required: false}", with: "size: {type: decimal, default: 12.50}")
        #expect(Self.changes([("default: 12.50", "default: 12.5")], from: decimal) == [])
        #expect(Self.changes([("name: Acme\n", "name: Acme\n  formBooleans: true/false\n")]) == [
            "acme: changed provider — flags in forms and queries written 1/0 → true/false (no field is a flag)"
        ])
        let query = base.replacingOccurrences(of: "    path: /send\n", with: "    path: /send\n    encoding: query\n")
        #expect(Self.changes([("size: {type: int, required: false}", "size: {type: int, required: false, in: query}")], from: query) == [
            "acme: changed shape Req, field size — sent in the body → in the query (its operations send their body in the query)"
        ])
        // An enum's wire is reported as a table's is (an attack: "No changes").
        let enumerated = base + "enums:\n  Kind: {wire: string, values: {'1': One, '2': Two}}\n"
        #expect(Self.changes([("Kind: {wire: string,", "Kind: {wire: number,")], from: enumerated) == [
            "acme: changed enum Kind — on the wire text → a JSON number"
        ])
        // A value read from the JSON its text holds, or as itself (`contentType`): a payload written the old way no longer reads.
        #expect(Self.changes([("size: {type: int, required: false}", "size: {type: int, required: false, contentType: application/json}")], from: base) == [
            "[breaking] acme: changed shape Req, field size — now travels as text holding its JSON (contentType: application/json): a value sent as itself no longer reads"
        ])
        #expect(Self.changes([("size: {type: int, required: false, contentType: application/json}", "size: {type: int, required: false}")],
            from: base.replacingOccurrences(of: "size: {type: int, required: false}", with: "size: {type: int, required: false, contentType: application/json}")) == [
            "[breaking] acme: changed shape Req, field size — no longer travels as text holding its JSON (contentType removed): a value sent as JSON text no longer reads"
        ])
        // What goes on the wire changes silently, whatever the Swift API (an attack: each was compatible).
        #expect(Self.changes([("size: {type: int, required: false}", "size: {type: int, required: false, in: query}")], from: base) == [
            "[breaking] acme: changed shape Req, field size — sent in the body → in the query: the provider reads it in one of them"
        ])
        #expect(Self.changes([("tags: {type: '[string]', required: false,", "tags: {type: '[string]', required: false, separator: ',',")], from: base) == [
            "[breaking] acme: changed shape Req, field tags — on the wire a list → one text joined by \",\": a list written the old way no longer reads as it did"
        ])
        #expect(Self.changes([("path: /send", "path: /send\n    auth: none")], from: base) == [
            "[breaking] acme: changed operation send — no longer sends the provider's credentials (auth: none): a provider that asks for them refuses the call"
        ])
        #expect(Self.changes([("to: {type: string,", "to: {type: string, role: recipient,")], from: base) == [
            "acme: changed shape Req, field to — role none → 'recipient' (what the sandbox reads the field as)"
        ])
        #expect(Self.changes([("when: {type: date, format: unixSeconds, required: false}", "when: {type: date, format: unixMilliseconds, required: false}")], from: base) == [
            "[breaking] acme: changed shape Req, field when — dates on the wire `unixSeconds` → `unixMilliseconds`: a date written the old way no longer reads as it did"
        ])
        // A header's name in another case is the same header: nothing changes on the wire (an attack: it was breaking).
        let inHeader = base.replacingOccurrences(of: "to: {type: string,", with: "to: {type: string, in: header,")
        #expect(Self.changes([("to: {type: string,", "TO: {type: string, name: to,")], from: inHeader) == [
            "acme: changed shape Req, field TO — header \"to\" written \"TO\": HTTP reads header names in any case"
        ])
        // Leniency dropped: a value sent as text no longer decodes.
        #expect(Self.changes([("size: {type: int, required: false, lenient: true}", "size: {type: int, required: false}")], from: base.replacingOccurrences(of: "size: {type: int, required: false}", with: "size: {type: int, required: false, lenient: true}")) == [
            "[breaking] acme: changed shape Req, field size — no longer accepted as text: a value sent as text no longer decodes"
        ])
        // A lenient text field reads numbers: dropped, a number no longer decodes (a user: diff said text no longer did).
        let lenientText = base.replacingOccurrences(of: "to: {type: string,", with: "to: {type: string, lenient: true,")
        #expect(Self.changes([("to: {type: string, lenient: true,", "to: {type: string,")], from: lenientText) == [
            "[breaking] acme: changed shape Req, field to — no longer accepts a number or boolean: a value sent as a number or boolean no longer decodes"
        ])
        #expect(Self.changes([("to: {type: string,", "to: {type: string, lenient: true,")], from: base) == [
            "acme: changed shape Req, field to — now also accepts a number or boolean"
        ])
    }

    /// A response's `reports` of a table it does not list in `tables`, and its `summary`, are not in the generated code:
    /// changing them changes nothing diff reports. A deciding table reported in entries too no longer throws there.
    @Test func aResponsesReportsAndSummaryChangeNoGeneratedCode() {
        #expect(Self.changes([("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: [Code], reports: [Status], summary: Sent}")]) == [])
        // Where the answer holds none inside entries, it changes nothing (a review: said to be breaking).
        let withoutParts = Self.spec.replacingOccurrences(of: ", parts: {type: '[Err]', required: false}}", with: "}")
        #expect(Self.changes([("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: [Code], reports: [Code]}")], from: withoutParts) == [])
        #expect(Self.changes([("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: [Code], reports: [Code]}")]) == [
            "[breaking] acme: changed operation send, answer to 200 — codes of Code decide → codes of Code decide (inside lists and maps, Code "
                + "reported): an answer holding a failure code of Code inside a list or map no longer throws"
        ])
    }

    /// A failing status answering with another shape (both shapes, no union involved), and a class of statuses made
    /// one status, which leaves the rest without a type: a caller's `error.answer(as: Err.self)` reads nothing.
    @Test func aFailingAnswersNewShapeAndAStatusClassNarrowedAreBreaking() {
        #expect(Self.changes([("4XX: {shape: Err", "4XX: {shape: Ans")]) == [
            "[breaking] acme: changed operation send, answer to 4XX — shape Err → shape Ans: error.answer(as:) of the old type reads nothing"
        ])
        #expect(Self.changes([("4XX: {shape: Err", "400: {shape: Ans")]) == [
            "[breaking] acme: changed operation send, answer to 400 — shape Err → shape Ans: error.answer(as:) of the old type reads nothing",
            "[breaking] acme: changed operation send, answer to 4XX but 400 — shape Err → no documented shape: error.answer(as:) of the old type reads nothing",
        ])
        #expect(Self.changes([("4XX: {shape: Err", "400: {shape: Err")]) == [
            "[breaking] acme: changed operation send, answer to 4XX but 400 — shape Err → no documented shape: error.answer(as:) of the old type reads nothing"
        ])
        // A status given an answer it lacked breaks no caller.
        #expect(Self.changes([("4XX: {shape: Err, tables: [Code]}", "4XX: {shape: Err, tables: [Code]}\n      default: {shape: Err}")]) == [
            "acme: changed operation send, answer to any other status — no documented shape → shape Err"
        ])
    }

    /// A catch-all failure answer made another shape beside a success answer made another: each is said, the results'
    /// change not hiding the failure's.
    @Test func aCatchAllsNewShapeIsSaidBesideTheResultsChange() {
        let withDefault = Self.spec.replacingOccurrences(of: "      4XX: {shape: Err, tables: [Code]}\n", with: "      4XX: {shape: Err, tables: [Code]}\n      default: {shape: Err}\n")
        #expect(Self.changes([("200: {shape: Ans", "200: {shape: Err"), ("default: {shape: Err}", "default: {shape: Ans}")], from: withDefault) == [
            "[breaking] acme: changed operation send, answer — shape Ans → shape Err",
            "[breaking] acme: changed operation send, answer to any other status — shape Err → shape Ans: error.answer(as:) of the old type reads nothing",
        ])
    }

    /// `tables: []` dropped from a look-up: every code of its answer decides, so a message that failed throws. And
    /// back: a look-up that threw returns, its error handling never reached (an attack: it was compatible, as the same
    /// change of one code is not).
    @Test func anAnswersCodesNowDecidingIsBreaking() {
        #expect(Self.changes([("{shape: Look, tables: []}", "{shape: Look}")]) == [
            "[breaking] acme: changed operation look, answer to 200 — no code decides → codes of Status decide: an answer holding a failure code of Status now throws"
        ])
        #expect(Self.changes([("{shape: Look}", "{shape: Look, tables: []}")], from: Self.spec.replacingOccurrences(of: "{shape: Look, tables: []}", with: "{shape: Look}")) == [
            "[breaking] acme: changed operation look, answer to 200 — codes of Status decide → no code decides: an answer holding a failure code of Status no longer throws"
        ])
    }

    /// A deciding table's pending code made a failure makes a call whose answer holds it throw; a code of a table
    /// that decides nothing (a delivery status a look-up returns) does not.
    @Test func aDecidingCodeMadeAFailureIsBreaking() {
        #expect(Self.changes([("{code: 5, summary: Queued, outcome: pending, category: none}", "{code: 5, summary: Queued, outcome: failure, category: unknown}")]) == [
            "[breaking] acme: changed table Code, code 5 — outcome pending → failure; category none → unknown; a call whose answer holds it now throws"
        ])
        // And back: a call that threw returns, its error handling never reached (a user: it was compatible).
        let failing = Self.spec.replacingOccurrences(of: "{code: 5, summary: Queued, outcome: pending, category: none}", with: "{code: 5, summary: Queued, outcome: failure, category: unknown}")
        #expect(Self.changes([("{code: 5, summary: Queued, outcome: failure, category: unknown}", "{code: 5, summary: Queued, outcome: pending, category: none}")], from: failing) == [
            "[breaking] acme: changed table Code, code 5 — outcome failure → pending; category unknown → none; a call whose answer holds it no longer throws"
        ])
        #expect(Self.changes([("outcome: pending, category: none, deliveryState: accepted, final: false", "outcome: failure, category: unknown, deliveryState: accepted, final: false")]) == [
            #"[breaking] acme: changed table Status, code "queued" — outcome pending → failure; category none → unknown; it is now among an answer's failures"#
        ])
        // Its state and finality are listed; a poller stops at a final state, so `final` changed is flagged.
        #expect(Self.changes([("outcome: pending, category: none, deliveryState: accepted, final: false", "outcome: pending, category: none, deliveryState: sent, final: true")]) == [
            #"[breaking] acme: changed table Status, code "queued" — delivery state accepted → sent; final false → true; a poller now stops at this state; code reading its deliveryState reads another state"#
        ])
        // A delivered status made pending changes what code counting deliveries reads (a user: it was compatible).
        let delivered = Self.spec.replacingOccurrences(
            of: "outcome: pending, category: none, deliveryState: accepted, final: false", with: "outcome: success, category: none, deliveryState: accepted, final: false")
        #expect(Self.changes([("outcome: success, category: none, deliveryState: accepted", "outcome: pending, category: none, deliveryState: accepted")], from: delivered) == [
            #"[breaking] acme: changed table Status, code "queued" — outcome success → pending; isSuccess is now false for it: code branching on it reads it otherwise"#
        ])

    }

    /// Every constraint is listed as `maxLength` is, a tighter one breaking: `validate()` refuses a request it passed.
    @Test func everyConstraintIsListedATighterOneBreaking() {
        let field = "acme: changed shape Req, field"
        let refused = ": a request validate() passed may be refused"
        #expect(Self.changes([("maxSegments: 10", "maxSegments: 1")]) == [
            "[breaking] \(field) text — constraints at most 15 characters; at most 10 SMS, {c} counted as 4 characters → at most 15 characters; at most 1 SMS, {c} counted as 4 characters\(refused)"
        ])
        #expect(Self.changes([("defaultLength: 4", "defaultLength: 40")]) == [
            "[breaking] \(field) text — constraints at most 15 characters; at most 10 SMS, {c} counted as 4 characters → at most 15 characters; at most 10 SMS, {c} counted as 40 characters\(refused)"
        ])
        #expect(Self.changes([("[e164, national]", "[e164]")]) == [
            "[breaking] \(field) to — constraints a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164, national → a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164\(refused)"
        ])
        #expect(Self.changes([("'8[0-9]{8,11}'", "'81[0-9]{8,10}'")]) == [
            "[breaking] \(field) to — constraints a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164, national → a mobile number of ID (+62, national prefix 0, mobile `81[0-9]{8,10}`) written e164, national\(refused)"
        ])
        #expect(Self.changes([("{url: true}", "{}")]) == ["\(field) link — constraints an http(s) URL → none"])
        // Refusing a repeated element refuses lists the old spec sent; taking the rule away refuses nothing.
        #expect(Self.changes([("maxItems: 5", "maxItems: 5, uniqueItems: true")]) == [
            "[breaking] \(field) tags — constraints 1…5 items → 1…5 items; no element twice\(refused)"
        ])
        #expect(Self.changes([("maxItems: 5, uniqueItems: true", "maxItems: 5")], from: Self.spec.replacingOccurrences(of: "maxItems: 5", with: "maxItems: 5, uniqueItems: true")) == [
            "\(field) tags — constraints 1…5 items; no element twice → 1…5 items"
        ])
        #expect(Self.changes([("{}", "{url: true}")], from: Self.spec.replacingOccurrences(of: "{url: true}", with: "{}")) == [
            "[breaking] \(field) link — constraints none → an http(s) URL\(refused)"
        ])
        #expect(Self.changes([("maxLength: 15", "maxLength: 10")]) == [
            "[breaking] \(field) text — constraints at most 15 characters; at most 10 SMS, {c} counted as 4 characters → at most 10 characters; at most 10 SMS, {c} counted as 4 characters\(refused)"
        ])
        #expect(Self.changes([("maxLength: 15", "maxLength: 20"), ("[e164]", "[e164, national]")], from: Self.spec.replacingOccurrences(of: "[e164, national]", with: "[e164]")) == [
            "\(field) text — constraints at most 15 characters; at most 10 SMS, {c} counted as 4 characters → at most 20 characters; at most 10 SMS, {c} counted as 4 characters",
            "\(field) to — constraints a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164 → a mobile number of ID (+62, national prefix 0, mobile `8[0-9]{8,11}`) written e164, national",
        ])
    }

    /// A signature added or changed makes the receiver refuse callbacks it took, as its message says: breaking.
    /// A signature added, changed, removed, made optional or required is breaking.
    @Test func aSignatureAddedOrChangedIsBreaking() {
        let signature = "    signature: {header: X-Sig, algorithm: hmac-sha256, signs: body, encoding: hex, source: doc}\n"
        let unsigned = Self.spec.replacingOccurrences(of: signature, with: "")
        #expect(Self.changes([("    shape: Look\n", "    shape: Look\n" + signature)], from: unsigned).map { $0.hasPrefix("[breaking] acme: added signature to callback Receipt") } == [true])
        #expect(Self.changes([("encoding: hex", "encoding: base64")]).map { $0.hasPrefix("[breaking] acme: changed callback Receipt, signature") } == [true])
        // Changed, it says what it was (a user read an algorithm change as a signature added).
        let changed = Self.changes([("encoding: hex", "encoding: base64")])
        #expect(changed.count == 1 && changed[0].contains(", hex, ") && changed[0].contains(" → ") && changed[0].contains(", base64, ")
            && changed[0].hasSuffix(": its receiver refuses a callback signed as before"), "\(changed)")
        #expect(Self.changes([(signature, "")]) == ["[breaking] acme: removed signature from callback Receipt — its receiver no longer checks one: it takes a forged callback it refused"])
        // Optional (signed only for an account that sets a secret): a receiver without the secret takes callbacks
        // unsigned, forged ones too, which it refused (an attack: a CI gate on the exit code passed it).
        #expect(Self.changes([("encoding: hex, source: doc}", "encoding: hex, optional: true, source: doc}")]) == [
            "[breaking] acme: changed callback Receipt, signature — now optional: a receiver without the secret takes callbacks unsigned, forged ones too, which it refused; one given it checks as before"
        ])
        let optional = Self.spec.replacingOccurrences(of: "encoding: hex, source: doc}", with: "encoding: hex, optional: true, source: doc}")
        #expect(Self.changes([("optional: true, ", "")], from: optional) == [
            "[breaking] acme: changed callback Receipt, signature — no longer optional: a receiver without the secret refuses every callback (verifying(with:))"
        ])
        // The receiver carries it, and the callback's documentation says so.
        let files = try? Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: optional)], options: ClientRendererTests.options)
        let generated = (files ?? []).map(\.contents).joined()
        #expect(generated.contains("encoding: .hex, prefix: \"\", isOptional: true)"), "\(generated)")
        #expect(generated.contains("Signed when the account sets a secret: "))
    }

    /// Each key of a `{fields: …}` part — the ordered `names` among them — and a shared secret in place of an HMAC
    /// change what a receiver takes: diff reports each, breaking. A key the part gains fails here until compared.
    @Test func everySignedFieldsKeyAndASharedSecretAreCompared() {
        let fields = "signs: [{fields: {names: [status, id], pair: '{name}={value}', separator: '&', replace: {'&': _}, omitEmpty: false}}]"
        let base = Self.spec.replacingOccurrences(of: "Look: {fields: {status: Status}}", with: "Look: {fields: {status: Status, id: {type: string, required: false}}}")
            .replacingOccurrences(of: "signs: body", with: fields)
        let edits: [String: (String, String)] = [
            "names": ("[status, id]", "[id, status]"), "pair": ("'{name}={value}'", "'{value}'"), "separator": ("separator: '&'", "separator: ':'"),
            "replace": ("{'&': _}", "{'&': '-'}"), "omitEmpty": ("omitEmpty: false", "omitEmpty: true"),
        ]
        #expect(Set(edits.keys) == Set(SpecKeys.signedFields), "a key without an edit here goes unreported by smsspec diff")
        for (key, edit) in edits.sorted(by: { $0.key < $1.key }) {
            #expect(Self.changes([edit], from: base).map { $0.hasPrefix("[breaking] acme: changed callback Receipt, signature") } == [true], "\(key)")
        }
        let shared = Self.changes([("algorithm: hmac-sha256, \(fields), encoding: hex", "algorithm: secret")], from: base)
        #expect(shared.map { $0.hasPrefix("[breaking] acme: changed callback Receipt, signature — HMAC-SHA256 ") && $0.contains(" → the shared secret itself, in the header X-Sig: it signs nothing") } == [true], "\(shared)")
    }
}

extension DiffCoverageTests {
    /// A member added or removed is said as such (`added code 44 to table DLRError`); a value holding `, ` itself (an
    /// enum value `sent, pending`) stays whole (a review: it was split at its own comma).
    @Test func anAddedMemberIsSaidWholeWhateverItsValueHolds() {
        let change = SpecChange(provider: "acme", kind: .added, subject: "enum Status, value sent, pending", detail: "case .sentPending", impact: .exhaustiveSwitches)
        #expect(change.description == "[exhaustive switches] acme: added value sent, pending to enum Status — case .sentPending")
        let signature = SpecChange(provider: "acme", kind: .removed, subject: "callback Receipt, signature", detail: "", impact: .breaking)
        #expect(signature.description == "[breaking] acme: removed signature from callback Receipt")
        let changed = SpecChange(provider: "acme", kind: .changed, subject: "shape S, field a", detail: "type Int → String", impact: .breaking)
        #expect(changed.description == "[breaking] acme: changed shape S, field a — type Int → String")
    }
}
