import Foundation
import OpenAPIURLSession
@testable import SMSSandbox
import SMSSpecClient
import SMSSpecRuntime
import Testing
import ThirdPartyProviders

/// A request whose body is one field's value (`in: wholeBody`): BulkSMS's send posts a bare JSON list of entries. The
/// sandbox read every JSON body as an object of the request's fields, so each such send was refused as "the body is JSON
/// but not an object".
@Suite(.timeLimit(.minutes(1)))
struct WholeBodyRequestTests {
    static let basic = "Basic " + Data("user:pass".utf8).base64EncodedString()

    static func send(_ body: String, query: String = "", spec: String = UserSpecLoopbackTests.spec("bulksms")) throws -> SandboxAnswer {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [spec]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/report", seed: 3))
        return emulator.answer(WireRequest(
            method: "POST", path: "/bulksms/messages", query: query, headers: [("Authorization", basic), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
    }

    /// A list of two entries is two messages, each answered and reported to its own number.
    @Test func aBareListOfEntriesIsSentAsEachEntrySays() throws {
        let answer = try Self.send(#"[{"to": "+27001234567", "body": "Hello"}, {"to": ["+27002345678"], "body": "Hi"}]"#, query: "auto-unicode=true")
        #expect(answer.status == 201, "\(answer.summary)")
        let messages = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]], "\(answer.summary)")
        #expect(messages.map { $0["to"] as? String } == ["+27001234567", "+27002345678"])
        #expect(messages.map { $0["body"] as? String } == ["Hello", "Hi"])
        #expect(answer.deliveries.map(\.message.recipient) == ["+27001234567", "+27002345678"])
        // Each report (the webhook's list of messages) quotes the id the answer gave its message.
        let reported = try answer.deliveries.map { delivery -> [String?] in
            let data = try #require(delivery.request()?.httpBody)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]]).map { $0["id"] as? String }
        }
        #expect(reported == messages.map { [$0["id"] as? String] })
    }

    /// The body is checked as the field's value: an entry breaking a rule is named by its place in the list, and a body
    /// that is no list (an object of the request's fields) does not decode.
    @Test func theListIsCheckedAsTheFieldsValue() throws {
        let empty = try Self.send("[]")
        #expect(empty.status == 400, "\(empty.summary)")
        #expect(empty.summary.contains("messages"), "\(empty.summary)")
        let long = try Self.send(#"[{"to": "+27001234567", "body": "Hi", "userSuppliedId": "\#(String(repeating: "x", count: 21))"}]"#)
        #expect(long.status == 400, "\(long.summary)")
        #expect(long.summary.contains("messages[0].userSuppliedId"), "\(long.summary)")
        let object = try Self.send(#"{"messages": [{"to": "+27001234567", "body": "Hello"}]}"#)
        #expect(object.status == 400, "\(object.summary)")
        #expect(object.deliveries.isEmpty)
    }

    /// A field whose type is a list shape (`Submission: {items: SubmissionEntry}`) is checked as the list it is: its count
    /// and each entry's rules (the interpreter read it as a shape with no fields, and checked nothing).
    @Test func aListShapeFieldIsCheckedAsAList() throws {
        let text = try String(contentsOfFile: UserSpecLoopbackTests.spec("bulksms"), encoding: .utf8)
        let listShape = text.replacingOccurrences(of: "        type: '[SubmissionEntry]'\n        in: wholeBody", with: "        type: Submission\n        in: wholeBody")
        #expect(listShape != text)
        let path = FileManager.default.temporaryDirectory.appending(path: "bulksms-\(UUID().uuidString).yaml").path
        try listShape.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let empty = try Self.send("[]", spec: path)
        #expect(empty.status == 400 && empty.summary.contains("messages"), "\(empty.summary)")
        let long = try Self.send(#"[{"to": "+27001234567", "body": "Hi", "userSuppliedId": "\#(String(repeating: "x", count: 21))"}]"#, spec: path)
        #expect(long.status == 400 && long.summary.contains("messages[0].userSuppliedId"), "\(long.summary)")
        #expect(try Self.send(#"[{"to": "+27001234567", "body": "Hi"}]"#, spec: path).status == 201)
    }

    /// End to end: the generated client posts the list, and decodes the sandbox's answer as the messages it created.
    @Test func theGeneratedClientSendsTheListAndReadsTheMessages() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("bulksms")]) { loopback in
            let client = BulkSMS.Client(
                serverURL: loopback.serverURL("bulksms"), transport: URLSessionTransport(),
                configuration: ClientConfiguration(credentials: .basic(username: "user", password: "pass")))
            let sent = try await client.sendMessages(BulkSMS.SendRequest(messages: [
                BulkSMS.SubmissionEntry(to: .number("+27001234567"), body: "Hello"),
                BulkSMS.SubmissionEntry(to: .numbers(["+27002345678"]), body: "Hi"),
            ]))
            #expect(sent.map(\.to) == ["+27001234567", "+27002345678"])
            #expect(sent.map(\.status.type.entry?.deliveryState) == [.accepted, .accepted])
        }
    }
}
