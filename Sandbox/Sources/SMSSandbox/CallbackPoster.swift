import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts one callback and reads only the status of the answer: the callback URL is anyone's, and reading its answer
/// whole (`URLSession.data(for:)`) held an endless answer in memory, and the delivery with it, for ever. The
/// session is the post's own, torn down at the status, which closes the connection (cancelling the task alone left
/// URLSession reading the rest of the answer).
final class CallbackPoster: NSObject, URLSessionDataDelegate, @unchecked Sendable {  // `continuation` is guarded by `lock`.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Int, any Error>?

    /// The HTTP status of the answer to `request`; the answer's body is not read.
    static func status(of request: URLRequest) async throws -> Int {
        let poster = CallbackPoster()
        let session = URLSession(configuration: .ephemeral, delegate: poster, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        return try await withCheckedThrowingContinuation { continuation in
            poster.lock.withLock { poster.continuation = continuation }
            session.dataTask(with: request).resume()
        }
    }

    private func finish(with result: Result<Int, any Error>) {
        lock.withLock {
            defer { continuation = nil }
            return continuation
        }?.resume(with: result)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        finish(with: .success((response as? HTTPURLResponse)?.statusCode ?? 0))
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        // Also called after `.cancel`, when the status has been given already.
        finish(with: error.map { .failure($0) } ?? .success((task.response as? HTTPURLResponse)?.statusCode ?? 0))
    }
}
