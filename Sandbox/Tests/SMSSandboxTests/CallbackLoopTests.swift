import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A callback URL pointing at the sandbox itself.
@Suite(.timeLimit(.minutes(1)))
struct CallbackLoopTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/loop.yaml").path

    /// A receipt that is itself a valid send (it quotes the key, the recipient and the callback URL), called back at
    /// the send's own path: the sandbox emulated it as a send, whose receipt went there again, without end. Its
    /// callbacks carry a header a sandbox answers 508 to, so there is one send and one refused receipt.
    @Test func aCallbackToTheSandboxItselfDoesNotLoop() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: [], specs: [Self.spec], log: { line in Task { await lines.add(line) } }) { loopback in
            let sendURL = loopback.baseURL("loop") + "/send"
            var request = URLRequest(url: URL(string: sendURL)!, timeoutInterval: 10)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = try JSONSerialization.data(withJSONObject: ["key": "k", "to": "15550001111", "callback_url": sendURL])
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            let refused = try await lines.first(within: 10) { $0.contains("→ 508") }
            #expect(refused.contains("a loop"), "\(refused)")
            _ = try await lines.first(within: 10) { $0.hasPrefix("callback Receipt for 15550001111") && $0.hasSuffix(": 508") }
            try await Task.sleep(nanoseconds: 500_000_000)
            let log = await lines.lines
            #expect(log.filter { $0.contains("loop.send accepted") }.count == 1, "\(log)")
        }
    }
}
