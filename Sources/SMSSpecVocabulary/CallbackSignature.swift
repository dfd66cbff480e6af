/// How a provider signs its callbacks (a spec's `signature:`), so that a receiver can refuse a forged one: the header
/// that carries the signature, the HMAC and what it is computed over, and how the code is written in the header.
public struct CallbackSignature: Hashable, Sendable {
    public enum Algorithm: String, CaseIterable, Hashable, Sendable {
        case hmacSHA1 = "hmac-sha1"
        case hmacSHA256 = "hmac-sha256"
        case hmacSHA512 = "hmac-sha512"
    }

    /// What the sender computes the HMAC over.
    public enum Content: String, CaseIterable, Hashable, Sendable {
        /// The raw body, byte for byte (Termii).
        case body
        /// The full URL the sender called, then each form field's name and value (percent-decoded), sorted by name
        /// and then value, with nothing between them; a callback without a form body signs its URL alone (Twilio).
        case urlAndSortedFormParameters = "url+sorted-form-params"
    }

    /// How the code is written in the header.
    public enum Encoding: String, CaseIterable, Hashable, Sendable {
        /// Lowercase hexadecimal (either case is read).
        case hex
        /// Standard base64 with padding.
        case base64
    }

    /// The header's name (`X-Twilio-Signature`).
    public var header: String
    public var algorithm: Algorithm
    public var signs: Content
    public var encoding: Encoding
    /// Text before the code in the header (`sha256=`), empty for none.
    public var prefix: String

    public init(header: String, algorithm: Algorithm, signs: Content, encoding: Encoding, prefix: String = "") {
        self.header = header
        self.algorithm = algorithm
        self.signs = signs
        self.encoding = encoding
        self.prefix = prefix
    }

    /// The longest signature header a receiver reads: a longer one is refused unread. A SHA-512 code in hex is
    /// 128 characters; the rest is room for a prefix.
    public static let maximumHeaderBytes = 512

    /// The longest `prefix` a spec may give.
    public static let maximumPrefixBytes = 32

    /// The scheme in words, for documentation: `HMAC-SHA512 of the raw body, hex, in X-Termii-Signature`.
    public var summary: String {
        let what = signs == .body ? "the raw body" : "the URL called, then any form body's fields sorted by name"
        let written = prefix.isEmpty ? encoding.rawValue : "\(encoding.rawValue) after `\(prefix)`"
        return "\(algorithm.rawValue.uppercased()) of \(what), \(written), in the header \(header)"
    }
}
