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
}
