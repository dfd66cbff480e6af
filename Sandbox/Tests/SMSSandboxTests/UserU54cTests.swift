import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers two users reported for their Mobivate, SMS.to, BudgetSMS, Aakash SMS and SMS Gateway Center specs
/// that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU54cTests {
    static func mobivate(_ emulator: SandboxEmulator, _ path: String, _ body: String, authorized: Bool = true) -> SandboxAnswer {
        UserReportsFollowRequestTests.post(emulator, "/mobivate/send/\(path)", json: body, headers: authorized ? [("Authorization", "Bearer k")] : [])
    }

    /// The JSON body of each report `answer` owes.
    static func jsonReports(_ answer: SandboxAnswer) throws -> [JSONValue] {
        try answer.deliveries.map { try JSONPayload.decode(JSONValue.self, from: try #require($0.request()?.httpBody)) }
    }

    /// A user's Mobivate send left `routeId` at its default `mglobal` (its answer `MessageRecord` echoes `routeId`):
    /// the answer said a fresh UUID, an id-named field no request gave. The provider applies the default, and the
    /// answer says it; a value the request gives is echoed as before.
    @Test func aFieldLeftAtItsDefaultIsEchoedAsTheDefault() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["mobivate-batch"])
        let left = try UserReportsFollowRequestTests.json(Self.mobivate(emulator, "single", #"{"originator":"Test","recipient":"44700011122","body":"hi"}"#))
        #expect(left[member: "routeId"] == .string("mglobal"), "\(left)")
        let given = try UserReportsFollowRequestTests.json(Self.mobivate(
            emulator, "single", #"{"originator":"Test","recipient":"44700011122","body":"hi","routeId":"mlocal"}"#))
        #expect(given[member: "routeId"] == .string("mlocal"), "\(given)")
    }
}
