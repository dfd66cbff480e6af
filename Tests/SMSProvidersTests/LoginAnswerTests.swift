import Foundation
@testable import SMSSpecClient
import SMSProviders
import SMSSpecRuntime
import Testing

/// How long a login's credential lasts, read from its answer (`role: credentialExpiry`): any count or date a gateway
/// answers is a lifetime or none, never a trap or a credential that expires in the past.
@Suite struct LoginAnswerTests {
    @Test func aCountIsALifetimeInItsUnit() {
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 3_600, unit: .seconds).lifetime == .seconds(3_600))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 1_440, unit: .minutes).lifetime == .seconds(86_400))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: Int64(2), unit: .hours).lifetime == .seconds(7_200))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 30, unit: .days).lifetime == .seconds(2_592_000))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: Int?.none, unit: .seconds).lifetime == nil)
    }

    /// Zero, negative and huge counts (an attack's `Int64.min`, which times 86,400 would overflow) say nothing of when
    /// it expires: it lasts until refused.
    @Test(arguments: [Int64.min, -1, 0, Int64.max, Int64.max / 60, 10 * 366 * 86_400 + 1] as [Int64])
    func aCountOfNoneOrPastTenYearsIsNoLifetime(count: Int64) {
        for unit in [LoginAnswer.Unit.seconds, .minutes, .hours, .days] {
            #expect(LoginAnswer(credential: "t0k3n-1", lifetime: count, unit: unit).lifetime == nil)
        }
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: UInt64.max, unit: .seconds).lifetime == nil)
    }

    @Test func aDateIsALifetimeFromNowUnlessItHasPassed() throws {
        let inAnHour = Timestamp(Date(timeIntervalSinceNow: 3_600), format: "iso8601")
        let lifetime = try #require(LoginAnswer(credential: "t0k3n-1", expiresAt: inAnHour).lifetime)
        #expect(lifetime > .seconds(3_590) && lifetime <= .seconds(3_600))
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: Timestamp(Date(timeIntervalSinceNow: -5), format: "iso8601")).lifetime == nil)
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: Timestamp(Date.distantFuture, format: "iso8601")).lifetime == nil)
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: nil).lifetime == nil)
    }

    /// Renewed a tenth of the lifetime early, at most a minute (a review: the test that slept past the expiry would pass
    /// with no margin at all).
    @Test func aCredentialIsRenewedATenthEarlyAtMostAMinute() {
        #expect(LoginSession.renewal(after: .seconds(20)) == .seconds(18))
        #expect(LoginSession.renewal(after: .seconds(600)) == .seconds(540))
        #expect(LoginSession.renewal(after: .seconds(86_400)) == .seconds(86_340))
        #expect(LoginSession.renewal(after: .milliseconds(500)) == .milliseconds(450))
    }

    /// On a clock of the test's own: a login due before the credential expires goes beside the calls, which keep
    /// sending it; one that fails is not tried again early; once it has expired, each call logs in, and none is sent
    /// the expired credential.
    @Test func aFailedEarlyRenewalKeepsTheCredentialUntilItExpires() async throws {
        let clock = TestClock()
        let logins = LoginScript()
        let operation = OperationDescriptor(
            provider: "bind", id: "login", summary: "", method: "POST", path: "/login", encoding: .json, request: nil,
            responses: [], sendsCredentials: false)
        let login = Login(operation: operation, credentials: nil, obtainAnswer: { _ in try logins.next() })
        let session = LoginSession(login: login, authentication: .header(name: "Authorization", scheme: "Bearer"), given: nil, now: { clock.now })
        let client = ProviderClient(
            provider: Bind.provider, tables: [], serverURL: URL(string: "https://api.bind.example")!,
            transport: ScriptedTransport(status: 500, body: ""))
        func token() async throws -> String? {
            if case .apiKey(let secret)? = try await session.current(through: client).credentials { secret.value } else { nil }
        }

        logins.answers = [.success(LoginAnswer(credential: "first-token", lifetime: 600, unit: .seconds)), .failure(URLError(.timedOut))]
        #expect(try await token() == "first-token" && logins.count == 1)
        clock.advance(by: .seconds(539))
        #expect(try await token() == "first-token" && logins.count == 1)
        clock.advance(by: .seconds(2))  // 541 s: renewed early, beside the call, which fails
        #expect(try await token() == "first-token")
        await session.earlyRenewal?.value
        #expect(logins.count == 2)
        clock.advance(by: .seconds(58))  // 599 s: not tried early again
        #expect(try await token() == "first-token" && logins.count == 2)
        clock.advance(by: .seconds(1))  // 600 s: expired, so logged in, and the failure is the call's
        logins.answers = [.failure(URLError(.timedOut)), .success(LoginAnswer(credential: "second-token", lifetime: 600, unit: .seconds))]
        await #expect(throws: URLError.self) { try await token() }
        #expect(logins.count == 3)
        #expect(try await token() == "second-token" && logins.count == 4)
        clock.advance(by: .seconds(599))
        logins.answers = [.success(LoginAnswer(credential: "third-token"))]
        #expect(try await token() == "second-token")  // due: the call goes with what it has, the login beside it
        await session.earlyRenewal?.value
        #expect(try await token() == "third-token" && logins.count == 5)
        // A credential without a lifetime lasts until refused.
        clock.advance(by: .seconds(86_400 * 365))
        #expect(try await token() == "third-token" && logins.count == 5)
    }

    /// A call waiting out a `Retry-After` while the credential expires sends the next attempt with the one the login
    /// obtains then (an attack's retry sent a token that had expired 2 s before, refused).
    @Test func aRetryAfterTheCredentialExpiredSendsTheRenewedOne() async throws {
        let clock = TestClock()
        let logins = LoginScript()
        logins.answers = [
            .success(LoginAnswer(credential: "first-token", lifetime: 4, unit: .seconds)),
            .success(LoginAnswer(credential: "second-token", lifetime: 600, unit: .seconds)),
        ]
        let throttled = ScriptedTransport.Answer(status: 429, body: "", headers: ["Retry-After": "3"])
        let transport = ScriptedTransport([throttled, throttled, .init(status: 201, body: try Fixtures.text("fortytwo/request-code-response.json"))])
        let client = Fortytwo.Client(
            transport: transport,
            configuration: ClientConfiguration(
                login: Login(operation: Self.login, credentials: nil, obtainAnswer: { _ in try logins.next() }), retryPolicy: .registryDriven,
                sleep: { clock.advance(by: $0) }, now: { clock.now }))
        _ = try await client.requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        #expect(transport.sent.map { $0.header("Authorization") } == ["Token first-token", "Token first-token", "Token second-token"])
        #expect(logins.count == 2)
    }

    /// A credential a login obtained that the field it fills cannot carry (a rule of the field, its path, header or
    /// charset) fails the call as unusable, not as the caller's request, and the next call logs in again (an attack's
    /// failed every call for the life of the client).
    @Test func aCredentialItsFieldCannotCarryIsUnusableAndTheNextCallLogsInAgain() throws {
        let fields = Authentication.requestFields(["session_id"])
        let violation = ValidationViolation(path: "session_id", rule: "pattern", message: "breaks the pattern rule")
        #expect(LoginSession.isCaused(byCredential: ProviderClientError.invalidRequest(operation: "balance", violations: [violation]), of: fields))
        let other = ValidationViolation(path: "to", rule: "pattern", message: "breaks the pattern rule")
        #expect(!LoginSession.isCaused(byCredential: ProviderClientError.invalidRequest(operation: "balance", violations: [other]), of: fields))
        for error in [
            RequestBuildingError.unsafePathParameter("session_id"), .unsafeHeaderValue("session_id"), .unsendableHeaderValue("session_id"),
            .unwritableInCharset(field: "session_id", charset: "windows-1251"),
        ] {
            #expect(LoginSession.isCaused(byCredential: error, of: fields))
            #expect(!LoginSession.isCaused(byCredential: error, of: .requestFields(["token"])))
            #expect(!LoginSession.isCaused(byCredential: error, of: .header(name: "X-Key", scheme: nil)))
        }
    }

    static let login = OperationDescriptor(
        provider: "fortytwo", id: "login", summary: "", method: "POST", path: "/login", encoding: .json, request: nil,
        responses: [], sendsCredentials: false)

    @Test func itsDescriptionHidesTheCredential() {
        let answer = LoginAnswer(credential: "eyJ-very-secret-token", lifetime: 60, unit: .seconds)
        #expect(!String(describing: answer).contains("eyJ") && !String(reflecting: answer).contains("eyJ"))
        #expect(String(describing: answer).contains("lasting 60.0 seconds"), "\(answer)")
    }
}

