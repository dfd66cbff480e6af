import Foundation
import SMSProviders
@_spi(Generated) import SMSSpecRuntime
import Testing
import ThirdPartyProviders

@testable import SMSSandbox

/// A spec given at run time is checked by interpreting its rules; the bundled ones by the generated validators.
/// Both must find the same violations, with the same predicted codes, for the same requests.
@Suite struct RuleInterpreterTests {
    static let generated = try! SandboxSpecs.load(bundled: SandboxSpecs.bundledIDs, specPaths: [])
    static let interpreted = try! SandboxSpecs.load(bundled: [], specPaths: [SandboxSpecs.bundledDirectory])

    /// A packet whose `sendingdatetime` is no date breaks a rule no code is predicted for. RajaSMS's packet codes are
    /// each tied to another field's rule (60 to `number`, 70 "Invalid Message" to `message`), so it takes neither —
    /// it was answered 70 in its packet's result, a code saying the text was wrong — but the generic refusal of the
    /// whole request, 20 "Json Post Error", and nothing is sent.
    @Test(arguments: [generated, interpreted])
    func aPacketsUncodedBrokenRuleTakesNoCodeOfAnotherField(providers: [SandboxProvider]) throws {
        let emulator = SandboxEmulator(providers: providers, configuration: .init())
        let body = #"{"apikey": "K", "datapacket": [{"number": "6281234567890", "message": "Hi", "sendingdatetime": "bad"}, {"number": "6281234567891", "message": "Hi"}]}"#
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/rajasms/sms/api_sms_reguler_send_json.php", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        let response = try JSONDecoder().decode(RajaSMS.SendResponse.self, from: answer.body)
        let result = try #require(response.results.first)
        #expect(result.globalStatus.entry?.code == "20", "\(answer.summary)")
        #expect(result.dataPacket == nil && answer.deliveries.isEmpty, "\(String(decoding: answer.body, as: UTF8.self))")
    }

