import Foundation
import SMSSpecVocabulary

extension ExampleRedaction {
    /// Nesting of payloads inside string values read, at most: each level needs its quotes escaped once more.
    static let deepestNesting = 8

    /// Every scalar value of an object member whose (unescaped) name is a secret's, at any depth, and every scalar
    /// inside such a member's list or object (a list of keys: `{"apikey": ["<redacted>"]}`); `null`, `true`,
    /// `false` and member names are kept.
    func redactJSON(_ payload: String, depth: Int, into found: inout Found) -> String {
        let bytes = Array(payload.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // For each open container: whether it is an object, (in an object) the member name last read and whether
        // the next token is its value, and the secret it is the value of (or lies inside).
        var containers: [(isObject: Bool, name: String?, expectsValue: Bool, secret: String?)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let token = Self.token(bytes, at: index)
            if let end = token, var top = containers.last, !top.isObject || top.expectsValue {
                // A value: a member's, or a list item.
                output += redactedValue(bytes[index..<end], secret: top.secret ?? top.name.flatMap(secret(named:)), depth: depth, into: &found)
                top.expectsValue = false
                containers[containers.count - 1] = top
                index = end
                continue
            }
            if let end = token, containers.isEmpty {
                // A scalar outside any container (a payload that is a string, a quote in broken text).
                output += redactedValue(bytes[index..<end], secret: nil, depth: depth, into: &found)
                index = end
                continue
            }
            if let end = token {
                // A member's name.
                containers[containers.count - 1].name = Self.text(of: bytes[index..<end])
                output += bytes[index..<end]
                index = end
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let enclosing = containers.last.flatMap { $0.secret ?? ($0.expectsValue ? $0.name.flatMap(secret(named:)) : nil) }
                containers.append((byte == UInt8(ascii: "{"), nil, false, enclosing))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !containers.isEmpty { containers.removeLast() }
            // `=` as documents write a hash (`{"apikey" => "…"}`).
            case UInt8(ascii: ":"), UInt8(ascii: "="): if containers.last?.isObject == true { containers[containers.count - 1].expectsValue = true }
            case UInt8(ascii: ","): if containers.last?.isObject == true { containers[containers.count - 1].expectsValue = false }
            default: break
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["), containers.count >= 2 {
                // A container is the value of its member: the member's scalar value is no longer expected.
                containers[containers.count - 2].expectsValue = false
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// JSON `payload` with each value `found` holds replaced inside every string, and a number or word holding one
    /// written as the string `"<redacted>"`: swept as one text, a secret number written twice became a bare
    /// `<redacted>`, which is no JSON, so the second was kept.
    func sweptJSON(_ payload: String, found: Found) -> String {
        let bytes = Array(payload.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let end = Self.token(bytes, at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let token = String(decoding: bytes[index..<end], as: UTF8.self)
            // A member's name stays (a user's password `pass` made `"password"` `"<redacted>word"`, which no longer decoded).
            guard !Self.isMemberName(bytes, from: index, to: end) else {
                output += bytes[index..<end]
                index = end
                continue
            }
            let swept = found.sweep(token, format: .json)
            output += (swept == token || bytes[index] == UInt8(ascii: "\"") ? swept : "\"\(DisplayText.redactedUserinfo)\"").utf8
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A value as written out: a secret's scalar (`secret` names the secret it is, or lies inside) redacted, a string
    /// holding a payload redacted inside.
    private func redactedValue(_ token: ArraySlice<UInt8>, secret: String?, depth: Int, into found: inout Found) -> ArraySlice<UInt8> {
        let quote = token.first.flatMap { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") ? $0 : nil }
        if let secret, quote != nil || !["null", "true", "false"].contains(String(decoding: token, as: UTF8.self)) {
            let raw = String(decoding: quote == nil ? token : token.dropFirst().dropLast(quote == token.last && token.count > 1 ? 1 : 0), as: UTF8.self)
            found.add(secret, values: [raw, quote == nil ? nil : Self.text(of: token)])
            let mark = quote ?? UInt8(ascii: "\"")
            return [mark] + Array(DisplayText.redactedUserinfo.utf8) + [mark]
        }
        guard let quote, depth < Self.deepestNesting, let text = Self.text(of: token) else { return token }
        let inner = nested(text, depth: depth + 1, into: &found)
        guard inner != text else { return token }
        guard quote == UInt8(ascii: "\"") else { return [quote] + Array(inner.utf8) + [quote] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(inner)).map { ArraySlice($0) } ?? token
    }

    /// A string value redacted as the payload it holds: JSON, or a form or a URL's query, and its header lines
    /// (`"curl -H \"X-Key: …\" …"`).
    private func nested(_ text: String, depth: Int, into found: inout Found) -> String {
        let start = text.drop { $0.isWhitespace }.first
        if start == "{" || start == "[" { return redactJSON(text, depth: depth, into: &found) }
        let headersRedacted = redactingHeaderLines(text, into: &found)
        guard headersRedacted.contains("=") else { return headersRedacted }
        guard let query = headersRedacted.firstIndex(of: "?") else { return redactForm(headersRedacted, into: &found) }
        return String(headersRedacted[...query]) + redactForm(String(headersRedacted[headersRedacted.index(after: query)...]), into: &found)
    }

    /// The index after the token starting at `start`: a string (in double or single quotes, up to its closing quote or
    /// the end) or a bare word (a name or value written without quotes, up to a space or punctuation); nil at
    /// anything else.
    private static func token(_ bytes: [UInt8], at start: Int) -> Int? {
        let first = bytes[start]
        guard first != UInt8(ascii: "\"") && first != UInt8(ascii: "'") else { return endOfString(bytes, from: start) }
        guard !endsWord(first) else { return nil }
        return bytes[start...].firstIndex(where: endsWord) ?? bytes.count
    }

    /// Whether the token `start..<end` is a member's name: a `:` (or the lenient `=>`) follows it, and, when it is not
    /// quoted, it opens an object's member (a bare `https` before `://` is a value's beginning).
    private static func isMemberName(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var next = end
        while next < bytes.count, bytes[next] <= 0x20 { next += 1 }
        guard next < bytes.count,
            bytes[next] == UInt8(ascii: ":") || bytes[next] == UInt8(ascii: "=") && next + 1 < bytes.count && bytes[next + 1] == UInt8(ascii: ">")
        else { return false }
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") { return true }
        var previous = start - 1
        while previous >= 0, bytes[previous] <= 0x20 { previous -= 1 }
        return previous >= 0 && (bytes[previous] == UInt8(ascii: "{") || bytes[previous] == UInt8(ascii: ","))
    }

    private static func endsWord(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || ",:={}[]\"'>".utf8.contains(byte)
    }

    /// The index after the string token starting at `start` (its closing quote, or the end of an unterminated one).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case quote: return index + 1
            default: index += 1
            }
        }
        return bytes.count
    }

    /// A token's text: a string's with its escapes read as JSON reads them (nil when they do not read), a single-quoted
    /// one's as written, a bare word as it is.
    static func text(of token: ArraySlice<UInt8>) -> String? {
        guard let quote = token.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return String(decoding: token, as: UTF8.self) }
        let closed = token.count > 1 && token.last == quote
        let inner = token.dropFirst().dropLast(closed ? 1 : 0)
        guard quote == UInt8(ascii: "\""), closed, inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(token))
    }
}
