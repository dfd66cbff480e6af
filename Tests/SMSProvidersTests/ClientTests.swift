import Foundation
import HTTPTypes
import OpenAPIRuntime
import SMSProviderClients
import SMSProviders
@testable import SMSSpecClient
import Testing

/// The generated clients against an in-process transport answering with the documents' payloads: the typed result,
/// failures inside successful answers, HTTP error statuses, retries and redaction.
@Suite struct ClientTests {
    static let apiKey: Secret = "key-4f1c2d9e-never-printed"
    static let apiSecret: Secret = "!ABCDE-secret"

    static func ginotaRequest(apiKey: Secret = "placeholder", apiSecret: Secret = "placeholder") -> Ginota.SendRequest {
        Ginota.SendRequest(apiKey: apiKey, apiSecret: apiSecret, srcAddr: "MyCompany", dstAddr: "60123456789", content: "Hello")
    }

    static func ginota(_ transport: ScriptedTransport, retry: RetryPolicy = .none, sleeps: RecordedSleeps = RecordedSleeps()) -> Ginota.Client {
        Ginota.Client(
            transport: transport, middlewares: [TaggingMiddleware()],
            configuration: ClientConfiguration(
                credentials: .fields(["apiKey": apiKey, "apiSecret": apiSecret]), retryPolicy: retry, sleep: sleeps.sleep))
    }

    // MARK: Ginota: form requests, fields credentials, errors under HTTP 200

    @Test func ginotaSendDecodesTheDocumentsSuccessAndSendsTheFormTheSpecGives() async throws {
        let transport = ScriptedTransport(status: 200, body: try Fixtures.text("ginota/send-success.json"))
        let response = try await Self.ginota(transport).sendSMS(Self.ginotaRequest())
        #expect(response.messageID == "18D64EC1EADD")
        #expect(response.parts == 1)
        #expect(response.status == .success)
        let sent = try #require(transport.sent.first)
        #expect(sent.request.method == .post)
        #expect(sent.request.path == "/gemp/sms/json")
        #expect(sent.baseURL.absoluteString == "https://www.ginota.com")
        #expect(sent.operationID == "sendSMS")
        #expect(sent.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(sent.header("X-Test-Middleware") == "sendSMS")
        // The client's credentials replace the request's placeholders; apiKey travels pre-encoded, apiSecret encoded.
        #expect(sent.body.contains("apiKey=key-4f1c2d9e-never-printed"))
        #expect(sent.body.contains("apiSecret=%21ABCDE-secret"))
        #expect(sent.body.contains("dstAddr=60123456789"))
    }

    @Test func ginotaInsufficientBalanceUnderHTTP200IsAProviderError() async throws {
        let body = try Fixtures.text("ginota/send-insufficient-balance.json")
        let transport = ScriptedTransport(status: 200, body: body)
        let error = try await #require(throws: ProviderError.self) { try await Self.ginota(transport).sendSMS(Self.ginotaRequest()) }
        #expect(error.provider == "ginota")
        #expect(error.table == "Status")
        #expect(error.rawCode == "44")
        #expect(error.httpStatus == 200)
        #expect(error.entry?.name == "Insufficient balance")
        #expect(error.category == .insufficientFunds)
        #expect(error.rawBody == Data(body.utf8))
        #expect(transport.sent.count == 1)
    }

