import Foundation
import SMSProviders
import SMSSandbox
import Testing

/// OCA end to end on loopback: HTTP Basic, error envelopes under 401/406. OCA's spec has no callbacks, so the
/// sandbox sends none; the message's state is read back with the status operation instead.
@Suite(.timeLimit(.minutes(1)))
struct OCALoopbackTests {
    static let credentials = Credentials.basic(username: "user", password: "pass")

    @Test func acceptedSendCanBeLookedUpAndSendsNoCallback() async throws {
        try await Loopback.run(providers: ["oca"]) { loopback in
            let parts = try OCA.SendRequest(phone: "6281381475159", message: "Hello")
                .httpRequest(baseURL: loopback.baseURL("oca"), authentication: OCA.provider.authentication, credentials: Self.credentials)
            let (status, body) = try await send(parts)
            #expect(status == 200)
            let response = try JSONDecoder().decode(OCA.SendResponse.self, from: body)
            #expect(response.status == .sent)
            #expect(!response.msgUID.isEmpty)

            let lookup = try OCA.StatusRequest(msgUID: response.msgUID)
                .httpRequest(baseURL: loopback.baseURL("oca"), authentication: OCA.provider.authentication, credentials: Self.credentials)
            let (lookupStatus, lookupBody) = try await send(lookup)
            #expect(lookupStatus == 200)
            let envelope = try JSONDecoder().decode(OCA.StatusEnvelope.self, from: lookupBody)
            #expect(envelope.data.msgUID == response.msgUID)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["oca"]) { loopback in
            let request = OCA.SendRequest(phone: "not a number", message: "Hello")
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "39")
            let (status, body) = try await send(try request.httpRequest(baseURL: loopback.baseURL("oca"), authentication: OCA.provider.authentication, credentials: Self.credentials))
            #expect(status == 406)
            let error = try JSONDecoder().decode(OCA.ErrorBody.self, from: body)
            #expect(error.errors.first?.code.entry == predicted)
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