/// A clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { instant } }
    func advance(by duration: Duration) { lock.withLock { instant += duration.timeInterval } }
}

/// A login's answers in turn, counting the logins.
private final class LoginScript: @unchecked Sendable {
    private let lock = NSLock()
    private var queued: [Result<LoginAnswer, any Error>] = []
    private var logins = 0
    var answers: [Result<LoginAnswer, any Error>] {
        get { lock.withLock { queued } }
        set { lock.withLock { queued = newValue } }
    }
    var count: Int { lock.withLock { logins } }
    func next() throws -> LoginAnswer {
        try lock.withLock {
            logins += 1
            return try queued.removeFirst().get()
        }
    }
}

extension LoginAnswerTests {
    /// After a token was refused and replaced, a gateway's answer quoting the replaced one printed it whole, where the
    /// current one was hidden (an attack): a session keeps hiding the tokens it replaced, which may still be taken.
    @Test func aReplacedTokenStaysHidden() async throws {
        let logins = LoginScript()
        logins.answers = [.success(LoginAnswer(credential: "TOKEN-ONE-aaaa1111")), .success(LoginAnswer(credential: "TOKEN-TWO-bbbb2222"))]
        let transport = ScriptedTransport([
            .init(status: 401, body: ""),
            .init(status: 400, body: #"{"error": "TOKEN-ONE-aaaa1111 was revoked; use TOKEN-TWO-bbbb2222"}"#),
        ])
        let client = Fortytwo.Client(
            transport: transport,
            configuration: ClientConfiguration(login: Login(operation: Self.login, credentials: nil, obtainAnswer: { _ in try logins.next() })))
        do {
            _ = try await client.requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
            Issue.record("the 400 was no error")
        } catch {
            #expect(transport.sent.map { $0.header("Authorization") } == ["Token TOKEN-ONE-aaaa1111", "Token TOKEN-TWO-bbbb2222"])
            let body = String(decoding: (error as? ProviderError)?.rawBody ?? Data(), as: UTF8.self)
            #expect(body.contains("was revoked"), "\(body)")
            for printed in ["\(error)", String(reflecting: error), body] {
                #expect(!printed.contains("TOKEN-ONE") && !printed.contains("TOKEN-TWO"), "\(printed)")
            }
        }
    }
}
