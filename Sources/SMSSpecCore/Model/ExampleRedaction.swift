import Foundation
import SMSSpecVocabulary

/// An example payload as generated code holds it: the spec's example, each credential's value in it redacted.
public struct ExampleModel {
    /// The example with `payload`, `verbatim` and `corrections` redacted.
    public let spec: ExampleSpec
    /// The wire names of the secret fields whose values were replaced, in the order they appear.
    public let redactedFields: [String]
    /// A URL's user information in the example was replaced, as prose shows it (`DisplayText.redactingUserinfo`).
    public let userinfoRedacted: Bool
}

/// A credential in an example payload would be written in the generated catalog (and printed by every tool that shows
/// examples), as a secret's default would be: the value of every field the spec marks `secret` (and every `auth`
/// field, and a member named as the `auth` header) is replaced by `DisplayText.redactedUserinfo` — a JSON member's
/// value (each scalar of a list or object one), a form or query pair's value, a header line's value in a string or the
/// `verbatim` text (`X-Key: …`, and any `Authorization: …`: `ExampleRedaction+Text`) — and so is a URL's user
/// information anywhere in the example, as in prose. Names match in any case. Documents write broken text (`verbatim`), so JSON is
/// read leniently: single-quoted strings, bare names and values, `=>` for `:`; a string value that holds JSON, or a
/// query (`https://…?apikey=…`), is redacted inside. A value redacted once is redacted wherever else the `verbatim`
/// text (it may be broken past reading) or a correction writes it, even inside a word. Other values, the layout and
/// the document's words stay as written.
struct ExampleRedaction {
    /// The secret names, matched as payloads name members (`data[api_key]` too).
    let credentials: CredentialNames
    /// The schemes an `Authorization` header's value starts with, lowercased: `authorizationSchemes` and the spec's.
    let schemes: Set<String>
    /// The text forms of each answer in plain text, by shape name; a list of such answers, one per line or joined by
    /// its `separator`, has its line's forms and `lines`.
    private let textForms: [String: (forms: TextForms, lines: Bool, separator: String?)]
    /// The credentials operations' paths carry, by the literal segment before each (`redactingPathSegments`).
    let pathSegments: [String: [SecretPathSegment]]

    init(
        secretNames: Set<String>, textForms: [String: (forms: TextForms, lines: Bool, separator: String?)] = [:], scheme: String? = nil,
        paths: [String] = []
    ) {
        credentials = CredentialNames(secretNames)
        self.textForms = textForms
        schemes = Self.authorizationSchemes.union([scheme?.lowercased()].compactMap { $0 })
        pathSegments = SecretPathSegment.all(in: paths, credentials: credentials)
    }

