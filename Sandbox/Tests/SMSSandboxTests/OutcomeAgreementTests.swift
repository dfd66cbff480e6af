import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Answers that contradicted the configured outcome or the request (from users' The SMS Works, SMSCountry and Movider
/// specs: Specs/smsworks-failurereason.yaml, Specs/smscountry-optionalsms.yaml, Specs/movider-badnumbers.yaml).
@Suite(.timeLimit(.minutes(1)))
struct OutcomeAgreementTests {
    static func emulator(_ outcome: String, specs: [String]) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: specs.map(UserSpecAnswerTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/r", outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
    }

    /// A look-up naming the message by a path field declaring `role: messageID`, whose answer echoes it, said DELIVERED
    /// under `--outcome failed`: its answer's other ids (The SMS Works' `customerid`, SMSCountry's call's `ApiId`) were
    /// taken for a new message's, so it was read as a send. SMSCountry's status is in an optional `SMS` object, which
    /// was left out: a look-up saying nothing of the message.
    @Test func aLookUpByItsPathSaysTheOutcomeBesideOtherIDs() throws {
        func states(_ outcome: String) throws -> (smsworks: [String: Any], smscountry: [String: Any]) {
            let emulator = try Self.emulator(outcome, specs: ["smsworks-failurereason", "smscountry-optionalsms"])
            let smsworks = emulator.answer(WireRequest(method: "GET", path: "/smsworks/messages/abc123", headers: [("Authorization", "JWT k")]))
            let basic = "Basic " + Data("k:t".utf8).base64EncodedString()
            let smscountry = emulator.answer(WireRequest(method: "GET", path: "/smscountry/Accounts/k/SMSes/abc-uuid/", headers: [("Authorization", basic)]))
            #expect(smsworks.status == 200 && smscountry.status == 200, "\(smsworks.summary) \(smscountry.summary)")
            #expect(smsworks.deliveries.isEmpty && smscountry.deliveries.isEmpty)
            return (try UnbundledGatewayTests.json(smsworks), try UnbundledGatewayTests.json(smscountry))
        }
        let failed = try states("failed")
        #expect(failed.smsworks["status"] as? String == "UNDELIVERABLE" && failed.smsworks["messageid"] as? String == "abc123", "\(failed.smsworks)")
        let sms = try #require(failed.smscountry["SMS"] as? [String: Any], "\(failed.smscountry)")
        #expect(sms["StatusCode"] as? Int == 2 && sms["UUID"] as? String == "abc-uuid", "\(sms)")
        let delivered = try states("delivered")
        #expect(delivered.smsworks["status"] as? String == "DELIVERED", "\(delivered.smsworks)")
        #expect((delivered.smscountry["SMS"] as? [String: Any])?["StatusCode"] as? Int == 3, "\(delivered.smscountry)")
    }

    /// A delivered report built from the example of a failure (The SMS Works' one report example, UNDELIVERABLE) said
    /// `failurereason: {details: "Unknown subscriber", permanent: true}` beside `status: DELIVERED`: an optional field
    /// only a failure carries is left out of a report of a message that did not fail; a failed report may keep it.
    @Test func aDeliveredReportCarriesNoFailureItsExampleDoes() throws {
        func report(_ outcome: String) throws -> [String: Any] {
            let send = try Self.emulator(outcome, specs: ["smsworks-failurereason"]).answer(WireRequest(
                method: "POST", path: "/smsworks/message/send", headers: [("Authorization", "JWT k"), ("Content-Type", "application/json")],
                body: Data(#"{"sender": "Acme", "destination": "07700900123", "content": "Hello", "deliveryreporturl": "http://127.0.0.1:9/dlr"}"#.utf8)))
            #expect(send.status == 201, "\(send.summary)")
            return try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        }
        let delivered = try report("delivered")
        #expect(delivered["status"] as? String == "DELIVERED" && delivered["failurereason"] == nil, "\(delivered)")
        #expect(delivered["destination"] as? String == "07700900123", "\(delivered)")
        let failed = try report("failed")
        #expect(failed["status"] as? String == "UNDELIVERABLE" && failed["failurereason"] != nil, "\(failed)")
    }

    /// Movider's send answer listed every number sent in `bad_phone_number_list` too, each "Invalid phone number"
    /// beside its message id in `phone_number_list`: a list named for refused numbers holds none of those accepted.
    @Test func aListOfRefusedNumbersHoldsNoneSent() throws {
        let send = try Self.emulator("delivered", specs: ["movider-badnumbers"]).answer(WireRequest(
            method: "POST", path: "/movider/sms", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("api_key=k&api_secret=s&to=%2B66812345678,%2B66812345679&text=hello".utf8)))
        #expect(send.status == 200, "\(send.summary)")
        let answer = try UnbundledGatewayTests.json(send)
        #expect((answer["bad_phone_number_list"] as? [Any])?.isEmpty == true, "\(answer)")
        let sent = try #require(answer["phone_number_list"] as? [[String: Any]], "\(answer)")
        #expect(sent.compactMap { $0["number"] as? String } == ["+66812345678", "+66812345679"], "\(sent)")
    }

    /// The SMS Works' inbox, a list of inbound messages with no example, listed one from "" of the text "" with a fresh
    /// id: a list answer with no example of it or of its element, to a request naming no one, is empty.
    @Test func aListWithNoExampleIsEmpty() throws {
        let inbox = try Self.emulator("delivered", specs: ["smsworks-failurereason"]).answer(
            WireRequest(method: "GET", path: "/smsworks/messages/inbox", headers: [("Authorization", "JWT k")]))
        #expect(inbox.status == 200 && String(decoding: inbox.body, as: UTF8.self) == "[]", "\(inbox.summary) \(String(decoding: inbox.body, as: UTF8.self))")
    }

    /// The report of `--outcome failed:ABSENT_SUBSCRIBER` said `failurereason: {code: ABSENT_SUBSCRIBER, details:
    /// "Unknown subscriber", permanent: true}`, the example's words and flag of UNKNOWN_SUBSCRIBER beside another
    /// code, where the look-up said the code alone: words beside a code are its own, or left out where optional.
    @Test func aFailedReportSaysNoWordsOfItsExamplesOtherCode() throws {
        let emulator = try Self.emulator("failed:ABSENT_SUBSCRIBER", specs: ["smsworks-failurereason"])
        let send = emulator.answer(WireRequest(
            method: "POST", path: "/smsworks/message/send", headers: [("Authorization", "JWT k"), ("Content-Type", "application/json")],
            body: Data(#"{"sender": "Acme", "destination": "07700900123", "content": "Hello", "deliveryreporturl": "http://127.0.0.1:9/dlr"}"#.utf8)))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        let reason = try #require(report["failurereason"] as? [String: Any], "\(report)")
        #expect(reason["code"] as? String == "ABSENT_SUBSCRIBER" && reason["details"] == nil && reason["permanent"] == nil, "\(reason)")
        // The message sent: an id no send was answered is not found (docs/sandbox.md).
        let id = try #require(try UnbundledGatewayTests.json(send)["messageid"] as? String, "\(send.summary)")
        let lookUp = try UnbundledGatewayTests.json(emulator.answer(WireRequest(method: "GET", path: "/smsworks/messages/\(id)", headers: [("Authorization", "JWT k")])))
        #expect(NSDictionary(dictionary: lookUp["failurereason"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: reason), "\(lookUp)")
    }

    /// With the report's failure written flat, as many providers write it (`reason: "Unknown subscriber"`, `permanent:
    /// true` beside UNDELIVERABLE), the delivered report said both: a field saying what the failure's code beside it
    /// is, not only one named …fail… or …error…, is left out of a report of a message that did not fail.
    @Test func aDeliveredReportCarriesNoFlatFailureOfItsExample() throws {
        let yaml = try String(contentsOfFile: UserSpecAnswerTests.spec("smsworks-failurereason"), encoding: .utf8)
            .replacingOccurrences(of: "      destination: {type: string, required: false}\n      failurereason: {type: FailureReason, required: false}\n",
                with: "      destination: {type: string, required: false}\n      reason: {type: string, required: false}\n      permanent: {type: bool, required: false}\n")
            .replacingOccurrences(of: #""failurereason": {"code": "UNKNOWN_SUBSCRIBER", "details": "Unknown subscriber", "permanent": true}"#,
                with: #""reason": "Unknown subscriber", "permanent": true"#)
        #expect(yaml.contains("      reason: {type: string") && !yaml.contains(#""failurereason": {"#))
        func report(_ outcome: String) throws -> [String: Any] {
            let emulator = try SandboxEmulator.of(spec: yaml, configuration: .init(
                callbackURL: "http://127.0.0.1:9/r", outcomes: OutcomePolicy(run: try #require(DeliveryOutcome(parsing: outcome))), seed: 4))
            let send = emulator.answer(WireRequest(
                method: "POST", path: "/smsworks/message/send", headers: [("Authorization", "JWT k"), ("Content-Type", "application/json")],
                body: Data(#"{"sender": "Acme", "destination": "07700900123", "content": "Hello", "deliveryreporturl": "http://127.0.0.1:9/dlr"}"#.utf8)))
            return try #require(try JSONSerialization.jsonObject(with: Data(try SpecRoleTests.report(send).utf8)) as? [String: Any])
        }
        let delivered = try report("delivered")
        #expect(delivered["status"] as? String == "DELIVERED" && delivered["reason"] == nil && delivered["permanent"] == nil, "\(delivered)")
        #expect(delivered["destination"] as? String == "07700900123", "\(delivered)")
        let failed = try report("failed")
        #expect(failed["status"] as? String == "UNDELIVERABLE" && failed["reason"] as? String == "Unknown subscriber", "\(failed)")
    }
}
