import Foundation
import SMSProviders
import SMSSandbox
import Testing

/// Bind end to end on loopback: the generated request goes to the sandbox, its DLR to a callback receiver.
@Suite(.timeLimit(.minutes(1)))
struct BindLoopbackTests {
    static let delivered = "385911111111"
    static let failing = "385922222222"

    func sendTemplate(_ request: Bind.SendTemplateRequest, _ loopback: Loopback) async throws -> (Int, Bind.SendResponse) {
        let parts = try request.httpRequest(baseURL: loopback.baseURL("bind"), authentication: Bind.provider.authentication, credentials: .apiKey("test-key"))
        let (status, body) = try await send(parts)
        return (status, try JSONDecoder().decode(Bind.SendResponse.self, from: body))
    }

    func receipt(_ loopback: Loopback) async throws -> Bind.DeliveryReceipt {
        let callback = try #require(await loopback.inbox.next())
        #expect(callback.method == "POST")
        #expect(callback.contentType == "application/json")
        let event = try JSONDecoder().decode(Bind.CallbackEvent.self, from: callback.body)
        guard case .deliveryReceipt(let receipt) = event else { Issue.record("not a DLR: \(event)"); throw LoopbackError.notStarted("DLR") }
        return receipt
    }

    @Test func acceptedSendIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: Self.delivered, callbackURL: loopback.callbackURL, params: ["name": "Ana"])
            #expect(request.validate().isEmpty)
            let (status, response) = try await sendTemplate(request, loopback)
            #expect(status == 200)
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
            let (status, response) = try await sendTemplate(request, loopback)
            #expect(status == predicted.httpStatus)
            #expect(response.status == .rejected)
            #expect(response.errorMessage?.entry == predicted)
            #expect(response.messageID == nil)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func failedDeliveryCarriesTheChosenCode() async throws {
        let outcomes = OutcomePolicy(byRecipient: [Self.failing: DeliveryOutcome(.failed(code: "27"))])
        try await Loopback.run(providers: ["bind"], outcomes: outcomes) { loopback in
            let request = Bind.SendTemplateRequest(id: "welcome", to: Self.failing, callbackURL: loopback.callbackURL)
            let (_, response) = try await sendTemplate(request, loopback)
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
            let parts = try Bind.SendTemplateRequest(id: "welcome", to: Self.delivered)
                .httpRequest(baseURL: loopback.baseURL("bind"), authentication: Bind.provider.authentication, credentials: .apiKey("wrong-key"))
            let (status, body) = try await send(parts)
            let response = try JSONDecoder().decode(Bind.SendResponse.self, from: body)
            #expect(status == 401)
            #expect(response.errorMessage?.entry?.code == "UNAUTHORIZED")
        }
    }
}
