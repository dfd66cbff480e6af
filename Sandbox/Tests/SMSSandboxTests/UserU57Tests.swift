import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u57 (Eskiz, TurboSMS, eSMS, SignalWire, Flowroute, Telerivet, Skebby,
/// SMSFactor, LOX24).
@Suite(.timeLimit(.minutes(1)))
struct UserU57Tests {
    static let eskizToken = ("Authorization", "Bearer t")

    static func object(_ answer: SandboxAnswer) throws -> [String: JSONValue] {
        try #require(try UserReportsFollowRequestTests.json(answer).members, "\(answer.summary)")
    }

    /// A user's Eskiz look-up of `…/status_by_id/8d669dd4-cb03` wrote that text id into the `int64` field `data.id`,
    /// so `smsspec decode` refused the answer and the client threw `undecodableAnswer`: whatever the sandbox writes
    /// into a field is of the field's type. The id asked for goes into `request_id`, which declares `role: messageID`.
    @Test func aLookedUpTextIDIsNeverWrittenIntoANumberField() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["eskiz-union-message"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/eskiz/message/sms/status_by_id/8d669dd4-cb03", headers: [Self.eskizToken]))
        #expect(answer.status == 200, "\(answer.summary)")
        let data = try #require(try Self.object(answer)["data"]?.members, "\(answer.summary)")
        #expect(data["request_id"] == .string("8d669dd4-cb03"), "\(data)")
        if let id = data["id"] {
            guard case .number = id else { Issue.record("data.id is no number: \(data)"); return }
        }
    }

    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Data(body.utf8)))
    }

    static func basic(_ user: String, _ password: String) -> (String, String) {
        ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
    }

    /// A user's Telerivet 401 said `"message": "Invalid parameter to_number"`, its invalid-parameter example's words,
    /// and the client's `rawMessage` passed them on: a field declaring `role: reason` says the refusal's own words.
    @Test func aRefusalsReasonFieldSaysItsOwnCodesWords() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["telerivet-u57"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/telerivet/projects/PJa1b2c3/messages/send", json: #"{"to_number": "+16505550123", "content": "hello"}"#)
        #expect(answer.status == 401, "\(answer.summary)")
        let error = try #require(try Self.object(answer)["error"]?.members, "\(answer.summary)")
        #expect(error["code"] == .string("unauthorized"), "\(error)")
        #expect(error["message"] == .string("The API key is missing or invalid."), "\(error)")
    }

    /// A user's Eskiz `message` is a union (a text, or field errors by name): its documented 401 was answered with no
    /// body, where with `message: string` it said `bad credentials`. The union's text variant carries the words.
    @Test func aRefusalsWordsGoIntoAUnionsTextVariant() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["eskiz-union-message"])
        let answer = Self.form(emulator, "/eskiz/message/sms/send", "mobile_phone=998901234567&message=Salom")
        #expect(answer.status == 401, "\(answer.summary)")
        let body = try Self.object(answer)
        guard case .string(let words)? = body["message"] else { Issue.record("no words: \(answer.summary)"); return }
        #expect(!words.isEmpty, "\(body)")
    }

    /// A user's LOX24 refusal of a bad `sender_id` was `{}` (its `Problem.detail`, `role: reason`, left out though
    /// its example gives one), its SMSFactor refusals `{"status": -1}` without `message` (`role: reason`), so the
    /// client's `ProviderError.rawMessage` was nil: the reason field says what is wrong with the request sent.
    @Test func aRefusalFillsItsReasonField() throws {
        let lox = try UserReportsFollowRequestTests.emulator(["lox24-u57"])
        let refused = UserReportsFollowRequestTests.post(lox, "/lox24/sms", json: #"{"sender_id": "Shop!", "phone": "0751234567", "text": "Test"}"#,
            headers: [("X-LOX24-AUTH-TOKEN", "lox-token-1234567")])
        #expect(refused.status == 400, "\(refused.summary)")
        guard case .string(let detail)? = try Self.object(refused)["detail"] else { Issue.record("no detail: \(refused.summary)"); return }
        #expect(detail.contains("sender_id") && detail.contains("Shop!"), "\(detail)")

        let factor = try UserReportsFollowRequestTests.emulator(["smsfactor-u57"])
        let bad = factor.answer(WireRequest(method: "GET", path: "/smsfactor/send", query: "text=Hello&to=336",
            headers: [("Authorization", "Bearer tok-smsfactor-12345"), ("Accept", "application/json")]))
        guard case .string(let message)? = try Self.object(bad)["message"] else { Issue.record("no message: \(bad.summary)"); return }
        #expect(message.contains("to") && message.contains("336"), "\(message)")
        let unauthorized = factor.answer(WireRequest(method: "GET", path: "/smsfactor/send", query: "text=Hello&to=33612345678", headers: [("Accept", "application/json")]))
        let refusal = try Self.object(unauthorized)
        #expect(refusal["status"] == .number(-1), "\(unauthorized.summary)")
        guard case .string(let words)? = refusal["message"] else { Issue.record("no message: \(unauthorized.summary)"); return }
        #expect(!words.isEmpty, "\(refusal)")
    }

    /// A user's SignalWire send with an invalid `To` was 400 with no body, though the operation documents a `default`
    /// `APIError` (its `code` optional, its `message` `role: reason`): it is that shape, saying why.
    @Test func aDefaultErrorShapeWithAnOptionalCodeSaysWhy() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["signalwire-u57"])
        let answer = Self.form(emulator, "/signalwire/2010-04-01/Accounts/446e9986-0848-4d46-a617-48793c5f5e07/Messages.json",
            "To=5551&From=%2B15551234567&Body=Hello", headers: [Self.basic("p", "tok")])
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try Self.object(answer)
        guard case .string(let message)? = body["message"] else { Issue.record("no message: \(answer.summary)"); return }
        #expect(message.contains("To") && message.contains("5551"), "\(body)")
        #expect(body["status"] == .number(400), "\(body)")
    }

    /// Twilio's send without `Body` (nor `MediaUrl`, `ContentSid`: its `atLeastOne`) was 400 with no body, though its
    /// table has 21602 "Message body is required"; and `To=` was answered its example's words quoting `+1555`.
    @Test func twiliosMissingBodyAndEmptyToSayTheirOwnProblem() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("twilio")]),
            configuration: .init(seed: 5))
        let path = "/twilio/2010-04-01/Accounts/\(SpecRoleTests.account)/Messages.json"
        let noBody = Self.form(emulator, path, "To=%2B15550001&From=%2B15551234567", headers: [SpecRoleTests.basic])
        #expect(noBody.status == 400, "\(noBody.summary)")
        #expect(try Self.object(noBody)["code"] == .number(21602), "\(noBody.summary)")
        let noTo = Self.form(emulator, path, "To=&From=%2B15551234567&Body=hi", headers: [SpecRoleTests.basic])
        #expect(noTo.status == 400, "\(noTo.summary)")
        let body = try Self.object(noTo)
        guard case .string(let message)? = body["message"] else { Issue.record("no message: \(noTo.summary)"); return }
        #expect(!message.contains("+1555"), "\(body)")
    }

    /// A user's SMSFactor GET send with a malformed `to`, or with curl's `Accept: */*`, was answered -2 "XML error", and its
    /// JSON campaign with a malformed number -6 "JSON error" (its body was read): a code naming a body format the
    /// request is not in, or naming one of a body that was read where another code may be said, is not chosen.
    @Test func aCodeNamingABodyFormatDoesNotAnswerABrokenRule() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsfactor-u57"])
        let token = ("Authorization", "Bearer tok-smsfactor-12345")
        let badTo = emulator.answer(WireRequest(method: "GET", path: "/smsfactor/send", query: "text=Hello&to=336", headers: [token, ("Accept", "application/json")]))
        let noAccept = emulator.answer(WireRequest(method: "GET", path: "/smsfactor/send", query: "text=Hello&to=33612345678", headers: [token, ("Accept", "*/*")]))
        let campaign = UserReportsFollowRequestTests.post(emulator, "/smsfactor/send",
            json: #"{"sms": {"message": {"text": "Hi"}, "recipients": {"gsm": [{"value": "336"}]}}}"#, headers: [token, ("Accept", "application/json")])
        for answer in [badTo, noAccept, campaign] {
            let status = try Self.object(answer)["status"]
            #expect(status != .number(-2) && status != .number(-6) && status != .number(1), "\(answer.summary)")
        }
    }

    /// A user's TurboSMS send to `380678998668` and the malformed `0671` (its spec with no `providerCodes`) was refused
    /// whole, 104 REQUIRED_CONTENT "The request holds no data.": its answer has a result per number
    /// (`response_result: [SendResult]`, `tables` and `reports` both listing its table), so `0671` is refused alone in
    /// its result, with the code saying an invalid phone (206), and the other number sent.
    @Test func aMalformedRecipientIsRefusedInItsOwnResult() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["turbosms-u57"], callbackURL: "http://127.0.0.1:9/cb")
        let answer = UserReportsFollowRequestTests.post(emulator, "/turbosms/message/send.json",
            json: #"{"recipients": ["380678998668", "0671"], "sms": {"sender": "Shop", "text": "Hi"}}"#, headers: [("Authorization", "Bearer t")])
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try Self.object(answer)
        let results = try #require(body["response_result"]?.items, "\(answer.summary)")
        #expect(results.count == 2, "\(answer.summary)")
        #expect(results.first?[member: "phone"] == .string("380678998668") && results.first?[member: "response_code"] == .number(0), "\(answer.summary)")
        #expect(results.last?[member: "phone"] == .string("0671") && results.last?[member: "response_code"] == .number(206), "\(answer.summary)")
        #expect(body["response_code"] != .number(104), "\(answer.summary)")
    }

    /// A user's eSMS failed report said its delivered example's `SendSuccess=1&SendFailed=0`: in a report of one
    /// message, a count of messages that succeeded or failed says the report's outcome.
    @Test func aFailedReportsCountsSayItFailed() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["esms-u57"], outcomes: failed)
        let answer = UserReportsFollowRequestTests.post(emulator, "/esms/SendMultipleMessage_V4_post_json/",
            json: #"{"ApiKey": "K1234567", "SecretKey": "S1234567", "Content": "x", "Phone": "0909999999", "SmsType": "8", "CallbackUrl": "http://127.0.0.1:9/f"}"#)
        let report = try #require(try UserU54cTests.queryReports(answer).first, "\(answer.summary)")
        #expect(report["SendSuccess"] == "0" && report["SendFailed"] == "1", "\(report)")
    }

    /// A user's Flowroute receipts said `delivered` (or `undelivered`) beside its level-1 example's `"level": 1`,
    /// `"status_code": "1003"` and "Message sent to carrier": beside a status written anew, the optional fields
    /// describing the example's state are left out.
    @Test func aReceiptKeepsNoDetailOfTheExamplesState() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["flowroute-u57"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/flowroute/messages",
            json: #"{"to": "12065550001", "from": "12065550101", "body": "hi", "dlr_callback": "http://127.0.0.1:9/dlr"}"#,
            headers: [Self.basic("ak", "sk")])
        let report = try #require(try UserU54cTests.jsonReports(answer).first, "\(answer.summary)")
        let attributes = try #require(report[member: "data"]?[member: "attributes"]?.members, "\(report)")
        #expect(attributes["status"] == .string("delivered"), "\(report)")
        #expect(attributes["status_code"] == nil && attributes["status_code_description"] == nil && attributes["level"] == nil, "\(report)")
    }

    /// A user's LOX24 send now (no `delivery_at`) was answered `dlr_code` 2 DELIVERY_QUEUE, "The message is scheduled
    /// for later sending": a send that schedules nothing is not answered a scheduled state.
    @Test func aSendNowIsNotAnsweredScheduled() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["lox24-u57"])
        let answer = UserReportsFollowRequestTests.post(emulator, "/lox24/sms", json: #"{"sender_id": "Me", "phone": "+49751234568", "text": "T"}"#,
            headers: [("X-LOX24-AUTH-TOKEN", "lox-token-1234567")])
        let body = try Self.object(answer)
        #expect(body["dlr_code"] != .number(2), "\(answer.summary): \(body)")
    }
}
