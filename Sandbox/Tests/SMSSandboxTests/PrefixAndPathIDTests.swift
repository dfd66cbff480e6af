import Foundation
@testable import SMSSandbox
import Testing

/// A user's Flowroute and LOX24 specs (Specs/flowroute-mdr2.yaml, Specs/lox24-jsonld.yaml): ids with a leading word
/// and digits (`mdr2-<32 hex>`), ids that are paths (`@id` `/sms/<uuid>`), and a sender declared on the request.
@Suite(.timeLimit(.minutes(1)))
struct PrefixAndPathIDTests {
    static func emulator(_ file: String, credential: String) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(file)").path
        return SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: [credential], seed: 7))
    }

    static func json(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
    }

    /// Flowroute's `mdr2-39cadeace66e11e7aff806cd7f24ba2d` was answered `zlq1-73seqerkh51u…` (its word rewritten, its
    /// hex base-36 letters), which the look-up's pattern `^mdr2-[0-9a-f]{32}$` refused: the word is kept, the hex hex,
    /// and the id sent back is looked up.
    @Test func aLeadingWordWithDigitsIsKeptAndTheIdLookedUp() throws {
        let emulator = try Self.emulator("flowroute-mdr2.yaml", credential: "FRKEY42:FlowSecret999")
        let auth = ("Authorization", "Basic " + Data("FRKEY42:FlowSecret999".utf8).base64EncodedString())
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/flowroute/messages", headers: [auth, ("Content-Type", "application/json")],
            body: Data(#"{"to":"12065551234","from":"12065550101","body":"hi"}"#.utf8)))
        let data = try #require(try Self.json(sent)["data"] as? [String: Any], "\(sent.summary)")
        let id = try #require(data["id"] as? String)
        #expect(id.wholeMatch(of: /mdr2-[0-9a-f]{32}/) != nil, "\(id)")
        let self_ = (data["links"] as? [String: Any])?["self"] as? String
        #expect(self_?.hasSuffix("/messages/" + id) == true, "\(data)")
        let lookedUp = emulator.answer(WireRequest(method: "GET", path: "/flowroute/messages/\(id)", headers: [auth]))
        #expect(lookedUp.status == 200, "\(lookedUp.summary)")
        let ids = IdentifierSource(seed: 1)
        #expect(ids.text(like: "mdr2-39cadeace66e11e7aff806cd7f24ba2d").wholeMatch(of: /mdr2-[0-9a-f]{32}/) != nil)
        #expect(ids.text(like: "v1_0123456789").wholeMatch(of: /v1_[0-9]{10}/) != nil)
        // A first part of hex stays fresh hex.
        #expect(ids.text(like: "abc12-0123456789").hasPrefix("abc12-") == false)
    }

    /// LOX24's `@id` `/sms/20f39273-…` beside its `uuid` was answered `/wct/56f83250-0588-76aq-…`, and its `sender_id`
    /// the recipient's number (the request's `sender_id` declares `role: sender`, an inbound callback's `phone` too):
    /// the path is kept and ends with the answer's uuid, and the sender is the request's.
    @Test func aPathIdQuotesTheAnswersIdAndTheDeclaredSenderIsEchoed() throws {
        let emulator = try Self.emulator("lox24-jsonld.yaml", credential: "1234567:LOX24TOKENabc123")
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/lox24/sms", headers: [("X-LOX24-AUTH-TOKEN", "1234567:LOX24TOKENabc123"), ("Content-Type", "application/json")],
            body: Data(#"{"sender_id":"Acme","phone":"+4917012345678","text":"hello"}"#.utf8)))
        #expect(sent.status == 201, "\(sent.summary)")
        let body = try Self.json(sent)
        let uuid = try #require(body["uuid"] as? String)
        #expect(UUID(uuidString: uuid) != nil && uuid == uuid.lowercased(), "\(body)")
        #expect(body["@id"] as? String == "/sms/" + uuid, "\(body)")
        #expect(body["sender_id"] as? String == "Acme", "\(body)")
        #expect(body["phone"] as? String == "+4917012345678", "\(body)")
        let ids = IdentifierSource(seed: 1)
        #expect(ids.text(like: "/sms/20f39273-0566-11ea-a637-96000028b339").wholeMatch(of: /\/sms\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
    }
}

/// A user's Messente bulk send (Specs/messente-bulk.yaml): three omnimessages, each `{to, messages: [{sender, text}],
/// dlr_url}`, answered with an element each holding its `omnimessage_id` and `messages[0].message_id`.
@Suite(.timeLimit(.minutes(1)))
struct BulkElementReportTests {
    /// The 2nd and 3rd reports said the omnimessage id as `message_id` (the element's `messages` taken for the
    /// request's list), every report the example's `sender` "Messente", and each element's own `dlr_url` was not
    /// taken: each report quotes its element's message id, the request's sender, and goes to its element's URL.
    @Test func eachReportQuotesItsElementsMessageIDSenderAndURL() throws {
        let emulator = try PrefixAndPathIDTests.emulator("messente-bulk.yaml", credential: "acmeuser:MsntPassw0rdXYZ")
        let elements = (1...3).map { #"{"to":"+3725100000\#($0)","dlr_url":"http://127.0.0.1:9/dlr\#($0)","messages":[{"channel":"sms","sender":"Acme","text":"m\#($0)"}]}"# }
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/messente/omnimessages",
            headers: [("Authorization", "Basic " + Data("acmeuser:MsntPassw0rdXYZ".utf8).base64EncodedString()), ("Content-Type", "application/json")],
            body: Data(#"{"messages":[\#(elements.joined(separator: ","))]}"#.utf8)))
        #expect(sent.status == 200, "\(sent.summary)")
        let answered = try #require(try PrefixAndPathIDTests.json(sent)["messages"] as? [[String: Any]], "\(sent.summary)")
        try #require(answered.count == 3 && sent.deliveries.count == 3, "\(answered) \(sent.deliveries.count)")
        for (index, delivery) in sent.deliveries.enumerated() {
            let request = try #require(delivery.request())
            let report = try #require(try JSONSerialization.jsonObject(with: request.httpBody ?? Data()) as? [String: Any])
            let messageID = (answered[index]["messages"] as? [[String: Any]])?.first?["message_id"] as? String
            #expect(messageID != nil && report["message_id"] as? String == messageID, "\(index): \(report) \(answered[index])")
            #expect(report["omnimessage_id"] as? String == answered[index]["omnimessage_id"] as? String, "\(report)")
            #expect(report["sender"] as? String == "Acme", "\(report)")
            #expect(request.url?.absoluteString == "http://127.0.0.1:9/dlr\(index + 1)", "\(String(describing: request.url))")
        }
    }
}

/// A user's SMSC.ru send (Specs/smsc-cnt.yaml), whose answer's `cnt` is "Number of SMS parts sent.".
@Suite(.timeLimit(.minutes(1)))
struct BareCountTests {
    /// A send to two numbers was answered the example's `cnt: 1`, though two reports followed: it counts the
    /// messages sent, in parts (a text of two parts to two numbers is 4).
    @Test(arguments: [("hello", 2), (String(repeating: "a", count: 200), 4)]) func aBareCountCountsTheMessagesSent(text: String, count: Int) throws {
        let emulator = try PrefixAndPathIDTests.emulator("smsc-cnt.yaml", credential: "mylogin:S3cretPass")
        let sent = emulator.answer(WireRequest(
            method: "POST", path: "/smsc/sys/send.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("login=mylogin&psw=S3cretPass&phones=79991234567,79990000001&mes=\(text)&fmt=3".utf8)))
        let body = try PrefixAndPathIDTests.json(sent)
        #expect(body["cnt"] as? Int == count, "\(body)")
        #expect(sent.deliveries.count == 2, "\(sent.summary)")
    }
}
