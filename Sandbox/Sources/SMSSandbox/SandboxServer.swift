import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
@_spi(Generated) import SMSSpecRuntime

/// The sandbox on HTTP: every request answered by the emulator, owed callbacks sent in the background, one log
/// line per request (method, path and the answer; secret values in the path and query, and every URL's user
/// information, redacted; bodies and headers never printed).
/// Every line is escaped as `DisplayText` escapes values (`\u{1B}`, `\n`): it quotes what requests sent (a callback
/// URL, a recipient), and a terminal showing the log must not run their escape sequences.
public struct SandboxServer: Sendable {
    public let emulator: SandboxEmulator
    public let host: String
    /// 0 binds an ephemeral port.
    public let port: Int
    /// How long a connection may send nothing (an unfinished request head, a body stalled, no next request) before
    /// it is closed, and the log says so: without one, connections that sent half a request (slowloris) stayed open for ever, each
    /// holding a socket, until the sandbox could accept none.
    public let idleTimeout: TimeAmount
    let log: @Sendable (String) -> Void

    /// The ports there are: TCP's 16 bits, 0 for a free one.
    public static let ports = 0...65535

    /// Throws `SandboxError.invalidOption` for a port outside `ports`: the socket layer keeps the low 16 bits, so
    /// `--port 70000` listened on 4464 and said so as if asked.
    public init(
        emulator: SandboxEmulator, host: String = "127.0.0.1", port: Int, idleTimeout: TimeAmount = .seconds(30),
        log: @escaping @Sendable (String) -> Void
    ) throws(SandboxError) {
        guard Self.ports.contains(port) else {
            throw .invalidOption("--port \(port) is not a port: a port is 0 to 65535 (0 takes a free one)")
        }
        self.emulator = emulator
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        // A URL's user information is a credential wherever a line quotes it: a query's `callback_url` (written
        // out or percent-encoded), a refused value in an answer's summary.
        self.log = { line in log(DisplayText.escaped(DisplayText.redactingUserinfo(line))) }
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully; `onStart` receives the bound port.
    public func run(onStart: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onStart: onStart).runService()
    }

    /// The server as a service, for a `ServiceGroup` of one's own (tests shut it down gracefully with the group).
    public func service(onStart: @escaping @Sendable (Int) async -> Void = { _ in }) -> some Service {
        application(onStart: onStart)
    }

    private func application(onStart: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let responder = SandboxResponder(
            emulator: emulator, log: log, pending: PendingCallbacks(limit: emulator.configuration.pendingCallbackLimit))
        let (port, idleTimeout, log) = (self.port, self.idleTimeout, self.log)
        return Application(
            responder: responder,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [IdleCloseLog(idleTimeout: idleTimeout, log: log)], idleTimeout: idleTimeout)),
            configuration: .init(address: .hostname(host, port: port), serverName: "smsspec-sandbox"),
            onServerRunning: { channel in await onStart(channel.localAddress?.port ?? port) })
    }
}

struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let emulator: SandboxEmulator
    let log: @Sendable (String) -> Void
    /// The largest answer body sent (the emulator bounds what it builds well below: `SandboxEmulator.mostEchoedBytes`).
    static let largestBody = 1 << 30
    let pending: PendingCallbacks

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        var wire = WireRequest(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
            headers: request.headers.map { ($0.name.rawName, $0.value) })
        do {
            wire.body = Data(try await request.collectBody(upTo: PayloadLimits.maximumBytes).readableBytesView)
        } catch is NIOTooManyBytesError {
            // Hummingbird answered an unexpected error with an empty 500 and the log said nothing.
            let problem = "the body is larger than \(PayloadLimits.maximumBytesText), the payload limit"
            log(emulator.loggedLine(wire, SandboxAnswer(status: 413, body: Data(), summary: "(\(problem))", deliveries: [])))
            return Response(
                status: .contentTooLarge, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: problem + "\n")))
        }
        let answer = emulator.answer(wire)
        if let inbound = answer.inbound {
            // Posted before answering, so that the caller (a test) knows the receiver has it: the answer says how it went.
            let (line, answered) = await inbound.deliver()
            let status: HTTPResponse.Status = answered ? .ok : .badGateway
            log(emulator.loggedLine(wire, answer, status: status.code))
            log(line)
            return Response(
                status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: DisplayText.escaped(line) + "\n")))
        }
        log(emulator.loggedLine(wire, answer))
        // A callback's line (its URL, a request field repeating a credential) shows none of the request's credentials.
        let sweep = emulator.requestSweep(wire, answer)
        let (log, pending) = ({ @Sendable (line: String) in self.log(sweep.redacting(line)) }, self.pending)
        // Reports not sent — outcome `never`, no callback URL, or dropped over the limit — are one line per request
        // each: a bulk send of 50,000 recipients logged a line per recipient.
        let never = answer.deliveries.filter { $0.outcome.kind == .never }
        let unaddressed = answer.deliveries.filter { $0.outcome.kind != .never && $0.url == nil }
        var dropped: [PendingDelivery] = []
        for delivery in answer.deliveries where delivery.outcome.kind != .never && delivery.url != nil {
            guard pending.reserve() else {
                dropped.append(delivery)
                continue
            }
            Task {
                log(await delivery.deliver(logging: log))
                pending.release()
            }
        }
        if let reports = PendingDelivery.summary(of: never) { log("no callback: \(reports)") }
        if let reports = PendingDelivery.summary(of: unaddressed) { log("no callback URL for \(reports): pass --callback-url or a callback field") }
        if let reports = PendingDelivery.summary(of: dropped) {
            log("no callback: \(reports) dropped: \(pending.limit) callbacks are already owed, the limit")
        }
        var headers = HTTPFields()
        // Never a body a buffer cannot hold (past 4 GiB `ByteBuffer` traps, and the process with it).
        guard answer.body.count <= Self.largestBody else {
            log("\(wire.method) answer of \(answer.body.count) bytes not sent: the sandbox sends at most \(Self.largestBody >> 20) MiB")
            return Response(status: .internalServerError)
        }
        if !answer.body.isEmpty { headers[.contentType] = answer.contentType }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

/// How many callbacks are owed and not yet sent: each waits its delay in memory (`delayed:MS` takes any number), so
/// a flood of accepted sends would otherwise hold memory without bound.
final class PendingCallbacks: @unchecked Sendable {  // The count is read and written under `lock`.
    let limit: Int
    private let lock = NSLock()
    private var count = 0

    init(limit: Int) { self.limit = limit }

    /// Takes a place for one callback; false when `limit` are owed.
    func reserve() -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func release() { lock.withLock { count -= 1 } }
}
