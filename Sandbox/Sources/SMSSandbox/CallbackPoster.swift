import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts one callback and reads at most what it must of the answer: the callback URL is anyone's, and reading its
/// answer whole (`URLSession.data(for:)`) held an endless answer in memory, and the delivery with it, for ever. The
/// session is the post's own, torn down once the answer is read that far, which closes the connection (cancelling
/// the task alone left URLSession reading the rest of the answer).
final class CallbackPoster: NSObject, URLSessionDataDelegate, @unchecked Sendable {  // Its state is guarded by `lock`.
    /// What the receiver answered: its status and Content-Type, and its body's first bytes.
    struct Answer: Sendable {
        var status: Int
        var contentType: String?
        /// At most the limit asked for plus one byte: more than the limit means the body is longer.
        var body = Data()
    }

    private let lock = NSLock()
    private var continuation: CheckedContinuation<Answer, any Error>?
    private var answer: Answer?
    private let limit: Int?

    private init(limit: Int?) { self.limit = limit }

    /// The answer to `request`, its body read up to `limit` bytes and one more (nil: none of it), within `deadline`
    /// seconds in all: the request's timeout is the longest it may send nothing, so a head never ended, or a body a
    /// byte at a time, took hours.
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

    /// The callbacks in flight at once: each holds a session and a connection, two file descriptors or more, and a
    /// thousand-packet send's reports to a receiver that never answers took the process's 1,024 — the sandbox then
    /// accepted no connection for half a minute, and logged the receiver as unreachable. The others wait their turn;
    /// each one's deadline starts when it is sent.
    static let slots = Slots(count: 64)

    private static func post(_ request: URLRequest, readingUpTo limit: Int?, within deadline: TimeInterval) async throws -> Answer {
        let poster = CallbackPoster(limit: limit)
        let session = URLSession(configuration: .ephemeral, delegate: poster, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let timer = DispatchWorkItem { poster.finish(with: .failure(NoAnswer(deadline: deadline))) }
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: timer)
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            poster.lock.withLock { poster.continuation = continuation }
            session.dataTask(with: request).resume()
        }
    }

    /// The receiver's answer did not come within the deadline.
    struct NoAnswer: LocalizedError {
        let deadline: TimeInterval
        var errorDescription: String? { "no answer within \(String(format: "%g", deadline)) s (the sandbox's deadline for a callback)" }
    }

    private func finish(with result: Result<Answer, any Error>) {
        lock.withLock {
            defer { continuation = nil }
            return continuation
        }?.resume(with: result)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let answer = Answer(status: http?.statusCode ?? 0, contentType: http?.value(forHTTPHeaderField: "Content-Type"))
        guard limit != nil else {
            finish(with: .success(answer))
            return completionHandler(.cancel)
        }
        lock.withLock { self.answer = answer }
        completionHandler(.allow)
    }

    /// A redirect is the receiver's answer, not followed: URLSession followed it, sending the callback (its body and
    /// signature) wherever `Location` pointed, and the log named the receiver for another server's answer or failure.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let read: Answer? = lock.withLock {
            guard let limit, var answer else { return nil }
            answer.body.append(data.prefix(limit + 1 - answer.body.count))
            self.answer = answer
            return answer.body.count > limit ? answer : nil
        }
        // Past the limit the body is no answer the spec declares: the rest is not read.
        if let read {
            finish(with: .success(read))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        // Also called after a cancel, when the answer has been given already.
        let answer = lock.withLock { self.answer } ?? Answer(status: (task.response as? HTTPURLResponse)?.statusCode ?? 0)
        finish(with: error.map { .failure($0) } ?? .success(answer))
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
