import Foundation
import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// A signature that names the fields it reads (`{field: secret, algorithm: secret}`) skips the other members, but
/// the skipped ones were not counted and the body was then decoded whole before the code was compared: a forged
/// request of 287,023 `null`s, or one member of 4 MiB of nested lists, cost a decode before its 401 "refused unread"
/// (attack review). Every member counts, and the body is checked by its structure, not decoded.
@Suite struct UnreadMembersTests {
    static let secret: Set<String> = ["secret"]

    @Test func skippedMembersCountTowardTheBound() throws {
        for value in ["null", "{}", "[]", #"{"a": [1]}"#] {
            let body = Data((#"{"secret": "wrong", "# + (0..<1_000).map { #""x\#($0)": \#(value)"# }.joined(separator: ", ") + "}").utf8)
            #expect(throws: SignatureFailure.unsignableFields("the payload has more than 1000 fields; a signature over them reads at most 1000"), "\(value)") {
                try PayloadFields.json(body, reading: Self.secret)
            }
        }
        let within = Data((#"{"secret": "wrong", "# + (0..<999).map { #""x\#($0)": null"# }.joined(separator: ", ") + "}").utf8)
        #expect(try PayloadFields.json(within, reading: Self.secret).map(\.name) == ["secret"])
    }

    @Test func anUnreadMemberIsCheckedNotDecoded() throws {
        // One member of about 4 MiB: lists nested 14 deep, as the review sent.
        var nested = "1"
        for _ in 0..<13 { nested = "[" + nested + "," + nested + "]" }
        let chunk = "[" + Array(repeating: nested, count: PayloadLimits.maximumBytes / (nested.utf8.count + 1) - 1).joined(separator: ",") + "]"
        let body = Data((#"{"secret": "wrong", "x": "# + chunk + "}").utf8)
        #expect(body.count <= PayloadLimits.maximumBytes)
        let clock = ThreadCPUClock()
        var fields: [(name: String, value: String)] = []
        // The fastest of three each, so that a busy machine does not decide it.
        let reading = try (0..<3).map { _ in try clock.measure { fields = try PayloadFields.json(body, reading: Self.secret) } }.min()!
        let decoding = try (0..<3).map { _ in try clock.measure { _ = try JSONPayload.decode(JSONValue.self, from: body) } }.min()!
        #expect(fields.map(\.value) == ["wrong"])
        #expect(reading < decoding, "reading \(reading), decoding \(decoding)")
        // What a decode would refuse, the structure scan refuses as well.
        let deep = Data((#"{"secret": "s", "x": "# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}").utf8)
        #expect(throws: SignatureFailure.self) { try PayloadFields.json(deep, reading: Self.secret) }
        // A number no Double holds is refused quoted short: the refusal is the 401's body and a log line.
        let long = Data((#"{"secret": "s", "x": 1"# + String(repeating: "0", count: 400_000) + "}").utf8)
        do { _ = try PayloadFields.json(long, reading: Self.secret); Issue.record("a number of 400,001 digits was read") } catch {
            #expect(error.description.count < 300, "\(error.description.count) characters")
        }
        let twice = Data(#"{"secret": "s", "x": null, "x": {}}"#.utf8)
        do { _ = try PayloadFields.json(twice, reading: Self.secret); Issue.record("a key sent twice was read") } catch {
            #expect(error.description.contains(#"The key "x" appears twice"#), "\(error)")
        }
    }
}
