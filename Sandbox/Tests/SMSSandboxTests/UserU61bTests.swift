import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers a user reported in round u61b (SpeedSMS, Devino Telecom) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU61bTests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func post(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    static let basic = ("Authorization", "Basic " + Data("token:x".utf8).base64EncodedString())
}

extension UserU61bTests {
    /// A user's SpeedSMS, whose delivery table lists 0 "Received" alone, posted `"status": 0` (delivered) under
    /// `--outcome failed`, its log saying `(failed)`: a test of failure handling ran the success path. A failed
    /// outcome that a provider's delivery-status table cannot say is refused at start, naming the table; a provider
    /// whose table lists a failure (Devino's look-up) is not named.
    @Test func aFailedOutcomeTheDeliveryTableCannotSayIsRefusedAtStart() throws {
        for outcome in [DeliveryOutcome(.failed(code: nil)), DeliveryOutcome(.failed(code: "0"))] {
            let problems = try Self.emulator(["speedsms-u61b", "devino-u61b"], outcomes: .init(run: outcome)).outcomeCodeProblems
            let named = problems.filter { $0.contains("speedsms's delivery-status table DeliveryStatus lists no failure") }
            #expect(named.count == 1 && named[0].contains("0 Received (success)"), "\(problems)")
            #expect(!problems.contains { $0.contains("devino's delivery-status table") }, "\(problems)")
        }
        let byRecipient = try Self.emulator(["speedsms-u61b"], outcomes: .init(byRecipient: ["0912345678": DeliveryOutcome(.failed(code: nil))]))
        #expect(byRecipient.outcomeCodeProblems.count == 1, "\(byRecipient.outcomeCodeProblems)")
        #expect(try Self.emulator(["speedsms-u61b"]).outcomeCodeProblems.isEmpty)
        #expect(try Self.emulator(["speedsms-u61b"], outcomes: .init(run: DeliveryOutcome(.never))).outcomeCodeProblems.isEmpty)
        #expect(try Self.emulator(["devino-u61b"], outcomes: .init(run: DeliveryOutcome(.failed(code: nil)))).outcomeCodeProblems.isEmpty)
    }
}

extension UserU61bTests {
    static let key = ("Authorization", "Key abc")

