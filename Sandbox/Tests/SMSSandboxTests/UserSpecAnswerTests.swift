import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSandbox
import SMSSpecRuntime
import Testing

/// What the sandbox answers and reports for specs users wrote (copies of the main package's
/// Tests/ThirdPartySpecs), checked against their specs.
@Suite(.timeLimit(.minutes(1)))
struct UserSpecAnswerTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    static let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: [], specPaths: [spec("clickatell"), spec("plivo")]), configuration: .init(seed: 3))

    static func answer(_ method: String, _ target: String, _ headers: [(String, String)], json: String? = nil) throws -> (status: Int, summary: String, body: [String: Any]) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let answer = emulator.answer(WireRequest(
            method: method, path: parts[0], query: parts.count > 1 ? parts[1] : "", headers: headers + (json == nil ? [] : [("Content-Type", "application/json")]),
            body: Data((json ?? "").utf8)))
        let body = answer.body.isEmpty ? [:] : try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        return (answer.status, answer.summary, body)
    }

    static let clickatellKey = [("Authorization", "key")]

    /// A list field given once in a query is a list of one (the generated client writes a one-item list so): it was
    /// refused as "not a list" and answered with code 101.
    @Test func aListGivenOnceInAQueryIsRead() throws {
        let (status, summary, _) = try Self.answer("GET", "/clickatell/messages/http/send?apiKey=key&to=27999000001&content=Hi", Self.clickatellKey)
        #expect(status == 202)
        #expect(summary == "clickatell.sendHTTP accepted")
    }

    /// Plivo's 400 is documented with an `ErrorResponse` and no code table: the answer has that shape (it was an
    /// empty body).
    @Test func plivoRefusesWithItsErrorShape() throws {
        let basic = "Basic " + Data("MA:token".utf8).base64EncodedString()
        let (status, _, body) = try Self.answer("POST", "/plivo/v1/Account/MA/Message/", [("Authorization", basic)], json: #"{"src":"Acme","dst":"+1 415"}"#)
        #expect(status == 400)
        #expect(body["error"] != nil)
    }
}
