import Foundation
import SMSProviders
@testable import SMSSandbox
@_spi(Generated) import SMSSpecRuntime
import Testing

/// The emulator without a server: ids, routing.
@Suite struct EmulatorTests {
    static let providers = try! SandboxSpecs.load(bundled: ["bind", "oca"], specPaths: [])

    static func send(_ emulator: SandboxEmulator, to recipient: String = "385911111111") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/bind/v1.0/sms/template/welcome/send", headers: [("X-API-KEY", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"to":"\#(recipient)"}"#.utf8)))
    }

    static func messageID(_ answer: SandboxAnswer) throws -> String {
        try #require(try JSONDecoder().decode(Bind.SendResponse.self, from: answer.body).messageID)
    }

    @Test func aSeedMakesIdsRepeatable() throws {
        let first = SandboxEmulator(providers: Self.providers, configuration: .init(seed: 7))
        let again = SandboxEmulator(providers: Self.providers, configuration: .init(seed: 7))
        let other = SandboxEmulator(providers: Self.providers, configuration: .init(seed: 8))
        let ids = try (0..<3).map { _ in try Self.messageID(Self.send(first)) }
        #expect(Set(ids).count == 3)
        #expect(try (0..<3).map { _ in try Self.messageID(Self.send(again)) } == ids)
        #expect(try Self.messageID(Self.send(other)) != ids[0])
        // Shaped like a UUID, as Bind's examples are.
        #expect(UUID(uuidString: ids[0]) != nil)
    }

    @Test func bareOperationPathsReachTheProviderThatHasThem() {
        let emulator = SandboxEmulator(providers: Self.providers, configuration: .init(seed: 1))
        let bare = emulator.answer(WireRequest(
            method: "POST", path: "/v1.0/sms/template/welcome/send", headers: [("X-API-KEY", "k")], body: Data(#"{"to":"385911111111"}"#.utf8)))
        #expect(bare.status == 200)
        #expect(bare.summary.hasPrefix("bind.sendTemplate"))
        let unknown = emulator.answer(WireRequest(method: "DELETE", path: "/bind/v1.0/sms/template/welcome/send"))
        #expect(unknown.status == 404)
        let basic = "Basic " + Data("user:pass".utf8).base64EncodedString()
        let oca = emulator.answer(WireRequest(method: "GET", path: "/oca/sms/status/abc%2Fdef", headers: [("Authorization", basic)]))
        #expect(oca.status == 200)
        let envelope = try? JSONDecoder().decode(OCA.StatusEnvelope.self, from: oca.body)
        #expect(envelope?.data.msgUID == "abc/def")
    }

    /// A key twice in a JSON body is refused, as the runtime refuses it in every payload: Foundation kept the first
    /// value, so `{"to":"385911111111","to":"+1"}` was accepted (and a delivery report sent) where a provider
    /// reading the last value, as most servers do, rejects the number.
    @Test func aKeyTwiceInAJSONBodyIsAnInvalidRequest() {
        let emulator = SandboxEmulator(providers: Self.providers, configuration: .init(seed: 1))
        for body in [#"{"to":"385911111111","to":"+1"}"#, #"{"to":"+1","to":"385911111111"}"#] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/bind/v1.0/sms/template/welcome/send", headers: [("X-API-KEY", "k")], body: Data(body.utf8)))
            #expect(answer.status == 400, "\(body)")
            #expect(answer.summary.contains("invalid request"), "\(answer.summary)")
            #expect(answer.summary.contains("appears twice"), "\(answer.summary)")
        }
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let nested = emulator.answer(WireRequest(
            method: "POST", path: "/bind/v1.0/sms/template/welcome/send", headers: [("X-API-KEY", "k")], body: Data(#"{"to":\#(deep)}"#.utf8)))
        #expect(nested.status == 400)
        #expect(nested.summary.contains("nesting is deeper than 32 levels"), "\(nested.summary)")
    }

    /// An unknown `--provider` names the closest bundled one, and where a spec of one's own goes: `--provider
    /// acme.yaml` said only "no bundled provider".
    @Test func anUnknownProviderSaysWhatWasMeantAndWhereASpecGoes() {
        func refusal(_ id: String) -> String {
            do {
                _ = try SandboxSpecs.load(bundled: [id], specPaths: [])
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
        #expect(refusal("bnd").contains("no bundled provider 'bnd' (did you mean 'bind'?)"), "\(refusal("bnd"))")
        #expect(refusal("acme.yaml").contains("a spec file goes in --spec acme.yaml"), "\(refusal("acme.yaml"))")
        #expect(refusal("acme").contains("a spec of your own goes in --spec <file.yaml>"))
    }

    /// A port beyond 16 bits is refused: the socket layer kept its low 16 bits, and `--port 70000` listened on 4464.
    @Test func aPortOutsideTheSixteenBitsIsRefused() throws {
        let emulator = SandboxEmulator(providers: Self.providers, configuration: .init())
        for port in [-1, 65_536, 70_000, Int.max] {
            #expect(throws: SandboxError.self, "\(port)") { try SandboxServer(emulator: emulator, port: port, log: { _ in }) }
        }
        for port in [0, 8080, 65_535] { #expect(try SandboxServer(emulator: emulator, port: port, log: { _ in }).port == port) }
    }

    /// A query-encoded request whose query is no form (a value that is not UTF-8 after percent-decoding) is an
    /// invalid request: read leniently it had no fields at all, so its credentials were missing and the answer was
    /// Ginota's bad-credentials code.
    @Test func aQueryThatIsNoFormIsAnInvalidRequestNotBadCredentials() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: []), configuration: .init())
        let good = emulator.answer(WireRequest(method: "GET", path: "/gemp/balance", query: "apiKey=k&apiSecret=s"))
        #expect(good.status == 200)
        let answer = emulator.answer(WireRequest(method: "GET", path: "/gemp/balance", query: "apiKey=k&apiSecret=s&note=%FF"))
        #expect(!answer.summary.contains("bad credentials"), "\(answer.summary)")
        #expect(answer.summary.contains("invalid request: the query is not a form"), "\(answer.summary)")
        #expect(answer.summary.contains("not valid UTF-8"), "\(answer.summary)")
    }

    /// A form body is read in the charset its Content-Type declares, as receivers read one: Ginota's send with
    /// `content=Caf%E9` under ISO-8859-1 is sent (it was an invalid request: not valid UTF-8); without a charset it is
    /// still refused, and a charset no form is read in is named.
    @Test func aFormBodyIsReadInTheCharsetItDeclares() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: []), configuration: .init())
        let body = Data("apiKey=k&apiSecret=s&srcAddr=MyCompany&dstAddr=60123456789&content=Caf%E9".utf8)
        func send(_ contentType: String) -> SandboxAnswer {
            emulator.answer(WireRequest(method: "POST", path: "/gemp/sms/json", headers: [("Content-Type", contentType)], body: body))
        }
        let form = "application/x-www-form-urlencoded"
        let latin1 = send("\(form); charset=ISO-8859-1")
        #expect(latin1.status == 200, "\(latin1.summary)")
        #expect(!latin1.summary.contains("invalid request"), "\(latin1.summary)")
        let undeclared = send(form)
        #expect(undeclared.summary.contains("invalid request: the body is not a form"), "\(undeclared.summary)")
        #expect(undeclared.summary.contains("not valid UTF-8"), "\(undeclared.summary)")
        #expect(send("\(form); charset=KOI8-U").summary.contains(#"declares charset "KOI8-U""#))
    }

    @Test func outcomeCodesNoDeliveryTableListsAreNamed() {
        let policy = OutcomePolicy(run: DeliveryOutcome(.failed(code: "27")), byRecipient: ["1": DeliveryOutcome(.failed(code: "9999")), "2": DeliveryOutcome(.failed(code: "REJECTED"))])
        #expect(SandboxEmulator(providers: Self.providers, configuration: .init(outcomes: policy)).unknownOutcomeCodes == ["9999"])
    }

    /// A `failed:CODE` of another emulated provider (Ginota's delivery status 3): Bind reports its first final failure,
    /// and the log says so; it said `(failed:3)` beside a report carrying UNDELIVERABLE (a user's JustSend and SMSPLANET).
    @Test func anotherProvidersOutcomeCodeIsLoggedAsWhatWasReported() throws {
        let providers = try SandboxSpecs.load(bundled: ["bind", "ginota"], specPaths: [])
        let emulator = SandboxEmulator(providers: providers, configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: .init(run: DeliveryOutcome(.failed(code: "3")))))
        #expect(emulator.outcomeCodeProblems.isEmpty)
        let delivery = try #require(Self.send(emulator).deliveries.first)
        #expect(delivery.summary == "CallbackEvent for 385911111111 (failed:3; bind lists no failure 3: its first final failure, DeliveryStatus UNDELIVERABLE reported)", "\(delivery.summary)")
        let body = try #require(delivery.request()?.httpBody)
        #expect(String(decoding: body, as: UTF8.self).contains(#""status":"UNDELIVERABLE""#), "\(String(decoding: body, as: UTF8.self))")
        let own = SandboxEmulator(providers: providers, configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: .init(run: DeliveryOutcome(.failed(code: "27")))))
        #expect(try #require(Self.send(own).deliveries.first).summary == "CallbackEvent for 385911111111 (failed:27)")
    }

    /// A `failed:CODE` whose entry is no failure is refused at start, naming the code, its table, its outcome and the
    /// codes that would do: Bind's `failed:0` posted `{"error":"000","status":"UNDELIVERABLE",…}`, undelivered for no
    /// error, and `failed:DELIVERED` a failed report saying delivered.
    @Test func outcomeCodesThatAreNoFailureAreRefused() {
        let policy = OutcomePolicy(
            run: DeliveryOutcome(.failed(code: "27")),
            byRecipient: ["1": DeliveryOutcome(.failed(code: "0")), "2": DeliveryOutcome(.failed(code: "DELIVERED")), "3": DeliveryOutcome(.failed(code: "REJECTED"))])
        let problems = SandboxEmulator(providers: Self.providers, configuration: .init(outcomes: policy)).outcomeCodeProblems
        #expect(problems.count == 2, "\(problems)")
        let zero = problems.first { $0.hasPrefix("failed:0 ") } ?? ""
        #expect(zero.contains("bind's DLRError 0") && zero.contains("is outcome success"), "\(zero)")
        #expect(zero.contains("DLRError 1, ") && zero.contains("DeliveryStatus EXPIRED, UNDELIVERABLE, UNKNOWN, REJECTED"), "\(zero)")
        let delivered = problems.first { $0.hasPrefix("failed:DELIVERED ") } ?? ""
        #expect(delivered.contains("bind's DeliveryStatus DELIVERED is outcome success"), "\(delivered)")
        let fine = OutcomePolicy(run: DeliveryOutcome(.failed(code: "27")), byRecipient: ["3": DeliveryOutcome(.failed(code: "REJECTED"))])
        #expect(SandboxEmulator(providers: Self.providers, configuration: .init(outcomes: fine)).outcomeCodeProblems.isEmpty)
        // A failure of one emulated provider is taken: Bind's DLR error 1 beside RajaSMS's pending status 1 was refused
        // in the default run of every bundled provider.
        let all = try? SandboxSpecs.load(bundled: SandboxSpecs.bundledIDs, specPaths: [])
        let one = OutcomePolicy(run: DeliveryOutcome(.failed(code: "1")), byRecipient: [:])
        #expect(all.map { SandboxEmulator(providers: $0, configuration: .init(outcomes: one)).outcomeCodeProblems } == [], "\(String(describing: all?.map(\.id)))")
    }

    /// A code both of a report's tables list: the DLR error table's where it is a failure there, under the first final
    /// failure status, else the status table's; listed by both as no failure, it is refused naming both.
    @Test func anOutcomeCodeTwoTablesListIsTheErrorTablesFailure() throws {
        let emulator = try AcmeVariant.emulator(
            replacing: "      state: {type: ReceiptState, summary: The delivery state.}\n",
            with: "      state: {type: ReceiptState, summary: The delivery state.}\n      reason: {type: Reason, summary: Why.}\n",
            and: [(old: "  ReceiptState:\n", new: """
                  Reason:
                    title: Reasons
                    source: {source: test}
                    codeType: string
                    entries:
                      - {code: DONE, name: NoError, summary: No error, outcome: success, category: none}
                      - {code: LOST, name: LostOnTheWay, summary: Lost on the way, outcome: failure, category: networkError}
                      - {code: GONE, name: Gone, summary: Gone, outcome: failure, category: networkError}
                  ReceiptState:

                """)])
        let acme = try #require(emulator.providers.first)
        let callback = try #require(DeliveryCallback(provider: acme))
        let lost = try #require(callback.tables.codes(for: DeliveryOutcome(.failed(code: "LOST"))))
        #expect(lost["Reason"]?.name == "LostOnTheWay" && lost["ReceiptState"]?.code == "LOST", "\(lost)")
        // Unrefused (an emulator built without the start's check), such a code reports the first failures, as
        // `failed` alone: it reported `reason=DONE` "No error" for a failed message.
        let done = try #require(callback.tables.codes(for: DeliveryOutcome(.failed(code: "DONE"))))
        #expect(done["Reason"]?.code == "LOST" && done["ReceiptState"]?.code == "LOST", "\(done)")
        func problems(_ code: String) -> [String] {
            SandboxEmulator(providers: emulator.providers, configuration: .init(outcomes: .init(run: DeliveryOutcome(.failed(code: code))))).outcomeCodeProblems
        }
        #expect(problems("LOST").isEmpty && problems("GONE").isEmpty)
        #expect(problems("DONE") == [
            "failed:DONE names no failure: acme's Reason DONE NoError is outcome success and ReceiptState DONE is outcome success, so a failed "
                + "report carrying it would contradict itself. failed:CODE names a failure code of acme's delivery tables (Reason LOST, GONE; "
                + "ReceiptState LOST); failed alone takes the first final failure."
        ])
    }

    /// The log line's target: a secret in the path (the operation's `{key}`) or in the query never shows.
    @Test func theLoggedTargetRedactsSecretsInThePathAndQuery() throws {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/acme.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: [spec]), configuration: .init())
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/acme/keys/k-0815/balance", query: "apiSecret=s-4711&x=1"))
            == "/acme/keys/<redacted>/balance?apiSecret=<redacted>&x=1")
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/keys/k-0815/balance")) == "/keys/<redacted>/balance")
        // A credential's name in another case is the credential (a user's `key=` for `Key`, Ginota's `APIKEY=`).
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/ginota/gemp/balance", query: "APIKEY=k-0815&apisecret=s-4711&x=1"))
            == "/ginota/gemp/balance?APIKEY=<redacted>&apisecret=<redacted>&x=1")
        let line = emulator.loggedLine(
            WireRequest(method: "GET", path: "/ginota/gemp/balance", query: "APIKEY=k-0815-secret"),
            emulator.answer(WireRequest(method: "GET", path: "/ginota/gemp/balance", query: "APIKEY=k-0815-secret")))
        #expect(!line.contains("k-0815-secret"), "\(line)")
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/elsewhere/k-0815")) == "/elsewhere/k-0815")
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/acme/keys/k-0815/balance", query: "apiSecret=s-4711&text=Caf%E9"))
            == "/acme/keys/<redacted>/balance?<a query that does not decode, not shown>")
        // Under another method the path routes nowhere (404), and the key was printed as sent.
        for method in ["POST", "DELETE", "BREW"] {
            #expect(emulator.redactedTarget(WireRequest(method: method, path: "/acme/keys/k-0815/balance")) == "/acme/keys/<redacted>/balance")
        }
    }

    /// A request refused before its fields are read, or too large to read, still has its header's credential hidden
    /// in its line and its callbacks' (a callback URL repeating the token).
    @Test func aRequestsHeaderCredentialIsHiddenHoweverFarItWasRead() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["fortytwo"], specPaths: []), configuration: .init())
        let request = WireRequest(
            method: "POST", path: "/fortytwo/2fa", query: "ref=Tok3n-never-shown",
            headers: [("Authorization", "Token Tok3n-never-shown")], body: Data("{".utf8))
        let tooLarge = SandboxAnswer(status: 413, body: Data(), summary: "(too large)", deliveries: [])
        #expect(!emulator.loggedLine(request, tooLarge).contains("never"), "\(emulator.loggedLine(request, tooLarge))")
        let unreadable = emulator.answer(request)
        let line = emulator.loggedLine(request, unreadable)
        #expect(!line.contains("never") && line.contains("ref=<redacted>"), "\(line)")
        #expect(emulator.requestSweep(request, unreadable).redacting("callback → https://h/dlr?t=Tok3n-never-shown") == "callback → https://h/dlr?t=<redacted>")
    }

    /// A credential the request repeats in another field (a password sent again as a message id, in any spelling)
    /// never shows in its log line: only the credential fields' own values were redacted.
    @Test func theLoggedLineShowsNoCredentialTheRequestRepeats() throws {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/acme.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: [spec]), configuration: .init())
        let lookUp = WireRequest(method: "GET", path: "/acme/keys/k-0815/balance", query: "apiSecret=s-4711%2Fx&x=s-4711/x&y=k-0815")
        let line = emulator.loggedLine(lookUp, emulator.answer(lookUp))
        #expect(!line.contains("4711") && !line.contains("0815"), "\(line)")
        #expect(line.contains("x=<redacted>&y=<redacted>"), "\(line)")
        let body = Data("apiKey=Key-never-1&apiSecret=Secret-never-2&srcAddr=Secret-never-2&dstAddr=60123456789&content=Key-never-1".utf8)
        let send = WireRequest(method: "POST", path: "/gemp/sms/json", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body)
        let sent = emulator.loggedLine(send, emulator.answer(send))
        #expect(!sent.contains("never"), "\(sent)")
    }

    /// A credential field's value holding `:` is that field's secret whole, as the spec's `auth: fields` reads it: the
    /// text after its first `:` was swept as a Basic password, so a Ginota secret `Secret-never:json` hid the `json`
    /// of the line's path (`/ginota/gemp/sms/<redacted>`). A Basic password, after the first `:` of `user:password`,
    /// is still hidden wherever the line repeats it.
    @Test func onlyABasicCredentialIsReadAsUserAndPassword() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: [UserSpecLoopbackTests.spec("plivo")]),
            configuration: .init(credentials: ["Key-never-1:Secret-never:json"]))
        let body = Data("apiKey=Key-never-1&apiSecret=Secret-never%3Ajson&srcAddr=MyCompany&dstAddr=60123456789&content=hi".utf8)
        let send = WireRequest(
            method: "POST", path: "/ginota/gemp/sms/json", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body)
        let sent = emulator.answer(send)
        #expect(sent.status == 200 && !sent.summary.contains("bad credentials"), "\(sent.summary)")
        let line = emulator.loggedLine(send, sent)
        #expect(line.hasPrefix("POST /ginota/gemp/sms/json → 200 ginota."), "\(line)")
        #expect(!line.contains("never"), "\(line)")
        let basic = "Basic " + Data("MAUSER:Pass:never-9".utf8).base64EncodedString()
        let lookUp = WireRequest(method: "GET", path: "/plivo/v1/Account/Pass:never-9/Message/u-1/", headers: [("Authorization", basic)])
        let looked = emulator.loggedLine(lookUp, emulator.answer(lookUp))
        #expect(looked.hasPrefix("GET /plivo/v1/Account/<redacted>/Message/u-1/ → "), "\(looked)")
        #expect(!looked.contains("never"), "\(looked)")
    }

    /// An accepted credential sent where the spec takes none (a user's SMSFactor `token=` in the query, which its
    /// documents allow instead of the header; `api_key=` to a provider that reads a header) was printed: every line
    /// hides the accepted credentials, whole and each value of one joined by `:`. A short value (a user name) is a
    /// word of the line too, hidden only where the request presents it as its credential.
    @Test func anAcceptedCredentialSentWhereTheSpecTakesNoneIsHidden() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["fortytwo"], specPaths: []),
            configuration: .init(credentials: ["Tok3n-never-shown", "user:Pass-never-9"]))
        for query in ["token=Tok3n-never-shown", "api_key=Tok3n-never-shown%0A", "p=Pass-never-9&userkey=1"] {
            let request = WireRequest(method: "POST", path: "/fortytwo/2fa", query: query, headers: [], body: Data("{}".utf8))
            let line = emulator.loggedLine(request, emulator.answer(request))
            #expect(!line.contains("never"), "\(line)")
            #expect(!query.contains("userkey") || line.contains("userkey=1"), "\(line)")
        }
        // However many are accepted (the 11th `user:password` printed, past one sweep's 32 values), and a password
        // holding `:` whole (split at every `:`, its pieces were too short to be looked for).
        let many = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["fortytwo"], specPaths: []),
            configuration: .init(credentials: (0..<40).map { "user\($0):Pass-never-\($0)" } + ["me:pa:ss-never"]))
        for query in ["p=Pass-never-39", "p=pa:ss-never", "p=pa%3Ass-never"] {
            let request = WireRequest(method: "POST", path: "/fortytwo/2fa", query: query, headers: [], body: Data("{}".utf8))
            let line = many.loggedLine(request, many.answer(request))
            #expect(!line.contains("never"), "\(line)")
        }
        // A token accepted with its scheme (`JWT …`, a user's The SMS Works key) is hidden bare too; the scheme is a word.
        let scheme = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["fortytwo"], specPaths: []), configuration: .init(credentials: ["JWT SECRETTOKEN42never"]))
        let bare = WireRequest(method: "GET", path: "/fortytwo/messages/SECRETTOKEN42never", query: "q=JWT")
        let line = scheme.loggedLine(bare, scheme.answer(bare))
        #expect(!line.contains("never") && line.contains("q=JWT"), "\(line)")
    }
}

