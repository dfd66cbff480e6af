import Foundation

/// HMAC (RFC 2104) over the hashes of `SecureHash`.
public enum HMAC {
    public static func code(_ hash: SecureHash, key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > hash.blockBytes ? hash.digest(key) : key
        block += [UInt8](repeating: 0, count: hash.blockBytes - block.count)
        let inner = hash.digest(block.map { $0 ^ 0x36 } + message)
        return hash.digest(block.map { $0 ^ 0x5c } + inner)
    }

    /// Whether `a` and `b` are equal, in a time that depends on their lengths only (a signature's length is no
    /// secret), so that a forger cannot find a code byte by byte by timing the refusals.
    public static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension CallbackSignature.Digest {
    public var hash: SecureHash {
        switch self {
        case .md5: .md5
        case .sha1: .sha1
        case .sha256: .sha256
        case .sha512: .sha512
        }
    }
}

extension CallbackSignature.Algorithm {
    /// The hash of an HMAC or a plain digest; nil for `secret`, which hashes nothing.
    public var hash: SecureHash? {
        switch self {
        case .hmacSHA1, .sha1: .sha1
        case .hmacSHA256, .sha256: .sha256
        case .hmacSHA512, .sha512: .sha512
        case .hmacMD5, .md5: .md5
        case .secret: nil
        }
    }

    /// The code of `signed`: its HMAC keyed with `secret` (or with `keyDigest` of it), or its plain digest (the
    /// secret is then among `signed`); for `secret`, `signed` itself (the secret, its one part).
    public func code(secret: Secret, signed: [UInt8], keyDigest: CallbackSignature.Digest? = nil) -> [UInt8] {
        guard let hash else { return signed }
        let key = Array(secret.value.utf8)
        return isHMAC ? HMAC.code(hash, key: keyDigest.map { $0.hash.digest(key) } ?? key, message: signed) : hash.digest(signed)
    }
}

/// Why a callback's signature is refused; each says what to check, never the secret or the expected code. A place is
/// a header (a string literal names one) or the payload field a signature or its time travels in.
public enum SignatureFailure: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case missingHeader(CallbackSignature.Place)
    case headerTooLong(CallbackSignature.Place, bytes: Int)
    case missingPrefix(CallbackSignature.Place, prefix: String)
    case notEncoded(CallbackSignature.Place, encoding: CallbackSignature.Encoding)
    case mismatch(CallbackSignature.Place)
    /// A shared secret sent as it is (`algorithm: secret`, Telerivet's `secret`) that is not the receiver's.
    case notTheSharedSecret(CallbackSignature.Place)
    /// A field the signature reads is sent twice: which one counts is anyone's guess.
    case repeatedField(String)
    /// The payload's fields, which the signature covers, do not read as text (a JSON member that is an object, or
    /// more fields than `FieldPairs.maximumFields`).
    case unsignableFields(String)
    /// A URL-signed callback whose public URL is unknown (`CallbackReceiver.publicBaseURL`).
    case unknownURL
    case noSecret
    case unreadableForm(String)
    /// A form or text body signed as its bytes whose `Content-Type` declares a charset the signature does not cover,
    /// in which it reads otherwise than in UTF-8.
    case unsignedCharset(FormCharset)
    /// The replay window's header or field does not read as its format says.
    case unreadableTimestamp(CallbackSignature.Place, format: DateFormatName)
    /// The signed time is further than the tolerance from the receiver's clock: `seconds` before now (negative: ahead).
    case outsideWindow(CallbackSignature.Place, seconds: Double, tolerance: Int)

    /// Whether the receiver's own setup is at fault, not the request: it has no secret, or no public URL to check a
    /// URL signature against.
    public var isReceiversOwn: Bool { self == .noSecret || self == .unknownURL }

