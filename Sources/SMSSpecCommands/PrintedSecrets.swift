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
    /// the values at its top level under the names of `fields`, a JSON object's members or a form's fields.
    init(payload data: Data, fields: Set<String>, charset: FormCharset) {
        guard !fields.isEmpty else {
            self.init(values: [])
            return
        }
        var found: Set<String> = []
        if let object = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? [String: Any] {
            for (name, value) in object where fields.contains(name) {
                if let text = value as? String { found.insert(text) } else if let number = value as? NSNumber { found.insert(number.stringValue) }
            }
        } else if let form = try? FormDecoder.parse(data, charset: charset) {
            for field in form where fields.contains(field.name) { found.insert(field.value) }
        }
        self.init(values: found)
    }

    private init(values found: Set<String>) {
        var spellings: Set<String> = []
        // As many as a catalog's example redaction looks for, so each print is a few linear passes.
        for value in found.sorted().prefix(Self.mostValues) where value.utf8.count >= Self.shortest {
            spellings.formUnion(Secret.urlSpellings(of: value))
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

    /// `text` with every spelling of every credential written `<redacted>`, and a credential's beginning where a quote
    /// was cut after it (`"https://x/cb?key=LIVEKEY12…" (90 characters)`).
    func redacting(_ text: String) -> String {
        guard !spellings.isEmpty else { return text }
        var result = spellings.reduce(text) { $0.replacingOccurrences(of: $1, with: DisplayText.redactedUserinfo) }
        var searched = result.startIndex
        while let cut = result.range(of: "…", range: searched..<result.endIndex) {
            let before = result[..<cut.lowerBound]
            let prefix = spellings.lazy.compactMap { spelling -> Substring? in
                // A quote cut keeps a value's first `excerptLength` characters: no longer beginning shows.
                let longest = min(spelling.count, before.count, DisplayText.excerptLength)
                guard longest >= Self.shortest else { return nil }
                return (Self.shortest...longest).reversed().lazy.map { spelling.prefix($0) }.first { before.hasSuffix($0) }
            }.first
            if let prefix {
                let start = result.index(cut.lowerBound, offsetBy: -prefix.count)
                result.replaceSubrange(start..<cut.lowerBound, with: DisplayText.redactedUserinfo)
                searched = result.index(start, offsetBy: DisplayText.redactedUserinfo.count + 1)
            } else {
                searched = cut.upperBound
            }
        }
        return result
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
