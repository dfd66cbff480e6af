import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The second round of the sandbox answers users reported (u56).
@Suite(.timeLimit(.minutes(1)))
struct UserU56bTests {
    static let account = SpecRoleTests.account

    static func twilio(_ emulator: SandboxEmulator, _ method: String, _ path: String, form: String = "") -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: method, path: "/twilio/2010-04-01/Accounts/\(account)/\(path)",
            headers: [SpecRoleTests.basic, ("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
    }

    /// After a send with `MessagingServiceSid=MG111…`, a Twilio look-up of the never-sent `SM111…` answered
    /// `"sid": "MG111…"` and a `uri` naming it, and said the send's number and text: the look-up found the send by
    /// the path's `AccountSid` (an id the send's answer echoed), and took the service id the send gave for the
    /// message's own `sid`. A look-up is of the id its path ends in, and a message's `sid` is never another id's.
    /// (`IDsInURLTextsTests.twiliosURIsNameTheAnswersIDs` failed when `SpecRoleTests` sent first on its emulator.)
    @Test func aLookUpAfterASendWithAServiceIDAnswersTheIDAskedFor() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("twilio")]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/callbacks", seed: 5))
        let service = "MG" + String(repeating: "1", count: 32)
        let send = try SpecRoleTests.json(Self.twilio(emulator, "POST", "Messages.json", form: "To=%2B15551234567&Body=Hi&MessagingServiceSid=\(service)"))
        let sent = try #require(send["sid"] as? String, "\(send)")
        #expect(send["messaging_service_sid"] as? String == service, "\(send)")
        // An id never sent: its own sid and uri, not the send's number, text or service.
        let asked = "SM" + String(repeating: "1", count: 32)
        let never = try SpecRoleTests.json(Self.twilio(emulator, "GET", "Messages/\(asked).json"))
        #expect(never["sid"] as? String == asked, "\(never)")
        #expect((never["uri"] as? String)?.hasSuffix("/Messages/\(asked).json") == true, "\(never)")
        #expect(never["body"] as? String != "Hi" && never["to"] as? String != "+15551234567", "\(never)")
        // The message sent: its own sid, the number and text it was sent, and the service its send gave.
        let fetched = try SpecRoleTests.json(Self.twilio(emulator, "GET", "Messages/\(sent).json"))
        #expect(fetched["sid"] as? String == sent, "\(fetched)")
        #expect((fetched["uri"] as? String)?.hasSuffix("/Messages/\(sent).json") == true, "\(fetched)")
        #expect(fetched["to"] as? String == "+15551234567" && fetched["body"] as? String == "Hi", "\(fetched)")
        #expect(fetched["messaging_service_sid"] as? String == service, "\(fetched)")
        #expect(fetched["account_sid"] as? String == Self.account, "\(fetched)")
    }
}

extension UserU56bTests {
    /// A user's Jasmin receipt `text`, "The first 20 characters of the short message.", said its example's "Hello foo
    /// bar" of every message (the send gives its text as `content`): a report's text field is the text sent, cut to
    /// the characters its summary says.
    @Test func aReceiptsTextIsTheTextSent() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["jasmin-mo-binary"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/jasmin/send", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("username=alice&password=s3cretpass1&to=21620203062&content=Bonjour+tout+le+monde+et+merci&dlr=yes&dlr-url=http%3A%2F%2F127.0.0.1%3A9%2Fdlr&dlr-level=2&dlr-method=POST".utf8)))
        #expect(answer.status == 200, "\(answer.summary)")
        let report = try #require(try UserReportsFollowRequestTests.formReports(answer).first, "\(answer.summary)")
        #expect(report["message_status"] == "DELIVRD", "\(report)")
        #expect(report["text"] == "Bonjour tout le mond", "\(report)")
    }

    /// A user's Kannel failed report (`status=2`) said the example's `err:000` (no error) in its SMPP receipt `answer`,
    /// and its example's dates of 2024: a failure's receipt gives no `err:`, and its dates are now.
    @Test func aFailedSMPPReceiptSaysNoErrorCodeOfTheExample() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"], outcomes: failed)
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/kannel/cgi-bin/sendsms",
            query: "username=a&password=b&to=4917612345673&text=Guten+Tag&dlr-mask=3&dlr-url=http%3A%2F%2F127.0.0.1%3A9%2Fdlr"))
        let report = try #require(try UserU54cTests.queryReports(answer).first, "\(answer.summary)")
        let receipt = try #require(report["answer"], "\(report)")
        #expect(receipt.contains("stat:UNDELIV") && !receipt.contains("err:"), "\(receipt)")
        let today = String(PendingDelivery.receiptDate(at: Date()).prefix(6))
        #expect(receipt.contains("submit date:\(today)") && receipt.contains("done date:\(today)"), "\(receipt)")
        #expect(!receipt.contains("2401021530"), "\(receipt)")
        // Delivered, it says no error.
        let delivered = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"])
        let ok = try #require(try UserU54cTests.queryReports(delivered.answer(WireRequest(
            method: "GET", path: "/kannel/cgi-bin/sendsms",
            query: "username=a&password=b&to=4917612345673&text=Guten+Tag&dlr-mask=3&dlr-url=http%3A%2F%2F127.0.0.1%3A9%2Fdlr"))).first)
        #expect(ok["answer"]?.contains("stat:DELIVRD") == true && ok["answer"]?.contains("err:000") == true, "\(ok)")
    }
}
