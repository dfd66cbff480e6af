import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// A refusal for a broken rule no code is predicted for took a code about another field: users' FireText send with both
/// `to` and `group` was 3 "From error", LabsMobile's `test` that breaks its pattern (and its prices' `format` given a
/// number) 39 "The value of the scheduled field is not a valid datetime format", a code its spec ties to `scheduled`,
/// and Sveve's empty `msg` "Mangler mottaker" (no recipient) where "Mangler meldingstekst" (no message text) says it.
@Suite(.timeLimit(.minutes(1)))
struct RefusalCodeChoiceTests {
    static func emulator(_ name: String) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        return SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 1))
    }

    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
    }

    /// FireText's invalid-request codes each name another field (3 `from`, 4 `group`, 5 `message`, 9 `subaccount`) or
    /// are tied to one (6, `schedule`): a `to`/`group` conflict takes none of them. FireText answers every refusal 200
    /// with a code: it is its one code saying only that it refuses, 12 "Unknown error", its words saying why, not 400
    /// with no body.
    @Test func fireTextsConflictTakesNoCodeOfAnotherField() throws {
        let answer = try Self.emulator("firetext").answer(WireRequest(
            method: "POST", path: "/firetext/sendsms", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("apiKey=k&message=Hi&from=Shop&to=447700900123&group=g1".utf8)))
        #expect(answer.summary.contains("invalid request: to:"), "\(answer.summary)")
        #expect(answer.status == 200 && answer.summary.contains("SendCode 12 UnknownError"), "\(answer.summary)")
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(!["3:", "4:", "5:", "6:", "9:"].contains { text.hasPrefix($0) }, "\(text)")
        #expect(text.hasPrefix("12:invalid request: to: is one of to, group"), "\(text)")
    }

    /// LabsMobile's `test` breaking its pattern, and its prices' `format` given a number, take no code tied to another
    /// field (39 is `scheduled`'s) nor naming one (41 "Scheduled messages cannot be sent in test mode"): the one that
    /// names none, 10 "Missing or incorrect JSON body".
    @Test func labsMobileTakesNoCodeTiedToAnotherField() throws {
        let emulator = try Self.emulator("labsmobile")
        let basic = "Basic " + Data("alice:pw".utf8).base64EncodedString()
        func post(_ path: String, _ json: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: path, headers: [("Authorization", basic), ("Content-Type", "application/json")], body: Data(json.utf8)))
        }
        let test = post("/labsmobile/send", #"{"message":"Hola","recipient":[{"msisdn":"34609033161"}],"test":"yes"}"#)
        #expect(try Self.json(test)["code"] as? String == "10", "\(test.summary)")
        let prices = post("/labsmobile/prices", #"{"format":5}"#)
        let code = try #require(try Self.json(prices)["code"] as? String, "\(prices.summary)")
        #expect(code == "10", "\(prices.summary)")
    }

    /// Sveve's empty `msg` takes the code that says no text, not the one that says no recipient (`to`'s).
    @Test func sveveTakesTheCodeOfItsField() throws {
        let answer = try Self.emulator("sveve").answer(WireRequest(
            method: "POST", path: "/sveve/SendMessage", headers: [("Content-Type", "application/json")],
            body: Data(#"{"user":"alice","passwd":"pw","to":"4791234567","msg":""}"#.utf8)))
        let result = try #require(try Self.json(answer)["response"] as? [String: Any])
        #expect(result["fatalError"] as? String == "Mangler meldingstekst", "\(answer.summary)")
    }

    /// A user's websms spec (Specs/websms.yaml, trimmed), whose one table decides every answer under every status
    /// (`default`): its recipient below its minimum, and an empty recipient list, were 4004 "Invalid message type", its
    /// empty text too, the first invalid-request code that says `invalid` and names no other field, where 4002 "At least
    /// one recipient address is invalid" (`invalidDestination`) and 4009 "Invalid text" (`contentRejected`) name their
    /// role and say the problem. A missing list takes no code refusing its value: 4019 "Parameter missing".
    @Test func webSMSsBrokenRecipientAndTextTakeTheCodesNamingTheirRoles() throws {
        let emulator = try Self.emulator("websms")
        func send(_ json: String) throws -> Int? {
            try Self.json(emulator.answer(WireRequest(
                method: "POST", path: "/websms/rest/smsmessaging/text", headers: [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
                body: Data(json.utf8))))["statusCode"] as? Int
        }
        #expect(try send(#"{"recipientAddressList": [12], "messageContent": "Hallo"}"#) == 4002)
        #expect(try send(#"{"recipientAddressList": [], "messageContent": "Hallo"}"#) == 4002)
        #expect(try send(#"{"recipientAddressList": [436761234567], "messageContent": ""}"#) == 4009)
        #expect(try send(#"{"messageContent": "Hallo"}"#) == 4019)
        #expect(try send(#"{"recipientAddressList": [436761234567], "messageContent": "Hallo", "senderAddress": "12345678901234567890"}"#) == 4003)
    }

    /// websms's fields no code names, `validityPeriode` below its minimum and a callback URL that is none, were 4004
    /// "Invalid message type", the first invalid-request code saying `invalid`, a code about another value (its reports'
    /// `messageType`), then 400 with no body, which websms, answering every refusal with a code, never gives: no code
    /// says their problem and nothing else, so the one saying only a problem, if another, 4019 "Parameter missing",
    /// its message saying why; not one speaking of another thing (4005 "Invalid message alphabet").
    @Test func webSMSsFieldsNoCodeSpeaksOfTakeTheCodeSayingOnlyAProblem() throws {
        let emulator = try Self.emulator("websms")
        for json in [
            #"{"recipientAddressList": [436761234567], "messageContent": "Hallo", "validityPeriode": 5}"#,
            #"{"recipientAddressList": [436761234567], "messageContent": "Hallo", "notificationCallbackUrl": "nope"}"#,
        ] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/websms/rest/smsmessaging/text", headers: [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
                body: Data(json.utf8)))
            let body = try Self.json(answer)
            #expect(body["statusCode"] as? Int == 4019, "\(answer.summary)")
            #expect((body["statusMessage"] as? String)?.hasPrefix("invalid request: ") == true, "\(answer.summary)")
        }
    }

    /// A user's Transmit SMS spec (Specs/transmitsms.yaml, trimmed), which ties FIELD_EMPTY and FIELD_INVALID to
    /// `message`'s and `to`'s rules: a missing or malformed field no rule predicts a code for (a look-up's `message_id`,
    /// a send's `validity` or `list_id`) was KEY_EXISTS "The resource with this key already exists.", the one
    /// invalid-request code under 400 tied to no field, where FIELD_EMPTY "Required field is empty." and FIELD_INVALID
    /// "Field has invalid format." say it.
    @Test func transmitSMSsMissingAndMalformedFieldsTakeTheCodesSayingSo() throws {
        let emulator = try Self.emulator("transmitsms-refusals")
        let basic = ("Authorization", "Basic " + Data("key:secret".utf8).base64EncodedString())
        func code(_ answer: SandboxAnswer) throws -> String? { (try Self.json(answer)["error"] as? [String: Any])?["code"] as? String }
        func lookUp(_ query: String) throws -> String? {
            try code(emulator.answer(WireRequest(method: "GET", path: "/transmitsms/get-sms-sent.json", query: query, headers: [basic])))
        }
        func send(_ form: String) throws -> String? {
            try code(emulator.answer(WireRequest(
                method: "POST", path: "/transmitsms/send-sms.json", headers: [basic, ("Content-Type", "application/x-www-form-urlencoded")],
                body: Data(form.utf8))))
        }
        #expect(try lookUp("message_id=abc") == "FIELD_INVALID")
        #expect(try lookUp("") == "FIELD_EMPTY")
        #expect(try send("message=Hello&to=61400000001&validity=abc") == "FIELD_INVALID")
        #expect(try send("message=Hello&list_id=abc") == "FIELD_INVALID")
    }

    /// Telnyx's 40305 "Invalid 'from' address" quotes the field it is about, a name that is also a common word: a
    /// `webhook_url` that is no URL was answered 40305 under 200, in the shape of an accepted message; a `from` takes it.
    @Test func aQuotedFieldNameIsThatFieldsCode() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("telnyx")]), configuration: .init(seed: 1))
        func send(_ json: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/telnyx/messages", headers: [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
                body: Data(json.utf8)))
        }
        let webhook = send(#"{"to": "+15550001111", "text": "Hi", "webhook_url": "nope"}"#)
        #expect(!webhook.summary.contains("40305"), "\(webhook.status) \(webhook.summary)")
        let from = send(#"{"to": "+15550001111", "text": "Hi", "from": 5}"#)
        #expect(from.summary.contains("40305"), "\(from.summary)")
    }

    static let generic = """
        smsspec: 1
        provider:
          id: generic
          name: Generic refusals (test spec)
          baseURLs: [https://api.generic.test]
          auth: {type: header, name: api-key}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.generic.test/docs}
        operations:
          send:
            summary: Sends one text.
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: Answer, tables: [Code]}
              400: {shape: Answer, tables: [Code]}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              to: string
              text: string
              validity: {type: int, required: false, constraints: {minimum: 1}}
              sender: {type: string, required: false, constraints: {maxLength: 11, providerCodes: {maxLength: 'Code:E3'}}}
          Answer:
            fields:
              code: Code
              message: string
        tables:
          Code:
            title: Codes
            source: {source: test}
            codeType: string
            entries:
              - {code: OK, summary: Sent., outcome: success, category: none}
              - {code: E1, summary: The sender is not allowed., httpStatus: 400, outcome: failure, category: invalidRequest}
              - {code: E2, summary: The request was not accepted., httpStatus: 400, outcome: failure, category: invalidRequest}
              - {code: E3, summary: Not accepted., httpStatus: 400, outcome: failure, category: invalidRequest}
              - {code: E4, summary: The validity is out of range., httpStatus: 400, outcome: failure, category: invalidRequest}
        examples:
          - {name: refused, message: Answer, payload: '{"code": "E1", "message": "The sender is not allowed."}'}
        """

    /// Of codes under the refusal's status, one naming the broken field first (`validity`: E4); else one about no
    /// other field (not E1, which names the sender, nor E3, tied to `sender`'s rule), whose words then say why.
    @Test func theCodeNamingTheFieldComesFirstElseOneAboutNoOther() throws {
        let emulator = try SandboxEmulator.of(spec: Self.generic, configuration: .init(seed: 1))
        func send(_ json: String) throws -> [String: Any] {
            try Self.json(emulator.answer(WireRequest(
                method: "POST", path: "/generic/send", headers: [("api-key", "k"), ("Content-Type", "application/json")], body: Data(json.utf8))))
        }
        #expect(try send(#"{"to": "4790000000", "text": "Hi", "validity": 0}"#)["code"] as? String == "E4")
        let missing = try send(#"{"text": "Hi"}"#)
        #expect(missing["code"] as? String == "E2", "\(missing)")
        #expect((missing["message"] as? String)?.hasPrefix("invalid request: to:") == true, "\(missing)")
    }

    /// Kavenegar answers every refusal with a code in its envelope (`return.status`, under 200 and `default`): a send
    /// whose `date` is no Unix time, a problem no code's English words say, was 400 with no body, an answer its gateway
    /// never gives, where its first invalid-request code, 400 "پارامترها ناقص هستند" ("The parameters are incomplete."),
    /// is the one it answers. A code whose words say something else happened or name another field stays out.
    @Test func aProviderAnsweringEveryRefusalWithACodeTakesItsFirstInvalidRequestCodeWhereNoWordsSayTheProblem() throws {
        let emulator = try DeclaredRoleTests.emulator("kavenegar", credentials: [DeclaredRoleTests.kavenegarKey])
        let answer = DeclaredRoleTests.kavenegar(emulator, "POST", "sms/send.json", form: "receptor=09121111111&message=hi&date=soon")
        #expect(answer.summary.contains("invalid request: "), "\(answer.summary)")
        let envelope = try #require(try DeclaredRoleTests.object(answer.body)["return"] as? [String: Any], "\(answer.summary)")
        #expect(envelope["status"] as? Int == 400, "\(answer.summary)")
    }
}
