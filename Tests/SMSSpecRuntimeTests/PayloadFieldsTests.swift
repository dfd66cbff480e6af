import Foundation
import SMSSpecRuntime
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
}
