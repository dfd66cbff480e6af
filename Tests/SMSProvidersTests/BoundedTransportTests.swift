import Foundation
import HTTPTypes
import OpenAPIRuntime
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import SMSSpecRuntime
@testable import SMSSpecURLSession
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// URLSessionTransport reads an answer whole on Linux before the client checks its size: an endless answer grew to
/// 24 GB in 90 s, and one that sends a byte now and then kept the call waiting for ever. `BoundedURLSessionTransport`
/// stops at its limits, against a real server on this machine.
@Suite struct BoundedTransportTests {
    static let accepted = #"{"status":"ACCEPTED","message_id":"m-1","error_message":"OK"}"#

    static func send(to server: LoopbackHTTPServer, through transport: BoundedURLSessionTransport) async throws -> Bind.SendResponse {
        let client = Bind.Client(
            serverURL: URL(string: "http://127.0.0.1:\(server.port)/api")!, transport: transport,
            configuration: ClientConfiguration(credentials: .apiKey("key-bounded-never-printed")))
        return try await client.sendTemplate(Bind.SendTemplateRequest(id: "t-1", to: "385911234567"))
    }

    static func head(_ lines: String...) -> Data { Data((["HTTP/1.1 200 OK"] + lines).joined(separator: "\r\n").utf8 + Data("\r\n\r\n".utf8)) }

    @Test func anAnswerWithinTheLimitsIsRead() async throws {
        let server = try LoopbackHTTPServer { _ in
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(Self.accepted.utf8.count)\r\nConnection: close\r\n\r\n\(Self.accepted)"
        }
        defer { server.stop() }
        let answer = try await Self.send(to: server, through: BoundedURLSessionTransport())
        #expect(answer.status == .accepted && answer.messageID == "m-1")
        let request = try #require(server.requests.first)
        #expect(request.hasPrefix("POST /api/v1.0/sms/template/t-1/send "), "\(request)")
        #expect(request.lowercased().contains("x-api-key: key-bounded-never-printed"))
    }