    init(_ spec: ProviderSpec) {
        let secrets = spec.shapes.flatMap { $0.fields.filter(\.secret).map(\.wireName.value) }
        let credentials = spec.credentialFieldNames.map(\.value)
        // A credential sent in a header, which documents show in a query or a body too.
        let header = spec.credentialHeaders
        let shapesByName = Dictionary(spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let forms = spec.shapes.compactMap { shape in
            shape.lineShape(in: shapesByName).map { (shape.name.value, ($0.answerForms, true, shape.separator?.value)) }
                ?? (shape.textForms.isEmpty ? nil : (shape.name.value, (shape.answerForms, false, nil)))
        }
        self.init(
            secretNames: Set(secrets + credentials + header + spec.sharedSecretFieldNames), textForms: Dictionary(forms, uniquingKeysWith: { first, _ in first }),
            scheme: spec.authentication?.scheme, paths: spec.operations.map(\.path.value))
    }

    var secretNames: Set<String> { credentials.names }

    /// The secret `name` names, as the spec spells it: in any case, alone or as a part of a bracketed form name.
    func secret(named name: some StringProtocol) -> String? { credentials.credential(named: name) }

    func model(of example: ExampleSpec) -> ExampleModel {
        var found = Found(names: credentials.lowercased)
        var redacted = example
        let forms = example.format == .text && !credentials.isEmpty ? textForms[example.message.value] : nil
        redacted.payload = forms.map { redactText(example.payload, forms: $0.forms, lines: $0.lines, separator: $0.separator, into: &found) }
            ?? redact(example.payload, format: example.format, into: &found)
        // A document's text as published: a header line (an HTTP request's, a `curl -H`) or a URL's query anywhere.
        redacted.verbatim = example.verbatim.map { verbatim in
            let read = forms.map { redactText(verbatim, forms: $0.forms, lines: $0.lines, separator: $0.separator, into: &found) }
                ?? redact(verbatim, format: example.format, into: &found)
            return redactingQueryPairs(redactingHeaderLines(read, into: &found), into: &found)
        }
        redacted.corrections = example.corrections.map { redactingQueryPairs($0, into: &found) }
        let section = example.source?.section.map { redactingQueryPairs($0, into: &found) }
        // A value redacted once is redacted wherever else the example writes it (a callback URL's `?apikey=`, another
        // field): in a JSON payload token by token, so that it stays JSON.
        let isJSON = forms == nil && example.format == .json && Self.isJSON(redacted.payload)
        let swept = isJSON
            ? sweptJSON(redacted.payload, found: found)
            : forms == nil && [.form, .query].contains(example.format) ? sweptForm(redacted.payload, found: found)
            : found.sweep(redacted.payload, format: forms == nil ? example.format : .text)
        let breaksJSON = isJSON && !Self.isJSON(swept)
        redacted.payload = breaksJSON ? redacted.payload : swept
        // The payload decodes, so it is read whole; a `verbatim` text is broken, perhaps past reading, and a
        // correction may quote either.
        redacted.verbatim = redacted.verbatim.map {
            [.form, .query].contains(example.format) ? sweptForm($0, found: found) : found.sweep($0, format: example.format)
        }
        redacted.corrections = redacted.corrections.map { found.sweep($0, format: .json) }
        // A URL's user information (a callback URL's password), in a field no spec marks secret too.
        var userinfo = false
        let hidingUserinfo = { (text: String) in
            let shown = DisplayText.redactingUserinfo(text)
            if shown != text { userinfo = true }
            return shown
        }
        redacted.payload = hidingUserinfo(redacted.payload)
        redacted.verbatim = redacted.verbatim.map(hidingUserinfo)
        redacted.corrections = redacted.corrections.map(hidingUserinfo)
        redacted.source?.section = section.map(hidingUserinfo)
        var seen: Set<String> = []
        return ExampleModel(spec: redacted, redactedFields: found.fields.filter { seen.insert($0).inserted }, userinfoRedacted: userinfo)
    }

    private static func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) != nil
    }

    func redact(_ payload: String, format: EncodingKind) -> (text: String, fields: [String]) {
        var found = Found(names: credentials.lowercased)
        let text = redact(payload, format: format, into: &found)
        return (text, found.fields)
    }

    func redact(_ payload: String, format: EncodingKind, into found: inout Found) -> String {
        format == .json ? redactJSON(payload, depth: 0, into: &found) : redactForm(payload, into: &found)
    }

    /// A plain-text answer: each secret field's value where the first form the text takes has it (every form the
    /// text takes adds its secret values to `found`, for the sweep); with `lines`, each line's (or each part's,
    /// between two `separator`s).
    func redactText(_ payload: String, forms: TextForms, lines: Bool = false, separator: String? = nil, into found: inout Found) -> String {
        if lines {
            return TextForms.parts(of: payload, separator: separator).map { redactText($0, forms: forms, into: &found) }
                .joined(separator: separator ?? "\n")
        }
        let answer = TextForms.trimmed(payload)
        var rewritten: String?
        for form in forms.forms {
            guard let fields = form.fields(in: answer) else { continue }
            var values: [String: String] = [:]
            for (name, value) in fields {
                guard let secret = secret(named: name) else {
                    values[name] = value
                    continue
                }
                found.add(secret, values: [value])
                values[name] = DisplayText.redactedUserinfo
            }
            if rewritten == nil, values.count == fields.count, let text = form.text(with: values),
                let range = payload.range(of: answer)
            {
                rewritten = String(payload[..<range.lowerBound]) + text + String(payload[range.upperBound...])
            }
        }
        return rewritten ?? payload
    }

    /// A form's values swept for what `found` holds, each pair's name kept (a user's password `pass` made the name
    /// `password` `%3Credacted%3Eword`, and the catalog's example no longer decoded); a pair without `=` is all value.
    func sweptForm(_ payload: String, found: Found) -> String {
        var text = ""
        var rest = Substring(payload)
        for pair in payload.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "&" || $0 == ";" }) {
            text += rest[..<pair.startIndex]
            rest = rest[pair.endIndex...]
            guard let equals = pair.firstIndex(of: "=") else {
                text += found.sweep(String(pair), format: .form)
                continue
            }
            text += pair[...equals] + found.sweep(String(pair[pair.index(after: equals)...]), format: .form)
        }
        return text + rest
    }

    /// Each pair `name=value` (`&`- or `;`-separated, the name percent-decoded) whose name is a secret's, its value
    /// written `placeholder` (kept when empty or redacted already).
    func redactForm(_ payload: String, placeholder: String = Found.formPlaceholder, into found: inout Found) -> String {
        let pairs = payload.split(omittingEmptySubsequences: false) { $0 == "&" || $0 == ";" }
        guard pairs.count > 1 || payload.contains("=") else { return payload }
        var text = ""
        var rest = Substring(payload)
        for pair in pairs {
            // The separator before this pair, as written.
            text += rest[..<pair.startIndex]
            rest = rest[pair.endIndex...]
            guard let equals = pair.firstIndex(of: "=") else {
                text += pair
                continue
            }
            let rawName = pair[..<equals]
            let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines).drop { $0 == "?" }
            let decoded = String(name).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(name)
            guard let secret = secret(named: decoded) else {
                text += rawName + "=" + redactingJSONText(in: pair[pair.index(after: equals)...], into: &found)
                continue
            }
            let value = pair[pair.index(after: equals)...]
            let trailing = value.reversed().prefix { $0.isNewline }.reversed()
            let written = value.dropLast(trailing.count)
            guard !written.isEmpty, written != Found.formPlaceholder, !written.contains(DisplayText.redactedUserinfo) else {
                text += pair
                continue
            }
            found.add(secret, values: [String(written), written.replacingOccurrences(of: "+", with: " ").removingPercentEncoding])
            text += rawName + "=" + placeholder + String(trailing)
        }
        return text
    }
}

