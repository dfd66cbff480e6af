/// How a provider signs its callbacks (a spec's `signature:`), so that a receiver can refuse a forged one: the header
/// or payload field that carries the signature, the HMAC or digest and what it is computed over, how the code is
/// written, and the replay window of a signed timestamp.
public struct CallbackSignature: Hashable, Sendable {
    /// An HMAC keyed with the secret, or a plain digest of what is signed, the secret among it (a `secret` part);
    /// or `secret`: the secret itself is sent and compared (Telerivet's `secret` field), signing nothing.
    public enum Algorithm: String, CaseIterable, Hashable, Sendable {
        case hmacSHA1 = "hmac-sha1"
        case hmacSHA256 = "hmac-sha256"
        case hmacSHA512 = "hmac-sha512"
        case hmacMD5 = "hmac-md5"
        case md5, sha1, sha256, sha512
        case secret

        /// Whether the secret is the HMAC's key; a plain digest is keyed only by a `secret` part.
        public var isHMAC: Bool { rawValue.hasPrefix("hmac-") }
    }

    /// Where a value of a signed request travels: a header, or a field at the top of the payload (a query's or a
    /// form's field, a JSON object's member). A string literal is a header's name.
    public enum Place: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        case header(String)
        case field(String)

        public init(stringLiteral name: String) { self = .header(name) }

        public var name: String {
            switch self {
            case .header(let name), .field(let name): name
            }
        }

        /// `the X-Sig header`, `the sig field`.
        public var description: String {
            switch self {
            case .header(let name): "the \(name) header"
            case .field(let name): "the \(name) field"
            }
        }

