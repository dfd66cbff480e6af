import SMSSpecVocabulary

/// Credentials as documents write them in text: a header line (`X-Key: …`, `Authorization: Bearer …`, a `curl -H '…'`)
/// and a query or form pair in a URL or a sentence (`https://…?api_key=…&to=…`).
extension ExampleRedaction {
    /// The schemes an `Authorization` value may start with (and the spec's own `scheme`), kept before its token.
    static let authorizationSchemes: Set<String> = ["basic", "bearer", "token"]

    /// `text` with the value of every header line named as a credential or `Authorization` (any case, spaces before
    /// the `:` allowed) `<redacted>`, a scheme before it kept (`Authorization: Basic <redacted>`). A value runs to the
    /// end of its line, or of the quoted text it is in: at a `"` (a JSON string's end, escaped `\"` too), an escaped
    /// line break (`\n`), or the quote that opens right before the name (`-H 'X-Key: …'`). So JSON stays JSON.
    func redactingHeaderLines(_ text: String, into found: inout Found) -> String {
        let bytes = Array(redactingCurlUsers(text, into: &found).utf8)
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard Self.isHeaderNameByte(bytes[index]), index == 0 || !Self.isHeaderNameByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let nameEnd = bytes[index...].firstIndex { !Self.isHeaderNameByte($0) } ?? bytes.count
            let colon = Self.skippingSpaces(bytes, from: nameEnd)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":"),
                let field = headerCredential(named: String(decoding: bytes[index..<nameEnd], as: UTF8.self))
            else {
                index = nameEnd
                continue
            }
            let start = valueStart(bytes, from: Self.skippingSpaces(bytes, from: colon + 1))
            let opener = index > 0 && "'`".utf8.contains(bytes[index - 1]) ? bytes[index - 1] : nil
            let end = Self.endOfHeaderValue(bytes, from: start, opener: opener)
            var last = end
            while last > start, Self.isSpace(bytes[last - 1]) { last -= 1 }
            let value = String(decoding: bytes[start..<last], as: UTF8.self)
            if last > start, !value.contains(DisplayText.redactedUserinfo) {
                output += bytes[copied..<start]
                output += DisplayText.redactedUserinfo.utf8
                copied = last
                found.add(field, values: [value])
            }
            index = max(end, nameEnd)
        }
        guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` with the password of each `curl -u user:password` `<redacted>` (`--user`, `--user=`, `-uuser:password`,
    /// combined flags `-su`, quoted or not, a JSON string's `\"…\"` too), and the user of `-u KEY:` (a key as the user, its
    /// password empty): how most documents show Basic credentials, which the catalog kept whole (an attack). A user
    /// alone (curl asks for the password) is kept.
    func redactingCurlUsers(_ text: String, into found: inout Found) -> String {
        guard text.contains("-u") || text.contains("--user") else { return text }
        var output = ""
        var rest = Substring(text)
        while let flag = rest.range(of: #"(^|[\s'"\\])(-[A-Za-z]*u|--user(?=[=\s]))(=|\s+)?"#, options: .regularExpression) {
            output += rest[..<flag.upperBound]
            rest = rest[flag.upperBound...]
            // The value: up to its closing quote (`'…'`, `"…"`, a JSON string's `\"…\"`), else to a space or quote.
            let opener = rest.hasPrefix("\\\"") ? "\\\"" : rest.first.map { $0 == "'" || $0 == "\"" ? String($0) : "" } ?? ""
            output += opener
            rest = rest.dropFirst(opener.count)
            let end = opener.isEmpty
                ? rest.firstIndex { $0.isWhitespace || $0 == "'" || $0 == "\"" || $0 == "\\" } ?? rest.endIndex
                : rest.range(of: opener)?.lowerBound ?? rest.endIndex
            let value = rest[..<end]
            guard let colon = value.firstIndex(of: ":"), !value.contains(DisplayText.redactedUserinfo) else { continue }
            let password = value[value.index(after: colon)...]
            if password.isEmpty {
                found.add("curl -u", values: [String(value[..<colon])])
                output += DisplayText.redactedUserinfo + ":"
            } else {
                found.add("curl -u", values: [String(password)])
                output += value[...colon] + DisplayText.redactedUserinfo
            }
            rest = rest[end...]
        }
        return output + rest
    }

    /// `text` with the value of every pair named as a credential `<redacted>`, as `redactForm` reads a pair (its name
    /// percent-decoded, in any case, bracketed): in each run of the text between spaces, quotes, backslashes and
    /// brackets, split at every `?` (`https://…?api_key=…&to=…`, `next=https://…?token=…`). For prose and a
    /// document's text; a value already `<redacted>`, or empty, is kept.
    func redactingQueryPairs(_ text: String, into found: inout Found) -> String {
        let text = redactingPathSegments(text, into: &found)
        guard !credentials.isEmpty, text.contains("=") else { return text }
        var output = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !Self.endsQueryRun($0) }) {
            output += rest[..<start]
            let end = rest[start...].firstIndex(where: Self.endsQueryRun) ?? rest.endIndex
            let run = rest[start..<end]
            // A sentence's punctuation after a URL is not its query's.
            let query = run.reversed().drop { ".,;:!?".contains($0) }.count
            let core = run.prefix(query)
            output += core.split(separator: "?", omittingEmptySubsequences: false)
                .map { redactForm(String($0), placeholder: DisplayText.redactedUserinfo, into: &found) }
                .joined(separator: "?")
            output += run.dropFirst(query)
            rest = rest[end...]
        }
        return output + rest
    }

    /// The prose of `spec` (`ProviderSpec.mappingProse`) with every credential's query pair `<redacted>`.
    func redactingQueryPairs(inProseOf spec: ProviderSpec) -> ProviderSpec {
        guard !credentials.isEmpty else { return spec }
        return spec.mappingProse { text in
            var found = Found(names: credentials.lowercased)
            return redactingQueryPairs(text, into: &found)
        }
    }

    /// The credential a header line's name names: a credential's, or `Authorization`, which always holds one.
    private func headerCredential(named name: String) -> String? {
        secret(named: name) ?? (name.lowercased() == "authorization" ? "Authorization" : nil)
    }

    /// Where a header's value starts: after a scheme (`Bearer `) when one is followed by a token.
    private func valueStart(_ bytes: [UInt8], from start: Int) -> Int {
        let wordEnd = bytes[start...].firstIndex { !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) } ?? bytes.count
        guard wordEnd > start, wordEnd < bytes.count, Self.isSpace(bytes[wordEnd]),
            schemes.contains(String(decoding: bytes[start..<wordEnd], as: UTF8.self).lowercased())
        else { return start }
        let token = Self.skippingSpaces(bytes, from: wordEnd)
        return token < bytes.count && !"\r\n\"".utf8.contains(bytes[token]) ? token : start
    }

    private static func endOfHeaderValue(_ bytes: [UInt8], from start: Int, opener: UInt8?) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\"") || byte == opener { return index }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                if "\"nr".utf8.contains(escaped) || escaped == opener { return index }
                index += 2
                continue
            }
            index += 1
        }
        return bytes.count
    }

    /// A header name's bytes as documents write one: letters, digits, `-`, `_`, `.`.
    private static func isHeaderNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-_.".utf8.contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func skippingSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        bytes[start...].firstIndex { !isSpace($0) } ?? bytes.count
    }

    private static func endsQueryRun(_ character: Character) -> Bool {
        character.isWhitespace || "\"'`\\()".contains(character)
    }
}

