import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// What users' SMS Aero, Gupshup and SerwerSMS specs (Specs/smsaero.yaml, Specs/gupshup.yaml, Specs/serwersms.yaml)
/// are answered when a request is refused.
@Suite(.timeLimit(.minutes(1)))
struct UnbundledRefusalTests {
    static func emulator(_ name: String, credentials: [String]) throws -> SandboxEmulator {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
        return SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: credentials, seed: 1))
    }

    static let aeroLogin = "me@shop.example:AeroKey123456"
    static let aeroAuthorization = ("Authorization", "Basic " + Data(aeroLogin.utf8).base64EncodedString())

    /// `GET /sms/status?id=abc` (an int64 query parameter), an operation documenting 200, 401 and 404: it was answered
    /// 200 with no body while the log named `HTTPStatus 400`. The status is the code the log names.
    @Test func aRefusalCodeThatIsAnHTTPStatusIsAnsweredWithThatStatus() throws {
        let emulator = try Self.emulator("smsaero", credentials: [Self.aeroLogin])
        for query in ["id=abc", ""] {
            let answer = emulator.answer(WireRequest(method: "GET", path: "/smsaero/sms/status", query: query, headers: [Self.aeroAuthorization], body: Data()))
            #expect(answer.status == 400, "\(query): \(answer.status) \(answer.summary)")
            #expect(answer.summary.contains("HTTPStatus 400"), "\(answer.summary)")
        }
    }

    /// The send's documented 400 `{shape: SendEnvelope, tables: [Success, HTTPStatus]}` was empty: it is written in
    /// its shape, `success` the Success table's one refusal, as the spec's example `invalid` is.
    @Test func aDocumentedRefusalShapeIsWrittenBesideAnHTTPStatusCode() throws {
        let emulator = try Self.emulator("smsaero", credentials: [Self.aeroLogin])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smsaero/sms/send", headers: [Self.aeroAuthorization, ("Content-Type", "application/json")],
            body: Data(#"{"number": "79991234567", "sign": "SMS Aero", "text": ""}"#.utf8)))
        #expect(answer.status == 400, "\(answer.summary)")
        let body = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
        #expect(body["success"] as? Bool == false, "\(body)")
        #expect((body["message"] as? String)?.hasPrefix("invalid request: text:") == true, "\(body)")
        let refused = emulator.answer(WireRequest(
            method: "POST", path: "/smsaero/sms/send", headers: [("Authorization", "Basic " + Data("me@shop.example:wrong".utf8).base64EncodedString()), ("Content-Type", "application/json")],
            body: Data(#"{"number": "79991234567", "sign": "SMS Aero", "text": "x"}"#.utf8)))
        #expect(refused.status == 401, "\(refused.summary)")
        let words = try #require(try? JSONSerialization.jsonObject(with: refused.body) as? [String: Any], "\(refused.summary)")
        #expect(words["success"] as? Bool == false && words["message"] as? String == "bad credentials", "\(words)")
    }
}

extension UnbundledRefusalTests {
    static func gupshup() throws -> SandboxEmulator { try emulator("gupshup", credentials: []) }

    /// Gupshup's bulk send (a line per number of `send_to`) with `123` among two valid numbers: every line was
    /// `error | 103 |`, a refusal of numbers that were fine. Only `123`'s line refuses it; the others are sent.
    @Test func oneBadRecipientOfAJoinedListRefusesOnlyItsLine() throws {
        let body = "send_to=919999999999%2C919888888888%2C123&msg=hi&userid=2000123456&password=secret"
        let answer = try Self.gupshup().answer(WireRequest(
            method: "POST", path: "/gupshup-enterprise/GatewayAPI/rest", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data(body.utf8)))
        let lines = String(decoding: answer.body, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(lines.count == 3, "\(lines)")
        guard lines.count == 3 else { return }
        #expect(lines[0].hasPrefix("success | 919999999999 | "), "\(lines)")
        #expect(lines[1].hasPrefix("success | 919888888888 | "), "\(lines)")
        #expect(lines[2].hasPrefix("error | 123 | 103 | "), "\(lines)")
    }

    /// An attack: an empty item of the joined list (`,919876543210`) put its refusal on the next number, and `,` alone
    /// was answered as three of the example's numbers sent. The items are those validate() reads, empty ones too.
    /// A refusal of the whole bulk request (a wrong password, no text) was the refusal line once per line of the
    /// example `bulk` (three), two of them without words; Gupshup answers it with one line, as its example `refused`.
    @Test func aRefusalOfTheWholeRequestIsOneLine() throws {
        let emulator = try Self.emulator("gupshup", credentials: ["secret"])
        for (body, code) in [
            ("send_to=919999999999&msg=hi&userid=2000123456&password=wrong", "105"),
            ("send_to=919999999999%2C919888888888&msg=&userid=2000123456&password=secret", nil),
        ] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/gupshup-enterprise/GatewayAPI/rest", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data(body.utf8)))
            let lines = String(decoding: answer.body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 1, "\(body): \(lines)")
            let fields = try #require(lines.first?.components(separatedBy: " | "), "\(lines)")
            #expect(fields.count == 3 && fields[0] == "error" && !fields[2].isEmpty, "\(body): \(lines)")
            if let code { #expect(fields[1] == code, "\(lines)") }
        }
    }

    @Test func anEmptyItemOfAJoinedListIsRefusedInItsOwnPlace() throws {
        func lines(_ sendTo: String) throws -> [String] {
            let body = "send_to=\(sendTo)&msg=hi&userid=2000123456&password=secret"
            let answer = try Self.gupshup().answer(WireRequest(
                method: "POST", path: "/gupshup-enterprise/GatewayAPI/rest", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data(body.utf8)))
            return String(decoding: answer.body, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let leading = try lines("%2C919876543210")
        #expect(leading.count == 2 && leading[0].hasPrefix("error | ") && leading[1].hasPrefix("success | 919876543210 | "), "\(leading)")
        let commas = try lines("%2C")
        #expect(!commas.contains { $0.hasPrefix("success") } && !commas.joined().contains("919999999999"), "\(commas)")
    }
}

extension UnbundledRefusalTests {
    /// Gupshup without `msg` was answered 106 "Invalid message type" ("The msg_type is not valid."): the `msg` inside
    /// `msg_type` counted as naming the field. It is a code that names no other field: 102 "Invalid parameter", "A
    /// parameter is missing or not valid." (the first to say `missing`).
    @Test func aFieldNamedInsideALongerFieldNameIsNotNamed() throws {
        let answer = try Self.gupshup().answer(WireRequest(
            method: "GET", path: "/gupshup-enterprise/GatewayAPI/rest", query: "send_to=919999999999&userid=2000123456&password=secret", headers: [],
            body: Data()))
        #expect(answer.summary.contains("ErrorCode 102"), "\(answer.summary)")
        #expect(!answer.summary.contains("ErrorCode 106"), "\(answer.summary)")
    }
}

extension UnbundledRefusalTests {
    /// A JSON body with the right credentials sent to SerwerSMS's form send was answered 1001 "wrong login or
    /// password", logged `bad credentials`: the body is unreadable as a form, an invalid request that says so.
    @Test func aJSONBodyToAFormOperationIsAnUnreadableRequestNotBadCredentials() throws {
        let emulator = try Self.emulator("serwersms", credentials: ["api-user-77:S3rwer&Pass=word"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/serwersms/messages/send_sms", headers: [("Content-Type", "application/json")],
            body: Data(#"{"username":"api-user-77","password":"S3rwer&Pass=word","phone[]":["+48500600700"],"text":"x"}"#.utf8)))
        #expect(!answer.summary.contains("credentials"), "\(answer.summary)")
        #expect(answer.summary.contains("application/json"), "\(answer.summary)")
        #expect(!String(decoding: answer.body, as: UTF8.self).contains("1001"), "\(String(decoding: answer.body, as: UTF8.self))")
    }
}

extension UnbundledRefusalTests {
    /// SMS Aero's send answers `data`, a union of an `SMS`, a list of them and a map of errors: every send answered the
    /// example's `id: 1`, number and text. The variant the example is written in is built as a shape is.
    @Test func aUnionsShapeVariantHasFreshIdsAndTheRequestsValues() throws {
        let emulator = try Self.emulator("smsaero", credentials: [Self.aeroLogin])
        var ids: [String] = []
        for number in ["79991234567", "79997654321"] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/smsaero/sms/send", headers: [Self.aeroAuthorization, ("Content-Type", "application/json")],
                body: Data(#"{"number": "\#(number)", "sign": "Shop", "text": "Your code is 1234"}"#.utf8)))
            #expect(answer.status == 200, "\(answer.summary)")
            let body = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
            let data = try #require(body["data"] as? [String: Any], "\(body)")
            #expect(data["number"] as? String == number, "\(data)")
            #expect(data["text"] as? String == "Your code is 1234", "\(data)")
            ids.append("\(data["id"] ?? "none")")
        }
        #expect(Set(ids).count == 2 && !ids.contains("1"), "\(ids)")
    }
}

extension UnbundledRefusalTests {
    /// Msegat's sender list, a union `{senders: Senders, refused: Result}` whose example is a list of senders, was
    /// answered `[{"SenderName": ""}]`: it is built from that example.
    @Test func aUnionAnswersListVariantIsBuiltFromTheUnionsExample() throws {
        let emulator = try Self.emulator("msegat", credentials: ["MsegatKey123"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/msegat/gw/senders.php", headers: [("Content-Type", "application/json")],
            body: Data(#"{"userName": "shop", "apiKey": "MsegatKey123"}"#.utf8)))
        let senders = try #require(try? JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]], "\(answer.summary): \(String(decoding: answer.body, as: UTF8.self))")
        #expect(senders.first?["SenderName"] as? String == "MyBrand", "\(senders)")
    }
}

extension UnbundledRefusalTests {
    /// SMS Aero's `data` is one SMS or a list of them (`SendData`); a bulk send (`numbers: [...]`) was answered as one
    /// SMS to the example's number `79990000000`, which no report followed. It is the list, one SMS per number.
    @Test func aUnionAnswersInTheFormTheRequestGivesItsRecipients() throws {
        let emulator = try Self.emulator("smsaero", credentials: [Self.aeroLogin])
        let numbers = ["79031234567", "79031234568"]
        let bulk = emulator.answer(WireRequest(
            method: "POST", path: "/smsaero/sms/send", headers: [Self.aeroAuthorization, ("Content-Type", "application/json")],
            body: Data(#"{"numbers": ["79031234567", "79031234568"], "sign": "Shop", "text": "hi"}"#.utf8)))
        #expect(bulk.status == 200, "\(bulk.summary)")
        let body = try #require(try? JSONSerialization.jsonObject(with: bulk.body) as? [String: Any], "\(bulk.summary)")
        let sent = try #require(body["data"] as? [[String: Any]], "\(body)")
        #expect(sent.compactMap { $0["number"] as? String } == numbers, "\(sent)")
        #expect(Set(sent.map { "\($0["id"] ?? "none")" }).count == 2, "\(sent)")
        // Each number's report quotes its own id.
        let reported = bulk.deliveries.map { ($0.message.recipient, $0.message.ids["id"].flatMap(FormEncoder.text(of:)) ?? "none") }
        #expect(reported.map(\.0) == numbers && reported.map(\.1) == sent.map { "\($0["id"] ?? "none")" }, "\(reported) \(sent)")
        let single = emulator.answer(WireRequest(
            method: "POST", path: "/smsaero/sms/send", headers: [Self.aeroAuthorization, ("Content-Type", "application/json")],
            body: Data(#"{"number": "79031234567", "sign": "Shop", "text": "hi"}"#.utf8)))
        let one = try #require(try? JSONSerialization.jsonObject(with: single.body) as? [String: Any], "\(single.summary)")
        #expect((one["data"] as? [String: Any])?["number"] as? String == "79031234567", "\(one)")
    }
}
