import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers two users reported for their Mobivate, SMS.to, BudgetSMS, Aakash SMS and SMS Gateway Center specs
/// that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU54cTests {
    static func mobivate(_ emulator: SandboxEmulator, _ path: String, _ body: String, authorized: Bool = true) -> SandboxAnswer {
        UserReportsFollowRequestTests.post(emulator, "/mobivate/send/\(path)", json: body, headers: authorized ? [("Authorization", "Bearer k")] : [])
    }

    /// The JSON body of each report `answer` owes.
    static func jsonReports(_ answer: SandboxAnswer) throws -> [JSONValue] {
        try answer.deliveries.map { try JSONPayload.decode(JSONValue.self, from: try #require($0.request()?.httpBody)) }
    }

    /// A user's Mobivate send left `routeId` at its default `mglobal` (its answer `MessageRecord` echoes `routeId`):
    /// the answer said a fresh UUID, an id-named field no request gave. The provider applies the default, and the
    /// answer says it; a value the request gives is echoed as before.
    @Test func aFieldLeftAtItsDefaultIsEchoedAsTheDefault() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["mobivate-batch"])
        let left = try UserReportsFollowRequestTests.json(Self.mobivate(emulator, "single", #"{"originator":"Test","recipient":"44700011122","body":"hi"}"#))
        #expect(left[member: "routeId"] == .string("mglobal"), "\(left)")
        let given = try UserReportsFollowRequestTests.json(Self.mobivate(
            emulator, "single", #"{"originator":"Test","recipient":"44700011122","body":"hi","routeId":"mlocal"}"#))
        #expect(given[member: "routeId"] == .string("mlocal"), "\(given)")
    }

    /// The query of each report `answer` owes (a GET report).
    static func queryReports(_ answer: SandboxAnswer) throws -> [[String: String]] {
        try answer.deliveries.map { delivery in
            let url = try #require(delivery.request()?.url)
            let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            return Dictionary(items.map { ($0.name, $0.value ?? "") }) { first, _ in first }
        }
    }

    static func budget(_ emulator: SandboxEmulator, _ operation: String = "sendsms") -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: "/budgetsms/\(operation)/", query: "username=u&userid=21547&handle=h&msg=Hello&from=BudgetSMS&to=31612345679"))
    }

    /// `--outcome failed` is the first final failure (docs/sandbox.md, Outcomes): of a message sent and not delivered
    /// first (a user's BudgetSMS 3 "Message delivery failed", not the 2 "Message is not sent" listed before it), else
    /// the first final one: a failure that is not final, listed first, was reported where a final one came after it.
    @Test func failedIsTheFirstFinalFailure() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["budgetsms-testsms"], outcomes: failed, callbackURL: "http://127.0.0.1:9/dlr")
        let send = Self.budget(emulator)
        #expect(try Self.queryReports(send).map { $0["status"] } == ["3"], "\(send.summary)")

        // No undelivered state; a failure that is not final first.
        let path = try UserReportsFollowRequestTests.edited(
            "budgetsms-testsms", "deliveryState: rejected, final: true}\n      - {code: 3", "deliveryState: rejected, final: false}\n      - {code: 3")
        for (old, new) in [("Message delivery failed, outcome: failure, category: recipientUnavailable, deliveryState: undelivered",
                            "Message delivery failed, outcome: failure, category: recipientUnavailable, deliveryState: expired"),
                           ("could not be processed', outcome: failure, category: networkError, deliveryState: undelivered",
                            "could not be processed', outcome: failure, category: networkError, deliveryState: rejected")]
        {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let edited = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: failed, seed: 4))
        let report = Self.budget(edited)
        #expect(try Self.queryReports(report).map { $0["status"] } == ["3"], "\(report.summary)")
    }

    /// A user's Mobivate receipt carries two delivery-status tables: `status` (DeliveryStatus, by name) and `statusCode`
    /// (StatusCode, numeric, listing 1 DELIVERED and 2 ACCEPTED only). A failed receipt said `"status":
    /// "UNDELIVERABLE", "statusCode": 2`, a final failure beside the example's pending code. The log says at start that
    /// StatusCode cannot say a failure; an optional such field is left out of a failed report, and says the status's
    /// own entry (1 DELIVERED) in a delivered one.
    @Test func aSecondStatusTableThatCannotSayTheFailureContradictsNothing() throws {
        let failing = "44700000099"
        let outcomes = OutcomePolicy(byRecipient: [failing: DeliveryOutcome(.failed(code: nil))])
        let emulator = try UserReportsFollowRequestTests.emulator(["mobivate-batch"], outcomes: outcomes, callbackURL: "http://127.0.0.1:9/dlr")
        #expect(emulator.notes.contains { $0.hasPrefix("mobivate: a failed delivery's report (DeliveryReceipt) says DeliveryStatus UNDELIVERABLE, and StatusCode lists no failure") && $0.contains("statusCode (required") }, "\(emulator.notes)")

        let path = try UserReportsFollowRequestTests.edited(
            "mobivate-batch", "statusCode: {type: StatusCode, summary:", "statusCode: {type: StatusCode, required: false, summary:")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let optional = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 4))
        #expect(optional.notes.contains { $0.contains("statusCode (optional: it is left out)") }, "\(optional.notes)")
        let failed = try Self.jsonReports(Self.mobivate(optional, "single", #"{"originator":"Test","recipient":"\#(failing)","body":"hi"}"#))
        #expect(failed.count == 1 && failed.first?[member: "status"] == .string("UNDELIVERABLE"), "\(failed)")
        #expect(failed.first?[member: "statusCode"] == nil, "\(failed)")
        let delivered = try Self.jsonReports(Self.mobivate(optional, "single", #"{"originator":"Test","recipient":"44700011122","body":"hi"}"#))
        #expect(delivered.first?[member: "status"] == .string("DELIVERED") && delivered.first?[member: "statusCode"] == .number(1), "\(delivered)")
    }

    /// A user's Aakash SMS balance and report answers (their optional `message` no example of theirs gives) said the
    /// send's example "1 messages has been queued for delivery", of a message never sent: the words of another kind of
    /// operation's example are not theirs. The send keeps its example's words.
    @Test func anotherOperationsWordsAreNotAnAnswers() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["aakashsms-words"])
        for (path, body) in [("/aakashsms/sms/v3/account/balance", "auth_token=t"), ("/aakashsms/sms/v3/report", "auth_token=t&id=1180453")] {
            let answer = UserU54Tests.form(emulator, path, body)
            #expect(answer.status == 200, "\(answer.summary)")
            let json = try UserReportsFollowRequestTests.json(answer)
            #expect(json[member: "error"] == .bool(false), "\(json)")
            let words = json[member: "message"].flatMap(FormEncoder.text(of:)) ?? ""
            #expect(!words.contains("queued"), "\(path): \(json)")
        }
        let send = try UserReportsFollowRequestTests.json(UserU54Tests.form(emulator, "/aakashsms/sms/v3/send", "auth_token=t&to=9841000000&text=hi"))
        #expect(send[member: "message"] == .string("1 messages has been queued for delivery"), "\(send)")
    }

    /// A user's SMS.to status callback (a form, its example's `trackingId` 185c9d63-…) repeated the example's
    /// `trackingId` for every message: an id of a report whose name says it is no one else's (an account's, a batch's)
    /// is fresh for each message, as the report's message id is.
    @Test func aReportsOwnIDIsFreshForEachMessage() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsto-tracking"], callbackURL: "http://127.0.0.1:9/st")
        var tracking: [String] = []
        for _ in 0..<2 {
            let send = UserReportsFollowRequestTests.post(emulator, "/smsto/sms/send", json: #"{"message":"hi","to":"+35799999999"}"#, headers: [("Authorization", "Bearer k")])
            #expect(send.status == 200, "\(send.summary)")
            let reports = try UserReportsFollowRequestTests.formReports(send)
            #expect(reports.count == 1, "\(reports)")
            tracking += reports.compactMap { $0["trackingId"] }
        }
        #expect(tracking.count == 2 && Set(tracking).count == 2 && !tracking.contains("185c9d63-dae2-4614-b0f4-48453e870dcf"), "\(tracking)")
    }

    /// A user's SMS Gateway Center `status` ("success or error."), its examples "success" beside 200 and "error" beside
    /// 901, said each refusal's words ("Invalid mobile number" for 904, "Empty message" for 905): a field the examples
    /// give verdict words only says the outcome, "error"; `reason` says why.
    @Test func aVerdictWordSaysTheOutcomeNotTheCode() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["smsgatewaycenter-status"])
        for (body, code, reason) in [("mobile=9812345678&msg=hello", "904", "Invalid mobile number"), ("mobile=919812345678&msg=", "905", "Empty message")] {
            let json = try UserReportsFollowRequestTests.json(UserU54Tests.form(emulator, "/smsgatewaycenter/SMSApi/rest/send", "userId=u&password=p&\(body)"))
            #expect(json[member: "statusCode"] == .string(code) && json[member: "status"] == .string("error"), "\(json)")
            #expect(json[member: "reason"] == .string(reason), "\(json)")
        }
        let sent = try UserReportsFollowRequestTests.json(UserU54Tests.form(emulator, "/smsgatewaycenter/SMSApi/rest/send", "userId=u&password=p&mobile=919812345678&msg=hi"))
        #expect(sent[member: "status"] == .string("success") && sent[member: "statusCode"] == .string("200"), "\(sent)")
    }

    /// A user's BudgetSMS `testsms` (a GET saying `idempotent: true`, "Simulates a send; no credit is deducted and no SMS
    /// is sent") carries a text and a recipient, and was owed a delivery report: a GET the spec says is idempotent
    /// sends nothing. Its `sendsms` (`idempotent: false`) owes one.
    @Test func anIdempotentGETSendsNothing() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["budgetsms-testsms"], callbackURL: "http://127.0.0.1:9/dlr")
        let test = Self.budget(emulator, "testsms")
        #expect(test.status == 200 && String(decoding: test.body, as: UTF8.self).hasPrefix("OK "), "\(test.summary)")
        #expect(test.deliveries.isEmpty, "\(test.summary)")
        #expect(test.summary.contains("no report owed"), "\(test.summary)")
        #expect(Self.budget(emulator).deliveries.count == 1)
    }
}
