import Foundation
import OpenAPIURLSession
import SMSSandbox
import SMSSpecClient
import Testing
import ThirdPartyProviders

/// SMSAPI sends to numbers or to a contacts group (`exactlyOne: [to, group]`, so `to` is optional) and reports by GET
/// with each parameter a comma-separated list, one element per message (`status=404,407`).
@Suite(.timeLimit(.minutes(1)))
struct ReportGroupLoopbackTests {
    /// A send to numbers owes each number its report, whose lists hold its number, its message's id and its outcome's
    /// code: no report was sent, since no request had to name a recipient, and the builder copied the example's
    /// `404`, `to` and `MsgId` into every report.
    @Test func smsapiReportsEachNumberWithItsOutcomesCode() async throws {
        let outcomes = OutcomePolicy(byRecipient: ["48500000001": DeliveryOutcome(.failed(code: "407"))])
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("smsapi")], outcomes: outcomes) { loopback in
            let client = Smsapi.Client(serverURL: loopback.serverURL("smsapi"), transport: URLSessionTransport(), configuration: UserSpecLoopbackTests.configuration())
            let answer = try await client.sendSMS(Smsapi.SendRequest(
                to: ["48500000000", "48500000001"], message: "Hi", notifyURL: loopback.callbackURL + "/smsapi"))
            // An accepted send has no error's words: the request's text was echoed into `message`.
            #expect(answer.error == nil && answer.message == nil)
            // Two messages, counted two: the example's `count: 1` stayed.
            #expect(answer.list?.count == 2 && answer.count == 2)
            // Sent now, not on the example's day in 2016.
            for message in answer.list ?? [] { #expect(abs(try #require(message.dateSent.date).timeIntervalSinceNow) < 60) }
            let sent = Dictionary(uniqueKeysWithValues: (answer.list ?? []).map { ($0.number, [$0.id]) })
            var statuses: [String: [Smsapi.DeliveryStatus]] = [:], quoted: [String: [String]] = [:]
            for _ in 0..<2 {
                let callback = try #require(await loopback.inbox.next())
                let report = try Smsapi.Receivers.deliveryReports.decode(callback.head, body: callback.body)
                let number = try #require(report.to?.first)
                (statuses[number], quoted[number]) = (report.statuses, report.messageIDs)
            }
            #expect(statuses == ["48500000000": [.delivered], "48500000001": [.rejected]])
            // Each report quotes the id the answer gave its number, not the example's.
            #expect(sent.count == 2)
            #expect(quoted == sent)
        }
    }

    /// A send to a group names no recipient the sandbox knows: it owes no report, and says so in no error.
    @Test func smsapiSendToAGroupIsAccepted() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("smsapi")]) { loopback in
            let client = Smsapi.Client(serverURL: loopback.serverURL("smsapi"), transport: URLSessionTransport(), configuration: UserSpecLoopbackTests.configuration())
            let answer = try await client.sendSMS(Smsapi.SendRequest(group: "friends", message: "Hi", notifyURL: loopback.callbackURL + "/smsapi"))
            #expect(answer.error == nil)
            #expect(await loopback.inbox.next(within: 1) == nil)
        }
    }
}
