import Foundation
import HTTPTypes
import SMSSandbox
import SMSSpecReceiver
import SMSSpecRuntime
import Testing

/// The sandbox signs a callback over chosen fields in their order (smsc.ru's `id:phone:status`, here Vonage's fields)
/// and sends a shared secret in a field (Telerivet's `secret`); a receiver built from the same spec takes each with
/// the secret, and refuses another secret or a signed field altered. An unsigned field altered is taken: only the
/// listed fields are signed (docs/spec-format.md says so).
@Suite(.timeLimit(.minutes(1)))
struct ChosenFieldsAndSharedSecretLoopbackTests {
    /// SignedCallbackLoopbackTests.secret's text, which the sandbox signs with.
    static let secretText = "sandbox-signing-secret"

    struct Receipt: Decodable { let messageId: String; let status: String; let sig: String? }

    static let vonageSignature = """
              algorithm: md5
              signs: [{fields: {pair: '&{name}={value}', replace: {'&': _, '=': _}}}, secret]
              encoding: hex
              timestamp: {field: timestamp, format: unixSeconds}
              tolerance: 300

        """

    /// Vonage's spec with its callbacks' signature replaced by `signature` (the lines after `field: sig`), its `sig`
    /// fields made `secret` if `secretField`, written where the sandbox loads it.
    static func spec(signature: String, secretField: Bool = false) throws -> String {
        var text = try String(contentsOfFile: SpecRoleTests.thirdPartySpec("vonage"), encoding: .utf8)
        #expect(text.contains(vonageSignature))
        text = text.replacingOccurrences(of: vonageSignature, with: signature)
        if secretField { text = text.replacingOccurrences(of: "sig: {type: string, required: false", with: "sig: {type: string, required: false, secret: true") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("vonage.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The receipt the sandbox sends for a message, the receiver of `spec`'s DeliveryReceipt, and `check` run on them.
    static func receipt(spec: String, log: LogLines = LogLines(), _ check: (ReceivedCallback, CallbackReceiver<Receipt>) throws -> Void) async throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [spec]).first)
        let signature = try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReceipt" }?.signature)
        try await Loopback.run(providers: [], specs: [spec], signingSecret: SignedCallbackLoopbackTests.secret, log: { line in Task { await log.add(line) } }) { loopback in
            let send = "api_key=k&api_secret=s&from=Acme&to=447700900000&text=Hi"
            #expect(try await SignedCallbackLoopbackTests.post(
                loopback.baseURL("vonage") + "/sms/json", contentType: "application/x-www-form-urlencoded", body: Data(send.utf8)) == 200)
            let callback = try #require(await loopback.inbox.next())
            try check(callback, CallbackReceiver<Receipt>(provider: "vonage", name: "DeliveryReceipt", methods: ["GET", "POST"], encoding: .form, signature: signature))
        }
    }

    /// The callback's request with `field`'s value prefixed with 9.
    static func altered(_ callback: ReceivedCallback, _ field: String) -> HTTPRequest {
        var altered = callback.head
        altered.path = altered.path?.replacingOccurrences(of: "\(field)=", with: "\(field)=9")
        return altered
    }

    @Test func theListedFieldsAreSignedInTheirOrder() async throws {
        let spec = try Self.spec(signature: """
                  algorithm: md5
                  signs: [{fields: {names: [messageId, msisdn, to, timestamp], pair: '{value}', separator: ':'}}, {text: ':'}, secret]
                  encoding: hex
                  timestamp: {field: timestamp, format: unixSeconds}
                  tolerance: 300

            """)
        try await Self.receipt(spec: spec) { callback, receiver in
            let receiver = receiver.verifying(with: SignedCallbackLoopbackTests.secret)
            let receipt = try receiver.decode(callback.head, body: callback.body)
            #expect(receipt.sig?.count == 32, "\(callback.head)")
            #expect(SignedCallbackLoopbackTests.reason { _ = try receiver.decode(Self.altered(callback, "msisdn"), body: callback.body) }
                == "the sig field is not the signature of this request")
            // status is not listed: altered, it is still taken, as the docs warn.
            #expect(try receiver.decode(Self.altered(callback, "status"), body: callback.body).status.hasPrefix("9"))
        }
    }

    @Test func aSharedSecretTravelsInItsFieldAndNeverPrints() async throws {
        let spec = try Self.spec(signature: "      algorithm: secret\n", secretField: true)
        let log = LogLines()
        try await Self.receipt(spec: spec, log: log) { callback, receiver in
            let receiver = receiver.verifying(with: SignedCallbackLoopbackTests.secret)
            let sig = try receiver.decode(callback.head, body: callback.body).sig
            #expect(sig == Self.secretText)
            #expect(SignedCallbackLoopbackTests.reason { _ = try receiver.verifying(with: "another").decode(callback.head, body: callback.body) }
                == "the sig field is not the shared secret")
            var twice = callback.head
            twice.path = (twice.path ?? "") + "&sig=x"
            #expect(SignedCallbackLoopbackTests.reason { _ = try receiver.decode(twice, body: callback.body) }
                == #"the payload sends the field "sig" twice, which the signature reads once"#)
        }
        let lines = await log.lines
        #expect(!lines.isEmpty && !lines.contains { $0.contains(Self.secretText) }, "\(lines)")
    }

    /// A shared secret in a header (a user's SMSFactor `X-SMSFactor-Signature`, `algorithm: secret`): the callbacks
    /// arrived without the header, which the receiver given the same secret refuses.
    @Test func aSharedSecretTravelsInItsHeader() async throws {
        let path = try Self.spec(signature: "      algorithm: secret\n")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "      field: sig\n", with: "      header: X-Shared-Secret\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let log = LogLines()
        try await Self.receipt(spec: path, log: log) { callback, receiver in
            #expect(callback.head.headerFields[HTTPField.Name("X-Shared-Secret")!] == Self.secretText, "\(callback.head.headerFields)")
            let receiver = receiver.verifying(with: SignedCallbackLoopbackTests.secret)
            let receipt = try receiver.decode(callback.head, body: callback.body)
            #expect(!receipt.status.isEmpty)
            #expect(SignedCallbackLoopbackTests.reason { _ = try receiver.verifying(with: "another").decode(callback.head, body: callback.body) } != nil)
        }
        let lines = await log.lines
        #expect(!lines.isEmpty && !lines.contains { $0.contains(Self.secretText) } && !lines.contains { $0.contains("unsigned") }, "\(lines)")
    }
}
