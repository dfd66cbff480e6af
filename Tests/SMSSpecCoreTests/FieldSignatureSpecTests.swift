import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A signature in a payload field over the payload's sorted fields (`field:`, a `{fields: …}` part, a `secret`
/// part, a plain digest, a timestamp field): its receiver carries the scheme in Swift that compiles, and each wrong
/// value is a located error with the nearest right one.
@Suite struct FieldSignatureSpecTests {
    static let shapes = """
        shapes:
          Receipt: {fields: {id: string, timestamp: string, sig: {type: string, required: false}}}
        callbacks:

        """

    static func callback(_ signature: String, encoding: String = "json", method: String = "POST") -> String {
        shapes + "  Receipt:\n    method: \(method)\n    encoding: \(encoding)\n    shape: Receipt\n    signature: \(signature)\n"
    }

    static let vonage = #"{field: sig, algorithm: md5, signs: [{fields: {pair: '&{name}={value}', replace: {'&': _, '=': _}}}, secret], encoding: hex, timestamp: {field: timestamp, format: unixSeconds}, tolerance: 300}"#

    @Test func aFieldSignaturesReceiverCarriesTheSchemeAndCompiles() throws {
        let yaml = Self.callback(Self.vonage, encoding: "query", method: "GET")
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: #"""
                signature: SMSSpecRuntime.CallbackSignature(carrier: .field("sig"), algorithm: .md5, signs: SMSSpecRuntime.CallbackSignature.Content([.fields(SMSSpecRuntime.CallbackSignature.FieldPairs(pair: "&{name}={value}", separator: "", replacements: [SMSSpecRuntime.CallbackSignature.FieldPairs.Replacement("&", with: "_"), SMSSpecRuntime.CallbackSignature.FieldPairs.Replacement("=", with: "_")], omitsEmpty: false)), .secret]), encoding: .hex, prefix: "", replayWindow: SMSSpecRuntime.CallbackSignature.ReplayWindow(place: .field("timestamp"), format: .unixSeconds, tolerance: 300)))
            """#)
        #expect(receivers.contains("/// Signed: MD5 of these, one after the other: the payload's fields but the one carrying the signature, sorted by name, each written `&{name}={value}` (in a value `&` as `_`, `=` as `_`), the secret, hex, in the payload field sig; refused when the timestamp field (unixSeconds) is more than 300 seconds from the receiver's clock."), "\(receivers)")
        let others = [
            // upper(md5(secret + k1v1k2v2… + secret)), empty values left out.
            "{field: sign, algorithm: md5, signs: [secret, {fields: {pair: '{name}{value}', omitEmpty: true}}, secret], encoding: hex}",
            // k1=v1&k2=v2&key=secret, in a header.
            "{header: X-Sign, algorithm: sha256, signs: [{fields: {pair: '{name}={value}', separator: '&', omitEmpty: true}}, {text: '&key='}, secret], encoding: hex}",
            "{field: sig, algorithm: hmac-md5, signs: [{fields: {pair: '{value}:{name}', separator: ';'}}], encoding: base64}",
            // smsc.ru: md5 of id:timestamp, then ':' and the secret, the listed fields only, in order.
            "{field: sig, algorithm: md5, signs: [{fields: {names: [id, timestamp], pair: '{value}', separator: ':'}}, {text: ':'}, secret], encoding: hex, timestamp: {field: timestamp, format: unixSeconds}, tolerance: 60}",
            // A shared secret in a header, after a prefix.
            "{header: X-Hook-Secret, algorithm: secret, prefix: 'token='}",
        ]
        for signature in [Self.vonage] + others {
            let yaml = Self.callback(signature, encoding: "form")
            #expect(Snippet.diagnostics(yaml) == [], "\(signature)")
            let files = try Generator.swiftSources(
                for: [SpecInput(path: "acme.yaml", contents: ClientRendererTests.header + yaml)], options: ClientRendererTests.options)
            let result = try BuildProducts.typecheck(generated: files)
            #expect(result.status == 0 && !result.output.contains("warning"), "\(result.output)")
        }
    }

    @Test func eachWrongValueIsALocatedError() {
        func problems(_ signature: String, encoding: String = "json") -> [String] { Snippet.diagnostics(Self.callback(signature, encoding: encoding)) }
        let fields = "{fields: {pair: '{name}={value}'}}"
        #expect(problems("{header: X-Sig, field: sig, algorithm: hmac-sha256, signs: [\(fields)], encoding: hex}") == [
            "15:39: 'signature' of callback 'Receipt' names both 'header' and 'field'; the code travels in one: 'header' for a header, 'field' for a field of the payload"
        ])
        #expect(problems("{algorithm: hmac-sha256, signs: [\(fields)], encoding: hex}") == [
            "15:16: 'signature' of callback 'Receipt' needs 'header' (the header the code travels in) or 'field' (the payload field it travels in)"
        ])
        #expect(problems("{field: sig, algorithm: md55, signs: [{fields: {pairs: '&{name}=', replace: {'&&': _}}}], encoding: hex}") == [
            "15:40: 'algorithm' of 'signature' of callback 'Receipt' must be one of hmac-sha1, hmac-sha256, hmac-sha512, hmac-md5, md5, sha1, sha256, sha512, secret; found 'md55' (did you mean 'md5'?)",
            "15:63: 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' is missing the required key 'pair'",
            "15:64: unknown key 'pairs' in 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' (did you mean 'pair'?)",
            "15:93: 'replace' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' replaces one character of a value by at most 8 bytes (\"&\": _); found \"&&\": \"_\"",
        ])
        #expect(problems("{field: sig, algorithm: md5, signs: [{fields: {pair: '&{name}='}}, body], encoding: hex}") == [
            "15:69: 'pair' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' must hold {name} and {value} once each, where the field's name and value go ('&{name}={value}', '{name}{value}'); found \"&{name}=\"",
            "15:83: 'signature' of callback 'Receipt' travels in the payload field sig, which the body holds, so the sender could not have signed the body; sign the other fields: {fields: {pair: '{name}={value}'}}",
        ])
        // A plain digest signs nothing secret without the secret among what it digests.
        #expect(problems("{field: sig, algorithm: sha256, signs: [\(fields)], encoding: hex}") == [
            "15:40: 'algorithm' of 'signature' of callback 'Receipt' is sha256, a plain digest, and 'signs' has no secret part, so anyone could compute the code: add 'secret' to 'signs' where the provider puts the secret, or use hmac-sha256 if it keys an HMAC with it"
        ])
        #expect(problems("{header: X-Sig, algorithm: hmac-sha1, signs: [{header: X-N}, body], encoding: hex, timestamp: {field: timestamp, format: unixSeconds}, tolerance: 60}") == [
            "15:118: the timestamp field timestamp of 'signature' of callback 'Receipt' is not signed, so a replay could carry a fresh time: add {fields: {pair: '{name}={value}'}} to 'signs' as the provider writes the fields it signs"
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha1, signs: [\(fields)], encoding: hex, timestamp: {field: sig, header: T, format: unixSeconds}, tolerance: 60}") == [
            "15:130: 'timestamp' of 'signature' of callback 'Receipt' names both 'header' and 'field'; the time travels in one: 'header' for a header, 'field' for a field of the payload"
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha1, signs: [\(fields)], encoding: hex, timestamp: {field: sig, format: unixSeconds}, tolerance: 60}") == [
            "15:130: the timestamp field sig of 'signature' of callback 'Receipt' is the field that carries the signature; name the field with the time"
        ])
        // The time's field is one the payload's shape has.
        #expect(problems("{field: sig, algorithm: hmac-sha1, signs: [\(fields)], encoding: hex, timestamp: {field: timestamps, format: unixSeconds}, tolerance: 60}") == [
            "15:16: the timestamp field timestamps of the signature of callback 'Receipt' is no field of shape 'Receipt' (did you mean 'timestamp'?); name the field the provider writes the time in"
        ])
        // A part's list names the new parts.
        #expect(problems("{field: sig, algorithm: md5, signs: [secrett], encoding: hex}").first?.contains(
            "must be one of body, url, method, url+sorted-form-params, secret, {header: Name}, {text: '.'}, {digest: md5}, {fields: {pair: '{name}={value}'}}; found \"secrett\" (did you mean 'secret'?)") == true)
    }

    /// The fields `names` lists, in order, and a shared secret: each carried into the receiver's Swift as written.
    @Test func theListedFieldsAndASharedSecretAreCarriedAsWritten() throws {
        let smsc = Self.callback("{field: sig, algorithm: md5, signs: [{fields: {names: [id, timestamp], pair: '{value}', separator: ':'}}, {text: ':'}, secret], encoding: hex}", encoding: "form")
        let receivers = try Snippet.swift(smsc, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: #"""
                signature: SMSSpecRuntime.CallbackSignature(carrier: .field("sig"), algorithm: .md5, signs: SMSSpecRuntime.CallbackSignature.Content([.fields(SMSSpecRuntime.CallbackSignature.FieldPairs(pair: "{value}", separator: ":", replacements: [], omitsEmpty: false, names: ["id", "timestamp"])), .text(":"), .secret]), encoding: .hex, prefix: ""))
            """#)
        #expect(receivers.contains("/// Signed: MD5 of these, one after the other: the payload's fields id, timestamp in this order, each written `{value}` joined by `:`, `:`, the secret, hex, in the payload field sig; any field but id, timestamp is unsigned: anyone can alter it."), "\(receivers)")
        let shared = try Snippet.swift(Self.callback("{header: X-Hook-Secret, algorithm: secret}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(shared, contains: #"""
                signature: SMSSpecRuntime.CallbackSignature(header: "X-Hook-Secret", algorithm: .secret, signs: SMSSpecRuntime.CallbackSignature.Content([.secret]), encoding: .text, prefix: ""))
            """#)
    }

    /// `names`: listed once each, never the code's field, each a field of the shape, the time field among them; and a
    /// shared secret says nothing of a code or a time, and is a `secret` in the shape.
    @Test func eachWrongListedFieldOrSharedSecretIsALocatedError() {
        func problems(_ signature: String) -> [String] { Snippet.diagnostics(Self.callback(signature, encoding: "form")) }
        #expect(problems("{field: sig, algorithm: hmac-sha256, signs: [{fields: {names: [id, timestamp, id, sig], pair: '{value}'}}], encoding: hex}") == [
            "15:94: 'names' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' lists \"id\" twice; list each field the provider signs once, where it signs it",
            "15:98: 'names' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' lists sig, the field that carries the signature, which no sender can sign; leave it out",
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha256, signs: [{fields: {names: [], pair: '{value}'}}], encoding: hex}") == [
            "15:71: 'names' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' lists 0 fields; list 1 to 64, those the provider signs, in its order"
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha256, signs: [{fields: {names: [id], pair: '{name}'}}], encoding: hex}") == [
            "15:90: 'pair' of 'fields' of a part of 'signs' of 'signature' of callback 'Receipt' must hold {value} once, and {name} at most once, where the field's value and name go ('{value}', '{name}={value}'); found \"{name}\""
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha256, signs: [{fields: {names: [idd, timestamp], pair: '{value}'}}], encoding: hex}") == [
            "15:16: the signed field idd of the signature of callback 'Receipt' is no field of shape 'Receipt' (did you mean 'id'?); list the fields the provider signs, as it names them"
        ])
        #expect(problems("{field: sig, algorithm: hmac-sha1, signs: [{fields: {names: [id], pair: '{value}'}}], encoding: hex, timestamp: {field: timestamp, format: unixSeconds}, tolerance: 60}") == [
            "15:136: the timestamp field timestamp of 'signature' of callback 'Receipt' is not among the fields 'names' signs, so a replay could carry a fresh time: add it to 'names' where the provider signs it"
        ])
        #expect(problems("{field: id, algorithm: secret, signs: [body], encoding: hex, timestamp: {field: timestamp, format: unixSeconds}, tolerance: 60}") == [
            "15:47: 'signs' of 'signature' of callback 'Receipt' says how a code is computed, and algorithm: secret sends the secret itself in the id field: nothing is signed or encoded; leave 'signs' out, or name the HMAC or digest if the provider signs the payload",
            "15:62: 'encoding' of 'signature' of callback 'Receipt' says how a code is computed, and algorithm: secret sends the secret itself in the id field: nothing is signed or encoded; leave 'encoding' out, or name the HMAC or digest if the provider signs the payload",
            "15:77: 'timestamp' of 'signature' of callback 'Receipt' checks a signed time, and algorithm: secret signs nothing, so a replayed request carries any time it likes; leave 'timestamp' out",
            "15:129: 'tolerance' of 'signature' of callback 'Receipt' checks a signed time, and algorithm: secret signs nothing, so a replayed request carries any time it likes; leave 'tolerance' out",
        ])
        #expect(problems("{field: sig, algorithm: secret}") == [
            "9:53: field 'sig' of shape 'Receipt' carries the shared secret of callback 'Receipt': mark it `secret: true` so its value never prints, or leave it out of the shape"
        ])
        // A field the shape does not have, beside a credential of a near name, is that credential misspelt (a user's
        // `field: secrt` beside `secret`: the sandbox signed in the typo, the receiver refused every real webhook).
        let secretSig = { (signature: String) in
            Snippet.diagnostics(Self.callback(signature, encoding: "form").replacingOccurrences(
                of: "sig: {type: string, required: false}", with: "sig: {type: string, required: false, secret: true}"))
        }
        #expect(secretSig("{field: sigg, algorithm: secret}") == [
            "15:16: the signature of callback 'Receipt' travels in the field sigg, which shape 'Receipt' does not have, beside its field 'sig', "
                + "a credential (did you mean 'sig'?); name the field the provider writes it in"
        ])
        // A field left out of the shape, named like none of its fields, is as often as not the provider's way.
        #expect(secretSig("{field: hmac, algorithm: secret}") == [])
    }

    /// A list payload has no fields to carry the code in: lint passed it, and its receiver refused every request
    /// ("the JSON body is no object"; attack review).
    @Test func aFieldSignatureOfAListPayloadIsALocatedError() {
        let yaml = """
            shapes:
              Report: {fields: {id: string, sig: string}}
              Reports: {items: Report}
            callbacks:
              Reports:
                shape: Reports
                signature: {field: sig, algorithm: hmac-sha256, signs: [{fields: {pair: '{name}={value}'}}], encoding: hex}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "14:16: the signature of callback 'Reports' travels in the payload field sig, but shape 'Reports' is a list, which has no fields; "
                + "sign a payload of named fields, or carry the signature in a header"
        ])
    }

    /// A signature over a JSON payload's fields reads text, numbers and booleans: a signed list or object made the
    /// receiver refuse every callback while lint said OK (users' Voximplant `callbacks` list, BulkVS's `To`). Named or
    /// signed as every field; a form's repeated field, or an unsigned list, is fine.
    @Test func aSignedListOrObjectOfAJSONPayloadIsALocatedError() {
        let yaml = """
            shapes:
              Inbound: {fields: {From: string, To: '[string]', Meta: {type: Meta, required: false}, Kind: {type: Either, required: false}, sig: string}}
              Meta: {fields: {a: string}}
            unions:
              Either: {variants: {text: string, number: int}}
            callbacks:
              Inbound:
                shape: Inbound
                encoding: json
                signature: {field: sig, algorithm: hmac-sha256, signs: [{fields: {pair: '{name}={value}'}}], encoding: hex}

            """
        let problem = { (field: String, type: String) in
            "17:16: the signature of callback 'Inbound' signs field '\(field)' of shape 'Inbound', which is '\(type)': a signature over a JSON "
                + "payload's fields reads text, numbers and booleans, so the receiver would refuse every callback; list the fields it signs (`names`) without it"
        }
        #expect(Snippet.diagnostics(yaml) == [problem("Meta", "Meta"), problem("To", "[string]")])
        let named = yaml.replacingOccurrences(of: "{fields: {pair:", with: "{fields: {names: [From, To], pair:")
        #expect(Snippet.diagnostics(named) == [problem("To", "[string]")])
        #expect(Snippet.diagnostics(yaml.replacingOccurrences(of: "{fields: {pair:", with: "{fields: {names: [From, Kind], pair:")) == [])
        let form = yaml.replacingOccurrences(of: "encoding: json", with: "encoding: form")
            .replacingOccurrences(of: "Meta: {type: Meta, required: false}, Kind: {type: Either, required: false}, ", with: "")
        #expect(Snippet.diagnostics(form) == [])
    }
}

/// A shared secret posted in a payload field (`algorithm: secret`, Telerivet's `secret`) is a credential wherever a
/// payload holds it: an event of a kind the callback's shapes do not list kept it in `.unknown(payload)`, printed whole
/// (an attack: `webhook_secret` in `print`, `dump` and `smsspec decode`).
@Suite struct SharedSecretFieldTests {
    static let yaml = """
        shapes:
          Delivered: {fields: {event: string, id: string}}
        callbacks:
          Events:
            encoding: form
            discriminator: {field: event, variants: {dlr: Delivered}}
            signature: {field: webhook_secret, algorithm: secret}

        """

    @Test func anUnknownEventHidesTheSharedSecret() throws {
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.yaml)], diagnostics: DiagnosticCollector()).first)
        #expect(model.secretMemberNames == ["webhook_secret"])
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let payload = Data("event=incoming_message&id=7&webhook_secret=TELERIVET-WEBHOOK-SECRET-9f8e7d".utf8)
            let event = try FormDecoder().decode(Acme.Events.self, from: payload)
            print(event)
            dump(event)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output.contains("incoming_message") == true && run?.output.contains("TELERIVET-WEBHOOK-SECRET") == false, "\(run?.output ?? "")")
    }
}
