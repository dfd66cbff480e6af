import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// Refusals built from an example of another refusal (specs users wrote): what the body says is the answer's.
@Suite(.timeLimit(.minutes(1)))
struct RefusalWordingTests {
    static func answer(_ spec: String, _ request: WireRequest) throws -> (status: Int, body: [String: Any]) {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecLoopbackTests.spec(spec)]), configuration: .init())
        let answer = emulator.answer(request)
        return (answer.status, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]))
    }

    /// Exotel's invalid `To` is answered 400 with code 1002; the body said `"Status": 401` and "Authentication is
    /// required to view this resource.", the words of the example (an authentication refusal) it was built from.
    @Test func exotelInvalidNumberSaysItsOwnStatusAndWords() throws {
        let basic = "Basic " + Data("key:token".utf8).base64EncodedString()
        let (status, body) = try Self.answer("exotel", WireRequest(
            method: "POST", path: "/exotel/v1/Accounts/AC1/Sms/send.json",
            headers: [("Authorization", basic), ("Content-Type", "application/x-www-form-urlencoded")], body: Data("From=EXOTEL&To=12&Body=Hi".utf8)))
        #expect(status == 400)
        let exception = try #require(body["RestException"] as? [String: Any])
        #expect(exception["Code"] as? Int == 1002)
        #expect(exception["Status"] as? Int == 400)
        #expect(exception["Message"] as? String == "A parameter is invalid.")
    }

    /// Twilio Conversations' bad credentials are 401 with code 20003; the body said `"status": 404` and "The
    /// requested resource … was not found", the example's words for 20404.
    @Test func twilioBadCredentialsSayTheirOwnStatusAndWords() throws {
        let (status, body) = try Self.answer("twilio-conversations", WireRequest(
            method: "POST", path: "/twilio-conversations/Conversations/CH00000000000000000000000000000000/Messages",
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data("Body=Hi".utf8)))
        #expect(status == 401)
        #expect(body["code"] as? Int == 20003)
        #expect(body["status"] as? Int == 401)
        #expect(body["message"] as? String == "Authentication Error")
    }

    /// Termii's refusals are its `ErrorMessage` (`{"message": …}`), whose code is the HTTP status (table `HTTPStatus`,
    /// listed by the answer, carried by no field): bad credentials were 401 with an empty body, which the generated
    /// client could not read as the documented shape (46elks' plain-text refusals were empty too).
    @Test func aRefusalWhoseCodeIsItsStatusIsAnsweredInTheDocumentedShape() throws {
        let (status, body) = try Self.answer("termii", WireRequest(
            method: "POST", path: "/termii/api/sms/send", headers: [("Content-Type", "application/json")],
            body: Data(#"{"api_key":"","to":"2348012345678","from":"Termii","sms":"Hi"}"#.utf8)))
        #expect(status == 401)
        #expect(body["message"] as? String == "No valid API key provided")
    }

    /// Semaphore documents a broken field as 422 `FieldErrors` ("A field is missing or invalid.") and no 400: an
    /// invalid number was answered 400 with no body, a status the spec does not give for it.
    @Test func semaphoreInvalidFieldIsItsDocumented422() throws {
        let key = String(repeating: "k", count: 32)
        let (status, body) = try Self.answer("semaphore", WireRequest(
            method: "POST", path: "/semaphore/messages", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("apikey=\(key)&number=123&message=Hi".utf8)))
        #expect(status == 422)
        #expect(body["number"] == nil || body["number"] is [String])
    }
}
