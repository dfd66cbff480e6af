import Foundation
@_spi(Generated) import SMSSpecRuntime

/// Replaces the credentials a client sent wherever they come back (a provider echoing the key in an error, a
/// decoding problem quoting a value): as they were sent, as the provider reads them (a pre-encoded key decoded), as
/// a form or a URL query encodes them, as JSON and our messages escape them. Bytes are matched, so a body that is not
/// UTF-8 (Latin-1 from an older gateway) is redacted too.
struct SecretRedactor: Sendable {
    /// Every spelling's UTF-8, longest first.
    private var spellings: [[UInt8]] = []
    /// The beginning of each long spelling, hidden where it stands with as much of the rest as follows it.
    private var beginnings: [(beginning: [UInt8], whole: [UInt8])] = []
    /// The credentials in each canonical form, and the runtime's sweep for them: it finds the spellings no list holds,
    /// escapes mixed in one value (`ab%2Fcd/ef`) and Unicode forms mixed in one value (an attack: both stayed in
    /// `rawBody`, where the CLI redacted them).
    private var values: [String] = []
    private var sweep = SecretSweep(values: [])
    static let replacement = "<redacted>"
    /// The charset the provider's forms and queries are written in (its spec's `charset`): a credential sent in one
    /// is spelled in its bytes, which a transport's error quoting the URL repeats (`psw=%CF%E0…`: an attack).
    var charset: FormCharset = .utf8
    /// The shortest part of a credential with spaces in it that is hidden alone: `JWT` is a scheme, not a secret.
    static let shortestSecretPart = 8
    /// The most whitespace-separated parts of a credential that are hidden alone as well as whole.
    static let mostSecretParts = 8

