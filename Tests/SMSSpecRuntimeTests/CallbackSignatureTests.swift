import Foundation
import SMSSpecRuntime
import Testing

/// The hashes and HMACs a callback's signature is checked with, against the published test vectors, and the
/// signature of a callback as the providers document it.
@Suite struct CallbackSignatureTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// FIPS 180-2 appendix examples (one block, two blocks) and the empty message.
    @Test(arguments: [
        (SecureHash.sha1, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (.sha1, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (.sha1, "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        (.sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (.sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (.sha512, "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        (.sha512, "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
        (.sha512, "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
    ])
    func fipsExamples(_ hash: SecureHash, _ message: String, _ digest: String) {
        #expect(Self.hex(hash.digest(Self.bytes(message))) == digest)
    }

    /// FIPS 180-2's third example: a million `a`, many blocks.
    @Test func aMillionAs() {
        #expect(Self.hex(SecureHash.sha1.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    static let hiThere = (key: [UInt8](repeating: 0x0b, count: 20), data: bytes("Hi There"))
    static let jefe = (key: bytes("Jefe"), data: bytes("what do ya want for nothing?"))
    static let largerKey = bytes("Test Using Larger Than Block-Size Key - Hash Key First")

    /// RFC 2202 §3, test cases 1, 2, 3 and 6 (a key longer than the block is hashed first).
    @Test func rfc2202() {
        let cases: [([UInt8], [UInt8], String)] = [
            (Self.hiThere.key, Self.hiThere.data, "b617318655057264e28bc0b6fb378c8ef146be00"),
            (Self.jefe.key, Self.jefe.data, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
            ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
            ([UInt8](repeating: 0xaa, count: 80), Self.largerKey, "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        ]
        for (key, data, code) in cases { #expect(Self.hex(HMAC.code(.sha1, key: key, message: data)) == code) }
    }

    /// RFC 4231 §4, test cases 1, 2 and 6, SHA-256 and SHA-512.
    @Test func rfc4231() {
        let longKey = [UInt8](repeating: 0xaa, count: 131)
        let cases: [(SecureHash, [UInt8], [UInt8], String)] = [
            (.sha256, Self.hiThere.key, Self.hiThere.data, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (.sha512, Self.hiThere.key, Self.hiThere.data,
             "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"),
            (.sha256, Self.jefe.key, Self.jefe.data, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (.sha512, Self.jefe.key, Self.jefe.data,
             "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"),
            (.sha256, longKey, Self.largerKey, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            (.sha512, longKey, Self.largerKey,
             "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"),
        ]
        for (hash, key, data, code) in cases { #expect(Self.hex(HMAC.code(hash, key: key, message: data)) == code) }
    }

    static let twilio = CallbackSignature(header: "X-Twilio-Signature", algorithm: .hmacSHA1, signs: .urlAndSortedFormParameters, encoding: .base64)
    static let twilioURL = "https://mycompany.com/myapp.php?foo=1&bar=2"
    /// Twilio's example request (webhook security page), its fields in another order than sorted, one escaped.
    static let twilioBody = Data("To=%2B18005551212&Digits=1234&CallSid=CA1234567890ABCDE&From=%2B12349013030&Caller=%2B12349013030".utf8)

    /// Twilio's documented example: auth token 12345 signs its request as `0/KCTR6DLpKmkAf8muzZqo1nDgQ=`.
    @Test func twilioExample() throws {
        let signed = try Self.twilio.signedBytes(url: Self.twilioURL, body: Self.twilioBody, form: true)
        #expect(Self.twilio.headerValue(secret: "12345", signed: signed) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
        #expect(throws: Never.self) { try Self.twilio.verify(headerValue: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", secret: "12345", signed: signed) }
        // Another host (a proxy's), the same body: not this signature.
        let proxied = try Self.twilio.signedBytes(url: "http://internal:8080/myapp.php?foo=1&bar=2", body: Self.twilioBody, form: true)
        #expect(throws: SignatureFailure.mismatch("X-Twilio-Signature")) {
            try Self.twilio.verify(headerValue: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", secret: "12345", signed: proxied)
        }
    }

    /// Telegram Gateway keys HMAC-SHA256 of `timestamp + "\n" + body` with the SHA-256 of the API token, not the token
    /// itself, which a spec could not say. The expected codes were computed with Python's `hmac` and `hashlib`.
    @Test func anHMACKeyedWithADigestOfTheSecret() throws {
        let telegram = CallbackSignature(
            header: "X-Request-Signature", algorithm: .hmacSHA256, signs: .init([.header("X-Request-Timestamp"), .text("\n"), .body]),
            encoding: .hex, keyDigest: .sha256)
        let body = Data(#"{"request_id":"req-1","delivery_status":{"status":"delivered","updated_at":1733390000}}"#.utf8)
        let signed = try telegram.signedBytes(url: "", body: body, form: false, header: { $0 == "X-Request-Timestamp" ? "1733390000" : nil })
        let expected = "969022e3b6191dd6b3ca6cde0308d065c6d3345d73fce2594fc648c09bd84856"
        #expect(telegram.headerValue(secret: "tg-api-token-1234", signed: signed) == expected)
        #expect(throws: Never.self) { try telegram.verify(headerValue: expected, secret: "tg-api-token-1234", signed: signed) }
        // Keyed with the token itself, as the signature said before it could name the digest: not Telegram's code.
        var keyedWithToken = telegram
        keyedWithToken.keyDigest = nil
        #expect(keyedWithToken.headerValue(secret: "tg-api-token-1234", signed: signed) == "8488e58ef0ff315d54123ec63f0d78aafa4fdfcece1018005ff98e84f9ade5e5")
        #expect(throws: SignatureFailure.mismatch("X-Request-Signature")) {
            try keyedWithToken.verify(headerValue: expected, secret: "tg-api-token-1234", signed: signed)
        }
    }

    static let termii = CallbackSignature(header: "X-Termii-Signature", algorithm: .hmacSHA512, signs: .body, encoding: .hex)

    /// Each way a header is wrong is refused with its own reason.
    @Test func refusals() throws {
        let body = Array(#"{"status":"DELIVERED"}"#.utf8)
        let good = Self.termii.headerValue(secret: "key", signed: body)
        #expect(good.count == 128)
        #expect(throws: Never.self) { try Self.termii.verify(headerValue: good.uppercased(), secret: "key", signed: body) }
        let failures: [(String?, SignatureFailure)] = [
            (nil, .missingHeader("X-Termii-Signature")),
            (String(repeating: "a", count: 600), .headerTooLong("X-Termii-Signature", bytes: 600)),
            (Data(HMAC.code(.sha512, key: Self.bytes("key"), message: body)).base64EncodedString(), .notEncoded("X-Termii-Signature", encoding: .hex)),
            (Self.termii.headerValue(secret: "other", signed: body), .mismatch("X-Termii-Signature")),
            (Self.termii.headerValue(secret: "key", signed: Array(#"{"status":"FAILED"}"#.utf8)), .mismatch("X-Termii-Signature")),
            (String(good.dropLast(2)), .mismatch("X-Termii-Signature")),
        ]
        for (header, failure) in failures {
            #expect(throws: failure) { try Self.termii.verify(headerValue: header, secret: "key", signed: body) }
        }
        var prefixed = Self.termii
        prefixed.prefix = "sha512="
        #expect(throws: SignatureFailure.missingPrefix("X-Termii-Signature", prefix: "sha512=")) {
            try prefixed.verify(headerValue: good, secret: "key", signed: body)
        }
        #expect(throws: Never.self) { try prefixed.verify(headerValue: "sha512=" + good, secret: "key", signed: body) }
    }

    @Test func constantTimeEquality() {
        #expect(HMAC.constantTimeEquals([1, 2, 3], [1, 2, 3]))
        #expect(!HMAC.constantTimeEquals([1, 2, 3], [1, 2, 4]))
        #expect(!HMAC.constantTimeEquals([1, 2, 3], [1, 2]))
    }
}

/// The body digests a signature may cover, against RFC 1321's test suite, and the replay window's time formats.
@Suite struct SignedCompositionTests {
    /// RFC 1321 appendix A.5.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func rfc1321(_ message: String, _ digest: String) {
        #expect(CallbackSignatureTests.hex(SecureHash.md5.digest(Array(message.utf8))) == digest)
    }

    /// Each part in order: the digests in lowercase hex (FIPS 180's SHA-256 of "abc"), headers as they arrive.
    @Test func thePartsAreSignedOneAfterTheOther() throws {
        let scheme = CallbackSignature(
            header: "X-Sig", algorithm: .hmacSHA256,
            signs: .init([.method, .text(" "), .url, .text("|"), .header("X-Nonce"), .text("|"), .bodyDigest(.md5), .text("|"), .bodyDigest(.sha256), .text("|"), .body]),
            encoding: .hex)
        let signed = try scheme.signedBytes(method: "POST", url: "https://h.example/x", body: Data("abc".utf8), form: false) { $0 == "X-Nonce" ? "n1" : nil }
        #expect(String(decoding: signed, as: UTF8.self) == "POST https://h.example/x|n1|900150983cd24fb0d6963f7d28e17f72|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad|abc")
        #expect(throws: SignatureFailure.missingHeader("X-Nonce")) { try scheme.signedBytes(url: "", body: Data(), form: false) }
    }

    @Test(arguments: [
        (DateFormatName.unixSeconds, "1700000000", 0.0), (.unixMilliseconds, "1700000000999", 0.999), (.iso8601, "2023-11-14T22:13:20Z", 0),
        (.iso8601, "2023-11-14T23:13:20+01:00", 0),
    ])
    func theWindowReadsEachFormat(_ format: DateFormatName, _ text: String, _ offset: Double) throws {
        let window = CallbackSignature.ReplayWindow(header: "T", format: format, tolerance: 10)
        let scheme = CallbackSignature(header: "S", algorithm: .hmacSHA1, signs: .init([.header("T")]), encoding: .hex, replayWindow: window)
        let sent = Date(timeIntervalSince1970: 1_700_000_000 + offset)
        #expect(throws: Never.self) { try scheme.checkReplayWindow(header: { _ in text }, now: sent.addingTimeInterval(10)) }
        #expect(throws: SignatureFailure.outsideWindow("T", seconds: -11, tolerance: 10)) {
            try scheme.checkReplayWindow(header: { _ in text }, now: sent.addingTimeInterval(-11))
        }
        #expect(throws: SignatureFailure.unreadableTimestamp("T", format: format)) { try scheme.checkReplayWindow(header: { _ in "soon" }, now: sent) }
    }
}
