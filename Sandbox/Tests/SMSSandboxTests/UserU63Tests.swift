import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing
import Crypto

/// The sandbox answers users reported in round u63 (SUBMAIL, GreenSMS, MTS Exolve; SMSPlanet, Justsend, sipgate)
/// that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU63Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), signingSecret: Secret? = nil, callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7, signingSecret: signingSecret))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static func form(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = [], method: String = "POST") -> SandboxAnswer {
        emulator.answer(WireRequest(method: method, path: path, headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers, body: Data(body.utf8)))
    }

    static func json(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    /// The JSON object a report posts, read from its form or JSON body.
    static func report(_ delivery: PendingDelivery) throws -> [String: String] {
        let request = try #require(delivery.request())
        let body = String(decoding: try #require(request.httpBody), as: UTF8.self)
        if request.value(forHTTPHeaderField: "Content-Type")?.contains("json") == true {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            return object.mapValues { "\($0)" }
        }
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return fields
    }
}

extension UserU63Tests {
    /// A user's SUBMAIL SUBHOOK, whose variants' `events` is the delivery-status table (request, sending, delivered,
    /// dropped, unknown), reported a delivered and a failed message alike `"events":"request"`, the failed one with no
    /// `report`: the report is the variant the table's code for the outcome names, `delivered` or `dropped`.
    @Test func aReportIsTheVariantItsStatusNames() throws {
        let emulator = try Self.emulator(["submail-u63"], outcomes: OutcomePolicy(run: .delivered, byRecipient: ["13800000002": DeliveryOutcome(.failed(code: nil))]))
        let delivered = Self.form(emulator, "/submail/message/send.json", "appid=10001&signature=key&to=13800138000&content=%E3%80%90S%E3%80%91hi")
        let failed = Self.form(emulator, "/submail/message/send.json", "appid=10001&signature=key&to=13800000002&content=%E3%80%90S%E3%80%91hi")
        let good = try Self.report(try #require(delivered.deliveries.first))
        #expect(good["events"] == "delivered", "\(good)")
        #expect(good["report"] == nil, "\(good)")
        let bad = try Self.report(try #require(failed.deliveries.first))
        #expect(bad["events"] == "dropped", "\(bad)")
        #expect(bad["report"] != nil && bad["operator"] == nil, "\(bad)")
        #expect(bad["address"] == "13800000002" && good["address"] == "13800138000", "\(good) \(bad)")
    }
}

extension UserU63Tests {
    /// A user's SUBMAIL SUBHOOK is signed as the MD5 of its `token` (a random 32-character text) and the secret: every
    /// callback carried its example's token, and so the same signature, which a receiver refusing a replayed token
    /// refused. A field a signature signs by name that is a nonce is fresh in each callback, of its example's form.
    @Test func aSignedNonceIsFreshInEachCallback() throws {
        let emulator = try Self.emulator(["submail-u63"], signingSecret: Secret("testsecret"))
        var tokens: [String] = []
        for _ in 0..<2 {
            let answer = Self.form(emulator, "/submail/message/send.json", "appid=10001&signature=key&to=13800138000&content=%E3%80%90S%E3%80%91hi")
            let report = try Self.report(try #require(answer.deliveries.first))
            let token = try #require(report["token"])
            #expect(token.count == 32 && token.allSatisfy(\.isHexDigit) && token != "067ef7e2f286a9a56eabb07dc9657852", "\(report)")
            #expect(report["signature"] == Insecure.MD5.hash(data: Data((token + "testsecret").utf8)).map { String(format: "%02x", $0) }.joined(), "\(report)")
            tokens.append(token)
        }
        #expect(tokens[0] != tokens[1], "\(tokens)")
    }
}

extension UserU63Tests {
    /// A user's Exolve `GetList {"message_id": …}` (an optional filter of its JSON body, as its `delivery_status` is)
    /// left out the delivery status of the message sent, `GetList {}` listed its example's message under a fresh id,
    /// and `GetCount {}` said 0 right after a send. The look-up says the message's state, a list given no id lists the
    /// messages sent, and the count of the same request counts what the list lists.
    @Test func aLookUpByAnIdInTheBodySaysTheSentMessage() throws {
        let emulator = try Self.emulator(["exolve-u63"], outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: nil))))
        let auth = [("Authorization", "Bearer tok")]
        #expect(Self.text(Self.json(emulator, "/exolve/GetCount", "{}", headers: auth)) == #"{"count":0}"#)
        let send = Self.json(emulator, "/exolve/SendSMS", #"{"number":"79991112233","destination":"79876543210","text":"Hi there"}"#, headers: auth)
        let id = try #require((try JSONSerialization.jsonObject(with: send.body) as? [String: Any])?["message_id"] as? String)
        for body in [#"{"message_id":"\#(id)"}"#, "{}"] {
            let list = Self.text(Self.json(emulator, "/exolve/GetList", body, headers: auth))
            #expect(list.contains(#""delivery_status":"DELIVERY_STATUS_NOT_DELIVERED""#) && list.contains(id) && list.contains("Hi there"), "\(body) \(list)")
            #expect(!list.contains("539408197946549510"), "\(list)")
        }
        #expect(Self.text(Self.json(emulator, "/exolve/GetCount", "{}", headers: auth)) == #"{"count":1}"#)
        #expect(Self.text(Self.json(emulator, "/exolve/GetCount", #"{"message_id":"123"}"#, headers: auth)) == #"{"count":0}"#)
    }
}

extension UserU63Tests {
    /// A user's SMSPlanet `getMessageStatus` (`messageId`, `role: messageID`, the one id its form must give) of a
    /// message sent to two numbers answered its example's placeholders `XXXXXXXX` and `YYYYYYYYY` (`Numer telefonu`,
    /// `role: recipient`): an id its request body must give names the record, as an id its path ends in does, and
    /// the answer says the numbers it was sent to (and its text, in a field declaring `role: text`).
    @Test func anIdTheBodyMustGiveNamesTheMessageSent() throws {
        let path = try UserReportsFollowRequestTests.edited(
            "smsplanet-u63", "Treść wiadomości: {type: string, name: content}", "Treść wiadomości: {type: string, name: content, role: text}")
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", seed: 7))
        let auth = [("Authorization", "Bearer tok123")]
        let send = Self.form(emulator, "/smsplanet/sms", "from=TEST&to=500111222,48600111222&msg=hi", headers: auth)
        let id = try #require((try JSONSerialization.jsonObject(with: send.body) as? [String: Any])?["messageId"] as? String, "\(Self.text(send))")
        let status = Self.text(Self.form(emulator, "/smsplanet/getMessageStatus", "messageId=\(id)", headers: auth))
        #expect(status.contains(#""Numer telefonu":"500111222""#) && status.contains(#""Numer telefonu":"48600111222""#), "\(status)")
        #expect(!status.contains("XXXXXXXX") && !status.contains("YYYYYYYYY"), "\(status)")
        #expect(status.contains(#""Treść wiadomości":"hi""#), "\(status)")
    }
}

extension UserU63Tests {
    /// A user's SUBMAIL (`auth: {type: fields, fields: [appid, signature]}`) with `--credential 10001:goodkey`: a wrong
    /// `signature` beside the right `appid` was answered 101 "Incorrect APP ID", the first authentication code. A code
    /// naming the wrong part is answered: 108 "Invalid signature".
    @Test func aWrongPartIsTheCodeNamingIt() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("submail-u63")]),
            configuration: .init(credentials: ["10001:goodkey"], seed: 7))
        let wrongKey = Self.text(Self.form(emulator, "/submail/message/send.json", "appid=10001&signature=badkey&to=13800138000&content=%E3%80%90S%E3%80%91hi"))
        #expect(wrongKey.contains(#""code":"108""#), "\(wrongKey)")
        let wrongID = Self.text(Self.form(emulator, "/submail/message/send.json", "appid=10002&signature=goodkey&to=13800138000&content=%E3%80%90S%E3%80%91hi"))
        #expect(wrongID.contains(#""code":"101""#), "\(wrongID)")
        let good = Self.form(emulator, "/submail/message/send.json", "appid=10001&signature=goodkey&to=13800138000&content=%E3%80%90S%E3%80%91hi")
        #expect(Self.text(good).contains(#""status":"success""#), "\(Self.text(good))")
    }
}

