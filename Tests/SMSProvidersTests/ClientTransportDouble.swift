import Foundation
import HTTPTypes
import OpenAPIRuntime
import SMSSpecClient

/// An in-process `ClientTransport`: answers with scripted responses in order and records every request it gets.
final class ScriptedTransport: ClientTransport, @unchecked Sendable {
    struct Answer {
        var status: Int
        var body: String
        var headers: [String: String] = [:]
        /// The body's bytes when they are not UTF-8 text (`body` is then ignored).
        var bytes: Data? = nil
    }

    struct Sent {
        var request: HTTPRequest
        var body: String
        var baseURL: URL
        var operationID: String

        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { request.headerFields[$0] } }
    }

    private let lock = NSLock()
    private var answers: [Answer]
    private var sentRequests: [Sent] = []

    init(_ answers: [Answer]) { self.answers = answers }

    convenience init(status: Int, body: String, headers: [String: String] = [:]) {
        self.init([Answer(status: status, body: body, headers: headers)])
    }

    var sent: [Sent] { lock.withLock { sentRequests } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var bytes = Data()
        if let body { bytes = try await Data(collecting: body, upTo: 1 << 20) }
        let answer: Answer = try lock.withLock {
            sentRequests.append(Sent(request: request, body: String(decoding: bytes, as: UTF8.self), baseURL: baseURL, operationID: operationID))
            guard !answers.isEmpty else { throw NoAnswerLeft() }
            return answers.removeFirst()
        }
        var fields = HTTPFields()
        for (name, value) in answer.headers { fields[HTTPField.Name(name)!] = value }
        let body = answer.bytes.map { HTTPBody([UInt8]($0)) } ?? HTTPBody(answer.body)
        return (HTTPResponse(status: .init(code: answer.status), headerFields: fields), body)
    }

    struct NoAnswerLeft: Error {}
}

/// Records the waits a client asks for instead of waiting.
final class RecordedSleeps: @unchecked Sendable {
    private let lock = NSLock()
    private var waits: [Duration] = []

    var all: [Duration] { lock.withLock { waits } }

    var sleep: @Sendable (Duration) async throws -> Void {
        { duration in self.lock.withLock { self.waits.append(duration) } }
    }
}

/// A middleware that adds a header, to show middlewares plug in.
struct TaggingMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[HTTPField.Name("X-Test-Middleware")!] = operationID
        return try await next(request, body, baseURL)
    }
}
