import Foundation
import SMSSandbox
import Testing

/// CM.com's product token rides inside the body (`messages.authentication.productToken`, Tests/ThirdPartySpecs/cm.yaml).
@Suite struct NestedCredentialTests {
    static func send(token: String) -> SandboxAnswer {
        let emulator = SandboxEmulator(
            providers: try! SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("cm")]),
            configuration: .init(credentials: ["0f1e2d3c-aaaa-bbbb-cccc-000000000001"]))
        let body = #"{"messages": {"authentication": {"productToken": "\#(token)"}, "msg": [{"from": "Shop", "to": [{"number": "00447911123456"}], "body": {"content": "Hi"}}]}}"#
        return emulator.answer(WireRequest(method: "POST", path: "/cm/v1.0/message", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    /// The credential was looked for at the top of the request only: every send, the right token too, was refused
    /// as bad credentials (CM's code 103 under HTTP 200, as its spec gives no other status).
    @Test func aNestedCredentialIsCheckedWhereTheRequestHoldsIt() throws {
        let accepted = Self.send(token: "0f1e2d3c-aaaa-bbbb-cccc-000000000001")
        #expect(accepted.summary == "cm.sendMessages accepted", "\(accepted.summary)")
        let refused = Self.send(token: "wrong")
        #expect(refused.summary.contains("bad credentials"), "\(refused.summary)")
    }

    /// RajaSMS reads `apikey` at the top of the request only. A packet holding one was taken for the credential: a
    /// request without one was answered as malformed (20, "Json Post Error") instead of with bad credentials (30).
    @Test func aCredentialIsReadOnlyWhereTheSpecDeclaresIt() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: ["rajasms"], specPaths: []), configuration: .init(credentials: ["K"]))
        func send(_ body: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/rajasms/sms/api_sms_reguler_send_json.php", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        }
        let packet = #"{"number": "6281234567890", "message": "Hi", "apikey": "K"}"#
        let strayKey = send(#"{"datapacket": [\#(packet)]}"#)
        #expect(strayKey.summary.contains("bad credentials"), "\(strayKey.summary)")
        #expect(String(decoding: strayKey.body, as: UTF8.self) == #"{"sending_respon":[{"globalstatus":30}]}"#)
        #expect(send(#"{"apikey": "K", "datapacket": [\#(packet)]}"#).summary.contains("accepted"))
    }
}
