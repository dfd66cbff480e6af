import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIURLSession
import ServiceLifecycle
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import SMSSpecURLSession
import Testing

/// A generated client over URLSessionTransport against a server that redirects to another origin: URLSession
/// resends every header to wherever `Location` points, so the Bind key reached the other server; with
/// `.sameOriginRedirects()` the redirect is the answer, thrown as a `ProviderError` with its status.
@Suite(.timeLimit(.minutes(1)))
struct RedirectLoopbackTests {
    @Test func theAPIKeyNeverFollowsARedirectToAnotherOrigin() async throws {
        let elsewhere = RecordingServer { _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ACCEPTED"}"#))) }
        try await elsewhere.run { elsewhereURL in
            let redirecting = RecordingServer { _ in
                Response(status: .temporaryRedirect, headers: [.location: "\(elsewhereURL)/v1.0/sms/template/welcome/send"])
            }
            try await redirecting.run { serverURL in
                let client = Bind.Client(
                    serverURL: URL(string: serverURL)!,
                    transport: URLSessionTransport(configuration: .init(session: .sameOriginRedirects())),
                    configuration: ClientConfiguration(credentials: .apiKey("key-that-stays-home")))
                let error = try await #require(throws: ProviderError.self) {
                    try await client.sendTemplate(Bind.SendTemplateRequest(id: "welcome", to: "385911111111"))
                }
                #expect(error.httpStatus == 307)
                #expect(error.rawCode == "307")
                #expect(await redirecting.heads.count == 1)
                #expect(await redirecting.heads.first?.headerFields[HTTPField.Name("X-API-KEY")!] == "key-that-stays-home")
            }
        }
        #expect(await elsewhere.heads.isEmpty)
    }
}

/// A Hummingbird server on 127.0.0.1 and an ephemeral port that records the head of every request it answers.
actor RecordingServer {
    private(set) var heads: [HTTPRequest] = []
    private let answer: @Sendable (HTTPRequest) -> Response

    init(answer: @escaping @Sendable (HTTPRequest) -> Response) { self.answer = answer }

    private func record(_ head: HTTPRequest) -> Response {
        heads.append(head)
        return answer(head)
    }

    /// Runs `body` with the server's URL (`http://127.0.0.1:PORT`), then stops the server.
    nonisolated func run(_ body: (String) async throws -> Void) async throws {
        let port = BoundPort()
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await self.record(request.head) },
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in await port.set(channel.localAddress?.port) })
        let group = ServiceGroup(configuration: .init(services: [application], logger: Logger(label: "recording-server")))
        let task = Task { try await group.run() }
        defer { task.cancel() }
        let outcome = await Result(catching: { try await body("http://127.0.0.1:\(try await port.wait("recording server"))") })
        await group.triggerGracefulShutdown()
        _ = await task.result
        try outcome.get()
    }
}
