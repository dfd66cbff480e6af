import Foundation
import SMSSandbox
import Testing

/// An answer says the outcome it gives, in every field: values an example wrote for another code are not copied beside
/// the one chosen (a user's Cellcast, Yunpian and SMS Broadcast specs: Specs/cellcast-meta.yaml, Specs/yunpian-pull.yaml,
/// Specs/smsbroadcast-lines.yaml).
@Suite(.timeLimit(.minutes(1)))
struct OwnOutcomeValuesTests {
    static func emulator(_ spec: String, credentials: [String] = []) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec(spec)]),
            configuration: .init(callbackURL: "http://127.0.0.1:9/r", credentials: credentials, seed: 3))
    }

    static func meta(_ answer: SandboxAnswer) throws -> [String: Any] {
        try #require(try UnbundledGatewayTests.json(answer)["meta"] as? [String: Any], "\(answer.summary)")
    }

    /// Cellcast's `meta.code` repeats the HTTP status: an empty `numbers` answered 400 FIELD_EMPTY said `code: 401`,
    /// copied from the one error example (AUTH_FAILED).
    @Test func aFieldRepeatingTheStatusSaysTheOneAnswered() throws {
        let emulator = try Self.emulator("cellcast-meta")
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/cellcast/send-sms", headers: [("APPKEY", "k"), ("Content-Type", "application/json")],
            body: Data(#"{"sms_text": "hi", "numbers": []}"#.utf8)))
        let meta = try Self.meta(answer)
        #expect(answer.status == 400 && meta["status"] as? String == "FIELD_EMPTY", "\(meta)")
        #expect(meta["code"] as? Int == 400, "\(meta)")
        // Its success keeps the example's 200.
        let account = emulator.answer(WireRequest(method: "GET", path: "/cellcast/account", headers: [("APPKEY", "k")]))
        #expect(try Self.meta(account)["code"] as? Int == 200)
    }

    /// A wrong Cellcast APPKEY was answered AUTH_FAILED_NO_DATA "No APPKEY was sent.", the first authentication code,
    /// where AUTH_FAILED says "The APPKEY is not valid.": "not valid" says wrong, and a wrong credential never takes a
    /// code saying it is missing.
    @Test func aWrongCredentialIsNeverAnsweredAsMissing() throws {
        let emulator = try Self.emulator("cellcast-meta", credentials: ["CELLKEY9876543"])
        func status(_ headers: [(String, String)]) throws -> (Int, String?) {
            let answer = emulator.answer(WireRequest(method: "GET", path: "/cellcast/account", headers: headers))
            return (answer.status, try Self.meta(answer)["status"] as? String)
        }
        #expect(try status([("APPKEY", "WRONGKEYSECRET")]) == (401, "AUTH_FAILED"))
        #expect(try status([]) == (401, "AUTH_FAILED_NO_DATA"))
    }

    /// With its missing-key code worded as many providers word it, AUTH_REQUIRED "The APPKEY was not provided.", a
    /// wrong APPKEY (sent) was answered with it: "not provided", "not sent", … say missing as "no" does.
    @Test func notProvidedSaysACredentialIsMissing() throws {
        for words in ["The APPKEY was not provided.", "The APPKEY was not sent.", "An APPKEY is required."] {
            let yaml = try String(contentsOfFile: UserSpecAnswerTests.spec("cellcast-meta"), encoding: .utf8)
                .replacingOccurrences(of: "{code: AUTH_FAILED_NO_DATA, summary: No APPKEY was sent.,", with: "{code: AUTH_REQUIRED, summary: \(words),")
            #expect(yaml.contains("AUTH_REQUIRED"))
            let emulator = try SandboxEmulator.of(spec: yaml, configuration: .init(credentials: ["CELLKEY9876543"], seed: 3))
            func status(_ headers: [(String, String)]) throws -> (Int, String?) {
                let answer = emulator.answer(WireRequest(method: "GET", path: "/cellcast/account", headers: headers))
                return (answer.status, try Self.meta(answer)["status"] as? String)
            }
            #expect(try status([("APPKEY", "WRONGKEYSECRET")]) == (401, "AUTH_FAILED"), "\(words)")
            #expect(try status([]) == (401, "AUTH_REQUIRED"), "\(words)")
        }
    }

    /// Yunpian's pulled records, built from an example of one delivered and one failed record, said
    /// `report_status: SUCCESS` beside the failed one's `error_msg: YP:54` and `error_detail` "wrong number, not charged".
    @Test func aRecordThatDidNotFailCarriesNoFailureOfItsExample() throws {
        let answer = try Self.emulator("yunpian-pull").answer(WireRequest(
            method: "POST", path: "/yunpian/sms/pull_status.json", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("apikey=0123456789abcdef0123456789abcdef".utf8)))
        let records = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [[String: Any]], "\(answer.summary)")
        #expect(!records.isEmpty)
        for record in records {
            #expect(record["report_status"] as? String == "SUCCESS", "\(record)")
            #expect(record["error_msg"] as? String != "YP:54" && record["error_detail"] as? String != "错误号码，不扣费", "\(record)")
        }
    }

    /// SMS Broadcast refused an empty message with "ERROR: Username or password is incorrect", the words of its example
    /// of bad credentials (the one `ERROR` it gives), though the credentials were right: the refusal says its code's own words.
    @Test func aRefusalSaysNoOtherExamplesReason() throws {
        let emulator = try Self.emulator("smsbroadcast-lines", credentials: ["sbuserXY:SBPASSWORD42"])
        func send(_ form: String) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/smsbroadcast/api-adv.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data(form.utf8)))
        }
        let empty = send("username=sbuserXY&password=SBPASSWORD42&to=61400111222&message=")
        let text = String(decoding: empty.body, as: UTF8.self)
        #expect(empty.status == 200 && text.hasPrefix("ERROR: "), "\(empty.summary) \(text)")
        #expect(text == "ERROR: The request failed as a whole (the reason follows).", "\(text)")
        #expect(empty.summary.contains("message: is 0 characters long"), "\(empty.summary)")
    }

    /// SMS Broadcast answers every refusal 200 with `ERROR: …` (a refused number `BAD:…`), yet wrong credentials were
    /// answered 401 with no body, a status it never gives: the refusal is written in its answer's forms, as
    /// its one code saying only that it refuses (here with `ERROR` so, as the user's first spec had it).
    @Test func badCredentialsAreWrittenInTheFormsOfRefusalsUnderSuccess() throws {
        let yaml = try String(contentsOfFile: UserSpecAnswerTests.spec("smsbroadcast-lines"), encoding: .utf8)
            .replacingOccurrences(of: "outcome: failure, category: invalidRequest}", with: "outcome: failure, category: unknown}")
        let emulator = try SandboxEmulator.of(spec: yaml, configuration: .init(credentials: ["sbuserXY:SBPASSWORD42"], seed: 3))
        for form in ["username=sbuserXY&password=nope&to=61400111222&message=Hello", "to=61400111222&message=Hello"] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/smsbroadcast/api-adv.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data(form.utf8)))
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(answer.status == 200 && text.hasPrefix("ERROR: "), "\(answer.summary) \(text)")
        }
    }

    /// With `ERROR` so, an empty message and `maxsplit=9` were answered `ERROR: :  `: the reason, `message: is 0
    /// characters long`, read back as `{result}: {to}: {smsref}`, was left out and those written empty. It is written
    /// without the forms' separators.
    @Test func aReasonNoFormReadsBackIsWrittenWithoutItsSeparators() throws {
        let yaml = try String(contentsOfFile: UserSpecAnswerTests.spec("smsbroadcast-lines"), encoding: .utf8)
            .replacingOccurrences(of: "outcome: failure, category: invalidRequest}", with: "outcome: failure, category: unknown}")
        let emulator = try SandboxEmulator.of(spec: yaml, configuration: .init(credentials: ["sbuserXY:SBPASSWORD42"], seed: 3))
        for (form, field) in [("message=", "message"), ("message=Hi&maxsplit=9", "maxsplit")] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/smsbroadcast/api-adv.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: Data("username=sbuserXY&password=SBPASSWORD42&to=61400111222&\(form)".utf8)))
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(answer.status == 200 && text.hasPrefix("ERROR: invalid request \(field) is "), "\(answer.summary) \(text)")
        }
    }

    /// With its `ERROR` an invalid request, as the spec has it, wrong credentials were still answered 401 with no body,
    /// where every other refusal is 200 `ERROR: …`: with no code saying only that it refuses, its one saying the request
    /// is invalid refuses them there.
    @Test func badCredentialsAreWrittenUnderSuccessByTheOneInvalidRequestCode() throws {
        let emulator = try Self.emulator("smsbroadcast-lines", credentials: ["sbuserXY:SBPASSWORD42"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/smsbroadcast/api-adv.php", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("username=sbuserXY&password=nope&to=61400111222&message=Hello".utf8)))
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(answer.status == 200 && text.hasPrefix("ERROR: ") && text.count > "ERROR: ".count, "\(answer.summary) \(text)")
    }
}
