import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSProviders
import SMSSandbox
import Testing

/// A spec no code was generated for, given to the sandbox at run time: form requests, a header key, codes under
/// 202/422/403, and delivery receipts posted as forms.
@Suite(.timeLimit(.minutes(1)))
struct RuntimeSpecLoopbackTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/acme.yaml").path

    func post(_ loopback: Loopback, _ form: String, key: String = "k") async throws -> (status: Int, answer: [String: String]) {
        var request = URLRequest(url: URL(string: loopback.baseURL("acme") + "/messages")!, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(key, forHTTPHeaderField: "X-Acme-Key")
        request.httpBody = Data(form.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        let answer = data.isEmpty ? [:] : try JSONDecoder().decode([String: String].self, from: data)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, answer)
    }

    @Test func acceptedSendGetsAFormReceipt() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec], outcomes: OutcomePolicy(byRecipient: [
            "4915100000002": DeliveryOutcome(.failed(code: nil)), "4915100000003": DeliveryOutcome(.never),
        ])) { loopback in
            let notify = loopback.callbackURL.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (status, answer) = try await post(loopback, "msisdn=4915100000001&text=Hello&notify_url=\(notify)")
            #expect(status == 202)
            #expect(answer["result"] == "OK")
            let messageID = try #require(answer["message_id"])
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.method == "POST")
            #expect(callback.contentType == "application/x-www-form-urlencoded")
            let receipt = Dictionary(uniqueKeysWithValues: try FormDecoder.parse(callback.body).map { ($0.name, $0.value) })
            #expect(receipt == ["message_id": messageID, "msisdn": "4915100000001", "state": "DONE"])

            _ = try await post(loopback, "msisdn=4915100000002&text=Hello&notify_url=\(notify)")
            let failed = try #require(await loopback.inbox.next())
            #expect(try FormDecoder.parse(failed.body).first { $0.name == "state" }?.value == "LOST")

            let (neverStatus, _) = try await post(loopback, "msisdn=4915100000003&text=Hello&notify_url=\(notify)")
            #expect(neverStatus == 202)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func brokenRulesAreAnsweredWithTheSpecsCodes() async throws {
        try await Loopback.run(providers: [], specs: [Self.spec]) { loopback in
            let number = try await post(loopback, "msisdn=12&text=Hello")
            #expect(number.status == 422)
            #expect(number.answer == ["result": "E_NUMBER"])
            let long = try await post(loopback, "msisdn=4915100000001&text=\(String(repeating: "x", count: 400))")
            #expect(long.answer["result"] == "E_LONG")
            // No code predicted for an empty text, and a field missing: the generic invalid-request answer.
            let empty = try await post(loopback, "msisdn=4915100000001&text=")
            #expect(empty.status == 400)
            #expect(empty.answer == ["result": "E_BAD"])
            let missing = try await post(loopback, "text=Hello")
            #expect(missing.answer == ["result": "E_BAD"])
            let noKey = try await post(loopback, "msisdn=4915100000001&text=Hello", key: "")
            #expect(noKey.status == 403)
            #expect(noKey.answer == ["result": "E_KEY"])
            #expect(await loopback.inbox.next(within: 0.3) == nil)
        }
    }
}
