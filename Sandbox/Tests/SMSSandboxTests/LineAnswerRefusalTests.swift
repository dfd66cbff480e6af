import Foundation
@testable import SMSSandbox
import Testing

/// A user's TextMarketer spec (Specs/textmarketer.yaml): the gateway's plain-text answer as a list of lines, each
/// read by the forms `{credits}`, `Error: {reason}`, `{result}`; its examples `SUCCESS\n10` and
/// `FAILED\nError: invalid originator or missing\n121`.
@Suite(.timeLimit(.minutes(1)))
struct LineAnswerRefusalTests {
    static func emulator() throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/textmarketer.yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["tmuser:tmpass-SECRET2"], seed: 7))
    }

    static func send(_ emulator: SandboxEmulator, password: String = "tmpass-SECRET2", orig: String = "myscript") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "GET", path: "/textmarketer/gateway/",
            query: "username=tmuser&password=\(password)&to=447777777777,447777777778&message=test+message&orig=\(orig)", headers: [], body: Data()))
    }

    static func lines(_ answer: SandboxAnswer) -> [String] {
        String(decoding: answer.body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A success was `Error: \n10`: the example's `SUCCESS` line had been read as `{credits}` (a number), so the
    /// sandbox wrote a line of no code, with an empty reason. Each line is in the form the example's line takes.
    @Test func aSuccessReadsAsTheExampleOfASuccess() throws {
        let answer = Self.send(try Self.emulator())
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(Self.lines(answer) == ["SUCCESS", "10"], "\(Self.lines(answer))")
    }

    /// A wrong password (401) and an invalid originator (400) were a bare `FAILED`: a refusal carries the lines the
    /// example of a refusal carries, its reason saying why.
    @Test func aRefusalCarriesTheLinesOfTheExampleOfARefusal() throws {
        let emulator = try Self.emulator()
        for (answer, status, why) in [(Self.send(emulator, password: "wrong"), 401, "bad credentials"), (Self.send(emulator, orig: "my+script"), 400, "orig")] {
            let lines = Self.lines(answer)
            #expect(answer.status == status, "\(answer.summary)")
            #expect(lines.count == 3, "\(lines)")
            guard lines.count == 3 else { continue }
            #expect(lines[0] == "FAILED", "\(lines)")
            #expect(lines[1].hasPrefix("Error: ") && lines[1].contains(why), "\(lines)")
            #expect(lines[2] == "121", "\(lines)")
        }
    }
}