    /// More packets breaking a rule than the validators name for people (ten): each is still answered in its own
    /// result, and the valid one sent (it was the generic answer, the example's packet, for all of them).
    @Test(arguments: [generated, interpreted])
    func elevenBrokenPacketsAreEachAnsweredInTheirOwnResult(providers: [SandboxProvider]) throws {
        let emulator = SandboxEmulator(providers: providers, configuration: .init())
        let broken = (0...10).map { #"{"number": "0800000\#($0)", "message": "Hi"}"# }
        let body = #"{"apikey": "K", "datapacket": ["# + (broken + [#"{"number": "6281234567891", "message": "Hi"}"#]).joined(separator: ", ") + "]}"
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/rajasms/sms/api_sms_reguler_send_json.php", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
        let response = try JSONDecoder().decode(RajaSMS.SendResponse.self, from: answer.body)
        let packets = try #require(response.results.first?.dataPacket).map(\.packet)
        #expect(packets.map(\.number) == (0...10).map { "0800000\($0)" } + ["6281234567891"], "\(String(decoding: answer.body, as: UTF8.self))")
        #expect(packets.map(\.sendingStatus.entry?.code) == Array(repeating: "60", count: 11) + ["10"])
    }

    /// The violations each way for one generated request.
    func violations(_ provider: String, _ parts: HTTPRequestParts) throws -> (generated: [ValidationViolation], interpreted: [ValidationViolation]) {
        let url = try #require(URLComponents(string: parts.url))
        let request = WireRequest(method: parts.method, path: url.path, query: url.percentEncodedQuery ?? "", headers: parts.headers, body: parts.body ?? Data())
        func check(_ providers: [SandboxProvider]) throws -> [ValidationViolation] {
            let sandbox = try #require(providers.first { $0.id == provider })
            let matched = try #require(sandbox.match(request))
            let fields = try sandbox.requestFields(request, matched)
            switch sandbox.check(fields, for: matched.operation) {
            case .valid: return []
            case .violations(let found): return found
            case .undecodable(let reason): Issue.record("undecodable: \(reason)"); return []
            }
        }
        return (try check(Self.generated), try check(Self.interpreted))
    }

    @Test func interpretedSpecsAreNotCheckedByGeneratedCode() {
        #expect(Self.generated.allSatisfy { $0.catalog != nil })
        #expect(Self.interpreted.count == 5)
        #expect(Self.interpreted.allSatisfy { $0.catalog == nil })
    }

    @Test func sameViolationsAndCodesBothWays() throws {
        let cases: [(String, HTTPRequestParts)] = [
            ("bind", try Bind.SendTemplateRequest(id: "t", to: "+385 91", callbackURL: "not a url")
                .httpRequest(baseURL: "http://h", authentication: Bind.provider.authentication, credentials: .apiKey("k"))),
            ("bind", try Bind.TemplateRequest(name: "", sender: "ab", content: "")
                .httpRequest(baseURL: "http://h", authentication: Bind.provider.authentication, credentials: .apiKey("k"))),
            ("fortytwo", try Fortytwo.RequestCodeRequest(
                clientRef: "", phoneNumber: "12", codeLength: 30, callbackURL: "ftp://x", senderID: "far-too-long-sender",
                messageTemplate: String(repeating: "é", count: 80) + "{#TFA_CODE}")
                .httpRequest(baseURL: "http://h", authentication: Fortytwo.provider.authentication, credentials: .apiKey("k"))),
            ("ginota", try Ginota.SendRequest(apiKey: "k", apiSecret: "%41bc", srcAddr: "", dstAddr: "+65", content: String(repeating: "x", count: 1501), txnRef: "bad ref!", ttl: -1)
                .httpRequest(baseURL: "http://h", authentication: Ginota.provider.authentication)),
            ("oca", try OCA.SendRequest(phone: "abc", message: "")
                .httpRequest(baseURL: "http://h", authentication: OCA.provider.authentication, credentials: .basic(username: "u", password: "p"))),
            ("rajasms", try RajaSMS.SendRequest(apiKey: "k", dataPacket: [
                RajaSMS.Packet(number: "0812345678901234", message: ""),
                RajaSMS.Packet(number: "081234567890", message: "ok", sendingDateTime: Timestamp(text: "tomorrow", formats: ["yyyy-MM-dd HH:mm:ss"])),
            ]).httpRequest(for: RajaSMS.Operations.sendRegular, baseURL: "http://h", authentication: RajaSMS.provider.authentication)),
            // More messages breaking rules than a validator names: the rest counted in one violation of the list, alike.
            ("rajasms", try RajaSMS.SendRequest(
                apiKey: "k", dataPacket: (0..<25).map { RajaSMS.Packet(number: $0 % 2 == 0 ? "08" : "081234567890", message: "") })
                .httpRequest(for: RajaSMS.Operations.sendRegular, baseURL: "http://h", authentication: RajaSMS.provider.authentication)),
        ]
        for (provider, parts) in cases {
            let found = try violations(provider, parts)
            #expect(!found.generated.isEmpty, "\(provider): the case breaks no rule")
            #expect(found.interpreted == found.generated, "\(provider)")
        }
    }

    /// Lists joined into one text (`separator:`), whose value rules hold for each element, and fields given together
    /// (`exactlyOne`, `atLeastOne`): the interpreter splits the text, names each element (a few, counting the rest)
    /// and counts the fields as the generated validator does (`dst[1]`, Twilio's `From` or `MessagingServiceSid`).
    @Test func joinedListsAreCheckedAsTheGeneratedValidatorsCheckThem() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ThirdPartyProviders")
        let providers = try SandboxSpecs.load(bundled: [], specPaths: ["plivo", "semaphore", "africastalking", "twilio"].map { directory.appendingPathComponent("\($0).yaml").path })
        let requests: [(String, any ValidatableMessage, HTTPRequestParts)] = try [
            Plivo.SendMessageRequest(authID: "MA", src: "Acme", dst: ["14155550001", "+1 415", ""], text: "Hi"),
            // More elements breaking a rule than a validator names: the rest counted in one violation, alike.
            Plivo.SendMessageRequest(authID: "MA", src: "Acme", dst: Array(repeating: "+1 415", count: 15), text: "Hi"),
            ThirdPartyProviders.Semaphore.SendRequest(apiKey: "k", number: ["09171234567", "0917"], message: "Hi"),
            AfricasTalking.SendRequest(username: "sandbox", to: [], message: "Hi"),
            Twilio.CreateMessageRequest(
                accountSID: "AC" + String(repeating: "a", count: 32), to: "+15551234567", from: "+15550002222",
                messagingServiceSID: "MG" + String(repeating: "b", count: 32), mediaURLs: ["https://m.example/1", "ftp://m"]),
            Twilio.CreateMessageRequest(accountSID: "AC" + String(repeating: "a", count: 32), to: "+15551234567"),
        ].map { request in
            switch request {
            case let plivo as Plivo.SendMessageRequest:
                ("plivo", plivo, try plivo.httpRequest(baseURL: "http://h", authentication: Plivo.provider.authentication, credentials: .basic(username: "MA", password: "t")))
            case let semaphore as ThirdPartyProviders.Semaphore.SendRequest:
                ("semaphore", semaphore, try semaphore.httpRequest(for: ThirdPartyProviders.Semaphore.Operations.sendMessages, baseURL: "http://h", authentication: ThirdPartyProviders.Semaphore.provider.authentication))
            case let twilio as Twilio.CreateMessageRequest:
                ("twilio", twilio, try twilio.httpRequest(baseURL: "http://h", authentication: Twilio.provider.authentication, credentials: .basic(username: "AC", password: "t")))
            case let africastalking as AfricasTalking.SendRequest:
                ("africastalking", africastalking, try africastalking.httpRequest(baseURL: "http://h", authentication: AfricasTalking.provider.authentication, credentials: .apiKey("k")))
            default: throw CancellationError()
            }
        }
        for (provider, message, parts) in requests {
            let sandbox = try #require(providers.first { $0.id == provider })
            let url = try #require(URLComponents(string: parts.url))
            let request = WireRequest(method: parts.method, path: url.path, query: url.percentEncodedQuery ?? "", headers: parts.headers, body: parts.body ?? Data())
            let matched = try #require(sandbox.match(request), "\(provider)")
            // As many elements named as the sandbox names (`namedItems`).
            let generated = Validation.$namedElements.withValue(SandboxProvider.namedItems) { message.validate() }
            #expect(!generated.isEmpty, "\(provider): the case breaks no rule")
            guard case .violations(let interpreted) = sandbox.check(try sandbox.requestFields(request, matched), for: matched.operation) else {
                Issue.record("\(provider): the interpreter found nothing")
                continue
            }
            #expect(interpreted == generated, "\(provider)")
        }
    }

