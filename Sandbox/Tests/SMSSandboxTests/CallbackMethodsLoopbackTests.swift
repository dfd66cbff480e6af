import Foundation
import OpenAPIURLSession
import SMSSandbox
import SMSSpecClient
import Testing
import ThirdPartyProviders

/// A callback a provider sends by POST or by GET (Plivo's status callback, `method: [POST, GET]`): the sandbox
/// delivers it by the first method the spec lists, and the one receiver generated from the spec decodes it either way.
@Suite(.timeLimit(.minutes(1)))
struct CallbackMethodsLoopbackTests {
    /// Sends one message through the sandbox of the spec at `path` and returns its id and the callback it caused.
    static func sendAndReceive(spec path: String) async throws -> (messageUUID: String, callback: ReceivedCallback) {
        var result: (String, ReceivedCallback)?
        try await Loopback.run(providers: [], specs: [path]) { loopback in
            let client = Plivo.Client(
                serverURL: loopback.serverURL("plivo"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "MA", password: "t")))
            let answer = try await client.sendMessage(Plivo.SendMessageRequest(authID: "MA", src: "Acme", dst: ["14155550001"], text: "Hi"))
            let callback = try #require(await loopback.inbox.next())
            result = (try #require(answer.messageUUIDs.first), callback)
        }
        return try #require(result)
    }

    @Test func theFirstListedMethodCarriesTheCallbackAndTheReceiverTakesEither() async throws {
        // As the spec says it: POST first, a form body.
        let posted = try await Self.sendAndReceive(spec: UserSpecLoopbackTests.spec("plivo"))
        #expect(posted.callback.method == "POST" && posted.callback.query.isEmpty)
        #expect(posted.callback.contentType == "application/x-www-form-urlencoded")
        let byPOST = try Plivo.Receivers.statusCallback.decode(posted.callback.head, body: posted.callback.body)
        #expect(byPOST.messageUUID == posted.messageUUID)

        // The same spec listing GET first: the sandbox sends the payload as a GET's query, which the receiver reads.
        let plivo = try String(contentsOfFile: UserSpecLoopbackTests.spec("plivo"), encoding: .utf8)
        #expect(plivo.contains("method: [POST, GET]"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callback-methods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let getFirst = folder.appendingPathComponent("plivo.yaml")
        try plivo.replacingOccurrences(of: "method: [POST, GET]", with: "method: [GET, POST]").write(to: getFirst, atomically: true, encoding: .utf8)
        let sent = try await Self.sendAndReceive(spec: getFirst.path)
        #expect(sent.callback.method == "GET" && sent.callback.body.isEmpty)
        #expect(sent.callback.query.contains("MessageUUID="))
        let byGET = try Plivo.Receivers.statusCallback.decode(sent.callback.head, body: sent.callback.body)
        #expect(byGET.messageUUID == sent.messageUUID)
        #expect(byGET.status == byPOST.status)
    }
}
