import Foundation
@testable import SMSSandbox
import Testing

/// A user's SMSCountry spec (Specs/smscountry-statuses.yaml), whose refusals are `4XX: {shape: ErrorResponse, tables:
/// [Success, HTTPStatus]}`: the body's `Success` flag says the failure, the HTTP-status table its status.
@Suite(.timeLimit(.minutes(1)))
struct StatusTableRefusalTests {
    static let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/smscountry-statuses.yaml").path

    static func send(number: String) throws -> SandboxAnswer {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [specPath]), configuration: .init(credentials: ["AKEY123456:ATOKENSECRET99"], seed: 7))
        let body = #"{"Text":"Hello","Number":"\#(number)"}"#
        return emulator.answer(WireRequest(
            method: "POST", path: "/smscountry/Accounts/AKEY123456/SMSes/",
            headers: [("Authorization", "Basic " + Data("AKEY123456:ATOKENSECRET99".utf8).base64EncodedString()), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
    }

    /// An invalid number was 400 with no body, where with `tables: [Success]` alone it was the shape with `"Success":
    /// "false"`: it is that body, under the status HTTPStatus 400 says.
    @Test func anInvalidNumberIsTheShapeWithItsFlagUnderTheStatusTablesStatus() throws {
        let answer = try Self.send(number: "12")
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try #require(
            try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
        #expect(body["Success"] as? String == "false", "\(body)")
        #expect((body["Message"] as? String)?.isEmpty == false, "\(body)")
        #expect(try Self.send(number: "919812345678").status == 200)
    }
}
