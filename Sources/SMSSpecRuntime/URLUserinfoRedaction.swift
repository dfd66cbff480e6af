import Foundation

/// Text a field with the `url` rule holds: a URL whose user information (`https://user:password@host`, a callback
/// URL with Basic authentication) is a credential. Printing, and output meant for people
/// (`CodingUserInfoKey.redactSecrets`), show it redacted (`DisplayText.redactingURLUserinfo(_:)`, a malformed one too); encoded plainly, it is
/// the URL sent.
@_spi(Generated) public protocol URLUserinfoRedactable {
    /// This value with each URL's user information replaced by `<redacted>`, and each spelling of `secrets`
    /// (`Secret.urlSpellings`): the credentials of the message holding it, which a URL's query may repeat (an SNS
    /// subscription confirmation's `SubscribeURL` holds its `Token`).
    func redactingURLUserinfo(hiding secrets: [Secret?]) -> Self
}

extension URLUserinfoRedactable {
    /// This value with each URL's user information replaced by `<redacted>`.
    @_spi(Generated) public func redactingURLUserinfo() -> Self { redactingURLUserinfo(hiding: []) }

    /// The value to write to `encoder`: redacted when it asks for secrets to be (as `Secret` writes itself), else whole.
    @_spi(Generated) public func redactingURLUserinfo(for encoder: any Encoder, hiding secrets: [Secret?] = []) -> Self {
        encoder.userInfo[.redactSecrets] as? Bool == true ? redactingURLUserinfo(hiding: secrets) : self
    }
}

@_spi(Generated) extension String: URLUserinfoRedactable {
    public func redactingURLUserinfo(hiding secrets: [Secret?]) -> String {
        // A value as it is, never a quote cut or escaped: its credentials' URL spellings are all it can hold.
        // The message's own credentials first, in the text as written: a credential-named pair (`?auth=abcd#efgh`)
        // ends its value at `#` or `&`, so redacting it first left the rest of a key holding one (`<redacted>#efgh`).
        let values = secrets.compactMap { $0?.value }.filter { $0.utf8.count >= Secret.shortestFoundInText }
        let swept = EncodedSpellings.redacting(
            values, in: redacting(spellings: URLSpellingsCache.shared.spellings(of: values)), with: Secret.redacted)
        return DisplayText.redactingURLUserinfo(swept)
    }

    /// This text with each spelling of each of `secrets` `<redacted>` (`SecretSweep`: escaped, cut short too).
    public func redacting(secretValues secrets: [String]) -> String {
        guard !secrets.isEmpty else { return self }
        return SecretSweep(values: secrets).redacting(self)
    }

    /// This text with each of `spellings` (longest first) `<redacted>`, matched by their UTF-8 bytes (a match of whole
    /// characters missed a credential followed by a combining mark or a variation selector, which joins its last
    /// character into another), each in one pass (`BytePattern`).
    public func redacting(spellings: [String]) -> String {
        var bytes = Array(utf8)
        let replacement = Array(Secret.redacted.utf8)
        var changed = false
        for spelling in spellings {
            // In either case of its ASCII letters: a gateway may echo a credential upper- or lower-cased (an attack).
            let pattern = BytePattern(Array(spelling.utf8), ignoringASCIICase: true)
            var output: [UInt8] = []
            var copied = 0
            while let start = pattern.firstOccurrence(in: bytes, from: copied) {
                output += bytes[copied..<start]
                output += replacement
                copied = start + pattern.bytes.count
            }
            guard copied > 0 else { continue }
            bytes = output + bytes[copied...]
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : self
    }
}

/// JSON kept whole (a field of type `json`) may hold URLs in any of its texts, values and member names (a `metadata`
/// object's report URL): each is redacted as a URL field's is; numbers and the rest stay.
@_spi(Generated) extension JSONValue: URLUserinfoRedactable {
    public func redactingURLUserinfo(hiding secrets: [Secret?]) -> JSONValue {
        switch self {
        case .string(let text): .string(text.redactingURLUserinfo(hiding: secrets))
        case .array(let items): .array(items.map { $0.redactingURLUserinfo(hiding: secrets) })
        case .object(let members):
            // A member's name is text too (a map keyed by callback URL); two that redact alike are shown once.
            .object(Dictionary(
                members.map { ($0.key.redactingURLUserinfo(hiding: secrets), $0.value.redactingURLUserinfo(hiding: secrets)) },
                uniquingKeysWith: { first, _ in first }))
        case .null, .bool, .number: self
        }
    }
}

/// The URL spellings of the credentials last asked for, longest first: printing a list of 100,000 recipients, each
/// with a report URL, hides one message's credentials in each, and worked out their spellings once per URL.
private final class URLSpellingsCache: @unchecked Sendable {  // Its one entry is read and written under `lock`.
    static let shared = URLSpellingsCache()
    private let lock = NSLock()
    /// Keyed by the values' bytes: `==` on texts would take an NFD credential for the NFC one before it, whose spellings
    /// a byte search does not find in it.
    private var last: (values: [[UInt8]], spellings: [String]) = ([], [])

