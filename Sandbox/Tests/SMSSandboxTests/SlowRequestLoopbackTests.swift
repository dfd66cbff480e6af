import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import Testing

/// Connections that never finish a request, over a raw socket (no HTTP client sends half a head).
@Suite(.timeLimit(.minutes(1)))
struct SlowRequestLoopbackTests {
    /// Half a request head, then nothing: the connection stayed open for ever, so enough of them (slowloris) left
    /// the sandbox no socket to accept a client with. It is closed once idle for the server's idle timeout.
    /// The log says so, where the connection went without a word.
    @Test func aConnectionStalledMidRequestIsClosed() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["bind"], idleTimeout: .milliseconds(500), log: { line in Task { await lines.add(line) } }) { loopback in
            let port = try #require(URL(string: loopback.sandboxURL)?.port)
            let socket = try #require(RawConnection(port: port))
            socket.send("POST /bind/v1.0/sms/template/welcome/send HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-")
            let started = Date()
            #expect(socket.readUntilClosed(waitingAtMost: 10) == 0, "the connection is still open")
            #expect(Date().timeIntervalSince(started) < 5)
            let line = try await lines.first(within: 5) { $0.hasPrefix("connection from 127.0.0.1:") }
            #expect(line.hasSuffix("closed: it sent nothing for 500 ms, the idle timeout (half a request, a stalled body, or no next request)"), "\(line)")
        }
    }

    /// A connection that closes itself, or finishes its requests in time, is no idle one: the log has no such line.
    @Test func aConnectionClosedInTimeIsNotLoggedIdle() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["bind"], idleTimeout: .milliseconds(500), log: { line in Task { await lines.add(line) } }) { loopback in
            let port = try #require(URL(string: loopback.sandboxURL)?.port)
            do {
                let socket = try #require(RawConnection(port: port))
                socket.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                #expect(socket.readUntilClosed(waitingAtMost: 10) == 0)
            }
            try await Task.sleep(nanoseconds: 800_000_000)
            let log = await lines.lines
            #expect(log.filter { $0.hasPrefix("connection from") }.isEmpty, "\(log)")
        }
    }
}

/// A TCP connection to 127.0.0.1 that sends raw bytes.
final class RawConnection {
    private let descriptor: Int32

    init?(port: Int) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 { close(descriptor); return nil }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        _ = text.withCString { Glibc.send(descriptor, $0, strlen($0), 0) }
    }

    /// Reads until the peer closes (0) or `seconds` pass without a byte (-1); the answer's bytes are skipped.
    func readUntilClosed(waitingAtMost seconds: Int) -> Int {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = recv(descriptor, &buffer, buffer.count, 0)
            if read <= 0 { return read }
        }
    }
}
