import Foundation
@testable import SMSSandbox
import Testing

/// A user's BudgetSMS spec (Specs/budgetsms.yaml): its credentials are the query fields `username`, `userid` and
/// `handle`, and its codes say which is missing (1005 "No handle provided", 1006 UserID, 1007 Username) beside 1002
/// "Identification failed. Wrong credentials".
@Suite(.timeLimit(.minutes(1)))
struct MissingCredentialFieldTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/budgetsms.yaml").path

    static func send(_ credentials: String) throws -> String {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [specPath]), configuration: .init(credentials: ["bob:4711:HANDLESECRET77"], seed: 7))
        let answer = emulator.answer(WireRequest(method: "GET", path: "/budgetsms/sendsms/", query: "\(credentials)&msg=hi&from=Acme&to=31612345678"))
        return String(decoding: answer.body, as: UTF8.self)
    }

    /// A request without `handle` was answered 1002, the first authentication code: the code naming the missing
    /// field says it, the first missing one's where several are; a wrong one is still 1002.
    @Test func theCodeNamingTheMissingCredentialFieldIsAnswered() throws {
        #expect(try Self.send("username=bob&userid=4711") == "ERR 1005")
        #expect(try Self.send("username=bob&userid=4711&handle=") == "ERR 1005")
        #expect(try Self.send("username=bob&handle=HANDLESECRET77") == "ERR 1006")
        #expect(try Self.send("userid=4711&handle=HANDLESECRET77") == "ERR 1007")
        #expect(try Self.send("username=bob") == "ERR 1006")
        #expect(try Self.send("username=bob&userid=4711&handle=WRONG") == "ERR 1002")
        #expect(try Self.send("username=bob&userid=4711&handle=HANDLESECRET77").hasPrefix("OK "))
    }
}
