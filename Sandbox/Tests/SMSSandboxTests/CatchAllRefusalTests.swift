import Foundation
@testable import SMSSandbox
import Testing

/// A user's Notify.lk spec (Specs/notifylk.yaml), whose send answers `200` and `default`, both `SendAnswer` decided
/// by its `Status` table, whose one refusal is `error` (`{"status": "error", "message": "…"}`); and the same spec with
/// `4XX` in place of `default`.
@Suite(.timeLimit(.minutes(1)))
struct CatchAllRefusalTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/notifylk.yaml").path

    /// The spec as given, or with its refusals under `4XX`.
    static func emulator(classOnly: Bool = false) throws -> SandboxEmulator {
        var path = specPath
        if classOnly {
            let spec = try String(contentsOfFile: specPath, encoding: .utf8).replacingOccurrences(of: "default: {shape:", with: "4XX: {shape:")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catch-all-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("notifylk.yaml").path
            try spec.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["notifyuser:notifykey-SECRET1"], seed: 7))
    }

    static func send(_ emulator: SandboxEmulator, key: String = "notifykey-SECRET1", to: String = "94771234567") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "GET", path: "/notifylk/send", query: "user_id=notifyuser&api_key=\(key)&sender_id=NotifyDEMO&to=\(to)&message=Test"))
    }

    /// A wrong key and an invalid number were 401 and 400 with no body under `default`, and the wrong key still under
    /// `4XX`: each is in the shape of the answer covering its status, with the table's refusal `error`.
    @Test(arguments: [false, true]) func aRefusalIsInTheShapeOfTheAnswerCoveringItsStatus(classOnly: Bool) throws {
        let emulator = try Self.emulator(classOnly: classOnly)
        for (answer, status, words) in [(Self.send(emulator, key: "wrong-key-xyz"), 401, "bad credentials"), (Self.send(emulator, to: "0771234567"), 400, "invalid request: to:")] {
            #expect(answer.status == status, "\(answer.summary)")
            let body = try #require(
                try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
            #expect(body["status"] as? String == "error", "\(body)")
            #expect((body["message"] as? String)?.hasPrefix(words) == true, "\(body)")
        }
        #expect(Self.send(emulator).status == 200)
    }
}
