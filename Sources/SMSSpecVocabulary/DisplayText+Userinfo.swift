extension DisplayText {
    /// What a URL's user information (`user:password@`) is shown as.
    public static let redactedUserinfo = "<redacted>"

    /// `text` with the user information of every URL in it replaced by `<redacted>`: `https://u:p@host/` is shown as
    /// `https://<redacted>@host/`. A URL's user information is a credential (a callback URL with Basic
    /// authentication), and a value quoted in a message may be one, whole or inside other text.
    ///
    /// An authority starts after `://` and ends at `/`, `?`, `#`, `\`, whitespace, a control character, a quote or
    /// an angle bracket; its user information is everything before its last `@` (as WHATWG URL parsers read it).
    /// One pass over the UTF-8 bytes: every byte looked for is ASCII, so a cut never splits a character.
    public static func redactingUserinfo(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var redacted: [UInt8] = []
        var copied = 0
        var index = 0
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") else {
                index += 1
                continue
            }
            let start = index + 3
            var end = start
            var lastAt: Int?
            while end < bytes.count, !endsAuthority(bytes[end]) {
                if bytes[end] == UInt8(ascii: "@") { lastAt = end }
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

    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || "/?#\\\"'<>`".utf8.contains(byte)
    }
}
