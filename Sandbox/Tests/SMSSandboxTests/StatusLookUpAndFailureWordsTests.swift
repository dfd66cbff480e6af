import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' gateways (their specs trimmed in Specs/): which operations owe reports, and what reports, refusals and
/// answers no example gives say.
@Suite(.timeLimit(.minutes(1)))
struct StatusLookUpAndFailureWordsTests {
    static func aliyun(outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("aliyunsms-query")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/aliyun", outcomes: outcomes, seed: 7))
    }

    /// Alibaba's QuerySendDetails names the message it asks about by an optional `BizId` declaring `role: messageID`,
    /// must give a nonce, a day and a page, and is answered a delivery-status table and no message id: it was taken
    /// for a send and posted a report on every poll, quoting the look-up's own `RequestId` where no `BizId` was given.
    @Test func aLookUpNamingItsMessageByRoleOwesNoReport() throws {
        let emulator = try Self.aliyun()
        for query in [
            "Action=QuerySendDetails&AccessKeyId=K&SignatureNonce=n1&PhoneNumber=13811110000&SendDate=20240101&PageSize=10&CurrentPage=1",
            "Action=QuerySendDetails&AccessKeyId=K&SignatureNonce=n2&PhoneNumber=13811110000&SendDate=20240101&PageSize=10&CurrentPage=1&BizId=123",
        ] {
            let answer = emulator.answer(WireRequest(method: "POST", path: "/aliyunsms/", query: query))
            #expect(answer.status == 200, "\(answer.summary)")
            #expect(answer.deliveries.map(\.summary) == [], "\(query)")
        }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("aliyunsms-query")]).first)
        let operations = Dictionary(uniqueKeysWithValues: provider.model.operations.map { ($0.spec.id.value, $0) })
        #expect(provider.isLookUp(try #require(operations["querySendDetails"])))
        let send = emulator.answer(WireRequest(
            method: "POST", path: "/aliyunsms/", query: "Action=SendSms&AccessKeyId=K&SignatureNonce=n3&PhoneNumbers=13811110009&SignName=A&TemplateCode=SMS_1"))
        #expect(send.status == 200 && send.deliveries.map(\.message.recipient) == ["13811110009"], "\(send.summary)")
    }

    /// The first report of `answer`, as JSON: Alibaba's reports are a list.
    static func report(_ answer: SandboxAnswer) throws -> [String: Any] {
        let body = try #require(answer.deliveries.first?.request()?.httpBody)
        let list = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        return try #require(list.first)
    }

    /// The only report example is of a delivered message: a failed report kept its words, `"success": false` beside
    /// "The user received the message successfully." A failure's report says the failure's words (its code's
    /// summary), where the example's are a success's.
    @Test func aFailedReportSaysTheFailuresWords() throws {
        let emulator = try Self.aliyun(outcomes: OutcomePolicy(byRecipient: [
            "13811110009": DeliveryOutcome(.failed(code: "MK:0001")), "13811110008": DeliveryOutcome(.failed(code: nil)),
        ]))
        let failed = try Self.report(emulator.answer(WireRequest(
            method: "POST", path: "/aliyunsms/", query: "Action=SendSms&AccessKeyId=K&SignatureNonce=n1&PhoneNumbers=13811110009&SignName=A&TemplateCode=SMS_1")))
        #expect(failed["err_code"] as? String == "MK:0001")
        #expect(failed["success"] as? Bool == false)
        #expect(failed["err_msg"] as? String == "The number is powered off or unreachable.", "\(failed)")
        let plain = try Self.report(emulator.answer(WireRequest(
            method: "POST", path: "/aliyunsms/", query: "Action=SendSms&AccessKeyId=K&SignatureNonce=n2&PhoneNumbers=13811110008&SignName=A&TemplateCode=SMS_1")))
        #expect((plain["err_msg"] as? String).map { !$0.contains("successfully") } == true, "\(plain)")
        let delivered = try Self.report(emulator.answer(WireRequest(
            method: "POST", path: "/aliyunsms/", query: "Action=SendSms&AccessKeyId=K&SignatureNonce=n3&PhoneNumbers=13811110007&SignName=A&TemplateCode=SMS_1")))
        #expect(delivered["err_msg"] as? String == "The user received the message successfully.", "\(delivered)")
    }

    /// A user's AWS spec (Specs/awssms-validation.yaml): its ValidationException "A validation exception for a field."
    /// is tied to `DestinationPhoneNumber`'s pattern, and a `TimeToLive` below its minimum or a 1,601-character body
    /// were answered 400 with no body. Words of an exception say only that a request is refused: it answers them.
    @Test func aBrokenRuleIsAnsweredTheValidationCode() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("awssms-validation")]), configuration: .init(seed: 7))
        let headers = [("Authorization", "x"), ("X-Amz-Target", "PinpointSMSVoiceV2.SendTextMessage"), ("X-Amz-Date", "20240101T000000Z"),
                       ("Content-Type", "application/json")]
        for body in [#"{"DestinationPhoneNumber": "+14255550156", "TimeToLive": 1}"#,
                     #"{"DestinationPhoneNumber": "+14255550156", "MessageBody": "\#(String(repeating: "a", count: 1601))"}"#] {
            let answer = emulator.answer(WireRequest(method: "POST", path: "/awssms/", headers: headers, body: Data(body.utf8)))
            #expect(answer.status == 400, "\(answer.summary)")
            let json = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
            #expect(json?["__type"] as? String == "ValidationException", "\(answer.summary)")
        }
    }

    /// A user's Hablame bulk send (Specs/hablame-references.yaml): the report of a message that set no `reference01`
    /// said the example's `order-17`. A caller's reference named so (no id by its name) is echoed or left out.
    @Test func aReportCarriesNoReferenceItsMessageDidNotSet() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("hablame-references")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/hb", seed: 7))
        let body = #"{"messages":[{"to":"573001234567","text":"uno","reference01":"mine-A"},{"to":"573001112222","text":"dos"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/hablame/api/sms/v5/send", headers: [("X-Hablame-Key", "k"), ("Content-Type", "application/json")], body: Data(body.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let reports = try answer.deliveries.map { delivery in
            let body = try #require(delivery.request()?.httpBody)
            return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        }
        #expect(reports.map { $0["to"] as? String } == ["573001234567", "573001112222"])
        #expect(reports.map { $0["reference01"] as? String } == ["mine-A", nil], "\(reports)")
    }

    static func totalvoice() throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("totalvoice-envelope")]), configuration: .init(seed: 7))
    }

    static func json(_ answer: SandboxAnswer) -> [String: Any] {
        ((try? JSONSerialization.jsonObject(with: answer.body)) as? [String: Any]) ?? [:]
    }

    /// A user's TotalVoice envelope (Specs/totalvoice-envelope.yaml) words its code `motivo` in `mensagem`, the name of
    /// the request's SMS text: the send answered the SMS text as its status words. Words named in Portuguese (or
    /// Spanish) are words as `message` is.
    @Test func anEnvelopesWordsNamedInPortugueseAreNoEchoOfTheText() throws {
        let answer = try Self.totalvoice().answer(WireRequest(
            method: "POST", path: "/totalvoice/sms", headers: [("Access-Token", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"numero_destino":"48999999999","mensagem":"Olá","resposta_usuario":true}"#.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(Self.json(answer)["mensagem"] as? String == "sms criado com sucesso", "\(Self.json(answer))")
    }

    /// Its refusal of an invalid number (motivo 8, "Dados inválidos") said "access-token invalido", the words of its only
    /// refusal example (motivo 5): the words say the code answered.
    @Test func aRefusalSaysNoOtherCodesWords() throws {
        let answer = try Self.totalvoice().answer(WireRequest(
            method: "POST", path: "/totalvoice/sms", headers: [("Access-Token", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"numero_destino":"4899","mensagem":""}"#.utf8)))
        #expect(answer.status == 400, "\(answer.summary)")
        let json = Self.json(answer)
        #expect(json["motivo"] as? Int == 8, "\(json)")
        #expect((json["mensagem"] as? String).map { !$0.lowercased().contains("token") && !$0.isEmpty } == true, "\(json)")
    }

    /// A user's SMS Masivos send without `message` (Specs/smsmasivos-codes.yaml) was answered `success: false` beside its
    /// auth example's `auth_01`, with the right key, where sms_02 "El campo message es necesario" says it: words saying
    /// a field is missing are read in Spanish and Portuguese too.
    @Test func aMissingFieldIsAnsweredTheCodeSayingSoInSpanish() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smsmasivos-codes")]), configuration: .init(seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smsmasivos/sms/send", headers: [("apikey", "k"), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("numbers=4771234567".utf8)))
        #expect(answer.status == 400, "\(answer.summary)")
        #expect(Self.json(answer)["code"] as? String == "sms_02", "\(Self.json(answer))")
        #expect(Self.json(answer)["success"] as? Bool == false)
    }

    /// A review: the Spanish and Portuguese words of a missing field were read only in the user's sentence, which
    /// names the field ("El campo message es necesario"); "Campo requerido", "Falta un campo", "Mensagem obrigatória"
    /// were answered the authentication code auth_01. Each says a missing field, word by word as in English.
    @Test(arguments: ["Campo requerido", "El campo es necesario", "Falta un campo", "Campo obrigatório", "Mensagem obrigatória", "Parámetro requerido"])
    func aMissingFieldIsAnsweredTheCodeSayingSoInAnySpanishOrPortugueseWords(_ summary: String) throws {
        let spec = try String(contentsOfFile: UserSpecAnswerTests.spec("smsmasivos-codes"), encoding: .utf8)
        let sentence = "{code: sms_02, summary: El campo message es necesario,"
        #expect(spec.contains(sentence))
        let path = FileManager.default.temporaryDirectory.appending(path: "smsmasivos-\(UUID().uuidString).yaml").path
        try spec.replacingOccurrences(of: sentence, with: "{code: sms_02, summary: '\(summary)',").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smsmasivos/sms/send", headers: [("apikey", "k"), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("numbers=4771234567".utf8)))
        #expect(answer.status == 400, "\(answer.summary)")
        #expect(Self.json(answer)["code"] as? String == "sms_02", "\(Self.json(answer))")
    }

    /// Answers no example gives: TotalVoice's report list said `status: 0` (every example gives the HTTP status there)
    /// and `mensagem: ""`; SMS Masivos' report look-up said its send's sms_11 "Mensajes enviados" and `status: 0`, where
    /// reports_01 "Reporte generado" is its own. The status answered; the code sharing the operation's words; words of an
    /// example of that code (of an operation that sends or not, as this one), else the code's own.
    @Test func anAnswerNoExampleGivesSaysItsOwnStatusCodeAndWords() throws {
        let list = try Self.totalvoice().answer(WireRequest(
            method: "GET", path: "/totalvoice/sms/relatorio", query: "data_inicio=2024-01-01T00:00:00Z&data_fim=2024-01-02T00:00:00Z",
            headers: [("Access-Token", "k")]))
        #expect(list.status == 200, "\(list.summary)")
        #expect(Self.json(list)["status"] as? Int == 200, "\(Self.json(list))")
        #expect(Self.json(list)["mensagem"] as? String == "dados retornados com sucesso", "\(Self.json(list))")
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("smsmasivos-codes")]), configuration: .init(seed: 7))
        let form = [("apikey", "k"), ("Content-Type", "application/x-www-form-urlencoded")]
        let reports = Self.json(emulator.answer(WireRequest(method: "POST", path: "/smsmasivos/reports/generate", headers: form, body: Data("reference=5d2f1c".utf8))))
        #expect(reports["code"] as? String == "reports_01", "\(reports)")
        #expect(reports["message"] as? String == "Reporte generado", "\(reports)")
        #expect(reports["status"] as? Int == 200, "\(reports)")
        let sent = Self.json(emulator.answer(WireRequest(
            method: "POST", path: "/smsmasivos/sms/send", headers: form, body: Data("message=Hola&numbers=4771234567".utf8))))
        #expect(sent["code"] as? String == "sms_11" && sent["message"] as? String == "Mensajes enviados", "\(sent)")
    }

    /// A user's AWS SMS event (Specs/awssms-events.yaml), of which the one example is of a message accepted by the
    /// carrier: `failed:TEXT_SPAM` said `messageStatus` `CARRIER_BLOCKED` (the first of its category, where `SPAM` is
    /// its own), "Message has been accepted by phone carrier", and a `messageRequestTimestamp` after the event's.
    @Test func aFailedEventSaysItsOwnStateWordsAndTimes() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("awssms-events")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/aws", outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: "TEXT_SPAM"))), seed: 7))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/awssms/",
            headers: [("Authorization", "x"), ("X-Amz-Target", "PinpointSMSVoiceV2.SendTextMessage"), ("X-Amz-Date", "20240101T000000Z"),
                      ("Content-Type", "application/json")],
            body: Data(#"{"DestinationPhoneNumber": "+14255550199", "MessageBody": "hello"}"#.utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try #require(answer.deliveries.first?.request()?.httpBody)
        let event = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(event["eventType"] as? String == "TEXT_SPAM")
        #expect(event["messageStatus"] as? String == "SPAM", "\(event)")
        #expect(event["messageStatusDescription"] == nil, "\(event)")
        let requested = try #require(event["messageRequestTimestamp"] as? Int64), happened = try #require(event["eventTimestamp"] as? Int64)
        #expect(requested <= happened, "\(event)")
    }
}
