import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A callback's `signature:`: each wrong value is a located error with the values it may take, and a signed
/// callback's receiver and type say how it is signed, in Swift that compiles.
@Suite struct CallbackSignatureSpecTests {
    static let shapes = """
        shapes:
          Receipt: {fields: {id: string}}
        callbacks:

        """

    static func callback(_ signature: String, encoding: String = "json", method: String = "POST") -> String {
        shapes + "  Receipt:\n    method: \(method)\n    encoding: \(encoding)\n    shape: Receipt\n    signature: \(signature)\n"
    }

    @Test func aSignedCallbacksReceiverCarriesTheScheme() throws {
        let yaml = Self.callback(#"{header: X-Termii-Signature, algorithm: hmac-sha512, signs: body, encoding: hex, prefix: 'v1"\(x)'}"#)
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: #"""
            public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                provider: "acme", name: "Receipt", method: "POST", encoding: .json,
                signature: SMSSpecRuntime.CallbackSignature(header: "X-Termii-Signature", algorithm: .hmacSHA512, signs: .body, encoding: .hex, prefix: "v1\"\\(x)"))
            """#)
        #expect(receivers.contains(#"/// Signed: HMAC-SHA512 of the raw body, hex after `v1"\(x)`, in the header X-Termii-Signature."#))
        let files = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: ClientRendererTests.header + yaml)], options: ClientRendererTests.options)
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0 && !result.output.contains("warning"), "\(result.output)")
    }

    /// The signature cites where the provider documents it; a source the spec does not define is a located error.
    @Test func theSignatureCitesItsSource() throws {
        let yaml = Self.callback("{header: X-Sig, algorithm: hmac-sha256, signs: body, encoding: base64, source: {source: doc, section: Webhook security}}")
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        #expect(receivers.contains("/// Signature source: Acme API, section \"Webhook security\" (https://acme.example/docs)."), "\(receivers)")
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha256, signs: body, encoding: base64, source: dcs}")) == [
            "15:95: unknown source 'dcs' (did you mean 'doc'?); define it under 'sources'"
        ])
    }

    @Test func everyWrongValueIsALocatedErrorWithTheNearestRightOne() {
        #expect(Snippet.diagnostics(Self.callback("{header: 'X Sig', algorithm: hmac-sha265, signs: bodyy, encoding: base46, prefix: 'sha256= '}")) == [
            "15:25: 'header' of 'signature' of callback 'Receipt' must be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~); found \"X Sig\"",
            "15:45: 'algorithm' of 'signature' of callback 'Receipt' must be one of hmac-sha1, hmac-sha256, hmac-sha512; found 'hmac-sha265' (did you mean 'hmac-sha256'?)",
            "15:65: 'signs' of 'signature' of callback 'Receipt' must be one of body, url+sorted-form-params; found 'bodyy' (did you mean 'body'?)",
            "15:82: 'encoding' of 'signature' of callback 'Receipt' must be one of hex, base64; found 'base46' (did you mean 'base64'?)",
            "15:98: 'prefix' of 'signature' of callback 'Receipt' must be at most 32 visible ASCII characters; found \"sha256= \"",
        ])
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha1, signs: body, encoding: hex, nonce: X-Nonce}")) == [
            "15:82: unknown key 'nonce' in 'signature' of callback 'Receipt'"
        ])
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig}")).count == 3)
    }

    /// What is signed must exist in the callback: a query callback has no body, a JSON one no form fields.
    @Test func whatIsSignedMustBeInTheCallback() {
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha1, signs: body, encoding: hex}", encoding: "query", method: "GET")) == [
            "15:61: 'signature' of callback 'Receipt' signs the body, but the callback's payload is its query (encoding: query), and a query callback has no body; sign 'url+sorted-form-params' (the URL with its query)"
        ])
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha1, signs: url+sorted-form-params, encoding: hex}")) == [
            "15:61: 'signature' of callback 'Receipt' signs the URL and the form's fields, but the callback's payload is JSON, which has no form fields (a JSON body signed so carries its hash in the URL, which SMSSpec does not check); sign 'body' or make the callback a form"
        ])
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha1, signs: url+sorted-form-params, encoding: base64}", encoding: "form")) == [])
    }
}
