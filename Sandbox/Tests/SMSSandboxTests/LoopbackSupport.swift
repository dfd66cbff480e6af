import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SMSProviders
import SMSSandbox
import SMSSpecRuntime

/// A request that reached the test's callback receiver.
struct ReceivedCallback: Sendable {
    /// What a receiver reads: method, path with query, headers.
    let head: HTTPRequest
    let method: String
    let query: String
    let contentType: String?
    let body: Data
}

/// What the callback receiver collected, in arrival order.
actor CallbackInbox {
    private var received: [ReceivedCallback] = []

    func add(_ callback: ReceivedCallback) { received.append(callback) }

    /// The next callback, waiting at most `seconds`.
    func next(within seconds: Double = 10) async -> ReceivedCallback? {
        let deadline = Date().addingTimeInterval(seconds)
        while received.isEmpty && Date() < deadline { try? await Task.sleep(nanoseconds: 20_000_000) }
        return received.isEmpty ? nil : received.removeFirst()
    }

    var count: Int { received.count }
}

/// A sandbox and a callback receiver, both on 127.0.0.1 with ephemeral ports.
struct Loopback: Sendable {
    let sandboxURL: String
    let callbackURL: String
    let inbox: CallbackInbox

    func baseURL(_ provider: String) -> String { "\(sandboxURL)/\(provider)" }

    /// The server URL a generated client takes to talk to the sandbox instead of the provider.
    func serverURL(_ provider: String) -> URL { URL(string: baseURL(provider))! }

    /// Runs `body` with a sandbox of `providers` whose callbacks reach the receiver; stops both servers after it.
    static func run(
        providers: [String], specs: [String] = [], outcomes: OutcomePolicy = .init(), credentials: [String] = [],
        pendingCallbackLimit: Int = 10_000, signingSecret: Secret? = nil, idleTimeout: TimeAmount = .seconds(30), callbackDeadline: TimeInterval = 30,
        callbackScheme: String = "http", callbackPath: String = "/callbacks", log: @escaping @Sendable (String) -> Void = { print("sandbox: \($0)") },
        receiverAnswer: @escaping @Sendable () -> Response = { Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "OK"))) },
        _ body: (Loopback) async throws -> Void
    ) async throws {
        let inbox = CallbackInbox()
        let receiverPort = BoundPort()
        let receiver = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in
                var request = request
                let body = try await request.collectBody(upTo: 1 << 20)
                await inbox.add(ReceivedCallback(
                    head: request.head, method: request.method.rawValue, query: request.uri.query ?? "", contentType: request.headers[.contentType],
                    body: Data(body.readableBytesView)))
                return receiverAnswer()
            },
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in await receiverPort.set(channel.localAddress?.port) })
        let receiverGroup = ServiceGroup(configuration: .init(services: [receiver], logger: Logger(label: "callback-receiver")))
        let receiverTask = Task { try await receiverGroup.run() }
        defer { receiverTask.cancel() }
        let callbackURL = "\(callbackScheme)://127.0.0.1:\(try await receiverPort.wait("receiver"))\(callbackPath)"
        let configuration = SandboxConfiguration(
            callbackURL: callbackURL, outcomes: outcomes, credentials: credentials, seed: 42, pendingCallbackLimit: pendingCallbackLimit,
            signingSecret: signingSecret, callbackDeadline: callbackDeadline)
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: providers, specPaths: specs), configuration: configuration)
        let server = try SandboxServer(emulator: emulator, port: 0, idleTimeout: idleTimeout, log: log)
        let sandboxPort = BoundPort()
        let sandboxGroup = ServiceGroup(configuration: .init(
            services: [server.service { port in await sandboxPort.set(port) }], logger: Logger(label: "sandbox")))
        let sandboxTask = Task { try await sandboxGroup.run() }
        defer { sandboxTask.cancel() }
        let sandboxURL = "http://127.0.0.1:\(try await sandboxPort.wait("sandbox"))"
        let outcome = await Result(catching: { try await body(Loopback(sandboxURL: sandboxURL, callbackURL: callbackURL, inbox: inbox)) })
        // Graceful shutdown: the listeners close first, so no connection arrives at a server going away.
        await sandboxGroup.triggerGracefulShutdown()
        _ = await sandboxTask.result
        await receiverGroup.triggerGracefulShutdown()
        _ = await receiverTask.result
        try outcome.get()
    }
}

/// The sandbox's log lines.
actor LogLines {
    private(set) var lines: [String] = []
    func add(_ line: String) { lines.append(line) }

    /// The first line that `matches`, waiting for it up to `seconds`; an error naming the lines there are otherwise.
    func first(within seconds: Double, where matches: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = lines.first(where: matches) { return line }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        throw LoopbackError.noLogLine("after \(seconds) s; the log: \(lines)")
    }
}

/// The port a server bound, reported by its start hook.
actor BoundPort {
    private var port: Int?

    func set(_ port: Int?) { self.port = port }

    func wait(_ name: String, seconds: Double = 30) async throws -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let port { return port }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        throw LoopbackError.notStarted(name)
    }
}

enum LoopbackError: Error {
    case notStarted(String)
    case notACallback(String)
    case noLogLine(String)
}

/// Sends a request built by the generated `httpRequest(baseURL:authentication:)` with URLSession: for requests the
/// generated clients refuse to send (no credentials at all).
func send(_ parts: HTTPRequestParts, dropping header: String? = nil) async throws -> (status: Int, body: Data) {
    var request = URLRequest(url: URL(string: parts.url)!, timeoutInterval: 10)
    request.httpMethod = parts.method
    for (name, value) in parts.headers where name.caseInsensitiveCompare(header ?? "") != .orderedSame {
        request.setValue(value, forHTTPHeaderField: name)
    }
    request.httpBody = parts.body
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

extension SandboxEmulator {
    /// An emulator of the spec `yaml`, loaded as `--spec` loads a file (written to a temporary one, removed after).
    static func of(spec yaml: String, configuration: SandboxConfiguration) throws -> SandboxEmulator {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: configuration)
    }
}
