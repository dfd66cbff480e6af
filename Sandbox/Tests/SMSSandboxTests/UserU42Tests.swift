import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's SMSBOX and Panacea Mobile specs (Specs/smsbox-numeric-ids.yaml, Specs/panacea-result-codes.yaml).
@Suite(.timeLimit(.minutes(1)))
struct UserU42Tests {
    static func smsbox() throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smsbox-numeric-ids")]),
            configuration: .init(credentials: ["k"], seed: 7))
    }

    static func smsboxSend(_ form: String) throws -> String {
        let answer = try smsbox().answer(WireRequest(
            method: "POST", path: "/smsbox/1.1/api.php",
            headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "App k")], body: Data(form.utf8)))
        return String(decoding: answer.body, as: UTF8.self)
    }

    /// SMSBOX's `OK {ids}`, a list of ids (`role: messageID`) whose examples are digits, answered a send to two numbers
    /// `OK 33612345678,33698765432`: the numbers as ids. A list of ids is fresh ids, one a message, whatever digits.
    @Test func aListOfIdsWhoseExamplesAreDigitsIsFreshIds() throws {
        let text = try Self.smsboxSend("dest=33612345678,33698765432&msg=Bonjour&id=1")
        #expect(text.hasPrefix("OK "), "\(text)")
        let ids = text.dropFirst(3).split(separator: ",").map(String.init)
        #expect(ids.count == 2, "\(text)")
        #expect(!ids.contains("33612345678") && !ids.contains("33698765432"), "\(text)")
        #expect(Set(ids).count == ids.count, "\(text)")
        // Written as the example's are, a list joined into one text (`OK 12345678`): digits, not UUIDs.
        #expect(ids.allSatisfy { $0.count == 8 && $0.allSatisfy(\.isNumber) }, "\(text)")
    }

    static func panacea(_ query: String) throws -> [String: Any] {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("panacea-result-codes")]),
            configuration: .init(credentials: ["alice:pw"], seed: 7))
        return try RefusalCodeKindTests.object(emulator.answer(WireRequest(method: "GET", path: "/panacea/json", query: query)))
    }

    /// Panacea's missing `to` was answered -256 "Could not save", where -4 "There was a required parameter missing from
    /// the request (see 'details' key in result for more information)" says it: the aside sends the reader elsewhere.
    @Test func anAsideSendingTheReaderElsewhereIsNotWhatACodeSays() throws {
        let body = try Self.panacea("action=message_send&username=alice&password=pw&text=Hello")
        #expect(body["status"] as? Int == -4, "\(body)")
    }

    /// SMSBOX's malformed number was `ERROR 01` "Missing or incorrect parameters" where its entries have the
    /// document's names (`ERROR 04`), `ERROR 04` "Invalid destination number" without: a name that is only a label
    /// reads with its summary.
    @Test func aNameThatIsOnlyALabelReadsWithItsSummary() throws {
        let text = try Self.smsboxSend("dest=06&msg=Bonjour&id=1")
        #expect(text == "ERROR 04", "\(text)")
    }

    /// Panacea's balance, no example given, was answered 2 "API Request Key created", its alphabetical table's first
    /// success, where 0 "Generic OK" is its plain one.
    @Test func aTablesPlainSuccessIsAnsweredWhereNoExampleSays() throws {
        let body = try Self.panacea("action=user_get_balance&username=alice&password=pw")
        #expect(body["status"] as? Int == 0, "\(body)")
        let sent = try Self.panacea("action=message_send&username=alice&password=pw&to=27821234567&text=Hello")
        #expect(sent["status"] as? Int == 1, "\(sent)")
    }

    /// A review: with the usual REST paths (`/sms/send`, `/sms/balance`) and code 1 "SMS sent/queued", the balance
    /// was answered 1 and the send example's "Sent", as `sms` of the path is a word of that success. Words every
    /// operation's path or most codes share say no operation apart: the plain success 0 "Generic OK" is answered.
    @Test func aWordEveryPathSharesSaysNoSuccessApart() throws {
        var spec = try String(contentsOfFile: UserSpecAnswerTests.spec("panacea-result-codes"), encoding: .utf8)
        for (old, new) in [
            (
                "  messageSend:\n    summary: Sends one transactional message.\n    method: GET\n    idempotent: false\n    path: /json",
                "  messageSend:\n    summary: Sends one transactional message.\n    method: GET\n    idempotent: false\n    path: /sms/send"
            ),
            ("    summary: The account's balance.\n    method: GET\n    path: /json", "    summary: The account's balance.\n    method: GET\n    path: /sms/balance"),
            ("name: api_result_message_sent, summary: Message sent/queued", "name: api_result_sms_sent, summary: SMS sent/queued"),
        ] {
            #expect(spec.contains(old))
            spec = spec.replacingOccurrences(of: old, with: new)
        }
        let path = FileManager.default.temporaryDirectory.appending(path: "panacea-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["alice:pw"], seed: 7))
        let balance = try RefusalCodeKindTests.object(emulator.answer(WireRequest(
            method: "GET", path: "/panacea/sms/balance", query: "action=user_get_balance&username=alice&password=pw")))
        #expect(balance["status"] as? Int == 0, "\(balance)")
    }

    /// A review: with no example, the balance's text was the code's machine name, `"message":"api_result_ok"`, where
    /// its summary "Generic OK" is its words.
    @Test func aCodesMachineNameIsNotItsWords() throws {
        let body = try Self.panacea("action=user_get_balance&username=alice&password=pw")
        #expect(body["message"] as? String == "Generic OK", "\(body)")
    }
}
