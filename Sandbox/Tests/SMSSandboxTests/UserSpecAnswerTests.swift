import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSandbox
import SMSSpecRuntime
import Testing

/// What the sandbox answers and reports for specs users wrote (links to the main package's
/// Tests/ThirdPartySpecs), checked against their specs.
@Suite(.timeLimit(.minutes(1)))
struct UserSpecAnswerTests {
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    static let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: [], specPaths: [spec("clickatell"), UserSpecLoopbackTests.spec("plivo"), UserSpecLoopbackTests.spec("sinch")]), configuration: .init(seed: 3))

    static func answer(_ method: String, _ target: String, _ headers: [(String, String)], json: String? = nil) throws -> (status: Int, summary: String, body: [String: Any]) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let answer = emulator.answer(WireRequest(
            method: method, path: parts[0], query: parts.count > 1 ? parts[1] : "", headers: headers + (json == nil ? [] : [("Content-Type", "application/json")]),
            body: Data((json ?? "").utf8)))
        let body = answer.body.isEmpty ? [:] : try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        return (answer.status, answer.summary, body)
    }

    static let clickatellKey = [("Authorization", "key")]

    /// A valid send to two numbers answers one accepted result per number: the spec's example lists a refused
    /// second number (`errorCode` 105), which the answer repeated, so the client threw on a valid send.
    @Test func clickatellAnswersEachRecipientAccepted() throws {
        let (status, _, body) = try Self.answer("POST", "/clickatell/messages", Self.clickatellKey, json: #"{"to":["27999000001","27999000002"],"content":"Hi"}"#)
        #expect(status == 202)
        let messages = try #require(body["messages"] as? [[String: Any]])
        #expect(messages.map { $0["to"] as? String } == ["27999000001", "27999000002"])
        #expect(messages.allSatisfy { $0["accepted"] as? Bool == true && ($0["errorCode"] == nil || $0["errorCode"] is NSNull) })
        #expect(Set(messages.compactMap { $0["apiMessageId"] as? String }).count == 2)
    }

    /// A list field given once in a query is a list of one (the generated client writes a one-item list so): it was
    /// refused as "not a list" and answered with code 101.
    @Test func aListGivenOnceInAQueryIsRead() throws {
        let (status, summary, body) = try Self.answer("GET", "/clickatell/messages/http/send?apiKey=key&to=27999000001&content=Hi", Self.clickatellKey)
        #expect(status == 202)
        #expect(summary == "clickatell.sendHTTP accepted")
        #expect((body["messages"] as? [[String: Any]])?.map { $0["to"] as? String } == ["27999000001"])
    }

    /// A refusal whose envelope carries the code lists no results: Clickatell's 401 listed the example's results,
    /// one `accepted: true` beside the code and one for the example's number `2799`.
    @Test func clickatellRefusalListsNoResults() throws {
        let (status, _, body) = try Self.answer("POST", "/clickatell/messages", [], json: #"{"to":["27999000001"],"content":"Hi"}"#)
        #expect(status == 401)
        #expect(body["errorCode"] as? Int == 1)
        #expect((body["messages"] as? [Any])?.isEmpty == true)
    }

    /// An echoed query value takes its field's type: `page=2` is answered `"page": 2`, not `"2"` (an `int` field
    /// the client could not decode).
    @Test func echoedQueryValuesTakeTheFieldsType() throws {
        let (status, _, body) = try Self.answer("GET", "/sinch/xms/v1/plan/batches?page=2&page_size=10", [("Authorization", "Bearer k")])
        #expect(status == 200)
        #expect(body["page"] as? Int == 2)
        #expect(body["page_size"] as? Int == 10)
    }

    /// A list the answer's example does not give is built from its element's own example: Sinch's page of batches
    /// has none, and its batch was invented, `canceled: true` and without a body.
    @Test func aListWithoutExampleTakesItsElementsExample() throws {
        let (_, _, body) = try Self.answer("GET", "/sinch/xms/v1/plan/batches", [("Authorization", "Bearer k")])
        let batch = try #require((body["batches"] as? [[String: Any]])?.first)
        #expect(batch["canceled"] as? Bool == false)
        #expect(batch["body"] as? String == "Hi ${name}")
    }

    /// A request refused where the operation documents no refusal is answered 400, not with a code of the
    /// tables delivery reports carry: Sinch's getDeliveryReport answered a query that is no form (`type=%FF`) with HTTP 200
    /// and a report whose status was DeliveryCode 405, as if a message had failed.
    @Test func aRefusalIsNoDeliveryReport() throws {
        let (status, summary, body) = try Self.answer("GET", "/sinch/xms/v1/plan/batches/B1/delivery_report?type=%FF", [("Authorization", "Bearer k")])
        #expect(status == 400)
        #expect(!summary.contains("DeliveryCode"), "\(summary)")
        #expect(body.isEmpty)
        // A table that delivery reports share with refusals (Telnyx's ErrorCode, listed under `default`) still answers them.
        let telnyx = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecLoopbackTests.spec("telnyx")]), configuration: .init())
        let refused = telnyx.answer(WireRequest(method: "POST", path: "/telnyx/messages", headers: [("Content-Type", "application/json")], body: Data(#"{"to":"+15551234567"}"#.utf8)))
        #expect(refused.status == 401)
        #expect(refused.summary.hasPrefix("telnyx.sendMessage ErrorCode 10009"), "\(refused.summary)")
    }

    /// A path parameter that is no percent-encoded UTF-8 is an invalid request: Sinch's look-up of `/batches/ab%FFc`
    /// answered a batch whose `id` was the raw text `ab%FFc`, a value the request never sent.
    @Test(arguments: ["ab%FFc", "ab%zz", "ab%"]) func aPathParameterThatIsNoUTF8IsRefused(batch: String) throws {
        let (status, summary, body) = try Self.answer("GET", "/sinch/xms/v1/plan/batches/\(batch)", [("Authorization", "Bearer k")])
        #expect(status == 404, "\(summary)")  // The look-up's one documented refusal.
        #expect(summary.contains("invalid request: the path segment of {batch_id} is not percent-encoded UTF-8"), "\(summary)")
        #expect(body["id"] == nil)
        let (decoded, _, answer) = try Self.answer("GET", "/sinch/xms/v1/plan/batches/ab%20c", [("Authorization", "Bearer k")])
        #expect(decoded == 200)
        #expect(answer["id"] as? String == "ab c")
    }

    /// The log shows the path as sent: Plivo's paths end with `/`, which the log dropped (`…/Message`).
    @Test func theLogKeepsATrailingSlash() {
        #expect(Self.emulator.redactedTarget(WireRequest(method: "POST", path: "/plivo/v1/Account/MA/Message/")) == "/plivo/v1/Account/MA/Message/")
    }

    /// Of the invalid-request codes, the one that says what is wrong: Sinch answered a broken constraint (an empty
    /// `to`) with `syntax_invalid_json`, and Telnyx a missing field with 10001 "Inactive phone number".
    @Test func theInvalidRequestCodeSaysWhatIsWrong() throws {
        let sinch = [("Authorization", "Bearer k")]
        let empty = try Self.answer("POST", "/sinch/xms/v1/plan/batches", sinch, json: #"{"to":[],"body":"Hi"}"#)
        #expect(empty.status == 400)
        #expect(empty.body["code"] as? String == "syntax_constraint_violation")
        let broken = try Self.answer("POST", "/sinch/xms/v1/plan/batches", sinch, json: #"{"to":"#)
        #expect(broken.body["code"] as? String == "syntax_invalid_json")
        let telnyx = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecLoopbackTests.spec("telnyx")]), configuration: .init())
        let missing = telnyx.answer(WireRequest(
            method: "POST", path: "/telnyx/messages", headers: [("Authorization", "Bearer k")], body: Data(#"{"text":"Hi"}"#.utf8)))
        #expect(missing.status == 422)
        #expect(missing.summary.hasPrefix("telnyx.sendMessage ErrorCode 10004"), "\(missing.summary)")
    }

    /// Plivo's 400 is documented with an `ErrorResponse` and no code table: the answer has that shape (it was an
    /// empty body).
    @Test func plivoRefusesWithItsErrorShape() throws {
        let basic = "Basic " + Data("MA:token".utf8).base64EncodedString()
        let (status, _, body) = try Self.answer("POST", "/plivo/v1/Account/MA/Message/", [("Authorization", basic)], json: #"{"src":"Acme","dst":"+1 415"}"#)
        #expect(status == 400)
        #expect(body["error"] != nil)
    }

    /// A refusal no code explains says why in the text the example words its error in: Plivo's invalid `dst` was
    /// answered with the example's "dst parameter is missing".
    @Test func plivosRefusalSaysWhy() throws {
        let basic = "Basic " + Data("MA:token".utf8).base64EncodedString()
        let invalid = try Self.answer("POST", "/plivo/v1/Account/MA/Message/", [("Authorization", basic)], json: #"{"src":"Acme","dst":"+1 415","text":"Hi"}"#)
        let error = try #require(invalid.body["error"] as? String)
        #expect(error.hasPrefix("invalid request: dst[0]:") && error.contains("does not match"), "\(error)")
    }

    /// Clickatell's JSON status callback quotes the answer's `apiMessageId` as its `messageId`, and names a failed
    /// status as the example names one (`status` the code's name, `statusDescription` its summary).
    @Test(arguments: [false, true]) func clickatellReportQuotesTheAnswersMessageID(failing: Bool) async throws {
        let outcomes = OutcomePolicy(run: failing ? DeliveryOutcome(.failed(code: "5")) : .delivered)
        try await Loopback.run(providers: [], specs: [Self.spec("clickatell")], outcomes: outcomes) { loopback in
            var request = URLRequest(url: URL(string: loopback.baseURL("clickatell") + "/messages")!, timeoutInterval: 10)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("key", forHTTPHeaderField: "Authorization")
            request.httpBody = Data(#"{"to":["27999000001"],"content":"Hi"}"#.utf8)
            let (data, _) = try await URLSession.shared.data(for: request)
            let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let id = try #require((answer["messages"] as? [[String: Any]])?.first?["apiMessageId"] as? String)
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.contentType == "application/json")
            let report = try #require(try JSONSerialization.jsonObject(with: callback.body) as? [String: Any])
            #expect(report["messageId"] as? String == id)
            #expect(report["to"] as? String == "27999000001")
            #expect(report["statusCode"] as? Int == (failing ? 5 : 4))
            #expect(report["status"] as? String == (failing ? "ERROR_WITH_MESSAGE" : "RECEIVED_BY_RECIPIENT"))
            #expect(report["statusDescription"] as? String == (failing ? "Error with message" : "Received by recipient"))
        }
    }}
