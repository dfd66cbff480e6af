import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u60 (Hubtel, Arkesel, Beem, Messente, smsmode, SMS.to, Yunpian,
/// SMSEagle, Mailjet SMS) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU60Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }
}

extension UserU60Tests {
    /// A user's log of Messente's `get_balance/?username=user&password=pass` read
    /// `?<redacted>name=<redacted>&<redacted>word=<redacted>`: the password swept from the whole line took the
    /// parameters' names with it. A name the spec gives a field is shown; the values are swept.
    @Test func aSweptCredentialLeavesTheSpecsParameterNamesReadable() throws {
        let emulator = try Self.emulator(["messente-u60"])
        for query in ["username=user&password=pass", "username=name&password=username"] {
            let request = WireRequest(method: "GET", path: "/messente/get_balance/", query: query)
            let line = emulator.loggedLine(request, emulator.answer(request))
            #expect(line.contains("?username=") && line.contains("&password=<redacted>"), "\(line)")
            #expect(!line.contains("=pass") && !line.contains("=username"), "\(line)")
        }
    }
}