    /// A user's Devino send of three messages, the second's `to` malformed, was answered one `REJECTED` result for
    /// all three, and the two valid messages no id. Its answer's `result`, one per message (each `code` and
    /// `messageId`), lines up with the request's `messages`: the valid ones keep their ids, the refused one is
    /// `REJECTED` in its place with its reason.
    @Test func oneInvalidMessageAmongSeveralIsRefusedInItsOwnResult() throws {
        let emulator = try Self.emulator(["devino-u61b"])
        let body = #"{"messages":[{"from":"A","to":"79034567890","text":"x"},{"from":"A","to":"+7903","text":"y"},{"from":"B","to":"79034567891","text":"z"}]}"#
        let answer = Self.post(emulator, "/devino/sms/messages", body, headers: [Self.key])
        #expect(answer.status == 200, "\(answer.summary) \(Self.text(answer))")
        let results = try #require(try UserReportsFollowRequestTests.json(answer)[member: "result"]?.items, "\(Self.text(answer))")
        #expect(results.count == 3, "\(Self.text(answer))")
        #expect(results.map { $0[member: "code"] } == [.string("OK"), .string("REJECTED"), .string("OK")], "\(Self.text(answer))")
        #expect(results[0][member: "messageId"] != nil && results[2][member: "messageId"] != nil, "\(Self.text(answer))")
        #expect(results[0][member: "messageId"] != results[2][member: "messageId"], "\(Self.text(answer))")
        #expect(results[1][member: "messageId"] == nil, "\(Self.text(answer))")
        let reason = results[1][member: "description"].flatMap(FormEncoder.text(of:)) ?? ""
        #expect(reason.contains("messages[1].to") && reason.contains("+7903"), "\(Self.text(answer))")
        #expect(answer.summary.contains("1 item(s) failed: REJECTED"), "\(answer.summary)")
        // One message alone is refused as before: its one result.
        let alone = Self.post(emulator, "/devino/sms/messages", #"{"messages":[{"from":"A","to":"+7903","text":"y"}]}"#, headers: [Self.key])
        let single = try #require(try UserReportsFollowRequestTests.json(alone)[member: "result"]?.items, "\(Self.text(alone))")
        #expect(single.count == 1 && single[0][member: "code"] == .string("REJECTED"), "\(Self.text(alone))")
    }
}

extension UserU61bTests {
    /// A user's SpeedSMS send answered `"invalidPhone": ["0912345678"]`, the number it accepted (and reported
    /// delivered): a list its example fills with phone numbers was taken for the numbers sent. A list named for
    /// refused numbers lists none where none was refused.
    @Test func aListNamedForInvalidNumbersListsNoneAccepted() throws {
        let emulator = try Self.emulator(["speedsms-u61b"])
        let answer = Self.post(emulator, "/speedsms/sms/send", #"{"to":["0912345678","84987654321"],"content":"Hi","sms_type":2}"#, headers: [Self.basic])
        #expect(answer.status == 200 && answer.deliveries.count == 2, "\(answer.summary) \(Self.text(answer))")
        let data = try UserReportsFollowRequestTests.json(answer)[member: "data"]
        #expect(data?[member: "invalidPhone"] == .array([]), "\(Self.text(answer))")
    }
}

extension UserU61bTests {
    /// A user's SpeedSMS status look-up, no example of its answer, said `"message": "00"`, its success code's name in
    /// its optional `message` (`role: reason`, a refusal's words), where the documents' successes carry none. A
    /// success leaves such a reason out unless an example of a success gives one; a refusal still fills it.
    @Test func aSuccessWithNoExampleSaysNoReason() throws {
        let emulator = try Self.emulator(["speedsms-u61b"])
        let lookUp = emulator.answer(WireRequest(method: "GET", path: "/speedsms/sms/status/592374487", headers: [Self.basic]))
        let answer = try UserReportsFollowRequestTests.json(lookUp)
        #expect(lookUp.status == 200 && answer[member: "status"] == .string("success"), "\(lookUp.summary) \(Self.text(lookUp))")
        #expect(answer[member: "message"] == nil, "\(Self.text(lookUp))")
        let refused = Self.post(emulator, "/speedsms/sms/send", #"{"to":["12"],"content":"Hi","sms_type":2}"#, headers: [Self.basic])
        #expect(try UserReportsFollowRequestTests.json(refused)[member: "message"] != nil, "\(refused.summary) \(Self.text(refused))")
    }
}

extension UserU61bTests {
    /// A user's Devino legacy `GET /rest/v2/User/Balance` without `Login` (its login and password `secret: true` query
    /// fields, the operation `auth: none`) was answered `{"Code":3,"Desc":"invalid request: Login: is missing"}`, the
    /// first invalid-request code, where codes 1 and 2 say the authentication failed. A missing secret field is missing
    /// credentials: the table's authentication code, under 401 (its category's status, as `4XX` allows).
    @Test func aMissingSecretFieldIsAnsweredTheAuthenticationCode() throws {
        let emulator = try Self.emulator(["devino-u61b"])
        let missing = emulator.answer(WireRequest(method: "GET", path: "/devino/rest/v2/User/Balance", query: "Password=p"))
        #expect(missing.status == 401, "\(missing.summary) \(Self.text(missing))")
        let answer = try UserReportsFollowRequestTests.json(missing)
        #expect(answer[member: "Code"].flatMap(FormEncoder.text(of:)) == "1", "\(missing.summary) \(Self.text(missing))")
        #expect(missing.summary.contains("bad credentials"), "\(missing.summary)")
        // A missing field that is no secret is an invalid request, as before.
        let noID = emulator.answer(WireRequest(method: "GET", path: "/devino/rest/v2/Sms/State", query: "Login=l&Password=p"))
        #expect(try UserReportsFollowRequestTests.json(noID)[member: "Code"].flatMap(FormEncoder.text(of:)) == "3", "\(noID.summary) \(Self.text(noID))")
        let given = emulator.answer(WireRequest(method: "GET", path: "/devino/rest/v2/User/Balance", query: "Login=l&Password=p"))
        #expect(given.status == 200, "\(given.summary) \(Self.text(given))")
    }
}

extension UserU61bTests {
    /// A user's SpeedSMS without credentials was answered 401 with no body, a status no document of its spec gives,
    /// and nothing said so. The log says the 401 is the sandbox's own; Devino's, whose spec documents its 401, does not.
    @Test func anUndocumentedRefusalOfCredentialsSaysItIsTheSandboxs() throws {
        let emulator = try Self.emulator(["speedsms-u61b", "devino-u61b"])
        let speedsms = Self.post(emulator, "/speedsms/sms/send", #"{"to":["0912345678"],"content":"Hi","sms_type":2}"#)
        #expect(speedsms.status == 401 && speedsms.body.isEmpty, "\(speedsms.summary) \(Self.text(speedsms))")
        #expect(speedsms.summary.contains("bad credentials; the spec documents no answer to them: 401 with no body is the sandbox's own"), "\(speedsms.summary)")
        let devino = Self.post(emulator, "/devino/sms/messages", #"{"messages":[{"from":"A","to":"79034567890","text":"x"}]}"#)
        #expect(devino.status == 401 && devino.summary.contains("HTTPStatus 401"), "\(devino.summary)")
        #expect(!devino.summary.contains("sandbox's own"), "\(devino.summary)")
    }
}

extension UserU61bTests {
    /// The user's Devino spec as written (`200: {shape: SendAnswer, tables: []}`: its result codes decide nothing)
    /// answered one malformed message 400 with no body, a status its documents never give, its log saying REJECTED "is
    /// not answered". A single message's result says it, under 200, as several messages' do.
    @Test func oneInvalidMessageAloneIsRefusedInItsResultWhereTheCodeDecidesNoAnswer() throws {
        let path = try UserReportsFollowRequestTests.edited("devino-u61b", "200: {shape: SendAnswer, tables: [ResultCode]}", "200: {shape: SendAnswer, tables: []}")
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 7))
        let alone = Self.post(emulator, "/devino/sms/messages", #"{"messages":[{"from":"A","to":"+7903","text":"y"}]}"#, headers: [Self.key])
        #expect(alone.status == 200, "\(alone.summary) \(Self.text(alone))")
        let results = try #require(try UserReportsFollowRequestTests.json(alone)[member: "result"]?.items, "\(alone.summary) \(Self.text(alone))")
        #expect(results.count == 1 && results[0][member: "code"] == .string("REJECTED") && results[0][member: "messageId"] == nil, "\(Self.text(alone))")
        #expect(results[0][member: "description"].flatMap(FormEncoder.text(of:))?.contains("messages[0].to") == true, "\(Self.text(alone))")
        #expect(alone.deliveries.isEmpty)
        let three = Self.post(emulator, "/devino/sms/messages",
            #"{"messages":[{"from":"A","to":"79034567890","text":"x"},{"from":"A","to":"+7903","text":"y"},{"from":"B","to":"79034567891","text":"z"}]}"#,
            headers: [Self.key])
        let codes = try UserReportsFollowRequestTests.json(three)[member: "result"]?.items?.map { $0[member: "code"] }
        #expect(codes == [.string("OK"), .string("REJECTED"), .string("OK")], "\(three.summary) \(Self.text(three))")
    }
}
