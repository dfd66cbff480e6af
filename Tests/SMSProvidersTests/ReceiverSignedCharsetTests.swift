import Foundation
import HTTPTypes
import SMSProviderReceivers
import SMSProviders
import SMSSpecRuntime
import Testing

/// A form signed as its bytes (`signs: body`, or a digest of it) was read in the charset its unsigned `Content-Type`
/// declares: a captured callback replayed with `charset=ISO-8859-1` verified and read `Café €` as `CafÃ© â\u{80}¬`
/// (attack review). A verified callback has one value: the body is read as UTF-8, and a label that would read it
/// otherwise is refused.
@Suite struct ReceiverSignedCharsetTests {
    typealias Signature = ReceiverSignatureTests

    static let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(
        provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form, signature: Signature.termii
    ).verifying(with: Signature.secret)

    static func receive(_ form: String, charset: String?) throws -> CallbackReception<Ginota.DeliveryReceipt> {
        let body = Data(form.utf8)
        let contentType = "application/x-www-form-urlencoded" + (charset.map { "; charset=\($0)" } ?? "")
        return receiver.receive(Signature.request("/dlr", contentType: contentType, signature: try Signature.sign(Signature.termii, body: body)), body: body)
    }

    @Test func aBodySignedFormIsReadInOneCharset() throws {
        let form = "messageId=18D64EC1EADD&deliveryStatus=0&desc=Caf%C3%A9+%E2%82%AC"
        for charset in [nil, "UTF-8", "utf8"] {
            #expect(try Self.receive(form, charset: charset).result.get().desc == "Café €", "\(charset ?? "none")")
        }
        for (label, charset) in [("ISO-8859-1", FormCharset.isoLatin1), ("windows-1252", .windows1252), ("latin9", .isoLatin9), ("us-ascii", .usASCII)] {
            let reception = try Self.receive(form, charset: label)
            #expect(reception.result == .failure(.unverifiedSignature(callback: "FormReceipt", reason: .unsignedCharset(charset))), "\(label)")
            #expect(reception.answer.status == .unauthorized)
        }
        // Raw bytes above 7F (a sender that does not percent-encode) are as much the label's to read.
        let raw = "messageId=1&deliveryStatus=0&desc=Café"
        #expect(try Self.receive(raw, charset: "ISO-8859-1").result == .failure(.unverifiedSignature(callback: "FormReceipt", reason: .unsignedCharset(.isoLatin1))))
        // An ASCII body reads alike in every charset: its label is taken.
        let ascii = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Self.receive(ascii, charset: "ISO-8859-1").result.get().desc == "Delivered")
        // A form refused for another reason (more fields than any form is read with) is refused for that reason
        // (400), not for its label (it was a 401).
        let fields = (0..<PayloadLimits.maximumFormFields).map { "x\($0)=1" }.joined(separator: "&")
        let malformed = try Self.receive("messageId=1&deliveryStatus=0&" + fields, charset: "ISO-8859-1")
        #expect(malformed.answer.status == .badRequest, "\(malformed.result)")
        #expect(SignatureFailure.unsignedCharset(.isoLatin1).description
            == "the Content-Type declares charset ISO-8859-1, which the signature does not cover: a body signed as its bytes is read as UTF-8, "
            + "and this one reads otherwise in ISO-8859-1")
    }

    /// A signature over the form's fields reads them in the declared charset, so it binds it: a Latin-1 gateway's
    /// labelled form still verifies and reads as it says.
    @Test func aFieldSignatureStillReadsTheDeclaredCharset() throws {
        let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(
            provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form, signature: Signature.twilio
        ).verifying(with: "12345", publicBaseURL: "https://hooks.example.com")
        let body = Data("messageId=1&deliveryStatus=0&desc=Caf%E9".utf8)
        let signed = try Signature.twilio.signedBytes(url: "https://hooks.example.com/dlr", body: body, form: true, charset: .isoLatin1)
        let head = Signature.request(
            "/dlr", contentType: "application/x-www-form-urlencoded; charset=ISO-8859-1",
            signature: (Signature.twilio.header, Signature.twilio.headerValue(secret: "12345", signed: signed)))
        #expect(try receiver.receive(head, body: body).result.get().desc == "Café")
    }
}
