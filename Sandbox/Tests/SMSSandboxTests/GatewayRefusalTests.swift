import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Refusals and codes users saw the sandbox give where their gateway would not (Specs/ebulksms-get.yaml,
/// Specs/bulksmsnigeria-422.yaml, Specs/valuefirst-emptytext.yaml, Specs/azure-repeatability.yaml).
@Suite(.timeLimit(.minutes(1)))
struct GatewayRefusalTests {
    static func emulator(_ name: String, credentials: [String]) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: credentials, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    /// EBulkSMS's GET send carries no JSON, and its JSON send a readable body: a bad recipient was answered INVALID_JSON
    /// "The JSON is not valid" by both. A code saying the body is not JSON answers only a JSON body that cannot be read.
    @Test func aCodeSayingTheBodyIsNotJSONAnswersOnlyABodyThatIsNot() throws {
        let emulator = try Self.emulator("ebulksms-get", credentials: ["me@example.com:Abcdef123456"])
        let get = emulator.answer(WireRequest(
            method: "GET", path: "/ebulksms/sendsms",
            query: "username=me%40example.com&apikey=Abcdef123456&sender=Shop&messagetext=Hi&recipients=tok", headers: [], body: Data()))
        #expect(!Self.text(get).contains("INVALID_JSON") && !get.summary.contains("INVALID_JSON"), "\(get.summary)")
        #expect(get.summary.contains("invalid request"), "\(get.summary)")
        func post(_ body: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/ebulksms/sendsms.json", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        }
        let badNumber = post(
            #"{"SMS":{"auth":{"username":"me@example.com","apikey":"Abcdef123456"},"message":{"sender":"Shop","messagetext":"Hi","flash":"0"},"recipients":{"gsm":[{"msidn":"tok"}]}}}"#)
        #expect(!Self.text(badNumber).contains("INVALID_JSON"), "\(badNumber.summary)")
        let broken = post(#"{"SMS":{"auth""#)
        #expect(Self.text(broken) == #"{"response":{"status":"INVALID_JSON"}}"#, "\(broken.summary)")
    }
}

extension GatewayRefusalTests {
    /// BulkSMSNigeria's BSNG-2000 says `httpStatus: 422`: the sender its `providerCodes` tie to it was answered 422,
    /// a bad `to` standing it in 400, a status no entry or answer of the spec names. A refusal's status is its code's.
    @Test func aRefusalsStatusIsItsCodesDocumentedOne() throws {
        let emulator = try Self.emulator("bulksmsnigeria-422", credentials: ["tok_9f8e7d6c5b4a"])
        func send(_ body: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/bulksmsnigeria/api/v2/sms", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        }
        for body in [
            #"{"from":"AirtimeNigeria1","to":"2348076007676","body":"Hi","api_token":"tok_9f8e7d6c5b4a"}"#,
            #"{"from":"Airtime","to":"234807600,abc","body":"Hi","api_token":"tok_9f8e7d6c5b4a"}"#,
        ] {
            let answer = send(body)
            #expect(answer.summary.contains("BSNG-2000"), "\(answer.summary)")
            #expect(answer.status == 422, "\(body): \(answer.status) \(answer.summary)")
        }
    }

    /// ValueFirst answers every refusal 200 with an ErrorCode in `MESSAGEACK.Err` (a table its reports quote too): an
    /// empty `@TEXT` was 400 with no body, where 28679 "SMS text is empty" says it.
    @Test func aCodeTheSuccessAnswerHoldsAsItsOwnAnswersARequestsProblem() throws {
        let emulator = try Self.emulator("valuefirst-emptytext", credentials: ["SuperSecretKey123"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/valuefirst/psms/servlet/psms.JsonEservice",
            headers: [("Authorization", "Bearer SuperSecretKey123"), ("Content-Type", "application/json")],
            body: Data(#"{"SMS":[{"@TEXT":"","@ID":"1","ADDRESS":[{"@FROM":"VFIRST","@TO":"919812345678","@SEQ":"1"}]}]}"#.utf8)))
        #expect(answer.status == 200, "\(answer.status) \(answer.summary)")
        #expect(Self.text(answer).contains(#""CODE":"28679""#), "\(answer.summary): \(Self.text(answer))")
        #expect(answer.deliveries.isEmpty)
    }

    /// Azure's `repeatabilityResult` (enum `accepted`, `rejected`; the example `accepted`) was answered `Accepted`, the
    /// name of HTTPStatus 202, the code beside it: a field of an enum type holds one of its values.
    @Test func anEnumFieldHoldsOneOfItsValuesNotACodesName() throws {
        let emulator = try Self.emulator("azure-repeatability", credentials: ["tok"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/azure-sms/sms", query: "api-version=2021-03-07",
            headers: [("Authorization", "Bearer tok"), ("Content-Type", "application/json")],
            body: Data(#"{"from":"+18445792722","smsRecipients":[{"to":"+14255550111"}],"message":"x"}"#.utf8)))
        #expect(answer.status == 202, "\(answer.status) \(answer.summary)")
        #expect(!Self.text(answer).contains(#""Accepted""#), "\(Self.text(answer))")
        #expect(Self.text(answer).contains(#""repeatabilityResult":"accepted""#), "\(Self.text(answer))")
    }
}
