import Foundation
import HTTPTypes
import OpenAPIRuntime
import SMSSpecRuntime

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `ClientTransport` over URLSession that bounds what one answer can cost: it stops reading an answer once it holds
/// more than `maximumBytes` and gives up on one that has not ended after `timeout`, and it follows a redirect only
/// within the origin the request went to (`SameOriginRedirects`).
///
/// swift-openapi-urlsession's `URLSessionTransport` reads an answer whole on Linux (a data task with a completion
/// handler) before the client can check its size: an answer that never ends grew to gigabytes in seconds, and one
/// that sends a byte a second kept the call waiting for ever (swift-corelibs-foundation applies neither
/// `timeoutIntervalForRequest` to a trickle nor `timeoutIntervalForResource` at all). This transport reads each
/// answer as it arrives and ends the call at either limit; URLSession's own thread stops reading only when its
/// cancellation takes, which a server sending faster than it reads can delay (docs/client.md, "Limits").
///
/// ```swift
/// let client = Bind.Client(transport: BoundedURLSessionTransport())
/// ```
///
/// One transport holds one session: make one for the app (or per provider) and share it.
public final class BoundedURLSessionTransport: ClientTransport, @unchecked Sendable {
    // `@unchecked`: every stored property is a constant, and `Reader` guards its state with a lock.

    /// The most bytes of an answer's body it reads: more is `BoundedTransportError.tooLarge`.
    public let maximumBytes: Int
    /// How long a request may take, from sending it to the end of its answer: longer is
    /// `BoundedTransportError.timedOut`.
    public let timeout: Duration
    private let session: URLSession
    private let reader: Reader
    /// Makes the task of a request (tests give one that never answers and whose `cancel()` blocks, as URLSession's can).
    private let makeTask: @Sendable (URLSession, URLRequest) -> URLSessionDataTask

    /// `configuration`: the session's (its delegate is this transport's own); `maximumBytes`: by default the most a
    /// generated client reads (`PayloadLimits.maximumBytes`, 4 MiB); `timeout`: for the whole exchange.
    public convenience init(configuration: URLSessionConfiguration = .default, maximumBytes: Int = PayloadLimits.maximumBytes, timeout: Duration = .seconds(60)) {
        self.init(configuration: configuration, maximumBytes: maximumBytes, timeout: timeout) { $0.dataTask(with: $1) }
    }

    init(
        configuration: URLSessionConfiguration, maximumBytes: Int, timeout: Duration,
        makeTask: @escaping @Sendable (URLSession, URLRequest) -> URLSessionDataTask
    ) {
        self.maximumBytes = max(0, maximumBytes)
        self.timeout = timeout
        self.makeTask = makeTask
        reader = Reader(maximumBytes: self.maximumBytes)
        session = URLSession(configuration: configuration, delegate: reader, delegateQueue: nil)
    }

    deinit {
        // The session keeps its delegate until it is invalidated.
        session.finishTasksAndInvalidate()
    }

    /// At either limit, or when the calling task is cancelled, the call ends at once: URLSession's `cancel()` waits for
    /// its network thread, which an answer it is still draining can hold for ever (a redirect whose body never ends),
    /// so the task is cancelled apart from the call.
    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let urlRequest = try await Self.urlRequest(request, body: body, baseURL: baseURL)
        let task = makeTask(session, urlRequest)
        reader.register(task)
        let timer = DispatchWorkItem { [reader, timeout] in reader.end(task, with: BoundedTransportError.timedOut(after: timeout)) }
        defer { timer.cancel() }
        let (data, response) = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                reader.start(task, continuation)
                DispatchQueue.global().asyncAfter(deadline: .now() + Self.seconds(timeout), execute: timer)
            }
        } onCancel: {
            reader.end(task, with: CancellationError())
        }
        return (try Self.httpResponse(response), HTTPBody(data))
    }

    /// The request URL is the base URL's with the request's path and query after its path, as URLSessionTransport
    /// builds it.
    static func urlRequest(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL) async throws -> URLRequest {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: true),
            let requested = URLComponents(string: request.path ?? "")
        else { throw BoundedTransportError.invalidRequestURL(baseURL: baseURL.absoluteString, path: request.path ?? "") }
        components.percentEncodedPath += requested.percentEncodedPath
        components.percentEncodedQuery = requested.percentEncodedQuery
        guard let url = components.url else {
            throw BoundedTransportError.invalidRequestURL(baseURL: baseURL.absoluteString, path: request.path ?? "")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields { urlRequest.addValue(field.value, forHTTPHeaderField: field.name.canonicalName) }
        if let body { urlRequest.httpBody = try await Data(collecting: body, upTo: .max) }
        return urlRequest
    }

    static func httpResponse(_ response: URLResponse) throws -> HTTPResponse {
        guard let response = response as? HTTPURLResponse else { throw BoundedTransportError.notHTTP }
        var fields = HTTPFields()
        for (name, value) in response.allHeaderFields {
            guard let name = (name as? String).flatMap({ HTTPField.Name($0) }), let value = value as? String else { continue }
            fields.append(HTTPField(name: name, value: value))
        }
        return HTTPResponse(status: .init(code: response.statusCode), headerFields: fields)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Why `BoundedURLSessionTransport` gave up on an answer. A generated client throws it as a `TransportFailure`'s
/// `underlying` error.
public enum BoundedTransportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The answer's body holds more than `limit` bytes (its `Content-Length` says so, or more arrived).
    case tooLarge(limit: Int)
    /// The answer had not ended `after` the request was sent.
    case timedOut(after: Duration)
    /// The base URL and the request's path make no URL.
    case invalidRequestURL(baseURL: String, path: String)
    /// The answer is not HTTP.
    case notHTTP

    public var description: String {
        switch self {
        case .tooLarge(let limit): "the answer is larger than \(limit) bytes, the limit: it was not read further"
        case .timedOut(let after): "the answer had not ended after \(after), the limit: the request was cancelled"
        case .invalidRequestURL(let baseURL, let path): "no URL is made of the base URL \(baseURL) and the path \(path)"
        case .notHTTP: "the answer is not HTTP"
        }
    }

    /// As `description`: Foundation's default (`localizedDescription`) says only "error 1".
    public var errorDescription: String? { description }
}