/// Where fields travel: an operation with a body reads its fields from the body, not from the query.
@Suite struct FieldPlacementTests {
    static let emulator = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: ["bind", "rajasms"], specPaths: [UserSpecLoopbackTests.spec("africastalking")]),
        configuration: .init(seed: 1))

    /// A Bind send of `{}` with `?to=…` was accepted (and owed a delivery report): the sandbox took the query's `to`,
    /// which Bind, reading its JSON body, never sees. A RajaSMS `?apikey=` authenticated a body without one.
    @Test func aBodyFieldSentInTheQueryIsNotRead() {
        let bind = Self.emulator.answer(WireRequest(
            method: "POST", path: "/bind/v1.0/sms/template/welcome/send", query: "to=385911111111",
            headers: [("X-API-KEY", "k"), ("Content-Type", "application/json")], body: Data("{}".utf8)))
        #expect(bind.status != 200 || bind.summary != "bind.sendTemplate accepted", "\(bind.summary)")
        #expect(bind.deliveries.count == 0)
        let rajasms = Self.emulator.answer(WireRequest(
            method: "POST", path: "/rajasms/sms/api_sms_reguler_send_json.php", query: "apikey=k",
            headers: [("Content-Type", "application/json")], body: Data(#"{"datapacket":[{"number":"6281234567890","message":"hi"}]}"#.utf8)))
        #expect(rajasms.summary.contains("bad credentials"), "\(rajasms.summary)")
    }

    /// A field the spec puts in the query is still read there when the operation has a body.
    @Test func aQueryFieldOfABodyOperationIsRead() throws {
        let emulator = try AcmeVariant.emulator(replacing: "      notify_url:\n        type: string\n", with: "      notify_url:\n        type: string\n        in: query\n")
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/acme/messages", query: "notify_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&msisdn=99999999",
            headers: [("X-Acme-Key", "k"), ("Content-Type", "application/x-www-form-urlencoded")], body: Data("msisdn=4512345678&text=hi".utf8)))
        #expect(answer.status == 202, "\(answer.summary)")
        #expect(answer.deliveries.map(\.url) == ["http://127.0.0.1:9/r"])
        #expect(answer.deliveries.map(\.message.recipient) == ["4512345678"])
        // Nor is it read from the body, where the provider does not look for it.
        let inBody = emulator.answer(WireRequest(
            method: "POST", path: "/acme/messages", headers: [("X-Acme-Key", "k")],
            body: Data("msisdn=4512345678&text=hi&notify_url=http%3A%2F%2F127.0.0.1%3A9%2Fb".utf8)))
        #expect(inBody.status == 202, "\(inBody.summary)")
        #expect(inBody.deliveries.map(\.url) == [nil])
    }
}

