import Foundation
@testable import SMSSandbox
import Testing

/// A user's Altiria spec (Specs/altiria-u61.yaml): its send answers 200 `SendSmsAnswer`, decided by `Status`, and
/// `default: {shape: ErrorAnswer}` (`{"error": …}`), what Altiria answers a request it cannot read.
@Suite(.timeLimit(.minutes(1)))
struct UnreadableCatchAllTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/altiria-u61.yaml").path

    /// The spec as given, or without its `default` answers.
    static func emulator(withoutDefault: Bool = false) throws -> SandboxEmulator {
        var path = specPath
        if withoutDefault {
            let spec = try String(contentsOfFile: specPath, encoding: .utf8).replacingOccurrences(of: "      default: {shape: ErrorAnswer}\n", with: "")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("altiria.yaml").path
            try spec.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 7))
    }

    static func send(_ emulator: SandboxEmulator, _ body: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: "/altiria/sendSms", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    /// A body that is no JSON was 200 `{"status":"038"}`, SYNTAX_LANDING_ERROR picked for its word "syntax": it is the
    /// declared `default` answer, `{"error": "invalid request: …"}` under 400.
    @Test func anUnreadableBodyIsTheDeclaredDefaultAnswer() throws {
        let answer = Self.send(try Self.emulator(), #"{"credentials":"#)
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(String(decoding: answer.body, as: UTF8.self))")
        #expect((body["error"] as? String)?.hasPrefix("invalid request: the body is not JSON") == true, "\(body)")
        #expect(body["status"] == nil, "\(body)")
    }

    /// Without `default`, the code the word "syntax" picks speaks of the request (039 SYNTAX_WEB_PARAMS_ERROR), not of a
    /// landing page (038 SYNTAX_LANDING_ERROR, the first with the word).
    @Test func aWordPicksACodeAboutTheRequestBeforeOneAboutAnotherThing() throws {
        let answer = Self.send(try Self.emulator(withoutDefault: true), #"{"credentials":"#)
        let body = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
        #expect(body["status"] as? String == "039", "\(answer.summary): \(body)")
    }
}
