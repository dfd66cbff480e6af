import Foundation
@_spi(Generated) import SMSSpecRuntime

/// The credentials a decoded message holds, so that a command redacts them wherever else it prints them: a secret
/// field's own value is written `<redacted>` (`redactSecrets`), but a callback URL's query (`?apiSecret=…`), another
/// field repeating it, or a violation quoting it printed it whole. The values are those the redacted encoding hides:
/// the message encoded both ways and compared, so bundled providers and spec files are read alike.
struct PrintedSecrets {
    /// Shorter values are not looked for elsewhere: a short one (`1`, `abc`) is a word of the text too.
    static let shortest = 4
    /// Each value as it may be printed: as given, percent-encoded, JSON-escaped; longest first.
    private(set) var spellings: [String] = []

    init(of value: any Encodable) {
        func json(redacting: Bool) -> Any? {
            let encoder = JSONEncoder()
            encoder.userInfo[.redactSecrets] = redacting
            return (try? JSONPayload.encode(value, using: encoder)).flatMap { try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) }
        }
        var found: Set<String> = []
        Self.collect(plain: json(redacting: false), redacted: json(redacting: true), into: &found)
        var spellings: Set<String> = []
        for value in found where value.utf8.count >= Self.shortest {
            spellings.insert(value)
            if let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { spellings.insert(encoded) }
            if let escaped = try? JSONEncoder().encode(value), let text = String(data: escaped, encoding: .utf8) {
                spellings.insert(String(text.dropFirst().dropLast()))
            }
        }
        self.spellings = spellings.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
    }

    /// Where the redacted encoding says `<redacted>` and the plain one holds text, that text is a credential.
    private static func collect(plain: Any?, redacted: Any?, into found: inout Set<String>) {
        switch (plain, redacted) {
        case (let plain as String, let redacted as String) where redacted == DisplayText.redactedUserinfo && plain != redacted:
            found.insert(plain)
        case (let plain as [String: Any], let redacted as [String: Any]):
            for (key, value) in plain { collect(plain: value, redacted: redacted[key], into: &found) }
        case (let plain as [Any], let redacted as [Any]) where plain.count == redacted.count:
            for (value, hidden) in zip(plain, redacted) { collect(plain: value, redacted: hidden, into: &found) }
        default: break
        }
    }

    /// `text` with every spelling of every credential written `<redacted>`.
    func redacting(_ text: String) -> String {
        spellings.reduce(text) { $0.replacingOccurrences(of: $1, with: DisplayText.redactedUserinfo) }
    }
}
