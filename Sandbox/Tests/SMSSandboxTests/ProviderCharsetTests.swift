import Foundation
@testable import SMSSandbox
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A provider whose spec names its charset (smsmode's ISO-8859-15): the sandbox reads its queries and unlabelled forms
/// in it, as the gateway does, logs them in it, and writes its form and query callbacks in it.
@Suite struct ProviderCharsetTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/smsmode-latin9.yaml").path

    @Test func aLatin9QueryAndFormAreReadAndLoggedInLatin9() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.spec]), configuration: .init())
        // `Caf%E9 %A4`: "Café €" in Latin-9, no UTF-8 at all (it was "the query is not a form").
        let query = "accessToken=t0k3n-secret&numero=33600000000&message=Caf%E9%20%A4"
        let sent = emulator.answer(WireRequest(method: "GET", path: "/sendSMS.do", query: query))
        #expect(sent.status == 200, "\(sent.summary)")
        #expect(!sent.summary.contains("invalid request"), "\(sent.summary)")
        let form = emulator.answer(WireRequest(
            method: "POST", path: "/postSMS.do", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(query.utf8)))
        #expect(form.status == 200 && !form.summary.contains("invalid request"), "\(form.summary)")
        // The log shows the query in the provider's charset, its credential hidden.
        #expect(emulator.redactedTarget(WireRequest(method: "GET", path: "/sendSMS.do", query: query))
            == "/sendSMS.do?accessToken=<redacted>&numero=33600000000&message=Caf%E9%20%A4")
        // A form labelled UTF-8 is read as its label says: Latin-9 bytes are then no UTF-8.
        let labelled = emulator.answer(WireRequest(
            method: "POST", path: "/postSMS.do", headers: [("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")], body: Data(query.utf8)))
        #expect(labelled.summary.contains("not valid UTF-8"), "\(labelled.summary)")
    }

    /// The report callback goes out as the gateway sends it: its query in Latin-9.
    @Test func aCallbackIsWrittenInTheProvidersCharset() throws {
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [Self.spec]).first)
        let callback = try #require(provider.model.callbacks.first)
        let poster = CallbackRequest(callback: callback, provider: provider, signingSecret: nil, deadline: 1)
        let payload = JSONValue.object(["smsID": .string("abc"), "numero": .string("Café €"), "statut": .number(11)])
        let request = try #require(poster.request(payload, to: "http://127.0.0.1:9/dlr"))
        #expect(request.url?.absoluteString.contains("numero=Caf%E9%20%A4") == true, "\(request.url?.absoluteString ?? "")")
    }
}
