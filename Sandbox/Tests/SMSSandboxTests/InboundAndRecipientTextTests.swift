import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' inbound messages and recipients in a text: FireText's inbound message copied the example's optional
/// `keyword=STOP` into every message, whatever its text; Beem's inbound message, its text in `message: {text: …}`
/// beside a top-level `from`, was refused ("no callback for inbound messages"); Sveve's `to` of `"4791234567,
/// 4791234568"` reported `" 4791234568"`, a leading space no gateway sends.
@Suite(.timeLimit(.minutes(1)))
struct InboundAndRecipientTextTests {
    static func provider(_ name: String) throws -> SandboxProvider {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        return try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
    }

    static func inbound(_ name: String, from: String = "447700900123", to: String? = nil, text: String) throws -> JSONValue {
        let provider = try Self.provider(name)
        let inbound = try #require(InboundCallback(provider: provider), "\(InboundCallback.absence(in: provider))")
        return inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
    }

    /// An optional field the request does not give is left out: no `keyword`, which would opt the sender out. The
    /// provider's number, not given, is the example's, as before.
    @Test func anInboundMessageCopiesNoOptionalFieldOfTheExample() throws {
        let payload = try Self.inbound("firetext", text: "Hello there")
        #expect(payload[member: "keyword"] == nil, "\(payload)")
        #expect(payload[member: "message"] == .string("Hello there"))
        #expect(payload[member: "source"] == .string("447700900123"))
        #expect(payload[member: "destination"] == .string("447860012345"))
    }

    /// A callback whose text is in an object beside a top-level sender carries inbound messages: the text goes there.
    @Test func anInboundTextNestedBesideItsSenderIsWritten() throws {
        let payload = try Self.inbound("beem", from: "255712345678", to: "15200", text: "Habari")
        #expect(payload[member: "from"] == .string("255712345678"), "\(payload)")
        #expect(payload[member: "to"] == .string("15200"))
        #expect(payload[member: "message"]?[member: "text"] == .string("Habari"), "\(payload)")
        #expect(payload[member: "transaction_id"] != .string("abc123"), "\(payload)")
    }

    /// Recipients a text separates with `,` are trimmed: the report names `4791234568`, not `" 4791234568"`.
    @Test func recipientsOfATextAreTrimmed() throws {
        let emulator = SandboxEmulator(providers: [try Self.provider("sveve")], configuration: .init(callbackURL: "http://127.0.0.1:9/r", seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/sveve/SendMessage", headers: [("Content-Type", "application/json")],
            body: Data(#"{"user":"alice","passwd":"pw","to":"4791234567, 4791234568","msg":"Hei"}"#.utf8)))
        #expect(answer.deliveries.map(\.message.recipient) == ["4791234567", "4791234568"], "\(answer.summary)")
        // Sent by GET, the first method its callback lists: the report is the query.
        let query = try #require(answer.deliveries.last?.request()?.url?.query)
        let report = Dictionary(uniqueKeysWithValues: try FormDecoder.parse(query).map { ($0.name, $0.value) })
        #expect(report["number"] == "4791234568", "\(report)")
    }
}
