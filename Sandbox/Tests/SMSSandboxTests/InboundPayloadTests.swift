import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Which callback carries a provider's inbound messages, and where the message's sender, text and number go in it.
@Suite struct InboundPayloadTests {
    static func payload(_ spec: String, from: String = "+15550002222", to: String? = "+15550001111", text: String = "Hi 🐱") throws -> (InboundCallback, JSONValue) {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec(spec)]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(spec): no inbound callback found")
        return (inbound, inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1))))
    }

    /// Vonage's inbound message names its sender `msisdn`; its delivery receipt is not taken for it.
    @Test func vonageSenderIsMSISDN() throws {
        let (inbound, payload) = try Self.payload("vonage")
        #expect(inbound.callback.spec.name.value.hasPrefix("InboundMessage"))
        #expect(payload[member: "msisdn"] == .string("+15550002222"))
        #expect(payload[member: "to"] == .string("+15550001111"))
        #expect(payload[member: "text"] == .string("Hi 🐱"))
    }

    /// MessageMedia's sender is `source_number`, its number `destination_number`, the text `content`.
    @Test func messageMediaSourceNumber() throws {
        let (inbound, payload) = try Self.payload("messagemedia")
        #expect(inbound.callback.spec.name.value == "InboundMessage")
        #expect(payload[member: "source_number"] == .string("+15550002222"))
        #expect(payload[member: "destination_number"] == .string("+15550001111"))
        #expect(payload[member: "content"] == .string("Hi 🐱"))
    }

    /// Infobip posts a list of messages (`results`): the message is an element of it.
    @Test func infobipMessageIsInTheResultsList() throws {
        let (inbound, payload) = try Self.payload("infobip")
        #expect(inbound.callback.spec.name.value == "InboundMessages")
        let message = try #require(payload[member: "results"]?.items?.first)
        #expect(message[member: "from"] == .string("+15550002222"))
        #expect(message[member: "text"] == .string("Hi 🐱"))
    }

    /// Without `to`, the number is the example's.
    @Test func withoutToTheExamplesNumberStays() throws {
        let (_, payload) = try Self.payload("vonage", to: nil)
        #expect(payload[member: "to"] != nil && payload[member: "to"] != .string("+15550001111"))
    }
}
