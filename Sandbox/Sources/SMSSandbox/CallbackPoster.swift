import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts one callback and reads at most what it must of the answer: the callback URL is anyone's, and reading its
/// answer whole (`URLSession.data(for:)`) held an endless answer in memory, and the delivery with it, for ever.
/// Through AsyncHTTPClient, not URLSession: swift-corelibs-foundation traps on an answer whose `Content-Length` is
/// just below 2⁶³, before any delegate is asked, and any request naming such a receiver ended the sandbox (an
/// attack). A redirect is the receiver's answer, not followed: URLSession followed it, sending the callback (its body
/// and signature) wherever `Location` pointed, and the log named the receiver for another server's answer or failure.
enum CallbackPoster {
    /// What the receiver answered: its status and Content-Type, and its body's first bytes.
    struct Answer: Sendable {
        var status: Int
        var contentType: String?
        /// At most the limit asked for plus one byte: more than the limit means the body is longer.
        var body = Data()
    }

    /// The answer to `request`, its body read up to `limit` bytes and one more (nil: none of it), within `deadline`
    /// seconds in all: a head never ended, or a body a byte at a time, took hours with only a timeout between bytes.
    static func answer(to request: URLRequest, readingUpTo limit: Int? = nil, within deadline: TimeInterval) async throws -> Answer {
        await slots.acquire()
        do {
            let answer = try await post(request, readingUpTo: limit, within: deadline)
            await slots.release()
            return answer
        } catch {
            await slots.release()
            throw error
        }
    }

    /// The callbacks in flight at once: each holds a connection, a file descriptor or more, and a thousand-packet
    /// send's reports to a receiver that never answers took the process's 1,024 — the sandbox then accepted no
    /// connection for half a minute, and logged the receiver as unreachable. The others wait their turn; each one's
    /// deadline starts when it is sent.
    static let slots = Slots(count: 64)

    /// One client for the process (its connections pooled), never shut down: it lives as long as the sandbox. A
    /// receiver that refuses the connection is logged at once, not tried again until the deadline.
    private static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    private static func post(_ request: URLRequest, readingUpTo limit: Int?, within deadline: TimeInterval) async throws -> Answer {
        guard let url = request.url?.absoluteString else { throw NoAnswer(deadline: deadline) }
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: request.httpMethod ?? "POST")
        for (name, value) in request.allHTTPHeaderFields ?? [:] { outgoing.headers.add(name: name, value: value) }
        if let body = request.httpBody { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        // Within the deadline whatever the receiver does, as the head and the body alike may never end.
        let milliseconds = Int64(min(max(deadline, 0), 86_400) * 1000)
        let sent = outgoing
        return try await withThrowingTaskGroup(of: Answer.self) { group in
            group.addTask {
                let response = try await client.execute(sent, deadline: .now() + .milliseconds(milliseconds))
                var answer = Answer(status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"))
                guard let limit else { return answer }
                // Past the limit the body is no answer the spec declares: the rest is not read.
                for try await buffer in response.body {
                    answer.body.append(contentsOf: buffer.readableBytesView.prefix(limit + 1 - answer.body.count))
                    if answer.body.count > limit { break }
                }
                return answer
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(milliseconds))
                throw NoAnswer(deadline: deadline)
            }
            defer { group.cancelAll() }
            do {
                return try await group.next()!
            } catch let error as NoAnswer {
                throw error
            } catch let error as HTTPClientError where error == .deadlineExceeded {
                // The head did not come within the deadline: said as the documents say it (an attack).
                throw NoAnswer(deadline: deadline)
            } catch {
                throw Unanswered(underlying: error)
            }
        }
    }

    /// The receiver's answer did not come within the deadline.
    struct NoAnswer: LocalizedError {
        let deadline: TimeInterval
        var errorDescription: String? { "no answer within \(String(format: "%g", deadline)) s (the sandbox's deadline for a callback)" }
    }

    /// Why the post failed (no connection, a TLS or HTTP error), as AsyncHTTPClient and SwiftNIO say it: their errors
    /// have no `localizedDescription` of their own.
    struct Unanswered: LocalizedError {
        let underlying: any Error
        var errorDescription: String? { String(describing: underlying) }
    }
}

/// A count of places taken in turn: `acquire()` waits for one, `release()` hands it to the longest waiting.
actor Slots {
    let count: Int
    private var free: Int
    /// Those waiting, first from `next` on (a queue of up to the sandbox's 10,000 pending callbacks, each taken in O(1)).
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var next = 0
    /// The most places taken at once so far.
    private(set) var mostTaken = 0

    init(count: Int) {
        self.count = count
        free = count
    }

    func acquire() async {
        if free > 0 {
            free -= 1
        } else {
            await withCheckedContinuation { waiting.append($0) }
        }
        mostTaken = max(mostTaken, count - free)
    }

    func release() {
        guard next < waiting.count else {
            free += 1
            return
        }
        let first = waiting[next]
        next += 1
        if next == waiting.count { (waiting, next) = ([], 0) }
        first.resume()
    }
}
