import Foundation
import OpenAPIURLSession
@testable import SMSSandbox
import SMSSpecClient
import SMSSpecRuntime
import Testing
import ThirdPartyProviders

/// Answers that are a JSON list (`items:` shapes) for specs users wrote: Semaphore's list of messages, Exotel's
/// list of a union (a message or an error) per recipient.
@Suite(.timeLimit(.minutes(1)))
struct ListAnswerTests {
    static func emulator(_ spec: String) throws -> SandboxEmulator {
        SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecLoopbackTests.spec(spec)]), configuration: .init(seed: 5))
    }

    static func form(_ path: String, _ body: String, headers: [(String, String)] = []) -> WireRequest {
        WireRequest(method: "POST", path: path, headers: headers + [("Content-Type", "application/x-www-form-urlencoded")], body: Data(body.utf8))
    }

    /// A send to two numbers answers one message per number, each naming its number: the answer was the example's
    /// one message to `639998887777`, a number the request never named.
    @Test func semaphoreAnswersOneMessagePerRecipient() throws {
        let key = String(repeating: "k", count: 32)
        let answer = try Self.emulator("semaphore").answer(Self.form("/semaphore/messages", "apikey=\(key)&number=09171234567,09181234567&message=Hi"))
        #expect(answer.status == 200, "\(answer.summary)")
        let messages = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]])
        #expect(messages.map { $0["recipient"] as? String } == ["09171234567", "09181234567"])
        #expect(messages.allSatisfy { $0["message"] as? String == "Hi" && $0["status"] as? String == "Queued" })
        #expect(Set(messages.compactMap { $0["message_id"] as? Int }).count == 2)
    }

    /// A valid bulk send to two numbers answers two sent messages, and each status callback quotes its message's
    /// `Sid`: the answer was the example's two results verbatim, the second a refusal (`RestException` 1002) of a
    /// number the request never named, and the callbacks quoted no id of the answer.
    @Test func exotelBulkAnswersEachRecipientSent() throws {
        let basic = "Basic " + Data("key:token".utf8).base64EncodedString()
        let answer = try Self.emulator("exotel").answer(Self.form(
            "/exotel/v1/Accounts/AC1/Sms/bulksend.json", "From=EXOTEL&To=9876543210&To=9876543211&Body=Hi&StatusCallback=http%3A%2F%2F127.0.0.1%3A9%2Fcb",
            headers: [("Authorization", basic)]))
        #expect(answer.status == 200, "\(answer.summary)")
        let results = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]])
        #expect(results.allSatisfy { $0["RestException"] == nil })
        let messages = results.compactMap { $0["SMSMessage"] as? [String: Any] }
        #expect(messages.map { $0["To"] as? String } == ["9876543210", "9876543211"])
        let sids = messages.compactMap { $0["Sid"] as? String }
        #expect(Set(sids).count == 2)
        #expect(answer.deliveries.map(\.message.recipient) == ["9876543210", "9876543211"])
        #expect(answer.deliveries.map { $0.message.ids["Sid"].flatMap(FormEncoder.text(of:)) } == sids)
    }

    /// End to end with the generated Exotel client and receiver: the bulk answer decodes as one `sent` result per
    /// number (it decoded as the example's `sent` to `09999999999` and a `failed`), and each form status callback
    /// decodes and quotes its message's `Sid`.
    @Test func exotelBulkDecodesAndEachCallbackQuotesItsMessage() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("exotel")]) { loopback in
            let client = Exotel.Client(
                serverURL: loopback.serverURL("exotel"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "key", password: "token")))
            let numbers = ["9876543210", "9876543211"]
            let results = try await client.sendBulk(Exotel.BulkSendRequest(
                sid: "AC1", from: "EXOTEL", to: numbers, body: "Hi", statusCallback: loopback.callbackURL + "/exotel"))
            let messages = results.compactMap { result in if case .sent(let envelope) = result { envelope.message } else { nil } }
            #expect(messages.map(\.to) == numbers)
            var callbacks: [String: Exotel.StatusCallback] = [:]
            for _ in numbers {
                let callback = try #require(await loopback.inbox.next())
                let report = try Exotel.Receivers.statusCallback.decode(callback.head, body: callback.body)
                callbacks[report.to] = report
            }
            for message in messages {
                #expect(callbacks[message.to]?.smsSID == message.sid)
                #expect(callbacks[message.to]?.status.entry?.deliveryState == .delivered)
            }
        }
    }

    /// A look-up with a field its spec does not declare (`?to=…`) owes no delivery report: Exotel's getSMS read the
    /// query's `to` as a recipient and reported a message delivered to it, though nothing was sent.
    @Test func aLookUpWithAnUndeclaredRecipientOwesNoCallback() throws {
        let basic = "Basic " + Data("key:token".utf8).base64EncodedString()
        let answer = try Self.emulator("exotel").answer(WireRequest(
            method: "GET", path: "/exotel/v1/Accounts/AC1/SMS/Messages/SM1.json", query: "to=9876543210&StatusCallback=http%3A%2F%2F127.0.0.1%3A9%2Fcb",
            headers: [("Authorization", basic)]))
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(answer.deliveries.count == 0)
    }
}
