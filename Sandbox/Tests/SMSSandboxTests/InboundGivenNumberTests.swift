import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' inbound messages: EZ Texting's (Specs/eztexting-u61.yaml) `fromNumber` (declared `role: sender`) beside a
/// `toNumber`, which kept the example's number whatever `to` was given; SimpleTexting's (Specs/simpletexting-u61.yaml)
/// plain SMS came with the example's `mediaItems`.
@Suite(.timeLimit(.minutes(1)))
struct InboundGivenNumberTests {
    static func inbound(_ name: String, from: String, to: String?, text: String) throws -> JSONValue {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let inbound = try #require(InboundCallback(provider: provider), "\(InboundCallback.absence(in: provider))")
        return inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
    }

    /// `toNumber`, the counterpart of the sender's `fromNumber`, is the number the message was sent to.
    @Test func theNumberSentToIsTheOneGiven() throws {
        let payload = try Self.inbound("eztexting-u61", from: "15551234567", to: "15559990000", text: "Yo")
        #expect(payload[member: "toNumber"] == .string("15559990000"), "\(payload)")
        #expect(payload[member: "fromNumber"] == .string("15551234567"), "\(payload)")
        #expect(payload[member: "message"] == .string("Yo"), "\(payload)")
    }

    /// A plain SMS carries no media: the example's optional `mediaItems` is left out.
    @Test func aPlainMessageCarriesNoMediaOfTheExample() throws {
        let payload = try Self.inbound("simpletexting-u61", from: "8001234567", to: "8005551234", text: "Hi again")
        let values = try #require(payload[member: "values"], "\(payload)")
        #expect(values[member: "text"] == .string("Hi again"), "\(payload)")
        #expect(values[member: "mediaItems"] == nil || values[member: "mediaItems"] == .array([]), "\(payload)")
    }

    /// Its inbound message said one fresh id as `reportId` and `webhookId`, whose example gives one placeholder,
    /// "507f191e810c19729de860ea", to them and to `values.messageId` alike: a report's and a webhook's ids are their own.
    @Test func idsAnExampleGivesOnePlaceholderAreNotOneID() throws {
        let payload = try Self.inbound("simpletexting-u61", from: "8001234567", to: "8005551234", text: "Hi again")
        let report = try #require(payload[member: "reportId"], "\(payload)")
        #expect(payload[member: "webhookId"] != report, "\(payload)")
        #expect(payload[member: "values"]?[member: "messageId"] != report, "\(payload)")
    }
}
