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
        // A request naming no operation (or one the spec does not list) is refused as the provider would, logged under
        // no operation's id.
        #expect(Self.get(emulator, "method=getSMS").summary.hasPrefix("voipms (no operation) "))
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

    /// A request is read once for all the operations at its path: read by each, a 420 KB JSON body routed among 20
    /// took 11 s and a 1.9 MB one among 200 more than ten minutes (an attack). Among 200 it now costs about what it
    /// costs among 2.
    @Test func aBodyIsReadOnceWhateverTheOperationsAtItsPath() throws {
        func spec(_ count: Int) throws -> String {
            let operations = (0..<count).map { "  op\($0): {method: POST, path: /api, request: Req\($0), responses: {200: {shape: Ans}}, source: docs}\n" }
            let shapes = (0..<count).map {
                "  Req\($0): {fields: {action: {type: string, default: op\($0), constraints: {pattern: '^op\($0)$'}}, items: '[string]'}}\n"
            }
            let text = "smsspec: 1\nprovider: {id: many, name: Many, baseURLs: ['https://api.many.example'], auth: {type: header, name: X-Key}}\n"
                + "sources: {docs: {title: Docs, url: 'https://many.example/docs'}}\noperations:\n" + operations.joined()
                + "shapes:\n  Ans: {fields: {ok: bool}}\n" + shapes.joined()
            let path = FileManager.default.temporaryDirectory.appending(path: "many-\(count)-\(UUID().uuidString).yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let (two, many) = (try spec(2), try spec(200))
        defer { for path in [two, many] { try? FileManager.default.removeItem(atPath: path) } }
        let items = (0..<20_000).map { "\"item-\($0)\"" }.joined(separator: ",")
        func time(_ path: String, _ action: String) throws -> Duration {
            let emulator = try Self.emulator(path)
            let body = Data(#"{"action": "\#(action)", "items": [\#(items)]}"#.utf8)
            let request = WireRequest(method: "POST", path: "/many/api", query: "", headers: [("X-Key", "k"), ("Content-Type", "application/json")], body: body)
            var answer: SandboxAnswer?
            let elapsed = ContinuousClock().measure { answer = emulator.answer(request) }
            #expect(answer?.summary.hasPrefix("many.\(action) ") == true, "\(answer?.summary ?? "")")
            return elapsed
        }
        let (fewTime, manyTime) = (try time(two, "op1"), try time(many, "op199"))
        #expect(manyTime < fewTime * 3 + .milliseconds(500), "among 200: \(manyTime), among 2: \(fewTime)")
    }

    /// The spec with `getBalance` listed before `sendSMS`.
    static func swappingOperations(_ text: String) -> String {
        let send = text.range(of: "  sendSMS:\n")!, balance = text.range(of: "  getBalance:\n")!, shapes = text.range(of: "shapes:\n")!
        let sendBlock = String(text[send.lowerBound..<balance.lowerBound]), balanceBlock = String(text[balance.lowerBound..<shapes.lowerBound])
        return text.replacingOccurrences(of: sendBlock + balanceBlock, with: balanceBlock + sendBlock)
    }
}
