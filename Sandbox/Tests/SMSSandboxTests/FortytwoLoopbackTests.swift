import Foundation
import OpenAPIURLSession
import SMSProviderClients
import SMSProviderReceivers
import SMSProviders
import SMSSandbox
import SMSSpecClient
import Testing

/// Fortytwo end to end on loopback: a token header, codes under HTTP 201/422, JSON delivery callbacks.
@Suite(.timeLimit(.minutes(1)))
struct FortytwoLoopbackTests {
    func client(_ loopback: Loopback, validates: Bool = true) -> Fortytwo.Client {
        Fortytwo.Client(
            serverURL: loopback.serverURL("fortytwo"), transport: URLSessionTransport(),
            configuration: ClientConfiguration(credentials: .apiKey("token"), validatesRequests: validates))
    }

    func deliveryRecord(_ loopback: Loopback) async throws -> (Fortytwo.DeliveryCallback, Fortytwo.CallbackInfo) {
        let callback = try #require(await loopback.inbox.next())
        let decoded = try Fortytwo.Receivers.deliveryCallback.decode(callback.head, body: callback.body)
        return (decoded, try #require(decoded.data.first))
    }

    @Test func acceptedCodeRequestIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["fortytwo"]) { loopback in
            let request = Fortytwo.RequestCodeRequest(clientRef: "login-1", phoneNumber: "+35699123456", callbackURL: loopback.callbackURL)
            let response = try await client(loopback).requestCode(request)
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
            let error = try await #require(throws: ProviderError.self) { try await client(loopback, validates: false).requestCode(request) }
            #expect(error.httpStatus == 422)
            #expect(error.entry == predicted)
            let answer = try JSONDecoder().decode(Fortytwo.Response.self, from: try #require(error.rawBody))
            #expect(answer.resultInfo.description == predicted.description)
            #expect(answer.result == nil)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func failedDeliveryIsReported() async throws {
        try await Loopback.run(providers: ["fortytwo"], outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: "UNDELIV"), delayMilliseconds: 50))) { loopback in
            let request = Fortytwo.RequestCodeRequest(clientRef: "login-3", phoneNumber: "+35699123457", callbackURL: loopback.callbackURL)
            let response = try await client(loopback).requestCode(request)
            let (_, record) = try await deliveryRecord(loopback)
            #expect(record.messageID == response.result?.messageID)
            #expect(record.status.entry?.code == "UNDELIV")
            #expect(record.status.entry?.outcome == .failure)
        }
    }

    @Test func validationTravelsInThePathAndAnswersInTheOperationsWords() async throws {
        try await Loopback.run(providers: ["fortytwo"]) { loopback in
            let response = try await client(loopback).validateCode(Fortytwo.ValidateCodeRequest(clientRef: "login-1", code: "123456"))
            #expect(response.resultInfo.statusCode.entry?.code == "0")
            #expect(response.resultInfo.description == "Valid")
        }
    }
}
