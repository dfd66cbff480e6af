import Foundation
import SMSProviders
import SMSSandbox
import Testing

/// Fortytwo end to end on loopback: a token header, codes under HTTP 201/422, JSON delivery callbacks.
@Suite(.timeLimit(.minutes(1)))
struct FortytwoLoopbackTests {
    func requestCode(_ request: Fortytwo.RequestCodeRequest, _ loopback: Loopback) async throws -> (Int, Fortytwo.Response) {
        let parts = try request.httpRequest(baseURL: loopback.baseURL("fortytwo"), authentication: Fortytwo.provider.authentication, credentials: .apiKey("token"))
        let (status, body) = try await send(parts)
        return (status, try JSONDecoder().decode(Fortytwo.Response.self, from: body))
    }

    func deliveryRecord(_ loopback: Loopback) async throws -> (Fortytwo.DeliveryCallback, Fortytwo.CallbackInfo) {
        let callback = try #require(await loopback.inbox.next())
        #expect(callback.method == "POST")
        let decoded = try JSONDecoder().decode(Fortytwo.DeliveryCallback.self, from: callback.body)
        return (decoded, try #require(decoded.data.first))
    }

    @Test func acceptedCodeRequestIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["fortytwo"]) { loopback in
            let request = Fortytwo.RequestCodeRequest(clientRef: "login-1", phoneNumber: "+35699123456", callbackURL: loopback.callbackURL)
            #expect(request.validate().isEmpty)
            let (status, response) = try await requestCode(request, loopback)
            #expect(status == 201)
            #expect(response.resultInfo.statusCode.entry?.code == "0")
            #expect(response.resultInfo.description == "Success")
            let messageID = try #require(response.result?.messageID)
            let (callback, record) = try await deliveryRecord(loopback)
            #expect(callback.apiJobID == response.apiJobID)
            #expect(record.messageID == messageID)
            #expect(record.to == "+35699123456")
            #expect(record.status.entry?.deliveryState == .delivered)
        }
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["fortytwo"]) { loopback in
            let request = Fortytwo.RequestCodeRequest(clientRef: "login-2", phoneNumber: "0035699", callbackURL: loopback.callbackURL)
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "-59")
            let (status, response) = try await requestCode(request, loopback)
            #expect(status == 422)
            #expect(response.resultInfo.statusCode.entry == predicted)
            #expect(response.resultInfo.description == predicted.description)
            #expect(response.result == nil)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func failedDeliveryIsReported() async throws {
        try await Loopback.run(providers: ["fortytwo"], outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: "UNDELIV"), delayMilliseconds: 50))) { loopback in
            let request = Fortytwo.RequestCodeRequest(clientRef: "login-3", phoneNumber: "+35699123457", callbackURL: loopback.callbackURL)
            let (_, response) = try await requestCode(request, loopback)
            #expect(response.resultInfo.statusCode.entry?.code == "0")
            let (_, record) = try await deliveryRecord(loopback)
            #expect(record.messageID == response.result?.messageID)
            #expect(record.status.entry?.code == "UNDELIV")
            #expect(record.status.entry?.outcome == .failure)
        }
    }

    @Test func validationTravelsInThePathAndAnswersInTheOperationsWords() async throws {
        try await Loopback.run(providers: ["fortytwo"]) { loopback in
            let parts = try Fortytwo.ValidateCodeRequest(clientRef: "login-1", code: "123456")
                .httpRequest(baseURL: loopback.baseURL("fortytwo"), authentication: Fortytwo.provider.authentication, credentials: .apiKey("token"))
            let (status, body) = try await send(parts)
            let response = try JSONDecoder().decode(Fortytwo.Response.self, from: body)
            #expect(status == 200)
            #expect(response.resultInfo.statusCode.entry?.code == "0")
            #expect(response.resultInfo.description == "Valid")
        }
    }
}
