extension DisplayText {
    /// What a URL's user information (`user:password@`) is shown as.
    public static let redactedUserinfo = "<redacted>"

    /// `text` with the user information of every URL in it replaced by `<redacted>`: `https://u:p@host/` is shown as
    /// `https://<redacted>@host/`, and a URL written percent-encoded (a pre-encoded callback URL,
    /// `https%3A%2F%2Fu%3Ap%40host`) as `https%3A%2F%2F<redacted>%40host`. A URL's user information is a credential
    /// (a callback URL with Basic authentication), and a value quoted in a message may be one, whole or inside other text.
    ///
    /// An authority starts after `://` (or `%3A%2F%2F`) and ends at `/`, `?`, `#`, `\`, whitespace, a control
    /// character, a quote or an angle bracket (or, percent-encoded, at `%2F`, `%3F`, `%23` or `%5C`); its user
    /// information is everything before its last `@` (`%40`), as WHATWG URL parsers read it. One pass over the UTF-8
    /// bytes: every byte looked for is ASCII, so a cut never splits a character.
    public static func redactingUserinfo(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var redacted: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            let encoded: Bool
            if matches(bytes, at: index, "://") {
                encoded = false
            } else if matches(bytes, at: index, "%3a%2f%2f") {
                encoded = true
            } else {
                index += 1
                continue
            }
            let start = index + (encoded ? 9 : 3)
            var end = start
            var lastAt: Int?
            while end < bytes.count, !endsAuthority(bytes, at: end, encoded: encoded) {
                if bytes[end] == UInt8(ascii: "@") || (encoded && matches(bytes, at: end, "%40")) { lastAt = end }
                end += 1
            }
            if let at = lastAt, at > start {
                redacted += bytes[copied..<start]
                redacted += redactedUserinfo.utf8
                copied = at
            }
            index = end
        }
        guard copied > 0 else { return text }
        redacted += bytes[copied...]
        return String(decoding: redacted, as: UTF8.self)
    }

    private static func endsAuthority(_ bytes: [UInt8], at index: Int, encoded: Bool) -> Bool {
        let byte = bytes[index]
        if byte <= 0x20 || byte == 0x7F || "/?#\\\"'<>`".utf8.contains(byte) { return true }
        return encoded && ["%2f", "%3f", "%23", "%5c"].contains { matches(bytes, at: index, $0) }
    }

    /// Whether `bytes` at `index` spell `ascii`, letters in either case (a percent escape's hex digits).
    private static func matches(_ bytes: [UInt8], at index: Int, _ ascii: String) -> Bool {
        var position = index
        for expected in ascii.utf8 {
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            guard byte == expected || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte | 0x20 == expected else { return false }
            position += 1
        }
        return true
    }
}