    /// `escaped` with the hex digits of its `%XX` escapes in lowercase.
    private static func lowercasedEscapes(_ escaped: String) -> [UInt8] {
        var bytes = Array(escaped.utf8)
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                for digit in index + 1...index + 2 where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(bytes[digit]) { bytes[digit] += 32 }
                index += 3
            } else {
                index += 1
            }
        }
        return bytes
    }

    mutating func add(_ secret: String) {
        guard !secret.isEmpty else { return }
        // A key given with its scheme (`JWT eyJ…`, `Bearer …` for an `Authorization` header the spec gives no scheme)
        // comes back without it too: each long part is a secret of its own (a user's 401 echoed the bare token).
        // A few parts: a key with its scheme, a pass phrase. A text of thousands of words is no key pasted with its
        // scheme, and each part added cost each call more than the last (an attack's login token of 8,000 words: 105 s).
        let parts = secret.split(whereSeparator: \.isWhitespace)
        if parts.count > 1, parts.count <= Self.mostSecretParts {
            for part in parts where part.unicodeScalars.count >= Self.shortestSecretPart { add(String(part)) }
        }
        // A gateway may echo it in the other Unicode form (`é` composed sent, `e` + U+0301 back: an attack), which a
        // byte search for the form sent misses.
        let known = Set(spellings)
        for form in Secret.canonicalForms(of: secret) { addSpellings(of: form) }
        // A gateway may echo it cut short without saying so (`"TOKSECRET-1-qwertyuio"` of a longer token; a Basic
        // header's base64 cut: an attack): its beginning is hidden too, from three quarters of it on.
        beginnings += spellings.filter { !known.contains($0) }.compactMap { spelling in
            Self.echoedBeginning(of: spelling).map { (beginning: $0, whole: spelling) }
        }
        spellings.sort { $0.count > $1.count }
        values += Secret.canonicalForms(of: secret)
        sweep = SecretSweep(values: values)
    }

    /// The beginning of a spelling that is hidden on its own: its first three quarters, at least 8 bytes, cut at a
    /// character's boundary; nil for a spelling too short to have one.
    static func echoedBeginning(of spelling: [UInt8]) -> [UInt8]? {
        var length = max(shortestSecretPart, (spelling.count * 3 + 3) / 4)
        while length < spelling.count, spelling[length] & 0xC0 == 0x80 { length += 1 }
        return length < spelling.count ? Array(spelling[..<length]) : nil
    }

    private mutating func addSpellings(of secret: String) {
        // A value sent pre-encoded (Ginota's portal key 3zJU%2Ft7DX6g%3D) is read by the provider decoded.
        // The quotes come off by scalar: as Characters, a leading combining mark joins the opening quote and a
        // trailing prepended mark (U+0D4E) the closing one, and the spelling lost that part of the secret.
        let values = [secret] + [secret.removingPercentEncoding].compactMap { $0 }.filter { $0 != secret && !$0.isEmpty }
        // As a URL, a form or a path segment spells it (Kavenegar's key in `/v1/{apikey}/…`), escapes in either case.
        for spelling in Secret.urlSpellings(of: secret) where !spellings.contains(Array(spelling.utf8)) { spellings.append(Array(spelling.utf8)) }
        // Encoded for a header or a log: base64 (with or without its padding, or URL-safe) and hexadecimal, which a
        // gateway echoing a token so printed whole (an attack); hex in either case, as every spelling is matched.
        let base64 = Data(secret.utf8).base64EncodedString()
        let unpadded = String(base64.reversed().drop { $0 == "=" }.reversed())
        let urlSafe = unpadded.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let hex = secret.utf8.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        // Of a secret of 8 bytes or more: a short one's (a PIN's hex, `31323334`) is a piece of many numbers.
        for spelling in [base64, unpadded, urlSafe, hex] where secret.utf8.count >= Self.shortestInsideWords && !spellings.contains(Array(spelling.utf8)) {
            spellings.append(Array(spelling.utf8))
        }
        if charset != .utf8, let bytes = charset.bytes(of: secret), bytes != Array(secret.utf8) {
            // As the client sent it, `%XX` in either case, and the bytes raw (a Latin-1 page echoing it).
            let escaped = FormEncoder.escape(secret, in: charset)
            for spelling in [Array(escaped.utf8), Self.lowercasedEscapes(escaped), bytes] where !spellings.contains(spelling) { spellings.append(spelling) }
        }
        for value in values {
            let escaped = [false, true].flatMap { slash in [false, true].map { ascii in Self.jsonEscaped(value, slash: slash, ascii: ascii) } }
                + [DisplayText.escaped(value), String(DisplayText.quoted(value).unicodeScalars.dropFirst().dropLast())]
            for spelling in escaped + Self.entityEscaped(value) where !spellings.contains(Array(spelling.utf8)) {
                spellings.append(Array(spelling.utf8))
            }
            // An older gateway echoing it in Latin-1 (`ü` one byte `0xFC`), which a UTF-8 spelling never matches; or
            // percent-encoded in it (`%E9`); or the UTF-8 it was sent in read as Latin-1 or windows-1252 and written
            // back in UTF-8 (`Ã©` for `é`: an attack's gateway did both).
            if !value.allSatisfy(\.isASCII) {
                var others: [[UInt8]] = []
                if let latin1 = value.data(using: .isoLatin1) {
                    let escaped = FormEncoder.escape(value, in: .isoLatin1)
                    others += [Array(latin1), Array(escaped.utf8), Self.lowercasedEscapes(escaped)]
                }
                for misread in [String.Encoding.isoLatin1, .windowsCP1252] {
                    if let text = String(data: Data(value.utf8), encoding: misread) { others.append(Array(text.utf8)) }
                }
                for spelling in others where !spellings.contains(spelling) { spellings.append(spelling) }
            }
        }
    }

    /// `text` as an HTML or XML page escapes it (a gateway's error page, an XML answer): `&`, `<`, `>` and quotes as
    /// named, decimal or hexadecimal character references — all of them, or only some (XML text escapes `&` and `<`
    /// and keeps quotes; PHP before 8.1 kept `'`); none when it holds none of them.
    private static func entityEscaped(_ text: String) -> [String] {
        let named: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        let present = named.keys.filter(text.contains).sorted()
        let styles: [(Character) -> String] = [
            { named[$0]! }, { $0 == "'" ? "&apos;" : named[$0]! }, { "&#\($0.asciiValue!);" },
            { "&#x\(String($0.asciiValue!, radix: 16, uppercase: true));" }, { "&#x\(String($0.asciiValue!, radix: 16));" },
        ]
        // Every non-empty set of the characters present (at most 2⁵ − 1), in every style.
        return (1..<(1 << present.count)).flatMap { mask in
            let escaped = Set(present.indices.filter { mask & (1 << $0) != 0 }.map { present[$0] })
            return styles.map { reference in String(text.flatMap { escaped.contains($0) ? Array(reference($0)) : [$0] }) }
        }
    }

    /// `text` inside a JSON string as servers write it: `\/` for `/` (PHP, Foundation) or not, non-ASCII as `\u00f6`
    /// (PHP, Python) or as it is.
    private static func jsonEscaped(_ text: String, slash: Bool, ascii: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": result += "\\" + String(scalar)
            case "/" where slash: result += "\\/"
            case _ where scalar.value < 0x20 || (ascii && !scalar.isASCII):
                for unit in String(scalar).utf16 { result += "\\u" + String(repeating: "0", count: 4 - String(unit, radix: 16).count) + String(unit, radix: 16) }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Adds the value of every `Secret` in `message`, wherever it sits (a PIN field is no credential, but a secret
    /// all the same), and the user information of every field with the `url` rule as that rule reads it (a
    /// malformed URL's too, `https//shop:pw@host`, which a client not validating requests sends): found by encoding
    /// the message as JSON twice, as sent and with secrets redacted.
    mutating func add(secretsOf message: some Encodable) {
        let redacting = JSONEncoder()
        redacting.userInfo[.redactSecrets] = true
        // `JSONPayload.encode`: Foundation's encoder alone refuses a number longer than `Decimal`, and no secret was found.
        guard let sent = try? JSONSerialization.jsonObject(with: JSONPayload.encode(message), options: .fragmentsAllowed),
            let shown = try? JSONSerialization.jsonObject(with: JSONPayload.encode(message, using: redacting), options: .fragmentsAllowed)
        else { return }
        add(secretsIn: sent, shownAs: shown)
    }

    private mutating func add(secretsIn sent: Any, shownAs shown: Any) {
        switch (sent, shown) {
        case (let value as String, let shown as String) where shown == Secret.redacted && value != shown:
            add(value)
        case (let value as String, let shown as String) where value != shown:
            for userinfo in Self.userinfos(of: value, shownAs: shown) {
                // `user:password`, its `:` maybe percent-encoded (`shop%3Apw`): the user name is no secret beside a password.
                let split = Self.decodings(of: userinfo).lazy.compactMap { text in text.firstIndex(of: ":").map { (text[..<$0], text[text.index(after: $0)...]) } }.first
                for credential in Self.credentials(user: String(split?.0 ?? userinfo[...]), password: String(split?.1 ?? "")) { add(credential) }
            }
        case (let values as [Any], let shown as [Any]):
            for (value, shown) in zip(values, shown) { add(secretsIn: value, shownAs: shown) }
        case (let object as [String: Any], let shown as [String: Any]):
            for (key, value) in object { if let shown = shown[key] { add(secretsIn: value, shownAs: shown) } }
        default:
            break
        }
    }

    /// What `shown` (`value` with the `url` rule's redaction) replaced by `<redacted>`: the bytes between the parts
    /// both share, each `<redacted>` in turn (the last part ends the value, any other is the next one found).
    static func userinfos(of value: String, shownAs shown: String) -> [String] {
        let marker = Array(DisplayText.redactedUserinfo.utf8)
        let kept = Array(shown.utf8).split(separator: marker, omittingEmptySubsequences: false)
        let bytes = Array(value.utf8)
        guard kept.count > 1, bytes.starts(with: kept[0]) else { return [] }
        var found: [String] = []
        var start = kept[0].count
        for (index, part) in kept.enumerated().dropFirst() {
            let end: Int?
            if index == kept.count - 1 {
                end = bytes.count - part.count >= start && bytes[start...].reversed().starts(with: part.reversed()) ? bytes.count - part.count : nil
            } else {
                end = part.isEmpty ? nil : bytes[start...].firstRange(of: part)?.lowerBound
            }
            guard let end else {
                found.append(String(decoding: bytes[start...], as: UTF8.self))
                break
            }
            found.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end + part.count
        }
        return found.filter { !$0.isEmpty }
    }

    /// Adds the credential of every URL a text field of `message` holds (RajaSMS's `callbackurl`,
    /// `https://shop:password@hooks.example/dlr`, is no field a spec marks `secret`): a provider that echoes the
    /// request, or a transport's error quoting a query, showed its password.
    mutating func add(urlCredentialsOf message: some Encodable) {
        guard let sent = try? JSONSerialization.jsonObject(with: JSONPayload.encode(message), options: .fragmentsAllowed) else { return }
        add(urlCredentialsIn: sent)
    }

    private mutating func add(urlCredentialsIn value: Any) {
        switch value {
        case let text as String:
            // The URL as written, or percent-encoded in the field once or more (a pre-encoded callback URL,
            // `https%3A%2F%2Fu%3Ap%40…`, encoded again by a form), as far as `DisplayText.redactingUserinfo` reads.
            for url in Self.decodings(of: text) where url.contains("@") {
                for credential in Self.credentials(of: URLComponents(string: Self.withAuthoritySlashes(url.trimmingCharacters(in: .whitespaces)))) {
                    add(credential)
                }
            }
        case let values as [Any]: for value in values { add(urlCredentialsIn: value) }
        case let object as [String: Any]: for value in object.values { add(urlCredentialsIn: value) }
        default: break
        }
    }

    /// `url` as WHATWG parsers read a special scheme's careless slashes (`https:/u:p@h`, `https:u:p@h`,
    /// `https:\\u:p@h`, tabs and line breaks among them): `https://u:p@h`, which `URLComponents` reads a user from.
    static func withAuthoritySlashes(_ url: String) -> String {
        guard let colon = url.firstIndex(of: ":"), ["http", "https", "ws", "wss", "ftp"].contains(url[..<colon].lowercased()) else { return url }
        let rest = url[url.index(after: colon)...].drop { "/\\\t\n\r".contains($0) }
        return url[..<colon] + "://" + rest.filter { !"\t\n\r".contains($0) }
    }

    /// `text` and each percent-decoding of it in turn, at most eight.
    private static func decodings(of text: String) -> [String] {
        var found = [text]
        while found.count <= 8, let decoded = found[found.count - 1].removingPercentEncoding, decoded != found[found.count - 1] {
            found.append(decoded)
        }
        return found
    }

    /// The secrets of a URL, percent-encoded as the URL holds them (`credentials(user:password:)`).
    static func credentials(of url: URLComponents?) -> [String] {
        credentials(user: url?.percentEncodedUser ?? "", password: url?.percentEncodedPassword ?? "")
    }

    /// The secrets of a user name and password, a URL's or Basic authentication's: the password, and the user name
    /// when it may be the credential itself (`Credentials.userMayBeCredential`: a short login beside a password is a name,
    /// which redacted in an answer's words would mangle them).
    static func credentials(user: String, password: String) -> [String] {
        (password.isEmpty ? [] : [password]) + (Credentials.userMayBeCredential(user, password: password) ? [user] : [])
    }

    func redact(_ text: String) -> String {
        spellings.isEmpty ? text : String(decoding: redact(Data(text.utf8)), as: UTF8.self)
    }

    /// `text`, a message that may quote values cut short (`DisplayText.quotedExcerpt`), redacted. A spelling the cut
    /// goes through leaves only its beginning before the `…`, which no whole spelling matches: that beginning is
    /// redacted too. Meant for messages, which quote bounded excerpts, not for bodies.
    func redact(message text: String) -> String {
        guard !spellings.isEmpty else { return text }
        var bytes = [UInt8](redact(Data(text.utf8)))
        let ellipsis = Array("…".utf8)
        var index = bytes.count - ellipsis.count
        while index > 0 {
            defer { index -= 1 }
            guard bytes[index..<index + ellipsis.count].elementsEqual(ellipsis) else { continue }
            let cut = spellings.lazy.compactMap { spelling -> Int? in
                (1..<min(spelling.count, index + 1)).reversed().first { bytes[(index - $0)..<index].elementsEqual(spelling[..<$0]) }
            }.max()
            if let cut {
                bytes.replaceSubrange((index - cut)..<index, with: Self.replacement.utf8)
                index -= cut
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func redact(_ data: Data) -> Data {
        guard !spellings.isEmpty else { return data }
        let redacted = redactingEscapedStrings(in: redactingSpellings(in: [UInt8](data)))
        guard !sweep.isEmpty, let text = String(validating: redacted, as: UTF8.self) else { return Data(redacted) }
        return Data(sweep.redactingValue(text).utf8)
    }

    /// An answer's body redacted: a JSON answer in UTF-16 or UTF-32, which the client reads by its first bytes, as
    /// its UTF-8 text (its spellings are UTF-8).
    func redact(answer data: Data) -> Data {
        guard !spellings.isEmpty, data.prefix(4).contains(0) else { return redact(data) }
        // A UTF-8 spelling found in the bytes says they are UTF-8 (with a NUL among the first four): read as UTF-16,
        // they gave text whose re-encoding held the secret.
        let asUTF8 = redact(data)
        guard asUTF8 == data else { return asUTF8 }
        // A stray byte or three after the last whole unit (a truncated answer) is no reason to match UTF-8 bytes,
        // which never match inside UTF-16 or UTF-32: the text before them is read as the answer's.
        for stray in 0...3 where data.count > stray {
            if let text = try? JSONPayload.utf8(data.dropLast(stray)) { return redact(text) + redact(Data(data.suffix(stray))) }
        }
        return redact(data)
    }

    /// `bytes` with every spelling replaced where it stands.
    func redactingSpellings(in bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for spelling in spellings { bytes = Self.replacing(spelling, in: bytes) }
        for (beginning, whole) in beginnings { bytes = Self.replacing(beginning, of: whole, in: bytes) }
        return bytes
    }

    /// `bytes` with each `beginning` of `whole` replaced, and the bytes after it that go on as `whole` does.
    private static func replacing(_ beginning: [UInt8], of whole: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        // Found in linear time (a hostile answer of one byte repeated), each match extended by at most a quarter.
        var result: [UInt8] = []
        var last = 0
        for range in bytes.ranges(of: beginning) where range.lowerBound >= last {
            result += bytes[last..<range.lowerBound]
            var end = range.upperBound
            while end < bytes.count, end - range.lowerBound < whole.count, bytes[end] == whole[end - range.lowerBound] { end += 1 }
            result += replacement.utf8
            last = end
        }
        return last == 0 ? bytes : result + bytes[last...]
    }

    /// Spellings shorter than this are replaced only where they stand apart from letters and digits: a short login
    /// (`me`) is a piece of many words (`mes=`, `message`), which printed mangled (`&<redacted>s=`).
    static let shortestInsideWords = 8

    /// `bytes` with each occurrence of `spelling` replaced, its ASCII letters in either case (a gateway echoing a token
    /// upper-cased printed it whole: an attack).
    private static func replacing(_ spelling: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard spelling.count < shortestInsideWords, let first = spelling.first, let last = spelling.last else {
            let pattern = BytePattern(spelling, ignoringASCIICase: true)
            let starts = pattern.occurrences(in: bytes)
            guard !starts.isEmpty else { return bytes }
            var result: [UInt8] = []
            var copied = 0
            for start in starts {
                result += bytes[copied..<start]
                result += replacement.utf8
                copied = start + spelling.count
            }
            return result + bytes[copied...]
        }
        let isWordByte = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        let folded = spelling.map(BytePattern.lowercased)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let end = index + spelling.count
            if end <= bytes.count, bytes[index..<end].lazy.map(BytePattern.lowercased).elementsEqual(folded),
                !(isWordByte(first) && index > 0 && isWordByte(bytes[index - 1])),
                !(isWordByte(last) && end < bytes.count && isWordByte(bytes[end]))
            {
                result += replacement.utf8
                index = end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}

/// Fills the credential fields of `auth: fields` providers (Ginota's apiKey and apiSecret, RajaSMS's apikey) into a
/// request, replacing what it holds there: at the top, or wherever the request nests them (CM.com's
/// `messages.authentication.productToken`), where the top was filled and the nested placeholder sent.
enum CredentialFields {
    /// `values` keyed by the wire names `auth: fields` gives; a key that is none is taken for the one it spells apart
    /// from case, `_`, `-` and `.` (the Swift property `apiKey` for EBulkSMS's `apikey`, `productToken` for
    /// `product_token`: a user's key was refused), where exactly one does.
    static func wireNamed(_ values: [String: Secret], among names: [String], provider: String) throws -> [String: Secret] {
        let fold = { (name: String) in String(name.lowercased().filter { !"_-.".contains($0) }) }
        var named: [String: Secret] = [:]
        for key in values.keys.sorted() {
            let matches = names.contains(key) ? [key] : names.filter { fold($0) == fold(key) }
            guard matches.count == 1, named[matches[0]] == nil else {
                throw ProviderClientError.notACredentialField(provider: provider, field: key)
            }
            named[matches[0]] = values[key]
        }
        return named
    }

    /// `request` with the credential fields of `authentication` (the provider's, or a login's own) holding `values`.
    static func fill<Request: ProviderMessage>(
        _ request: Request, with values: [String: Secret], authentication: Authentication, provider: String
    ) throws -> Request {
        // Fields given where the spec takes another kind are said as such, as `httpRequest` says it of any kind (an attack).
        guard case .requestFields(let names) = authentication else {
            throw RequestBuildingError.credentialsOfAnotherKind(provider: provider, takes: authentication.credentialsKind, given: Credentials.fields([:]).kind)
        }
        let values = try wireNamed(values, among: names, provider: provider)
        // Through `JSONPayload` and a tree of exact scalars: `JSONSerialization` rounded a number longer than `Decimal`.
        guard case .object(var object) = try JSONPayload.decode(Tree.self, from: JSONPayload.encode(request), limitingDepth: false) else { return request }
        for (name, secret) in values {
            // A request that holds the field nowhere gets it at the top, as a flat request always did.
            if !replace(name, with: secret.value, in: &object) { object[name] = .scalar(.string(secret.value)) }
        }
        let filled = try JSONPayload.decode(Request.self, from: JSONPayload.encode(Tree.object(object)), limitingDepth: false)
        // A request holding some of the fields carries those (iTexMo's send two, its balance the third); one holding none
        // would go out without credentials (an attack: the members added were dropped when the JSON was read back).
        guard case .object(var sent) = try JSONPayload.decode(Tree.self, from: JSONPayload.encode(filled), limitingDepth: false) else { return filled }
        guard values.keys.contains(where: { replace($0, with: "", in: &sent) }) || values.isEmpty else {
            throw ProviderClientError.noCredentialField(provider: provider, fields: values.keys.sorted())
        }
        return filled
    }

    /// A request's JSON: lists and objects as deep as it nests (a `JSONValue` read stops at 16 levels), scalars as
    /// `JSONValue` reads them (a long number with every digit).
    private enum Tree: Codable {
        case object([String: Tree]), array([Tree]), scalar(JSONValue)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let members = try? container.decode([String: Tree].self) {
                self = .object(members)
            } else if let items = try? container.decode([Tree].self) {
                self = .array(items)
            } else {
                self = .scalar(try container.decode(JSONValue.self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .object(let members): try container.encode(members)
            case .array(let items): try container.encode(items)
            case .scalar(let value): try container.encode(value)
            }
        }
    }

    /// Replaces every member `name` of `object` and of the objects and lists it holds; whether there was one.
    private static func replace(_ name: String, with value: String, in object: inout [String: Tree]) -> Bool {
        var found = false
        for key in object.keys {
            if key == name {
                object[key] = .scalar(.string(value))
                found = true
            } else if replace(name, with: value, in: &object[key]!) {
                found = true
            }
        }
        return found
    }

    private static func replace(_ name: String, with value: String, in member: inout Tree) -> Bool {
        switch member {
        case .object(var object):
            defer { member = .object(object) }
            return replace(name, with: value, in: &object)
        case .array(var list):
            defer { member = .array(list) }
            var found = false
            for index in list.indices where replace(name, with: value, in: &list[index]) { found = true }
            return found
        case .scalar: return false
        }
    }
}
