import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers three users reported for their Kannel, Jasmin, LabsMobile, ASPSMS, Msegat, Taqnyat and Mobizon
/// specs that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU56Tests {
    /// A user's Kannel send gave a `dlr-url` holding `api_key=…&password=…`, percent-encoded in the query: the request
    /// line printed both, where the callback line hid them. The log hides a credential-named pair at every level of
    /// percent-encoding.
    @Test func aCallbackURLsKeyIsHiddenInTheRequestLine() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"])
        let query = "username=alice&password=s3cretpass1&to=4917612345675&text=X&dlr-mask=1"
            + "&dlr-url=http%3A%2F%2F127.0.0.1%3A18562%2Fkannel%2Fdlr%3Fapi_key%3DAK99887766%26password%3Dpw55443322%26ref%3Do-1"
        let request = WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: query)
        let answer = emulator.answer(request)
        #expect(answer.status == 202, "\(answer.summary)")
        let line = emulator.loggedLine(request, answer)
        #expect(!line.contains("AK99887766") && !line.contains("pw55443322"), "\(line)")
        #expect(line.contains("api_key%3D<redacted>%26password%3D<redacted>%26ref%3Do-1"), "\(line)")
        // Twice encoded, and a URL quoting another in a callback's own line.
        let twice = "http%253A%252F%252Fh%252Fdlr%253Ftoken%253DTK11223344%2526x%253D1"
        #expect(NestedCredentialPairs.hiding(in: "?u=" + twice) == "?u=http%253A%252F%252Fh%252Fdlr%253Ftoken%253D<redacted>%2526x%253D1")
        let logged = CallbackRequest.loggedURL("http://h/cb?next=https%3A%2F%2Fo%2F%3Fsecret%3DSS99887766&a=1")
        #expect(!logged.contains("SS99887766"), "\(logged)")
        #expect(NestedCredentialPairs.hiding(in: "GET /x?monkey=1&text=a%3Db → 202") == "GET /x?monkey=1&text=a%3Db → 202")
    }
}

extension UserU56Tests {
    /// A user's Mobizon look-up of `ids[]=999`, never sent, said `DELIVRD` with code 0: its not-found code, 2
    /// `API_RECORD_NOT_FOUND` "The record was not found.", was read as naming another thing; with the summary "Not
    /// found." it said code 2 beside a `DELIVRD` entry for that id. A record not found is the id's, and the answer
    /// lists no status for it; a message sent is still listed in its state.
    @Test func aRecordNotFoundIsAnIDNeverSentAndListsNoStatus() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["mobizon-record-not-found"])
        let path = "/mobizon/service/message/getsmsstatus"
        func lookUp(_ id: String) throws -> JSONValue {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: path, query: "apiKey=k&output=json&api=v1", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data("ids%5B%5D=\(id)".utf8)))
            #expect(answer.status == 200, "\(answer.summary)")
            return try UserReportsFollowRequestTests.json(answer)
        }
        let unknown = try lookUp("999")
        #expect(unknown[member: "code"] == .number(2), "\(unknown)")
        #expect(!"\(unknown)".contains("DELIVRD"), "\(unknown)")
        #expect(unknown[member: "data"]?.items?.isEmpty ?? true, "\(unknown)")
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/mobizon/service/message/sendsmsmessage", query: "apiKey=k&output=json&api=v1",
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data("recipient=77001234567&text=Hi".utf8)))
        guard case .string(let id)? = try UserReportsFollowRequestTests.json(sent)[member: "data"]?[member: "messageId"] else {
            Issue.record("no id: \(sent.summary)")
            return
        }
        let known = try lookUp(id)
        #expect(known[member: "code"] == .number(0), "\(known)")
        #expect(known[member: "data"]?.items?.first?[member: "status"] == .string("DELIVRD"), "\(known)")
        for words in ["API_RECORD_NOT_FOUND", "RECORD_NOT_FOUND", "The record was not found."] {
            let entry = StatusEntry(
                provider: "mobizon", table: "ApiCode", code: "2", name: words, description: words, outcome: .failure, category: .invalidRequest,
                retryable: false, source: "")
            #expect(OperationResponder.saysNotFound(entry), "\(words)")
        }
    }
}

extension UserU56Tests {
    /// A user's Msegat send answered `{"code":"1","message":"Success"}`, its example's, without its optional `id`
    /// (`role: messageID`), while its reports quoted fresh `msgId`s: no report could be matched to its send. A send's
    /// success gives a field declaring `role: messageID`, and the reports quote that id.
    @Test func aSendsOptionalMessageIDIsTheIdItsReportsQuote() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["msegat-optional-id"], callbackURL: "http://127.0.0.1:9/dlr")
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/msegat/sendsms.php", json: #"{"userName":"u","apiKey":"k","numbers":"966500000000,966500000009","userSender":"S","msg":"hi"}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        let body = try UserReportsFollowRequestTests.json(answer)
        guard let id = body[member: "id"].flatMap(FormEncoder.text(of:)) else { Issue.record("no id: \(body)"); return }
        #expect(answer.deliveries.count == 2, "\(answer.summary)")
        for delivery in answer.deliveries {
            let report = try #require(delivery.request()?.httpBody.map { try JSONPayload.decode(JSONValue.self, from: $0) })
            #expect(report[member: "msgId"].flatMap(FormEncoder.text(of:)) == id, "\(report) \(body)")
        }
    }
}

