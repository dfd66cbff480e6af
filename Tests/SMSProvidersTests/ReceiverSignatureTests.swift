import Foundation
import HTTPTypes
import SMSProviderReceivers
import SMSProviders
import SMSSpecRuntime
import Testing

/// A receiver of a signed callback refuses a forged, missing or replayed signature (401, nothing decoded) and
/// accepts the sender's own; an unsigned callback's receiver is unchanged.
@Suite struct ReceiverSignatureTests {
    static let secret: Secret = "termii-secret-key"
    static let termii = CallbackSignature(header: "X-Termii-Signature", algorithm: .hmacSHA512, signs: .body, encoding: .hex)
    static let twilio = CallbackSignature(header: "X-Twilio-Signature", algorithm: .hmacSHA1, signs: .urlAndSortedFormParameters, encoding: .base64)

    /// Bind's JSON receipt receiver, as a spec that signs its body would generate it.
    static var bodySigned: CallbackReceiver<Bind.CallbackEvent> {
        var receiver = Bind.Receivers.callbackEvent
        receiver.signature = termii
        return receiver
    }

    static func request(_ path: String, contentType: String, signature: (name: String, value: String)?, scheme: String? = "https", authority: String? = "app.example") -> HTTPRequest {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        if let signature { fields[HTTPField.Name(signature.name)!] = signature.value }
        return HTTPRequest(method: .post, scheme: scheme, authority: authority, path: path, headerFields: fields)
    }

    static func sign(_ scheme: CallbackSignature, url: String = "", body: Data, form: Bool = false, secret: Secret = secret) throws -> (name: String, value: String) {
        (scheme.header, scheme.headerValue(secret: secret, signed: try scheme.signedBytes(url: url, body: body, form: form)))
    }

    static func refusal(_ reception: CallbackReception<some Sendable>) -> String? {
        guard case .failure(.unverifiedSignature(_, let reason)) = reception.result else { return nil }
        #expect(reception.answer.status == (reason.isReceiversOwn ? .serviceUnavailable : .unauthorized))
        return reason.description
    }

    @Test func aBodySignedCallbackIsAcceptedOnlyWithItsSignature() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let other = try Fixtures.data("bind/mo.json")
        let receiver = Self.bodySigned.verifying(with: Self.secret)
        let signed = try Self.sign(Self.termii, body: dlr)
        let accepted = receiver.receive(Self.request("/dlr", contentType: "application/json", signature: signed), body: dlr)
        guard case .deliveryReceipt = try accepted.result.get() else { Issue.record("not a DLR"); return }

