import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A user's LabsMobile prices answer is a union, `{refused: Result, prices: '{CountryPrice}'}` (lint wants the shape
/// before the map), with an example of each: every price look-up was answered in the first variant, the `Result` of a
/// sent message (`{"code": "0", "message": "Message has been successfully sent", …}`), which the generated client read
/// as `.refused`. A success is written in the variant the union's example of a success is written in.
@Suite(.timeLimit(.minutes(1)))
struct UnionSuccessVariantTests {
    static func post(_ path: String, _ json: String) throws -> (answer: SandboxAnswer, body: [String: Any]) {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/labsmobile.yaml").path
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [spec]), configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: path,
            headers: [("Authorization", "Basic " + Data("alice:pw".utf8).base64EncodedString()), ("Content-Type", "application/json")],
            body: Data(json.utf8)))
        return (answer, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)"))
    }

    @Test func aPriceLookUpIsAnsweredInThePricesVariant() throws {
        let (answer, body) = try Self.post("/labsmobile/prices", #"{"format":"JSON","countries":["ES"]}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["code"] == nil && body["message"] == nil, "\(body)")
        let spain = try #require(body["ES"] as? [String: Any], "\(body)")
        #expect(spain["isocode"] as? String == "ES" && spain["prefix"] as? String == "34", "\(spain)")
    }

    /// A refusal is still written in the variant holding its code, the `Result`.
    @Test func aRefusedLookUpIsAResult() throws {
        let (answer, body) = try Self.post("/labsmobile/prices", #"{"format":5}"#)
        #expect(body["code"] as? String == "10", "\(answer.summary) \(body)")
    }
}
