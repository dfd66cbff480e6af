import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u58 (Mitto, Commio, Primotexto, Aligo, ThaiBulkSMS, Mobily, SMSPortal,
/// Sendchamp, mNotify) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU58Tests {
    static let mittoKey = ("X-Mitto-API-Key", "mittokey")

    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), credentials: [String] = []) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, credentials: credentials, seed: 4))
    }

    /// A user's Mitto bulk send to two numbers answers `responses: [SendResponse]`, the single send's result, which
    /// names no recipient but holds the message's id (`role: messageID`): it answered one result, and the two
    /// recipients' reports quoted its one id. One result per recipient, each with an id of its own its report quotes.
    @Test func aListOfResultsHoldingAMessageIDIsOnePerRecipient() throws {
        let emulator = try Self.emulator(["mitto-u58"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/mitto/smsbulk",
            json: #"{"from":"MITTO","to":["491725551234","4915112345678"],"text":"Hi"}"#, headers: [Self.mittoKey])
        #expect(answer.status == 200, "\(answer.summary)")
        let results = try #require(try UserU57Tests.object(answer)["responses"]?.items, "\(answer.summary)")
        let ids = results.compactMap { $0[member: "id"] }
        #expect(results.count == 2 && Set(ids).count == 2, "\(answer.summary)")
        let reports = try answer.deliveries.map(CarriedIDTypeTests.query)
        #expect(reports.count == 2, "\(reports)")
        #expect(Set(reports.compactMap { $0["id"] }.map(JSONValue.string)) == Set(ids), "\(reports)")
    }
}
