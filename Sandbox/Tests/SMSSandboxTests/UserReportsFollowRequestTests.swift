import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' reports of answers, reports and inbound messages that did not follow the request (a user's Ghasedak spec,
/// Specs/ghasedak-envelope.yaml, and others).
@Suite(.timeLimit(.minutes(1)))
struct UserReportsFollowRequestTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    /// The spec `name` with `old` replaced by `new`, written to a temporary file.
    static func edited(_ name: String, _ old: String, _ new: String) throws -> String {
        let text = try String(contentsOfFile: spec(name), encoding: .utf8)
        #expect(text.contains(old))
        let path = FileManager.default.temporaryDirectory.appending(path: "\(name)-\(UUID().uuidString).yaml").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func inbound(_ path: String, from: String, to: String?, text: String) throws -> JSONValue {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let inbound = try #require(InboundCallback(provider: provider))
        return inbound.payload(from: from, to: to, text: text, builder: PayloadBuilder(provider: provider, ids: IdentifierSource(seed: 1)))
    }

    /// Ghasedak's inbound message has `sender` (`role: sender`) and `lineNumber`, the receiving line, which its sends
    /// declare `role: sender` (the account's line): the line said the sender's number; declared `role: recipient`,
    /// the sender's field said the line. A field declaring `role: sender` gets `from`, `role: recipient` `to`, and an
    /// undeclared field the sends call the sender is the account's line, `to` (the example's when none is given).
    @Test func inboundNumbersFollowTheirRoles() throws {
        let plain = try Self.inbound(Self.spec("ghasedak-envelope"), from: "09127654321", to: "30001111", text: "Salam")
        #expect(plain[member: "sender"] == .string("09127654321"))
        #expect(plain[member: "lineNumber"] == .string("30001111"))
        #expect(plain[member: "message"] == .string("Salam"))
        let example = try Self.inbound(Self.spec("ghasedak-envelope"), from: "09127654321", to: nil, text: "Salam")
        #expect(example[member: "sender"] == .string("09127654321"))
        #expect(example[member: "lineNumber"] == .string("30005088"))
        let declared = try Self.edited("ghasedak-envelope", "      lineNumber: string\n      message: {type: string, role: text}\n      messageId: {type: string, name: messageID}",
            "      lineNumber: {type: string, role: recipient}\n      message: {type: string, role: text}\n      messageId: {type: string, name: messageID}")
        let payload = try Self.inbound(declared, from: "09127654321", to: "30001111", text: "Salam")
        #expect(payload[member: "sender"] == .string("09127654321"))
        #expect(payload[member: "lineNumber"] == .string("30001111"))
    }
}
