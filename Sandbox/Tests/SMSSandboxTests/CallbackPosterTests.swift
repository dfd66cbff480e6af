import Foundation
@testable import SMSSandbox
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A callback URL is anyone's, and so is the receiver's answer.
@Suite(.timeLimit(.minutes(1)))
struct CallbackPosterTests {
    /// swift-corelibs-foundation's URLSession traps on a `Content-Length` just below 2⁶³ before any delegate is asked:
    /// one send naming such a receiver ended the sandbox (an attack). The post ends, with an answer or an error.
    @Test func aReceiverDeclaringALengthURLSessionTrapsOnEndsThePostOnly() async throws {
        for length in ["9223372036854775807", "9223372036854775300", "99999999999999999999999"] {
            let receiver = try OneAnswerReceiver("HTTP/1.1 200 OK\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n{\"ok\":true}")
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(receiver.port)/dlr")!)
            request.httpMethod = "POST"
            request.httpBody = Data(#"{"status":"DELIVERED"}"#.utf8)
            let answer = await Result { try await CallbackPoster.answer(to: request, readingUpTo: 64, within: 5) }
            // Never the whole answer: the body ended 2⁶³ bytes short.
            if case .success(let answer) = answer { #expect(answer.body.count < 64, "\(answer)") }
            #expect(receiver.received.contains(#"{"status":"DELIVERED"}"#), "\(receiver.received)")
        }
    }

    /// The receiver's status and first bytes, read no further than asked; a redirect is the answer.
    @Test func theAnswerIsReadAsFarAsAskedAndARedirectIsNotFollowed() async throws {
        let receiver = try OneAnswerReceiver("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789")
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(receiver.port)/dlr")!)
        request.httpMethod = "POST"
        let answer = try await CallbackPoster.answer(to: request, readingUpTo: 4, within: 5)
        #expect(answer.status == 307 && answer.contentType == "text/plain" && answer.body == Data("01234".utf8))
    }
}

/// A one-connection HTTP server on 127.0.0.1 that records what it was sent and answers `answer`'s bytes, as written,
/// after `holdingFor` seconds.
final class OneAnswerReceiver: @unchecked Sendable {  // `sent` is written under `lock`.
    let port: Int
    private let lock = NSLock()
    private var sent = Data()
    var received: String { lock.withLock { String(decoding: sent, as: UTF8.self) } }

    init(_ answer: String, holdingFor seconds: Double = 0) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            defer { close(listener) }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            defer { close(connection) }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            // The request: its head, then as much of its body as its Content-Length says.
            while true {
                let count = recv(connection, &buffer, buffer.count, 0)
                guard count > 0 else { break }
                lock.withLock { sent.append(contentsOf: buffer[..<count]) }
                let text = received
                guard let end = text.range(of: "\r\n\r\n") else { continue }
                let declared = text[..<end.lowerBound].split(separator: "\r\n")
                    .first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text[..<end.upperBound].utf8.count >= declared { break }
            }
            Thread.sleep(forTimeInterval: seconds)
            _ = answer.withCString { Glibc.send(connection, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        }
    }
}

/// A receiver that takes the connection and never answers is logged as the deadline passed, in the sandbox's words
/// (an attack saw AsyncHTTPClient's `HTTPClientError.deadlineExceeded`).
@Suite(.timeLimit(.minutes(1)))
struct SilentReceiverTests {
    @Test func aReceiverThatNeverAnswersIsNoAnswerWithinTheDeadline() async throws {
        let receiver = try OneAnswerReceiver("", holdingFor: 5)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(receiver.port)/dlr")!)
        request.httpMethod = "POST"
        let error = await #expect(throws: CallbackPoster.NoAnswer.self) { try await CallbackPoster.answer(to: request, within: 1) }
        #expect(error?.localizedDescription == "no answer within 1 s (the sandbox's deadline for a callback)")
    }
}
