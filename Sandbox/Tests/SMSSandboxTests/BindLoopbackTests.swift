import Foundation
import OpenAPIURLSession
import SMSProviderClients
import SMSProviderReceivers
import SMSProviders
import SMSSandbox
import SMSSpecClient
import Testing

/// Bind end to end on loopback: the generated client sends to the sandbox, the sandbox's DLR reaches a receiver.
@Suite(.timeLimit(.minutes(1)))
struct BindLoopbackTests {
    static let delivered = "385911111111"
    static let failing = "385922222222"

    func client(_ loopback: Loopback, key: Secret = "test-key", validates: Bool = true) -> Bind.Client {
        Bind.Client(
            serverURL: loopback.serverURL("bind"), transport: URLSessionTransport(),
            configuration: ClientConfiguration(credentials: .apiKey(key), validatesRequests: validates))
    }

    func receipt(_ loopback: Loopback) async throws -> Bind.DeliveryReceipt {
        let callback = try #require(await loopback.inbox.next())
        #expect(callback.method == "POST")
        guard case .deliveryReceipt(let receipt) = try Bind.Receivers.callbackEvent.decode(callback.head, body: callback.body) else {
            throw LoopbackError.notACallback("a Bind DLR")
        }
        return receipt
    }

    @Test func acceptedSendIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: Self.delivered, callbackURL: loopback.callbackURL, params: ["name": "Ana"])
            let response = try await client(loopback).sendTemplate(request)
            #expect(response.status == .accepted)
            #expect(response.errorMessage?.entry?.outcome == .success)
            let messageID = try #require(response.messageID)
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == messageID)
            #expect(receipt.to == Self.delivered)
            #expect(receipt.status.entry?.deliveryState == .delivered)
            #expect(receipt.error.entry?.code == "0")
        }
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: "+385 91 111", callbackURL: loopback.callbackURL)
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "DESTINATION_ADDRESS_INVALID")
            // The client refuses it unsent; sent anyway, the sandbox answers what the client predicted.
            await #expect(throws: ProviderClientError.self) { try await client(loopback).sendTemplate(request) }
            let error = try await #require(throws: ProviderError.self) { try await client(loopback, validates: false).sendTemplate(request) }
            #expect(error.entry == predicted)
            #expect(error.httpStatus == predicted.httpStatus)
            let answer = try JSONDecoder().decode(Bind.SendResponse.self, from: try #require(error.rawBody))
            #expect(answer.status == .rejected)
            #expect(answer.messageID == nil)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func failedDeliveryCarriesTheChosenCode() async throws {
        let outcomes = OutcomePolicy(byRecipient: [Self.failing: DeliveryOutcome(.failed(code: "27"))])
        try await Loopback.run(providers: ["bind"], outcomes: outcomes) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: Self.failing, callbackURL: loopback.callbackURL)
            let response = try await client(loopback).sendTemplate(request)
            #expect(response.status == .accepted)
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == response.messageID)
            #expect(receipt.error.entry?.code == "27")
            #expect(receipt.error.entry?.name == "ABSENT_SUBSCRIBER")
            #expect(receipt.status.entry?.outcome == .failure)
        }
    }

    @Test func wrongKeyIsAnsweredAsBindDoes() async throws {
        try await Loopback.run(providers: ["bind"], credentials: ["right-key"]) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: Self.delivered)
            let error = try await #require(throws: ProviderError.self) { try await client(loopback, key: "wrong-key").sendTemplate(request) }
            #expect(error.httpStatus == 401)
            #expect(error.entry?.code == "UNAUTHORIZED")
            #expect(try await client(loopback, key: "right-key").sendTemplate(request).status == .accepted)
        }
    }
}