/// `--credential` for a provider whose credentials are request fields: the fields' values joined by `:`.
@Suite struct CredentialFieldsTests {
    /// Joined before comparing, Ginota's `apiKey=key:sec` and `apiSecret=ret` were the accepted `key` and `sec:ret`:
    /// a key and secret the provider refuses passed. The parts are compared one by one (only the last may hold `:`).
    @Test func theFieldsAreComparedOneByOne() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: []), configuration: .init(credentials: ["key:sec:ret"], seed: 1))
        func balance(_ query: String) -> SandboxAnswer { emulator.answer(WireRequest(method: "GET", path: "/ginota/gemp/balance", query: query)) }
        #expect(!balance("apiKey=key&apiSecret=sec%3Aret").summary.contains("bad credentials"))
        #expect(balance("apiKey=key%3Asec&apiSecret=ret").summary.contains("bad credentials"))
        #expect(balance("apiKey=key&apiSecret=sec").summary.contains("bad credentials"))
    }
}

/// The sandbox's acme spec with one change, as a user's spec: an emulator of it.
enum AcmeVariant {
    static func emulator(replacing old: String, with new: String, and more: [(old: String, new: String)] = []) throws -> SandboxEmulator {
        var acme = try String(contentsOfFile: UserSpecAnswerTests.spec("acme"), encoding: .utf8)
        for (old, new) in [(old, new)] + more {
            #expect(acme.contains(old))
            acme = acme.replacingOccurrences(of: old, with: new)
        }
        return try .of(spec: acme, configuration: .init(seed: 1))
    }