        /// What a request without it lacks: `the request has no X-Sig header`, `the payload has no sig field`.
        public var absence: String {
            switch self {
            case .header(let name): "the request has no \(name) header"
            case .field(let name): "the payload has no \(name) field"
            }
        }
    }

    /// What the sender computes the HMAC over: its parts' bytes, one after the other.
    public struct Content: Hashable, Sendable {
        public var parts: [Part]

        public init(_ parts: [Part]) { self.parts = parts }

        /// The raw body, byte for byte (Termii).
        public static let body = Content([.body])
        /// The full URL the sender called, then each form field's name and value (percent-decoded), sorted by name
        /// and then value, with nothing between them; a callback without a form body signs its URL alone (Twilio).
        public static let urlAndSortedFormParameters = Content([.urlAndSortedFormParameters])

        /// The payload's fields sorted, when a part signs them.
        public var fields: FieldPairs? { parts.lazy.compactMap(\.fields).first }

        /// Whether a part reads the body (its bytes or its digest).
        public var readsBody: Bool { parts.contains { $0 == .body || $0.digest != nil } }
        /// Whether a part reads the URL the sender called.
        public var readsURL: Bool { parts.contains { $0 == .url || $0 == .urlAndSortedFormParameters } }
        /// The headers whose values are signed, in order.
        public var headers: [String] { parts.compactMap(\.header) }
    }

    /// One piece of what is signed.
    public enum Part: Hashable, Sendable {
        /// The raw body, byte for byte.
        case body
        /// The full URL the sender called, its query included.
        case url
        /// The request's method (`POST`).
        case method
        /// The URL and a form's fields sorted (`Content.urlAndSortedFormParameters`).
        case urlAndSortedFormParameters
        /// A header's value as it arrives (a nonce, a timestamp); a request without it is refused.
        case header(String)
        /// Literal text between parts (`.`, a line feed).
        case text(String)
        /// The digest of the raw body, in lowercase hex (seven.io's MD5).
        case bodyDigest(Digest)
        /// The payload's fields, but the one carrying the signature, sorted by name and written as `FieldPairs` says
        /// (Vonage's `&name=value` each).
        case fields(FieldPairs)
        /// The secret's UTF-8 bytes, for a plain digest (`md5(fields + secret)`).
        case secret

        /// The parts written as a name in a spec (`signs: [url, body]`), by name.
        public static let named: [(name: String, part: Part)] = [
            ("body", .body), ("url", .url), ("method", .method), ("url+sorted-form-params", .urlAndSortedFormParameters), ("secret", .secret),
        ]

        public var header: String? { if case .header(let name) = self { name } else { nil } }
        public var digest: Digest? { if case .bodyDigest(let digest) = self { digest } else { nil } }
        public var fields: FieldPairs? { if case .fields(let pairs) = self { pairs } else { nil } }

        /// The part in words, for documentation.
        var summary: String {
            switch self {
            case .body: "the raw body"
            case .url: "the URL called"
            case .method: "the method"
            case .urlAndSortedFormParameters: "the URL called, then any form body's fields sorted by name"
            case .header(let name): "the \(name) header"
            case .text(let text): "`\(text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())`"
            case .bodyDigest(let digest): "the \(digest.rawValue.uppercased()) of the body in hex"
            case .fields(let pairs): pairs.summary
            case .secret: "the secret"
            }
        }
    }

    /// A digest of the body a signature covers.
    public enum Digest: String, CaseIterable, Hashable, Sendable {
        case md5, sha1, sha256, sha512
    }

    /// The signed timestamp a receiver checks against its clock: a request whose time is further than `tolerance`
    /// seconds from now, past or future, is refused even when its signature matches, so a captured request cannot be
    /// replayed later.
    public struct ReplayWindow: Hashable, Sendable {
        /// The header (`X-Timestamp`) or payload field (Vonage's `timestamp`) carrying the time the sender signed at.
        public var place: Place
        /// How it is written: `unixSeconds`, `unixMilliseconds` or `iso8601`.
        public var format: DateFormatName
        /// The largest difference from the receiver's clock it accepts, in seconds.
        public var tolerance: Int

        public init(place: Place, format: DateFormatName, tolerance: Int) {
            self.place = place
            self.format = format
            self.tolerance = tolerance
        }

        public init(header: String, format: DateFormatName, tolerance: Int) {
            self.init(place: .header(header), format: format, tolerance: tolerance)
        }
    }

    /// How the code is written in the header.
    public enum Encoding: String, CaseIterable, Hashable, Sendable {
        /// Lowercase hexadecimal (either case is read).
        case hex
        /// Standard base64 with padding.
        case base64
        /// The code's bytes as UTF-8 text: the shared secret itself (`sharedSecret`), which a spec writes no encoding for.
        case text

        /// The encodings a spec's `encoding:` names: a code's.
        public static let ofCodes: [Encoding] = [.hex, .base64]
    }

    /// A shared secret sent as it is, in a header or a payload field (Telerivet's `secret`), compared with the
    /// receiver's: it signs nothing of the payload.
    public static func sharedSecret(in carrier: Place, prefix: String = "") -> CallbackSignature {
        CallbackSignature(carrier: carrier, algorithm: .secret, signs: Content([.secret]), encoding: .text, prefix: prefix)
    }

    /// Where the code travels: a header (`X-Twilio-Signature`) or a payload field (Vonage's `sig`), itself never signed.
    public var carrier: Place
    public var algorithm: Algorithm
    public var signs: Content
    public var encoding: Encoding
    /// Text before the code in the header (`sha256=`), empty for none.
    public var prefix: String
    /// The signed timestamp's window; nil when the provider signs none.
    public var replayWindow: ReplayWindow?
    /// An HMAC keyed with this digest of the secret rather than the secret itself (Telegram Gateway keys its HMAC-SHA256
    /// with the SHA-256 of the API token); nil keys it with the secret.
    public var keyDigest: Digest?
    /// The provider signs only for an account that sets a secret (EZ Texting's optional webhook secret): a receiver
    /// given none takes callbacks unsigned; one given a secret refuses those without a valid signature.
    public var isOptional: Bool

    public init(
        carrier: Place, algorithm: Algorithm, signs: Content, encoding: Encoding, prefix: String = "", replayWindow: ReplayWindow? = nil,
        keyDigest: Digest? = nil, isOptional: Bool = false
    ) {
        self.carrier = carrier
        self.algorithm = algorithm
        self.signs = signs
        self.encoding = encoding
        self.prefix = prefix
        self.replayWindow = replayWindow
        self.keyDigest = keyDigest
        self.isOptional = isOptional
    }

    public init(
        header: String, algorithm: Algorithm, signs: Content, encoding: Encoding, prefix: String = "", replayWindow: ReplayWindow? = nil,
        keyDigest: Digest? = nil, isOptional: Bool = false
    ) {
        self.init(
            carrier: .header(header), algorithm: algorithm, signs: signs, encoding: encoding, prefix: prefix, replayWindow: replayWindow,
            keyDigest: keyDigest, isOptional: isOptional)
    }

    /// The name of the header or field that carries the code.
    public var header: String { carrier.name }

    /// Whether a receiver reads the payload's fields: to sign them, or for the code or the time one carries.
    public var readsPayloadFields: Bool {
        if case .field = carrier { return true }
        if case .field? = replayWindow?.place { return true }
        return signs.fields != nil
    }

    /// The payload fields a receiver reads, where the signature names each: the listed ones (`names`), the code's and
    /// the time's; nil when it signs every field sorted, each of which must then read as text.
    public var fieldsRead: Set<String>? {
        if let fields = signs.fields, fields.names == nil { return nil }
        var read = Set(signs.fields?.names ?? [])
        if case .field(let name) = carrier { read.insert(name) }
        if case .field(let name)? = replayWindow?.place { read.insert(name) }
        return read
    }

    /// The longest signature header a receiver reads: a longer one is refused unread. A SHA-512 code in hex is
    /// 128 characters; the rest is room for a prefix. A signed header (a nonce, a timestamp) is held to it too.
    public static let maximumHeaderBytes = 512

    /// The longest `prefix` a spec may give, and the longest `text` part.
    public static let maximumPrefixBytes = 32

    /// The most parts a spec's `signs` may list.
    public static let maximumParts = 16

    /// The largest `tolerance`, in seconds: a day.
    public static let maximumTolerance = 86_400

    /// The scheme in words, for documentation: `HMAC-SHA512 of the raw body, hex, in X-Termii-Signature`.
    public var summary: String {
        let place: String = switch carrier {
        case .header(let name): "the header \(name)"
        case .field(let name): "the payload field \(name)"
        }
        if algorithm == .secret {
            return "the shared secret itself\(prefix.isEmpty ? "" : " after `\(prefix)`"), in \(place): it signs nothing of the payload, "
                + "which anyone who has seen one request can send altered"
        }
        let what = signs.parts.count == 1 ? signs.parts[0].summary : "these, one after the other: " + signs.parts.map(\.summary).joined(separator: ", ")
        let written = prefix.isEmpty ? encoding.rawValue : "\(encoding.rawValue) after `\(prefix)`"
        let window = replayWindow.map {
            let time = if case .header(let name) = $0.place { name } else { $0.place.description }
            return "; refused when \(time) (\($0.format.rawValue)) is more than \($0.tolerance) seconds from the receiver's clock"
        } ?? ""
        let unsigned = signs.fields?.names.map { "; any field but \($0.joined(separator: ", ")) is unsigned: anyone can alter it" } ?? ""
        let key = keyDigest.map { " keyed with the \($0.rawValue.uppercased()) of the secret" } ?? ""
        return "\(algorithm.rawValue.uppercased())\(key) of \(what), \(written), in \(place)\(window)\(unsigned)"
    }
}