        let forged = try Self.sign(Self.termii, body: dlr, secret: "guessed")
        let base64 = (signed.name, Data(HMAC.code(.sha512, key: Array(Self.secret.value.utf8), message: Array(dlr))).base64EncodedString())
        let cases: [((name: String, value: String)?, Data, String)] = [
            (nil, dlr, "the request has no X-Termii-Signature header"),
            (forged, dlr, "the X-Termii-Signature header is not the signature of this request"),
            (base64, dlr, "the X-Termii-Signature header is not hex"),
            // A signature the sender made for another body (replayed onto a forged one).
            (signed, other, "the X-Termii-Signature header is not the signature of this request"),
        ]
        for (header, body, reason) in cases {
            let reception = receiver.receive(Self.request("/dlr", contentType: "application/json", signature: header), body: body)
            #expect(Self.refusal(reception) == reason)
            #expect(String(decoding: reception.answer.body, as: UTF8.self) == "CallbackEvent: refused unread: \(reason)\n")
        }
    }

    /// Without the secret a signed callback is refused, never decoded unchecked; the answer never shows the secret.
    @Test func aSignedCallbackWithoutASecretIsRefused() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let reception = Self.bodySigned.receive(Self.request("/dlr", contentType: "application/json", signature: try Self.sign(Self.termii, body: dlr)), body: dlr)
        #expect(Self.refusal(reception) == "the callback is signed and the receiver has no signing secret, or an empty one: give it the provider's with verifying(with:)")
        let shown = "\(Self.bodySigned.verifying(with: Self.secret))" + String(reflecting: Self.bodySigned.verifying(with: Self.secret))
        #expect(!shown.contains(Self.secret.value))
    }

    /// An empty secret (an unset variable: `Secret(environment["X"] ?? "")`) was a key: anyone computes the HMAC of a
    /// forged body under it, and an empty shared secret matched an empty header. It is no secret, and refused so.
    @Test func anEmptySecretIsNoSecret() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let shared = CallbackSignature.sharedSecret(in: .header("X-Secret"))
        var sharedReceiver = Self.bodySigned
        sharedReceiver.signature = shared
        for blank: Secret in ["", " ", "\n"] {
            let forged = try Self.sign(Self.termii, body: dlr, secret: blank)
            let hmac = Self.bodySigned.verifying(with: blank).receive(Self.request("/dlr", contentType: "application/json", signature: forged), body: dlr)
            #expect(Self.refusal(hmac)?.hasPrefix("the callback is signed and the receiver has no signing secret, or an empty one") == true)
            let empty = sharedReceiver.verifying(with: blank).receive(Self.request("/dlr", contentType: "application/json", signature: ("X-Secret", blank.value)), body: dlr)
            #expect(Self.refusal(empty)?.hasPrefix("the callback is signed and the receiver has no signing secret, or an empty one") == true)
            #expect(throws: SignatureFailure.noSecret) { try Self.termii.verify(headerValue: forged.value, secret: blank, signed: Array(dlr)) }
        }
    }

    @Test func anUnsignedCallbackIsUnchanged() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        #expect(Bind.Receivers.callbackEvent.signature == nil)
        #expect(throws: Never.self) { try Bind.Receivers.callbackEvent.decode(Self.request("/dlr", contentType: "application/json", signature: nil), body: dlr) }
    }

    /// A GET callback's payload is its query, which the URL it signs holds: a value changed there is refused.
    @Test func aQueryCallbackSignsItsURLWithTheQuery() throws {
        var receiver = Ginota.Receivers.deliveryReceipt
        receiver.signature = Self.twilio
        receiver = receiver.verifying(with: "12345", publicBaseURL: "https://hooks.example.com")
        let query = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines)
        let signed = try Self.sign(Self.twilio, url: "https://hooks.example.com/dlr?" + query, body: Data(), secret: "12345")
        func get(_ query: String) -> HTTPRequest {
            var fields = HTTPFields()
            fields[HTTPField.Name(signed.name)!] = signed.value
            return HTTPRequest(method: .get, scheme: "http", authority: "internal", path: "/dlr?" + query, headerFields: fields)
        }
        #expect(try receiver.decode(get(query), body: Data()).messageID == "18D64EC1EADD")
        let forged = query.replacingOccurrences(of: "deliveryStatus=0", with: "deliveryStatus=1")
        #expect(Self.refusal(receiver.receive(get(forged), body: Data())) == "the X-Twilio-Signature header is not the signature of this request")
    }

    /// Twilio signs the URL it called: behind a proxy that ends TLS and rewrites the host, the request says
    /// `http://internal:8080`, and only the configured public URL checks.
    @Test func aURLSignedCallbackIsCheckedAgainstThePublicURL() throws {
        var receiver = CallbackReceiver<Ginota.DeliveryReceipt>(provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form, signature: Self.twilio)
        receiver = receiver.verifying(with: "12345")
        let body = try Fixtures.data("ginota/dlr.query")
        let form = "application/x-www-form-urlencoded"
        let signed = try Self.sign(Self.twilio, url: "https://hooks.example.com/sms/dlr?account=7", body: body, form: true, secret: "12345")
        let proxied = Self.request("/dlr?account=7", contentType: form, signature: signed, scheme: "http", authority: "internal:8080")
        #expect(Self.refusal(receiver.receive(proxied, body: body)) == "the X-Twilio-Signature header is not the signature of this request")

        receiver.publicBaseURL = "https://hooks.example.com/sms/"
        #expect(try receiver.receive(proxied, body: body).result.get().messageID == "18D64EC1EADD")
        // The same signature on the same URL with one field changed.
        let altered = Data(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "Delivered", with: "Failed").utf8)
        #expect(Self.refusal(receiver.receive(proxied, body: altered)) == "the X-Twilio-Signature header is not the signature of this request")

        receiver.publicBaseURL = nil
        // With no publicBaseURL the request's own scheme and authority stand for it.
        let direct = Self.request("/sms/dlr?account=7", contentType: form, signature: signed, scheme: "https", authority: "hooks.example.com")
        #expect(throws: Never.self) { try receiver.decode(direct, body: body) }
        let unnamed = Self.request("/dlr?account=7", contentType: form, signature: signed, scheme: nil, authority: nil)
        #expect(Self.refusal(receiver.receive(unnamed, body: body))?.hasPrefix("the URL the sender called is unknown") == true)
    }

    /// A body signature covers the bytes as sent, whatever their label: the receiver read the Content-Type's charset
    /// as a form's first, so a signed JSON receipt labelled UTF-16, or with its Content-Type sent twice, was refused
    /// (401, "the form body … does not read") where the same receipt unsigned decodes.
    @Test func aBodySignatureIgnoresTheCharsetOfAJSONBody() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let receiver = Self.bodySigned.verifying(with: Self.secret)
        let signed = try Self.sign(Self.termii, body: dlr)
        var doubled = Self.request("/dlr", contentType: "application/json", signature: signed)
        doubled.headerFields.append(HTTPField(name: .contentType, value: "text/plain"))
        for request in [Self.request("/dlr", contentType: "application/json; charset=UTF-16", signature: signed), doubled] {
            let reception = receiver.receive(request, body: dlr)
            guard case .deliveryReceipt = try reception.result.get() else { Issue.record("not a DLR"); continue }
            #expect(reception.answer == .accepted)
        }
    }
}
