import Foundation
@testable import SMSSpecClient
import SMSSpecRuntime
import Testing

/// A credential field the request nests (CM.com's `messages.authentication.productToken`, Tests/ThirdPartySpecs/cm.yaml).
@Suite struct NestedCredentialFieldTests {
    struct Send: ProviderMessage, Equatable {
        struct Messages: Codable, Equatable, Sendable {
            struct Authentication: Codable, Equatable, Sendable { var productToken: String }
            var authentication: Authentication
            var msg: [String]
        }
        var messages: Messages
    }

    static let provider = ProviderDescriptor(id: "cm", name: "CM.com", baseURLs: [], authentication: .requestFields(["productToken"]), sources: [])

    /// The client's credential was written at the top of the JSON, which the nested shape does not read: the request
    /// went out with the placeholder the caller left in it, and the provider refused a token nobody sent.
    @Test func theClientsCredentialReplacesTheNestedPlaceholder() throws {
        let request = Send(messages: .init(authentication: .init(productToken: ""), msg: ["Hi"]))
        let filled = try CredentialFields.fill(request, with: ["productToken": Secret("token-1f2e")], authentication: Self.provider.authentication, provider: Self.provider.id)
        #expect(filled == Send(messages: .init(authentication: .init(productToken: "token-1f2e"), msg: ["Hi"])))
    }

    /// A request with no field of the name was sent without the credential, the caller's or a login's (an attack: the
    /// member added at the top was dropped when the JSON was decoded back into the request): it is refused unsent.
    @Test func aRequestWithoutTheFieldIsRefusedNotSentBare() throws {
        struct Balance: ProviderMessage, Equatable { var currency: String }
        let error = #expect(throws: ProviderClientError.self) {
            try CredentialFields.fill(Balance(currency: "EUR"), with: ["productToken": Secret("token-1f2e")], authentication: Self.provider.authentication, provider: "cm")
        }
        #expect(error.map { "\($0)" } == "none of cm's credential fields ('productToken') is in this request (no field of it, or the shape holding one left out), which would go without credentials: nothing was sent")
        #expect(throws: ProviderClientError.self) {
            try CredentialFields.fill(NoRequest(), with: ["productToken": Secret("token-1f2e")], authentication: Self.provider.authentication, provider: "cm")
        }
    }

    /// Credentials split among operations (a user's iTexMo: its send carries `3` and `passwd`, its balance `apicode`):
    /// each request carries those it holds.
    @Test func aRequestHoldingSomeOfTheFieldsCarriesThose() throws {
        struct Info: ProviderMessage, Equatable { var apicode: String }
        let split = Authentication.requestFields(["3", "passwd", "apicode"])
        let values: [String: Secret] = ["3": "code-1234", "passwd": "pass-1234", "apicode": "code-5678"]
        #expect(try CredentialFields.fill(Info(apicode: ""), with: values, authentication: split, provider: "itexmo") == Info(apicode: "code-5678"))
    }
}
