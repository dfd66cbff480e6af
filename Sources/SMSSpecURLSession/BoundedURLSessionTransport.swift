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
/// answer as it arrives and ends the call at either limit, or when its task is cancelled, whatever URLSession does:
/// its tasks are made, started and cancelled on a queue of the transport's own, never on the caller's thread, as
/// URLSession's network thread can be held for as long as a server sends (docs/client.md, "Limits").
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
    /// Where tasks are made, started and cancelled, one at a time: URLSession's `dataTask(with:)` and `cancel()` wait
    /// for its network thread, which an answer it is draining can hold for ever (a redirect whose body never ends).
    private let tasks = DispatchQueue(label: "SMSSpecURLSession.BoundedURLSessionTransport.tasks")
    /// The session's delegate queue, one operation at a time: a task is cancelled while it holds the queue, so that
    /// the task's completion cannot run meanwhile (see `Reader.cancel`).
    private let delegateQueue: OperationQueue = {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "SMSSpecURLSession.BoundedURLSessionTransport.delegate"
        return queue
    }()
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
        reader = Reader(maximumBytes: self.maximumBytes, tasks: tasks, delegateQueue: delegateQueue)
        // No cache: an answer is read once, and with one corelibs makes a task's protocol after a cache look-up,
        // which let a cancellation's failure arrive after the task had completed and left the registry (a trap).
        let configuration = configuration.copy() as! URLSessionConfiguration
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: reader, delegateQueue: delegateQueue)
    }

    deinit {
        // The session keeps its delegate until it is invalidated.
        session.finishTasksAndInvalidate()
    }

    /// Ends at either limit, or when the calling task is cancelled, at once: the call's deadline and cancellation are
    /// set before anything of URLSession's is touched.
    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let urlRequest = try await Self.urlRequest(request, body: body, baseURL: baseURL)
        let call = reader.newCall()
        let deadline = DispatchSource.makeTimerSource()
        deadline.setEventHandler { [reader, timeout] in reader.end(call, with: BoundedTransportError.timedOut(after: timeout)) }
        deadline.schedule(deadline: .now() + Self.seconds(timeout))
        deadline.resume()
        defer { deadline.cancel() }
        let (data, response) = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard reader.start(call, continuation) else { return }
                tasks.async { [reader, session, makeTask] in
                    guard reader.isRunning(call) else { return }
                    reader.attach(makeTask(session, urlRequest), to: call)
                }
            }
        } onCancel: {
            reader.end(call, with: CancellationError())
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

/// The session's delegate: collects each call's answer up to the limit and resumes its caller once, when the answer
/// ends or the call is ended before (a limit, the caller's cancellation). Calls are told apart by a number of their own
/// until their task is made, then their task by its identifier.
///
/// A task whose call ended early is cancelled, but never while it completes or follows a redirect:
/// swift-corelibs-foundation traps when `cancel()` reaches a task whose completion has run meanwhile ("a task that
/// in not in the registry") or a redirect whose completion handler runs after it ("not waiting for it"). Both run on
/// the delegate queue, so the cancellation is made from an operation of that queue, for a task whose completion it
/// has not seen, and a redirect of an ended call is left unanswered (the cancellation ends it).
private final class Reader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // `@unchecked`: `calls`, `callsByTask`, `endedTasks` and `nextCall` are read and written under `lock` only.
    private enum Call {
        /// Made, not started: ending it now is remembered for `start`.
        case made
        case ended(any Error)
        case running(continuation: CheckedContinuation<(Data, URLResponse), any Error>, task: URLSessionTask?, data: Data)
    }

    private let maximumBytes: Int
    private let tasks: DispatchQueue
    private let delegateQueue: OperationQueue
    private let redirects = SameOriginRedirects()
    private let lock = NSLock()
    private var calls: [Int: Call] = [:]
    private var callsByTask: [Int: Int] = [:]
    /// Tasks of ended calls, by identifier, until they are cancelled or complete.
    private var endedTasks: [Int: URLSessionTask] = [:]
    private var nextCall = 0
    /// How long a cancellation may hold the delegate queue: `cancel()` waits for URLSession's network thread, which
    /// a server can hold for as long as it sends (docs/client.md, "Limits").
    static let cancellationWait = DispatchTimeInterval.seconds(1)

    init(maximumBytes: Int, tasks: DispatchQueue, delegateQueue: OperationQueue) {
        self.maximumBytes = maximumBytes
        self.tasks = tasks
        self.delegateQueue = delegateQueue
    }

    func newCall() -> Int {
        lock.withLock {
            nextCall += 1
            calls[nextCall] = .made
            return nextCall
        }
    }

    /// False when the call has ended already, its continuation resumed.
    func start(_ call: Int, _ continuation: CheckedContinuation<(Data, URLResponse), any Error>) -> Bool {
        let ended: (any Error)? = lock.withLock {
            guard case .ended(let error)? = calls[call] else {
                calls[call] = .running(continuation: continuation, task: nil, data: Data())
                return nil
            }
            calls[call] = nil
            return error
        }
        guard let ended else { return true }
        continuation.resume(throwing: ended)
        return false
    }

    func isRunning(_ call: Int) -> Bool {
        lock.withLock { if case .running? = calls[call] { true } else { false } }
    }

    /// Runs on the transport's queue: starts `task`, or cancels it when its call has ended meanwhile.
    func attach(_ task: URLSessionDataTask, to call: Int) {
        let attached = lock.withLock {
            guard case .running(let continuation, _, let data)? = calls[call] else { return false }
            calls[call] = .running(continuation: continuation, task: task, data: data)
            callsByTask[task.taskIdentifier] = call
            return true
        }
        attached ? task.resume() : task.cancel()
    }

    /// Ends `call` with `error` unless it has ended: its caller resumes now, and its task is cancelled.
    func end(_ call: Int, with error: any Error) {
        let ending: (CheckedContinuation<(Data, URLResponse), any Error>, URLSessionTask?)? = lock.withLock {
            switch calls[call] {
            case .made?:
                calls[call] = .ended(error)
                return nil
            case .running(let continuation, let task, _)?:
                calls[call] = nil
                if let task {
                    callsByTask[task.taskIdentifier] = nil
                    endedTasks[task.taskIdentifier] = task
                }
                return (continuation, task)
            case .ended?, nil:
                return nil
            }
        }
        guard let (continuation, task) = ending else { return }
        continuation.resume(throwing: error)
        if let task { delegateQueue.addOperation { [self] in cancel(task) } }
    }

    /// Runs on the delegate queue: cancels the task of an ended call unless it has completed, on the transport's queue,
    /// and holds the delegate queue until `cancel()` has returned (or for `cancellationWait`), so that the task's
    /// completion runs after the cancellation it would otherwise race.
    private func cancel(_ task: URLSessionTask) {
        guard lock.withLock({ endedTasks.removeValue(forKey: task.taskIdentifier) }) != nil else { return }
        let cancelled = DispatchSemaphore(value: 0)
        tasks.async {
            task.cancel()
            cancelled.signal()
        }
        _ = cancelled.wait(timeout: .now() + Self.cancellationWait)
    }

    private func call(of task: URLSessionTask) -> Int? { lock.withLock { callsByTask[task.taskIdentifier] } }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard response.expectedContentLength > Int64(maximumBytes) || Self.declaresMoreThanInt64(response) else {
            return completionHandler(.allow)
        }
        completionHandler(.cancel)
        if let call = call(of: dataTask) { end(call, with: BoundedTransportError.tooLarge(limit: maximumBytes)) }
    }

    /// A `Content-Length` of 2⁶³ or more, which URLSession reports as no length: a body cut short was read as whole
    /// (an attack). Lengths just below 2⁶³ trap inside swift-corelibs-foundation before any delegate is asked
    /// (docs/client.md, "Limits").
    static func declaresMoreThanInt64(_ response: URLResponse) -> Bool {
        guard let declared = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Length") else { return false }
        let digits = declared.trimmingCharacters(in: .whitespaces)
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && Int64(digits) == nil
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflowing: Int? = lock.withLock {
            guard let call = callsByTask[dataTask.taskIdentifier], case .running(let continuation, let task, var received)? = calls[call]
            else { return nil }
            guard received.count + data.count <= maximumBytes else { return call }
            calls[call] = nil  // one reference to `received`: appended in place
            received.append(data)
            calls[call] = .running(continuation: continuation, task: task, data: received)
            return nil
        }
        if let overflowing { end(overflowing, with: BoundedTransportError.tooLarge(limit: maximumBytes)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let finished: (CheckedContinuation<(Data, URLResponse), any Error>, Data)? = lock.withLock {
            endedTasks[task.taskIdentifier] = nil
            guard let call = callsByTask.removeValue(forKey: task.taskIdentifier), case .running(let continuation, _, let data)? = calls[call]
            else { return nil }
            calls[call] = nil
            return (continuation, data)
        }
        guard let (continuation, data) = finished else { return }
        if let error { return continuation.resume(throwing: error) }
        guard let response = task.response else { return continuation.resume(throwing: BoundedTransportError.notHTTP) }
        continuation.resume(returning: (data, response))
    }

    /// A 401 or 407 that names a scheme (`WWW-Authenticate: Basic realm="…"`, as RFC 9110 asks of a 401) is, to
    /// URLSession, a challenge to answer with a credential: swift-corelibs-foundation never delivered the answer, so a
    /// wrong key waited for the timeout and was thrown as one (an attack). The client authenticates itself, in the
    /// request: the answer, as received, is the call's, and the challenge is cancelled. Any other challenge (a server's
    /// TLS certificate on Darwin) is URLSession's to handle.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard let response = (challenge.failureResponse ?? task.response) as? HTTPURLResponse, [401, 407].contains(response.statusCode) else {
            return completionHandler(.performDefaultHandling, nil)
        }
        let answered: (CheckedContinuation<(Data, URLResponse), any Error>, Data)? = lock.withLock {
            guard let call = callsByTask.removeValue(forKey: task.taskIdentifier), case .running(let continuation, _, let data)? = calls[call]
            else { return nil }
            calls[call] = nil
            return (continuation, data)
        }
        completionHandler(.cancelAuthenticationChallenge, nil)
        guard let (continuation, data) = answered else { return }
        continuation.resume(returning: (data, response))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // An ended call's task is being cancelled: answering its redirect after that traps.
        guard call(of: task) != nil else { return }
        redirects.urlSession(session, task: task, willPerformHTTPRedirection: response, newRequest: request, completionHandler: completionHandler)
    }
}