extension UserU56Tests {
    /// A user's Kannel send gave `dlr-url=…/kannel/dlr?ref=o-1`: the report was called with `ref=order-1`, its
    /// example's, while the log showed `…/dlr?ref=o-1`; a dlr-url with no `ref` got `ref=order-1` too. A value of the
    /// caller's own in the URL (no id, role or code) is kept, a reference no one gave is left out, and the log shows
    /// the URL called.
    @Test func aCallbackURLsOwnReferenceIsKept() async throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"])
        func report(_ url: String) throws -> (query: [String: String], delivery: PendingDelivery) {
            let encoded = url.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? url
            let answer = emulator.answer(WireRequest(
                method: "GET", path: "/kannel/cgi-bin/sendsms", query: "username=a&password=b&to=4917612345673&text=X&dlr-mask=1&dlr-url=\(encoded)"))
            #expect(answer.status == 202, "\(answer.summary)")
            let delivery = try #require(answer.deliveries.first, "\(answer.summary)")
            return (try #require(try UserU54cTests.queryReports(answer).first), delivery)
        }
        let own = try report("http://127.0.0.1:9/kannel/dlr?ref=o-1")
        #expect(own.query["ref"] == "o-1", "\(own.query)")
        #expect(own.query["status"] == "1", "\(own.query)")
        let none = try report("http://127.0.0.1:9/kannel/dlr?token=t")
        #expect(none.query["ref"] == nil, "\(none.query)")
        let line = await own.delivery.deliver()
        // The URL called, its fields after the URL's own (cut, as any long URL the log quotes).
        #expect(line.contains("/kannel/dlr?ref=o-1&answer="), "\(line)")
    }
}

extension UserU56Tests {
    /// A user's Kannel reports all carried the example's SMSC reply in `answer`, `… stat:DELIVRD err:000 text:Hello`,
    /// a failed one (`status=2`) too. An SMPP receipt in a report says the report's state and the text sent.
    @Test func anSMPPReceiptSaysTheReportsState() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"], outcomes: failed)
        let answer = emulator.answer(WireRequest(
            method: "GET", path: "/kannel/cgi-bin/sendsms",
            query: "username=a&password=b&to=4917612345673&text=Guten+Tag&dlr-mask=3&dlr-url=http%3A%2F%2F127.0.0.1%3A9%2Fdlr"))
        let report = try #require(try UserU54cTests.queryReports(answer).first, "\(answer.summary)")
        #expect(report["status"] == "2", "\(report)")
        let receipt = try #require(report["answer"], "\(report)")
        #expect(receipt.contains("stat:UNDELIV") && receipt.contains("dlvrd:000") && receipt.hasSuffix("text:Guten Tag"), "\(receipt)")
        #expect(!receipt.contains("DELIVRD"), "\(receipt)")
    }

    /// A user's Jasmin MO of `content=STOP` came beside its example's `binary` (the hex of "Hello world !") and
    /// `validity` 2013-07-16. A text its example gives as the example's text in hex is the text sent so, and an
    /// optional date the request does not give is left out.
    @Test func anInboundMessagesBinaryIsItsTextInHex() throws {
        let payload = try UserReportsFollowRequestTests.inbound(
            UserReportsFollowRequestTests.spec("jasmin-mo-binary"), from: "21620203060", to: "1234", text: "STOP")
        #expect(payload[member: "content"] == .string("STOP"), "\(payload)")
        #expect(payload[member: "binary"] == .string("53544f50"), "\(payload)")
        #expect(payload[member: "validity"] == nil, "\(payload)")
    }
}

extension UserU56Tests {
    /// A user's LabsMobile failed report said `acklevel=error` beside its example's `status=ok`: a status text whose
    /// example says success alone is left out of a report of a failure.
    @Test func aFailedReportSaysNoOkStatus() throws {
        let failed = OutcomePolicy(run: DeliveryOutcome(.failed(code: nil)), byRecipient: [:])
        let emulator = try UserReportsFollowRequestTests.emulator(["labsmobile-ack-status"], outcomes: failed)
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/labsmobile/json/send",
            json: #"{"message":"Hola","recipient":[{"msisdn":"34600000009"}],"ackurl":"http://127.0.0.1:9/lm-ack"}"#,
            headers: [("Authorization", "Basic dXNlcjp0b2s=")])
        #expect(answer.status == 200, "\(answer.summary)")
        let report = try #require(try UserU54cTests.queryReports(answer).first, "\(answer.summary)")
        #expect(report["acklevel"] == "error", "\(report)")
        #expect(report["status"] == nil, "\(report)")
    }
}

extension UserU56Tests {
    /// A user's Taqnyat send to 966500000000 answered its example's `accepted: "[966501234567,]"`, a number never
    /// sent to. A text its example writes as a list of numbers lists the numbers sent, written alike.
    @Test func anAcceptedListOfNumbersListsTheNumbersSent() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["taqnyat-accepted"])
        let answer = UserReportsFollowRequestTests.post(
            emulator, "/taqnyat/v1/messages", json: #"{"recipients":["966500000000","966500000001"],"body":"Hi","sender":"Taqnyat.sa"}"#,
            headers: [("Authorization", "Bearer k")])
        let body = try UserReportsFollowRequestTests.json(answer)
        #expect(body[member: "accepted"] == .string("[966500000000,966500000001,]"), "\(body)")
        #expect(body[member: "rejected"] == .string("[]"), "\(body)")
        #expect(PayloadBuilder.numbersListed(like: "447700900123;447700900124", name: "failed", recipients: ["1"]) == "")
        #expect(PayloadBuilder.numbersListed(like: "Sent to 2 numbers", name: "accepted", recipients: ["1"]) == nil)
    }
}
