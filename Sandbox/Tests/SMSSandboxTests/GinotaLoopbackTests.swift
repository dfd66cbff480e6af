import Foundation
import SMSProviders
import SMSSandbox
import Testing

/// Ginota end to end on loopback: credentials as form fields, codes under HTTP 200, receipts as GET queries.
@Suite(.timeLimit(.minutes(1)))
struct GinotaLoopbackTests {
    func sendSMS(_ request: Ginota.SendRequest, _ loopback: Loopback) async throws -> (Int, Ginota.SendResponse) {
        let (status, body) = try await send(try request.httpRequest(baseURL: loopback.baseURL("ginota"), authentication: Ginota.provider.authentication))
        return (status, try JSONDecoder().decode(Ginota.SendResponse.self, from: body))
    }

    func receipt(_ loopback: Loopback) async throws -> Ginota.DeliveryReceipt {
        let callback = try #require(await loopback.inbox.next())
        #expect(callback.method == "GET")
        #expect(callback.body.isEmpty)
        return try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: callback.query)
    }

    static func request(to recipient: String) -> Ginota.SendRequest {
        Ginota.SendRequest(apiKey: "key", apiSecret: "secret", srcAddr: "Shop", dstAddr: recipient, content: "Your order shipped", txnRef: "order42")
    }

    @Test func acceptedSendIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let (status, response) = try await sendSMS(Self.request(to: "6591234567"), loopback)
            #expect(status == 200)
            #expect(response.status.entry?.code == "0")
            let messageID = try #require(response.messageID)
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == messageID)
            #expect(receipt.dstAddr == "6591234567")
            #expect(receipt.txnRef == "order42")
            #expect(receipt.deliveryStatus.entry?.deliveryState == .delivered)
        }
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let request = Self.request(to: "+65 9123")
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "4")
            let (status, response) = try await sendSMS(request, loopback)
            #expect(status == 200)
            #expect(response.status.entry == predicted)
            #expect(response.messageID == nil)
        }
    }

    @Test func failedDeliveryCarriesTheChosenCode() async throws {
        try await Loopback.run(providers: ["ginota"], outcomes: OutcomePolicy(byRecipient: ["6591234568": DeliveryOutcome(.failed(code: "1"))])) { loopback in
            let (_, response) = try await sendSMS(Self.request(to: "6591234568"), loopback)
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == response.messageID)
            #expect(receipt.deliveryStatus.entry?.name == "Expired")
            #expect(receipt.desc == "Expired")
        }
    }

    @Test func missingSecretIsAnsweredAsGinotaDoes() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let request = Ginota.SendRequest(apiKey: "key", apiSecret: "", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi")
            let (status, response) = try await sendSMS(request, loopback)
            #expect(status == 200)
            #expect(response.status.entry?.code == "7")
        }
    }
}
