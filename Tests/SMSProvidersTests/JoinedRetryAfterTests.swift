import Foundation
import SMSProviderClients
import SMSProviders
import SMSSpecClient
import Testing

/// URLSession on Linux joins repeated `Retry-After` fields into one, `120, 120`, which was read whole, found
/// unreadable, and the request went again after the backoff's 0.5 s. A field's values are read one by one, an HTTP
/// date's comma after its day name kept, and the longest wait holds.
@Suite struct JoinedRetryAfterTests {
    /// The waits a throttled Fortytwo request makes before it succeeds (the clock stands at 22:13:20 GMT, 14 Nov 2023).
    static func waits(retryAfter: String) async throws -> [Duration] {
        let throttled = ScriptedTransport.Answer(status: 429, body: "", headers: ["Retry-After": retryAfter])
        let created = ScriptedTransport.Answer(status: 201, body: try Fixtures.text("fortytwo/request-code-response.json"))
        let sleeps = RecordedSleeps()
        _ = try await ClientTests.fortytwo(ScriptedTransport([throttled, created]), retry: .registryDriven, sleeps: sleeps)
            .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        return sleeps.all
    }

    @Test(arguments: [
        ("20, 12", Duration.seconds(20)),
        ("12,20", .seconds(20)),
        ("3, , 4,", .seconds(4)),
        ("Tue, 14 Nov 2023 22:13:32 GMT, 3", .seconds(12)),
        ("3, Tue, 14 Nov 2023 22:13:32 GMT", .seconds(12)),
        ("Tuesday, 14-Nov-23 22:13:32 GMT, Tue Nov 14 22:13:27 2023", .seconds(12)),
    ])
    func aJoinedFieldIsReadValueByValue(retryAfter: String, wait: Duration) async throws {
        #expect(try await Self.waits(retryAfter: retryAfter) == [wait])
    }

    /// One value asking for more than the limit among others ends the retries, as it does alone.
    @Test func aJoinedWaitLongerThanTheLimitEndsTheRetries() async throws {
        let transport = ScriptedTransport([.init(status: 429, body: "", headers: ["Retry-After": "120, 120"]), .init(status: 201, body: "{}")])
        let sleeps = RecordedSleeps()
        await #expect(throws: ProviderError.self) {
            try await ClientTests.fortytwo(transport, retry: .registryDriven, sleeps: sleeps)
                .requestCode(Fortytwo.RequestCodeRequest(clientRef: "ref1", phoneNumber: "447700900123"))
        }
        #expect(sleeps.all.isEmpty)
        #expect(transport.sent.count == 1)
    }

    /// A date whose day name is wrong, or a value that is no wait, is unreadable as before: the backoff applies.
    @Test func unreadableJoinedValuesAreAsIfAbsent() async throws {
        #expect(try await Self.waits(retryAfter: "soon, later") == [.milliseconds(500)])
        #expect(try await Self.waits(retryAfter: "Xyz, 14 Nov 2023 22:13:32 GMT") == [.milliseconds(500)])
    }
}
