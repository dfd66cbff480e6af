import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// An answer that is a union whose variant a field names (Zenvia's contents): the sandbox built the first shape
/// without the field, which the generated client refuses ("the required field is missing"); it now writes the kind
/// the shape stands for, as the generated enum does, alone or as a list shape's element.
@Suite(.timeLimit(.minutes(1)))
struct DiscriminatedUnionAnswerTests {
    static let spec = """
        smsspec: 1
        provider: {id: kinds, name: Kinds, baseURLs: ['https://api.kinds.example']}
        operations:
          one: {method: POST, path: /one, request: Send, responses: {200: {shape: Content}}}
          many: {method: POST, path: /many, request: Send, responses: {200: {shape: Contents}}}
        shapes:
          Send: {fields: {to: string}}
          Contents: {items: Content}
          TextContent: {fields: {text: string}}
          Counted: {fields: {kind: int, n: int}}
        unions:
          Content:
            discriminator: {field: kind, variants: {text: TextContent, '7': Counted}}

        """

    @Test func eachAnswerSaysItsKind() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("discriminated-answer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("kinds.yaml")
        try Self.spec.write(to: path, atomically: true, encoding: .utf8)
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path.path]), configuration: .init(seed: 3))
        for (operation, kind) in [("one", #""text""#), ("many", #""text""#)] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/kinds/\(operation)", query: "", headers: [("Content-Type", "application/json")], body: Data(#"{"to": "1"}"#.utf8)))
            let body = String(decoding: answer.body, as: UTF8.self)
            #expect(answer.status == 200 && body.contains(#""kind":\#(kind)"#), "\(answer.summary): \(body)")
        }
    }
}