/// Messages that quote a spec's examples, with each credential redacted as the generated catalog redacts the example.
/// Made once per spec (it reads every shape's fields).
public struct ExampleQuoting {
    private let redaction: ExampleRedaction

    public init(_ model: ProviderModel) { redaction = ExampleRedaction(model.spec) }

    /// `text`, a message quoting `example` (a value it breaks a rule with, a code it holds), with each credential it
    /// may quote redacted: a credential's query pair, and every value the example gives a credential, wherever the
    /// message repeats it. (Not as header lines: a message's own words read as one, "…as Token: at `(top level)`",
    /// where a field is named as the credential.)
    public func redacting(_ text: String, quoting example: ExampleSpec) -> String {
        var found = Found(names: redaction.credentials.lowercased)
        if [.json, .form, .query].contains(example.format) { _ = redaction.redact(example.payload, format: example.format, into: &found) }
        return found.sweep(redaction.redactingQueryPairs(text, into: &found), format: .json)
    }
}

/// A credential an operation's path carries (Kavenegar's `/v1/{apikey}/sms/send.json`): the literal path segment
/// before the placeholder (`v1`) and the literal path after it, to the next placeholder (`/sms/send.json`).
struct SecretPathSegment {
    let field: String
    let before: String
    let after: String

    /// Each placeholder of `paths` that names a credential and follows a literal segment (a credential first in the
    /// path has nothing to be told from any other word by), by that segment.
    static func all(in paths: [String], credentials: CredentialNames) -> [String: [SecretPathSegment]] {
        let segments = paths.flatMap { path -> [SecretPathSegment] in
            let pieces = path.split(separator: "{", omittingEmptySubsequences: false)
            return pieces.indices.dropFirst().compactMap { index in
                guard let close = pieces[index].firstIndex(of: "}"), let field = credentials.credential(named: pieces[index][..<close]) else { return nil }
                let literal = pieces[index - 1].split(separator: "}", omittingEmptySubsequences: false).last ?? ""
                guard literal.hasSuffix("/"), let before = literal.dropLast().split(separator: "/").last else { return nil }
                return SecretPathSegment(field: field, before: String(before), after: String(pieces[index][pieces[index].index(after: close)...]))
            }
        }
        return Dictionary(grouping: segments, by: \.before)
    }
}