    @Test func anAnswerThatNeverEndsStopsAtTheSizeLimit() async throws {
        let server = try LoopbackHTTPServer { _, write in
            guard write(Self.head("Content-Type: application/json", "Transfer-Encoding: chunked")) else { return }
            // At most 64 MB/s: on loopback, URLSession on Linux reads faster than it can cancel, and kept reading
            // gigabytes after the call had ended (docs/client.md, "Limits").
            let chunk = Data("10000\r\n".utf8) + Data(repeating: 0x20, count: 0x10000) + Data("\r\n".utf8)
            while write(chunk) { Thread.sleep(forTimeInterval: 0.001) }
        }
        defer { server.stop() }
        // The transport's own timeout is a minute: a failure that says `tooLarge` stopped at the size. (No clock here:
        // the whole suite, run in parallel, can keep this task from resuming for minutes.)
        let failure = try await #require(throws: TransportFailure.self) {
            try await Self.send(to: server, through: BoundedURLSessionTransport(maximumBytes: 1 << 20, timeout: .seconds(60)))
        }
        #expect(failure.underlying as? BoundedTransportError == .tooLarge(limit: 1 << 20), "\(failure)")
        #expect("\(failure)" == "sendTemplate: no answer could be read: the answer is larger than 1048576 bytes, the limit: it was not read further", "\(failure)")
    }

    @Test func aDeclaredLengthOverTheLimitEndsTheCallAtOnce() async throws {
        let server = try LoopbackHTTPServer { _, write in
            guard write(Self.head("Content-Type: application/json", "Content-Length: \(64 << 20)")) else { return }
            let block = Data(repeating: 0x20, count: 1 << 16)
            for _ in 0..<1024 { guard write(block) else { return }; Thread.sleep(forTimeInterval: 0.001) }
        }
        defer { server.stop() }
        let failure = try await #require(throws: TransportFailure.self) { try await Self.send(to: server, through: BoundedURLSessionTransport()) }
        #expect(failure.underlying as? BoundedTransportError == .tooLarge(limit: PayloadLimits.maximumBytes), "\(failure)")
    }

    /// URLSession reports a length of 2⁶³ or more as none: a body cut short by the server's close was read whole.
    @Test func aDeclaredLengthBeyondInt64IsTooLarge() async throws {
        for declared in ["9223372036854775808", "99999999999999999999999"] {
            let server = try LoopbackHTTPServer { _ in
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(declared)\r\nConnection: close\r\n\r\n\(Self.accepted)"
            }
            defer { server.stop() }
            let failure = try await #require(throws: TransportFailure.self) { try await Self.send(to: server, through: BoundedURLSessionTransport()) }
            #expect(failure.underlying as? BoundedTransportError == .tooLarge(limit: PayloadLimits.maximumBytes), "\(failure)")
        }
    }

    @Test func anAnswerThatTricklesStopsAtTheTimeLimit() async throws {
        let server = try LoopbackHTTPServer { _, write in
            guard write(Self.head("Content-Type: application/json", "Content-Length: 1000")) else { return }
            while write(Data(" ".utf8)) { Thread.sleep(forTimeInterval: 0.1) }
        }
        defer { server.stop() }
        // The answer would take 100 s: a failure that says `timedOut` stopped at the time limit.
        let failure = try await #require(throws: TransportFailure.self) {
            try await Self.send(to: server, through: BoundedURLSessionTransport(timeout: .seconds(1)))
        }
        #expect(failure.underlying as? BoundedTransportError == .timedOut(after: .seconds(1)), "\(failure)")
    }

    @Test func aRedirectToAnotherOriginIsTheAnswer() async throws {
        let elsewhere = try LoopbackHTTPServer { _ in "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}" }
        defer { elsewhere.stop() }
        let server = try LoopbackHTTPServer { _ in
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:\(elsewhere.port)/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        }
        defer { server.stop() }
        let error = try await #require(throws: ProviderError.self) { try await Self.send(to: server, through: BoundedURLSessionTransport()) }
        #expect(error.httpStatus == 307)
        #expect(elsewhere.requests.isEmpty)
    }

    /// URLSession's `dataTask(with:)` and `cancel()` wait for its network thread, which a redirect whose body never
    /// ends held for ever: a call waited for its task to end, past its timeout and cancellation, and the next call
    /// hung making its task. Tasks that never answer and whose making and cancelling block stand for it here.
    @Test func aCallEndsAtItsLimitsWhateverURLSessionDoes() async throws {
        let release = DispatchSemaphore(value: 0)
        defer { for _ in 0..<8 { release.signal() } }
        for (making, cancelled) in [(false, false), (false, true), (true, false), (true, true)] {
            let made = Counter()
            let transport = BoundedURLSessionTransport(configuration: .default, maximumBytes: 1024, timeout: cancelled ? .seconds(600) : .milliseconds(200)) { _, _ in
                if making { release.wait() }
                made.add()
                return StuckTask(release: release)
            }
            let call = Task {
                try await transport.send(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/x"), body: nil, baseURL: URL(string: "http://127.0.0.1:9")!, operationID: "x")
            }
            if cancelled { call.cancel() }
            #expect(await Self.ending(of: call) == (cancelled ? "CancellationError: CancellationError()" : "BoundedTransportError: the answer had not ended after 0.2 seconds, the limit: the request was cancelled"))
            if cancelled { #expect(made.value <= 1) }
        }
    }

    /// How `call` ended, or that it had not after a minute: a guard against hanging the suite.
    static func ending(of call: Task<(HTTPResponse, HTTPBody?), any Error>) async -> String {
        await withTaskGroup(of: String.self) { group in
            group.addTask {
                do { _ = try await call.value; return "answered" } catch { return "\(type(of: error)): \(error)" }
            }
            group.addTask { try? await Task.sleep(for: .seconds(60)); return "still waiting after 60 s" }
            let first = await group.next() ?? ""
            group.cancelAll()
            return first
        }
    }

    @Test func aCancelledCallEndsAtOnce() async throws {
        let server = try LoopbackHTTPServer { _, write in
            guard write(Self.head("Content-Type: application/json", "Content-Length: 1000")) else { return }
            while write(Data(" ".utf8)) { Thread.sleep(forTimeInterval: 0.1) }
        }
        defer { server.stop() }
        let transport = BoundedURLSessionTransport(timeout: .seconds(60))
        let call = Task { try await Self.send(to: server, through: transport) }
        try await Task.sleep(for: .milliseconds(300))
        call.cancel()
        // The transport's timeout is a minute, and the answer would take 100 s: a `CancellationError` is the cancel.
        await #expect(throws: CancellationError.self) { try await call.value }
    }
}

/// swift-corelibs-foundation traps when a task is cancelled as it completes ("a task that in not in the registry") or
/// as its redirect is answered ("not waiting for it"): calls cancelled or timed out within milliseconds of their
/// answer, one after another, crashed the process within a hundred calls (an attack). Each ends with its own error or
/// its answer, and the process lives.
@Suite struct BoundedTransportEndingTests {
    static func call(_ transport: BoundedURLSessionTransport, port: Int, path: String) -> Task<(HTTPResponse, HTTPBody?), any Error> {
        Task {
            try await transport.send(
                HTTPRequest(method: .get, scheme: nil, authority: nil, path: path), body: nil, baseURL: URL(string: "http://127.0.0.1:\(port)")!,
                operationID: "x")
        }
    }

    static func server() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { head in
            head.hasPrefix("GET /moved ")
                ? "HTTP/1.1 307 Temporary Redirect\r\nLocation: /ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}"
        }
    }

    @Test(arguments: ["/ok", "/moved"]) func callsCancelledAsTheyAreAnsweredEndAndTheProcessLives(_ path: String) async throws {
        let server = try Self.server()
        defer { server.stop() }
        let transport = BoundedURLSessionTransport(timeout: .seconds(30))
        var outcomes: [String: Int] = [:]
        for index in 0..<300 {
            let call = Self.call(transport, port: server.port, path: path)
            try await Task.sleep(for: .microseconds(index % 30 * 100))
            call.cancel()
            let outcome: String
            do { outcome = "\(try await call.value.0.status.code)" } catch { outcome = "\(type(of: error))" }
            outcomes[outcome, default: 0] += 1
        }
        #expect(Set(outcomes.keys).isSubset(of: ["200", "CancellationError"]), "\(outcomes)")
        // Calls still work after all of that.
        #expect(try await Self.call(transport, port: server.port, path: path).value.0.status.code == 200)
    }

    @Test func callsThatTimeOutAsTheyAreAnsweredEndAndTheProcessLives() async throws {
        let server = try Self.server()
        defer { server.stop() }
        var outcomes: [String: Int] = [:]
        for index in 0..<300 {
            let transport = BoundedURLSessionTransport(timeout: .microseconds(index % 30 * 100 + 100))
            let outcome: String
            do { outcome = "\(try await Self.call(transport, port: server.port, path: index.isMultiple(of: 2) ? "/ok" : "/moved").value.0.status.code)" }
            catch { outcome = "\(type(of: error))" }
            outcomes[outcome, default: 0] += 1
        }
        #expect(Set(outcomes.keys).isSubset(of: ["200", "BoundedTransportError"]), "\(outcomes)")
    }
}

