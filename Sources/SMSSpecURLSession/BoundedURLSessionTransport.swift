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
/// answer as it arrives and cancels it at either limit.
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

    /// `configuration`: the session's (its delegate is this transport's own); `maximumBytes`: by default the most a
    /// generated client reads (`PayloadLimits.maximumBytes`, 4 MiB); `timeout`: for the whole exchange.
    public init(configuration: URLSessionConfiguration = .default, maximumBytes: Int = PayloadLimits.maximumBytes, timeout: Duration = .seconds(60)) {
        self.maximumBytes = max(0, maximumBytes)
        self.timeout = timeout
        reader = Reader(maximumBytes: self.maximumBytes)
        session = URLSession(configuration: configuration, delegate: reader, delegateQueue: nil)
    }

    deinit {
        // The session keeps its delegate until it is invalidated.
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let urlRequest = try await Self.urlRequest(request, body: body, baseURL: baseURL)
        let task = session.dataTask(with: urlRequest)
        let timer = DispatchWorkItem { [reader, timeout] in reader.fail(task, with: .timedOut(after: timeout)) }
        defer { timer.cancel() }
        do {
            let (data, response) = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    reader.start(task, continuation)
                    DispatchQueue.global().asyncAfter(deadline: .now() + Self.seconds(timeout), execute: timer)
                }
            } onCancel: {
                task.cancel()
            }
            return (try Self.httpResponse(response), HTTPBody(data))
        } catch where Task.isCancelled && !(error is BoundedTransportError) {
            throw CancellationError()
        }
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

/// The session's delegate: collects each task's answer up to the limit and resumes its caller when it ends.
private final class Reader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // `@unchecked`: `tasks` is read and written under `lock` only.
    private struct Exchange {
        let continuation: CheckedContinuation<(Data, URLResponse), any Error>
        var data = Data()
        var failure: BoundedTransportError?
    }

    private let maximumBytes: Int
    private let redirects = SameOriginRedirects()
    private let lock = NSLock()
    private var tasks: [Int: Exchange] = [:]

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    func start(_ task: URLSessionDataTask, _ continuation: CheckedContinuation<(Data, URLResponse), any Error>) {
        lock.withLock { tasks[task.taskIdentifier] = Exchange(continuation: continuation) }
        task.resume()
    }

    /// Ends `task` with `failure` (the first one given counts).
    func fail(_ task: URLSessionTask, with failure: BoundedTransportError) {
        let failed = lock.withLock {
            guard tasks[task.taskIdentifier] != nil, tasks[task.taskIdentifier]?.failure == nil else { return false }
            tasks[task.taskIdentifier]?.failure = failure
            return true
        }
        if failed { task.cancel() }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if response.expectedContentLength > Int64(maximumBytes) {
            fail(dataTask, with: .tooLarge(limit: maximumBytes))
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflows = lock.withLock {
            guard var exchange = tasks[dataTask.taskIdentifier], exchange.failure == nil else { return false }
            guard exchange.data.count + data.count <= maximumBytes else { return true }
            exchange.data.append(data)
            tasks[dataTask.taskIdentifier] = exchange
            return false
        }
        if overflows { fail(dataTask, with: .tooLarge(limit: maximumBytes)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let exchange = lock.withLock({ tasks.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = exchange.failure { return exchange.continuation.resume(throwing: failure) }
        if let error { return exchange.continuation.resume(throwing: error) }
        guard let response = task.response else { return exchange.continuation.resume(throwing: BoundedTransportError.notHTTP) }
        exchange.continuation.resume(returning: (exchange.data, response))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        redirects.urlSession(session, task: task, willPerformHTTPRedirection: response, newRequest: request, completionHandler: completionHandler)
    }
}
