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

    /// TurboSMS's send said `0 OK` at the top, the table's first success (a recipient's code, a balance's), where the
    /// example of its answer says `800 SUCCESS_MESSAGE_ACCEPTED`; each recipient still says `0 OK`, as the example does.
    @Test func aSuccessCodeIsTheOneTheExampleOfTheAnswerGives() throws {
        let (status, body) = try Self.answer("turbosms-send", WireRequest(
            method: "POST", path: "/turbosms/message/send.json", headers: [("Authorization", "Bearer T0KEN"), ("Content-Type", "application/json")],
            body: Data(#"{"recipients": ["380678998668"], "sms": {"sender": "TAXI", "text": "hi"}}"#.utf8)))
        #expect(status == 200)
        #expect(body["response_code"] as? Int == 800)
        #expect(body["response_status"] as? String == "SUCCESS_MESSAGE_ACCEPTED")
        let result = try #require((body["response_result"] as? [[String: Any]])?.first)
        #expect(result["response_code"] as? Int == 0)
        #expect(result["response_status"] as? String == "OK")
    }

    /// SMS Misr's invalid `mobile` (`role: recipient`, a `phone` rule) was 1902 "Invalid request.": 1905 "Invalid mobile
    /// field." names it, but `mobile` is a common word, read as a name only first, quoted or after "field"; before it
    /// too now. A bad `DelayUntil` is still 1908, which names it.
    @Test func aCommonWordBeforeFieldNamesTheField() throws {
        let query = "username=u1&password=p1&sender=tok&message=hi&environment=1&language=1"
        func code(_ rest: String) throws -> String? {
            try Self.answer("smsmisr-send", WireRequest(method: "POST", path: "/smsmisr/SMS/", query: query + "&" + rest)).body["code"] as? String
        }
        #expect(try code("mobile=2010123") == "1905")
        #expect(try code("mobile=") == "1905")
        #expect(try code("mobile=201012345678,2010") == "1905")
        #expect(try code("mobile=201012345678&DelayUntil=2026-13-01") == "1908")
        #expect(try code("mobile=201012345678") == "1901")
    }

    /// SMS.ru's wrong or missing `api_id` was 300 "Неправильный token", the one code speaking of a token in English,
    /// where 200 "Неправильный api_id" names the credential field; in the English spec, where every code says "Wrong",
    /// a missing one is 200 too.
    @Test func aCodeNamingTheCredentialFieldAnswersItsRefusal() throws {
        func code(_ spec: String, method: String, _ fields: String) throws -> Int? {
            let path = "/smsru/sms/send"
            let request = method == "GET"
                ? WireRequest(method: method, path: path, query: fields + "&json=1")
                : WireRequest(method: method, path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(fields.utf8))
            return try Self.answer(spec, request, credentials: ["GOODKEY"]).body["status_code"] as? Int
        }
        #expect(try code("smsru-russian", method: "POST", "api_id=WRONG&to=79255070602&msg=x") == 200)
        #expect(try code("smsru-russian", method: "POST", "to=79255070602&msg=x") == 200)
        #expect(try code("smsru-russian", method: "POST", "api_id=GOODKEY&to=79255070602&msg=x") == 100)
        #expect(try code("smsru", method: "GET", "api_id=WRONG&to=79255070602&msg=x") == 200)
        #expect(try code("smsru", method: "GET", "to=79255070602&msg=x") == 200)
    }

    /// Messente's refusal of a bad `to` said `"detail": "Invalid sender"`, the words of its example of the same code
    /// 105: words naming another field than the one refused are the code's own.
    @Test func anExamplesWordsNamingAnotherFieldAreNotARefusalsOfThisOne() throws {
        let basic = "Basic " + Data("u:p".utf8).base64EncodedString()
        func error(_ body: String) throws -> [String: Any] {
            let (status, answer) = try Self.answer("messente-omnimessage", WireRequest(
                method: "POST", path: "/messente/omnimessage", headers: [("Authorization", basic), ("Content-Type", "application/json")], body: Data(body.utf8)))
            #expect(status == 400)
            return try #require((answer["errors"] as? [[String: Any]])?.first)
        }
        let badTo = try error(#"{"to": "abc", "messages": [{"text": "hi"}]}"#)
        #expect(badTo["code"] as? String == "105")
        #expect(badTo["detail"] as? String == "A value of the request is invalid")
        // A refusal of the sender keeps the example's words, which name it.
        let badSender = try error(#"{"to": "+37251000000", "messages": [{"text": "hi", "sender": "ABCDEFGHIJKLMNOP"}]}"#)
        #expect(badSender["code"] as? String == "105")
        #expect(badSender["detail"] as? String == "Invalid sender")
    }
}
