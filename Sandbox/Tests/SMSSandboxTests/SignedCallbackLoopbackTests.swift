import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSandbox
import SMSSpecReceiver
import SMSSpecRuntime
import Testing
import ThirdPartyProviders

/// The sandbox signs the callbacks of a spec that declares a signature as the provider does, and the receivers
/// generated from the same spec accept them with the secret and refuse them without it: sender to receiver end to
/// end, no live gateway.
@Suite(.timeLimit(.minutes(1)))
struct SignedCallbackLoopbackTests {
    static let secret: Secret = "sandbox-signing-secret"

    static func post(_ url: String, contentType: String, body: Data, authorization: String? = nil) async throws -> Int {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        request.httpBody = body
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// Why `decode` refused the signature; nil when it did not.
    static func reason(_ decode: () throws -> Void) -> String? {
        do { try decode() } catch { if case .unverifiedSignature(_, let reason)? = error as? CallbackError { return reason.description } }
        return nil
    }

    /// Termii: the hex HMAC-SHA512 of the JSON body in X-Termii-Signature.
    @Test func termiiSignsTheBody() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("termii")], signingSecret: Self.secret) { loopback in
            let send = #"{"api_key":"k","to":"2348012345678","from":"Termii","sms":"Hi","type":"plain","channel":"generic"}"#
            #expect(try await Self.post(loopback.baseURL("termii") + "/api/sms/send", contentType: "application/json", body: Data(send.utf8)) == 200)
            let callback = try #require(await loopback.inbox.next())
            let signature = try #require(callback.head.headerFields[.init("X-Termii-Signature")!])
            #expect(signature.count == 128)
            let receiver = Termii.Receivers.deliveryReport
            #expect(throws: Never.self) { try receiver.verifying(with: Self.secret).decode(callback.head, body: callback.body) }
            #expect(Self.reason { _ = try receiver.verifying(with: "another").decode(callback.head, body: callback.body) }
                == "the X-Termii-Signature header is not the signature of this request")
            #expect(Self.reason { _ = try receiver.decode(callback.head, body: callback.body) }?.contains("no signing secret") == true)
        }
    }

    /// Twilio: the base64 HMAC-SHA1 of the URL the sandbox called and the sorted form fields; checked against the
    /// public URL a receiver is given, so a receiver told another one (a proxy's) refuses it.
    @Test func twilioSignsTheURLAndTheSortedFields() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("twilio")], signingSecret: Self.secret) { loopback in
            let account = "AC" + String(repeating: "0", count: 32)
            let basic = "Basic " + Data("\(account):token".utf8).base64EncodedString()
            let form = "To=%2B15550001111&From=%2B15550002222&Body=Hi&StatusCallback=" + (loopback.callbackURL + "?tag=a%20b")
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let status = try await Self.post(
                loopback.baseURL("twilio") + "/2010-04-01/Accounts/\(account)/Messages.json", contentType: "application/x-www-form-urlencoded",
                body: Data(form.utf8), authorization: basic)
            #expect(status == 201)
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.head.path == "/callbacks?tag=a%20b")
            let base = String(loopback.callbackURL.dropLast("/callbacks".count))
            let receiver = Twilio.Receivers.statusCallback
            let report = try receiver.verifying(with: Self.secret, publicBaseURL: base).decode(callback.head, body: callback.body)
            #expect(report.to == "+15550001111")
            #expect(Self.reason { _ = try receiver.verifying(with: Self.secret, publicBaseURL: "https://hooks.example.com").decode(callback.head, body: callback.body) }
                == "the X-Twilio-Signature header is not the signature of this request")
        }
    }

    /// Vonage signs in a payload field: the MD5 of the sorted `&name=value` fields and the secret, in `sig`, beside
    /// a fresh `timestamp`. The sandbox sent such a callback unsigned; the receiver built from the same spec now
    /// takes it with the secret, and refuses it with another, or with a field altered.
    @Test func vonageSignsInThePayloadsSigField() async throws {
        struct Receipt: Decodable { let messageId: String; let status: String; let sig: String? }
        let spec = SpecRoleTests.thirdPartySpec("vonage")
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [spec]).first)
        let signature = try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReceipt" }?.signature)
        try await Loopback.run(providers: [], specs: [spec], signingSecret: Self.secret) { loopback in
            let send = "api_key=k&api_secret=s&from=Acme&to=447700900000&text=Hi"
            #expect(try await Self.post(loopback.baseURL("vonage") + "/sms/json", contentType: "application/x-www-form-urlencoded", body: Data(send.utf8)) == 200)
            let callback = try #require(await loopback.inbox.next())
            let receiver = CallbackReceiver<Receipt>(provider: "vonage", name: "DeliveryReceipt", methods: ["GET", "POST"], encoding: .form, signature: signature)
            let receipt = try receiver.verifying(with: Self.secret).decode(callback.head, body: callback.body)
            #expect(receipt.sig?.count == 32 && !receipt.messageId.isEmpty, "\(callback.head)")
            #expect(Self.reason { _ = try receiver.verifying(with: "another").decode(callback.head, body: callback.body) }?.contains("sig") == true)
            var altered = callback.head
            altered.path = altered.path?.replacingOccurrences(of: "status=", with: "status=x")
            #expect(Self.reason { _ = try receiver.verifying(with: Self.secret).decode(altered, body: callback.body) } != nil)
        }
    }

    /// A callback URL with its own query (`?token=xyz`, and a `sig` of the caller's): the URL's fields arrive beside the
    /// payload's and the receiver signs them too, so the sandbox does (an attack: every such callback was refused, and
    /// `?sig=zz` went unsigned).
    @Test func vonageSignsTheCallbackURLsOwnQueryFieldsToo() async throws {
        struct Receipt: Decodable { let messageId: String; let sig: String?; let token: String? }
        let spec = SpecRoleTests.thirdPartySpec("vonage")
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [spec]).first)
        let signature = try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReceipt" }?.signature)
        for path in ["/callbacks?token=xyz", "/callbacks?sig=zz&token=a%2Bb"] {
            try await Loopback.run(providers: [], specs: [spec], signingSecret: Self.secret, callbackPath: path) { loopback in
                let send = "api_key=k&api_secret=s&from=Acme&to=447700900000&text=Hi"
                #expect(try await Self.post(loopback.baseURL("vonage") + "/sms/json", contentType: "application/x-www-form-urlencoded", body: Data(send.utf8)) == 200)
                let callback = try #require(await loopback.inbox.next())
                let receiver = CallbackReceiver<Receipt>(provider: "vonage", name: "DeliveryReceipt", methods: ["GET", "POST"], encoding: .form, signature: signature)
                let receipt = try receiver.verifying(with: Self.secret).decode(callback.head, body: callback.body)
                #expect(receipt.sig?.count == 32 && receipt.sig != "zz" && receipt.token?.isEmpty == false, "\(callback.head)")
            }
        }
    }

    /// A callback URL holding what a URL may not (`é`, a space) and an escape of its own (`%2B`), and a fragment: sent
    /// with those escaped once, its own escape kept, no fragment — and signed as sent (an attack: `%2B` went as `%252B`,
    /// the URL signed as given, fragment and all, and every such callback was refused).
    @Test func aCallbackURLIsSignedAsItIsSent() async throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UnionAnswerLoopbackTests.seven]).first)
        let signature = try #require(provider.model.callbacks.first { $0.spec.name.value == "Webhook" }?.signature)
        try await Loopback.run(providers: [], specs: [UnionAnswerLoopbackTests.seven], signingSecret: Self.secret, callbackPath: "/callbacks?tag=café au lait&sig=a%2Bb#frag") { loopback in
            var request = URLRequest(url: URL(string: loopback.baseURL("seven") + "/api/sms")!, timeoutInterval: 10)
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.setValue("key", forHTTPHeaderField: "X-Api-Key")
            request.httpBody = Data("to=4917999999999&text=Hi".utf8)
            _ = try await URLSession.shared.data(for: request)
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.head.path == "/callbacks?tag=caf%C3%A9%20au%20lait&sig=a%2Bb", "\(callback.head)")
            let time = try #require(callback.head.headerFields[.init("X-Timestamp")!].flatMap(Double.init))
            let base = try #require(loopback.callbackURL.components(separatedBy: "/callbacks").first)
            var receiver = CallbackReceiver<Webhook>(provider: "seven", name: "Webhook", method: "POST", encoding: .json, signature: signature)
                .verifying(with: Self.secret, publicBaseURL: base)
            receiver.clock = { Date(timeIntervalSince1970: time + 1) }
            #expect(try receiver.decode(callback.head, body: callback.body).webhook_event == "dlr")
        }
    }

    /// Without a secret the sandbox sends a signed callback unsigned and says so; the receiver refuses it.
    @Test func withoutASecretTheCallbackGoesUnsignedAndIsRefused() async throws {
        let lines = LogLines()
        try await Loopback.run(providers: [], specs: [UserSpecLoopbackTests.spec("termii")], log: { line in Task { await lines.add(line) } }) { loopback in
            let send = #"{"api_key":"k","to":"2348012345678","from":"Termii","sms":"Hi","type":"plain","channel":"generic"}"#
            #expect(try await Self.post(loopback.baseURL("termii") + "/api/sms/send", contentType: "application/json", body: Data(send.utf8)) == 200)
            let callback = try #require(await loopback.inbox.next())
            #expect(Self.reason { _ = try Termii.Receivers.deliveryReport.verifying(with: Self.secret).decode(callback.head, body: callback.body) }
                == "the request has no X-Termii-Signature header")
            let line = try await lines.first(within: 10) { $0.hasPrefix("callback DeliveryReport") }
            #expect(line.contains("(unsigned: the spec signs it in X-Termii-Signature; pass --signing-secret)"), "\(line)")
        }
    }

    /// What a seven.io webhook's receiver reads here: its kind.
    struct Webhook: Decodable, Sendable {
        let webhook_event: String
    }

    /// seven.io: the hex HMAC-SHA256 over X-Timestamp, X-Nonce, the method, the URL and the MD5 of the body, each on
    /// its line: the sandbox writes a fresh time and nonce and signs them, and the receiver built from the same spec
    /// (the main package's Tests/ThirdPartySpecs/seven.yaml) takes it now and refuses it 31 seconds later.
    @Test func sevenSignsItsTimestampNonceMethodURLAndBodyDigest() async throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [UnionAnswerLoopbackTests.seven]).first)
        let signature = try #require(provider.model.callbacks.first { $0.spec.name.value == "Webhook" }?.signature)
        try await Loopback.run(providers: [], specs: [UnionAnswerLoopbackTests.seven], signingSecret: Self.secret) { loopback in
            var request = URLRequest(url: URL(string: loopback.baseURL("seven") + "/api/sms")!, timeoutInterval: 10)
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.setValue("key", forHTTPHeaderField: "X-Api-Key")
            request.httpBody = Data("to=4917999999999&text=Hi".utf8)
            _ = try await URLSession.shared.data(for: request)
            let callback = try #require(await loopback.inbox.next())
            let time = try #require(callback.head.headerFields[.init("X-Timestamp")!].flatMap(Double.init))
            #expect(callback.head.headerFields[.init("X-Nonce")!]?.count == 32)
            let base = String(loopback.callbackURL.dropLast("/callbacks".count))
            var receiver = CallbackReceiver<Webhook>(provider: "seven", name: "Webhook", method: "POST", encoding: .json, signature: signature)
                .verifying(with: Self.secret, publicBaseURL: base)
            receiver.clock = { Date(timeIntervalSince1970: time + 1) }
            #expect(try receiver.decode(callback.head, body: callback.body).webhook_event == "dlr")
            receiver.clock = { Date(timeIntervalSince1970: time + 31) }
            #expect(Self.reason { _ = try receiver.decode(callback.head, body: callback.body) }
                == "the X-Timestamp header is 31 seconds behind the receiver's clock; the limit is 30 (a replayed or delayed request, or a clock that is off)")
        }
    }
}
