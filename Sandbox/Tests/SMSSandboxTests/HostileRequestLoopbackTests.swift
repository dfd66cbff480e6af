import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Requests no client of ours sends, over HTTP: what the sandbox answers, and what its log says.
@Suite(.timeLimit(.minutes(1)))
struct HostileRequestLoopbackTests {
    static func post(_ url: String, body: Data, headers: [String: String] = [:]) async throws -> (status: Int, contentType: String?, body: Data) {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: 20)
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type"), data)
    }

    /// A body over the payload limit is 413 with the limit in words, and logged: Hummingbird answered the
    /// collection's error with an empty 500, and the log had no line for the request.
    @Test func aBodyOverThePayloadLimitIsAnswered413AndLogged() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["bind"], log: { line in Task { await lines.add(line) } }) { loopback in
            let body = Data(#"{"to":""#.utf8) + Data(repeating: UInt8(ascii: "1"), count: PayloadLimits.maximumBytes) + Data(#""}"#.utf8)
            let answer = try await Self.post(
                loopback.baseURL("bind") + "/v1.0/sms/template/welcome/send", body: body,
                headers: ["X-API-KEY": "k", "Content-Type": "application/json"])
            #expect(answer.status == 413)
            #expect(answer.contentType?.hasPrefix("text/plain") == true)
            #expect(String(decoding: answer.body, as: UTF8.self) == "the body is larger than 4 MiB, the payload limit\n")
            try await Task.sleep(nanoseconds: 100_000_000)
            #expect(await lines.lines.contains("POST /bind/v1.0/sms/template/welcome/send → 413 (the body is larger than 4 MiB, the payload limit)"))
        }
    }

    /// A URL's password never reaches the log: a query's callback URL (written out or percent-encoded) and a refused
    /// value quoted in the answer's summary printed it.
    @Test func aURLsUserInformationIsNotLogged() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["bind"], log: { line in Task { await lines.add(line) } }) { loopback in
            let send = loopback.baseURL("bind") + "/v1.0/sms/template/welcome/send?callback_url=http://dlr:pa55word@h/x"
            _ = try await Self.post(send, body: Data(#"{"to":"https://ops:hunter2@wiki.example/sms"}"#.utf8), headers: ["X-API-KEY": "k", "Content-Type": "application/json"])
            let line = try await lines.first(within: 10) { $0.hasPrefix("POST /bind/v1.0/sms/template/welcome/send") }
            #expect(!line.contains("pa55word") && !line.contains("hunter2"), "\(line)")
            #expect(line.contains("%3Credacted%3E%40h") || line.contains("<redacted>%40h"), "\(line)")
            #expect(line.contains("https://<redacted>@wiki.example/sms"), "\(line)")
        }
    }

    /// The sandbox's own words are text: "no operation at …" went out labelled `application/json`.
    @Test func aPathNoOperationHasIsAnsweredAsText() async throws {
        try await Loopback.run(providers: ["bind"]) { loopback in
            let answer = try await Self.post(loopback.baseURL("bind") + "/v1.0/nothing/here", body: Data("{}".utf8))
            #expect(answer.status == 404)
            #expect(answer.contentType == "text/plain; charset=utf-8")
            #expect(String(decoding: answer.body, as: UTF8.self) == "no operation at POST /bind/v1.0/nothing/here\n")
        }
    }

    /// The log quotes a callback URL and a recipient as the request sent them: a RajaSMS `callbackurl` (a free-form
    /// string in its spec) with terminal escapes reached the terminal showing the log raw. Every line is escaped.
    @Test func aCallbackURLCannotDriveTheTerminalShowingTheLog() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["rajasms"], log: { line in Task { await lines.add(line) } }) { loopback in
            let hostile = "http://127.0.0.1:9/\u{1B}]0;owned\u{07}\u{1B}[31mred\nsecond line"
            let body = try JSONSerialization.data(withJSONObject: [
                "apikey": "k", "callbackurl": hostile, "datapacket": [["number": "6281234567890", "message": "hi"]],
            ])
            let answer = try await Self.post(
                loopback.baseURL("rajasms") + "/sms/api_sms_reguler_send_json.php", body: body, headers: ["Content-Type": "application/json"])
            #expect(answer.status == 200)
            let callback = try await lines.first(within: 10) { $0.hasPrefix("callback ") }
            let logged = await lines.lines
            #expect(callback.contains(#"http://127.0.0.1:9/\u{1B}]0;owned\u{7}\u{1B}[31mred\nsecond line"#), "\(callback)")
            #expect(!logged.contains { line in line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        }
    }

    /// A callback's receiver is anyone's server: the sandbox read its answer whole, so one that never ends held the
    /// delivery (and the answer, in memory) for ever, and the log never said the callback was made. Only the answer's
    /// status is read.
    @Test func aCallbackAnswerThatNeverEndsIsNotRead() async throws {
        let lines = LogLines()
        let endless: @Sendable () -> Response = {
            Response(status: .accepted, body: ResponseBody { writer in
                while true {
                    try await writer.write(ByteBuffer(repeating: UInt8(ascii: "x"), count: 1024))
                    try await Task.sleep(nanoseconds: 10_000_000)
                }
            })
        }
        try await Loopback.run(providers: ["bind"], log: { line in Task { await lines.add(line) } }, receiverAnswer: endless) { loopback in
            let answer = try await Self.post(
                loopback.baseURL("bind") + "/v1.0/sms/template/welcome/send", body: Data(#"{"to":"385911111111"}"#.utf8),
                headers: ["X-API-KEY": "k", "Content-Type": "application/json"])
            #expect(answer.status == 200)
            let callback = try await lines.first(within: 5) { $0.hasPrefix("callback ") }
            #expect(callback.hasSuffix("/callbacks: 202"), "\(callback)")
        }
    }

    /// `--outcome delayed:MS` takes any number of milliseconds: past 2^64 nanoseconds (585 years) the wait was
    /// computed in `UInt64` nanoseconds and the sandbox trapped at the first accepted send.
    @Test func aDelayOfCenturiesWaitsInsteadOfTrapping() async throws {
        let lines = LogLines()
        let outcomes = OutcomePolicy(run: try #require(DeliveryOutcome(parsing: "delayed:\(Int.max)")))
        try await Loopback.run(providers: ["bind"], outcomes: outcomes, log: { line in Task { await lines.add(line) } }) { loopback in
            for _ in 0..<2 {
                let answer = try await Self.post(
                    loopback.baseURL("bind") + "/v1.0/sms/template/welcome/send", body: Data(#"{"to":"385911111111"}"#.utf8),
                    headers: ["X-API-KEY": "k", "Content-Type": "application/json"])
                #expect(answer.status == 200)
            }
            try await Task.sleep(nanoseconds: 200_000_000)
            #expect(await !lines.lines.contains { $0.hasPrefix("callback ") })
            #expect(await loopback.inbox.count == 0)
        }
    }

    /// A request names where its callback goes: `file:///etc/hostname` was handed to URLSession (whose "unsupported
    /// URL" the log then quoted). Only http and https URLs are called back; the log says why nothing was sent.
    @Test func aCallbackURLThatIsNotHTTPIsNotFetched() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["rajasms"], log: { line in Task { await lines.add(line) } }) { loopback in
            let body = try JSONSerialization.data(withJSONObject: [
                "apikey": "k", "callbackurl": "file:///etc/hostname", "datapacket": [["number": "6281234567890", "message": "hi"]],
            ])
            let answer = try await Self.post(
                loopback.baseURL("rajasms") + "/sms/api_sms_reguler_send_json.php", body: body, headers: ["Content-Type": "application/json"])
            #expect(answer.status == 200)
            let line = try await lines.first(within: 10) { $0.hasPrefix("no callback: ") }
            #expect(line.hasSuffix("the URL file:///etc/hostname is not http or https"), "\(line)")
        }
    }

    /// A callback URL's user information is the receiver's credential: `http://user:s3cret@…` was printed in the
    /// callback's log line as sent. The log shows `<redacted>@` in its place.
    @Test(arguments: ["http://user:s3cret@127.0.0.1:9/dlr", "ftp://user:s3cret@127.0.0.1:9/dlr", "http://s3cret@127.0.0.1:9/d@r"])
    func aCallbackURLsCredentialsAreNotLogged(url: String) async throws {
        let lines = LogLines()
        try await Loopback.run(providers: ["rajasms"], log: { line in Task { await lines.add(line) } }) { loopback in
            let body = try JSONSerialization.data(withJSONObject: [
                "apikey": "k", "callbackurl": url, "datapacket": [["number": "6281234567890", "message": "hi"]],
            ])
            let answer = try await Self.post(
                loopback.baseURL("rajasms") + "/sms/api_sms_reguler_send_json.php", body: body, headers: ["Content-Type": "application/json"])
            #expect(answer.status == 200)
            let line = try await lines.first(within: 10) { $0.hasPrefix("callback ") || $0.hasPrefix("no callback: ") }
            #expect(line.contains("://<redacted>@127.0.0.1:9/d"), "\(line)")
            #expect(await !lines.lines.contains { $0.contains("s3cret") })
        }
    }

    /// A sandbox of `provider` owing one callback at most, each waiting for centuries, and its log.
    static func runOwingOneCallbackAtMost(provider: String, _ body: (Loopback, LogLines) async throws -> Void) async throws {
        let lines = LogLines()
        let outcomes = OutcomePolicy(run: try #require(DeliveryOutcome(parsing: "delayed:\(Int.max)")))
        try await Loopback.run(
            providers: [provider], outcomes: outcomes, pendingCallbackLimit: 1, log: { line in Task { await lines.add(line) } }
        ) { loopback in try await body(loopback, lines) }
    }

    /// Each owed callback waits its delay in memory: sends whose reports wait for centuries grew the sandbox without
    /// bound. Beyond the limit a report is dropped, and the log says so.
    @Test func callbacksOwedBeyondTheLimitAreDroppedAndLogged() async throws {
        try await Self.runOwingOneCallbackAtMost(provider: "bind") { loopback, lines in
            for recipient in ["385911111111", "385922222222"] {
                let answer = try await Self.post(
                    loopback.baseURL("bind") + "/v1.0/sms/template/welcome/send", body: Data(#"{"to":"\#(recipient)"}"#.utf8),
                    headers: ["X-API-KEY": "k", "Content-Type": "application/json"])
                #expect(answer.status == 200)
            }
            let line = try await lines.first(within: 10) { $0.contains(" dropped: ") }
            #expect(line.hasPrefix("no callback: CallbackEvent for 385922222222 ("), "\(line)")
            #expect(line.hasSuffix("dropped: 1 callbacks are already owed, the limit"), "\(line)")
        }
    }

    /// A RajaSMS send of one packet to each of `count` recipients (6281234567800, …01, …), called back at a port
    /// nobody listens on; its answer's status.
    static func sendRajaSMSBulk(to count: Int, at loopback: Loopback) async throws -> Int {
        let packets = (0..<count).map { ["number": "62812345678\(String(format: "%02d", $0))", "message": "hi"] }
        let body = try JSONSerialization.data(withJSONObject: ["apikey": "k", "callbackurl": "http://127.0.0.1:9/", "datapacket": packets])
        return try await post(
            loopback.baseURL("rajasms") + "/sms/api_sms_reguler_send_json.php", body: body, headers: ["Content-Type": "application/json"]).status
    }

    /// A bulk send's reports dropped beyond the limit are one line: each was a line of its own, so one request of
    /// many recipients wrote a line per recipient.
    @Test func aBulkSendsDroppedCallbacksAreOneLogLine() async throws {
        try await Self.runOwingOneCallbackAtMost(provider: "rajasms") { loopback, lines in
            #expect(try await Self.sendRajaSMSBulk(to: 50, at: loopback) == 200)
            let line = try await lines.first(within: 10) { $0.contains(" dropped: ") }
            #expect(line.hasPrefix("no callback: DeliveryReport for 6281234567801 (delivered@"), "\(line)")
            #expect(line.hasSuffix(" and 48 more dropped: 1 callbacks are already owed, the limit"), "\(line)")
            try await Task.sleep(nanoseconds: 200_000_000)
            #expect(await lines.lines.filter { $0.contains(" dropped: ") }.count == 1)
        }
    }

    /// Reports the sandbox does not send — outcome `never`, or no callback URL — were a log line per recipient: one
    /// bulk send of 10,000 recipients wrote 10,000. Each kind is one line per request.
    @Test func aBulkSendsUnsentCallbacksAreOneLogLineEach() async throws {
        let lines = LogLines()
        let outcomes = OutcomePolicy(run: .delivered, byRecipient: ["6281234567800": try #require(DeliveryOutcome(parsing: "never")),
            "6281234567801": try #require(DeliveryOutcome(parsing: "never")), "6281234567802": try #require(DeliveryOutcome(parsing: "never"))])
        try await Loopback.run(providers: ["rajasms"], outcomes: outcomes, log: { line in Task { await lines.add(line) } }) { loopback in
            #expect(try await Self.sendRajaSMSBulk(to: 5, at: loopback) == 200)
            let line = try await lines.first(within: 10) { $0.hasPrefix("no callback: ") }
            #expect(line == "no callback: DeliveryReport for 6281234567800 (never) and 2 more", "\(line)")
            _ = try await lines.first(within: 10) { $0.hasPrefix("callback DeliveryReport for 6281234567804") }
            #expect(await lines.lines.filter { $0.hasPrefix("no callback") }.count == 1)
        }
    }
}

/// A malformed callback URL holding a password (`shop:PW@host/dlr`, `https//shop:PW@…`) is logged with it redacted,
/// as a well-formed one is: the log quoted it whole (sandbox attack review).
@Suite struct MalformedCallbackURLLogTests {
    @Test func aMalformedURLsPasswordIsNotLogged() {
        for url in ["shop:PASSWORD99@hooks.example/dlr", "https//shop:PASSWORD99@hooks.example/dlr"] {
            let logged = CallbackRequest.loggedURL(url)
            #expect(!logged.contains("PASSWORD99") && logged.contains("<redacted>@hooks.example"), "\(logged)")
        }
    }
}

/// A callback URL too long to send is logged cut once, with its own length: cut again, the log gave the length of the
/// excerpt, "(85 characters)" for a URL of 1,100,026 (sandbox attack review).
@Suite struct LongCallbackURLLogTests {
    @Test func aURLTooLongToSendIsLoggedWithItsOwnLength() throws {
        let url = "http://127.0.0.1:9/mo?text=" + String(repeating: "q", count: 1_100_000)
        let refusal = CallbackRequest.refusal(of: URLRequest(url: try #require(URL(string: url))), loggedURL: CallbackRequest.loggedURL(url))
        #expect(refusal == "the URL http://127.0.0.1:9/mo?text=\(String(repeating: "q", count: 37))… (1100027 characters) is 1100027 bytes with its query; "
            + "at most 1000000 are sent", "\(refusal ?? "")")
    }
}