    func spellings(of values: [String]) -> [String] {
        guard !values.isEmpty else { return [] }
        let key = values.map { Array($0.utf8) }
        if let found = lock.withLock({ last.values == key ? last.spellings : nil }) { return found }
        let spellings = values.flatMap(Secret.canonicalForms(of:)).flatMap(Secret.urlSpellings(of:)).distinctByBytes().sorted { $0.utf8.count > $1.utf8.count }
        lock.withLock { last = (key, spellings) }
        return spellings
    }
}

@_spi(Generated) extension Optional: URLUserinfoRedactable where Wrapped: URLUserinfoRedactable {
    public func redactingURLUserinfo(hiding secrets: [Secret?]) -> Self { map { $0.redactingURLUserinfo(hiding: secrets) } }
}

@_spi(Generated) extension Array: URLUserinfoRedactable where Element: URLUserinfoRedactable {
    public func redactingURLUserinfo(hiding secrets: [Secret?]) -> Self { map { $0.redactingURLUserinfo(hiding: secrets) } }
}

@_spi(Generated) extension Dictionary: URLUserinfoRedactable where Value: URLUserinfoRedactable {
    public func redactingURLUserinfo(hiding secrets: [Secret?]) -> Self { mapValues { $0.redactingURLUserinfo(hiding: secrets) } }
}

extension Secret {
    /// A credential shorter than this is not looked for inside other text by what prints a message: a short one
    /// (`1`, `abc`) is a word of it too.
    @_spi(Generated) public static let shortestFoundInText = 4

    /// `value` as a URL or a form may spell it: as it is, and percent-encoded as encoders do (every byte but letters
    /// and digits; RFC 3986's unreserved ones kept, and `/` too, as Python's `quote()`; a query's, a query item's
    /// value as `URLComponents.queryItems` writes it, a path segment's; a form's `+` for a space), escapes in either
    /// case; and all of these for the value percent-decoded (a key written pre-encoded, `3zJU%2Ft7DX6g%3D`, which a
    /// URL may hold decoded). Callers that look for it inside other text skip short values (`shortestFoundInText`).
    @_spi(Generated) public static func urlSpellings(of value: String) -> [String] {
        let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let allowed: [CharacterSet] = [
            .alphanumerics, unreserved, unreserved.union(CharacterSet(charactersIn: "/")), .urlQueryAllowed,
            CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#")), FormEncoder.pathSegmentAllowed,
        ]
        var spellings: [String] = []
        for text in [value, value.removingPercentEncoding].compactMap({ $0 }) where !text.isEmpty {
            let encoded = allowed.compactMap { text.addingPercentEncoding(withAllowedCharacters: $0) }
                + [text.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: " ")))?.replacingOccurrences(of: " ", with: "+")]
                .compactMap { $0 }
            for spelling in [text] + encoded.flatMap({ [$0, lowercasingEscapes($0)] }) where !spellings.contains(where: { $0.utf8.elementsEqual(spelling.utf8) }) {
                spellings.append(spelling)
            }
        }
        return spellings
    }

    /// `encoded` with the hex digits of its percent escapes in lowercase (`%2f` for `%2F`: both spell one byte), as
    /// some encoders write them.
    @_spi(Generated) public static func lowercasingEscapes(_ encoded: String) -> String {
        var bytes = Array(encoded.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "%") && index + 2 < bytes.count {
            for digit in (index + 1)...(index + 2) where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(bytes[digit]) { bytes[digit] |= 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
