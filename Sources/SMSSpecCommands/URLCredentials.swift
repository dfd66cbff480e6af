import SMSSpecRuntime

/// The credentials URLs carry in their userinfo (`https://user:password@host/`), taken out of text the CLI prints: a
/// payload's callback URL is no field a spec marks `secret`, and `decode` printed its password.
enum URLCredentials {
    /// `text` with the password of each `scheme://user:password@` in it `<redacted>`, or the user name when it stands
    /// alone (`https://token@host`, `https://token:@host`: how a token rides in a URL), as the client prints its server
    /// URL. The authority ends where RFC 3986 ends it (`/`, `?`, `#`) or where printed text does (space, quote,
    /// backslash, angle bracket); its userinfo runs to its last `@`, as browsers read `https://u:p@ss@host`.
    static func redacted(_ text: String) -> String {
        guard text.contains("://") else { return text }
        var result = Substring(), rest = Substring(text)
        while let separator = rest.range(of: "://") {
            result += rest[..<separator.upperBound]
            rest = rest[separator.upperBound...]
            let authorityEnd = rest.firstIndex { endsAuthority.contains($0) } ?? rest.endIndex
            guard isScheme(result), let at = rest[..<authorityEnd].lastIndex(of: "@") else { continue }
            result += redactedUserinfo(rest[..<at])
            rest = rest[at...]
        }
        return String(result + rest)
    }

    private static let endsAuthority: Set<Character> = ["/", "?", "#", " ", "\t", "\n", "\r", "\"", "'", "\\", "<", ">", "`"]

    /// Whether `text` ends with `scheme://` (a letter, then letters, digits, `+`, `-`, `.`).
    private static func isScheme(_ text: Substring) -> Bool {
        let scheme = text.dropLast(3).reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        return scheme.last?.isLetter ?? false
    }

    private static func redactedUserinfo(_ userinfo: Substring) -> String {
        guard !userinfo.isEmpty else { return "" }
        guard let colon = userinfo.firstIndex(of: ":"), colon < userinfo.index(before: userinfo.endIndex) else {
            return Secret.redacted + (userinfo.last == ":" ? ":" : "")
        }
        return userinfo[..<colon] + ":" + Secret.redacted
    }
}
