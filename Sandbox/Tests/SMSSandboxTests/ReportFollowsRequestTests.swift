import Foundation
@testable import SMSSandbox
import Testing

/// Reports and answers that follow the request they answer (users' reports; docs/sandbox.md).
@Suite(.timeLimit(.minutes(1)))
struct ReportFollowsRequestTests {
    static func post(_ emulator: SandboxEmulator, _ target: String, _ body: String, headers: [(String, String)]) -> SandboxAnswer {
        let (path, query) = split(target)
        return emulator.answer(WireRequest(method: "POST", path: path, query: query, headers: headers + [("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    static func get(_ emulator: SandboxEmulator, _ target: String) -> SandboxAnswer {
        let (path, query) = split(target)
        return emulator.answer(WireRequest(method: "GET", path: path, query: query))
    }

    static func split(_ target: String) -> (String, String) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }

    static func report(_ delivery: PendingDelivery) throws -> [String: Any] {
        let request = try #require(delivery.request())
        return try #require(try JSONSerialization.jsonObject(with: request.httpBody ?? Data()) as? [String: Any])
    }

    /// Messente (Specs/messente-bulk.yaml): the report of bulk item 2, of two messages (AcmeB, AcmeC), quoted AcmeC's
    /// id beside AcmeB as sender; a Viber-then-SMS omnimessage's report said `"channel": "sms"` with the Viber
    /// message's id: a report's id, sender and channel are all of one message of the answer.
    @Test func aReportsFieldsComeFromTheOneMessageItReports() throws {
        let emulator = try Self.emulator("messente-bulk.yaml", credential: "acmeuser:MsntPassw0rdXYZ")
        let auth = [("Authorization", "Basic " + Data("acmeuser:MsntPassw0rdXYZ".utf8).base64EncodedString())]
        let bulk = Self.post(
            emulator, "/messente/omnimessages",
            #"{"messages":[{"to":"+37251000001","messages":[{"channel":"sms","sender":"AcmeA","text":"one"}]},{"to":"+37251000002","messages":[{"channel":"sms","sender":"AcmeB","text":"two"},{"channel":"sms","sender":"AcmeC","text":"three"}]}]}"#,
            headers: auth)
        let items = try #require(try PrefixAndPathIDTests.json(bulk)["messages"] as? [[String: Any]], "\(bulk.summary)")
        try #require(items.count == 2 && bulk.deliveries.count == 2)
        for (index, delivery) in bulk.deliveries.enumerated() {
            let report = try Self.report(delivery)
            let answered = try #require((items[index]["messages"] as? [[String: Any]])?.first { $0["message_id"] as? String == report["message_id"] as? String }, "\(report) \(items[index])")
            #expect(answered["sender"] as? String == report["sender"] as? String, "\(index): \(report) \(answered)")
        }
        let single = Self.post(
            emulator, "/messente/omnimessage",
            #"{"to":"+37251000002","messages":[{"channel":"viber","sender":"AcmeV","text":"two"},{"channel":"sms","sender":"AcmeS","text":"three"}]}"#,
            headers: auth)
        let messages = try #require(try PrefixAndPathIDTests.json(single)["messages"] as? [[String: Any]], "\(single.summary)")
        let report = try Self.report(try #require(single.deliveries.first))
        let answered = try #require(messages.first { $0["message_id"] as? String == report["message_id"] as? String }, "\(report) \(messages)")
        #expect(report["channel"] as? String == answered["channel"] as? String && report["sender"] as? String == answered["sender"] as? String, "\(report) \(answered)")
        #expect(report["channel"] as? String == "viber", "\(report)")
    }

    static func emulator(_ file: String, credential: String, outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(file)").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/hook", outcomes: outcomes, credentials: [credential], seed: 7))
    }

    /// ValueFirst (Specs/valuefirst-dlr.yaml): a failed report said `reason=52992` "Username / Password incorrect",
    /// its error table's first failure, for a send accepted with good credentials: its reason is a delivery failure
    /// (8449 "Message failed").
    @Test func aFailedReportsReasonIsADeliveryFailure() throws {
        let emulator = try Self.emulator("valuefirst-dlr.yaml", credential: "tok-ABCDEF123456", outcomes: .init(run: DeliveryOutcome(.failed(code: nil))))
        let sent = Self.post(
            emulator, "/valuefirst/psms/servlet/psms.JsonEservice",
            #"{"@VER":"1.2","DLR":{"@URL":"http://127.0.0.1:9/vf"},"SMS":[{"@TEXT":"hi","@ID":"1","ADDRESS":[{"@FROM":"VFIRST","@TO":"919812345679","@SEQ":"1"}]}]}"#,
            headers: [("Authorization", "Bearer tok-ABCDEF123456")])
        #expect(sent.status == 200, "\(sent.summary)")
        let delivery = try #require(sent.deliveries.first)
        let url = try #require(delivery.request()?.url)
        let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        #expect(query.first { $0.name == "status" }?.value == "2", "\(url)")
        #expect(query.first { $0.name == "reason" }?.value == "8449", "\(url)")
    }

    /// EBulkSMS (Specs/ebulksms-getdlr.yaml), whose only reports are looked up: `getdlr.json?uniqueid=m-1` (a single id,
    /// `role: messageID`) was answered `{"dlr":[]}`: one entry, quoting the id asked.
    @Test func aLookUpAnswersTheSingleIdItWasAsked() throws {
        let emulator = try Self.emulator("ebulksms-getdlr.yaml", credential: "me@example.com:Abcdef123456")
        let answer = Self.get(emulator, "/ebulksms/getdlr.json?username=me%40example.com&apikey=Abcdef123456&uniqueid=m-1")
        #expect(answer.status == 200, "\(answer.summary)")
        let entries = try #require(try PrefixAndPathIDTests.json(answer)["dlr"] as? [[String: Any]], "\(answer.summary)")
        #expect(entries.count == 1 && entries.first?["id"] as? String == "m-1", "\(entries)")
        #expect(entries.first?["status"] as? String == "DELIVRD", "\(entries)")
    }

    /// Azure (Specs/azure-eventgrid.yaml), `smsRecipients: [{to}]` answered `value: [SendResult]`: every send was
    /// answered the example's two results, naming its numbers, one `successful: false` beside `httpStatusCode: 202`:
    /// one result per recipient sent, naming it, each a success.
    @Test func oneResultPerRecipientSentNamingIt() throws {
        let emulator = try Self.emulator("azure-eventgrid.yaml", credential: "ACuser:supersecrettoken123")
        let numbers = ["+14255550111", "+14255550122", "+14255550133"]
        let sent = Self.post(
            emulator, "/azure-sms/sms?api-version=2021-03-07",
            #"{"from":"+18445792722","smsRecipients":[\#(numbers.map { #"{"to":"\#($0)"}"# }.joined(separator: ","))],"message":"x"}"#,
            headers: [("Authorization", "Bearer ACuser:supersecrettoken123")])
        #expect(sent.status == 202, "\(sent.summary)")
        let results = try #require(try PrefixAndPathIDTests.json(sent)["value"] as? [[String: Any]], "\(sent.summary)")
        #expect(results.compactMap { $0["to"] as? String } == numbers, "\(results)")
        #expect(results.allSatisfy { $0["successful"] as? Bool == true && $0["httpStatusCode"] as? Int == 202 && $0["messageId"] is String }, "\(results)")
        let ids = results.compactMap { $0["messageId"] as? String }
        #expect(Set(ids).count == numbers.count, "\(results)")
    }

    /// Karix (Specs/karix-content.yaml): each result said the example's `content.text` "Hello", not the text sent.
    @Test func aResultEchoesTheTextSent() throws {
        let emulator = try Self.emulator("karix-content.yaml", credential: "auth-id-123:S3cr3tPassw0rd")
        let sent = Self.post(
            emulator, "/karix/message/",
            #"{"channel":"sms","source":"KARIXT","destination":["+919812345678","+919812345679"],"content":{"text":"hi"}}"#,
            headers: [("Authorization", "Basic " + Data("auth-id-123:S3cr3tPassw0rd".utf8).base64EncodedString())])
        let objects = try #require(try PrefixAndPathIDTests.json(sent)["objects"] as? [[String: Any]], "\(sent.summary)")
        #expect(objects.count == 2, "\(objects)")
        #expect(objects.allSatisfy { ($0["content"] as? [String: Any])?["text"] as? String == "hi" }, "\(objects)")
    }

    /// mNotify (Specs/mnotify-status.yaml): a send was answered `"status": "SUCCESS"` (its code's name) where the
    /// example says `success`, and the example's `numbers_sent`; a campaign look-up `/campaign/{id}/delivered` was
    /// answered `"status": "delivered"`, the request's filter. BulkSMSNigeria (Specs/bulksmsnigeria-balance.yaml):
    /// the balance's `currency` was `""` beside `default: NGN`.
    @Test func anAnswerSaysTheExamplesWordsTheNumbersSentAndTheDefault() throws {
        let emulator = try Self.emulator("mnotify-status.yaml", credential: "SuperSecretKey123")
        let sent = Self.post(
            emulator, "/mnotify/api/sms/quick?key=SuperSecretKey123", #"{"recipient":["0249706365"],"sender":"mNotify","message":"Hello"}"#, headers: [])
        let body = try PrefixAndPathIDTests.json(sent)
        #expect(body["status"] as? String == "success", "\(body)")
        #expect((body["summary"] as? [String: Any])?["numbers_sent"] as? [String] == ["0249706365"], "\(body)")
        let lookedUp = Self.get(emulator, "/mnotify/api/campaign/abc/delivered?key=SuperSecretKey123")
        let report = try PrefixAndPathIDTests.json(lookedUp)
        #expect(report["status"] as? String == "success", "\(report)")
        let nigeria = try Self.emulator("bulksmsnigeria-balance.yaml", credential: "tok_9f8e7d6c5b4a")
        let balance = try PrefixAndPathIDTests.json(Self.get(nigeria, "/bulksmsnigeria/api/v2/balance?api_token=tok_9f8e7d6c5b4a"))
        #expect((balance["balance"] as? [String: Any])?["currency"] as? String == "NGN", "\(balance)")
    }

    /// Azure (Specs/azure-eventgrid.yaml): its callback is a list of a discriminated union of events, whose
    /// delivery-report variant holds the delivery status; no report was ever sent: one event, in a list, of that
    /// variant, quoting the message's id and recipient.
    @Test func aListOfDiscriminatedEventsCarriesTheReport() throws {
        let emulator = try Self.emulator("azure-eventgrid.yaml", credential: "ACuser:supersecrettoken123")
        let sent = Self.post(
            emulator, "/azure-sms/sms?api-version=2021-03-07", #"{"from":"+18445792722","smsRecipients":[{"to":"+14255550111"}],"message":"x"}"#,
            headers: [("Authorization", "Bearer ACuser:supersecrettoken123")])
        let results = try #require(try PrefixAndPathIDTests.json(sent)["value"] as? [[String: Any]], "\(sent.summary)")
        let delivery = try #require(sent.deliveries.first, "\(sent.summary)")
        let body = try #require(delivery.request()?.httpBody)
        let events = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]], "\(String(decoding: body, as: UTF8.self))")
        #expect(events.count == 1 && events.first?["eventType"] as? String == "Microsoft.Communication.SMSDeliveryReportReceived", "\(events)")
        let data = events.first?["data"] as? [String: Any]
        #expect(data?["MessageId"] as? String == results.first?["messageId"] as? String && data?["To"] as? String == "+14255550111", "\(events)")
        #expect(data?["DeliveryStatus"] as? String == "Delivered", "\(events)")
    }
}
