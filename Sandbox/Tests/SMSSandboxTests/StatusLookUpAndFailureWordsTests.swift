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
}