extension ExampleRedaction {
    /// A form value holding JSON text (a field with `contentType: application/json`: SUBMAIL's `multi`, Mandrill's
    /// `mandrill_events`), its credentials redacted as a JSON payload's are, written back form-encoded; unchanged when
    /// it holds none, or no JSON (an attack: a `secret` inside such a value reached the generated catalog).
    func redactingJSONText(in value: Substring, into found: inout Found) -> String {
        let trailing = value.reversed().prefix { $0.isNewline }.reversed()
        let written = value.dropLast(trailing.count)
        guard let text = written.replacingOccurrences(of: "+", with: " ").removingPercentEncoding,
            let first = text.first(where: { !$0.isWhitespace }), first == "{" || first == "["
        else { return String(value) }
        let redacted = redactJSON(text, depth: 1, into: &found)
        guard redacted != text else { return String(value) }
        // As a form writes a value: unreserved characters as they are, a space as `+`, every other byte escaped.
        let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._* ")
        let encoded = redacted.addingPercentEncoding(withAllowedCharacters: unreserved)?.replacingOccurrences(of: " ", with: "+")
        return (encoded ?? String(written)) + String(trailing)
    }
}

/// What a redaction found: the secret fields, and the values it replaced, to be replaced wherever else they are written.
struct Found {
    /// `<redacted>`, percent-encoded as a form value.
    static let formPlaceholder = DisplayText.redactedUserinfo
        .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "redacted"
    /// Values shorter than this are not looked for elsewhere: a short one (`1`, `abc`) is a word of the text too.
    static let shortestSwept = 4
    /// The most values swept, and the longest: each sweep is one linear pass over the text.
    static let sweptValues = 16, longestSwept = 256

    /// The secret names, lowercased: a value spelt as one (`"apikey": "apikey"`, a document's placeholder) is not
    /// looked for elsewhere, where it is the name.
    let names: Set<String>
    private(set) var fields: [String] = []
    private var values: [String] = []
    /// The values as given, before their encoded spellings were added: also looked for through any mix of escapes.
    private var given: [String] = []

    init(names: Set<String>) { self.names = names }

    mutating func add(_ field: String, values found: [String?]) {
        fields.append(field)
        for case let value? in found where (Self.shortestSwept...Self.longestSwept).contains(value.utf8.count)
            && values.count < Self.sweptValues && !values.contains(value) && !value.contains(DisplayText.redactedUserinfo)
            && !names.contains(value.lowercased())
        {
            values.append(value)
            given.append(value)
            // Written inside a URL or a form value elsewhere: `K3Y%2FSECRET`.
            if let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != value,
                encoded.utf8.count <= Self.longestSwept * 3, values.count < Self.sweptValues
            {
                values.append(encoded)
            }
        }
    }

    /// `text` with every value found replaced, wherever it is.
    func sweep(_ text: String, format: EncodingKind) -> String {
        let placeholder = Array(([.form, .query].contains(format) ? Self.formPlaceholder : DisplayText.redactedUserinfo).utf8)
        var bytes = Array(text.utf8)
        var changed = false
        // Longest first, so a value that holds another is replaced whole.
        for value in values.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let matches = BytePattern(Array(value.utf8)).occurrences(in: bytes)
            guard !matches.isEmpty else { continue }
            changed = true
            var replaced: [UInt8] = []
            var copied = 0
            for start in matches {
                replaced += bytes[copied..<start]
                replaced += placeholder
                copied = start + value.utf8.count
            }
            bytes = replaced + bytes[copied...]
        }
        // Spelt through other escapes (`%2f`, Python's `quote()`, `URLComponents`' `+` kept and `=` encoded, `\u0044`).
        let swept = changed ? String(decoding: bytes, as: UTF8.self) : text
        return EncodedSpellings.redacting(given, in: swept, with: String(decoding: placeholder, as: UTF8.self))
    }
}
