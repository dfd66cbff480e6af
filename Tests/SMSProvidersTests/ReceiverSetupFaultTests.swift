import Foundation
import HTTPTypes
import SMSProviderReceivers
import SMSProviders
import SMSSpecRuntime
import Testing

/// A receiver that cannot check a signature for want of its own setup (no secret; no public URL for a URL signature)
/// answered 401 and said what it lacked: seven.io retries 429 and 5xx only (decision SV7), so each genuine callback
/// was dropped for good while a secret was unset, and any caller learnt how the receiver was set up. It is 503 with
/// a body that says nothing of it; the error the application gets still does.
@Suite struct ReceiverSetupFaultTests {
    typealias Signature = ReceiverSignatureTests

    @Test func aReceiverWithoutItsSecretAnswers503AndKeepsWhyToItself() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let signed = try Signature.sign(Signature.termii, body: dlr)
        let reception = Signature.bodySigned.receive(Signature.request("/dlr", contentType: "application/json", signature: signed), body: dlr)
        #expect(reception.result == .failure(.unverifiedSignature(callback: "CallbackEvent", reason: .noSecret)))
        #expect(reception.answer.status == .serviceUnavailable)
        #expect(String(decoding: reception.answer.body, as: UTF8.self) == "CallbackEvent: not taken now; try again later\n")
        #expect(reception.answer.response.status.code == 503)

        // A forged signature on a receiver that has its secret is still the sender's fault: 401 and why.
        let forged = try Signature.sign(Signature.termii, body: dlr, secret: "guessed")
        let refused = Signature.bodySigned.verifying(with: Signature.secret)
            .receive(Signature.request("/dlr", contentType: "application/json", signature: forged), body: dlr)
        #expect(refused.answer.status == .unauthorized)
        #expect(String(decoding: refused.answer.body, as: UTF8.self).contains("is not the signature of this request"))
    }

    /// A signature the provider sends only for an account that sets a secret (`optional: true`, EZ Texting's): a
    /// receiver without the secret takes callbacks unsigned (every one was a 503); given it, it refuses an unsigned
    /// or forged one, as for any signature.
    @Test func anOptionalSignatureIsCheckedOnlyWithTheSecret() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        var receiver = Signature.bodySigned
        receiver.signature?.isOptional = true
        let unsigned = receiver.receive(Signature.request("/dlr", contentType: "application/json", signature: nil), body: dlr)
        #expect(unsigned.answer.status == .ok, "\(unsigned.answer.status)")
        let withSecret = receiver.verifying(with: Signature.secret)
        let refused = withSecret.receive(Signature.request("/dlr", contentType: "application/json", signature: nil), body: dlr)
        #expect(refused.answer.status == .unauthorized)
        let forged = try Signature.sign(Signature.termii, body: dlr, secret: "guessed")
        #expect(withSecret.receive(Signature.request("/dlr", contentType: "application/json", signature: forged), body: dlr).answer.status == .unauthorized)
        let signed = try Signature.sign(Signature.termii, body: dlr)
        #expect(withSecret.receive(Signature.request("/dlr", contentType: "application/json", signature: signed), body: dlr).answer.status == .ok)
        // An empty or blank secret (an unset variable's) is the receiver's setup fault, not "no secret": an attack's
        // `Secret(env["X"] ?? "")` took forged callbacks with 200.
        for blank in ["", "   ", "\n"] {
            let unset = receiver.verifying(with: Secret(blank))
            for signature in [nil, forged] {
                let reception = unset.receive(Signature.request("/dlr", contentType: "application/json", signature: signature), body: dlr)
                #expect(reception.answer.status == .serviceUnavailable, "\(blank.debugDescription): \(reception.answer.status)")
                #expect(reception.result == .failure(.unverifiedSignature(callback: "CallbackEvent", reason: .noSecret)))
            }
        }
    }

    @Test func aURLSignatureWithoutThePublicURLAnswers503() throws {
        let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(
            provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form, signature: Signature.twilio
        ).verifying(with: "12345")
        let body = try Fixtures.data("ginota/dlr.query")
        let signed = try Signature.sign(Signature.twilio, url: "https://hooks.example.com/dlr", body: body, form: true, secret: "12345")
        let head = Signature.request("/dlr", contentType: "application/x-www-form-urlencoded", signature: signed, scheme: nil, authority: nil)
        let reception = receiver.receive(head, body: body)
        #expect(reception.result == .failure(.unverifiedSignature(callback: "FormReceipt", reason: .unknownURL)))
        #expect(reception.answer.status == .serviceUnavailable)
        #expect(!String(decoding: reception.answer.body, as: UTF8.self).contains("publicBaseURL"))
    }
}

extension ReceiverSetupFaultTests {
    /// `print`/`dump` of a receiver showed the password of its `publicBaseURL` (an attack); it is redacted, as the
    /// signing secret is, and the URL is kept for signing as given.
    @Test func aPrintedReceiverHidesItsPublicURLsPassword() {
        let receiver = Signature.bodySigned.verifying(with: Signature.secret, publicBaseURL: "https://hookuser:hookpass-9876@hooks.example")
        var dumped = ""
        dump(receiver, to: &dumped)
        for printed in ["\(receiver)", String(reflecting: receiver), dumped] {
            #expect(!printed.contains("hookpass-9876") && printed.contains("hooks.example"), "\(printed)")
        }
        #expect(receiver.publicBaseURL == "https://hookuser:hookpass-9876@hooks.example")
    }
}
