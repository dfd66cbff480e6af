import Foundation
@_spi(Generated) import SMSSpecRuntime

/// The credentials a decoded message holds, so that a command redacts them wherever else it prints them: a secret
/// field's own value is written `<redacted>` (`redactSecrets`), but a callback URL's query (`?apiSecret=…`), another
/// field repeating it, or a violation quoting it printed it whole. The values are those the redacted encoding hides:
/// the message encoded both ways and compared, so bundled providers and spec files are read alike.
struct PrintedSecrets {
    /// The credentials and their spellings (`SecretSweep`).
    private let sweep: SecretSweep

    init(of value: any Encodable) {
        func encoded(redacting: Bool) -> Data? {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys  // A map's members in one order both times.
            encoder.userInfo[.redactSecrets] = redacting
            return try? JSONPayload.encode(value, using: encoder)
        }
        func json(_ data: Data?) -> Any? { data.flatMap { try? JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) } }
        var found: [(value: String, depth: Int)] = []
        // Nothing redacted (no `<redacted>`, or the same bytes both ways): nothing to read back (2 million numbers
        // took seconds).
        if let redacted = encoded(redacting: true), redacted.firstRange(of: Data(DisplayText.redactedUserinfo.utf8)) != nil,
            let plain = encoded(redacting: false), plain != redacted
        {
            Self.collect(plain: json(plain), redacted: json(redacted), depth: 0, into: &found)
        }
        // The shallowest first (the sweep takes the first `SecretSweep.mostValues`): the message's own credentials
        // before the values a payload lists under a credential's name deeper down, which could otherwise crowd them out.
        self.init(values: found.enumerated().sorted { ($0.element.depth, $0.offset) < ($1.element.depth, $1.offset) }.map(\.element.value))
    }

    /// The credentials of a payload that does not decode (its decoding error may quote one, `dlr` repeating the key):
    /// the values at its top level under the names of `fields` (`PayloadSecrets`).
    init(payload data: Data, fields: Set<String>, charset: FormCharset) {
        self.init(values: PayloadSecrets.values(in: data, named: fields, charset: charset))
    }

    private init(values found: [String]) { sweep = SecretSweep(values: found) }

    /// Where the redacted encoding says `<redacted>` and the plain one holds something else, that is a credential:
    /// text, a number (`"X-API-KEY": 98765432123`, which another field may quote), or every text and number of a list
    /// or object under a credential's name.
    private static func collect(plain: Any?, redacted: Any?, depth: Int, into found: inout [(value: String, depth: Int)]) {
        switch (plain, redacted) {
        case (let plain as String, let redacted as String) where redacted == DisplayText.redactedUserinfo && plain != redacted:
            found.append((plain, depth))
        case (let plain?, let redacted as String) where redacted == DisplayText.redactedUserinfo && !(plain is String):
            collectScalars(plain, depth: depth, into: &found)
        case (let plain as String, let redacted as String) where plain != redacted && depth < 64:
            // A field's JSON text (`contentType: application/json`), written redacted inside: read both texts (an
            // attack: a secret of a shape held in a header's JSON text printed where another field quoted it).
            let json = { (text: String) in try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }
            collect(plain: json(plain), redacted: json(redacted), depth: depth + 1, into: &found)
        case (let plain as [String: Any], let redacted as [String: Any]):
            for (key, value) in plain { collect(plain: value, redacted: redacted[key], depth: depth + 1, into: &found) }
        case (let plain as [Any], let redacted as [Any]) where plain.count == redacted.count:
            for (value, hidden) in zip(plain, redacted) { collect(plain: value, redacted: hidden, depth: depth + 1, into: &found) }
        default: break
        }
    }

    /// Every text and number in `value`, a credential's value that is not text.
    private static func collectScalars(_ value: Any, depth: Int, into found: inout [(value: String, depth: Int)]) {
        switch value {
        case let text as String: found.append((text, depth))
        case let number as NSNumber where number.stringValue.allSatisfy({ "0123456789+-.eE".contains($0) }): found.append((number.stringValue, depth))
        case let list as [Any]: for item in list { collectScalars(item, depth: depth + 1, into: &found) }
        case let object as [String: Any]: for item in object.values { collectScalars(item, depth: depth + 1, into: &found) }
        default: break
        }
    }

    /// `text` with every spelling of every credential written `<redacted>`, and a credential's beginning where a quote
    /// was cut after it (`SecretSweep`).
    func redacting(_ text: String) -> String { sweep.redacting(text) }

    /// JSON text with `redacting` applied inside its strings only: a credential spelt as digits is no number's digits,
    /// and a member's name is the spec's, never a credential (a user's password `pass` printed `"<redacted>word"`).
    func redacting(json: String) -> String {
        guard !sweep.isEmpty else { return json }
        var result = ""
        var literal = ""
        var inString = false, escaped = false
        // A string just closed, and the spaces after it: a name when a `:` follows, else a value.
        var closed: String?, gap = ""
        for character in json {
            guard inString else {
                if let string = closed {
                    if character.isWhitespace {
                        gap.append(character)
                        continue
                    }
                    result += (character == ":" ? string : redacting(string)) + "\"" + gap
                    closed = nil
                    gap = ""
                }
                result.append(character)
                inString = character == "\""
                continue
            }
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                closed = literal
                literal = ""
                inString = false
                continue
            }
            literal.append(character)
        }
        if let string = closed { result += redacting(string) + "\"" + gap }
        return result + (inString ? redacting(literal) : literal)
    }
}
