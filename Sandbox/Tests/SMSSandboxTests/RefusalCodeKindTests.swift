import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' refusals that named the wrong code, or none: a refusal's code says what is wrong with the request.
@Suite(.timeLimit(.minutes(1)))
struct RefusalCodeKindTests {
    static func specPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    static func emulator(_ name: String, credentials: [String]) throws -> SandboxEmulator {
        SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [specPath(name)]), configuration: .init(credentials: credentials, seed: 7))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(
            try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
    }

    /// A user's Sakari send with no contacts was answered 400 `{"error": {"code": "AUTH-001", …}}` (the one refusal
    /// example's authentication code), and the generated client reported bad credentials: it holds no credential code
    /// now; a wrong token still gets AUTH-001.
    @Test func anInvalidRequestTakesNoCredentialCode() throws {
        let emulator = try Self.emulator("sakari-auth-example", credentials: ["tok-Secret-1"])
        func send(token: String, _ json: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/sakari/accounts/acc1/messages",
                headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: Data(json.utf8)))
        }
        let invalid = send(token: "tok-Secret-1", #"{"contacts":[],"template":"Hello"}"#)
        #expect(invalid.status == 400, "\(invalid.summary)")
        let body = try Self.object(invalid)
        #expect(body["success"] as? Bool == false, "\(body)")
        #expect(!String(decoding: invalid.body, as: UTF8.self).contains("AUTH-"), "\(String(decoding: invalid.body, as: UTF8.self))")
        let wrongToken = send(token: "wrong-token", #"{"contacts":[{"mobile":{"number":"+12125550123"}}],"template":"Hello"}"#)
        #expect(wrongToken.status == 401, "\(wrongToken.summary)")
        #expect(String(decoding: wrongToken.body, as: UTF8.self).contains("AUTH-001"), "\(String(decoding: wrongToken.body, as: UTF8.self))")
    }

    /// A user's SMS Partner send without `phoneNumbers`, whose rules `providerCodes: {'*': 'ErrorCode:9'}` ties to 9
    /// "Constraints not met", was answered 9, where the table documents 2 "The field phoneNumbers is required": a
    /// missing field takes the code whose words name it and say it is missing; its broken pattern still takes 9.
    @Test func aMissingFieldTakesTheCodeNamingItBeforeItsStarCode() throws {
        let emulator = try Self.emulator("smspartner-star", credentials: ["SUPERSECRETKEY123"])
        func send(_ json: String) throws -> (answer: SandboxAnswer, code: Int?) {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/smspartner/send", headers: [("Content-Type", "application/json")], body: Data(json.utf8)))
            return (answer, try Self.object(answer)["code"] as? Int)
        }
        let missing = try send(#"{"apiKey":"SUPERSECRETKEY123","message":"hello"}"#)
        #expect(missing.code == 2, "\(missing.answer.summary)")
        #expect(missing.answer.summary.contains("ErrorCode 2"), "\(missing.answer.summary)")
        let broken = try send(#"{"apiKey":"SUPERSECRETKEY123","phoneNumbers":"12","message":"hello"}"#)
        #expect(broken.code == 9, "\(broken.answer.summary)")
    }

    /// A user's Cellsynt `allowconcat=abc` (and one above its maximum), which no code of its `Error: <sentence>` table
    /// says, was 400 with no body, where every other refusal is 200 `Error: …`: it is 200 `Error: <the sandbox's
    /// words>`, a sentence of none of the table's codes, which the client reads as an unknown one.
    @Test(arguments: ["allowconcat=abc", "allowconcat=9"]) func aRefusalNoSentenceSaysIsWordedAsTheGatewayRefuses(query: String) throws {
        let emulator = try Self.emulator("cellsynt-text", credentials: ["bob:hunter2secret"])
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/cellsynt/sms.php",
            query: "username=bob&password=hunter2secret&destination=0046700123123&originator=Shop&text=Hello&\(query)"))
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(text.hasPrefix("Error: invalid request: allowconcat: "), "\(text)")
        #expect(!text.contains("hunter2secret") && !text.contains("Invalid"), "\(text)")
    }
}
