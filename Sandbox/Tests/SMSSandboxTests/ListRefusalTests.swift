import Foundation
import SMSSandbox
import Testing

/// A user's NetGSM spec (Specs/netgsm.yaml, trimmed): plain-text list answers, the inbox's one example two inbound
/// messages (`{number} | {message} | {date}`, the text declared `role: text`), the report's examples its lines and a
/// bare `60`.
@Suite(.timeLimit(.minutes(1)))
struct ListRefusalTests {
    static func emulator() throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/netgsm.yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["8501234567:Sup3rS3cretPW"], seed: 7))
    }

    static func get(_ emulator: SandboxEmulator, _ path: String, _ query: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: "/netgsm" + path, query: query))
    }

    static func lines(_ answer: SandboxAnswer) -> [String] {
        String(decoding: answer.body, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// An inbox refused for a date that is none, or for bad credentials, was its code followed by the example's second
    /// inbound message, the refusal's reason as its text (`905441234567 | bad credentials | …`): the example of a
    /// success gives no line a refusal carries, so the refusal is the bare code, as NetGSM answers (and as the report,
    /// whose example of a refusal is a bare `60`, was already).
    @Test func aRefusedInboxIsItsCodeAlone() throws {
        let emulator = try Self.emulator()
        let account = "usercode=8501234567&password=Sup3rS3cretPW"
        let badDate = Self.get(emulator, "/gelenmesaj", account + "&startdate=bad&stopdate=021220230000")
        #expect(Self.lines(badDate) == ["70"], "\(badDate.summary)")
        let badKey = Self.get(emulator, "/gelenmesaj", "usercode=x&password=nope&startdate=011220230000&stopdate=021220230000")
        #expect(Self.lines(badKey) == ["30"], "\(badKey.summary)")
        let listed = Self.get(emulator, "/gelenmesaj", account + "&startdate=011220230000&stopdate=021220230000")
        #expect(Self.lines(listed).count == 2, "\(Self.lines(listed))")
        let report = Self.get(emulator, "/sms/report", "usercode=x&password=nope&bulkid=1")
        #expect(Self.lines(report) == ["30"], "\(report.summary)")
    }
}