/// The session's delegate: collects each task's answer up to the limit and resumes its caller once, when the answer
/// ends or the exchange is ended before (a limit, the caller's cancellation).
private final class Reader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // `@unchecked`: `exchanges` is read and written under `lock` only.
    private enum Exchange {
        /// Made, not started: ending it now is remembered for `start`.
        case made
        case ended(any Error)
        case running(continuation: CheckedContinuation<(Data, URLResponse), any Error>, data: Data)
    }

    private let maximumBytes: Int
    private let redirects = SameOriginRedirects()
    private let lock = NSLock()
    private var exchanges: [Int: Exchange] = [:]
    /// Where tasks are cancelled: URLSession's `cancel()` can block for as long as its network thread is busy.
    private static let cancelling = DispatchQueue(label: "SMSSpecURLSession.BoundedURLSessionTransport.cancel", attributes: .concurrent)

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    func register(_ task: URLSessionTask) {
        lock.withLock { exchanges[task.taskIdentifier] = .made }
    }

    func start(_ task: URLSessionDataTask, _ continuation: CheckedContinuation<(Data, URLResponse), any Error>) {
        let ended: (any Error)? = lock.withLock {
            guard case .ended(let error)? = exchanges[task.taskIdentifier] else {
                exchanges[task.taskIdentifier] = .running(continuation: continuation, data: Data())
                return nil
            }
            exchanges[task.taskIdentifier] = nil
            return error
        }
        guard let ended else { return task.resume() }
        continuation.resume(throwing: ended)
    }

    /// Ends `task`'s exchange with `error` unless it has ended: its caller resumes now, and the task is cancelled apart.
    func end(_ task: URLSessionTask, with error: any Error) {
        let continuation: CheckedContinuation<(Data, URLResponse), any Error>? = lock.withLock {
            switch exchanges[task.taskIdentifier] {
            case .made?:
                exchanges[task.taskIdentifier] = .ended(error)
                return nil
            case .running(let continuation, _)?:
                exchanges[task.taskIdentifier] = nil
                return continuation
            case .ended?, nil:
                return nil
            }
        }
        guard let continuation else { return }
        continuation.resume(throwing: error)
        Self.cancelling.async { task.cancel() }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard response.expectedContentLength > Int64(maximumBytes) else { return completionHandler(.allow) }
        completionHandler(.cancel)
        end(dataTask, with: BoundedTransportError.tooLarge(limit: maximumBytes))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflows = lock.withLock {
            guard case .running(let continuation, var received)? = exchanges[dataTask.taskIdentifier] else { return false }
            guard received.count + data.count <= maximumBytes else { return true }
            exchanges[dataTask.taskIdentifier] = nil  // one reference to `received`: appended in place
            received.append(data)
            exchanges[dataTask.taskIdentifier] = .running(continuation: continuation, data: received)
            return false
        }
        if overflows { end(dataTask, with: BoundedTransportError.tooLarge(limit: maximumBytes)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let exchange: (CheckedContinuation<(Data, URLResponse), any Error>, Data)? = lock.withLock {
            guard case .running(let continuation, let data)? = exchanges[task.taskIdentifier] else { return nil }
            exchanges[task.taskIdentifier] = nil
            return (continuation, data)
        }
        guard let (continuation, data) = exchange else { return }
        if let error { return continuation.resume(throwing: error) }
        guard let response = task.response else { return continuation.resume(throwing: BoundedTransportError.notHTTP) }
        continuation.resume(returning: (data, response))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        redirects.urlSession(session, task: task, willPerformHTTPRedirection: response, newRequest: request, completionHandler: completionHandler)
    }
}
