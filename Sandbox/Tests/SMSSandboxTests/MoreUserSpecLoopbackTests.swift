import Foundation
import OpenAPIURLSession
import SMSSandbox
import SMSSpecClient
import Testing
import ThirdPartyProviders

/// CM.com (the product token nested in the body), GatewayAPI (a batch of recipients, each a number or text) and
/// 46elks (form requests, plain-text refusals whose code is their status) end to end with their generated clients
/// and receivers.
@Suite(.timeLimit(.minutes(1)))
struct MoreUserSpecLoopbackTests {
    static let token: Secret = "0f1e2d3c-aaaa-bbbb-cccc-000000000001"

    /// The client's token reaches the sandbox where the spec nests it, whatever the request's placeholder says.
    @Test func cmTheClientsNestedTokenIsAccepted() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("cm")], credentials: [Self.token.value]) { loopback in
            let client = CMCom.Client(
                serverURL: loopback.serverURL("cm"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .fields(["productToken": Self.token])))
            let message = CMCom.Message(from: "Shop", to: [CMCom.Recipient(number: "00447911123456")], body: CMCom.Body(content: "Hi"))
            let request = CMCom.SendRequest(messages: CMCom.Messages(authentication: CMCom.Authentication(productToken: ""), msg: [message]))
            let answer = try await client.sendMessages(request)
            #expect(answer.errorCode == .ok)
        }
    }

    /// Each recipient's report names it, and decodes with the generated receiver.
    @Test func gatewayAPIReportsEachRecipient() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("gatewayapi")]) { loopback in
            let client = GatewayAPI.Client(serverURL: loopback.serverURL("gatewayapi"), transport: URLSessionTransport(), configuration: ClientConfiguration(credentials: .apiKey("t")))
            _ = try await client.sendSMS(GatewayAPI.SendRequest(
                message: "Hi", callbackURL: loopback.callbackURL + "/gatewayapi",
                recipients: [GatewayAPI.Recipient(msisdn: .number(4_512_345_678)), GatewayAPI.Recipient(msisdn: .text("4587654321"))]))
            var numbers: [GatewayAPI.MSISDN] = []
            for _ in 0..<2 {
                let callback = try #require(await loopback.inbox.next())
                let report = try GatewayAPI.Receivers.deliveryStatus.decode(callback.head, body: callback.body)
                #expect(report.status == .delivered)
                numbers.append(report.msisdn)
            }
            #expect(Set(numbers) == [.number(4_512_345_678), .number(4_587_654_321)])
        }
    }

    /// A refused send is a line of text under its status: the client throws that status's entry.
    @Test func fortySixElksRefusalIsItsStatus() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("fortysixelks")]) { loopback in
            let client = FortySixElks.Client(
                serverURL: loopback.serverURL("fortysixelks"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "u", password: "p"), validatesRequests: false))
            let error = try await #require(throws: ProviderError.self) {
                try await client.sendSMS(FortySixElks.SendRequest(from: "ElkTest", to: "0700", message: "Hi"))
            }
            #expect(error.httpStatus == 400)
            #expect(error.entry?.name == "Bad Request")
            #expect(error.answer(as: FortySixElks.ErrorText.self)?.message == "The request is malformed")
        }
    }
}
