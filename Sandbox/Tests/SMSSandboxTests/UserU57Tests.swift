import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u57 (Eskiz, TurboSMS, eSMS, SignalWire, Flowroute, Telerivet, Skebby,
/// SMSFactor, LOX24).
@Suite(.timeLimit(.minutes(1)))
struct UserU57Tests {
    static let eskizToken = ("Authorization", "Bearer t")

    static func object(_ answer: SandboxAnswer) throws -> [String: JSONValue] {
        try #require(try UserReportsFollowRequestTests.json(answer).members, "\(answer.summary)")
    }

    /// A user's Eskiz look-up of `…/status_by_id/8d669dd4-cb03` wrote that text id into the `int64` field `data.id`,
    /// so `smsspec decode` refused the answer and the client threw `undecodableAnswer`: whatever the sandbox writes
    /// into a field is of the field's type. The id asked for goes into `request_id`, which declares `role: messageID`.
    @Test func aLookedUpTextIDIsNeverWrittenIntoANumberField() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["eskiz-union-message"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/eskiz/message/sms/status_by_id/8d669dd4-cb03", headers: [Self.eskizToken]))
        #expect(answer.status == 200, "\(answer.summary)")
        let data = try #require(try Self.object(answer)["data"]?.members, "\(answer.summary)")
        #expect(data["request_id"] == .string("8d669dd4-cb03"), "\(data)")
        if let id = data["id"] {
            guard case .number = id else { Issue.record("data.id is no number: \(data)"); return }
        }
    }
}
