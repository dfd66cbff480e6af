import Foundation
import OpenAPIURLSession
import SMSProviderClients
import SMSProviders
import SMSSandbox
import SMSSpecClient
import Testing

/// OCA end to end on loopback: HTTP Basic, error envelopes under 401/406. OCA's spec has no callbacks, so the
/// sandbox sends none; the message's state is read back with the status operation instead.
@Suite(.timeLimit(.minutes(1)))
struct OCALoopbackTests {
    static let credentials = Credentials.basic(username: "user", password: "pass")

    func client(_ loopback: Loopback, validates: Bool = true) -> OCA.Client {
        OCA.Client(
            serverURL: loopback.serverURL("oca"), transport: URLSessionTransport(),
            configuration: ClientConfiguration(credentials: Self.credentials, validatesRequests: validates))
    }

    @Test func acceptedSendCanBeLookedUpAndSendsNoCallback() async throws {
        try await Loopback.run(providers: ["oca"]) { loopback in
            let response = try await client(loopback).sendSMS(OCA.SendRequest(phone: "6281381475159", message: "Hello"))
            #expect(response.status == .sent)
            #expect(!response.msgUID.isEmpty)
            let envelope = try await client(loopback).status(OCA.StatusRequest(msgUID: response.msgUID))
            #expect(envelope.data.msgUID == response.msgUID)
            let history = try await client(loopback).history()
            #expect(history.count == 2)
            #expect(Set(history.map(\.msgUID)).count == 2)
            #expect(!history.map(\.msgUID).contains("a1"))
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["oca"]) { loopback in
            let request = OCA.SendRequest(phone: "not a number", message: "Hello")
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "39")
            let error = try await #require(throws: ProviderError.self) { try await client(loopback, validates: false).sendSMS(request) }
            #expect(error.httpStatus == 406)
            #expect(error.entry == predicted)
            let answer = try JSONDecoder().decode(OCA.ErrorBody.self, from: try #require(error.rawBody))
            #expect(answer.errors.first?.code.entry == predicted)
        }
    }

    @Test func missingCredentialsAreAnsweredAsOCADoes() async throws {
        try await Loopback.run(providers: ["oca"]) { loopback in
            let parts = try OCA.SendRequest(phone: "6281381475159", message: "Hello")
                .httpRequest(baseURL: loopback.baseURL("oca"), authentication: OCA.provider.authentication, credentials: Self.credentials)
            let (status, body) = try await send(parts, dropping: "Authorization")
            #expect(status == 401)
            let error = try JSONDecoder().decode(OCA.ErrorBody.self, from: body)
            #expect(error.errors.first?.code.entry?.code == "17")
        }
    }
}
