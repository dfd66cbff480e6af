/// A media type as a Content-Type header writes it (RFC 9110 §8.3.1): `type/subtype`, then `; name=value`
/// parameters, each value a token or a quoted string. Only ASCII is read: obs-text (bytes above 0x7F in a quoted
/// string) is obsolete, and a header value has no one encoding for it.
public struct MediaType: Hashable, Sendable {
    /// `text/plain`, lowercased: what two spellings of one media type share.
    public let essence: String
    /// Each parameter's name, lowercased, and its value as written (a quoted string's quotes and escapes removed).
    public let parameters: [(name: String, value: String)]

    public init?(_ text: String) {
        var rest = Substring(text)
        guard let type = Self.token(&rest), rest.first == "/" else { return nil }
        rest = rest.dropFirst()
        guard let subtype = Self.token(&rest) else { return nil }
        var parameters: [(String, String)] = []
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard rest.first == ";" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            // `[ parameter ]`: `text/plain;` and `a/b; ; c=d` are media types.
            guard let first = rest.first, first != ";" else { continue }
            guard let name = Self.token(&rest), rest.first == "=" else { return nil }
            rest = rest.dropFirst()
            guard let value = rest.first == "\"" ? Self.quotedString(&rest) : Self.token(&rest) else { return nil }
            parameters.append((name.lowercased(), value))
        }
        essence = "\(type)/\(subtype)".lowercased()
        self.parameters = parameters
    }

    /// The request body encoding this type names, as spec encodings are spelled: `json` for a JSON type (see
    /// `namesJSON`), `form` for `application/x-www-form-urlencoded`; nil for another. Lint holds a spec's
    /// `Content-Type` header to it, the runtime a descriptor's.
    public var bodyEncoding: String? {
        Self.namesJSON(essence) ? "json" : essence == "application/x-www-form-urlencoded" ? "form" : nil
    }

    /// Whether a lowercased `type/subtype` names a JSON body: `application/json`, a `+json` type
    /// (`application/vnd.api+json`), or a subtype with `json` as one of its dash-separated words, as AWS's JSON
    /// protocols write theirs (`application/x-amz-json-1.0`, a user's Pinpoint spec) and `text/json` or
    /// `application/x-json` do; not `application/x-ndjson` (lines of JSON) or `application/jsonl`.
    public static func namesJSON(_ essence: some StringProtocol) -> Bool {
        guard let slash = essence.firstIndex(of: "/") else { return false }
        let subtype = essence[essence.index(after: slash)...]
        return subtype.hasSuffix("+json") || subtype.split(separator: "-").contains("json")
    }

    /// The first parameter named twice (`charset=utf-8; charset=iso-8859-1`), lowercased: one server reads the first,
    /// another the last, a third neither (an attack sent a UTF-8 body so labelled).
    public var repeatedParameter: String? {
        var seen = Set<String>()
        return parameters.first { !seen.insert($0.name).inserted }?.name
    }

    /// The `charset` parameter, lowercased; nil when there is none.
    public var charset: String? { parameters.first { $0.name == "charset" }?.value.lowercased() }

    public static func == (lhs: MediaType, rhs: MediaType) -> Bool {
        lhs.essence == rhs.essence && lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(essence) }

    /// The token `rest` starts with, removed from it; nil when it starts with none.
    private static func token(_ rest: inout Substring) -> String? {
        let token = rest.prefix { $0.unicodeScalars.allSatisfy(HTTPToken.isCharacter) }
        guard !token.isEmpty else { return nil }
        rest = rest.dropFirst(token.count)
        return String(token)
    }

    /// The quoted string `rest` starts with (`"…"`, `\` quoting the next character), unquoted and removed from it.
    private static func quotedString(_ rest: inout Substring) -> String? {
        var value = ""
        var scalars = rest.unicodeScalars.dropFirst()
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"":
                rest = Substring(scalars)
                return value
            case "\\":
                // quoted-pair: HTAB, SP or a visible ASCII character.
                guard let quoted = scalars.popFirst(), quoted == "\t" || (0x20...0x7E).contains(quoted.value) else { return nil }
                value.unicodeScalars.append(quoted)
            case "\t", " ", "!", "#"..."[", "]"..."~":
                value.unicodeScalars.append(scalar)
            default:
                return nil
            }
        }
        return nil
    }
}

/// RFC 9110's `token`: what a header's name and a media type's parts are made of.
public enum HTTPToken {
    /// One or more of letters, digits and !#$%&'*+-.^_`|~.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isCharacter)
    }

    static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
    }
}