extension ExampleRedaction {
    /// `text` with every path segment an operation's path gives a credential `<redacted>`, where the text writes the
    /// segment before it, the value, then the literal after it (`…/v1/5A7A…/sms/send.json`, a document's URL or
    /// request line); the value is swept elsewhere as a pair's is. One pass: each `/segment/` is looked up.
    func redactingPathSegments(_ text: String, into found: inout Found) -> String {
        guard !pathSegments.isEmpty, text.contains("/") else { return text }
        let bytes = Array(text.utf8)
        let slash = UInt8(ascii: "/")
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while let start = bytes[index...].firstIndex(of: slash) {
            let literalEnd = bytes[(start + 1)...].firstIndex { $0 == slash || Self.endsPathValue($0) } ?? bytes.count
            index = start + 1
            guard literalEnd < bytes.count, bytes[literalEnd] == slash,
                let candidates = pathSegments[String(decoding: bytes[(start + 1)..<literalEnd], as: UTF8.self)]
            else { continue }
            let valueStart = literalEnd + 1
            let valueEnd = bytes[valueStart...].firstIndex { $0 == slash || Self.endsPathValue($0) } ?? bytes.count
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            guard valueEnd > valueStart, value != DisplayText.redactedUserinfo, !Self.isPlaceholder(value),
                let segment = candidates.first(where: { bytes[valueEnd...].starts(with: $0.after.utf8) })
            else { continue }
            found.add(segment.field, values: [value])
            output += bytes[copied..<valueStart] + DisplayText.redactedUserinfo.utf8
            copied = valueEnd
            index = valueEnd
        }
        guard copied > 0 else { return text }
        return String(decoding: output + bytes[copied...], as: UTF8.self)
    }

    /// A document's placeholder where a path's credential goes (`{API-KEY}`, `[apikey]`, `${KEY}`): no value, and kept
    /// as the document writes it (a user: Kavenegar's decision quoting its URL template read `v1/<redacted>/sms`).
    private static func isPlaceholder(_ value: String) -> Bool {
        (value.hasPrefix("{") || value.hasPrefix("${")) && value.hasSuffix("}") || value.hasPrefix("[") && value.hasSuffix("]")
    }

    /// What ends a path's value in text: a query, a fragment, a space, a quote or a bracket.
    private static func endsPathValue(_ byte: UInt8) -> Bool { "?#\\ \t\r\n\"'`<>".utf8.contains(byte) }
}
