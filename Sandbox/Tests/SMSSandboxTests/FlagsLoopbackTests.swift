import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox writes values as the generated code of the spec writes them: an enum of numbers (`wire: number`) as
/// a JSON number, and a boolean in a form as the provider's `formBooleans` says. It wrote `"1"` and `billed=1`.
@Suite(.timeLimit(.minutes(1)))
struct FlagsLoopbackTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/flags.yaml").path

    @Test func numbersAndBooleansTravelAsTheSpecSays() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec]) { loopback in
            var request = URLRequest(url: URL(string: loopback.baseURL("flags") + "/messages")!, timeoutInterval: 10)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("k", forHTTPHeaderField: "X-Flags-Key")
            let send = ["to": "4915100000001", "text": "Hello", "callback_url": loopback.callbackURL]
            request.httpBody = try JSONEncoder().encode(send)
            let (data, _) = try await URLSession.shared.data(for: request)
            let answer = try JSONDecoder().decode([String: JSONValue].self, from: data)
            #expect(answer["priority"] == .number(1), "\(answer)")
            let callback = try #require(await loopback.inbox.next())
            let receipt = Dictionary(uniqueKeysWithValues: try FormDecoder.parse(callback.body).map { ($0.name, $0.value) })
            #expect(receipt["billed"] == "true", "\(receipt)")
            #expect(receipt["state"] == "DONE")
        }
    }
}
