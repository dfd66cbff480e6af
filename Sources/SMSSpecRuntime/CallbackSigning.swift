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
        }
    }
}

extension CallbackSignature {
    /// The bytes the sender computes the HMAC over: the body, or the URL and the sorted fields of a form `body`
    /// (`form` false: the body is no form, the URL alone is signed).
    public func signedBytes(url: String, body: Data, form: Bool, charset: FormCharset = .utf8) throws(SignatureFailure) -> [UInt8] {
        switch signs {
        case .body:
            return Array(body)
        case .urlAndSortedFormParameters:
            guard form else { return Array(url.utf8) }
            let fields: [(name: String, value: String)]
            do { fields = try FormDecoder.parse(body, charset: charset) } catch {
                throw .unreadableForm(DecodingErrorDescription.describe(error))
            }
            let sorted = fields.sorted { ($0.name.utf8.lexicographicallyPrecedes($1.name.utf8)) || ($0.name == $1.name && $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)) }
            return Array((url + sorted.map { $0.name + $0.value }.joined()).utf8)
        }
    }

    /// The header's value the sender writes: the prefix, then the code of `signed` under `secret`, encoded.
    public func headerValue(secret: Secret, signed: [UInt8]) -> String {
        let code = HMAC.code(algorithm.hash, key: Array(secret.value.utf8), message: signed)
        switch encoding {
        case .hex: return prefix + code.map { HexDigit.pair($0) }.joined()
        case .base64: return prefix + Data(code).base64EncodedString()
        }
    }

    /// Checks the header's value against the code of `signed` under `secret`, in constant time; throws why not.
    public func verify(headerValue: String?, secret: Secret, signed: [UInt8]) throws(SignatureFailure) {
        guard let headerValue else { throw .missingHeader(header) }
        guard headerValue.utf8.count <= Self.maximumHeaderBytes else { throw .headerTooLong(header, bytes: headerValue.utf8.count) }
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
