import SMSSpecCore
import Testing

/// Edits `smsspec diff` called harmless that break users (an attack compiled code written against the old generated API
/// against the new one, and decoded the same payloads with both), and a respelled code it said gone and added (users).
@Suite struct DiffTruthTests {
    static func changes(_ edits: [(String, String)], from base: String = DiffCoverageTests.spec) -> [String] {
        DiffCoverageTests.changes(edits, from: base)
    }

    /// An answer with tables and no shape (`4XX: {tables: [HTTPStatus]}`) removed or moved to another status was "No
    /// changes", and `tables: []` there compatible (an attack): at a failure status the tables give the error its entry,
    /// category and retry advice (a throttled 429 is retried by its `rateLimited` row), so each is a breaking change.
    @Test func aFailureStatussTablesGivenOrTakenAwayAreBreaking() {
        let base = """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-API-KEY}}
            operations:
              send:
                method: POST
                path: /send
                idempotent: false
                request: SendRequest
                responses:
                  200: {shape: SendAnswer}
                  4XX: {tables: [HTTPStatus]}
            shapes:
              SendRequest: {fields: {to: string, text: string}}
              SendAnswer: {fields: {id: string}}
            tables:
              HTTPStatus:
                title: HTTP statuses
                entries:
                  - {code: 401, summary: Unauthorized, outcome: failure, category: authentication, httpStatus: 401}
                  - {code: 429, summary: Too many requests, outcome: failure, category: rateLimited, httpStatus: 429}

            """
        let effect = "a failure at this status may throw another entry, with another category and retry advice"
        #expect(Self.changes([("      4XX: {tables: [HTTPStatus]}\n", "")], from: base) == [
            "[breaking] acme: changed operation send, answer to 4XX — codes of HTTPStatus decide → no documented answer: \(effect)"
        ])
        // 400 is answered as before; the rest of 4XX (a 429) is not.
        #expect(Self.changes([("4XX: {tables: [HTTPStatus]}", "400: {tables: [HTTPStatus]}")], from: base) == [
            "[breaking] acme: changed operation send, answer to 4XX but 400 — codes of HTTPStatus decide → no documented answer: \(effect)"
        ])
        #expect(Self.changes([("4XX: {tables: [HTTPStatus]}", "4XX: {tables: []}")], from: base) == [
            "[breaking] acme: changed operation send, answer to 4XX — codes of HTTPStatus decide → no code decides: \(effect)"
        ])
        #expect(Self.changes([("4XX: {tables: [HTTPStatus]}", "4XX: {}")], from: base) == [
            "[breaking] acme: changed operation send, answer to 4XX — codes of HTTPStatus decide → no code decides: \(effect)"
        ])
    }

    /// The initializer takes the fields in their order: `init(to:templateID:)` became `init(templateID:to:)`, and
    /// every call stopped compiling, where diff said "No changes".
    @Test func fieldsInAnotherOrderBreakTheInitializersCalls() {
        let swapped = Self.changes([("      link: {type: string, required: false, constraints: {url: true}}\n", ""),
                                    ("      count: {type: int,", "      link: {type: string, required: false, constraints: {url: true}}\n      count: {type: int,")])
        #expect(swapped == [
            "[breaking] acme: changed shape Req — fields in another order: init(text:to:link:pin:count:tags:size:) → init(text:to:pin:link:count:tags:size:): "
                + "a call naming them in the old order stops compiling"
        ])
        // A field added or removed keeps the others' order: no such change.
        #expect(!Self.changes([("      size: {type: int, required: false}\n", "")]).contains { $0.contains("another order") })
    }

    /// `É` and `E` + U+0301 are one text to `String`'s `==`, not to the decoder (codes match scalar for scalar) nor to
    /// Swift's identifiers: a code, a case or a wire name respelled so was "No changes".
    @Test func aTextRespelledInOtherUnicodeScalarsIsAChange() {
        let (composed, decomposed) = ("livr\u{E9}", "livre\u{301}")
        let base = DiffCoverageTests.spec.replacingOccurrences(of: "- {code: delivered,", with: "- {code: \(composed),")
            .replacingOccurrences(of: "Look: {fields: {status: Status}}", with: "Look: {fields: {status: Status, '\(composed)': {type: string, required: false, name: shipped}}}")
        let code = Self.changes([("- {code: \(composed),", "- {code: \(decomposed),")], from: base)
        #expect(code.count == 1 && code[0].hasPrefix("[breaking] acme: changed table Status, code \"\(composed)\" — written \"\(decomposed)\" (the same text in other Unicode scalars: U+00E9 → U+0301)"), "\(code)")
        #expect(code.first?.contains("no longer reads as this case") == true)
        let wire = Self.changes([("'\(composed)': {type: string", "'\(decomposed)': {type: string")], from: base)
        #expect(wire.count == 1 && wire[0].contains("property shipped unchanged: read as before, and messages are written with the new one"), "\(wire)")
        #expect(wire.first?.hasPrefix("[breaking]") == true)
    }

    /// A code written otherwise under the same case (`delivered` → `DELIVERED`): one breaking change, where diff said
    /// the case was gone and added (users).
    @Test func aCodeWrittenOtherwiseUnderItsCaseIsOneChange() {
        #expect(Self.changes([("- {code: delivered,", "- {code: DELIVERED,")]) == [
            "[breaking] acme: changed table Status, code \"delivered\" — written \"DELIVERED\", case .delivered kept: a payload spelling it "
                + "\"delivered\" no longer reads as this case"
        ])
    }

    /// A code and its alias that swap roles read every payload as before: written otherwise, not breaking where no
    /// request sends the code (an attack: "no longer reads as this case", false).
    @Test func aCodeAndItsAliasSwappingRolesReadsAsBefore() {
        let aliased = DiffCoverageTests.spec.replacingOccurrences(of: "- {code: delivered,", with: "- {code: delivered, aliases: [DELIVERED],")
        #expect(Self.changes([("- {code: delivered, aliases: [DELIVERED],", "- {code: DELIVERED, aliases: [delivered],")], from: aliased) == [
            "acme: changed table Status, code \"delivered\" — written \"DELIVERED\", case .delivered kept: \"delivered\" is now its alias, read as before"
        ])
    }

    /// A callback's payload decoded as another shape: handlers read the old type's members ("No changes").
    @Test func aCallbacksShapeReplacedBreaksItsHandlers() {
        #expect(Self.changes([("  Receipt:\n    shape: Look", "  Receipt:\n    shape: Ans")]) == [
            "[breaking] acme: changed callback Receipt, payload — shape Look → Ans: a handler reading the old type's members reads another"
        ])
    }

    /// Each key of a callback, with an edit that changes it; nil where the generated code does not hold it.
    static let editOfEachCallbackKey: [String: (String, String)?] = [
        "shape": ("    shape: Look", "    shape: Ans"),
        "method": ("    shape: Look", "    shape: Look\n    method: PUT"),
        "encoding": ("    shape: Look", "    shape: Look\n    encoding: form"),
        "discriminator": ("    shape: Look", "    discriminator: {field: status, variants: {delivered: Look}}"),
        "signature": ("encoding: hex, source: doc}", "encoding: base64, source: doc}"),
        "acknowledgement": ("    shape: Look", "    shape: Look\n    acknowledgement: {status: 204, source: doc}"),
        "summary": nil, "source": nil, "decisions": nil,
    ]

    @Test func everyCallbackKeyIsCompared() {
        #expect(Set(SpecKeys.callback) == Set(Self.editOfEachCallbackKey.keys), "a key without an edit here goes unreported by smsspec diff")
        for (key, edit) in Self.editOfEachCallbackKey.sorted(by: { $0.key < $1.key }) {
            guard let edit else { continue }
            #expect(!Self.changes([edit]).isEmpty, "\(key) changed, and diff said nothing")
        }
    }

    /// A table taken out of an answer's deciding tables: a call whose answer held its failure threw, and returns (it
    /// was compatible, as the same change of one code is not).
    @Test func aTableThatNoLongerDecidesIsBreaking() {
        #expect(Self.changes([("200: {shape: Ans, tables: [Code]}", "200: {shape: Ans, tables: []}")]) == [
            "[breaking] acme: changed operation send, answer to 200 — codes of Code decide → no code decides: an answer holding a failure code of Code no longer throws"
        ])
    }

    /// A send made idempotent is sent again after a server error, which may have carried it out; a retryable server
    /// error made another category is sent again by a call that is not idempotent (`RetryPolicy`). Both breaking, as a
    /// code made retryable is.
    @Test func whatARetryingClientSendsAgainIsBreaking() {
        #expect(Self.changes([("path: /send", "path: /send\n    idempotent: true")]) == [
            "[breaking] acme: changed operation send — now idempotent: a retrying client sends it again after a server error, which may have carried it out"
        ])
        let busy = DiffCoverageTests.spec.replacingOccurrences(
            of: "      - {code: 7, summary: Bad,", with: "      - {code: 9, summary: Busy, outcome: failure, category: networkError, retryable: true}\n      - {code: 7, summary: Bad,")
        let changed = Self.changes([("category: networkError, retryable: true}", "category: rateLimited, retryable: true}")], from: busy)
        #expect(changed == [
            "[breaking] acme: changed table Code, code 9 — category networkError → rateLimited; no longer a server error: a retrying client now sends "
                + "again a call that is not idempotent whose answer holds it"
        ])
        // The reverse (a user's Mobily code 6, rateLimited → networkError, read as a plain change): said, and compatible.
        #expect(Self.changes([("category: rateLimited, retryable: true}", "category: networkError, retryable: true}")],
            from: busy.replacingOccurrences(of: "category: networkError, retryable: true}", with: "category: rateLimited, retryable: true}")) == [
            "acme: changed table Code, code 9 — category rateLimited → networkError; now a server error: a retrying client no longer sends "
                + "again a call that is not idempotent whose answer holds it"
        ])
        // Where every call the table decides is idempotent, a retry sends nothing twice: listed (an attack: breaking).
        let idempotent = busy.replacingOccurrences(of: "path: /send", with: "path: /send\n    idempotent: true")
        #expect(Self.changes([("category: networkError, retryable: true}", "category: rateLimited, retryable: true}")], from: idempotent) == [
            "acme: changed table Code, code 9 — category networkError → rateLimited"
        ])
        #expect(Self.changes([("{code: 7, summary: Bad, outcome: failure, category: invalidRequest}", "{code: 7, summary: Bad, outcome: failure, category: invalidRequest, retryable: true}")], from: idempotent) == [
            "acme: changed table Code, code 7 — retryable false → true; a retrying client now sends again an idempotent call whose answer holds it, "
                + "which acts once"
        ])
    }

    /// What a retrying client sends again was judged by the answers that may succeed alone, and said of a server error
    /// as of any code (a user): a POST's refusal under 4XX made `rateLimited` is sent again (it was not reported), and
    /// its 5XX code made `networkError` is not (it was said to be, breaking), nor a look-up that no code decides (a review).
    @Test func aFailureStatussCodesDecideWhatIsSentAgain() {
        let refusedOnly = DiffCoverageTests.spec.replacingOccurrences(of: "200: {shape: Ans, tables: [Code]}", with: "200: {shape: Ans, tables: []}")
        #expect(Self.changes([("{code: 7, summary: Bad, outcome: failure, category: invalidRequest}", "{code: 7, summary: Bad, outcome: failure, category: rateLimited}")], from: refusedOnly) == [
            "[breaking] acme: changed table Code, code 7 — category invalidRequest → rateLimited; retryable false → true; a retrying client now sends "
                + "again a call whose answer holds it"
        ])
        #expect(Self.changes([("{code: 7, summary: Bad, outcome: failure, category: invalidRequest}", "{code: 7, summary: Bad, outcome: failure, category: networkError}")], from: refusedOnly) == [
            "acme: changed table Code, code 7 — category invalidRequest → networkError; retryable false → true"
        ])
        // Where an idempotent call decides by the table too, it is sent again, and the POST still not.
        let lookUpDecides = refusedOnly.replacingOccurrences(of: "200: {shape: Look, tables: []}", with: "200: {shape: Look}\n      4XX: {shape: Err, tables: [Code]}")
        #expect(Self.changes([("{code: 7, summary: Bad, outcome: failure, category: invalidRequest}", "{code: 7, summary: Bad, outcome: failure, category: networkError}")], from: lookUpDecides) == [
            "acme: changed table Code, code 7 — category invalidRequest → networkError; retryable false → true; a retrying client now sends again an "
                + "idempotent call whose answer holds it, and never one that is not idempotent (a server error)"
        ])
    }

    /// An operation renamed with its method and path kept is one change, not a removed and an added operation (a user's
    /// `sendToNumbers` → `sendSMS`), with what else changed in it; a rename that also moves it stays removed and added.
    @Test func anOperationRenamedAtTheSamePathIsOneChange() {
        #expect(Self.changes([("  look:\n", "  lookUp:\n")]) == [
            "[breaking] acme: changed operation lookUp — renamed from look (the same `GET /look`): code naming the old name no longer compiles"
        ])
        #expect(Self.changes([("  look:\n", "  lookUp:\n"), ("path: /look\n", "path: /find\n")]) == [
            "[breaking] acme: removed operation look",
            "acme: added operation lookUp",
        ])
    }

    /// An alias made a code of its own reads as that code, not as an undocumented one (a user's `ACCEPT`, said
    /// undocumented on the line after the one adding it).
    @Test func anAliasMadeACodeOfItsOwnReadsAsThatCode() {
        let aliased = DiffCoverageTests.spec.replacingOccurrences(
            of: "{code: queued, summary: Queued,", with: "{code: queued, aliases: [accepted], summary: Queued,")
        let changes = Self.changes(
            [("{code: queued, aliases: [accepted], summary: Queued,",
              "{code: accepted, summary: Accepted, outcome: pending, category: none, deliveryState: accepted, final: false}\n"
                + "      - {code: queued, summary: Queued,")],
            from: aliased)
        #expect(changes.contains { $0.contains("aliases accepted → none; a payload spelling it accepted now reads as code \"accepted\" (case .accepted)") }, "\(changes)")
        #expect(!changes.contains { $0.contains("undocumented") }, "\(changes)")
    }
}
