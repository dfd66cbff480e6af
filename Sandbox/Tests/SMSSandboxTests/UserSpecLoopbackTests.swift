import Foundation
import OpenAPIURLSession
import SMSSandbox
import SMSSpecClient
import Testing
import ThirdPartyProviders

/// Specs users wrote (Africa's Talking, Telnyx, Sinch, Plivo: links to the main package's Tests/ThirdPartySpecs) end to end,
/// as the bundled providers' tests run: the clients the build plugin generated from them send to the sandbox given
/// the same specs at run time, and the receivers generated from them decode the sandbox's callbacks.
@Suite(.timeLimit(.minutes(1)))
struct UserSpecLoopbackTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ThirdPartyProviders/\(name).yaml").path
    }

    static func configuration(_ key: Secret = "k") -> ClientConfiguration { ClientConfiguration(credentials: .apiKey(key)) }

    /// A user's SMSPortal, with its login: the generated client logs in with Basic (the login's own credentials),
    /// sends with the token the sandbox answered — accepted where `--credential` restricts the provider's — and a kept
    /// token the sandbox refuses is replaced by a login, the call sent once more.
    @Test func smsPortalLogsInAndSendsWithTheToken() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec("smsportal")], credentials: ["placeholder"]) { loopback in
            let login = SMSPortal.Client.authenticateLogin(credentials: .basic(username: "client-id", password: "api-secret-1234"))
            let client = SMSPortal.Client(
                serverURL: loopback.serverURL("smsportal"), transport: URLSessionTransport(), configuration: ClientConfiguration(login: login))
            let sent = try await client.sendBulk(SMSPortal.BulkMessagesRequest(messages: [SMSPortal.Message(content: "Hi", destination: "27830000000")]))
            #expect(sent.messages == 1)
            _ = try await client.balance()
            let kept = SMSPortal.Client(
                serverURL: loopback.serverURL("smsportal"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .apiKey("stale-token-5678"), login: login))
            _ = try await kept.balance()
            // Without the login, the kept token is refused: the provider's authentication failure.
            let alone = SMSPortal.Client(
                serverURL: loopback.serverURL("smsportal"), transport: URLSessionTransport(), configuration: ClientConfiguration(credentials: .apiKey("stale-token-5678")))
            await #expect(throws: ProviderError.self) { _ = try await alone.balance() }
        }
    }

    /// Form requests, comma-separated recipients, form delivery reports: one result and one report per recipient,
    /// each report quoting its recipient's message id, and a delivered report carrying no failure reason.
    @Test func africasTalkingAnswersAndReportsEachRecipient() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec("africastalking")]) { loopback in
            let client = AfricasTalking.Client(serverURL: loopback.serverURL("africastalking"), transport: URLSessionTransport(), configuration: Self.configuration())
            let numbers = ["+254711000001", "+254711000002"]
            let answer = try await client.sendBulk(AfricasTalking.SendRequest(username: "sandbox", to: numbers, message: "Hi"))
            let recipients = answer.smsMessageData.recipients
            #expect(recipients.map(\.number) == numbers)
            #expect(recipients.allSatisfy { $0.statusCode.entry?.outcome == .success })
            #expect(Set(recipients.map(\.messageID)).count == 2)
            var reports: [String: AfricasTalking.DeliveryReport] = [:]
            for _ in numbers {
                let callback = try #require(await loopback.inbox.next())
                #expect(callback.contentType == "application/x-www-form-urlencoded")
                let report = try AfricasTalking.Receivers.deliveryReport.decode(callback.head, body: callback.body)
                reports[report.phoneNumber] = report
            }
            for recipient in recipients {
                let report = try #require(reports[recipient.number])
                #expect(report.id == recipient.messageID)
                #expect(report.status.entry?.deliveryState == .delivered)
                #expect(report.failureReason == nil)
            }
        }
    }

    /// JSON with a Bearer token and a nested webhook: the request's `webhook_url` is where the webhook goes, the
    /// answer's message id is fresh and quoted by the webhook, lists the examples leave empty stay empty, and a
    /// delivered message reports no error.
    @Test func telnyxWebhookReachesTheRequestsURLAndQuotesTheMessage() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec("telnyx")]) { loopback in
            let client = Telnyx.Client(serverURL: loopback.serverURL("telnyx"), transport: URLSessionTransport(), configuration: Self.configuration())
            let request = Telnyx.SendMessageRequest(from: "+15550000000", to: "+15551234567", text: "Hi", webhookURL: loopback.callbackURL + "/telnyx")
            let answer = try await client.sendMessage(request)
            #expect(answer.data.to.map(\.phoneNumber) == ["+15551234567"])
            #expect(answer.data.to.first?.status?.entry?.deliveryState == .accepted)
            #expect(answer.data.errors ?? [] == [])
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.head.path == "/callbacks/telnyx")
            let webhook = try Telnyx.Receivers.webhook.decode(callback.head, body: callback.body)
            #expect(webhook.data.payload.id == answer.data.id)
            // The event is not the message: its id is its own (it was the message's, which the webhook's payload has).
            #expect(webhook.data.id != answer.data.id)
            #expect(webhook.data.payload.to.map(\.phoneNumber) == ["+15551234567"])
            #expect(webhook.data.payload.to.first?.status?.entry?.deliveryState == .delivered)
            #expect(webhook.data.payload.errors ?? [] == [])
            // The sender is not the recipient (`from.phone_number` is a recipient-named field inside `from`).
            #expect(webhook.data.payload.from.phoneNumber != "+15551234567")
            let again = try await client.sendMessage(request)
            #expect(again.data.id != answer.data.id)
            let next = try #require(await loopback.inbox.next())
            let second = try Telnyx.Receivers.webhook.decode(next.head, body: next.body)
            #expect(second.data.id != webhook.data.id)
        }
    }

    /// Recipients as a list of texts, a discriminated JSON callback: a per-recipient report for each recipient
    /// quoting the batch id; a list given once in a query (`code=0`, as the client writes a one-item list) is read.
    @Test func sinchBatchIsReportedPerRecipient() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec("sinch")]) { loopback in
            let client = Sinch.Client(serverURL: loopback.serverURL("sinch"), transport: URLSessionTransport(), configuration: Self.configuration())
            let numbers = ["15551234567", "15551234568"]
            let batch = try await client.sendBatch(Sinch.SendBatchRequest(
                servicePlanID: "plan", to: numbers, body: "Hi", deliveryReport: .perRecipient, callbackURL: loopback.callbackURL))
            #expect(batch.to == numbers)
            var reported: [String] = []
            for _ in numbers {
                let callback = try #require(await loopback.inbox.next())
                guard case .recipientDeliveryReport(let report) = try Sinch.Receivers.event.decode(callback.head, body: callback.body) else {
                    throw LoopbackError.notACallback("a Sinch per-recipient report")
                }
                #expect(report.batchID == batch.id)
                #expect(report.status.entry?.deliveryState == .delivered)
                #expect(report.code.entry?.outcome == .success)
                reported.append(report.recipient)
            }
            #expect(reported.sorted() == numbers)
            let summary = try await client.getDeliveryReport(Sinch.DeliveryReportQuery(servicePlanID: "plan", batchID: batch.id, code: [.deliveredCode]))
            #expect(summary.batchID == batch.id)
            // A look-up answers the batch it names (`/batches/{batch_id}`), not a fresh one.
            #expect(try await client.getBatch(Sinch.BatchLookup(servicePlanID: "plan", batchID: batch.id)).id == batch.id)
        }
    }

    /// HTTP Basic, the account in the path, `<`-separated recipients in `dst`, the status callback URL in `url`,
    /// form reports: one `message_uuid` per recipient, each report quoting its recipient's, a look-up answering the
    /// message it names, wrong credentials answered 401 as the spec documents (no body).
    @Test func plivoReportsEachRecipientToTheRequestsURL() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec("plivo")], credentials: ["MA:token"]) { loopback in
            func client(_ token: Secret) -> Plivo.Client {
                Plivo.Client(
                    serverURL: loopback.serverURL("plivo"), transport: URLSessionTransport(),
                    configuration: ClientConfiguration(credentials: .basic(username: "MA", password: token)))
            }
            let request = Plivo.SendMessageRequest(authID: "MA", src: "Acme", dst: ["14155550001", "14155550002"], text: "Hi", url: loopback.callbackURL + "/plivo")
            let answer = try await client("token").sendMessage(request)
            #expect(answer.messageUUIDs.count == 2 && Set(answer.messageUUIDs).count == 2)
            var reports: [String: String] = [:]
            for _ in 0..<2 {
                let callback = try #require(await loopback.inbox.next())
                #expect(callback.head.path == "/callbacks/plivo")
                let report = try Plivo.Receivers.statusCallback.decode(callback.head, body: callback.body)
                #expect(report.status.entry?.deliveryState == .delivered)
                reports[report.to] = report.messageUUID
            }
            #expect(reports == ["14155550001": answer.messageUUIDs[0], "14155550002": answer.messageUUIDs[1]])
            let message = try await client("token").getMessage(Plivo.GetMessageRequest(authID: "MA", messageUUID: answer.messageUUIDs[0]))
            #expect(message.messageUUID == answer.messageUUIDs[0])
            let refused = try await #require(throws: ProviderError.self) { try await client("wrong").sendMessage(request) }
            #expect(refused.httpStatus == 401)
            #expect(refused.rawBody?.isEmpty ?? true)
        }
    }
}
