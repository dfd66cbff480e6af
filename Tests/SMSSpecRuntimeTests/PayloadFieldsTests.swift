import Foundation
import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// The payload fields a signature over sorted fields reads: a JSON member's text as written, refused when it has
/// none; the fields' number bounded; a code or time field sent twice refused.
@Suite struct PayloadFieldsTests {
    static let scheme = CallbackSignature(
        carrier: .field("sig"), algorithm: .hmacSHA256, signs: .init([.fields(.init(pair: "&{name}={value}", replacements: [.init("&", with: "_")]))]),
        encoding: .hex)

    @Test func aJSONMembersTextIsAsWritten() throws {
        let fields = try PayloadFields.json(Data(#"{"a": 1.50, "b": "x\"y&z", "c": true, "d": -2e3, "sig": "00"}"#.utf8))
        #expect(fields.map { "\($0.name)=\($0.value)" } == ["a=1.50", "b=x\"y&z", "c=true", "d=-2e3", "sig=00"])
        let signed = try Self.scheme.signedBytes(url: "", body: Data(), form: false, fields: fields)
        #expect(String(decoding: signed, as: UTF8.self) == "&a=1.50&b=x\"y_z&c=true&d=-2e3")
        for (body, problem) in [
            (#"{"a": null}"#, #"the member "a" is null"#), (#"{"a": [1]}"#, #"the member "a" is a list"#),
            (#"{"a": {"b": 1}}"#, #"the member "a" is an object"#), ("[1]", "the JSON body is no object"),
        ] {
            #expect(throws: SignatureFailure.self) { try PayloadFields.json(Data(body.utf8)) }
            do { _ = try PayloadFields.json(Data(body.utf8)) } catch { #expect(error.description.contains(problem), "\(error)") }
        }
    }

    /// A JSON body of 350,000 members (4 MiB) was decoded whole, then each key and value read through a decoder of
    /// its own, before the 1,000-field bound refused it: about 7× the work of decoding it. The members are counted
    /// first. Each failure still says why, and a body in UTF-16 reads as its text.
    @Test func aBodyOfTooManyMembersIsRefusedBeforeItIsDecoded() throws {
        let many = Data(("{" + (0..<350_000).map { #""f\#($0)":"v""# }.joined(separator: ",") + "}").utf8)
        #expect(throws: SignatureFailure.unsignableFields("the payload has more than 1000 fields; a signature over them reads at most 1000")) {
            try PayloadFields.json(many)
        }
        let clock = ThreadCPUClock()
        let refusing = clock.measure { #expect(throws: SignatureFailure.self) { try PayloadFields.json(many) } }
        let decoding = try clock.measure { _ = try JSONPayload.decode(JSONValue.self, from: many) }
        #expect(refusing < decoding / 4, "refusing \(refusing), decoding \(decoding)")
        for (body, problem) in [(#"{"a": 1, "a": 2}"#, "appears twice"), (#"{"a": 1"#, "Not valid JSON"), ("{\"a\": 1e400}", "beyond what a Double holds")] {
            do { _ = try PayloadFields.json(Data(body.utf8)); Issue.record("\(body) was read") } catch {
                #expect(error.description.contains(problem), "\(body): \(error)")
            }
        }
        // Byte-order marks the payload's decoder passes over (two of them) are passed over here too.
        #expect(try PayloadFields.json(Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))).map(\.name) == ["a"])
        let utf16 = try #require(#"{"a": "é\u0041", "b": 2}"#.data(using: .utf16BigEndian))
        #expect(try PayloadFields.json(utf16).map { "\($0.name)=\($0.value)" } == ["a=éA", "b=2"])
    }

    /// Vonage writes names raw: a forger folded `network-code=23410&nonce=n1&price=…` into one made-up field name
    /// whose signed text is that of the fields it replaced, so a captured code held and the receiver took the
    /// callback without them (attack review). A name holding what marks a field's bounds is refused. And a
    /// replacement is made per scalar: `&` before a combining mark was left as it was, refusing a genuine callback.
    @Test func aNameHoldingABoundIsRefusedAndReplacementsArePerScalar() throws {
        let vonage = CallbackSignature.FieldPairs(pair: "&{name}={value}", replacements: [.init("&", with: "_"), .init("=", with: "_")])
        let scheme = CallbackSignature(carrier: .field("sig"), algorithm: .md5, signs: .init([.fields(vonage), .secret]), encoding: .hex)
        let forged = try PayloadFields.form(Data("network-code%3D23410%26nonce%3Dn1%26price=0.03&status=delivered".utf8))
        #expect(throws: SignatureFailure.self) { try scheme.signedBytes(url: "", body: Data(), form: false, fields: forged, secret: "s") }
        do { _ = try scheme.signedBytes(url: "", body: Data(), form: false, fields: forged, secret: "s") } catch {
            #expect(error.description.contains(#"the field name "network-code=23410&nonce=n1&price" holds "=""#), "\(error)")
        }
        let marked = try scheme.signedBytes(url: "", body: Data(), form: false, fields: [("ref", "a&\u{301}b=c")], secret: "s")
        #expect(String(decoding: marked, as: UTF8.self) == "&ref=a_\u{301}b_cs")
    }

    @Test func theFieldsAreBoundedAndTheCodeIsReadOnce() throws {
        let many = (0...CallbackSignature.FieldPairs.maximumFields).map { (name: "f\($0)", value: "v") }
        #expect(throws: SignatureFailure.unsignableFields("the payload has 1001 fields; a signature over them reads at most 1000")) {
            try Self.scheme.signedBytes(url: "", body: Data(), form: false, fields: many)
        }
        let twice = try PayloadFields.form(Data("a=1&sig=00&sig=11".utf8))
        #expect(throws: SignatureFailure.repeatedField("sig")) { try CallbackSignature.value(at: .field("sig"), header: { _ in nil }, fields: twice) }
        #expect(SignatureFailure.repeatedField("sig").description == #"the payload sends the field "sig" twice, which the signature reads once"#)
        #expect(throws: SignatureFailure.missingHeader(.field("sig"))) {
            try Self.scheme.verify(headerValue: nil, secret: "s", signed: [])
        }
    }

    /// smsc.ru signs id, phone and status in this order, joined by `:`, then `:` and the password: the listed fields
    /// only, each sent once (absent or twice: refused); a name holding the separator is no forgery there, as the spec
    /// names what is signed. The code is Python's `hashlib.md5(b"42:79991234567:1:smsc-password")`.
    @Test func listedFieldsAreSignedInTheirOrderEachOnce() throws {
        let smsc = CallbackSignature(
            carrier: .field("md5"), algorithm: .md5,
            signs: .init([.fields(.init(pair: "{value}", separator: ":", names: ["id", "phone", "status"])), .text(":"), .secret]), encoding: .hex)
        let fields = try PayloadFields.form(Data("status=1&err=0&a%3Ab=c&phone=79991234567&id=42&md5=37b30bf0eef3d87dfdac1b6a7ab86980".utf8))
        let signed = try smsc.signedBytes(url: "", body: Data(), form: false, fields: fields, secret: "smsc-password")
        #expect(String(decoding: signed, as: UTF8.self) == "42:79991234567:1:smsc-password")
        #expect(throws: Never.self) { try smsc.verify(headerValue: "37b30bf0eef3d87dfdac1b6a7ab86980", secret: "smsc-password", signed: signed) }
        #expect(throws: SignatureFailure.missingHeader(.field("phone"))) {
            try smsc.signedBytes(url: "", body: Data(), form: false, fields: fields.filter { $0.name != "phone" }, secret: "s")
        }
        #expect(throws: SignatureFailure.repeatedField("id")) {
            try smsc.signedBytes(url: "", body: Data(), form: false, fields: fields + [("id", "42")], secret: "s")
        }
        let named = CallbackSignature.FieldPairs(pair: "{name}={value}", separator: "&", omitsEmpty: true, names: ["b", "a", "c"])
        let text = try CallbackSignature(carrier: .field("sig"), algorithm: .hmacSHA256, signs: .init([.fields(named)]), encoding: .hex)
            .signedBytes(url: "", body: Data(), form: false, fields: [("a", "1"), ("c", ""), ("b", "2")])
        #expect(String(decoding: text, as: UTF8.self) == "b=2&a=1")
    }

    /// Telerivet sends its webhook secret as the field `secret`: compared as sent (a SHA-256 of each in constant
    /// time, so not even its length is timed), written as it is by a sender, refused when sent twice.
    @Test func aSharedSecretIsComparedAsSent() throws {
        let telerivet = CallbackSignature.sharedSecret(in: .field("secret"))
        let fields = try PayloadFields.form(Data("id=SM1&secret=webhook-secret".utf8))
        let signed = try telerivet.signedBytes(url: "", body: Data(), form: false, fields: fields, secret: "webhook-secret")
        let sent = try CallbackSignature.value(at: telerivet.carrier, header: { _ in nil }, fields: fields)
        #expect(throws: Never.self) { try telerivet.verify(headerValue: sent, secret: "webhook-secret", signed: signed) }
        for wrong in ["webhook-secreT", "webhook-secret ", "", "d2ViaG9vay1zZWNyZXQ="] {
            #expect(throws: SignatureFailure.notTheSharedSecret(.field("secret"))) { try telerivet.verify(headerValue: wrong, secret: "webhook-secret", signed: signed) }
        }
        #expect(throws: SignatureFailure.repeatedField("secret")) {
            try CallbackSignature.value(at: telerivet.carrier, header: { _ in nil }, fields: fields + [("secret", "x")])
        }
        #expect(try telerivet.fieldCode(secret: "webhook-secret", method: "POST", fields: [("id", "SM1")]) == "webhook-secret")
        #expect(!telerivet.summary.contains("webhook"))
    }

    /// A signature that names its fields reads those alone: a JSON member outside them that is an object, a list or
    /// null is left out (it refused every genuine callback carrying one); a listed one is still refused.
    @Test func aNamedSignatureSkipsOtherMembersOfAnyKind() throws {
        let body = Data(#"{"id": "42", "meta": {"a": [1, "}\"]", null], "b": {}}, "tags": [], "x": null, "phone": 7999, "status": true, "md5": "00"}"#.utf8)
        let smsc = CallbackSignature(
            carrier: .field("md5"), algorithm: .md5,
            signs: .init([.fields(.init(pair: "{value}", separator: ":", names: ["id", "phone", "status"])), .secret]), encoding: .hex)
        #expect(smsc.fieldsRead == ["id", "phone", "status", "md5"])
        let fields = try PayloadFields.json(body, reading: smsc.fieldsRead)
        #expect(fields.map { "\($0.name)=\($0.value)" } == ["id=42", "phone=7999", "status=true", "md5=00"])
        #expect(throws: SignatureFailure.unsignableFields(#"the member "meta" is an object; a signature over the payload's fields reads text, numbers and booleans"#)) {
            try PayloadFields.json(body, reading: ["meta"])
        }
        #expect(CallbackSignature.sharedSecret(in: .field("secret")).fieldsRead == ["secret"])
        #expect(Self.scheme.fieldsRead == nil)
    }
}
