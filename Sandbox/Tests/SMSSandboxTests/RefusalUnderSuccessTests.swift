import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's Zenziva spec documents only 200 for every operation: every refusal is `{"status": "0", "text": …}` under
/// 200, and an example shows it. The sandbox answered missing keys 401 and an invalid number 400, both with an empty
/// body, which the generated client read as an undocumented code; and the invalid number's log line named the code its
/// `providerCodes` predict, `LegacyStatus 1`, a table no answer of the operation carries, which the body did not hold.
@Suite(.timeLimit(.minutes(1)))
struct RefusalUnderSuccessTests {
    static func send(_ form: String) throws -> (answer: SandboxAnswer, body: [String: Any]) {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/zenziva.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/zenziva/reguler/api/sendsms/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data(form.utf8)))
        return (answer, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.status) \(answer.summary)"))
    }

    @Test func missingKeysAreRefusedUnder200WithTheRefusalCode() throws {
        let (answer, body) = try Self.send("to=081234567890&message=Halo")
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["status"] as? String == "0", "\(body)")
        #expect(body["messageId"] == nil, "\(body)")
        #expect(answer.summary.contains("SendStatus 0") && answer.summary.contains("bad credentials"), "\(answer.summary)")
    }

    /// An invalid number is refused so too, its `text` saying why (the example's "Userkey / Passkey Salah" is another
    /// refusal's words), and the log names the code answered and says the predicted one is carried by no answer.
    @Test func anInvalidNumberIsRefusedUnder200AndTheLogSaysWhatWasAnswered() throws {
        let (answer, body) = try Self.send("userkey=u&passkey=p&to=0812&message=Halo")
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["status"] as? String == "0", "\(body)")
        let text = try #require(body["text"] as? String)
        #expect(text.hasPrefix("invalid request: to:") && !text.contains("Nomor tujuan"), "\(text)")
        #expect(answer.summary.hasPrefix("zenziva.sendSMS SendStatus 0"), "\(answer.summary)")
        #expect(answer.summary.contains("LegacyStatus 1 Nomor tujuan tidak valid is carried by no answer of sendSMS"), "\(answer.summary)")
    }

    /// An accepted send is as before.
    @Test func anAcceptedSendIsAsBefore() throws {
        let (answer, body) = try Self.send("userkey=u&passkey=p&to=081234567890&message=Halo")
        #expect(answer.status == 200 && body["status"] as? String == "1", "\(answer.summary)")
        #expect(body["messageId"] is String)
    }
}
