import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// What users' Comtele, Voodoo SMS and SerwerSMS specs (Specs/comtele.yaml, Specs/voodoosms.yaml, Specs/serwersms.yaml)
/// are answered for a send and a look-up: the request's values, not the example's; nothing made up.
@Suite(.timeLimit(.minutes(1)))
struct UnbundledEchoTests {
    static func emulator(_ name: String, credentials: [String]) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: credentials, seed: 1))
    }

    static func object(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
    }

    static let serwerLogin = "api-user-77:S3rwer&Pass=word"
    static func serwer(_ path: String, _ form: String) throws -> SandboxAnswer {
        try emulator("serwersms", credentials: [serwerLogin]).answer(WireRequest(
            method: "POST", path: "/serwersms\(path)", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data(("username=api-user-77&password=S3rwer%26Pass%3Dword&" + form).utf8)))
    }

    static func voodoo(_ method: String, _ path: String, query: String = "", json: String? = nil) throws -> SandboxAnswer {
        try emulator("voodoosms", credentials: ["VOODOO-KEY-9f8e7d"]).answer(WireRequest(
            method: method, path: "/voodoosms\(path)", query: query,
            headers: [("Authorization", "Bearer VOODOO-KEY-9f8e7d")] + (json == nil ? [] : [("Content-Type", "application/json")]),
            body: Data((json ?? "").utf8)))
    }

    static func comtele(_ method: String, _ path: String, query: String = "", json: String? = nil) throws -> SandboxAnswer {
        try emulator("comtele", credentials: ["0f1e2d3c-CTKEY-4b5a"]).answer(WireRequest(
            method: method, path: "/comtele\(path)", query: query,
            headers: [("auth-key", "0f1e2d3c-CTKEY-4b5a")] + (json == nil ? [] : [("Content-Type", "application/json")]),
            body: Data((json ?? "").utf8)))
    }

    /// Comtele's `Receivers` (a list joined by commas) was answered the example's `["11999999999"]`.
    @Test func aJoinedListIsEchoedAsTheListItIs() throws {
        let answer = try Self.comtele("POST", "/send", json: #"{"Sender":"ref-XYZ","Receivers":"21988888888,21977777777","Content":"Olá"}"#)
        let object = try #require(try Self.object(answer)["Object"] as? [String: Any])
        #expect(object["Receivers"] as? [String] == ["21988888888", "21977777777"], "\(object)")
    }

    /// Voodoo's `originator`, `body` and each message's `reference` were the example's "VoodooSMS", "Testing The API"
    /// and "Testing VoodooSMS" for a send from MyShop of "Hi" without a reference.
    @Test func theSenderAndTextAreEchoedUnderTheAnswersNamesAndAnUnsentReferenceIsLeftOut() throws {
        let answer = try Self.voodoo("POST", "/sendsms", json: #"{"to":"447700900123,447700900124","from":"MyShop","msg":"Hi"}"#)
        let body = try Self.object(answer)
        #expect(body["originator"] as? String == "MyShop", "\(body)")
        #expect(body["body"] as? String == "Hi", "\(body)")
        let messages = try #require(body["messages"] as? [[String: Any]], "\(body)")
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0["reference"] == nil }, "\(messages)")
    }

    /// SerwerSMS's `queued` was the example's 1 beside two messages queued.
    @Test func aQueuedCountCountsTheMessages() throws {
        let answer = try Self.serwer("/messages/send_sms", "phone%5B%5D=%2B48500600700&phone%5B%5D=%2B48600700800&text=x")
        let body = try Self.object(answer)
        #expect((body["items"] as? [Any])?.count == 2, "\(body)")
        #expect(body["queued"] as? Int == 2, "\(body)")
    }

    /// Lists with no example were one made-up blank element: a reply from "" of the text "", a report of phone "" or
    /// of recipient 0. They are empty.
    @Test func aListWithNoExampleIsEmpty() throws {
        let replies = try Self.object(Self.comtele("GET", "/contextmessages", query: "startDate=2024-05-01%2000:00&endDate=2024-05-02%2000:00"))
        #expect((replies["Object"] as? [Any])?.isEmpty == true, "\(replies)")
        let received = try Self.object(Self.serwer("/messages/recived", ""))
        #expect((received["items"] as? [Any])?.isEmpty == true, "\(received)")
        let reports = try Self.object(Self.serwer("/messages/reports", "id%5B%5D=aca3944055"))
        #expect((reports["items"] as? [Any])?.isEmpty == true, "\(reports)")
        let report = try Self.object(Self.voodoo("GET", "/report", query: "message_id=abc"))
        #expect((report["report"] as? [Any])?.isEmpty == true, "\(report)")
    }

    /// Comtele's refusals (`default: {shape: FailureAnswer, tables: [Success, HTTPStatus]}`) were empty; written in
    /// that shape, they say why, not the example's "Número inválido: 1199".
    @Test func aRefusalInTheDocumentedShapeSaysWhyNotTheExamplesWords() throws {
        let emulator = try Self.emulator("comtele", credentials: ["0f1e2d3c-CTKEY-4b5a"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/comtele/send", headers: [("auth-key", "wrong"), ("Content-Type", "application/json")],
            body: Data(#"{"Sender":"p","Receivers":"11999999999","Content":"Olá"}"#.utf8)))
        #expect(answer.status == 401, "\(answer.summary)")
        let body = try Self.object(answer)
        #expect(body["Success"] as? Bool == false && body["Message"] as? String == "bad credentials", "\(body)")
    }
}
