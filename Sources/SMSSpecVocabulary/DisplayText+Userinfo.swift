extension DisplayText {
    /// What a URL's user information (`user:password@`) is shown as.
    public static let redactedUserinfo = "<redacted>"

    /// `text` with the user information of every URL in it replaced by `<redacted>`: `https://u:p@host/` is shown as
    /// `https://<redacted>@host/`, and a URL written percent-encoded (a pre-encoded callback URL,
    /// `https%3A%2F%2Fu%3Ap%40host`) as `https%3A%2F%2F<redacted>%40host`. A URL's user information is a credential
    /// (a callback URL with Basic authentication), and a value quoted in a message may be one, whole or inside other text.
    ///
    /// Each of `://` and `@` may be written out or percent-encoded, any number of times over (`%253A` is `%3A`
    /// encoded again), and alike or not: Python's `quote()` leaves `/` as it is (`https%3A//u%3Ap%40host`). An
    /// authority starts after `://` and ends at `/`, `?`, `#`, `\`, a space, a line break, or the quote that closes one
    /// standing right before the scheme (`"https://…"`). Any other quote, a tab or another control character (which
    /// WHATWG parsers drop or percent-encode: `https://u<TAB>x:pw@host` has the user `ux`) and a JSON escape of one
    /// (`\"`, `\t`, `\u0001`, as the CLI prints a value) are the user information's. `/?#\` end it also
    /// percent-encoded as many times as the `://`'s slashes or fewer (one encoded more is the user information's own,
    /// as `%2F` in `https://u%2Fx:p@host`); its user information is everything before its last `@`, written out or
    /// encoded, as WHATWG URL parsers read it.
    ///
    /// A URL written out whose authority holds a `:` before any `@` (a password, or a port) may be a careless one
    /// whose password holds a space, `/`, `?`, `#`, `\` or `@` unencoded (`http://user:pa ss@host/x`, which a
    /// configuration or a log line may hold): its user information runs on to the last `@` before the line ends, the
    /// closing quote, or another URL after a space. That hides more than the password when an `@` follows on the line
    /// (`http://h:8080/x, mail ops@example.com` shows `http://<redacted>@example.com`), never less. A URL whose
    /// authority is a bare host (`http://example.com and mail ops@example.com`) or a user name and host
    /// (`http://tok@h/u/bob@x`), and text with no `://`, are read as before: so is a user name holding a space
    /// (`http://us er:pw@h` reads as a host and prose). One pass over the UTF-8 bytes: every byte looked for is ASCII, so a cut never splits a character.
    public static func redactingUserinfo(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var redacted: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            // A separator starts with `:`, `/` or `\`, written out or percent-encoded: no other byte is looked at further.
            let byte = bytes[index]
            guard byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "%"),
                let separator = schemeSeparator(bytes, at: index) ?? schemeRelativeSeparator(bytes, at: index) else {
                index += 1
                continue
            }
            let start = separator.end
            let read = userinfoEnd(bytes, from: start, separatorDepth: separator.depth, closer: closingQuote(bytes, beforeScheme: index))
            if let at = read.lastAt, at > start, start >= copied {
                redacted += bytes[copied..<start]
                redacted += redactedUserinfo.utf8
                copied = at
            }
            // An authority that ended at the `//` of another URL (`http://me@a.example,https://u:pw@h/`) ended at
            // that URL's scheme: it is read next, not skipped.
            // (A colon after the user information's `@`: one before it is the user information's own.)
            let next = read.lastColon.flatMap { $0 > (read.lastAt ?? index) && schemeSeparator(bytes, at: $0) != nil ? $0 : nil } ?? read.end
            index = max(next, index + 1)
        }
        guard copied > 0 else { return text }
        redacted += bytes[copied...]
        return String(decoding: redacted, as: UTF8.self)
    }

    /// `text`, a value meant to be one URL (a field with the `url` rule), as `redactingUserinfo` shows it, and a
    /// malformed one too (`https//shop:pw@host/dlr`, `shop:pw@host/dlr`, which the rule refuses and quotes): what
    /// stands before the last `@` of its authority is `<redacted>`, as `ServerURL.resolve` hides what stands before an
    /// `@` in a server's value. The authority starts after a scheme's slashes (a `:` before them or not) or a special
    /// scheme's `:`, else at the start, and ends at the first `/`, `?`, `#` or `\`. A query pair named as a credential
    /// (`apikey=`, `token=`, `password=`: `credentialQueryNames`) shows its value `<redacted>` too: users put their key in
    /// their callback URLs, and it printed where the sandbox's log hid it.
    public static func redactingURLUserinfo(_ value: String) -> String {
        redactingCredentialQueryValues(redactingAuthority(value))
    }

    /// The names of query pairs whose values a URL shows `<redacted>`, compared in lowercase without `_`, `-` and `.`
    /// (`api_key`, `API-Key`, `access_token`). Whole names only: `monkey=` is no key.
    /// Every name that says a field holds a credential (`CredentialNames.words`: MSG91's `authkey` too), and the words
    /// that in a URL's query hold one as often as not.
    public static let credentialQueryNames: Set<String> = CredentialNames.words.union([
        "key", "token", "pass", "auth", "authorization", "signature", "sig", "userkey", "xapikey", "xaccesstoken",
    ])

    /// `text` with the value of each query pair named as a credential `<redacted>`, and of each such pair of its
    /// fragment (OAuth's `#access_token=…`, an attack); the rest as it is. Read byte by byte: printing a message of a
    /// thousand URLs reads each.
    static func redactingCredentialQueryValues(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let fragment = bytes.firstIndex(of: UInt8(ascii: "#"))
        // A path's `;` parameters (`…/cb;token=…`) are read as a query's pairs are.
        let query = bytes[..<(fragment ?? bytes.count)].firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ";") }
        guard query != nil || fragment != nil else { return text }
        var output: [UInt8] = []
        var copied = 0
        // A fragment's pairs may follow a route's `?` (`#/callback?token=…`) or a hash-bang (`#!token=…`); a query's
        // pairs may be parted by `;` as well as `&` (as HTML 4 advised, and many servers read: an attack's `;token=…`).
        for (sectionStart, sectionEnd, separators) in [(query, fragment ?? bytes.count, "&;?"), (fragment, bytes.count, "&;?")] {
            guard let sectionStart else { continue }
            var start = sectionStart + 1
            if sectionStart == fragment, start < sectionEnd, bytes[start] == UInt8(ascii: "!") { start += 1 }
            while start < sectionEnd {
                let pairEnd = bytes[start..<sectionEnd].firstIndex(where: separators.utf8.contains) ?? sectionEnd
                if let equals = bytes[start..<pairEnd].firstIndex(of: UInt8(ascii: "=")), equals + 1 < pairEnd,
                    isCredentialQueryName(bytes[start..<equals])
                {
                    output += bytes[copied...equals]
                    output += redactedUserinfo.utf8
                    copied = pairEnd
                }
                start = pairEnd + 1
            }
        }
        guard copied > 0 else { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether a query pair's name, percent-decoded and folded as every credential name is (`CredentialNames.folded`), is
    /// one of `credentialQueryNames`, whole or as a part of a PHP-style name (`data[pwd]`, `x[access_token]`: an attack).
    private static func isCredentialQueryName(_ name: ArraySlice<UInt8>) -> Bool {
        guard !name.isEmpty, name.count <= 64 else { return false }
        let decoded = name.contains(UInt8(ascii: "%")) ? Array((String(decoding: name, as: UTF8.self).removingPercentEncoding ?? "").utf8) : Array(name)
        let text = String(decoding: decoded, as: UTF8.self)
        let parts = text.contains("[") ? CredentialNames.formNameParts(text) : [Substring(text)]
        return parts.contains { CredentialNames.folded($0).map(credentialQueryNames.contains) ?? false }
    }

    private static func redactingAuthority(_ value: String) -> String {
        let text = redactingUserinfo(value)
        let bytes = Array(text.utf8)
        let scheme = bytes.prefix(while: isSchemeByte).count
        let colon = scheme < bytes.count && bytes[scheme] == UInt8(ascii: ":") ? 1 : 0
        let slashes = bytes[(scheme + colon)...].prefix { "/\\".utf8.contains($0) }.count
        let special = colon == 1 && specialSchemes.contains(bytes[..<scheme].map { $0 | 0x20 })
        let start = slashes > 0 || special ? scheme + colon + slashes : 0
        guard let at = bytes[start...].prefix(while: { !"/?#\\".utf8.contains($0) }).lastIndex(of: UInt8(ascii: "@")), at > start else { return text }
        return String(decoding: bytes[..<start] + Array(redactedUserinfo.utf8) + bytes[at...], as: UTF8.self)
    }

    /// Where the user information of the URL whose authority starts at `start` ends (its last `@`, if any), where
    /// reading stopped, and, when it stopped at the end of the authority, the authority's last `:`.
    private static func userinfoEnd(
        _ bytes: [UInt8], from start: Int, separatorDepth: Int, closer: (quote: UInt8, escaped: Bool)?
    ) -> (lastAt: Int?, end: Int, lastColon: Int?) {
        var end = start
        var lastAt: Int?, lastColon: Int?
        var inAuthority = true, colon = false
        while end < bytes.count {
            // A JSON escape (`\"`, `\t`, `\u0001`, as the CLI prints a value) is the user information's, unless
            // it closes an escaped quote (a URL in JSON inside a JSON string).
            if let length = jsonEscapeLength(bytes, at: end) {
                if closer?.escaped == true, closer?.quote == bytes[end + 1] { break }
                end += length
                continue
            }
            let unit = EncodedByte(bytes, at: end)
            // A line break ends it, but inside an authority that holds a password (a `:` before any `@`), which WHATWG
            // parsers read on through (they drop line breaks): `http://ops:pw<LF>@host`, a URL wrapped in prose.
            let wrapsPassword = inAuthority && colon && lastAt == nil
            if unit.depth == 0, ("\n\r".utf8.contains(unit.byte) && !wrapsPassword) || (closer?.escaped == false && unit.byte == closer?.quote) { break }
            if inAuthority, (unit.depth == 0 && unit.byte == UInt8(ascii: " ")) || (unit.depth <= separatorDepth && "/?#\\".utf8.contains(unit.byte)) {
                // Past the authority, only a written-out URL's with a `:` before any `@` may go on (a careless password).
                guard separatorDepth == 0, colon else { return (lastAt, end, lastColon) }
                inAuthority = false
            }
            if inAuthority, unit.byte == UInt8(ascii: ":") { lastColon = end }
            if !inAuthority, unit.depth == 0, " \t".utf8.contains(unit.byte), startsURL(bytes, at: end + 1) { break }
            if unit.byte == UInt8(ascii: ":"), unit.depth == 0, lastAt == nil { colon = true }
            if unit.byte == UInt8(ascii: "@") { lastAt = end }
            end += unit.length
        }
        return (lastAt, end, nil)
    }

    /// Whether a URL's scheme and `://` start at `index` (`ftp://…` after a space), or after a quote or bracket there.
    private static func startsURL(_ bytes: [UInt8], at index: Int) -> Bool {
        let scheme = index < bytes.count && "\"'`<(".utf8.contains(bytes[index]) ? index + 1 : index
        var end = scheme
        while end < bytes.count, isSchemeByte(bytes[end]) { end += 1 }
        return end > scheme && schemeSeparator(bytes, at: end) != nil
    }

    /// `://` at `index`, each byte written out or encoded: where it ends, and how many times its slashes are encoded.
    /// Or a special scheme's careless separator (`specialSchemeSeparator`).
    private static func schemeSeparator(_ bytes: [UInt8], at index: Int) -> (end: Int, depth: Int)? {
        var position = index, depth = 0
        for expected in "://".utf8 {
            guard position < bytes.count else { return position > index ? specialSchemeSeparator(bytes, at: index) : nil }
            let unit = EncodedByte(bytes, at: position)
            guard unit.byte == expected else { return bytes[index] == UInt8(ascii: ":") ? specialSchemeSeparator(bytes, at: index) : nil }
            if expected == UInt8(ascii: "/") { depth = max(depth, unit.depth) }
            position += unit.length
        }
        // After a special scheme's `://`, WHATWG parsers pass over any more slashes and backslashes (`https:///u:p@h`,
        // `https://\\u:p@h`), written out or encoded as the separator's are.
        guard isSpecialScheme(bytes, before: index) else { return (position, depth) }
        while position < bytes.count {
            let unit = EncodedByte(bytes, at: position)
            guard unit.depth <= depth, "/\\".utf8.contains(unit.byte) || (unit.depth == 0 && "\t\n\r".utf8.contains(unit.byte)) else { break }
            position += unit.length
        }
        return (position, depth)
    }

    /// Two or more slashes or backslashes standing where a URL may start (at the start, after a space, a quote, a
    /// bracket, `=` or `,`) with no scheme before them, written out or percent-encoded alike (`cb=%2F%2Fu%3Ap%40h`):
    /// a scheme-relative URL (`//u:p@h/cb`, `///u:p@h`, `\\u:p@h`), whose authority URL parsers read against a base URL.
    private static func schemeRelativeSeparator(_ bytes: [UInt8], at index: Int) -> (end: Int, depth: Int)? {
        guard index == 0 || " \t\n\r\"'`<([{=,".utf8.contains(bytes[index - 1]) else { return nil }
        let first = EncodedByte(bytes, at: index)
        guard "/\\".utf8.contains(first.byte) else { return nil }
        var (end, slashes) = (index + first.length, 1)
        while end < bytes.count {
            let unit = EncodedByte(bytes, at: end)
            guard unit.depth == first.depth, "/\\".utf8.contains(unit.byte) else { break }
            (end, slashes) = (end + unit.length, slashes + 1)
        }
        return slashes >= 2 ? (end, first.depth) : nil
    }

    private static func isSpecialScheme(_ bytes: [UInt8], before index: Int) -> Bool {
        var start = index
        while start > 0, isSchemeByte(bytes[start - 1]) { start -= 1 }
        return specialSchemes.contains(bytes[start..<index].map { $0 | 0x20 })
    }

    /// The schemes WHATWG parsers give an authority however the slashes after `:` are written.
    private static let specialSchemes: Set<[UInt8]> = Set(["http", "https", "ws", "wss", "ftp"].map { Array($0.utf8) })

    /// The `:` of a special scheme (`http`, `https`, `ws`, `wss`, `ftp`, any case) at `index`, then any run of `/`, `\`,
    /// tabs and line breaks, written out or as a JSON string escapes them (`\\`, `\/`, `\t`): WHATWG parsers read
    /// `https:/u:p@h`, `https:u:p@h`, `https:\\u:p@h` and `https:/<TAB>/u:p@h` as `https://u:p@h`. Where it ends.
    private static func specialSchemeSeparator(_ bytes: [UInt8], at index: Int) -> (end: Int, depth: Int)? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":"), isSpecialScheme(bytes, before: index) else { return nil }
        var end = index + 1
        while end < bytes.count {
            if "/\\\t\n\r".utf8.contains(bytes[end]) {
                let escape = bytes[end] == UInt8(ascii: "\\") && end + 1 < bytes.count && "\\/tnr".utf8.contains(bytes[end + 1])
                end += escape ? 2 : 1
            } else {
                break
            }
        }
        return (end, 0)
    }

    /// The length of the JSON escape of a quote or a control character at `index` (`\"`, `\'`, `\t`, `\n`, `\r`,
    /// `\b`, `\f`, `\u0001`); nil for anything else, `\\` included (a backslash ends an authority).
    private static func jsonEscapeLength(_ bytes: [UInt8], at index: Int) -> Int? {
        guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else { return nil }
        if "\"'tnrbf".utf8.contains(bytes[index + 1]) { return 2 }
        guard bytes[index + 1] == UInt8(ascii: "u"), index + 5 < bytes.count,
            bytes[(index + 2)...(index + 5)].allSatisfy({ HexDigit.value($0) != nil })
        else { return nil }
        return 6
    }

    /// The quote that closes the one standing right before the URL's scheme (`"https://…"`, `'…'`, `<…>`, `` `…` ``):
    /// such a quote ends the authority. Any other quote or angle bracket is the user information's, as WHATWG parsers
    /// read it (`https://u"x:pw@host` has the user `u%22x`). Escaped when the opening quote is (`\"https://…\"`, JSON
    /// inside a JSON string): then its escaped form closes it.
    private static func closingQuote(_ bytes: [UInt8], beforeScheme separator: Int) -> (quote: UInt8, escaped: Bool)? {
        var index = separator
        while index > 0, isSchemeByte(bytes[index - 1]) { index -= 1 }
        guard index > 0 else { return nil }
        let escaped = index > 1 && bytes[index - 2] == UInt8(ascii: "\\")
        switch bytes[index - 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return (bytes[index - 1], escaped)
        case UInt8(ascii: "<"): return (UInt8(ascii: ">"), false)
        default: return nil
        }
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+-.".utf8.contains(byte)
    }
}

