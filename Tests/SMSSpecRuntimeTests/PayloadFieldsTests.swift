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