extension UserU63Tests {
    /// A user's Exolve refusals (`default: ErrorAnswer`, `{error: {code, message (role: reason), details}}`, all
    /// optional, no example) were `{}` for a `destination` breaking its pattern and for a missing token: a refusal
    /// writes an optional object holding its reason field, and says why there.
    @Test func aReasonOneLevelDownIsWritten() throws {
        let emulator = try Self.emulator(["exolve-u63"])
        let bad = Self.json(emulator, "/exolve/SendSMS", #"{"number":"79991112233","destination":"123","text":"Hi"}"#, headers: [("Authorization", "Bearer tok")])
        let badError = try #require((try JSONSerialization.jsonObject(with: bad.body) as? [String: Any])?["error"] as? [String: Any], "\(Self.text(bad))")
        #expect(bad.status == 400 && (badError["message"] as? String)?.contains("destination") == true, "\(Self.text(bad))")
        let none = Self.json(emulator, "/exolve/SendSMS", #"{"number":"79991112233","destination":"79876543210","text":"Hi"}"#)
        let noneError = try #require((try JSONSerialization.jsonObject(with: none.body) as? [String: Any])?["error"] as? [String: Any], "\(Self.text(none))")
        #expect(none.status == 401 && noneError["message"] is String, "\(Self.text(none))")
    }
}

extension UserU63Tests {
    static let sipgateAuth = ("Authorization", "Basic " + Data("me@x.de:pw".utf8).base64EncodedString())

    /// A user's sipgate send as `text/plain` was answered 204, where its table's 415 says "wrong or missing
    /// Content-Type header with application/json": a JSON operation's body in another type is that code.
    @Test func aBodyOfAnotherTypeIsTheDocumented415() throws {
        let emulator = try Self.emulator(["sipgate-u63"])
        let body = Data(#"{"smsId":"s0","recipient":"+4915791234567","message":"hi"}"#.utf8)
        let plain = emulator.answer(WireRequest(method: "POST", path: "/sipgate/sessions/sms", headers: [Self.sipgateAuth, ("Content-Type", "text/plain")], body: body))
        #expect(plain.status == 415, "\(plain.summary)")
        let json = emulator.answer(WireRequest(method: "POST", path: "/sipgate/sessions/sms", headers: [Self.sipgateAuth, ("Content-Type", "application/json")], body: body))
        #expect(json.status == 204, "\(json.summary)")
    }

    /// A user's sipgate `GET /sessions/sms` (a POST) was read as `GET /{userId}/sms`, a `userId` of "sessions", and
    /// answered 400, where its table's 405 says "wrong request method".
    @Test func anotherMethodOfAPathIsTheDocumented405() throws {
        let emulator = try Self.emulator(["sipgate-u63"])
        let get = emulator.answer(WireRequest(method: "GET", path: "/sipgate/sessions/sms", headers: [Self.sipgateAuth], body: Data()))
        #expect(get.status == 405, "\(get.summary)")
        let extensions = emulator.answer(WireRequest(method: "GET", path: "/sipgate/w0/sms", headers: [Self.sipgateAuth], body: Data()))
        #expect(extensions.status == 200, "\(extensions.summary)")
    }

    /// A user's sipgate send without `smsId` was 400 "bad request", where its table's 500 says "internal server error
    /// or unhandled bad request (e.g. smsId not set)": a code naming the missing field and saying it is not set.
    @Test func aMissingFieldIsTheCodeSayingItIsNotSet() throws {
        let emulator = try Self.emulator(["sipgate-u63"])
        let missing = Self.json(emulator, "/sipgate/sessions/sms", #"{"recipient":"+4915791234567","message":"hi"}"#, headers: [Self.sipgateAuth])
        #expect(missing.status == 500, "\(missing.summary)")
        let blank = Self.json(emulator, "/sipgate/sessions/sms", #"{"smsId":"s0","recipient":"+4915791234567","message":""}"#, headers: [Self.sipgateAuth])
        #expect(blank.status == 400, "\(blank.summary)")
    }
}

extension UserU63Tests {
    /// A user's SMSPlanet send with no Bearer token was answered 202 "The API token is inactive.", the first code not
    /// saying "invalid": a missing credential is no code saying what became of one given (inactive, expired).
    @Test func aMissingTokenIsNoInactiveOne() throws {
        let emulator = try Self.emulator(["smsplanet-u63"])
        let answer = Self.text(Self.form(emulator, "/smsplanet/sms", "key=abc&password=def&from=TEST&to=500111222&msg=hi"))
        #expect(!answer.contains("202") && !answer.contains("203"), "\(answer)")
        #expect(answer.contains(#""errorCode":101"#), "\(answer)")
    }
}

extension UserU63Tests {
    /// A user's `--callback NewCallEvent` for sipgate, whose one callback posts call events, was refused as naming no
    /// delivery callback "(they list none)": the refusal says the callback reports no delivery, and what they list.
    @Test func aCallbackReportingNoDeliveryIsSaidSo() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserReportsFollowRequestTests.spec("sipgate-u63")]),
            configuration: .init(seed: 7, deliveryCallbacks: ["NewCallEvent"]))
        let problem = try #require(emulator.deliveryCallbackProblems.first)
        #expect(problem.contains("sipgate's NewCallEvent reports no delivery") && !problem.contains("they list none"), "\(problem)")
        #expect(problem.contains("they list sipgate: NewCallEvent"), "\(problem)")
    }
}

extension UserU63Tests {
    /// A user's Justsend send answered `{"id": "62ac…", "messageId": "737a…"}`: two ids for one message, where
    /// `messageId` declares `role: messageID` and `id` (no role, no example) is the one other clients read.
    @Test func oneMessageIsAnsweredOneId() throws {
        let emulator = try Self.emulator(["justsend-u63"])
        let answer = Self.json(emulator, "/justsend/sender/singlemessage/send", #"{"sender":"MyApp","msisdn":"48500123456","content":"Hi","bulkVariant":"PRO"}"#, headers: [("App-Key", "k-123")])
        let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary) \(Self.text(answer))")
        let id = try #require(object["messageId"] as? String, "\(object)")
        #expect(object["id"] == nil || object["id"] as? String == id, "\(object)")
    }
}