/// The byte `bytes` hold at an index: written out, or an ASCII byte percent-encoded `depth` times (`%40`, `%2540`, …),
/// at most `maximumDepth`, so a text of `%252525…` costs each index a bounded look.
private struct EncodedByte {
    static let maximumDepth = 8

    let byte: UInt8
    let length: Int
    let depth: Int

    init(_ bytes: [UInt8], at index: Int) {
        if let encoded = Self.decoded(bytes, at: index) {
            (byte, length, depth) = encoded
        } else {
            (byte, length, depth) = (bytes[index], 1, 0)
        }
    }

    /// The percent-encoded byte at `index`: `%253A` is `%3A` encoded again, each `25` before the last two hex digits
    /// one more encoding to undo.
    private static func decoded(_ bytes: [UInt8], at index: Int) -> (byte: UInt8, length: Int, depth: Int)? {
        guard bytes[index] == UInt8(ascii: "%") else { return nil }
        var position = index + 1, depth = 1
        while depth < maximumDepth, position + 3 < bytes.count, bytes[position] == UInt8(ascii: "2"), bytes[position + 1] == UInt8(ascii: "5"),
            HexDigit.value(bytes[position + 2]) != nil, HexDigit.value(bytes[position + 3]) != nil
        {
            (position, depth) = (position + 2, depth + 1)
        }
        guard position + 1 < bytes.count, let high = HexDigit.value(bytes[position]), let low = HexDigit.value(bytes[position + 1]), high < 8 else { return nil }
        return (high << 4 | low, position + 2 - index, depth)
    }
}
