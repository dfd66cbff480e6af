import Foundation
@testable import SMSSandbox
import Testing

/// A user's iTexMo (Specs/itexmo-split-credentials.yaml): `auth: {type: fields, fields: ['3', passwd, apicode]}`, its
/// send's request declaring `3` and `passwd`, its balance's `apicode`. Every request was refused for lacking the
/// others, with or without `--credential`: an operation whose request declares some credential fields asks for those.
@Suite struct SplitCredentialFieldsTests {
    static func emulator(credentials: [String] = []) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("itexmo-split-credentials")]),
            configuration: .init(credentials: credentials, seed: 2))
    }

    static func send(_ emulator: SandboxEmulator, _ form: String) -> String {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/itexmo/api.php", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
        return String(decoding: answer.body, as: UTF8.self)
    }

    static func balance(_ emulator: SandboxEmulator, _ query: String) -> Int {
        emulator.answer(WireRequest(method: "GET", path: "/itexmo/apicode_info.php", query: query)).status
    }

    @Test func eachOperationAsksForTheCredentialFieldsItsRequestDeclares() throws {
        let any = try Self.emulator()
        #expect(Self.send(any, "1=09171234567&2=Hello&3=KEY&passwd=PW") == "0")
        #expect(Self.send(any, "1=09171234567&2=Hello&3=KEY") == "16")
        #expect(Self.balance(any, "apicode=K") == 200)
        // A configured credential joins every field's value in the spec's order; each operation compares its own.
        let configured = try Self.emulator(credentials: ["KEY:PW:CODE"])
        #expect(Self.send(configured, "1=09171234567&2=Hello&3=KEY&passwd=PW") == "0")
        #expect(["3", "16"].contains(Self.send(configured, "1=09171234567&2=Hello&3=KEY&passwd=CODE")))
        #expect(Self.balance(configured, "apicode=CODE") == 200)
        #expect(Self.balance(configured, "apicode=KEY") == 401)
    }
}

/// A user's Onfon (Specs/onfon-mobile-numbers.yaml): a recipient breaking its phone rule was answered 006 "Something
/// went wrong" with the sandbox's own words, where 013 "Invalid mobile numbers" says it: a role is named in the plural.
@Suite struct PluralRoleWordsTests {
    @Test func invalidMobileNumbersNamesTheRecipient() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("onfon-mobile-numbers")]),
            configuration: .init(seed: 2))
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/onfon/SendBulkSMS", headers: [("Content-Type", "application/json")],
            body: Data(#"{"SenderId":"ACME","MessageParameters":[{"Number":"12","Text":"Hi"}],"ApiKey":"K","ClientId":"C"}"#.utf8)))
        let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
        #expect(body["ErrorCode"] as? Int == 13 && body["ErrorDescription"] as? String == "Invalid mobile numbers", "\(body)")
    }
}

/// A user's 4jawaly (Specs/fourjawaly-stand-in.yaml): its 400 entry speaks of a sender, so a missing `messages` had no
/// code under 400 and was answered 400 with no body, though its 422 "A field failed validation" stands in.
@Suite struct StandInBeyondItsStatusTests {
    @Test func aRefusalWithNoCodeUnderItsStatusTakesAnotherStatussStandIn() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("fourjawaly-stand-in")]),
            configuration: .init(seed: 1))
        for body in [#"{"messages":[]}"#, "{}"] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/fourjawaly/account/area/sms/send",
                headers: [("Authorization", "Basic " + Data("apikey:k".utf8).base64EncodedString()), ("Content-Type", "application/json")],
                body: Data(body.utf8)))
            let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(body): \(answer.status) \(answer.summary)")
            #expect(answer.status == 422 && object["code"] as? Int == 422, "\(body): \(object)")
        }
    }
}

/// A recipient refused alone in a plain-text answer ended its line where its words go: Clickatell legacy's `ERR: 105, `
/// and a user's Clockwork `To: zzz Error 10: `; the words say the refusal's code.
@Suite struct RefusedItemWordsTests {
    @Test func aRefusedRecipientsLineSaysWhy() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [SpecRoleTests.thirdPartySpec("clickatell-legacy")]), configuration: .init(seed: 1))
        let answer = emulator.answer(WireRequest(method: "GET", path: "/clickatell-legacy/http/sendmsg", query: "user=u&password=p&api_id=1&to=27999000001,abc&text=Hi"))
        let lines = String(decoding: answer.body, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("ERR: 105, Invalid destination address.") && lines[1].hasSuffix("To: abc"), "\(lines)")
    }
}

/// A user's TextAnywhere (Specs/textanywhere-login.yaml): with `--credential`, the two keys its login answered, sent in
/// its two auth headers, were refused (401): a part the sandbox answered stands for its part.
@Suite struct IssuedKeysOfSeveralHeadersTests {
    @Test func theKeysALoginAnsweredAreTaken() throws {
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [ExampleValuesFollowRequestTests.spec("textanywhere-login")]),
            configuration: .init(credentials: ["configured-user:configured-session"], seed: 5))
        let login = emulator.answer(WireRequest(method: "GET", path: "/textanywhere/login", query: "username=me%40example.com&password=pw"))
        let keys = String(decoding: login.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ";").map(String.init)
        try #require(keys.count == 2, "\(login.status) \(String(decoding: login.body, as: UTF8.self))")
        func send(_ user: String, _ session: String) -> Int {
            emulator.answer(WireRequest(
                method: "POST", path: "/textanywhere/sms", headers: [("user_key", user), ("Session_key", session), ("Content-Type", "application/json")],
                body: Data(#"{"message_type":"GP","message":"Hello","recipient":["+443471234567"]}"#.utf8))).status
        }
        #expect((200..<300).contains(send(keys[0], keys[1])))
        #expect((200..<300).contains(send("configured-user", keys[1])))
        #expect((200..<300).contains(send("configured-user", "configured-session")))
        #expect(send("someone", "else") == 401)
    }
}
