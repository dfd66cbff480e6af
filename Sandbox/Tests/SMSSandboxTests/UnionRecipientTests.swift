import Foundation
@testable import SMSSandbox
import Testing

/// GatewayAPI's recipient is a number or text (`msisdn`, a union): each report named the example's.
@Suite struct UnionRecipientTests {
    @Test func eachReportNamesItsOwnRecipientInTheFormTheExampleWrites() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("gatewayapi")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/report"))
        let body = #"{"message": "Hi", "recipients": [{"msisdn": 4512345678}, {"msisdn": "4587654321"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/gatewayapi/rest/mtsms", headers: [("Authorization", "Token abc"), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let reported = try answer.deliveries.map { delivery -> Int64? in
            let data = try #require(delivery.request()?.httpBody)
            let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return (report["msisdn"] as? NSNumber)?.int64Value
        }
        #expect(reported == [4_512_345_678, 4_587_654_321])
    }

    /// A send's list of ids named `ids` (GatewayAPI's `[int64]`) was the example's, the same for every send, and each
    /// report quoted a fresh id of its own: no report could be matched to its send.
    @Test func eachReportQuotesAFreshIdItsSendAnswered() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("gatewayapi")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/report"))
        let body = #"{"message": "Hi", "recipients": [{"msisdn": 4512345678}, {"msisdn": 4587654321}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/gatewayapi/rest/mtsms", headers: [("Authorization", "Token abc"), ("Content-Type", "application/json")],
            body: Data(body.utf8)))
        let sent = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        let ids = try #require(sent["ids"] as? [NSNumber]).map(\.int64Value)
        #expect(!ids.contains(421_332_671), "\(ids)")
        let quoted = try answer.deliveries.map { delivery -> Int64? in
            let data = try #require(delivery.request()?.httpBody)
            return ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? NSNumber)?.int64Value
        }
        #expect(quoted.allSatisfy { $0.map(ids.contains) == true }, "answered \(ids), reported \(quoted)")
    }
}
