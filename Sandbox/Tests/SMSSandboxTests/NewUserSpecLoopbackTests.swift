import Foundation
import OpenAPIURLSession
import SMSSandbox
import SMSSpecClient
import Testing
import ThirdPartyProviders

/// Semaphore (list answers, the key a request field), Exotel (form requests, `true`/`false` booleans, form
/// callbacks) and Twilio Conversations (a header boolean, a union in the answer) end to end with their generated clients.
@Suite(.timeLimit(.minutes(1)))
struct NewUserSpecLoopbackTests {
    static let key: Secret = Secret(String(repeating: "k", count: 32))

    @Test func semaphoreEveryOperationDecodes() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("semaphore")]) { loopback in
            let client = Semaphore.Client(serverURL: loopback.serverURL("semaphore"), transport: URLSessionTransport(), configuration: .init(credentials: .fields(["apikey": Self.key])))
            let sent = try await client.sendMessages(Semaphore.SendRequest(apiKey: Self.key, number: ["09171234567", "09181234567"], message: "Hi"))
            #expect(sent.map(\.recipient) == ["09171234567", "09181234567"])
            let priority = try await client.sendPriority(Semaphore.SendRequest(apiKey: Self.key, number: ["09171234567"], message: "Hi", senderName: "Acme"))
            #expect(priority.map(\.recipient) == ["09171234567"])
            let looked = try await client.getMessage(Semaphore.GetMessageRequest(apiKey: Self.key, id: sent[0].messageID))
            #expect(looked.count == 1)
            _ = try await client.account(Semaphore.AccountRequest(apiKey: Self.key))
        }
    }

    @Test func exotelSendAndLookUpDecode() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("exotel")]) { loopback in
            let client = Exotel.Client(
                serverURL: loopback.serverURL("exotel"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "key", password: "token")))
            let sent = try await client.sendSMS(Exotel.SendRequest(
                sid: "AC1", from: "EXOTEL", to: "09876543210", body: "Hi", statusCallback: loopback.callbackURL + "/exotel", shorten: true))
            #expect(sent.message.to == "09876543210")
            let callback = try #require(await loopback.inbox.next())
            let report = try Exotel.Receivers.statusCallback.decode(callback.head, body: callback.body)
            #expect(report.smsSID == sent.message.sid)
            let looked = try await client.getSMS(Exotel.GetRequest(sid: "AC1", smsSID: sent.message.sid))
            #expect(looked.message.sid == sent.message.sid)
        }
    }

    @Test func twilioConversationsCreateMessageDecodes() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("twilio-conversations")]) { loopback in
            let client = TwilioConversations.Client(
                serverURL: loopback.serverURL("twilio-conversations"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "AC1", password: "token")))
            let conversation = "CH" + String(repeating: "a", count: 32)
            let message = try await client.createMessage(TwilioConversations.CreateMessageRequest(
                conversationSID: conversation, author: "me", body: "Hi", webhookEnabled: true))
            #expect(message.body == "Hi")
            #expect(message.author == "me")
        }
    }
}