    /// An error envelope under HTTP 200 that does not decode as the success's shape (a user's gateways answer a refusal
    /// without the result's fields, or with them of another kind): its failure code, where the provider's answers
    /// carry one, is the error, not "the answer does not decode". A success code in such a body still is the
    /// decoding error.
    @Test func aRefusalThatDoesNotDecodeAsTheSuccessThrowsItsCode() async throws {
        let refusal = #"{"status": "44", "messageId": 18, "desc": "Insufficient balance"}"#
        let error = try await #require(throws: ProviderError.self) {
            try await Self.ginota(ScriptedTransport(status: 200, body: refusal)).sendSMS(Self.ginotaRequest())
        }
        #expect(error.rawCode == "44" && error.category == .insufficientFunds && error.httpStatus == 200, "\(error)")
        #expect(error.rawBody == Data(refusal.utf8))
        let success = #"{"status": "0", "messageId": 18}"#
        let undecodable = try await #require(throws: ProviderClientError.self) {
            try await Self.ginota(ScriptedTransport(status: 200, body: success)).sendSMS(Self.ginotaRequest())
        }
        guard case .undecodableAnswer(_, _, _, let problem, _) = undecodable else { Issue.record("\(undecodable)"); return }
        #expect(problem.contains("messageId"), "\(problem)")
    }

    @Test func anAnswerNamingItsStatusTwiceIsNotReadEitherWay() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"status": "44", "status": "0", "messageId": "18D64EC1EADD"}"#)
        let error = try await #require(throws: ProviderClientError.self) { try await Self.ginota(transport).sendSMS(Self.ginotaRequest()) }
        guard case .undecodableAnswer(_, _, _, let problem, _) = error else { Issue.record("\(error)"); return }
        #expect(problem.contains(#"The key "status" appears twice in one object"#))
    }

    @Test func aRetryableCodeIsRetriedWithBackoffUntilItSucceeds() async throws {
        let busy = ScriptedTransport.Answer(status: 200, body: #"{"status": "3"}"#)
        let success = ScriptedTransport.Answer(status: 200, body: try Fixtures.text("ginota/send-success.json"))
        let transport = ScriptedTransport([busy, busy, success])
        let sleeps = RecordedSleeps()
        let policy = RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(1), backoffMultiplier: 2)
        let response = try await Self.ginota(transport, retry: policy, sleeps: sleeps).sendSMS(Self.ginotaRequest())
        #expect(response.messageID == "18D64EC1EADD")
        #expect(transport.sent.count == 3)
        #expect(sleeps.all == [.seconds(1), .seconds(2)])
    }

    @Test func retriesStopAtTheLimitAndThrowTheLastError() async throws {
        let busy = ScriptedTransport.Answer(status: 200, body: #"{"status": "3"}"#)
        let transport = ScriptedTransport([busy, busy, busy])
        let sleeps = RecordedSleeps()
        let error = try await #require(throws: ProviderError.self) {
            try await Self.ginota(transport, retry: RetryPolicy(maximumAttempts: 2, initialDelay: .milliseconds(10)), sleeps: sleeps)
                .sendSMS(Self.ginotaRequest())
        }
        #expect(error.rawCode == "3")
        #expect(error.isRetryable)
        #expect(transport.sent.count == 2)
        #expect(sleeps.all == [.milliseconds(10)])
    }

    /// A provider busy for a long time meets a policy of many attempts: the backoff reaches the limit and stays there.
    /// (Computed first, 0.5 s × 2^69 was a `Duration` beyond its range, a trap at the 71st attempt.)
    @Test func aLongRunOfRetriesWaitsAtMostTheLimit() async throws {
        let busy = ScriptedTransport.Answer(status: 200, body: #"{"status": "3"}"#)
        let transport = ScriptedTransport(Array(repeating: busy, count: 100))
        let sleeps = RecordedSleeps()
        await #expect(throws: ProviderError.self) {
            try await Self.ginota(transport, retry: RetryPolicy(maximumAttempts: 100), sleeps: sleeps).sendSMS(Self.ginotaRequest())
        }
        #expect(transport.sent.count == 100)
        #expect(sleeps.all.prefix(3) == [.milliseconds(500), .seconds(1), .seconds(2)])
        #expect(sleeps.all.suffix(90).allSatisfy { $0 == .seconds(30) })
        #expect(RetryPolicy(maximumAttempts: .max).delay(afterAttempt: 5_000, retryAfter: nil) == .seconds(30))
        #expect(RetryPolicy(maximumAttempts: .max, initialDelay: .zero).delay(afterAttempt: 5_000, retryAfter: nil) == .zero)
    }

    /// A server error may come after the request was carried out (a 500 once the SMS left, a proxy's page after it
    /// forwarded the request): a POST send answered so was sent three times under `.registryDriven` (OCA's 500 with a
    /// proxy's HTML page or its own code 13, Fortytwo's 2FA request, Ginota's "System error"). It is sent once, as after
    /// a timeout; "busy" (rate limited) still retries, and so does a GET lookup answered 500.
    @Test func aServerErrorNeverSendsANonIdempotentRequestAgain() async throws {
        let html = ScriptedTransport.Answer(status: 500, body: "<html><body>Internal Server Error</body></html>", headers: ["Content-Type": "text/html"])
        let internalError = ScriptedTransport.Answer(status: 500, body: #"{"errors":[{"message":"Internal Error","code":13}]}"#)
        for answer in [html, internalError] {
            let transport = ScriptedTransport([answer, answer, answer])
            let error = try await #require(throws: ProviderError.self) { try await Self.oca(transport, retry: .registryDriven).sendSMS(OCA.SendRequest(phone: "6281234567890", message: "Hello")) }
            #expect(error.category == .networkError && error.isRetryable)
            #expect(transport.sent.count == 1)
        }
        let fortytwo = ScriptedTransport([html, html, html])
        await #expect(throws: ProviderError.self) {
            try await Self.fortytwo(fortytwo, retry: .registryDriven, sleeps: RecordedSleeps())
                .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        }
        #expect(fortytwo.sent.count == 1)
        let systemError = ScriptedTransport([.init(status: 200, body: #"{"status": "2"}"#), .init(status: 200, body: #"{"status": "2"}"#)])
        await #expect(throws: ProviderError.self) {
            try await Self.ginota(systemError, retry: .registryDriven, sleeps: RecordedSleeps()).sendSMS(Self.ginotaRequest())
        }
        #expect(systemError.sent.count == 1)
        let lookup = ScriptedTransport([html, html, html])
        await #expect(throws: ProviderError.self) { try await Self.oca(lookup, retry: .registryDriven).history() }
        #expect(lookup.sent.count == 3)
    }

    @Test func aCodeTheRegistryDoesNotMarkRetryableIsNeverRetried() async throws {
        let transport = ScriptedTransport([.init(status: 200, body: try Fixtures.text("ginota/send-insufficient-balance.json"))])
        let sleeps = RecordedSleeps()
        await #expect(throws: ProviderError.self) {
            try await Self.ginota(transport, retry: .registryDriven, sleeps: sleeps).sendSMS(Self.ginotaRequest())
        }
        #expect(transport.sent.count == 1)
        #expect(sleeps.all.isEmpty)
    }

    /// The result of a call whose answer has no shape is the bytes received: a balance of `1000` beside a credential
    /// `1000` read `<redacted>` (no longer JSON), as if the answer were an error to print.
    @Test func anUndocumentedAnswerIsTheBytesReceived() async throws {
        let body = #"{"status":"0","balance":1000,"currency":"SGD"}"#
        let client = Ginota.Client(
            transport: ScriptedTransport(status: 200, body: body),
            configuration: ClientConfiguration(credentials: .fields(["apiKey": Secret("key-1234567890"), "apiSecret": Secret("1000")])))
        let answer = try await client.balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
        #expect(String(decoding: answer.body, as: UTF8.self) == body)
        #expect(!"\(answer)".contains("1000"))
    }

    /// Ginota's balance and verification answers have no documented body, only the shared status codes, and errors
    /// come under HTTP 200 (decision G6): a wrong key's `{"status":"7"}` and an empty account's `"44"` were returned
    /// as successes, since nothing read a code. The code is read from `status`, where Ginota's other answers carry it.
    @Test func anUndocumentedAnswersCodeIsReadWhereTheProvidersOtherAnswersCarryIt() async throws {
        for (body, code) in [(#"{"status":"7"}"#, "7"), (#"{"status":"44","desc":"Insufficient balance"}"#, "44"), (#"{"status":99}"#, "99")] {
            let error = try await #require(throws: ProviderError.self, "\(body)") {
                try await Self.ginota(ScriptedTransport(status: 200, body: body)).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            #expect(error.table == "Status" && error.rawCode == code && error.httpStatus == 200, "\(error)")
        }
        let started = try await #require(throws: ProviderError.self) {
            try await Self.ginota(ScriptedTransport(status: 200, body: #"{"status":"7"}"#)).discoverMobile(
                Ginota.DiscoverMobileRequest(apiKey: "placeholder", apiSecret: "placeholder", email: "a@b.example", serviceName: "Shop"))
        }
        #expect(started.entry?.name == "Access denied" || started.rawCode == "7", "\(started)")
        // An object JSONPayload refuses holds no code anyone can read: a refusal it carried read as a success.
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        // Nor does a code member holding a list or an object (an attack's `{"status": ["7"]}` read as a success).
        for body in [#"{"status":"7","status":"7"}"#, #"{"status":"7","status":"0"}"#, #"{"status":"7","n":\#(deep)}"#, #"{"status":"7","n":1e-400}"#, #"{"status":"7"} x"#, #"{"status":{"code":7}}"#] {
            let error = try await #require(throws: ProviderClientError.self, "\(body)") {
                try await Self.ginota(ScriptedTransport(status: 200, body: body)).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            #expect("\(error)".hasPrefix("balance: the HTTP 200 answer does not decode as a JSON object holding its code (status): "), "\(error)")
        }
        // A success code, no code, or a body that is no JSON object is the answer as received.
        for body in [#"{"status":"0","balance":12.5}"#, #"{"balance": "12.50"}"#, "12.50"] {
            let answer = try await Self.ginota(ScriptedTransport(status: 200, body: body)).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            #expect(String(decoding: answer.body, as: UTF8.self) == body)
        }
    }

    /// An attack: the same answers in UTF-16 or UTF-32, which the client reads as JSON, were successes — whether the
    /// body is an object was told by its first byte (a mark, or zero).
    @Test func anUndocumentedAnswerInUTF16OrUTF32IsReadAsInUTF8() async throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        for (text, refused) in [(#"{"status":"7"}"#, false), (#"{"status":"7","status":"0"}"#, true), (#"{"status":"7""#, true), (#"{"status":"7","x":\#(deep)}"#, true)] {
            for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf32BigEndian, .utf16] {
                let bytes = try #require(text.data(using: encoding))
                let transport = ScriptedTransport([.init(status: 200, body: "", bytes: bytes)])
                do {
                    _ = try await Self.ginota(transport).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
                    Issue.record("\(text) in \(encoding) read as a success")
                } catch let error as ProviderError {
                    #expect(!refused && error.rawCode == "7", "\(text) in \(encoding): \(error)")
                } catch let error as ProviderClientError {
                    #expect(refused, "\(text) in \(encoding): \(error)")
                }
            }
        }
    }

    /// An attack: a 2xx status the spec lists no answer for is read for codes as the operation's listed 2xx answer is —
    /// Ginota's `{"status":"7"}` (Access denied) under HTTP 201 was a success; a success code stays one.
    @Test func anUnlistedSuccessStatusIsReadForCodesAsTheListedOneIs() async throws {
        for status in [201, 202, 204, 299] {
            let error = try await #require(throws: ProviderError.self, "\(status)") {
                try await Self.ginota(ScriptedTransport(status: status, body: #"{"status":"7"}"#)).balance(
                    Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            #expect(error.rawCode == "7" && error.httpStatus == status, "\(error)")
            let answer = try await Self.ginota(ScriptedTransport(status: status, body: #"{"status":"0","balance":1}"#)).balance(
                Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            #expect(answer.httpStatus == status)
        }
    }

    @Test func retriesAreOffByDefault() async throws {
        let transport = ScriptedTransport([.init(status: 200, body: #"{"status": "3"}"#), .init(status: 200, body: #"{"status": "0"}"#)])
        await #expect(throws: ProviderError.self) { try await Self.ginota(transport).sendSMS(Self.ginotaRequest()) }
        #expect(transport.sent.count == 1)
    }

    @Test func anUndocumentedBodyIsReturnedRaw() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"balance": "12.50"}"#)
        let answer = try await Self.ginota(transport).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
        #expect(answer.httpStatus == 200)
        #expect(String(decoding: answer.body, as: UTF8.self) == #"{"balance": "12.50"}"#)
        let sent = try #require(transport.sent.first)
        #expect(sent.request.method == .get)
        #expect(sent.request.path?.hasPrefix("/gemp/balance?apiKey=key-4f1c2d9e-never-printed&apiSecret=%21ABCDE-secret") == true)
    }

    /// An answer without a shape whose code member holds a list or an object was read as a success (an attack's
    /// `{"status": ["7"]}` for Ginota's balance): no one can say which code it holds, as a typed answer says.
    @Test func anUndocumentedAnswerWhoseCodeIsAListOrAnObjectIsUnreadable() async throws {
        for body in [#"{"status": ["7"]}"#, #"{"status": {"code": "7"}}"#] {
            let transport = ScriptedTransport(status: 200, body: body)
            let error = try await #require(throws: ProviderClientError.self) {
                try await Self.ginota(transport).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            guard case .undecodableAnswer = error else { Issue.record("\(error)"); continue }
            #expect("\(error)".contains("not a list or an object"), "\(error)")
        }
    }

    @Test func anInvalidRequestIsNotSentAndNamesTheCodeTheProviderWouldAnswer() async throws {
        let transport = ScriptedTransport([])
        var request = Self.ginotaRequest()
        request.dstAddr = "+60 12"
        let error = try await #require(throws: ProviderClientError.self) { try await Self.ginota(transport).sendSMS(request) }
        guard case .invalidRequest(let operation, let violations) = error else { Issue.record("\(error)"); return }
        #expect(operation == "sendSMS")
        #expect(violations.map(\.path) == ["dstAddr"])
        #expect(violations.first?.providerCode?.code == "4")
        #expect(transport.sent.isEmpty)
    }

    /// `validate()` hides the request's own credentials, not the client's: a key pasted into a recipient printed in
    /// the `invalidRequest` the client threw (a user's Basic password).
    @Test func anInvalidRequestQuotingTheClientsKeyHidesIt() async throws {
        let client = Bind.Client(transport: ScriptedTransport([]), configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey)))
        let error = try await #require(throws: ProviderClientError.self) {
            try await client.sendTemplate(Bind.SendTemplateRequest(id: "t-1", to: "x\(Self.apiKey.value)"))
        }
        guard case .invalidRequest(_, let violations) = error else { Issue.record("\(error)"); return }
        #expect(violations.map(\.path) == ["to"])
        for printed in ["\(error)", String(reflecting: error), error.localizedDescription] {
            #expect(!printed.contains(Self.apiKey.value), "\(printed)")
            #expect(printed.contains("\"x<redacted>\""), "\(printed)")
        }
    }

    // MARK: Secrets

    @Test func secretsNeverShowInErrorsOrDescriptions() async throws {
        // A provider that echoes the key back in a body the spec does not describe.
        let echo = #"{"status": "7", "desc": "key key-4f1c2d9e-never-printed secret %21ABCDE-secret denied"}"#
        let transport = ScriptedTransport(status: 200, body: echo)
        let client = Self.ginota(transport)
        let error = try await #require(throws: ProviderError.self) { try await client.sendSMS(Self.ginotaRequest()) }
        let undecodable = ScriptedTransport(status: 200, body: #"{"status": ["key-4f1c2d9e-never-printed"]}"#)
        let decodingError = try await #require(throws: ProviderClientError.self) {
            try await Self.ginota(undecodable).sendSMS(Self.ginotaRequest())
        }
        let bind = Bind.Client(transport: ScriptedTransport(status: 401, body: ""), configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey)))
        let printed = [
            "\(error)", String(reflecting: error), String(decoding: error.rawBody ?? Data(), as: UTF8.self),
            "\(decodingError)", "\(client.providerClient)", "\(client.providerClient.configuration)", "\(bind.providerClient)",
        ]
        for text in printed {
            #expect(!text.contains(Self.apiKey.value), "\(text)")
            #expect(!text.contains("ABCDE-secret"), "\(text)")
        }
        #expect(String(decoding: error.rawBody ?? Data(), as: UTF8.self).contains("<redacted>"))
        // A client that has sent nothing (the transport double records what it sent, credentials included).
        var dumped = ""
        dump(Self.ginota(ScriptedTransport([])), to: &dumped)
        #expect(!dumped.contains(Self.apiKey.value))
    }

    /// A key given with its scheme (`JWT eyJ…` for an `Authorization` header whose spec names none: The SMS Works') is
    /// echoed without it: the bare token is hidden too, a short word (`JWT`) is not.
    @Test func aKeyGivenWithItsSchemeIsHiddenWithoutItToo() async throws {
        let token = "SECRETTOKEN42abcdef"
        let echo = #"{"status": "REJECTED", "error_message": "UNAUTHORIZED: \#(token) is not a JWT token"}"#
        let bind = Bind.Client(transport: ScriptedTransport(status: 401, body: echo), configuration: ClientConfiguration(credentials: .apiKey(Secret("JWT " + token))))
        let error = try await #require(throws: ProviderError.self) {
            try await bind.sendTemplate(Bind.SendTemplateRequest(id: "t1", to: "385911234567"))
        }
        let body = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
        #expect(!body.contains(token) && !"\(error)".contains(token), "\(body)")
        #expect(body.contains("<redacted> is not a JWT token"), "\(body)")
        // Where the spec writes the scheme itself, a key pasted with it would go out as `JWT JWT …`: refused, unsent.
        let scheme = Authentication.header(name: "Authorization", scheme: "JWT")
        #expect(throws: RequestBuildingError.schemeInKey(scheme: "JWT")) {
            try Self.bindRequest.httpRequest(baseURL: "https://x.example", authentication: scheme, credentials: .apiKey(Secret("jwt " + token)))
        }
        let sent = try Self.bindRequest.httpRequest(baseURL: "https://x.example", authentication: scheme, credentials: .apiKey(Secret(token)))
        #expect(sent.headers.contains { $0 == ("Authorization", "JWT " + token) })
    }

    /// A transport that fails as URLSession does on Linux: its error prints the URL it was asked for, query included.
    struct UnreachableTransport: ClientTransport {
        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            let url = baseURL.absoluteString + (request.path ?? "")
            throw URLError(.cannotConnectToHost, userInfo: [NSURLErrorFailingURLErrorKey: URL(string: url) as Any, NSLocalizedDescriptionKey: "Could not connect to \(url)"])
        }
    }

    /// Ginota's balance check is a GET: its credentials travel in the query, which a failing transport's error quotes.
    /// The client throws it as a `TransportFailure` that prints without them; `underlying` is the error as thrown.
    @Test func aTransportErrorQuotingTheURLDoesNotPrintTheCredentials() async throws {
        let client = Ginota.Client(
            transport: UnreachableTransport(),
            configuration: ClientConfiguration(credentials: .fields(["apiKey": Self.apiKey, "apiSecret": Self.apiSecret])))
        let error = try await #require(throws: TransportFailure.self) {
            try await client.balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
        }
        var dumped = ""
        dump(error, to: &dumped)
        for text in ["\(error)", String(reflecting: error), error.localizedDescription, dumped] {
            #expect(!text.contains(Self.apiKey.value) && !text.contains("ABCDE-secret"), "\(text)")
        }
        #expect("\(error)".contains("balance") && "\(error)".contains("Could not connect"))
        #expect((error.underlying as? URLError)?.code == .cannotConnectToHost)
    }

    /// A server URL may carry a user and password (an account-specific RajaSMS host behind Basic authentication):
    /// the client prints its URL without them.
    @Test func aServerURLsPasswordDoesNotPrint() async throws {
        let client = RajaSMS.Client(
            serverURL: URL(string: "http://sms-user:pw-5ec2-never-printed@203.0.113.7/rajasms")!, transport: ScriptedTransport([]),
            configuration: ClientConfiguration(credentials: .fields(["apikey": Self.apiKey])))
        var dumped = ""
        dump(client, to: &dumped)
        for text in ["\(client.providerClient)", String(reflecting: client.providerClient), dumped] {
            #expect(!text.contains("pw-5ec2") && !text.contains(Self.apiKey.value), "\(text)")
        }
        #expect("\(client.providerClient)".contains("http://<redacted>@203.0.113.7/rajasms"))
        // Nor does a transport's error that quotes the URL.
        let unreachable = RajaSMS.Client(
            serverURL: URL(string: "http://sms-user:pw-5ec2-never-printed@203.0.113.7/rajasms")!, transport: UnreachableTransport(),
            configuration: ClientConfiguration(credentials: .fields(["apikey": Self.apiKey])))
        let error = try await #require(throws: TransportFailure.self) { try await unreachable.balanceRegular(RajaSMS.BalanceRequest(apiKey: "")) }
        #expect(!"\(error)".contains("pw-5ec2") && "\(error)".contains("//<redacted>:<redacted>@"), "\(error)")
        // A short login beside a password is a name: an answer's words keep it.
        #expect(SecretRedactor.credentials(of: URLComponents(string: "http://shop:pw-5ec2-never-printed@h/")) == ["pw-5ec2-never-printed"])
    }

    /// A token rides in a URL as its user name (`https://token@host`, as git remotes carry one, `https://token:@host`,
    /// or beside a placeholder password, `https://token:x-oauth-basic@host`): the client printed it, and a transport's
    /// error quoting the URL showed it. The whole user information is redacted, as `DisplayText` prints a URL.
    @Test func aServerURLsUserNameThatStandsAloneIsATokenAndDoesNotPrint() async throws {
        for (url, printed) in [
            ("https://tok-91ad-never-printed@203.0.113.7/rajasms", "https://<redacted>@203.0.113.7/rajasms"),
            ("https://tok-91ad-never-printed:@203.0.113.7/rajasms", "https://<redacted>@203.0.113.7/rajasms"),
            // A token as the user name beside a placeholder password (GitHub's `x-oauth-basic`): the token printed.
            ("https://tok-91ad-never-printed:x-oauth-basic@203.0.113.7/rajasms", "https://<redacted>@203.0.113.7/rajasms"),
            ("https://tok-91ad-never-printed:x@203.0.113.7/rajasms", "https://<redacted>@203.0.113.7/rajasms"),
        ] {
            let client = RajaSMS.Client(
                serverURL: URL(string: url)!, transport: UnreachableTransport(),
                configuration: ClientConfiguration(credentials: .fields(["apikey": Self.apiKey])))
            var dumped = ""
            dump(client, to: &dumped)
            let error = try await #require(throws: TransportFailure.self) { try await client.balanceRegular(RajaSMS.BalanceRequest(apiKey: "")) }
            for text in ["\(client.providerClient)", String(reflecting: client.providerClient), dumped, "\(error)"] {
                #expect(!text.contains("tok-91ad"), "\(text)")
            }
            #expect("\(client.providerClient)".contains(printed), "\(client.providerClient)")
        }
    }

    struct PINRequest: ProviderMessage {
        var to: String
        var pin: Secret
    }

    /// A field of the request that the spec marks `secret` without being a credential (a PIN, to a provider that
    /// authenticates with a header) is a secret the client knows too: an answer that echoes it keeps `<redacted>`.
    @Test func echoedSecretFieldsOfTheRequestAreRedactedToo() async throws {
        let operation = OperationDescriptor(
            provider: "bind", id: "setPIN", summary: "Sets a PIN.", method: "POST", path: "/pin", encoding: .json, request: "PINRequest",
            responses: [ResponseDescriptor(httpStatus: 200, message: nil, tables: [])])
        let echo = #"{"error": "PIN 7319-never-printed is too weak", "request": {"to": "385911234567", "pin": "7319-never-printed"}}"#
        let bind = Bind.Client(
            transport: ScriptedTransport(status: 400, body: echo), configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey)))
        let error = try await #require(throws: ProviderError.self) {
            try await bind.providerClient.send(
                PINRequest(to: "385911234567", pin: "7319-never-printed"), as: operation, reading: .undocumented())
        }
        var dumped = ""
        dump(error, to: &dumped)
        // Looked for by its words: a dump shows pointers, whose digits may hold "7319".
        for text in ["\(error)", String(decoding: error.rawBody ?? Data(), as: UTF8.self), dumped] {
            #expect(!text.contains("never-printed"), "\(text)")
        }
        #expect(String(decoding: error.rawBody ?? Data(), as: UTF8.self).contains(#""pin": "<redacted>""#))
    }

    /// A key as Ginota's portal shows it (percent-encoded, sent as it is: decision G7) and a secret with characters
    /// JSON and messages escape.
    static let portalKey: Secret = "3zJU%2Ft7DX6g%3D"
    static let quotedSecret: Secret = #"pa"ss\wörd/1"#

    /// Every spelling of a credential a provider may echo: the key as Ginota decodes it from the form (3zJU/t7DX6g=)
    /// and as PHP's json_encode writes that (3zJU\/t7DX6g=), a secret with quotes and non-ASCII JSON-escaped, and a
    /// body that is not UTF-8 (Latin-1 text from an older gateway).
    @Test func echoedSecretsAreRedactedHoweverTheyAreSpelled() async throws {
        let client = { (answer: ScriptedTransport.Answer) in
            Ginota.Client(
                transport: ScriptedTransport([answer]),
                configuration: ClientConfiguration(credentials: .fields(["apiKey": Self.portalKey, "apiSecret": Self.quotedSecret])))
        }
        let echoes: [ScriptedTransport.Answer] = [
            .init(status: 200, body: #"{"status": "7", "desc": "bad key 3zJU/t7DX6g= or 3zJU\/t7DX6g="}"#),
            .init(status: 200, body: #"{"status": "7", "desc": "bad secret pa\"ss\\w\u00f6rd\/1"}"#),
            .init(status: 400, body: "", bytes: Data("{\"status\": \"7\", \"desc\": \"cl\u{E9} 3zJU%2Ft7DX6g%3D refus\u{E9}e\"}".utf8.map { $0 }.filter { $0 != 0xC3 }.map { $0 == 0xA9 ? 0xE9 : $0 })),
            .init(status: 200, body: #"{"status": ["3zJU/t7DX6g=", "pa\"ss\\wörd/1"]}"#),
            .init(status: 200, body: #"{"status": "3zJU/t7DX6g="}"#),
        ]
        for echo in echoes {
            let error = await #expect(throws: (any Error).self) { try await client(echo).sendSMS(Self.ginotaRequest()) }
            var dumped = ""
            dump(error, to: &dumped)
            var printed = ["\(error.map { "\($0)" } ?? "")", String(reflecting: error), dumped]
            if let error = error as? ProviderError {
                // The codes the error holds, as `reports` prints them.
                printed += [String(decoding: error.rawBody ?? Data(), as: UTF8.self), "\(error.reports)", "\(error.reports.map(\.error))"]
            }
            if case .undecodableAnswer(_, _, _, _, let body)? = error as? ProviderClientError { printed.append(String(decoding: body, as: UTF8.self)) }
            for text in printed {
                for leak in ["3zJU", "t7DX6g", "ss\\", "w\\u00f6rd", "wörd", "w\u{F6}rd"] {
                    #expect(!text.contains(leak), "\(leak) in \(text)")
                }
            }
        }
    }

    /// A credential echoed in the other Unicode form (sent with `é` composed, answered as `e` + U+0301, escaped or not,
    /// in a text or as the code itself) printed in the error and stayed in its `rawBody` (an attack).
    @Test func echoedSecretsInTheOtherUnicodeFormAreRedacted() async throws {
        let composed: Secret = "cl\u{E9}-secr\u{E8}te"
        let echoes = [
            #"{"status": "44", "desc": "bad secret cle\u0301-secre\u0300te"}"#,
            "{\"status\": \"44\", \"desc\": \"bad secret cle\u{301}-secre\u{300}te\"}",
            #"{"status": "cle\u0301-secre\u0300te"}"#,
            // One accent composed, the other not, escaped or not, or percent-encoded with a form's `+` (an attack).
            #"{"status": "44", "desc": "bad secret cle\u0301-secr\u00e8te"}"#,
            "{\"status\": \"44\", \"desc\": \"bad secret cle\u{301}-secr\u{E8}te\"}",
            #"{"status": "44", "desc": "https://x.example/cb?s=cle%CC%81-secr%C3%A8te"}"#,
        ]
        for echo in echoes {
            let client = Ginota.Client(
                transport: ScriptedTransport(status: 200, body: echo), configuration: ClientConfiguration(credentials: .fields(["apiKey": Self.apiKey, "apiSecret": composed])))
            let error = try await #require(throws: ProviderError.self) { try await client.sendSMS(Self.ginotaRequest()) }
            var dumped = ""
            dump(error, to: &dumped)
            for text in ["\(error)", dumped, String(decoding: error.rawBody ?? Data(), as: UTF8.self), "\(error.reports)"] {
                #expect(!text.contains("-secr") && !text.contains("%CC%81"), "\(text)")
            }
        }
        // A key echoed with its escapes mixed (one `/` escaped, one not), which the CLI already redacted.
        let slashed: Secret = "ab/cd/ef-9876"
        let client = Ginota.Client(
            transport: ScriptedTransport(status: 200, body: #"{"status": "44", "desc": "key ab%2Fcd/ef-9876"}"#),
            configuration: ClientConfiguration(credentials: .fields(["apiKey": slashed, "apiSecret": composed])))
        let error = try await #require(throws: ProviderError.self) { try await client.sendSMS(Self.ginotaRequest()) }
        #expect(!String(decoding: error.rawBody ?? Data(), as: UTF8.self).contains("9876"))
    }

    /// Spellings servers write that the list missed (attack review): .NET's `\u002B` for `+` and uppercase `\u00E9`,
    /// a form's `+` for a space and lowercase percent escapes as an echoed query writes them, and a JSON answer in
    /// UTF-16 (which the client reads), whose bytes hold no UTF-8 spelling at all.
    @Test func echoedSecretsInEveryEscapeAndEncodingAreRedacted() async throws {
        let key: Secret = "k3y+Sécret/abcdef=", secret: Secret = "pw+with space/é0123"
        let client = { (answer: ScriptedTransport.Answer) in
            Ginota.Client(transport: ScriptedTransport([answer]), configuration: ClientConfiguration(credentials: .fields(["apiKey": key, "apiSecret": secret])))
        }
        let echo = #"{"status":"7","echo":"k3y+S\u00E9cret/abcdef="}"#
        let bodies = [
            Data(#"{"status":"7","echo":"k3y\u002BS\u00E9cret\/abcdef\u003D"}"#.utf8), Data(echo.utf8),
            Data(#"{"status":"7","echo":"apiSecret=pw%2Bwith+space%2F%C3%A90123"}"#.utf8),
            Data(#"{"status":"7","echo":"apiKey=k3y%2bS%c3%a9cret%2fabcdef%3d"}"#.utf8),
            try #require(echo.data(using: .utf16LittleEndian)), try #require(echo.data(using: .utf16)),
        ]
        for body in bodies {
            let error = try await #require(throws: ProviderError.self) {
                try await client(.init(status: 200, body: "", bytes: body)).sendSMS(Self.ginotaRequest())
            }
            #expect(error.rawCode == "7")
            let raw = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
            #expect(raw.contains("<redacted>"), "\(raw)")
            for leak in ["k3y", "abcdef", "pw%2B", "with+space", "with space"] { #expect(!raw.contains(leak), "\(leak) in \(raw)") }
        }
    }

    /// Three more echoes the client kept (attack review): a non-ASCII secret in a Latin-1 answer, a secret holding
    /// `&`, `<` or `>` as an HTML or XML page escapes it, and a UTF-16 answer with a stray byte after its last unit,
    /// which fell back to matching UTF-8 bytes.
    @Test func echoesInLatin1EntitiesAndTruncatedUTF16AreRedacted() async throws {
        let key: Secret = "p&ss<w0rd>-x9'q", secret: Secret = "Geheimnis-für-uns-2024"
        let client = { (answer: ScriptedTransport.Answer) in
            Ginota.Client(transport: ScriptedTransport([answer]), configuration: ClientConfiguration(credentials: .fields(["apiKey": key, "apiSecret": secret])))
        }
        let echo = #"{"status":"7","echo":"Geheimnis-für-uns-2024"}"#
        let bodies = [
            try #require(echo.data(using: .isoLatin1)),
            Data(#"{"status":"7","echo":"p&amp;ss&lt;w0rd&gt;-x9&#39;q"}"#.utf8),
            Data(#"{"status":"7","echo":"p&#38;ss&#60;w0rd&#62;-x9&#39;q"}"#.utf8),
            Data(#"{"status":"7","echo":"p&#x26;ss&#x3C;w0rd&#x3E;-x9&#x27;q"}"#.utf8),
            // Some of them escaped, as XML text (`&`, `<`) or PHP before 8.1 (not `'`) writes it (final read).
            Data(#"{"status":"7","echo":"p&amp;ss&lt;w0rd>-x9'q"}"#.utf8), Data(#"{"status":"7","echo":"p&amp;ss&lt;w0rd&gt;-x9'q"}"#.utf8),
            // Not UTF-16 as a whole: the answer is undecodable, and the body it quotes redacted.
            try #require(echo.data(using: .utf16LittleEndian)) + Data([0x20]),
            // UTF-8 with a NUL among its first bytes and an odd length: read as UTF-16 once its last byte was dropped,
            // which hid the secret in text whose re-encoding held it (final read).
            Data("a\u{0}b Geheimnis-für-uns-2024 ok!".utf8), Data("a\u{0}b Geheimnis-für-uns-2024 ok".utf8),
        ]
        for body in bodies {
            let raw: Data
            do {
                _ = try await client(.init(status: 200, body: "", bytes: body)).sendSMS(Self.ginotaRequest())
                Issue.record("no error for \(body)")
                continue
            } catch let error as ProviderError {
                raw = error.rawBody ?? Data()
            } catch ProviderClientError.undecodableAnswer(_, _, _, _, let body) {
                raw = body
            }
            let shown = String(decoding: raw, as: UTF8.self) + (String(data: raw, encoding: .isoLatin1) ?? "")
            #expect(shown.contains("<redacted>"), "\(shown)")
            for leak in ["Geheimnis", "w0rd"] { #expect(!shown.contains(leak), "\(leak) in \(shown)") }
        }
    }

    // MARK: RajaSMS: a failed packet under a global success

    static func rajaSMS(_ transport: ScriptedTransport) -> RajaSMS.Client {
        RajaSMS.Client(
            serverURL: URL(string: "http://203.0.113.7")!, transport: transport,
            configuration: ClientConfiguration(credentials: .fields(["apikey": apiKey])))
    }

    static let rajaSMSRequest = RajaSMS.SendRequest(
        apiKey: "placeholder", dataPacket: [RajaSMS.Packet(number: "6281234567890", message: "Hello"), RajaSMS.Packet(number: "6281234567891", message: "Hi")])

    @Test func rajaSMSSendReturnsEveryPacketOfTheDocumentsAnswer() async throws {
        let transport = ScriptedTransport(status: 200, body: try Fixtures.text("rajasms/send-response.json"))
        let response = try await Self.rajaSMS(transport).sendRegular(Self.rajaSMSRequest)
        #expect(response.results.first?.dataPacket?.map(\.packet.sendingID) == [12_345_788, 9_775_454_545])
        let sent = try #require(transport.sent.first)
        #expect(sent.request.path == "/sms/api_sms_reguler_send_json.php")
        #expect(sent.body.contains(#""apikey":"key-4f1c2d9e-never-printed""#))
    }

    @Test func aFailedPacketUnderAGlobalSuccessThrowsAndIsNeverRetried() async throws {
        // The documents' answer with its second packet failed as sending.tsv's 60 (Invalid Number).
        let body = try Fixtures.text("rajasms/send-response.json")
            .replacingOccurrences(of: "\"sendingid\": 9775454545,\n            \"sendingstatus\": 10", with: "\"sendingid\": 0,\n            \"sendingstatus\": 60")
        #expect(body.contains("\"sendingstatus\": 60"))
        let transport = ScriptedTransport([.init(status: 200, body: body), .init(status: 200, body: body)])
        let client = RajaSMS.Client(
            serverURL: URL(string: "http://203.0.113.7")!, transport: transport,
            configuration: ClientConfiguration(credentials: .fields(["apikey": Self.apiKey]), retryPolicy: .registryDriven, sleep: RecordedSleeps().sleep))
        let error = try await #require(throws: ProviderError.self) { try await client.sendRegular(Self.rajaSMSRequest) }
        #expect(error.table == "SendingStatus")
        #expect(error.rawCode == "60")
        #expect(error.httpStatus == 200)
        #expect(transport.sent.count == 1)
        // The error carries the answer it read: the accepted packet's id, and every code with where it sits.
        let answer = try #require(error.answer(as: RajaSMS.SendResponse.self))
        #expect(answer.results.first?.dataPacket?.map(\.packet.sendingID) == [12_345_788, 0])
        let accepted = answer.results.flatMap { $0.dataPacket ?? [] }.filter { $0.packet.sendingStatus.outcome == .success }
        #expect(accepted.map(\.packet.sendingID) == [12_345_788])
        #expect(error.answer(as: Ginota.SendResponse.self) == nil)
        #expect(error.reports.map(\.path) == ["sending_respon[0].globalstatus", "sending_respon[0].datapacket[0].packet.sendingstatus", "sending_respon[0].datapacket[1].packet.sendingstatus"])
        #expect(error.reports.map(\.outcome) == [.success, .success, .failure])
        #expect(error.reports.map(\.rawCode) == ["10", "10", "60"])
    }

    /// A failure's answer is carried as decoded; when it echoes a credential, the credential shows neither in the
    /// error's description nor in what `dump` reflects.
    @Test func aFailuresAnswerIsCarriedAndNotReflected() async throws {
        let body = #"{"status": "7", "desc": "bad key key-4f1c2d9e-never-printed"}"#
        let error = try await #require(throws: ProviderError.self) {
            try await Self.ginota(ScriptedTransport(status: 200, body: body)).sendSMS(Self.ginotaRequest())
        }
        let answer = try #require(error.answer(as: Ginota.SendResponse.self))
        #expect(answer.status == Ginota.Status(wireCode: "7"))
        #expect(error.reports.map(\.path) == ["status"])
        var dumped = ""
        dump(error, to: &dumped)
        for text in ["\(error)", String(reflecting: error), dumped] {
            #expect(!text.contains("never-printed"), "\(text)")
        }
        #expect(dumped.contains("rawCode: \"7\""))
    }

    @Test func aCredentialFieldTheSpecDoesNotNameIsRefused() async throws {
        let client = RajaSMS.Client(
            serverURL: URL(string: "http://203.0.113.7")!, transport: ScriptedTransport([]),
            configuration: ClientConfiguration(credentials: .fields(["token": Self.apiKey])))
        await #expect(throws: ProviderClientError.notACredentialField(provider: "rajasms", field: "token")) {
            try await client.sendRegular(Self.rajaSMSRequest)
        }
    }

    /// A key spelling a credential field's wire name apart from case, `_`, `-` and `.` is that field: a user's
    /// EBulkSMS `apiKey` (the Swift property) for `apikey` was refused with no hint.
    @Test func aCredentialKeyedByItsPropertyNameFillsItsField() async throws {
        let transport = ScriptedTransport(status: 200, body: try Fixtures.text("rajasms/send-response.json"))
        let client = RajaSMS.Client(
            serverURL: URL(string: "http://203.0.113.7")!, transport: transport,
            configuration: ClientConfiguration(credentials: .fields(["apiKey": Self.apiKey])))
        _ = try? await client.sendRegular(Self.rajaSMSRequest)
        let sent = try #require(transport.sent.first)
        #expect(sent.body.contains(#""apikey":"key-4f1c2d9e-never-printed""#), "\(sent.body)")
        #expect(throws: ProviderClientError.notACredentialField(provider: "acme", field: "API_KEY")) {
            try CredentialFields.wireNamed(["API_KEY": "k"], among: ["apikey", "api-key"], provider: "acme")
        }
    }

    // MARK: Bind: REJECTED under HTTP 200, account errors under 401, statuses without a body

    static func bind(_ transport: ScriptedTransport) -> Bind.Client {
        Bind.Client(transport: transport, configuration: ClientConfiguration(credentials: .apiKey(apiKey)))
    }

    static let bindRequest = Bind.SendTemplateRequest(id: "3f0c8a56-template", to: "385911234567", params: ["name": "Ana"])

    @Test func everyRowOfBindsSendErrorTableIsTheProviderErrorItDescribes() async throws {
        for row in try Fixtures.table("bind/send-errors.tsv") {
            let status = try #require(Int(row["http_status"] ?? ""))
            let body = #"{"status": "\#(row["status"]!)", "error_message": "\#(row["error_message"]!)"}"#
            let transport = ScriptedTransport(status: status, body: body)
            if row["status"] == "ACCEPTED" {
                let response = try await Self.bind(transport).sendTemplate(Self.bindRequest)
                #expect(response.status == .accepted)
                continue
            }
            let error = try await #require(throws: ProviderError.self) { try await Self.bind(transport).sendTemplate(Self.bindRequest) }
            #expect(error.rawCode == row["error_message"])
            #expect(error.table == "SendError")
            #expect(error.httpStatus == status)
            #expect(error.entry?.description == row["description"])
        }
    }

    /// B16: REJECTED is a failure by itself; the documents do not promise an `error_message` beside it.
    @Test func bindRejectedWithoutAnErrorMessageIsAProviderError() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"status": "REJECTED"}"#)
        let error = try await #require(throws: ProviderError.self) { try await Self.bind(transport).sendTemplate(Self.bindRequest) }
        #expect(error.table == "SendStatus")
        #expect(error.rawCode == "REJECTED")
        #expect(error.httpStatus == 200)
    }

    /// The tables a response lists decide whether the request failed; a code of another table in the answer is
    /// data (a looked-up message's delivery status): the answer is the result. A response listing no table leaves
    /// every code to decide, so no failure goes unnoticed; one that says `tables: []` (Twilio's fetched message,
    /// whose status and error code are both data) leaves none.
    @Test func onlyTheTablesTheResponseListsDecideTheOutcome() async throws {
        let rejected = #"{"status": "REJECTED", "error_message": "OUT_OF_BALANCE"}"#
        func lookup(listing tables: [String], codesDecide: Bool = true) async throws -> Bind.SendResponse {
            let operation = OperationDescriptor(
                provider: "bind", id: "lookUp", summary: "Looks a send up.", method: "GET", path: "/sends/1", encoding: .none, request: nil,
                responses: [ResponseDescriptor(httpStatus: 200, message: "SendResponse", tables: tables, codesDecide: codesDecide)])
            return try await Self.bind(ScriptedTransport(status: 200, body: rejected)).providerClient.send(
                NoRequest(), as: operation, reading: AnswerReading(messages: ["SendResponse": .result(Bind.SendResponse.self)]))
        }
        let looked = try await lookup(listing: ["HTTPStatus"])
        #expect(looked.status == .rejected && looked.errorMessage == .outOfBalance)
        #expect(looked.failures.count == 2)  // still reported as failures of the message looked up
        let decided = try await #require(throws: ProviderError.self) { try await lookup(listing: ["SendStatus"]) }
        #expect(decided.table == "SendStatus" && decided.rawCode == "REJECTED")
        let unlisted = try await #require(throws: ProviderError.self) { try await lookup(listing: []) }
        #expect(unlisted.table == "SendError" && unlisted.rawCode == "OUT_OF_BALANCE")
        let data = try await lookup(listing: [], codesDecide: false)
        #expect(data.status == .rejected && data.errorMessage == .outOfBalance && data.failures.count == 2)
    }

    /// An answer whose envelope and whose every number carry codes of one table (SMS.ru's `status_code`, at the top and
    /// in `sms.<number>`), listed in both `tables` and `reports`: the envelope's code decides, and a number's refusal
    /// inside a map's value or a list's element is reported beside the numbers sent (a user's SMS.ru spec wrote the
    /// table twice to say so).
    @Test func aTableInTablesAndReportsDecidesOutsideEntriesAndIsReportedInThem() async throws {
        struct PerNumber: Decodable, Sendable, StatusCarrying {
            var status: Bind.SendStatus
            var numbers: [String: Bind.SendResponse]
            var retried: [Bind.SendStatus]
            func statusReports(at path: String) -> [StatusReport] {
                let prefix = path.isEmpty ? "" : path + "."
                return status.statusReports(at: prefix + "status") + numbers.statusReports(at: prefix + "numbers") + retried.statusReports(at: prefix + "retried")
            }
        }
        func send(_ body: String, reportedInEntries: [String]) async throws -> PerNumber {
            let operation = OperationDescriptor(
                provider: "bind", id: "sendMany", summary: "Sends to several numbers.", method: "POST", path: "/send", encoding: .json, request: nil,
                responses: [ResponseDescriptor(httpStatus: 200, message: "PerNumber", tables: ["SendStatus"], reportedInEntries: reportedInEntries)])
            return try await Self.bind(ScriptedTransport(status: 200, body: body)).providerClient.send(
                NoRequest(), as: operation, reading: AnswerReading(messages: ["PerNumber": .result(PerNumber.self)]))
        }
        let oneRefused = #"{"status": "ACCEPTED", "numbers": {"385911234567": {"status": "ACCEPTED"}, "385917654321": {"status": "REJECTED"}}, "retried": ["REJECTED"]}"#
        let answer = try await send(oneRefused, reportedInEntries: ["SendStatus"])
        #expect(answer.failures.map(\.path) == ["numbers.385917654321.status", "retried[0]"])
        #expect(answer.failures.allSatisfy(\.isInEntry) && !answer.statusReports[0].isInEntry)
        // Listed in `tables` alone, every code of the table decides, a number's too.
        let decidedByNumber = try await #require(throws: ProviderError.self) { try await send(oneRefused, reportedInEntries: []) }
        #expect(decidedByNumber.rawCode == "REJECTED" && decidedByNumber.reports.count == 4)
        // The envelope's refusal decides whatever the numbers say.
        let allRefused = oneRefused.replacingOccurrences(of: #"{"status": "ACCEPTED", "numbers""#, with: #"{"status": "REJECTED", "numbers""#)
        let refused = try await #require(throws: ProviderError.self) { try await send(allRefused, reportedInEntries: ["SendStatus"]) }
        #expect(refused.rawCode == "REJECTED" && refused.reports.first?.path == "status")
    }

    @Test func bindSendsTheKeyHeaderAndThePathParameter() async throws {
        let transport = ScriptedTransport(status: 200, body: #"{"status": "ACCEPTED", "message_id": "8bd71f49", "error_message": "OK"}"#)
        let response = try await Self.bind(transport).sendTemplate(Self.bindRequest)
        #expect(response.messageID == "8bd71f49")
        let sent = try #require(transport.sent.first)
        #expect(sent.request.path == "/v1.0/sms/template/3f0c8a56-template/send")
        #expect(sent.header("X-API-KEY") == Self.apiKey.value)
        #expect(sent.body.contains(#""to":"385911234567""#))
    }

    @Test func aStatusWithoutABodyShapeIsAProviderErrorOfThatStatus() async throws {
        let transport = ScriptedTransport(status: 404, body: "Not Found")
        let error = try await #require(throws: ProviderError.self) { try await Self.bind(transport).sendTemplate(Self.bindRequest) }
        #expect(error.rawCode == "404")
        #expect(error.httpStatus == 404)
        #expect(error.table == nil)
        #expect(error.entry == nil)
        #expect(!error.isRetryable)
    }

    // MARK: Fortytwo: −53 under HTTP 200, the HTTP-status table, Retry-After

    static func fortytwo(_ transport: ScriptedTransport, retry: RetryPolicy = .none, sleeps: RecordedSleeps = RecordedSleeps()) -> Fortytwo.Client {
        Fortytwo.Client(
            transport: transport,
            configuration: ClientConfiguration(credentials: .apiKey(apiKey), retryPolicy: retry, sleep: sleeps.sleep, now: { Date(timeIntervalSince1970: 1_700_000_000) }))
    }

    @Test func fortytwoRequestCodeDecodesTheDocumentsAnswerUnder201() async throws {
        let transport = ScriptedTransport(status: 201, body: try Fixtures.text("fortytwo/request-code-response.json"))
        let response = try await Self.fortytwo(transport).requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        #expect(response.result?.messageID == "14466445287300014003")
        #expect(transport.sent.first?.header("Authorization") == "Token \(Self.apiKey.value)")
    }

    @Test func fortytwoExpiredCodeUnderHTTP200IsAProviderError() async throws {
        let row = try #require(try Fixtures.table("fortytwo/result-codes.tsv").first { $0["code"] == "-53" })
        let body = try Fixtures.text("fortytwo/validate-code-response.json")
            .replacingOccurrences(of: "\"status_code\": 0", with: "\"status_code\": \(row["code"]!)")
            .replacingOccurrences(of: "\"Valid\"", with: "\"\(row["message"]!)\"")
        let transport = ScriptedTransport(status: Int(row["http_status"]!)!, body: body)
        let error = try await #require(throws: ProviderError.self) {
            try await Self.fortytwo(transport).validateCode(Fortytwo.ValidateCodeRequest(clientRef: "ref1", code: "123456"))
        }
        #expect(error.rawCode == "-53")
        #expect(error.table == "ResultCode")
        #expect(error.httpStatus == 200)
        #expect(transport.sent.first?.request.path == "/2fa/ref1/123456")
    }

    @Test func aSuccessBodyThatIsNotTheDocumentedShapeNamesTheField() async throws {
        let body = try Fixtures.text("fortytwo/request-code-response.json").replacingOccurrences(of: "\"status_code\": 0,", with: "")
        let transport = ScriptedTransport(status: 201, body: body)
        let error = try await #require(throws: ProviderClientError.self) {
            try await Self.fortytwo(transport).requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        }
        guard case .undecodableAnswer(let operation, let status, let message, let problem, let raw) = error else { Issue.record("\(error)"); return }
        #expect(operation == "requestCode")
        #expect(status == 201)
        #expect(message == "Response")
        #expect(problem.contains("result_info.status_code"))
        #expect(raw == Data(body.utf8))
        // Said of any message name (it was "is not a Accepted").
        #expect("\(error)".hasPrefix("requestCode: the HTTP 201 answer does not decode as Response: "), "\(error)")
    }

    /// A captive portal or a proxy's error page under 2xx: the problem says the answer was labelled as no JSON, as a
    /// receiver says of a callback. A JSON label adds nothing.
    @Test func anHTMLPageUnder2xxSaysItsContentType() async throws {
        let page = "<!DOCTYPE html><html><body>Please log in</body></html>"
        for (contentType, note) in [
            ("text/html; charset=utf-8", #" (the answer's Content-Type is "text/html; charset=utf-8"; this answer is JSON)"#),
            ("application/json", ""),
        ] {
            let transport = ScriptedTransport(status: 201, body: page, headers: ["Content-Type": contentType])
            let error = try await #require(throws: ProviderClientError.self) {
                try await Self.fortytwo(transport).requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
            }
            guard case .undecodableAnswer(_, let status, _, let problem, _) = error else { Issue.record("\(error)"); continue }
            #expect(status == 201)
            #expect(problem.hasPrefix("at `(top level)`: Not valid JSON"), "\(problem)")
            #expect(problem.hasSuffix(note) && problem.contains("Content-Type") == !note.isEmpty, "\(problem)")
        }
    }

    /// An operation that sends no credentials (`auth: none`, a login that obtains them: Skebby's) is sent without the
    /// provider's, and a client without any sends it: a user had to give made-up header values, which went to the
    /// gateway, for the client to log in. Every other operation still asks for them.
    @Test func anOperationThatSendsNoCredentialsIsSentWithout() async throws {
        let login = OperationDescriptor(
            provider: "bind", id: "login", summary: "", method: "GET", path: "/login", encoding: .query, request: nil,
            responses: [ResponseDescriptor(httpStatus: 200, message: "FormAnswer", tables: [])], sendsCredentials: false)
        let reading = AnswerReading(messages: ["FormAnswer": .result(FormAnswer.self, wire: .form)])
        for credentials in [nil, Credentials.apiKey(Self.apiKey)] {
            let transport = ScriptedTransport(status: 200, body: "text=key", headers: ["Content-Type": "application/x-www-form-urlencoded"])
            let client = ProviderClient(
                provider: Bind.provider, tables: [], serverURL: URL(string: "https://api.bind.example")!, transport: transport,
                configuration: ClientConfiguration(credentials: credentials))
            #expect(try await client.send(NoRequest(), as: login, reading: reading) == FormAnswer(text: "key"))
            #expect(transport.sent.first?.header("X-API-KEY") == nil)
            let send = OperationDescriptor(
                provider: "bind", id: "send", summary: "", method: "GET", path: "/send", encoding: .query, request: nil, responses: login.responses)
            if credentials == nil {
                await #expect(throws: RequestBuildingError.self) { try await client.send(NoRequest(), as: send, reading: reading) }
            }
            // Built by hand too (an attack: `httpRequest` sent the key to the login).
            let parts = try NoRequest().httpRequest(for: login, baseURL: "https://api.bind.example", authentication: Bind.provider.authentication, credentials: credentials)
            #expect(!parts.headers.contains { $0.name.lowercased() == "x-api-key" }, "\(parts)")
        }
    }

    struct FormAnswer: Decodable, Sendable, Equatable {
        var text: String
    }

    /// An answer written as a form is read in the charset its Content-Type declares, as a receiver reads a callback:
    /// a legacy gateway's `text=Caf%E9` under ISO-8859-1 is "Café" (it was an undecodable answer: not valid UTF-8).
    @Test func aFormAnswerIsReadInTheCharsetItsContentTypeDeclares() async throws {
        let operation = OperationDescriptor(
            provider: "legacy", id: "status", summary: "", method: "GET", path: "/status", encoding: .query, request: nil,
            responses: [ResponseDescriptor(httpStatus: 200, message: "FormAnswer", tables: [])])
        let reading = AnswerReading(messages: ["FormAnswer": .result(FormAnswer.self, wire: .form)])
        func send(_ contentType: String) async throws -> FormAnswer {
            let client = ProviderClient(
                provider: ProviderDescriptor(id: "legacy", name: "Legacy", baseURLs: [], authentication: .requestFields([]), sources: []), tables: [],
                serverURL: URL(string: "https://legacy.example")!,
                transport: ScriptedTransport(status: 200, body: "text=Caf%E9+%80", headers: ["Content-Type": contentType]))
            return try await client.send(NoRequest(), as: operation, reading: reading)
        }
        #expect(try await send("application/x-www-form-urlencoded; charset=iso-8859-1") == FormAnswer(text: "Café \u{80}"))
        #expect(try await send("application/x-www-form-urlencoded; charset=windows-1252") == FormAnswer(text: "Café €"))
        let error = try await #require(throws: ProviderClientError.self) { try await send("application/x-www-form-urlencoded") }
        guard case .undecodableAnswer(_, _, _, let problem, _) = error else { Issue.record("\(error)"); return }
        #expect(problem == #"at `text`: The value of field "text" is not valid UTF-8 after percent-decoding."#)
    }

    /// An error status whose body holds no code was read as the body table's code of the same number: Fast2SMS's
    /// 401 "Sender ID Missing" (answered under HTTP 400) for an empty HTTP 401, a bad request where the gateway refused
    /// the key (a user). A row is the status's only where it names that status, or names none.
    @Test func anErrorStatusIsNoBodyCodeThatDocumentsAnotherStatus() async throws {
        let table = StatusTable(
            provider: "f2s", id: "StatusCode", title: "Codes", source: "docs", isNumeric: true, wireFormat: .number,
            rows: [
                .row("401", "Sender ID Missing", http: [400], category: .invalidRequest),
                .row("404", "Not found here", category: .invalidRequest),
            ])
        let operation = OperationDescriptor(
            provider: "f2s", id: "wallet", summary: "", method: "GET", path: "/wallet", encoding: .query, request: nil,
            responses: [ResponseDescriptor(httpStatus: 400, message: nil, tables: ["StatusCode"]), ResponseDescriptor(httpStatus: nil, message: nil, tables: ["StatusCode"])])
        func send(_ status: Int) async throws -> ProviderError {
            let client = ProviderClient(
                provider: ProviderDescriptor(id: "f2s", name: "F2S", baseURLs: [], authentication: .requestFields([]), sources: []), tables: [table],
                serverURL: URL(string: "https://f2s.example")!, transport: ScriptedTransport(status: status, body: ""))
            return try await #require(throws: ProviderError.self) {
                let _: FormAnswer = try await client.send(NoRequest(), as: operation, reading: AnswerReading(messages: [:]))
            }
        }
        let unauthorized = try await send(401)
        #expect(unauthorized.rawCode == "401" && unauthorized.entry == nil && unauthorized.httpStatus == 401)
        // A row that names no status of its own is still the status's.
        #expect(try await send(404).entry?.description == "Not found here")
    }

    struct TextReply: TextMessage, Decodable, Sendable, Equatable {
        static var textForms: TextForms { ["{code}: {text}", "ID: {id}"] }
        var code: Int?
        var text: String?
        var id: String?
    }

    /// An answer in plain text (Kannel's `0: Accepted for delivery`) is read by its forms, whatever its Content-Type
    /// says; one of no form is an undecodable answer that names the forms.
    @Test func aTextAnswerIsReadByItsForms() async throws {
        let operation = OperationDescriptor(
            provider: "legacy", id: "send", summary: "", method: "GET", path: "/cgi-bin/sendsms", encoding: .query, request: nil,
            responses: [ResponseDescriptor(httpStatus: 202, message: "TextReply", tables: [])])
        let reading = AnswerReading(messages: ["TextReply": .result(TextReply.self, wire: .text)])
        func send(_ body: String, _ contentType: String) async throws -> TextReply {
            let client = ProviderClient(
                provider: ProviderDescriptor(id: "legacy", name: "Legacy", baseURLs: [], authentication: .requestFields([]), sources: []), tables: [],
                serverURL: URL(string: "https://legacy.example")!,
                transport: ScriptedTransport(status: 202, body: body, headers: ["Content-Type": contentType]))
            return try await client.send(NoRequest(), as: operation, reading: reading)
        }
        #expect(try await send("0: Accepted for delivery\n", "text/plain") == TextReply(code: 0, text: "Accepted for delivery"))
        #expect(try await send("ID: 3a63b6c5", "text/html; charset=utf-8") == TextReply(id: "3a63b6c5"))
        // ASCII reads alike in a charset that writes ASCII as ASCII: a confirmed send labelled windows-1258 (a user:
        // Netgsm's `00 1311033503`) was an undecodable answer, taken for a failure and sent again.
        #expect(try await send("0: Accepted for delivery", "text/html; charset=windows-1258") == TextReply(code: 0, text: "Accepted for delivery"))
        #expect(try await send("0: Accepted for delivery", "text/html; charset=ISO-8859-9") == TextReply(code: 0, text: "Accepted for delivery"))
        let error = try await #require(throws: ProviderClientError.self) { try await send("Queued", "text/plain") }
        guard case .undecodableAnswer(_, _, _, let problem, _) = error else { Issue.record("\(error)"); return }
        #expect(problem == #"at `(top level)`: The answer "Queued" takes none of its forms: "{code}: {text}" or "ID: {id}"."#)
    }

    /// One line of a plain-text answer per recipient, with a status code of a table.
    struct RecipientReply: TextMessage, Decodable, Sendable, Hashable, StatusCarrying {
        static var textForms: TextForms { ["OK {id} TO {to}", "ERR {status} TO {to}"] }
        var id: String?
        var to: String
        var status: Ginota.Status?

        func statusReports(at path: String) -> [StatusReport] {
            status.map { [StatusReport($0, at: path.isEmpty ? "status" : "\(path).status")] } ?? []
        }
    }

    /// An answer of one line per recipient is a list, each line read by its forms; a code in any line decides, so a
    /// refused recipient is a `ProviderError` whose answer holds every line, the accepted ones with their ids.
    @Test func aLineOfARecipientRefusedThrowsWithEveryLine() async throws {
        let operation = OperationDescriptor(
            provider: "legacy", id: "send", summary: "", method: "GET", path: "/sendmsg", encoding: .query, request: nil,
            responses: [ResponseDescriptor(httpStatus: 200, message: "Replies", tables: [])])
        let reading = AnswerReading(messages: ["Replies": .result([RecipientReply].self, wire: .text)])
        func send(_ body: String) async throws -> [RecipientReply] {
            let client = ProviderClient(
                provider: ProviderDescriptor(id: "legacy", name: "Legacy", baseURLs: [], authentication: .requestFields([]), sources: []),
                tables: [Ginota.Status.table], serverURL: URL(string: "https://legacy.example")!, transport: ScriptedTransport(status: 200, body: body))
            return try await client.send(NoRequest(), as: operation, reading: reading)
        }
        #expect(try await send("OK a1 TO 601\r\nOK a2 TO 602\n") == [RecipientReply(id: "a1", to: "601"), RecipientReply(id: "a2", to: "602")])
        let error = try await #require(throws: ProviderError.self) { try await send("OK a1 TO 601\nERR 44 TO 602\nOK a3 TO 603") }
        #expect(error.rawCode == "44")
        #expect(error.reports.map(\.path) == ["[1].status"])
        #expect(error.answer(as: [RecipientReply].self)?.compactMap(\.id) == ["a1", "a3"])
        // A line of no form is no list that silently lacks it.
        let unread = try await #require(throws: ProviderClientError.self) { try await send("OK a1 TO 601\nQUEUED") }
        guard case .undecodableAnswer(_, _, _, let problem, _) = unread else { Issue.record("\(unread)"); return }
        #expect(problem.hasPrefix(#"at `[1]`: line 2: The answer "QUEUED" takes none of its forms"#), "\(problem)")
    }

    /// An answer that is a JSON list (a list shape) carries its elements' codes too: a refused element throws.
    @Test func aRefusedElementOfAJSONListAnswerThrows() async throws {
        let operation = OperationDescriptor(
            provider: "legacy", id: "send", summary: "", method: "POST", path: "/send", encoding: .json, request: nil,
            responses: [ResponseDescriptor(httpStatus: 200, message: "Replies", tables: [])])
        let client = ProviderClient(
            provider: ProviderDescriptor(id: "legacy", name: "Legacy", baseURLs: [], authentication: .requestFields([]), sources: []),
            tables: [Ginota.Status.table], serverURL: URL(string: "https://legacy.example")!,
            transport: ScriptedTransport(status: 200, body: #"[{"id": "a1", "to": "601"}, {"to": "602", "status": "44"}]"#))
        let error = try await #require(throws: ProviderError.self) {
            try await client.send(NoRequest(), as: operation, reading: AnswerReading(messages: ["Replies": .result([RecipientReply].self)]))
        }
        #expect(error.rawCode == "44")
        #expect(error.reports.map(\.path) == ["[1].status"])
        #expect([RecipientReply(to: "1", status: Ginota.Status(wireCode: "44"))].failures.map(\.path) == ["[0].status"])
    }

    /// A text answer that quotes a secret of the request and takes no form: the error quoting the answer keeps
    /// `<redacted>`, as for JSON.
    @Test func aTextAnswerEchoingASecretDoesNotPrintIt() async throws {
        let operation = OperationDescriptor(
            provider: "bind", id: "setPIN", summary: "Sets a PIN.", method: "POST", path: "/pin", encoding: .json, request: "PINRequest",
            responses: [ResponseDescriptor(httpStatus: 200, message: "TextReply", tables: [])])
        let bind = Bind.Client(
            transport: ScriptedTransport(status: 200, body: "PIN 7319-never-printed is too weak\n"),
            configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey)))
        let error = try await #require(throws: ProviderClientError.self) {
            try await bind.providerClient.send(
                PINRequest(to: "385911234567", pin: "7319-never-printed"), as: operation,
                reading: AnswerReading(messages: ["TextReply": .result(TextReply.self, wire: .text)]))
        }
        var dumped = ""
        dump(error, to: &dumped)
        // Looked for by its words: a dump shows pointers, whose digits may hold "7319" (one run's did).
        for text in ["\(error)", dumped] {
            #expect(!text.contains("never-printed") && text.contains("takes none of its forms"), "\(text)")
        }
    }

    @Test func throttlingIsRetriedAfterTheWaitTheProviderAsksFor() async throws {
        let throttled = ScriptedTransport.Answer(status: 429, body: "", headers: ["Retry-After": "7"])
        let dated = ScriptedTransport.Answer(status: 429, body: "", headers: ["Retry-After": "Tue, 14 Nov 2023 22:13:32 GMT"])
        let created = ScriptedTransport.Answer(status: 201, body: try Fixtures.text("fortytwo/request-code-response.json"))
        let transport = ScriptedTransport([throttled, dated, created])
        let sleeps = RecordedSleeps()
        let policy = RetryPolicy(maximumAttempts: 3, initialDelay: .seconds(1))
        _ = try await Self.fortytwo(transport, retry: policy, sleeps: sleeps)
            .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        // 1_700_000_000 is 22:13:20 GMT: the date asks for 12 s.
        #expect(sleeps.all == [.seconds(7), .seconds(12)])
        #expect(transport.sent.count == 3)
    }

    /// Whether to send again is the deciding codes' call: a throttled lookup whose looked-up item carries a final,
    /// non-retryable result code (a table the response does not list) is retried. It was not: every code of the
    /// answer had to be a retryable failure. A POST is still never sent again while any code in its answer
    /// succeeded or is pending, deciding or not: those parts would be sent twice.
    @Test func theDecidingCodesSayWhetherToRetry() async throws {
        func attempts(_ method: String, listing tables: [String], resultCode: Int) async -> Int {
            let body = #"{"api_job_id": "j1", "result_info": {"status_code": \#(resultCode), "description": "…"}}"#
            let transport = ScriptedTransport([.init(status: 429, body: body), .init(status: 429, body: body)])
            let operation = OperationDescriptor(
                provider: "fortytwo", id: "lookUp", summary: "Looks a code up.", method: method, path: "/codes/1", encoding: .none, request: nil,
                responses: [ResponseDescriptor(httpStatus: nil, message: "Response", tables: tables)])
            _ = try? await Self.fortytwo(transport, retry: RetryPolicy(maximumAttempts: 2, initialDelay: .zero)).providerClient.send(
                NoRequest(), as: operation, reading: AnswerReading(messages: ["Response": .result(Fortytwo.Response.self)]))
            return transport.sent.count
        }
        // -52: the client ref exists (a final failure); 0: success.
        #expect(await attempts("GET", listing: ["HTTPStatus"], resultCode: -52) == 2)
        #expect(await attempts("GET", listing: ["HTTPStatus"], resultCode: 0) == 2)
        #expect(await attempts("GET", listing: ["HTTPStatus", "ResultCode"], resultCode: -52) == 1)
        #expect(await attempts("POST", listing: ["HTTPStatus"], resultCode: -52) == 2)
        #expect(await attempts("POST", listing: ["HTTPStatus"], resultCode: 0) == 1)
    }

    @Test func aRetryAfterLongerThanTheLimitEndsTheRetries() async throws {
        let transport = ScriptedTransport([.init(status: 429, body: "", headers: ["Retry-After": "3600"]), .init(status: 201, body: "{}")])
        let sleeps = RecordedSleeps()
        let error = try await #require(throws: ProviderError.self) {
            try await Self.fortytwo(transport, retry: .registryDriven, sleeps: sleeps)
                .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        }
        #expect(error.rawCode == "429")
        #expect(error.table == "HTTPStatus")
        #expect(error.category == .rateLimited)
        #expect(sleeps.all.isEmpty)
        #expect(transport.sent.count == 1)
    }

    /// A wait in seconds too long for an `Int` is still a wait longer than the limit: it was unreadable, so the
    /// request went again after the backoff's 0.5 s, to a server that had asked for centuries.
    @Test func aRetryAfterBeyondEveryIntegerEndsTheRetries() async throws {
        for asked in ["99999999999999999999", "9223372036854775808", String(repeating: "9", count: 400)] {
            let transport = ScriptedTransport([.init(status: 429, body: "", headers: ["Retry-After": asked]), .init(status: 201, body: "{}")])
            let sleeps = RecordedSleeps()
            await #expect(throws: ProviderError.self) {
                try await Self.fortytwo(transport, retry: .registryDriven, sleeps: sleeps)
                    .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
            }
            #expect(sleeps.all.isEmpty, "Retry-After: \(asked.prefix(24))")
            #expect(transport.sent.count == 1)
        }
    }

    /// Two `Retry-After` fields (a proxy repeating one) were read joined, "120, 120", which is no wait: the request went
    /// again after 0.5 s. Each field is read, and the longest wait asked for holds.
    @Test func repeatedRetryAfterFieldsAreReadOneByOne() async throws {
        final class TwoRetryAfters: ClientTransport, @unchecked Sendable {
            let lock = NSLock()
            var sent = 0
            func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                let count = lock.withLock { sent += 1; return sent }
                guard count == 1 else { return (HTTPResponse(status: .created), HTTPBody(try Fixtures.text("fortytwo/request-code-response.json"))) }
                var fields = HTTPFields()
                fields.append(HTTPField(name: .retryAfter, value: "20"))
                fields.append(HTTPField(name: .retryAfter, value: "12"))
                return (HTTPResponse(status: .tooManyRequests, headerFields: fields), HTTPBody())
            }
        }
        let sleeps = RecordedSleeps()
        _ = try await Fortytwo.Client(
            transport: TwoRetryAfters(),
            configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey), retryPolicy: .registryDriven, sleep: sleeps.sleep)
        ).requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        #expect(sleeps.all == [.seconds(20)])
    }

    /// Each `Retry-After` field was read as a date (a parse of its own, about a millisecond) for every failure, retries
    /// on or off: a 401 repeating the header 5,000 times took seconds. It is read only for a retry, the first few
    /// fields of it.
    @Test func retryAfterIsReadOnlyForARetryAndOnlyItsFirstFields() async throws {
        final class RepeatedRetryAfter: ClientTransport, @unchecked Sendable {
            let lock = NSLock()
            var sent = 0
            func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                lock.withLock { sent += 1 }
                var fields = HTTPFields()
                for _ in 0..<5_000 { fields.append(HTTPField(name: .retryAfter, value: "Tue, 14 Nov 2023 22:13:32 XYZ")) }
                fields.append(HTTPField(name: .retryAfter, value: "7"))
                return (HTTPResponse(status: .tooManyRequests, headerFields: fields), HTTPBody())
            }
        }
        let clock = ContinuousClock()
        for retry in [RetryPolicy.none, .registryDriven] {
            let transport = RepeatedRetryAfter(), sleeps = RecordedSleeps()
            let client = Fortytwo.Client(
                transport: transport, configuration: ClientConfiguration(credentials: .apiKey(Self.apiKey), retryPolicy: retry, sleep: sleeps.sleep))
            let time = await clock.measure {
                await #expect(throws: ProviderError.self) {
                    try await client.requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
                }
            }
            #expect(time < .seconds(2), "\(time)")
            // The "7" after 5,000 unreadable dates is not read: the backoff applies.
            #expect(sleeps.all == (retry == .none ? [] : [.milliseconds(500), .seconds(1)]))
            #expect(transport.sent == retry.maximumAttempts)
        }
    }

    /// RFC 9110 §5.6.7: a recipient reads all three forms of an HTTP date; delay-seconds are digits alone.
    @Test func retryAfterReadsEveryFormOfAnHTTPDateAndOnlyDigitsAsSeconds() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT
        #expect(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:13:32 GMT", now: now) == .seconds(12))
        #expect(RetryPolicy.retryAfter("Tuesday, 14-Nov-23 22:13:32 GMT", now: now) == .seconds(12))
        #expect(RetryPolicy.retryAfter("Tue Nov 14 22:13:32 2023", now: now) == .seconds(12))
        #expect(RetryPolicy.retryAfter("Sun Nov  6 08:49:37 1994", now: now) == .zero)
        #expect(RetryPolicy.retryAfter(" 12 ", now: now) == .seconds(12))
        #expect(RetryPolicy.retryAfter("99999999999999999999", now: now) == .seconds(Int64.max))
        for unreadable in ["+7", "-5", "7.5", "0x10", "\u{0661}\u{0662}", "", "Tue, 14 Nov 2023 22:13:32 GMT junk"] {
            #expect(RetryPolicy.retryAfter(unreadable, now: now) == nil, "\(unreadable)")
        }
    }

    // MARK: OCA: errors as a body under non-2xx statuses, an operation without parameters

    static func oca(_ transport: ScriptedTransport, retry: RetryPolicy = .none) -> OCA.Client {
        OCA.Client(
            transport: transport,
            configuration: ClientConfiguration(credentials: .basic(username: "user", password: apiSecret), retryPolicy: retry, sleep: RecordedSleeps().sleep))
    }

    @Test func ocaSendDecodesTheDocumentsAnswerWithBasicAuthentication() async throws {
        let transport = ScriptedTransport(status: 200, body: try Fixtures.text("oca/send-response.json"))
        let response = try await Self.oca(transport).sendSMS(OCA.SendRequest(phone: "6281234567890", message: "Hello"))
        #expect(response.msgUID == "d3a925d0-0a3b-11eb-9c79-2f8d5c8e6f01")
        let expected = "Basic " + Data("user:\(Self.apiSecret.value)".utf8).base64EncodedString()
        #expect(transport.sent.first?.header("Authorization") == expected)
        #expect(transport.sent.first?.baseURL.absoluteString == "https://sms.ocatelkom.co.id/api/v1")
    }

    /// A provider that echoes the request's headers echoes the Basic credential as the header sends it (base64).
    @Test func anEchoedBasicAuthorizationHeaderIsRedacted() async throws {
        let header = Data("user:\(Self.apiSecret.value)".utf8).base64EncodedString()
        let echo = #"{"errors": [{"message": "Invalid Authentication Credentials", "code": 17}], "headers": {"Authorization": "Basic \#(header)"}}"#
        let error = try await #require(throws: ProviderError.self) { try await Self.oca(ScriptedTransport(status: 401, body: echo)).history() }
        let body = String(decoding: error.rawBody ?? Data(), as: UTF8.self)
        #expect(!body.contains(header))
        #expect(body.contains(#""Basic <redacted>""#))
    }

    @Test func ocaErrorBodiesUnderErrorStatusesAreProviderErrors() async throws {
        let credentials = ScriptedTransport(status: 401, body: try Fixtures.text("oca/error-credentials.json"))
        let error = try await #require(throws: ProviderError.self) { try await Self.oca(credentials).history() }
        #expect(error.rawCode == "17")
        #expect(error.table == "ErrorCode")
        #expect(error.httpStatus == 401)
        #expect(error.category == .authentication)
        #expect(credentials.sent.first?.request.method == .get)
        #expect(credentials.sent.first?.request.path == "/sms")

        let validation = ScriptedTransport(status: 406, body: try Fixtures.text("oca/error-validation.json"))
        let invalid = try await #require(throws: ProviderError.self) {
            try await Self.oca(validation).sendSMS(OCA.SendRequest(phone: "6281234567890", message: "Hello"))
        }
        #expect(invalid.rawCode == "39")
        #expect(invalid.httpStatus == 406)
        // The error body the spec gives for the status is carried as decoded, with its codes.
        #expect(invalid.answer(as: OCA.ErrorBody.self)?.errors.map(\.code) == [OCA.ErrorCode(wireCode: "39")])
        #expect(invalid.reports.map(\.path) == ["errors[0].code"])
        #expect(invalid.answer(as: OCA.SendResponse.self) == nil)
    }

    /// An error body whose code says nothing of what failed (undocumented here; a user's Arkesel 401 answers a code
    /// of category `unknown`, `{"status": "error"}`) under a status the answer's HTTP-status table names (OCA's 401,
    /// `authentication`): the error is the status's row, not `unknown`; the body's code stays among the reports. A
    /// code that says what failed stays the error (above: 17, 39).
    @Test func ocaABodyCodeThatSaysNothingGivesWayToTheStatusRow() async throws {
        let transport = ScriptedTransport(status: 401, body: #"{"errors": [{"message": "Something", "code": 999}]}"#)
        let error = try await #require(throws: ProviderError.self) { try await Self.oca(transport).history() }
        #expect(error.table == "HTTPStatus" && error.rawCode == "401", "\(error)")
        #expect(error.category == .authentication)
        #expect(error.reports.map(\.rawCode) == ["999"], "\(error.reports)")
        // What most code logs says what print says (it was Foundation's "… ProviderError error 1.").
        #expect(error.localizedDescription == error.description && error.localizedDescription.contains("401"), "\(error.localizedDescription)")
        for other: any Error in [
            ProviderClientError.undocumentedAnswer(operation: "history", httpStatus: 418, body: Data()), RequestBuildingError.unsafeHeaderValue("X-Key"),
        ] {
            #expect(other.localizedDescription == "\(other)", "\(other.localizedDescription)")
        }
        let unlisted = ScriptedTransport(status: 418, body: #"{"errors": [{"message": "Something", "code": 999}]}"#)
        let teapot = try await #require(throws: ProviderError.self) { try await Self.oca(unlisted).history() }
        #expect(teapot.table == "ErrorCode" && teapot.rawCode == "999", "\(teapot)")
    }

    @Test func ocaAnErrorStatusWithAnUnreadableBodyIsItsHTTPStatusEntry() async throws {
        let transport = ScriptedTransport(status: 404, body: "<html>Not Found</html>")
        let error = try await #require(throws: ProviderError.self) { try await Self.oca(transport).history() }
        #expect(error.rawCode == "404")
        #expect(error.table == "HTTPStatus")
        #expect(error.entry?.code == "404")
    }
}

extension ClientTests {
    /// How many times a client allowing two attempts sends a request of `method` answered `answer` under HTTP 200,
    /// read as `Message`, whose codes of `tables` decide (every code when it lists none).
    static func attempts<Message: Decodable & Sendable>(
        _ method: String, answer: String, as message: Message.Type, wire: PayloadEncoding = .json, deciding tables: [String] = []
    ) async -> Int {
        let transport = ScriptedTransport([.init(status: 200, body: answer), .init(status: 200, body: answer)])
        // No credentials: Ginota's are request fields, which a request of none cannot carry (refused unsent).
        let client = Ginota.Client(transport: transport, configuration: ClientConfiguration(retryPolicy: RetryPolicy(maximumAttempts: 2, initialDelay: .zero)))
        _ = try? await client.providerClient.send(
            NoRequest(), as: answering(method, deciding: tables), reading: AnswerReading(messages: ["Answer": .result(Message.self, wire: wire)]))
        return transport.sent.count
    }

    /// An operation of `method` answered under HTTP 200 by the message "Answer", whose codes of `tables` decide.
    static func answering(_ method: String, deciding tables: [String] = []) -> OperationDescriptor {
        OperationDescriptor(
            provider: "ginota", id: "send", summary: "Sends.", method: method, path: "/send", encoding: .none, request: nil,
            responses: [ResponseDescriptor(httpStatus: 200, message: "Answer", tables: tables)])
    }

    /// One line of an answer of one line per recipient (Clickatell's legacy send): an accepted recipient's line has
    /// an id and no code, a refused one's a code. `Codable` as generated messages are: a retry reads the answer's lists
    /// from its encoding.
    struct RecipientLine: TextMessage, Codable, Sendable, StatusCarrying {
        static var textForms: TextForms { ["ID: {id}", "ERR: {code}"] }
        var id: String?
        var code: Ginota.Status?

        func statusReports(at path: String) -> [StatusReport] {
            code.map { [StatusReport($0, at: path + ".code")] } ?? []
        }
    }

    /// A send answered one line per recipient, one accepted (`ID: …`, no code) and one refused with a retryable code,
    /// is never sent again, whatever its method (Clickatell's legacy send is a GET): the accepted recipient would get
    /// the message twice. It was: only a code that succeeded counted as an accepted part, and an accepted line has none.
    @Test func aListAnswerWithAnElementThatFailedNothingIsNeverSentAgain() async throws {
        for method in ["GET", "POST"] {
            #expect(await Self.attempts(method, answer: "ID: 4d23c1a7\nERR: 3", as: [RecipientLine].self, wire: .text) == 1, "\(method)")
            #expect(await Self.attempts(method, answer: "ERR: 3\nERR: 3", as: [RecipientLine].self, wire: .text) == 2, "\(method)")
        }
    }

    /// One recipient's or message's part of an answer, its codes' paths built as generated code builds them (wire
    /// names): a send's accepted recipient has an id and no code, a refused one an `error`; a looked-up message its
    /// delivery status.
    struct Recipient: Codable, Sendable, StatusCarrying {
        var id: String?
        var error: Ginota.Status?
        var deliveryStatus: Ginota.DeliveryStatus?

        enum CodingKeys: String, CodingKey { case id, error, deliveryStatus = "delivery_status" }

        func statusReports(at path: String) -> [StatusReport] {
            (error?.statusReports(at: path + ".error") ?? []) + (deliveryStatus?.statusReports(at: path + ".delivery_status") ?? [])
        }
    }

    /// An answer with its own status, and its recipients in a list (`messages`), in a list of lists (`batches`) or
    /// in a map by number (`results`), or in a list of such maps (`groups`).
    struct Recipients: Codable, Sendable, StatusCarrying {
        var status: Ginota.Status?
        var recipients: [Recipient]?
        var batches: [[Recipient]]?
        var byNumber: [String: Recipient]?
        var groups: [[String: Recipient]]?

        enum CodingKeys: String, CodingKey { case status, recipients = "messages", batches, byNumber = "results", groups }

        func statusReports(at path: String) -> [StatusReport] {
            func at(_ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }
            return (status?.statusReports(at: at("status")) ?? []) + (recipients?.statusReports(at: at("messages")) ?? [])
                + (batches?.statusReports(at: at("batches")) ?? []) + (byNumber?.statusReports(at: at("results")) ?? [])
                + (groups?.statusReports(at: at("groups")) ?? [])
        }
    }

    /// A send to two recipients answered with a list inside the answer, the first accepted (no code) and the second
    /// refused with a retryable code, is never sent again: the first would get the message twice. It was: only a
    /// list that was the whole answer was looked at. A list whose every element failed retryably still is.
    @Test func aNestedListWithAnElementThatFailedNothingIsNeverSentAgain() async throws {
        for method in ["GET", "POST"] {
            #expect(await Self.attempts(method, answer: #"{"messages": [{"id": "a"}, {"error": 3}]}"#, as: Recipients.self) == 1, "\(method)")
            #expect(await Self.attempts(method, answer: #"{"messages": [{"error": 3}, {"error": 3}]}"#, as: Recipients.self) == 2, "\(method)")
        }
    }

    /// In a list of lists, an inner list with an accepted element is an accepted part, and so is an inner list that
    /// failed nothing beside one that failed.
    @Test func aListInsideAListWithAnElementThatFailedNothingIsNeverSentAgain() async throws {
        for method in ["GET", "POST"] {
            for accepted in [#"[[{"id": "a"}, {"error": 3}]]"#, #"[[{"error": 3}], [{"id": "a"}]]"#] {
                #expect(await Self.attempts(method, answer: #"{"batches": \#(accepted)}"#, as: Recipients.self) == 1, "\(method) \(accepted)")
            }
            #expect(await Self.attempts(method, answer: #"{"batches": [[{"error": 3}], [{"error": 3}]]}"#, as: Recipients.self) == 2, "\(method)")
        }
    }

    /// A map of results by recipient is parts as a list is: one accepted (no code) beside one refused retryably is
    /// never sent again; a map whose every entry failed retryably is. The map was read as a shape, its keys as fields.
    @Test func aMapWithAnEntryThatFailedNothingIsNeverSentAgain() async throws {
        for method in ["GET", "POST"] {
            for accepted in [#"{"results": {"4477": {"id": "a"}, "4478": {"error": 3}}}"#, #"{"groups": [{"4477": {"error": 3}, "4478": {"id": "a"}}]}"#] {
                #expect(await Self.attempts(method, answer: accepted, as: Recipients.self) == 1, "\(method) \(accepted)")
            }
            for refused in [#"{"results": {"4477": {"error": 3}, "4478": {"error": 3}}}"#, #"{"groups": [{"4477": {"error": 3}}, {"4478": {"error": 3}}]}"#] {
                #expect(await Self.attempts(method, answer: refused, as: Recipients.self) == 2, "\(method) \(refused)")
            }
        }
    }

    /// The lists are found in generated messages: RajaSMS's `results` and `dataPacket` (`sending_respon[0].datapacket[1]`
    /// in its reports). No answer accepted some.
    @Test func theListsAreFoundWhereGeneratedPathsPutThem() throws {
        func acceptsSome(_ first: Int, _ second: Int) throws -> Bool {
            let packets = [first, second].enumerated().map { #"{"packet": {"number": "6281\#($0)", "sendingid": \#($0), "sendingstatus": \#($1)}}"# }
            let body = #"{"sending_respon": [{"globalstatus": 10, "datapacket": [\#(packets.joined(separator: ", "))]}]}"#
            let answer = try JSONPayload.decode(RajaSMS.SendResponse.self, from: Data(body.utf8))
            #expect(RetryPolicy.acceptsSomeElements(nil, failed: answer.failures))
            return RetryPolicy.acceptsSomeElements(answer, failed: answer.failures)
        }
        #expect(try acceptsSome(90, 10))
        #expect(try !acceptsSome(90, 90))
    }

    /// A throttled lookup whose looked-up messages carry delivery statuses, one failed and one delivered, is retried:
    /// those codes do not decide (the response lists only `Status`), so the list is no send with an accepted part.
    @Test func aLookupsListOfDeliveryStatusesDoesNotStopItsRetry() async throws {
        let answer = #"{"status": 3, "messages": [{"id": "a", "delivery_status": 3}, {"id": "b", "delivery_status": 0}]}"#
        #expect(await Self.attempts("GET", answer: answer, as: Recipients.self, deciding: ["Status"]) == 2)
    }
}
