import Foundation

/// Credentials and every way a text may spell them, and that text with them `<redacted>`: as written,
/// percent- and form-encoded (`Secret.urlSpellings`), JSON-escaped, escaped as a quote escapes it (`pa\"ss`), and a
/// credential's beginning where a quote was cut after it (`"https://x/cb?key=LIVEKEY12…" (90 characters)`). What the
/// CLI's output, a validator's violations and a receiver's errors are swept with; linear in the text.
@_spi(Generated) public struct SecretSweep: Sendable {
    /// The most credentials one text is swept for, the first given (a caller lists the message's own first); shorter
    /// ones than `Secret.shortestFoundInText` are dropped first. As many as a message may hold (the generator's
    /// `MessageCredentials.limit`): 16 let a message of 17 print one in a violation.
    public static let mostValues = 32
    /// Longest first, so a spelling inside another is not redacted first.
    public let spellings: [String]
    /// The credentials, also found through any mix of escapes (`EncodedSpellings`).
    private let values: [String]
    /// The decomposed form of each credential that is not ASCII, longest first: one written in a mix of forms is found
    /// in the text's decomposed form.
    private let decomposedValues: [String]
    /// The beginnings a cut quote may keep of a spelling (its first `excerptLength` scalars, `shortest` or more), by
    /// their last `shortest` scalars: each `…` costs a look-up, not a pass over every spelling.
    private let beginnings: [String: [[Unicode.Scalar]]]

    public init(values: some Sequence<String>) {
        let shortest = Secret.shortestFoundInText
        var spellings: [String] = []
        let values = Array(values.distinctByBytes().filter({ $0.utf8.count >= shortest }).prefix(Self.mostValues))
            .flatMap(Secret.canonicalForms(of:))
        self.values = values
        // With its spaces as a form's `+` too (an attack: `cle\u{301}+secr\u{E8}te` printed).
        decomposedValues = values.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }.map(CanonicalForm.decomposed)
            .flatMap { $0.contains(" ") ? [$0, $0.replacingOccurrences(of: " ", with: "+")] : [$0] }
            .distinctByBytes().sorted { $0.utf8.count > $1.utf8.count }
        for value in values {
            spellings += Secret.urlSpellings(of: value)
            if let escaped = try? JSONEncoder().encode(value), let text = String(data: escaped, encoding: .utf8) {
                spellings.append(String(text.dropFirst().dropLast()))
            }
            spellings.append(String(DisplayText.quoted(value).dropFirst().dropLast()))
        }
        self.spellings = spellings.distinctByBytes().sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        var beginnings: [String: [[Unicode.Scalar]]] = [:]
        for spelling in self.spellings {
            let scalars = Array(spelling.unicodeScalars.prefix(DisplayText.excerptLength))
            guard scalars.count >= shortest else { continue }
            for length in shortest...scalars.count {
                beginnings[Self.key(scalars[(length - shortest)..<length]), default: []].append(Array(scalars[..<length]))
            }
        }
        self.beginnings = beginnings
    }

    public var isEmpty: Bool { spellings.isEmpty }

    /// `value`, a value as it is — never a quote cut short, so a `…` in it is its own —, with every spelling of the
    /// credentials `<redacted>`: a message's text printed (`RepeatedSecretsHidable`). The cut-quote rule took a text's
    /// `Summ…` for a password's beginning (an attack), and took time quadratic in a text of many.
    public func redactingValue(_ value: String) -> String {
        guard !spellings.isEmpty else { return value }
        return hidingMixedForms(EncodedSpellings.redacting(values, in: value.redacting(spellings: spellings), with: Secret.redacted))
    }

    /// `text` in its decomposed form with each credential `<redacted>`, where it still holds one written in a mix of
    /// Unicode forms (`clé-secre\u{300}te`: one accent composed, the other not, which neither form's bytes match; a
    /// review); else `text` as it is. Only then is the text shown decomposed, which reads the same.
    private func hidingMixedForms(_ text: String) -> String {
        guard !decomposedValues.isEmpty, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        let decomposed = CanonicalForm.decomposed(text)
        let swept = decomposed.redacting(spellings: decomposedValues)
        return swept.utf8.elementsEqual(decomposed.utf8) ? text : swept
    }

    private static func key(_ scalars: some Sequence<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }

    /// `text` with every spelling `<redacted>`, then each credential's beginning a cut quote kept before its `…`
    /// (a quote is cut by Unicode scalars: `DisplayText.quotedExcerpt`).
    public func redacting(_ text: String) -> String {
        guard !spellings.isEmpty else { return text }
        let swept = hidingMixedForms(EncodedSpellings.redacting(values, in: text.redacting(spellings: spellings), with: Secret.redacted))
        guard swept.unicodeScalars.contains("…") else { return swept }
        let scalars = Array(swept.unicodeScalars)
        let shortest = Secret.shortestFoundInText
        var result = String.UnicodeScalarView()
        var kept = 0
        var searched = 0
        for index in scalars.indices where scalars[index] == "…" {
            let window = scalars[max(searched, index - DisplayText.excerptLength)..<index]
            defer { searched = index + 1 }
            guard window.count >= shortest,
                let longest = beginnings[Self.key(window.suffix(shortest))]?
                    .filter({ $0.count <= window.count && window.suffix($0.count).elementsEqual($0) }).map(\.count).max()
            else { continue }
            result.append(contentsOf: scalars[kept..<(index - longest)])
            result.append(contentsOf: Secret.redacted.unicodeScalars)
            kept = index
        }
        result.append(contentsOf: scalars[kept...])
        return String(result)
    }
}