    @Test func brokenSpecIsReportedLocatedAndAllAtOnce() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.yaml")
        try """
            smsspec: 1
            provider:
              id: broken
              name: Broken
              baseURLs: []
              encoding: json
            operations:
              send:
                method: POST
                path: /send
                request: Missing
                responses:
                  200: {shape: AlsoMissing}
            """.write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try SandboxSpecs.load(bundled: [], specPaths: [file.path])
        } throws: { error in
            guard case SandboxError.invalidSpecs(let lines) = error else { return false }
            return lines.count >= 2 && lines.allSatisfy { $0.hasPrefix(file.path + ":") && $0.contains(": error: ") }
        }
    }

    @Test func unknownBundledProviderIsNamed() {
        #expect(throws: SandboxError.self) { try SandboxSpecs.load(bundled: ["nope"], specPaths: []) }
    }
}

/// A request's query is what follows the target's first `?`, read as a query only: `/x?to=1` is one field named
/// `/x?to` (read as a path and query again, it gave the request a `to` it does not carry).
@Suite struct QueryFieldTests {
    @Test func aQueryIsNotReadAsAURLAgain() {
        let fields = WireRequest(method: "GET", path: "/send", query: "/x?to=1&b=2").queryFields
        #expect(fields.map(\.name) == ["/x?to", "b"] && fields.map(\.value) == ["1", "2"])
        #expect(WireRequest(method: "GET", path: "/send", query: "to=1").queryFields.map(\.name) == ["to"])
    }
}