    /// The JSON answers to an accepted and a refused send, with `fields` (YAML lines, shapes may follow) added to
    /// acme's `SendAnswer`.
    static func sendAnswers(withAnswerFields fields: String, unions: String = "") throws -> [[String: Any]] {
        let messageID = "      message_id: {type: string, required: false, summary: The message id.}\n"
        let emulator = try emulator(replacing: messageID, with: messageID + fields, and: unions.isEmpty ? [] : [("\nshapes:\n", "\nunions:\n" + unions + "\nshapes:\n")])
        return try ["4512345678", "x"].map { msisdn in
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/acme/messages", headers: [("X-Acme-Key", "k")], body: Data("msisdn=\(msisdn)&text=hi".utf8)))
            return try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        }
    }
}

/// Answers of user specs whose shapes hold themselves.
@Suite struct RecursiveShapeTests {
    /// A `Node` holding a required list of `Node`s, with no example, was built without end: the sandbox died of a
    /// stack overflow at the first answer. A shape inside itself is built from examples only; its list is empty.
    @Test func aShapeInsideItselfIsBuiltOnce() throws {
        for body in try AcmeVariant.sendAnswers(withAnswerFields: """
                  next: {type: Node, summary: A node.}
              Node:
                summary: A node.
                source: {source: test}
                fields:
                  id: {type: string, summary: The id.}
                  children: {type: '[Node]', summary: Children.}
                  parent: {type: Node, required: false, summary: Parent.}

            """) {
            let next = try #require(body["next"] as? [String: Any], "\(body)")
            #expect((next["children"] as? [Any])?.isEmpty == true)
            #expect(next["parent"] == nil)
        }
    }
}

