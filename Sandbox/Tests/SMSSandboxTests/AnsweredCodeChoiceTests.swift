import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// Which code an answer holds, where the table has several that could say it (users' specs): the code of the status
/// answered, the example's success, the code naming the refused field.
@Suite(.timeLimit(.minutes(1)))
struct AnsweredCodeChoiceTests {
    static func answer(_ spec: String, _ request: WireRequest, credentials: [String] = []) throws -> (status: Int, body: [String: Any]) {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec(spec)]), configuration: .init(credentials: credentials))
        let answer = emulator.answer(request)
        return (answer.status, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]))
    }

    /// Taqnyat's body repeats the HTTP status: a deletion answered 201 said `"statusCode": 200`, the table's first
    /// success, where its entry 201 names `httpStatus: 201`; a balance (200) says 200.
    @Test func aSuccessCodeIsTheOneOfTheStatusAnswered() throws {
        let bearer = [("Authorization", "Bearer TAQ"), ("Content-Type", "application/json")]
        let deleted = try Self.answer("taqnyat-statuscodes", WireRequest(method: "DELETE", path: "/taqnyat/v1/messages/delete", headers: bearer, body: Data(#"{"deleteId": 7}"#.utf8)))
        #expect(deleted.status == 201)
        #expect(deleted.body["statusCode"] as? Int == 201)
        let balance = try Self.answer("taqnyat-statuscodes", WireRequest(method: "GET", path: "/taqnyat/account/balance", headers: bearer))
        #expect(balance.status == 200)
        #expect(balance.body["statusCode"] as? Int == 200)
    }
}