/// A 401 naming its scheme, as RFC 9110 asks (`WWW-Authenticate: Basic realm="api"`), is a challenge to URLSession,
/// which never delivered it: a wrong password waited for the transport's timeout and was thrown as one (an attack).
/// The answer is the call's, at once, with its body.
@Suite struct BoundedTransportChallengeTests {
    @Test(arguments: [#"Basic realm="api""#, #"Digest realm="api", nonce="n""#, "Bearer", #"Bearer error="invalid_token""#])
    func aChallengingRefusalIsTheAnswer(_ scheme: String) async throws {
        let body = #"{"error":"bad credentials"}"#
        let server = try LoopbackHTTPServer { _ in
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: \(scheme)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        }
        defer { server.stop() }
        // No clock (the whole suite, run in parallel, can keep a task from resuming for long): a call that waited for
        // the challenge to be answered ends at the transport's timeout, `timedOut`, not with the answer.
        let transport = BoundedURLSessionTransport(timeout: .seconds(120))
        let call = BoundedTransportEndingTests.call(transport, port: server.port, path: "/send")
        let (response, answer) = try await call.value
        #expect(response.status.code == 401)
        #expect(String(decoding: try await Data(collecting: answer!, upTo: 1024), as: UTF8.self) == body)
    }
}

/// A task that never answers and whose `cancel()` blocks until the test ends, as URLSession's does while its network
/// thread drains an answer.
private final class StuckTask: URLSessionDataTask, @unchecked Sendable {
    private static let counter = NSLock()
    nonisolated(unsafe) private static var next = 1_000_000
    private let identifier: Int = counter.withLock { next += 1; return next }
    private let release: DispatchSemaphore
    init(release: DispatchSemaphore) { self.release = release }
    override var taskIdentifier: Int { identifier }
    override func resume() {}
    override func cancel() { release.wait() }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
