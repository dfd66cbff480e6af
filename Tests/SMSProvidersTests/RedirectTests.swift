import Foundation
import SMSSpecURLSession
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// URLSession follows a redirect with every header the request had — a client's `X-API-KEY`, `Authorization` — to
/// wherever `Location` points. `SameOriginRedirects` follows one only within the server's origin.
@Suite struct RedirectTests {
    @Test func originsCompareSchemeHostAndPortWithDefaults() {
        func same(_ first: String, _ second: String) -> Bool { SameOriginRedirects.isSameOrigin(URL(string: first), URL(string: second)) }
        #expect(same("https://api.bind.hr/v1.0/sms", "https://API.Bind.hr:443/v1.0/other"))
        #expect(same("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b?x=1"))
        #expect(!same("https://api.bind.hr/v1.0/sms", "http://api.bind.hr/v1.0/sms"))  // a downgrade to plain HTTP
        #expect(!same("https://api.bind.hr/", "https://api.bind.hr.example/"))
        #expect(!same("https://api.bind.hr/", "https://api.bind.hr:8443/"))
        #expect(!same("http://127.0.0.1:8080/", "http://localhost:8080/"))
        #expect(!same("https://api.bind.hr/", "/relative"))
        #expect(!same("https://api.bind.hr/", "mailto:x@api.bind.hr"))
    }

    /// Against two servers on this machine: the first answers 307 to the second, a different origin. Through
    /// `URLSession.shared` the second got the `X-API-KEY` and `Authorization` headers and the body; through
    /// `.sameOriginRedirects()` it gets nothing and the 307 is the answer. A redirect within the origin is followed, a
    /// 307's or 308's with the request's body.
    @Test func aRedirectToAnotherOriginIsRefusedAndOneWithinTheOriginFollowed() async throws {
        let elsewhere = try LoopbackHTTPServer { _ in "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}" }
        defer { elsewhere.stop() }
        let server = try LoopbackHTTPServer { head in
            head.hasPrefix("POST /moved ")
                ? "HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close\r\n\r\n{\"ok\":1}"
                : head.contains(" /here ")
                    ? "HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close\r\n\r\n{\"ok\":2}"
                : head.hasPrefix("POST /found ")
                    ? "HTTP/1.1 302 Found\r\nLocation: /here\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                : head.hasPrefix("POST /send ")
                    ? "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:\(elsewhere.port)/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    : "HTTP/1.1 308 Permanent Redirect\r\nLocation: /moved\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        }
        defer { server.stop() }
        let session = URLSession.sameOriginRedirects()
        defer { session.finishTasksAndInvalidate() }

        let (status, _) = try await Self.post(URL(string: "http://127.0.0.1:\(server.port)/send")!, session: session)
        #expect(status == 307)
        #expect(elsewhere.requests.isEmpty)

        let (movedStatus, body) = try await Self.post(URL(string: "http://127.0.0.1:\(server.port)/old")!, session: session)
        #if canImport(FoundationNetworking)
        // A 308 repeats the request, and swift-corelibs-foundation sent it again without its body (an attack): the
        // redirect is the answer. A 302 of a request with a body is followed (as a GET, as RFC 9110 allows).
        #expect(movedStatus == 308)
        #expect(server.requests.count == 2)
        let (foundStatus, found) = try await Self.post(URL(string: "http://127.0.0.1:\(server.port)/found")!, session: session)
        #expect(foundStatus == 200 && found == Data(#"{"ok":2}"#.utf8))
        #else
        #expect(movedStatus == 200)
        #expect(body == Data(#"{"ok":1}"#.utf8))
        #expect(server.requestBodies.last == Data("apiKey=key-never-elsewhere".utf8))
        #endif
        #expect(server.requests.last?.lowercased().contains("x-api-key: key-never-elsewhere") == true)
    }

