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

    /// Telegram Gateway keys its HMAC with the SHA-256 of the API token: `keyDigest`, which the receiver carries and
    /// its documentation says; with a plain digest or a shared secret, which key nothing, it is a located error.
    @Test func anHMACKeyedWithADigestOfTheSecret() throws {
        let yaml = Self.callback(
            #"{header: X-Request-Signature, algorithm: hmac-sha256, keyDigest: sha256, signs: [{header: X-Request-Timestamp}, {text: "\n"}, body], encoding: hex}"#)
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        #expect(receivers.contains(#"encoding: .hex, prefix: "", keyDigest: .sha256))"#), "\(receivers)")
        #expect(receivers.contains("/// Signed: HMAC-SHA256 keyed with the SHA256 of the secret of these, one after the other"), "\(receivers)")
        let files = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: ClientRendererTests.header + yaml)], options: ClientRendererTests.options)
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0 && !result.output.contains("warning"), "\(result.output)")
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: md5, keyDigest: sha256, signs: [body, secret], encoding: hex}")) == [
            "15:59: 'keyDigest' of 'signature' of callback 'Receipt' says which digest of the secret keys an HMAC, and 'algorithm' is md5, a plain "
                + "digest keyed by no key; leave 'keyDigest' out, or name the HMAC (hmac-sha256) if the provider keys one with it"
        ])
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: secret, keyDigest: sha256}")).first?.contains(
            "'keyDigest' of 'signature' of callback 'Receipt' says how a code is computed, and algorithm: secret sends the secret itself") == true)
        #expect(Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha1, keyDigest: sha265, signs: body, encoding: hex}")) == [
            "15:65: 'keyDigest' of 'signature' of callback 'Receipt' must be one of md5, sha1, sha256, sha512; found 'sha265' (did you mean 'sha256'?)"
        ])
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
            "15:45: 'algorithm' of 'signature' of callback 'Receipt' must be one of hmac-sha1, hmac-sha256, hmac-sha512, hmac-md5, md5, sha1, sha256, sha512, secret; found 'hmac-sha265' (did you mean 'hmac-sha256'?)",
            "15:65: 'signs' of 'signature' of callback 'Receipt' must be one of body, url+sorted-form-params; found 'bodyy' (did you mean 'body'?)",
            "15:82: 'encoding' of 'signature' of callback 'Receipt' must be one of hex, base64; found 'base46' (did you mean 'base64'?)",
            // A space was said to break "at most 32 visible ASCII characters", though the prefix was 8 long.
            "15:98: 'prefix' of 'signature' of callback 'Receipt' must be at most 32 visible ASCII characters, no space among them (the "
                + "signature follows it directly); found \"sha256= \", which holds a space: an authorization scheme before the signature "
                + "(`Application …`) is no prefix",
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

    /// seven.io's composition: its parts, in order, and its replay window, in Swift that compiles without warnings.
    static let seven = #"{header: X-Signature, algorithm: hmac-sha256, encoding: hex, signs: [{header: X-Timestamp}, {text: "\n"}, {header: X-Nonce}, {text: "\n"}, method, {text: "\n"}, url, {text: "\n"}, {digest: md5}], timestamp: {header: X-Timestamp, format: unixSeconds}, tolerance: 30}"#

    @Test func aComposedSignatureAndItsReplayWindowAreInTheReceiver() throws {
        let yaml = Self.callback(Self.seven)
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: #"""
                signature: SMSSpecRuntime.CallbackSignature(header: "X-Signature", algorithm: .hmacSHA256, signs: SMSSpecRuntime.CallbackSignature.Content([.header("X-Timestamp"), .text("\n"), .header("X-Nonce"), .text("\n"), .method, .text("\n"), .url, .text("\n"), .bodyDigest(.md5)]), encoding: .hex, prefix: "", replayWindow: SMSSpecRuntime.CallbackSignature.ReplayWindow(header: "X-Timestamp", format: .unixSeconds, tolerance: 30)))
            """#)
        #expect(receivers.contains(#"/// Signed: HMAC-SHA256 of these, one after the other: the X-Timestamp header, `\n`, the X-Nonce header, `\n`, the method, `\n`, the URL called, `\n`, the MD5 of the body in hex, hex, in the header X-Signature; refused when X-Timestamp (unixSeconds) is more than 30 seconds from the receiver's clock."#), "\(receivers)")
        let files = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: ClientRendererTests.header + yaml)], options: ClientRendererTests.options)
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0 && !result.output.contains("warning"), "\(result.output)")
    }

    /// Each part of a composition is checked where it is written, with the nearest right value.
    @Test func eachWrongPartIsALocatedError() {
        func problems(_ signs: String, extra: String = "", encoding: String = "json", method: String = "POST") -> [String] {
            Snippet.diagnostics(Self.callback("{header: X-Sig, algorithm: hmac-sha256, encoding: hex, signs: \(signs)\(extra)}", encoding: encoding, method: method))
        }
        let part = "a part of 'signs' of 'signature' of callback 'Receipt'"
        let allowed = "must be one of body, url, method, url+sorted-form-params, secret, {header: Name}, {text: '.'}, {digest: md5}, {fields: {pair: '{name}={value}'}}"
        #expect(problems("[bodyy, {header: 'X Nonce'}, '.', {digest: md4}, {header: x-sig}, {text: ''}, {header: A, text: b}, 3]") == [
            "15:79: \(part) \(allowed); found \"bodyy\" (did you mean 'body'?)",
            "15:95: 'header' of \(part) must be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~); found \"X Nonce\"",
            "15:107: \(part) \(allowed); found \".\" (text between parts is written {text: \".\"})",
            "15:121: 'digest' of \(part) must be one of md5, sha1, sha256, sha512; found 'md4' (did you mean 'md5'?)",
            "15:136: \(part) signs x-sig, the header that carries the signature itself; sign the headers the provider names (a nonce, a timestamp)",
            "15:151: 'text' of \(part) must be 1 to 32 bytes; found \"\"",
            "15:156: \(part) is one part: one key of header, text, digest, fields; found 2",
            "15:178: \(part) \(allowed); found \"3\"",
        ])
        #expect(problems("[]") == ["15:78: 'signs' of 'signature' of callback 'Receipt' lists 0 parts; list 1 to 16 (what the provider signs, in order)"])
        // A code over headers, the URL or the method alone holds for any payload: a captured code signed a forged
        // "DELIVERED" (the attack review's receiver took `{"id":"999"}` under the headers of `{"id":"1"}`).
        let none = "15:78: 'signature' of callback 'Receipt' signs none of the payload: a request with another payload under the same headers keeps its code, so a forged or altered callback would be taken; "
        #expect(problems("[{header: X-Nonce}, url]") == [none + "add 'body' or a digest of it ({digest: sha256}) as the provider signs it"])
        #expect(problems("[method, {text: x}]", encoding: "form") == [
            none + "add 'body', a digest of it ({digest: sha256}) or 'url+sorted-form-params' as the provider signs it"
        ])
        #expect(problems("[url]", encoding: "form") == [none + "add 'body', a digest of it ({digest: sha256}) or 'url+sorted-form-params' as the provider signs it"])
        #expect(problems("[method, url]", encoding: "query", method: "GET") == [])
        #expect(problems("[{header: X-Nonce}, {digest: sha256}]") == [])
        // A digest of the body is the body's: a query callback has none.
        #expect(problems("[url, {digest: md5}]", encoding: "query", method: "GET") == [
            "15:84: 'signature' of callback 'Receipt' signs the body, but the callback's payload is its query (encoding: query), and a query callback has no body; sign 'url+sorted-form-params' (the URL with its query)"
        ])
        #expect(problems("[{header: X-T}, body]", extra: ", tolerance: 30") == [
            "15:112: 'tolerance' of 'signature' of callback 'Receipt' has no 'timestamp' to measure: add timestamp: {header: <the header the provider writes the time in>, format: unixSeconds}, signed in 'signs', or leave 'tolerance' out"
        ])
        #expect(problems("[{header: X-T}, body]", extra: ", timestamp: {header: X-T, format: unixSeconds}") == [
            "15:101: 'timestamp' of 'signature' of callback 'Receipt' needs 'tolerance': how many seconds from the receiver's clock the time may be (seven.io's 30, Stripe's 300)"
        ])
        #expect(problems("[{header: X-N}, body]", extra: ", timestamp: {header: X-T, format: unixSecond}, tolerance: 0") == [
            "15:121: the timestamp header X-T of 'signature' of callback 'Receipt' is not signed, so a replay could carry a fresh time: add {header: X-T} to 'signs' where the provider signs it",
            "15:134: 'format' of 'timestamp' of 'signature' of callback 'Receipt' must be one of iso8601, unixSeconds, unixMilliseconds; found 'unixSecond' (did you mean 'unixSeconds'?)",
            "15:158: 'tolerance' of 'signature' of callback 'Receipt' must be 1 to 86400 seconds (a day); found 0",
        ])
        #expect(problems("[{header: x-t}, body]", extra: ", timestamp: {header: X-T, format: unixSeconds}, tolerance: 30") == [])
        // One part written without its list, and a timestamp written as its header alone: the slip alone is said (the
        // first said "must be a string, found a mapping", the second added that 'tolerance' had no 'timestamp').
        #expect(problems("{header: X-T}") == [
            "15:78: 'signs' of 'signature' of callback 'Receipt' is a part's name (body) or a list of parts; a part written as a mapping goes in a list: signs: [{header: X-T}]"
        ])
        // A mapping whose key is no part's is not offered as a list.
        #expect(problems("{body: true}") == [
            "15:78: 'signs' of 'signature' of callback 'Receipt' is a part's name (body) or a list of parts; a part written as a mapping goes in a list: signs: [{header: X-Nonce}, body]"
        ])
        #expect(problems("[{header: X-T}, body]", extra: ", timestamp: X-T, tolerance: 30") == [
            "15:112: 'timestamp' of 'signature' of callback 'Receipt' must be a mapping, found the value 'X-T'"
        ])
    }
}
