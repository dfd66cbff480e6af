import Foundation
@testable import SMSSpecClient
import SMSSpecRuntime
import Testing

/// A request holding a number longer than `Decimal` (a `json` field, a code read through `JSONPayload`): Foundation's
/// encoder alone refuses it, so every place the client writes a request as JSON goes through `JSONPayload.encode`.
@Suite struct LongNumberRequestTests {
    static let long = "123456789012345678901234567890123456789012"

    struct Send: ProviderMessage, Equatable {
        var apiKey: String
        var pin: Secret?
        var extra: JSONValue
    }

    static func extra() throws -> JSONValue { try JSONPayload.decode(JSONValue.self, from: Data("[\(long)]".utf8)) }

    /// The redactor found no secret of such a request (its encoding failed, and was skipped): an echoed PIN printed.
    @Test func theSecretsOfARequestWithALongNumberAreStillRedacted() throws {
        var redactor = SecretRedactor()
        redactor.add(secretsOf: Send(apiKey: "", pin: Secret("pin-8741"), extra: try Self.extra()))
        #expect(redactor.redact("echo pin-8741") == "echo <redacted>")
    }

    /// Filling a credential field threw the encoder's refusal, and would have written the number rounded.
    @Test func aCredentialFieldIsFilledBesideALongNumber() throws {
        let provider = ProviderDescriptor(id: "p", name: "P", baseURLs: [], authentication: .requestFields(["apiKey"]), sources: [])
        let filled = try CredentialFields.fill(Send(apiKey: "", extra: try Self.extra()), with: ["apiKey": Secret("k-1")], authentication: provider.authentication, provider: provider.id)
        #expect(filled == Send(apiKey: "k-1", extra: try Self.extra()))
        #expect(String(decoding: try JSONPayload.encode(filled), as: UTF8.self).contains("[\(Self.long)]"))
    }

    /// A form or query field holding one is written with every digit.
    @Test func aFormFieldKeepsEveryDigit() throws {
        let fields = try FormEncoder.fields(of: Send(apiKey: "k", extra: try Self.extra()))
        #expect(fields.first { $0.name == "extra" }?.value == Self.long)
    }
}
