import NIOCore

/// Logs a connection the server closes for sending nothing for `idleTimeout` (Hummingbird's idle timeout closes it
/// without a word, so a client whose half-sent request was cut off found no line saying why). It sits before
/// Hummingbird's connection-state handler, so that handler's close passes through it; a close after so long a
/// silence is that one, unless the server is shutting down or the client has gone.
final class IdleCloseLog: ChannelDuplexHandler, RemovableChannelHandler {
    // Parts are passed on unread: only their timing matters.
    typealias InboundIn = Any
    typealias OutboundIn = Any

    private let idleTimeout: TimeAmount
    private let log: @Sendable (String) -> Void
    private var lastActivity = NIODeadline.now()
    private var closingForOtherReasons = false

    init(idleTimeout: TimeAmount, log: @escaping @Sendable (String) -> Void) {
        self.idleTimeout = idleTimeout
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastActivity = .now()
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // A graceful shutdown closes idle connections too; a client's half-close ends its connection.
        if event is ChannelShouldQuiesceEvent || (event as? ChannelEvent) == .inputClosed { closingForOtherReasons = true }
        context.fireUserInboundEventTriggered(event)
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        // The state handler records a response's end just before this handler does, so a close at its deadline
        // finds this one's silence a few microseconds short: 10 ms of slack.
        if context.channel.isActive, !closingForOtherReasons, NIODeadline.now() - lastActivity >= idleTimeout - .milliseconds(10) {
            let peer = context.channel.remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "a client"
            log("connection from \(peer) closed: it sent nothing for \(Self.words(idleTimeout)), the idle timeout (half a request, a stalled body, or no next request)")
        }
        context.close(mode: mode, promise: promise)
    }

    /// `30 s`, `500 ms`.
    static func words(_ amount: TimeAmount) -> String {
        let milliseconds = amount.nanoseconds / 1_000_000
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}