    public var description: String {
        switch self {
        case .missingHeader(let place): place.absence
        case .headerTooLong(let place, let bytes):
            "\(place) is \(bytes) bytes; the limit is \(CallbackSignature.maximumHeaderBytes)"
        case .missingPrefix(let place, let prefix): "\(place) does not start with \(DisplayText.quotedExcerpt(prefix))"
        case .notEncoded(let place, let encoding): "\(place) is not \(encoding.rawValue)"
        case .mismatch(let place): "\(place) is not the signature of this request"
        case .notTheSharedSecret(let place): "\(place) is not the shared secret"
        case .repeatedField(let name):
            "the payload sends the field \(DisplayText.quotedExcerpt(name)) twice, which the signature reads once"
        case .unsignableFields(let problem): "the payload's fields, which the signature covers, do not read: \(problem)"
        case .unknownURL:
            "the URL the sender called is unknown (the request names no scheme or host): set the receiver's publicBaseURL"
        case .noSecret: "the callback is signed and the receiver has no signing secret, or an empty one: give it the provider's with verifying(with:)"
        case .unreadableForm(let problem): "the form body, which the signature covers, does not read: \(problem)"
        case .unsignedCharset(let charset):
            "the Content-Type declares charset \(charset.rawValue), which the signature does not cover: a body signed as its "
                + "bytes is read as UTF-8, and this one reads otherwise in \(charset.rawValue)"
        case .unreadableTimestamp(let place, let format): "\(place) is not a time in \(format.rawValue)"
        case .outsideWindow(let place, let seconds, let tolerance):
            "\(place) is \(Int(abs(seconds).rounded(.down))) seconds \(seconds < 0 ? "ahead of" : "behind") the receiver's clock; "
                + "the limit is \(tolerance) (a replayed or delayed request, or a clock that is off)"
        }
    }
}

