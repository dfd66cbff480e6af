import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Operations at one method and path told apart by a request field of one value (`FixedFields`): VoIP.ms's functions,
/// all `GET /rest.php` named by `method=`, were each answered as the first (`getBalance` as `sendSMS`, refused for a
/// missing number; two users, and SMSLink's `mode=credit` and SMSbrána's `action=` alike).
@Suite struct FixedFieldRoutingTests {
    static func emulator(_ spec: String) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [spec]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks", seed: 7))
    }

    static func get(_ emulator: SandboxEmulator, _ query: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: "/voipms/rest.php", query: "api_username=u&api_password=p&" + query, headers: [], body: Data()))
    }

    @Test func aRequestGoesToTheOperationItsFieldOfOneValueNames() throws {
        let emulator = try Self.emulator(UserSpecAnswerTests.spec("voipms-methods"))
        let balance = Self.get(emulator, "method=getBalance")
        #expect(balance.summary == "voipms.getBalance accepted", "\(balance.summary)")
        #expect(String(decoding: balance.body, as: UTF8.self).contains("current_balance"))
        let send = Self.get(emulator, "method=sendSMS&did=5551234567&dst=5557654321&message=hi")
        #expect(send.summary == "voipms.sendSMS accepted", "\(send.summary)")
        // A request naming no operation (or one the spec does not list) goes to the first, which refuses it as the
        // provider would.
        #expect(Self.get(emulator, "method=getSMS").summary.hasPrefix("voipms.sendSMS"))
    }

    /// An operation with no field of one value (SMSLink's send) beside one that has one (its `mode=credit`), in either
    /// order: a request carrying the value goes to the operation it names, any other to the one without.
    @Test func anOperationWithoutSuchAFieldTakesTheRest() throws {
        let text = try String(contentsOfFile: UserSpecAnswerTests.spec("voipms-methods"), encoding: .utf8)
            .replacingOccurrences(of: "      method: {type: string, default: sendSMS, constraints: {pattern: '^sendSMS$'}}\n", with: "")
        for order in [text, Self.swappingOperations(text)] {
            let path = FileManager.default.temporaryDirectory.appending(path: "voipms-\(UUID().uuidString).yaml").path
            try order.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let emulator = try Self.emulator(path)
            #expect(Self.get(emulator, "method=getBalance").summary == "voipms.getBalance accepted")
            #expect(Self.get(emulator, "did=5551234567&dst=5557654321&message=hi").summary == "voipms.sendSMS accepted")
        }
    }

    /// The spec with `getBalance` listed before `sendSMS`.
    static func swappingOperations(_ text: String) -> String {
        let send = text.range(of: "  sendSMS:\n")!, balance = text.range(of: "  getBalance:\n")!, shapes = text.range(of: "shapes:\n")!
        let sendBlock = String(text[send.lowerBound..<balance.lowerBound]), balanceBlock = String(text[balance.lowerBound..<shapes.lowerBound])
        return text.replacingOccurrences(of: sendBlock + balanceBlock, with: balanceBlock + sendBlock)
    }
}