/// Required answer fields the spec's example does not give.
@Suite struct RequiredFieldWithoutExampleTests {
    /// A balance no example gives is 100 in a success that sends nothing, optional or not (a user's SMSPLANET balance
    /// was answered `{}`, JustSend's `{"points": 0}`); a send's answer (what a message cost: a review), a cost or an
    /// amount used stays its emptiest value.
    @Test func aBalanceIsAnAccountsBalance() throws {
        let messageID = "      message_id: {type: string, required: false, summary: The message id.}\n"
        let emulator = try AcmeVariant.emulator(replacing: messageID, with: messageID + """
                  balance: {type: decimal, summary: The balance.}
                  credits_left: {type: int, summary: Credits left.}
                  points: {type: double, required: false, summary: Points.}
                  credits_used: {type: int, summary: Credits used.}
                  cost: {type: decimal, summary: The cost.}
                  credit: {type: int, summary: What the message was charged.}
                  MessagesLeft: {type: int, required: false, summary: Messages left.}

            """)
        let balance = emulator.answer(WireRequest(method: "GET", path: "/acme/keys/k-0815/balance", headers: [("X-Acme-Key", "k")]))
        let asked = try #require(try JSONSerialization.jsonObject(with: balance.body) as? [String: Any], "\(balance.summary)")
        #expect(asked["balance"] as? Int == 100 && asked["credits_left"] as? Int == 100 && asked["points"] as? Int == 100, "\(asked)")
        #expect(asked["credits_used"] as? Int == 0 && asked["cost"] as? Int == 0 && asked["credit"] as? Int == 0, "\(asked)")
        #expect(asked["MessagesLeft"] as? Int == 100, "\(asked)")
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/acme/messages", headers: [("X-Acme-Key", "k")], body: Data("msisdn=4512345678&text=hi".utf8)))
        let answer = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any], "\(sent.summary)")
        #expect(answer["balance"] as? Int == 0 && answer["credits_left"] as? Int == 0 && answer["points"] == nil, "\(answer)")
    }

    /// A required map, list, number or JSON value without an example was left out of the answer, so the generated
    /// type (`container.decode([Swift.String: Swift.String].self, forKey: "m")`) could not decode it. Each is now
    /// its type's emptiest value, in accepted and refused answers.
    @Test func eachIsItsTypesEmptiestValue() throws {
        for body in try AcmeVariant.sendAnswers(withAnswerFields: """
                  m: {type: '{string}', summary: A map.}
                  l: {type: '[string]', summary: A list.}
                  li: {type: '[int]', summary: A list of numbers.}
                  d: {type: double, summary: A double.}
                  dec: {type: decimal, summary: A decimal.}
                  j: {type: json, summary: Any JSON.}

            """) {
            #expect((body["m"] as? [String: Any])?.isEmpty == true, "\(body)")
            #expect((body["l"] as? [Any])?.isEmpty == true)
            #expect((body["li"] as? [Any])?.isEmpty == true)
            #expect(body["d"] as? Int == 0)
            #expect(body["dec"] as? Int == 0)
            #expect(body["j"] is NSNull)
        }
    }

    /// A required union was left out of the answer (no emptiest value), so the generated type could not decode it.
    /// It is now its first variant's emptiest value: a shape's built from the shape, a number's zero.
    @Test func aUnionIsItsFirstVariantsEmptiestValue() throws {
        for body in try AcmeVariant.sendAnswers(withAnswerFields: """
                  reach: {type: Reach, summary: A count or a text.}
                  info: {type: Info, summary: A detail or a text.}
              Detail:
                summary: A detail.
                source: {source: test}
                fields:
                  code: {type: int, summary: The code.}
                  note: {type: string, summary: The note.}

            """, unions: """
              Reach:
                summary: A count or a text.
                source: {source: test}
                variants: {count: int, text: string}
              Info:
                summary: A detail or a text.
                source: {source: test}
                variants: {detail: Detail, text: string}
            """) {
            #expect(body["reach"] as? Int == 0, "\(body)")
            let info = try #require(body["info"] as? [String: Any], "\(body)")
            #expect(info["code"] as? Int == 0)
            #expect(info["note"] as? String == "")
        }
    }
}