    /// An attack: a redirect within the origin whose URL carries user information (`http://evil@host/…`) was followed,
    /// and URLSession added an `Authorization: Basic` the caller never gave beside its key. The redirect is the answer.
    @Test func aRedirectAddingUserInformationIsRefused() async throws {
        let server = try LoopbackHTTPServer { head in
            // The request's own host and port, from its Host header.
            let host = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("host:") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) } ?? ""
            return head.contains(" /steal ")
                ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                : "HTTP/1.1 302 Found\r\nLocation: http://evil@\(host)/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        }
        defer { server.stop() }
        let session = URLSession.sameOriginRedirects()
        defer { session.finishTasksAndInvalidate() }
        let (status, _) = try await Self.post(URL(string: "http://127.0.0.1:\(server.port)/send")!, session: session)
        #expect(status == 302)
        #expect(server.requests.count == 1)
        #expect(SameOriginRedirects.addsUserinfo(URL(string: "https://u:p@h/b"), to: URL(string: "https://u:p@h/a")) == false)
        #expect(SameOriginRedirects.addsUserinfo(URL(string: "https://h/b"), to: URL(string: "https://u:p@h/a")) == false)
        #expect(SameOriginRedirects.addsUserinfo(URL(string: "https://x:@h/b"), to: URL(string: "https://h/a")) == true)
    }

    /// A POST as swift-openapi-urlsession sends it on Linux: a data task with a completion handler.
    static func post(_ url: URL, session: URLSession) async throws -> (Int, Data) {
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("key-never-elsewhere", forHTTPHeaderField: "X-API-KEY")
        request.setValue("Basic dXNlcjpwYXNzd29yZA==", forHTTPHeaderField: "Authorization")
        request.httpBody = Data("apiKey=key-never-elsewhere".utf8)
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                continuation.resume(returning: ((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
            }.resume()
        }
    }
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 and an ephemeral port: reads each request's head and body (by its
/// Content-Length), records the head, answers what `answer` gives and closes the connection.
final class LoopbackHTTPServer: @unchecked Sendable {
    let port: Int
    private let socket: Int32
    private let lock = NSLock()
    private var heads: [String] = []
    private var bodies: [Data] = []
    /// The connection being answered: `stop()` ends it too, so an endless answer stops being written.
    private var serving: Int32?

    var requests: [String] { lock.withLock { heads } }
    /// Each request's body, as far as its Content-Length.
    var requestBodies: [Data] { lock.withLock { bodies } }

    convenience init(answer: @escaping @Sendable (String) -> String) throws {
        try self.init { head, write in _ = write(Data(answer(head).utf8)) }
    }

    /// `respond` writes the answer to the request whose head it is given, in as many pieces as it likes: `write`
    /// says false once the client has gone.
    init(respond: @escaping @Sendable (String, (Data) -> Bool) -> Void) throws {
        #if canImport(Glibc)
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(listener, address, length) == 0 && listen(listener, 16) == 0 && getsockname(listener, address, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        socket = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                lock.withLock { serving = connection }
                var received = Data()
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    if let end = received.range(of: Data("\r\n\r\n".utf8)) {
                        let head = String(decoding: received[..<end.lowerBound], as: UTF8.self)
                        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                        if received.count - end.upperBound >= length { break }
                    }
                    let count = recv(connection, &buffer, buffer.count, 0)
                    guard count > 0 else { break }
                    received.append(contentsOf: buffer[..<count])
                }
                let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n").first ?? ""
                let body = received.range(of: Data("\r\n\r\n".utf8)).map { Data(received[$0.upperBound...]) } ?? Data()
                lock.withLock { heads.append(head); bodies.append(body) }
                respond(head) { data in
                    data.withUnsafeBytes { bytes in
                        var sent = 0
                        while sent < bytes.count {
                            let count = send(connection, bytes.baseAddress! + sent, bytes.count - sent, Self.noSignal)
                            guard count > 0 else { return false }
                            sent += count
                        }
                        return true
                    }
                }
                lock.withLock { serving = nil }
                close(connection)
            }
        }
    }

    /// A write to a client that has gone fails instead of raising SIGPIPE.
    #if canImport(Glibc)
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let noSignal: Int32 = 0
    #endif

    func stop() {
        lock.withLock { serving.map { _ = shutdown($0, Int32(SHUT_RDWR)) } }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }
}
