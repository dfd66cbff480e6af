import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Users' reports of answers that repeated their example's values where the request (or the answer's own id) says
/// another: Specs/orange-address.yaml, signalwire-refusal.yaml, smslink-variables.yaml.
@Suite(.timeLimit(.minutes(1)))
struct ExampleValuesFollowRequestTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    static func emulator(_ paths: [String], callbackURL: String? = nil) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: paths),
            configuration: .init(callbackURL: callbackURL, seed: 4))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func json(_ answer: SandboxAnswer) throws -> JSONValue {
        try JSONPayload.decode(JSONValue.self, from: answer.body)
    }

    /// Orange's send answers its recipients as a list (`address: [string]`) where the request gives one text
    /// (`address`, `role: recipient`): it answered the example's `["tel:+2250000000"]`, a number never sent to.
    @Test func aListOfRecipientsIsTheRequests() throws {
        let emulator = try Self.emulator([Self.spec("orange-address")])
        let body = #"{"outboundSMSMessageRequest":{"address":"tel:+22500000000","senderAddress":"tel:+2250000","outboundSMSTextMessage":{"message":"Hi"}}}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/orange/smsmessaging/v1/outbound/tel%3A%2B2250000/requests",
            headers: [("Content-Type", "application/json"), ("Authorization", "Bearer t")], body: Data(body.utf8)))
        #expect(answer.status == 201, "\(answer.summary)")
        let sent = try Self.json(answer)[member: "outboundSMSMessageRequest"]
        #expect(sent?[member: "address"] == .array([.string("tel:+22500000000")]), "\(Self.text(answer))")
    }

    /// SignalWire's refusal of `To=555` said its example's "The 'To' number +1555 is not a valid phone number.": a
    /// refusal's words quoting a number quote the request's.
    @Test func aRefusalQuotesTheNumberSent() throws {
        let emulator = try Self.emulator([Self.spec("signalwire-refusal")])
        let refused = emulator.answer(WireRequest(
            method: "POST", path: "/signalwire/api/laml/2010-04-01/Accounts/x/Messages.json",
            headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic YTpi")],
            body: Data("To=555&From=%2B15551234567&Body=Hello".utf8)))
        #expect(refused.status == 400, "\(refused.summary)")
        #expect(try Self.json(refused)[member: "message"] == .string("The 'To' number 555 is not a valid phone number."), "\(Self.text(refused))")
        // Words quoting no number, and numbers that are none (a code, a short count), stay as written.
        #expect(PayloadBuilder.quotingRecipient("Error 21211: invalid To", "555") == nil)
        #expect(PayloadBuilder.quotingRecipient("Number 0712345678 is blocked", "40711111111") == "Number 40711111111 is blocked")
        #expect(PayloadBuilder.quotingRecipient("The number +40711111111 is blocked", "+40711111111") == nil)
    }

    /// An OAuth token answer no example gives said `expires_in: 0` (a token already expired) and `token_type: ""`: a
    /// Bearer token good for an hour, where an example gives neither; an example's are kept.
    @Test func aTokenWithNoExampleIsABearerForAnHour() throws {
        let text = try String(contentsOfFile: Self.spec("orange-address"), encoding: .utf8)
        let token = try #require(text.range(of: "  - name: token\n"))
        let send = try #require(text.range(of: "  - name: send\n"))
        let path = FileManager.default.temporaryDirectory.appending(path: "orange-\(UUID().uuidString).yaml").path
        try text.replacingCharacters(in: token.lowerBound..<send.lowerBound, with: "").write(toFile: path, atomically: true, encoding: .utf8)
        for (spec, expiry) in [(path, JSONValue.number(3600)), (Self.spec("orange-address"), .string("3600"))] {
            let emulator = try Self.emulator([spec])
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/orange/oauth/v3/token", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data("grant_type=client_credentials".utf8)))
            #expect(answer.status == 200, "\(answer.summary)")
            let json = try Self.json(answer)
            #expect(json[member: "token_type"] == .string("Bearer"), "\(Self.text(answer))")
            #expect(json[member: "expires_in"] == expiry, "\(Self.text(answer))")
        }
    }

    /// SMSLink's send answered the example's `123456789,1` (its id in `variables`, a text of several values) every
    /// time, and its report quoted another id: the answer's id is fresh, and its report quotes it.
    @Test func anIdHeldInATextIsTheReportsToo() throws {
        let emulator = try Self.emulator([Self.spec("smslink-variables")], callbackURL: "http://127.0.0.1:9/cb")
        var seen: Set<String> = []
        for _ in 0..<2 {
            let answer = emulator.answer(WireRequest(
                method: "GET", path: "/smslink/sms/gateway/communicate/index.php",
                query: "connection_id=A0&password=p&to=0712345678&message=Salut", headers: []))
            #expect(answer.status == 200, "\(answer.summary)")
            let line = Self.text(answer).trimmingCharacters(in: .whitespacesAndNewlines)
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            #expect(fields.count == 4 && fields[0] == "MESSAGE" && fields[1] == "1", "\(line)")
            let id = try #require(fields.last?.split(separator: ",").first.map(String.init))
            #expect(id != "123456789" && fields.last?.hasSuffix(",1") == true, "\(line)")
            seen.insert(id)
            let delivery = try #require(answer.deliveries.first)
            let query = try #require(delivery.request()?.url?.query)
            #expect(query.contains("message_id=\(id)"), "\(query) after \(line)")
        }
        #expect(seen.count == 2)
    }
}
