import Foundation
@_spi(Generated) import SMSSpecRuntime

/// The credentials a decoded message holds, so that a command redacts them wherever else it prints them: a secret
/// field's own value is written `<redacted>` (`redactSecrets`), but a callback URL's query (`?apiSecret=…`), another
/// field repeating it, or a violation quoting it printed it whole. The values are those the redacted encoding hides:
/// the message encoded both ways and compared, so bundled providers and spec files are read alike.
struct PrintedSecrets {
    /// Shorter values are not looked for elsewhere: a short one (`1`, `abc`) is a word of the text too.
    static let shortest = Secret.shortestFoundInText
    /// The most credentials one message's output is searched for.
    static let mostValues = 16
    /// Each value as it may be printed: as given, percent-encoded, JSON-escaped; longest first.
    private(set) var spellings: [String] = []
    /// The beginnings a cut quote may keep of a spelling (its first `excerptLength` characters, `shortest` or more),
    /// by their last `shortest` characters: what a cut is checked against, so each `…` costs a look-up, not a pass
    /// over every spelling.
    private var beginnings: [String: [[Character]]] = [:]

    init(of value: any Encodable) {
        func json(redacting: Bool) -> Any? {
            let encoder = JSONEncoder()
            encoder.userInfo[.redactSecrets] = redacting
            return (try? JSONPayload.encode(value, using: encoder)).flatMap { try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) }
        }
        var found: Set<String> = []
        Self.collect(plain: json(redacting: false), redacted: json(redacting: true), into: &found)
        self.init(values: found)
    }

    /// The credentials of a payload that does not decode (its decoding error may quote one, `dlr` repeating the key):
    /// the values at its top level under the names of `fields` (`PayloadSecrets`).
    init(payload data: Data, fields: Set<String>, charset: FormCharset) {
        self.init(values: Set(PayloadSecrets.values(in: data, named: fields, charset: charset)))
    }

    private init(values found: Set<String>) {
        var spellings: Set<String> = []
        // As many as a catalog's example redaction looks for, so each print is a few linear passes.
        // Short values are dropped before the cap: sixteen short tokens took every place, and the key printed.
        for value in found.filter({ $0.utf8.count >= Self.shortest }).sorted().prefix(Self.mostValues) {
            spellings.formUnion(Secret.urlSpellings(of: value))
            if let escaped = try? JSONEncoder().encode(value), let text = String(data: escaped, encoding: .utf8) {
                spellings.insert(String(text.dropFirst().dropLast()))
            }
        }
        self.spellings = spellings.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        for spelling in self.spellings {
            let characters = Array(spelling.prefix(DisplayText.excerptLength))
            guard characters.count >= Self.shortest else { continue }
            for length in Self.shortest...characters.count {
                beginnings[String(characters[(length - Self.shortest)..<length]), default: []].append(Array(characters[..<length]))
            }
        }
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

    /// `text` with every spelling of every credential written `<redacted>`, and a credential's beginning where a quote
    /// was cut after it (`"https://x/cb?key=LIVEKEY12…" (90 characters)`). Linear in the text: each `…` looks at the
    /// `excerptLength` characters before it (a text of 20,000 `…` took 42 s when each counted all those before it).
    func redacting(_ text: String) -> String {
        guard !spellings.isEmpty else { return text }
        let swept = text.redacting(spellings: spellings)
        var cutBeginnings: [Range<String.Index>] = []
        var searched = swept.startIndex
        while let cut = swept.range(of: "…", range: searched..<swept.endIndex) {
            // A quote cut keeps a value's first `excerptLength` characters: no longer beginning shows.
            let window = Array(swept[searched..<cut.lowerBound].suffix(DisplayText.excerptLength))
            if window.count >= Self.shortest,
                let longest = beginnings[String(window.suffix(Self.shortest))]?.filter({ $0.count <= window.count && window.suffix($0.count).elementsEqual($0) })
                    .map(\.count).max()
            {
                cutBeginnings.append(swept.index(cut.lowerBound, offsetBy: -longest)..<cut.lowerBound)
            }
            searched = cut.upperBound
        }
        guard !cutBeginnings.isEmpty else { return swept }
        var result = ""
        var kept = swept.startIndex
        for beginning in cutBeginnings {
            result += swept[kept..<beginning.lowerBound] + DisplayText.redactedUserinfo
            kept = beginning.upperBound
        }
        return result + swept[kept...]
    }

    /// JSON text with `redacting` applied inside its strings only: a credential spelt as digits is no number's digits.
    func redacting(json: String) -> String {
        guard !spellings.isEmpty else { return json }
        var result = ""
        var literal = ""
        var inString = false, escaped = false
        for character in json {
            guard inString else {
                result.append(character)
                inString = character == "\""
                continue
            }
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                result += redacting(literal) + "\""
                literal = ""
                inString = false
                continue
            }
            literal.append(character)
        }
        return result + literal
    }
}