/// Where callbacks go.
@Suite struct CallbackURLFieldTests {
    /// Only a field of the operation's request names the callback URL: a Bind send with a `webhook` (Bind has no
    /// such field, and ignores it) was called back there, not at `--callback-url`, the account's.
    @Test func aFieldTheRequestDoesNotHaveIsNoCallbackURL() {
        let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: ["bind"], specPaths: []), configuration: .init(callbackURL: "http://127.0.0.1:9/account"))
        func url(_ body: String) -> [String?] {
            emulator.answer(WireRequest(
                method: "POST", path: "/bind/v1.0/sms/template/welcome/send", headers: [("X-API-KEY", "k")], body: Data(body.utf8))).deliveries.map(\.url)
        }
        #expect(url(#"{"to":"385911111111","webhook":"http://127.0.0.1:9/other"}"#) == ["http://127.0.0.1:9/account"])
        #expect(url(#"{"to":"385911111111","url":"http://127.0.0.1:9/other"}"#) == ["http://127.0.0.1:9/account"])
        #expect(url(#"{"to":"385911111111","callback_url":"http://127.0.0.1:9/own"}"#) == ["http://127.0.0.1:9/own"])
    }
}

/// Which request field a delivery report goes to.
@Suite struct CallbackFieldTests {
    /// Infobip's message has `notifyUrl` (the `url` rule), `callbackData` and `notifyContentType`: the first named
    /// field, alphabetically, was taken for the URL (`the URL order-42 is not http or https`), so no report went to
    /// `notifyUrl`; a `callbackSecret` was taken too, and its value logged.
    @Test func theURLFieldWinsAndNoSecretOrNonURLIsTaken() throws {
        func url(_ json: String, urlFields: Set<String> = ["notifyurl"], secrets: Set<String> = []) throws -> String? {
            SandboxEmulator.callbackURL(in: try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)), urlFields: urlFields, secrets: secrets)
        }
        #expect(try url(#"{"callbackData": "order-42", "notifyUrl": "http://127.0.0.1:9/dlr"}"#) == "http://127.0.0.1:9/dlr")
        #expect(try url(#"{"notifyContentType": "application/json", "notifyUrl": "http://127.0.0.1:9/dlr"}"#) == "http://127.0.0.1:9/dlr")
        #expect(try url(#"{"callbackData": "order-42"}"#) == nil)
        #expect(try url(#"{"callbackSecret": "whsec_TopSecret", "callbackUrl": "http://h/dlr"}"#, urlFields: [], secrets: ["callbacksecret"]) == "http://h/dlr")
        #expect(try url(#"{"callbackSecret": "whsec://TopSecret"}"#, urlFields: [], secrets: ["callbacksecret"]) == nil)
        // A name that ends as a URL's is taken whatever it holds: the log then says the URL is not http(s).
        #expect(try url(#"{"callback_url": "localhost:9/dlr"}"#, urlFields: []) == "localhost:9/dlr")
        #expect(try url(#"{"StatusCallback": "https://h/s"}"#, urlFields: []) == "https://h/s")
        // The only `url` field of a request is its report URL (46elks' `whendelivered`), but not an item's: a
        // message's `media_url` got its reports.
        #expect(try url(#"{"whendelivered": "https://h/r"}"#, urlFields: ["whendelivered"]) == "https://h/r")
        let item = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"to": "1", "media_url": "https://h/m.png"}"#.utf8))
        #expect(SandboxEmulator.callbackURL(in: item, urlFields: ["mediaurl"], onlyURLField: false) == nil)
    }

    /// A field with a phone rule names a recipient, unless a word of its name says sender: `from_number` beside
    /// `to_number` was a recipient, and reports went to the sender's number.
    @Test func aSendersNumberIsNoRecipient() throws {
        let spec = """
            smsspec: 1
            provider:
              id: fromto
              name: From To
              baseURLs: ['https://api.fromto.test']
              phoneNumbers: {MY: {countryCode: '60', nationalPrefix: '0', mobile: '1[0-9]{8,9}'}}
            sources: {doc: {title: Doc, url: 'https://fromto.test/doc'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}, source: {source: doc}}
            shapes:
              Send:
                fields:
                  from_number: {type: string, constraints: {phone: {country: MY, forms: [international]}}}
                  to_number: {type: string, constraints: {phone: {country: MY, forms: [international]}}}
                  text: string
              Sent: {fields: {id: string}}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fromto-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        #expect(provider.recipientNames.contains("to_number") && !provider.recipientNames.contains("from_number"))
        #expect(SandboxProvider.words("senderMsisdn") == ["sender", "msisdn"] && SandboxProvider.words("from_number") == ["from", "number"])
    }
}

extension EmulatorTests {
    /// `--help` says the signing secret is never logged; a request or callback URL repeating it printed it wherever its
    /// pair was not named `secret` (an attack): it is swept from every line, as an accepted credential is.
    @Test func theSigningSecretIsNeverLogged() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: ["ginota"], specPaths: []),
            configuration: .init(signingSecret: Secret("SHAREDSECRET-xyz-123456")))
        let request = WireRequest(method: "GET", path: "/ginota/gemp/balance", query: "APIKEY=k-0815-secret&n2=SHAREDSECRET-xyz-123456")
        let answer = emulator.answer(request)
        let line = emulator.requestSweep(request, answer).redacting(emulator.loggedLine(request, answer))
        #expect(!line.contains("SHAREDSECRET"), "\(line)")
        #expect(emulator.requestSweep(request, answer).redacting("callback → POST https://h/cb/SHAREDSECRET-xyz-123456?b=shared") == "callback → POST https://h/cb/<redacted>?b=shared")
    }
}
