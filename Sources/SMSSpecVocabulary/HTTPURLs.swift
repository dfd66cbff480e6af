import Foundation

/// The `url` rule, the one definition `validate()` and lint (a field's default) apply.
package enum HTTPURLs {
    /// An absolute http or https URL with a host, as written: `URL(string:)` percent-encodes what a URL cannot hold
    /// and reads on, so whitespace, control and format characters (a line break, a bidirectional override) and a
    /// backslash (a path to some parsers, the end of the user name to others) are refused first, and a port must be
    /// one (at most 65535).
    package static func isHTTPURL(_ text: String) -> Bool { whyNotHTTPURL(text) == nil }

    /// Why `text` is no such URL, in words that quote none of it (a message may hide the URL's credentials, and with
    /// them the character at fault: a user saw `?token=<redacted>` called no URL); nil for one.
    package static func whyNotHTTPURL(_ text: String) -> String? {
        if let scalar = text.unicodeScalars.first(where: { $0 == "\\" || $0.properties.isWhitespace || DisplayText.needsEscape($0) }) {
            let what = scalar == "\\" ? "a backslash" : scalar == " " ? "a space" : scalar.properties.isWhitespace ? "whitespace" : "a control or format character"
            let at = text.unicodeScalars.first == scalar ? " at its start" : text.unicodeScalars.last == scalar ? " at its end" : ""
            return "it holds \(what)\(at)"
        }
        guard let url = URL(string: text) else { return "it does not read as a URL" }
        guard ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
            return url.scheme == nil ? "it has no scheme (https://…)" : "its scheme is not http or https"
        }
        if (url.host ?? "").isEmpty { return "it has no host" }
        if (url.port ?? 0) > 65_535 { return "its port is above 65535" }
        return nil
    }
}
