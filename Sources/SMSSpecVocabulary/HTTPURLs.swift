import Foundation

/// The `url` rule, the one definition `validate()` and lint (a field's default) apply.
package enum HTTPURLs {
    /// An absolute http or https URL with a host, as written: `URL(string:)` percent-encodes what a URL cannot hold
    /// and reads on, so whitespace, control and format characters (a line break, a bidirectional override) and a
    /// backslash (a path to some parsers, the end of the user name to others) are refused first, and a port must be
    /// one (at most 65535).
    package static func isHTTPURL(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.isWhitespace || DisplayText.needsEscape($0) }),
            let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? "")
        else { return false }
        return !(url.host ?? "").isEmpty && (url.port ?? 0) <= 65_535
    }
}
