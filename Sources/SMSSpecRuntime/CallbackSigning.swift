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
    public var hash: SecureHash {
        switch self {
        case .hmacSHA1: .sha1
        case .hmacSHA256: .sha256
        case .hmacSHA512: .sha512
        }
    }
}

/// Why a callback's signature is refused; each says what to check, never the secret or the expected code.
public enum SignatureFailure: Error, Hashable, Sendable, CustomStringConvertible {
    case missingHeader(String)
    case headerTooLong(String, bytes: Int)
    case missingPrefix(String, prefix: String)
    case notEncoded(String, encoding: CallbackSignature.Encoding)
    case mismatch(String)
    /// A URL-signed callback whose public URL is unknown (`CallbackReceiver.publicBaseURL`).
    case unknownURL
    case noSecret
    case unreadableForm(String)
    /// The replay window's header does not read as its format says.
    case unreadableTimestamp(String, format: DateFormatName)
    /// The signed time is further than the tolerance from the receiver's clock: `seconds` before now (negative: ahead).
    case outsideWindow(String, seconds: Double, tolerance: Int)

    public var description: String {
        switch self {
        case .missingHeader(let header): "the request has no \(header) header"
        case .headerTooLong(let header, let bytes):
            "the \(header) header is \(bytes) bytes; the limit is \(CallbackSignature.maximumHeaderBytes)"
        case .missingPrefix(let header, let prefix): "the \(header) header does not start with \(DisplayText.quotedExcerpt(prefix))"
        case .notEncoded(let header, let encoding): "the \(header) header is not \(encoding.rawValue)"
        case .mismatch(let header): "the \(header) header is not the signature of this request"
        case .unknownURL:
            "the URL the sender called is unknown (the request names no scheme or host): set the receiver's publicBaseURL"
        case .noSecret: "the callback is signed and the receiver has no signing secret: give it one with verifying(with:)"
        case .unreadableForm(let problem): "the form body, which the signature covers, does not read: \(problem)"
        case .unreadableTimestamp(let header, let format): "the \(header) header is not a time in \(format.rawValue)"
        case .outsideWindow(let header, let seconds, let tolerance):
            "the \(header) header is \(Int(abs(seconds).rounded(.down))) seconds \(seconds < 0 ? "ahead of" : "behind") the receiver's clock; "
                + "the limit is \(tolerance) (a replayed or delayed request, or a clock that is off)"
        }
    }
}

extension CallbackSignature {
    /// The bytes the sender computes the HMAC over, its parts one after the other: the body, a digest of it, the URL
    /// (and the sorted fields of a form `body`; `form` false: the body is no form, the URL alone), the method, a
    /// header's value as `header(name)` gives it (nil: the request has none, and is refused) or literal text.
    public func signedBytes(
        method: String = "POST", url: String, body: Data, form: Bool, charset: FormCharset = .utf8,
        header: (String) -> String? = { _ in nil }
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
            case .header(let name): bytes += try Self.boundedValue(of: name, header(name)).utf8
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

    /// A header's value, refused when absent or longer than `maximumHeaderBytes` (read no further).
    static func boundedValue(of header: String, _ value: String?) throws(SignatureFailure) -> String {
        guard let value else { throw .missingHeader(header) }
        guard value.utf8.count <= maximumHeaderBytes else { throw .headerTooLong(header, bytes: value.utf8.count) }
        return value
    }

    /// Throws unless the replay window's header is a time within its tolerance of `now`; nothing without a window.
    public func checkReplayWindow(header: (String) -> String?, now: Date) throws(SignatureFailure) {
        guard let window = replayWindow else { return }
        let text = try Self.boundedValue(of: window.header, header(window.header))
        guard let sent = Timestamp.parse(text, isNumber: false, formats: [window.format.rawValue], timeZone: nil) else {
            throw .unreadableTimestamp(window.header, format: window.format)
        }
        let age = now.timeIntervalSince(sent)
        guard abs(age) <= Double(window.tolerance) else { throw .outsideWindow(window.header, seconds: age, tolerance: window.tolerance) }
    }

    /// The headers a sender writes on a request: each header `signs` names, the replay window's the time `now` in its
    /// format and any other `nonce`, then the signature over them (the sandbox signs its callbacks so).
    public func senderHeaders(
        secret: Secret, method: String, url: String, body: Data, form: Bool, now: Date, nonce: String
    ) throws(SignatureFailure) -> [(name: String, value: String)] {
        var signed: [(name: String, value: String)] = []
        for name in signs.headers where !signed.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            let isTime = name.lowercased() == replayWindow?.header.lowercased()
            signed.append((name, isTime ? Timestamp(now, format: replayWindow?.format.rawValue ?? "").text : nonce))
        }
        let bytes = try signedBytes(method: method, url: url, body: body, form: form) { name in
            signed.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        return signed + [(header, headerValue(secret: secret, signed: bytes))]
    }

    /// The header's value the sender writes: the prefix, then the code of `signed` under `secret`, encoded.
    public func headerValue(secret: Secret, signed: [UInt8]) -> String {
        let code = HMAC.code(algorithm.hash, key: Array(secret.value.utf8), message: signed)
        switch encoding {
        case .hex: return prefix + HexDigit.text(code)
        case .base64: return prefix + Data(code).base64EncodedString()
        }
    }

    /// Checks the header's value against the code of `signed` under `secret`, in constant time; throws why not.
    public func verify(headerValue: String?, secret: Secret, signed: [UInt8]) throws(SignatureFailure) {
        let headerValue = try Self.boundedValue(of: header, headerValue)
        guard headerValue.hasPrefix(prefix) else { throw .missingPrefix(header, prefix: prefix) }
        let text = headerValue.dropFirst(prefix.count)
        let received: [UInt8]? =
            switch encoding {
            case .hex: HexDigit.bytes(text)
            case .base64: Data(base64Encoded: String(text)).map(Array.init)
            }
        guard let received else { throw .notEncoded(header, encoding: encoding) }
        let expected = HMAC.code(algorithm.hash, key: Array(secret.value.utf8), message: signed)
        guard HMAC.constantTimeEquals(received, expected) else { throw .mismatch(header) }
    }
}
