import Foundation
import HTTPTypes
import SMSProviderReceivers
import SMSProviders
import SMSSpecRuntime
import Testing

/// A signature over a composition of the request (a timestamp and a nonce header, the method, the URL, the body or
/// its digest) with a replay window: the receiver accepts the provider's own signature, computed here by its
/// documented algorithm outside the runtime (Python's hmac and hashlib), and refuses a wrong one, a missing nonce or
/// timestamp, and a time beyond the tolerance either way, by its injected clock.
@Suite struct ReceiverReplayWindowTests {
    /// seven.io (docs.seven.io/en/rest-api/signing): hex HMAC-SHA256 over timestamp, nonce, method, URL and the MD5
    /// of the body, each on its line; the timestamp within 30 seconds.
    static let seven = CallbackSignature(
        header: "X-Signature", algorithm: .hmacSHA256,
        signs: .init([.header("X-Timestamp"), .text("\n"), .header("X-Nonce"), .text("\n"), .method, .text("\n"), .url, .text("\n"), .bodyDigest(.md5)]),
        encoding: .hex, replayWindow: .init(header: "X-Timestamp", format: .unixSeconds, tolerance: 30))
    /// Sinch: base64 HMAC-SHA256 over the raw body, the nonce and the timestamp, joined by dots.
    static let sinch = CallbackSignature(
        header: "x-sinch-webhook-signature", algorithm: .hmacSHA256,
        signs: .init([.body, .text("."), .header("x-sinch-webhook-signature-nonce"), .text("."), .header("x-sinch-webhook-signature-timestamp")]),
        encoding: .base64, replayWindow: .init(header: "x-sinch-webhook-signature-timestamp", format: .unixSeconds, tolerance: 300))

    static let sent = Date(timeIntervalSince1970: 1_700_000_000)
    static let nonce = "fpPRhAd1s8GXacfR39mWqKPynmmXfJnc"
    /// python3: hmac.new(b"seven-signing-key", b"1700000000\n" + nonce + b"\nPOST\nhttps://hooks.example.com/seven/dlr\n"
    /// + hashlib.md5(dlr.json).hexdigest(), hashlib.sha256).hexdigest()
    static let sevenCode = "0fcd9043ed135ad869c584d8169fc9e4b75b3c823c3da4219a1cf691b9cfe024"
    /// python3: base64 of hmac.new(b"sinch-secret", dlr.json + b".01FJA8B4A7BM43YGWSG9GBV067.1700000000", hashlib.sha256)
    static let sinchCode = "1W3p23XmfWjwKXmmU8Pn7g7BFZKcvF6h5P/1mKVEphQ="

    /// Bind's JSON receipt receiver, as a spec signing so would generate it, its clock `now`.
    static func receiver(_ signature: CallbackSignature, secret: Secret, now: Date) -> CallbackReceiver<Bind.CallbackEvent> {
        var receiver = Bind.Receivers.callbackEvent
        receiver.signature = signature
        receiver.clock = { now }
        return receiver.verifying(with: secret, publicBaseURL: "https://hooks.example.com/seven")
    }

    static func request(_ headers: [String: String]) -> HTTPRequest {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return HTTPRequest(method: .post, scheme: "http", authority: "internal:8080", path: "/dlr", headerFields: fields)
    }

    static func refusal(_ reception: CallbackReception<some Sendable>) -> String? { ReceiverSignatureTests.refusal(reception) }

    @Test func sevensSignatureIsCheckedWithItsTimestampAndNonce() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let headers = ["X-Signature": Self.sevenCode, "X-Timestamp": "1700000000", "X-Nonce": Self.nonce]
        for skew in [0.0, 30, -30, 12.5] {
            let receiver = Self.receiver(Self.seven, secret: "seven-signing-key", now: Self.sent.addingTimeInterval(skew))
            guard case .deliveryReceipt = try receiver.receive(Self.request(headers), body: dlr).result.get() else {
                Issue.record("not a DLR at \(skew) seconds")
                continue
            }
        }
        let receiver = Self.receiver(Self.seven, secret: "seven-signing-key", now: Self.sent)
        var uppercase = headers
        uppercase["X-Signature"] = Self.sevenCode.uppercased()
        #expect(Self.refusal(receiver.receive(Self.request(uppercase), body: dlr)) == nil)
        func without(_ name: String) -> [String: String] { headers.filter { $0.key != name } }
        func with(_ name: String, _ value: String) -> [String: String] { headers.merging([name: value]) { $1 } }
        let cases: [([String: String], Data, Date, String)] = [
            (headers, dlr, Self.sent.addingTimeInterval(31),
             "the X-Timestamp header is 31 seconds behind the receiver's clock; the limit is 30 (a replayed or delayed request, or a clock that is off)"),
            (headers, dlr, Self.sent.addingTimeInterval(-3_600),
             "the X-Timestamp header is 3600 seconds ahead of the receiver's clock; the limit is 30 (a replayed or delayed request, or a clock that is off)"),
            (without("X-Nonce"), dlr, Self.sent, "the request has no X-Nonce header"),
            (without("X-Timestamp"), dlr, Self.sent, "the request has no X-Timestamp header"),
            (with("X-Nonce", "another"), dlr, Self.sent, "the X-Signature header is not the signature of this request"),
            // A fresh time on a captured request: the time is signed.
            (with("X-Timestamp", "1700000100"), dlr, Self.sent.addingTimeInterval(100), "the X-Signature header is not the signature of this request"),
            (with("X-Timestamp", "1.7e9"), dlr, Self.sent, "the X-Timestamp header is not a time in unixSeconds"),
            (with("X-Nonce", String(repeating: "n", count: 513)), dlr, Self.sent, "the X-Nonce header is 513 bytes; the limit is 512"),
            (headers, Data(String(decoding: dlr, as: UTF8.self).replacingOccurrences(of: "DELIVERED", with: "UNDELIVERED").utf8), Self.sent,
             "the X-Signature header is not the signature of this request"),
        ]
        for (headers, body, now, reason) in cases {
            let reception = Self.receiver(Self.seven, secret: "seven-signing-key", now: now).receive(Self.request(headers), body: body)
            #expect(Self.refusal(reception) == reason)
        }
        #expect(Self.refusal(Self.receiver(Self.seven, secret: "guessed", now: Self.sent).receive(Self.request(headers), body: dlr))
            == "the X-Signature header is not the signature of this request")
    }

    @Test func sinchsSignatureCoversTheBodyNonceAndTimestamp() throws {
        let dlr = try Fixtures.data("bind/dlr.json")
        let headers = [
            "x-sinch-webhook-signature": Self.sinchCode, "x-sinch-webhook-signature-nonce": "01FJA8B4A7BM43YGWSG9GBV067",
            "x-sinch-webhook-signature-timestamp": "1700000000",
        ]
        let receiver = Self.receiver(Self.sinch, secret: "sinch-secret", now: Self.sent.addingTimeInterval(299))
        #expect(throws: Never.self) { try receiver.decode(Self.request(headers), body: dlr) }
        let late = Self.receiver(Self.sinch, secret: "sinch-secret", now: Self.sent.addingTimeInterval(301))
        #expect(Self.refusal(late.receive(Self.request(headers), body: dlr))?.hasPrefix("the x-sinch-webhook-signature-timestamp header is 301 seconds behind") == true)
    }
}