extension CallbackSignature {
    /// The bytes the sender computes the HMAC over, its parts one after the other: the body, a digest of it, the URL
    /// (and the sorted fields of a form `body`; `form` false: the body is no form, the URL alone), the method, a
    /// header's value as `header(name)` gives it (nil: the request has none, and is refused), literal text, the
    /// payload's `fields` sorted (`PayloadFields`) or the `secret` (nil: refused, as a receiver without one is).
    public func signedBytes(
        method: String = "POST", url: String, body: Data, form: Bool, charset: FormCharset = .utf8,
        header: (String) -> String? = { _ in nil }, fields: [(name: String, value: String)] = [], secret: Secret? = nil
    ) throws(SignatureFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var digests: [CallbackSignature.Digest: String] = [:]  // Each once, however many parts name it.
        for part in signs.parts {
            switch part {
            case .body: bytes += body
            case .url: bytes += url.utf8
            case .method: bytes += method.utf8
            case .text(let text): bytes += text.utf8
            case .bodyDigest(let digest):
                let text = digests[digest] ?? HexDigit.text(digest.hash.digest(Array(body)))
                digests[digest] = text
                bytes += text.utf8
            case .header(let name): bytes += try Self.boundedValue(of: .header(name), header(name)).utf8
            case .fields(let pairs): bytes += try pairs.text(of: fields, leavingOut: carrier)
            case .secret:
                guard let secret, !secret.isBlank else { throw .noSecret }
                bytes += secret.value.utf8
            case .urlAndSortedFormParameters:
                guard form else {
                    bytes += url.utf8
                    continue
                }
                let fields: [(name: String, value: String)]
                do { fields = try FormDecoder.parse(body, charset: charset) } catch {
                    throw .unreadableForm(DecodingErrorDescription.describe(error))
                }
                let sorted = fields.sorted { ($0.name.utf8.lexicographicallyPrecedes($1.name.utf8)) || ($0.name == $1.name && $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)) }
                bytes += (url + sorted.map { $0.name + $0.value }.joined()).utf8
            }
        }
        return bytes
    }

    /// A header's or field's value, refused when absent or longer than `maximumHeaderBytes` (read no further).
    static func boundedValue(of place: Place, _ value: String?) throws(SignatureFailure) -> String {
        guard let value else { throw .missingHeader(place) }
        guard value.utf8.count <= maximumHeaderBytes else { throw .headerTooLong(place, bytes: value.utf8.count) }
        return value
    }

    /// The value at `place`: a header's as `header(name)` gives it, a field's among the payload's `fields`.
    public static func value(
        at place: Place, header: (String) -> String?, fields: [(name: String, value: String)]
    ) throws(SignatureFailure) -> String {
        switch place {
        case .header(let name): return try boundedValue(of: place, header(name))
        case .field(let name): return try boundedValue(of: place, PayloadFields.value(of: name, in: fields))
        }
    }

    /// Throws unless the replay window's header or field is a time within its tolerance of `now`; nothing without a
    /// window.
    public func checkReplayWindow(
        header: (String) -> String?, fields: [(name: String, value: String)] = [], now: Date
    ) throws(SignatureFailure) {
        guard let window = replayWindow else { return }
        let text = try Self.value(at: window.place, header: header, fields: fields)
        guard let sent = Timestamp.parse(text, isNumber: false, formats: [window.format.rawValue], timeZone: nil) else {
            throw .unreadableTimestamp(window.place, format: window.format)
        }
        let age = now.timeIntervalSince(sent)
        guard abs(age) <= Double(window.tolerance) else { throw .outsideWindow(window.place, seconds: age, tolerance: window.tolerance) }
    }

    /// The headers a sender writes on a request: each header `signs` names, the replay window's the time `now` in its
    /// format and any other `nonce`, then the signature over them (the sandbox signs its callbacks so).
    public func senderHeaders(
        secret: Secret, method: String, url: String, body: Data, form: Bool, now: Date, nonce: String
    ) throws(SignatureFailure) -> [(name: String, value: String)] {
        // A code carried in a payload field is written into the payload, not a header: no headers (sent unsigned).
        guard case .header = carrier else { return [] }
        var signed: [(name: String, value: String)] = []
        for name in signs.headers where !signed.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            let isTime = if case .header(let time)? = replayWindow?.place { time.lowercased() == name.lowercased() } else { false }
            signed.append((name, isTime ? Timestamp(now, format: replayWindow?.format.rawValue ?? "").text : nonce))
        }
        // With the secret, for a `secret` part: a shared secret in a header (a user's SMSFactor) was never sent.
        let bytes = try signedBytes(
            method: method, url: url, body: body, form: form,
            header: { name in signed.first { $0.name.lowercased() == name.lowercased() }?.value }, secret: secret)
        return signed + [(header, headerValue(secret: secret, signed: bytes))]
    }

    /// The code a sender writes into the payload field that carries it (Vonage's `sig`), over the payload's `fields`
    /// as the receiver reads them (`PayloadFields`, the time field already set); nil for a signature carried in a
    /// header (`senderHeaders`). The sandbox signs its callbacks so.
    public func fieldCode(secret: Secret, method: String, fields: [(name: String, value: String)]) throws(SignatureFailure) -> String? {
        guard case .field = carrier else { return nil }
        let bytes = try signedBytes(method: method, url: "", body: Data(), form: false, fields: fields, secret: secret)
        return headerValue(secret: secret, signed: bytes)
    }

    /// The value the sender writes in the header or field: the prefix, then the code of `signed` under `secret`, encoded.
    public func headerValue(secret: Secret, signed: [UInt8]) -> String {
        let code = algorithm.code(secret: secret, signed: signed, keyDigest: keyDigest)
        switch encoding {
        case .hex: return prefix + HexDigit.text(code)
        case .base64: return prefix + Data(code).base64EncodedString()
        case .text: return prefix + String(decoding: code, as: UTF8.self)
        }
    }

    /// Checks the header's or field's value against the code of `signed` under `secret`, in constant time (hex in
    /// either case; a shared secret's SHA-256 against the value's, so that not even its length is timed); throws why not.
    public func verify(headerValue: String?, secret: Secret, signed: [UInt8]) throws(SignatureFailure) {
        // An empty key's HMAC anyone computes, and an empty shared secret matches an empty field.
        guard !secret.isBlank else { throw .noSecret }
        let headerValue = try Self.boundedValue(of: carrier, headerValue)
        guard headerValue.hasPrefix(prefix) else { throw .missingPrefix(carrier, prefix: prefix) }
        let text = headerValue.dropFirst(prefix.count)
        let received: [UInt8]? =
            switch encoding {
            case .hex: HexDigit.bytes(text)
            case .base64: Data(base64Encoded: String(text)).map(Array.init)
            case .text: SecureHash.sha256.digest(Array(text.utf8))
            }
        guard let received else { throw .notEncoded(carrier, encoding: encoding) }
        let code = algorithm.code(secret: secret, signed: signed, keyDigest: keyDigest)
        let expected = encoding == .text ? SecureHash.sha256.digest(code) : code
        guard HMAC.constantTimeEquals(received, expected) else { throw encoding == .text ? .notTheSharedSecret(carrier) : .mismatch(carrier) }
    }
}

extension SignatureFailure {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}
