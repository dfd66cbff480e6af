import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// A callback as it goes on the wire: one payload in the callback's method and encoding, marked as the sandbox's,
/// signed as its provider signs it; and posted, with what the receiver answered said for the log. Delivery reports
/// and inbound messages are both sent so.
struct CallbackRequest {
    let callback: CallbackModel
    let provider: SandboxProvider
    /// What a callback whose spec declares a signature is signed with; nil sends it unsigned.
    let signingSecret: Secret?
    /// How long the receiver has to answer, in seconds.
    let deadline: TimeInterval

    /// `payload` with each field of JSON text (`contentType: application/json`, Mandrill's `mandrill_events`) written as
    /// that text, as the generated `encodeJSONText` writes it: before it is signed, as the provider signs what it sends.
    func writingJSONText(_ payload: JSONValue) -> JSONValue {
        guard var members = payload.members else { return payload }
        let shapes = ([callback.spec.shape] + (callback.spec.discriminator?.variants.map(\.shape) ?? [])).compactMap { $0.flatMap { provider.shape($0.value) } }
        for field in shapes.flatMap(\.fields) where field.spec.isJSONText {
            let name = field.spec.wireName.value
            // Text already (an example's, as the provider wrote it) stays as it is.
            guard let value = members[name], value != .null else { continue }
            if case .string = value { continue }
            guard let text = try? JSONText.text(of: value, codingPath: [FieldKey(stringValue: name)]) else { continue }
            members[name] = .string(text)
        }
        return .object(members)
    }

    /// The HTTP request carrying `payload` to `url`; nil when the payload cannot travel in the callback's encoding or
    /// the URL is not valid.
    func request(_ payload: JSONValue, to given: String) -> URLRequest? {
        let target: String
        var body: (contentType: String, data: Data)?
        // As sent, and so signed: a URL holding `é`, a space or `|` was escaped whole when sent (`%2B` became `%252B`)
        // but signed as given, and its fragment signed though never sent (an attack: every such callback refused).
        let url = Self.sendable(given)
        // A callback sent by several methods is delivered by the first the spec lists.
        let method = callback.spec.methods.first ?? "POST"
        let encoding = callback.spec.encoding(for: method)
        let fresh = writingJSONText(Self.freshNonces(in: payload, of: callback, provider: provider))
        let payload = signedInItsFields(fresh, method: method, encoding: encoding, url: url) ?? fresh
        switch encoding {
        case .query, .none:
            guard let fields = try? WirePayload.fields(of: payload, booleans: provider.model.spec.formBooleans) else { return nil }
            let (prefix, kept) = Self.query(of: url, without: Set(fields.map(\.name)), callersOwn: callersOwnNames)
            let encoded = FormEncoder.encode(fields.filter { !kept.contains($0.name) }, charset: provider.model.spec.charset)
            let separator = encoded.isEmpty ? "" : prefix.contains("?") ? (prefix.hasSuffix("?") ? "" : "&") : "?"
            target = prefix + separator + encoded
        case .form:
            guard let fields = try? WirePayload.fields(of: payload, booleans: provider.model.spec.formBooleans) else { return nil }
            target = Self.query(of: url, without: []).prefix
            body = (Self.formType, Data(FormEncoder.encode(fields, charset: provider.model.spec.charset).utf8))
        case .json:
            target = Self.query(of: url, without: []).prefix
            body = ("application/json", WirePayload.json(payload))
        case .text:
            return nil  // plain text is an answer's wire: the parser refuses it for a callback
        }
        // The scheme in lowercase: `refusal(of:loggedURL:)` takes `HTTP://` for http, and URLSession refused it as unsupported.
        let schemeEnd = target.firstIndex(of: ":") ?? target.startIndex
        guard let targetURL = URL(string: target[..<schemeEnd].lowercased() + target[schemeEnd...]) else { return nil }
        var request = URLRequest(url: targetURL, timeoutInterval: 10)
        request.httpMethod = method
        request.setValue("1", forHTTPHeaderField: Self.loopMarker)
        if let body {
            request.setValue(body.contentType, forHTTPHeaderField: "Content-Type")
            request.httpBody = body.data
        }
        if let signature = callback.signature, let signingSecret,
            let headers = try? signature.senderHeaders(
                secret: signingSecret, method: method, url: target, body: body?.data ?? Data(), form: body?.contentType == Self.formType,
                now: Date(), nonce: Self.nonce())
        {
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        }
        return request
    }

    /// `url` as it is sent: its fragment, which is never sent, left out, and every byte its path may not hold written
    /// `%XX` (an escape of ASCII hex digits kept); its query is escaped by `query(of:without:callersOwn:)`.
    static func sendable(_ url: String) -> String {
        let withoutFragment = url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
        // `[` and `]` stay: an IPv6 host's (`http://[::1]:8080/dlr`).
        guard let mark = withoutFragment.firstIndex(of: "?") else { return escaped(withoutFragment, keeping: "[]") }
        return escaped(String(withoutFragment[..<mark]), keeping: "[]") + String(withoutFragment[mark...])
    }

    /// `url` (no fragment) with its query escaped, for a callback's fields to follow after `?` or `&`, and the names of
    /// the fields its query gives itself (our rule). A query field of a name the callback carries is left out, and the
    /// callback's value sent — but in a URL the provider fills in (a value holding a `%` that begins no `%XX` escape,
    /// as Kannel's `dlr-url` escapes `%d`, `%p` are), a literal value is the caller's own (Kannel's `id=7`, the
    /// application's reference, which Kannel sends as written) and is kept, the callback's field of that name not
    /// added. The query's other characters a URL may not hold (`|`, `é`, a stray `%`) are percent-encoded, each `%XX`
    /// escape kept. A user's `…/dlr?id=7&type=%d&to=%p` was no valid URL: the whole query was encoded again
    /// (`to=%252B…`) and each field came twice, which the spec's own receiver refuses; an attack's `|`, `é` or `%１２`
    /// (fullwidth digits) did the same; a review found a plain URL's `?id=order-17` replacing the report's message id.
    ///
    /// A literal value of a field the message does not decide (`callersOwn`: no role, id, code, enum or date — a
    /// reference the caller wrote into its URL) is kept in any URL, and the callback's value not added: a user's Kannel
    /// `dlr-url=…/dlr?ref=o-1` was called with `ref=order-1`, its example's (our rule).
    static func query(of url: String, without names: Set<String>, callersOwn: Set<String> = []) -> (prefix: String, kept: Set<String>) {
        guard let mark = url.firstIndex(of: "?") else { return (url, []) }
        let pairs = url[url.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: true).map { pair in
            (pair: pair, name: String(pair.prefix { $0 != "=" }).removingPercentEncoding ?? String(pair.prefix { $0 != "=" }),
             value: pair.drop { $0 != "=" }.dropFirst())
        }
        let filledIn = pairs.contains { Self.holdsFillIn($0.value) }
        var kept = Set<String>()
        let left = pairs.filter { pair in
            guard names.contains(pair.name) else { return true }
            guard filledIn || callersOwn.contains(pair.name), !pair.value.isEmpty, !Self.holdsFillIn(pair.value) else { return false }
            kept.insert(pair.name)
            return true
        }
        return (String(url[...mark]) + Self.escaped(left.map { String($0.pair) }.joined(separator: "&")), kept)
    }

    /// The wire names of the callback's fields whose value the message does not decide: no role, no id, no code,
    /// enum, date or discriminator — a value a URL may carry as the caller's own (`query(of:without:callersOwn:)`).
    var callersOwnNames: Set<String> {
        let shapes = ([callback.spec.shape?.value].compactMap { $0 } + callback.variants.map(\.shape.swiftName)).compactMap(provider.shape)
        let discriminator = callback.discriminated.map { _ in callback.variants.compactMap { $0.discriminatorField?.spec.wireName.value } } ?? []
        // The signature's own fields are the sender's to fill (an attack's `?sig=zz` went unsigned).
        var signatures: [String] = []
        if case .field(let code)? = callback.signature?.carrier { signatures.append(code) }
        if case .field(let time)? = callback.signature?.replayWindow?.place { signatures.append(time) }
        var names = Set<String>()
        for field in shapes.flatMap(\.fields) {
            let name = field.spec.wireName.value
            guard field.spec.role == nil, !provider.isIdentifier(name), !discriminator.contains(name), !signatures.contains(name) else { continue }
            switch field.type {
            case .string, .int, .int64, .decimal, .double: names.insert(name)
            default: continue
            }
        }
        return names
    }

    /// Whether a query value holds a `%` that begins no `%XX` escape of ASCII hex digits: a value the provider fills in.
    private static func holdsFillIn(_ value: Substring) -> Bool {
        let bytes = Array(value.utf8)
        return bytes.indices.contains { index in
            bytes[index] == UInt8(ascii: "%") && !(index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2]))
        }
    }

    /// `query` (or a path) with every byte a URL's query may not hold written `%XX` (RFC 3986: unreserved,
    /// sub-delimiters, `:`, `@`, `/`, `?` stay), an escape of ASCII hex digits kept.
    private static func escaped(_ query: String, keeping extra: String = "") -> String {
        let bytes = Array(query.utf8)
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?\(extra)".utf8)
        var out = ""
        for (index, byte) in bytes.enumerated() {
            let isEscape = byte == UInt8(ascii: "%") && index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
            out += allowed.contains(byte) || isEscape ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return out
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// A payload whose signature travels in one of its fields (Vonage's `sig`): its time field set to now, then the
    /// code over its fields, as the receiver will read them from the wire, written into the code's field; nil when
    /// the signature is a header's, or there is no secret (sent unsigned, as the log says).
    func signedInItsFields(_ payload: JSONValue, method: String, encoding: EncodingKind, url: String) -> JSONValue? {
        guard let signature = callback.signature, case .field(let codeField) = signature.carrier, let signingSecret,
            case .object(var members) = payload
        else { return nil }
        if let window = signature.replayWindow, case .field(let timeField) = window.place {
            members[timeField] = .string(Timestamp(Date(), format: window.format.rawValue).text)
        }
        members[codeField] = nil
        var fields: [(name: String, value: String)]
        do {
            fields = encoding == .json
                ? try PayloadFields.json(WirePayload.json(.object(members)), reading: signature.fieldsRead)
                : try WirePayload.fields(of: .object(members), booleans: provider.model.spec.formBooleans)
        } catch { return nil }
        // In the query, the URL's own fields arrive beside the payload's and are read, and signed, as its: an attack's
        // `?token=xyz` made every signed callback refused.
        if encoding == .query || encoding == .none {
            let (prefix, kept) = Self.query(of: url, without: Set(fields.map(\.name) + [codeField]), callersOwn: callersOwnNames)
            let own = prefix.firstIndex(of: "?").map { (try? FormDecoder.parse(String(prefix[prefix.index(after: $0)...]))) ?? [] } ?? []
            fields = fields.filter { !kept.contains($0.name) } + own
        }
        guard let code = try? signature.fieldCode(secret: signingSecret, method: method, fields: fields) else { return nil }
        members[codeField] = .string(code)
        return .object(members)
    }

    /// The payload fields of `callback` that are a signature's nonce: a text field the signature names among what it
    /// signs (`signs: [{fields: {names: [token]}}, secret]`), of no role, no secret, no id, not its time, that is named
    /// one (`nonce`, `token`, `salt`, `random`, `noncestr`) or whose summary calls it random.
    static func nonceFields(of callback: CallbackModel, provider: SandboxProvider) -> Set<String> {
        guard let signature = callback.signature, let names = signature.signs.fields?.names else { return [] }
        var time: String?
        if case .field(let name)? = signature.replayWindow?.place { time = name }
        let shapes = ([callback.spec.shape?.value].compactMap { $0 } + callback.variants.map(\.shape.swiftName)).compactMap(provider.shape)
        let fields = shapes.flatMap(\.fields)
        let nonceWords: Set<String> = ["nonce", "token", "salt", "random", "rand", "noncestr"]
        return Set(names.filter { name in
            guard name != time, !provider.isIdentifier(name) else { return false }
            let named = fields.filter { $0.spec.wireName.value == name }
            guard !named.isEmpty, named.allSatisfy({ field in
                guard field.spec.role == nil, !field.spec.secret, case .string = field.type else { return false }
                return true
            }) else { return false }
            let summary = named.compactMap(\.spec.summary).joined(separator: " ").lowercased()
            return nonceWords.contains(name.lowercased()) || summary.contains("random") || summary.contains("随机")
        })
    }

    /// `payload` with each nonce field it carries (`nonceFields(of:provider:)`) a fresh value of its example's form,
    /// so that no two callbacks carry one, nor are signed alike (our rule): a user's SUBMAIL SUBHOOK, signed as the MD5
    /// of its `token` ("32 位随机字符串", a random 32-character text) and the secret, carried its example's token in every
    /// callback, and a receiver refusing a token it has seen refused the second.
    static func freshNonces(in payload: JSONValue, of callback: CallbackModel, provider: SandboxProvider) -> JSONValue {
        guard case .object(var members) = payload else { return payload }
        for name in nonceFields(of: callback, provider: provider) {
            guard case .string(let example)? = members[name] else { continue }
            let form = SecretForm(of: example.isEmpty ? nonce() : example)
            members[name] = .string(form.fresh(from: IdentifierSource(seed: nil)))
        }
        return .object(members)
    }

    /// A nonce for a signature that signs one (seven.io's X-Nonce): 32 random letters and digits, as seven.io's are.
    static func nonce() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }

    /// A callback URL as the log shows it: its user information (`user:password@`, the receiver's credential)
    /// redacted, a malformed URL's too (`shop:pw@host/dlr`, `DisplayText.redactingURLUserinfo`), cut after its first characters when long (anyone's request names it, a megabyte long if they like),
    /// and quoted when empty or with a space at either end, so that it shows.
    /// A pair named as a credential is hidden at any level of percent-encoding too (`NestedCredentialPairs`): a URL quoting
    /// another, `?next=https%3A%2F%2Fh%2F%3Ftoken%3D…`.
    static func loggedURL(_ url: String) -> String {
        DisplayText.codeExcerpt(NestedCredentialPairs.hiding(in: DisplayText.redactingURLUserinfo(url)))
    }

    /// Why `request` is not sent, for the log after "the URL …" (`loggedURL`); nil when it may be. Anyone's request
    /// names its callback URL, and only http and https are called (URLSession tries any scheme it knows); a URL over
    /// `maximumURLBytes` (a payload in its query) is said so with its length, where libcurl refused it as "Out of memory".
    static func refusal(of request: URLRequest, loggedURL: String) -> String? {
        let scheme = request.url?.scheme?.lowercased()
        guard scheme == "http" || scheme == "https" else { return "the URL \(loggedURL) is not http or https" }
        let length = request.url?.absoluteString.utf8.count ?? 0
        guard length <= maximumURLBytes else {
            return "the URL \(loggedURL) is \(length) bytes with its query; at most \(maximumURLBytes) are sent"
        }
        return nil
    }

    /// The longest callback URL sent: URLSession on Linux hands requests to libcurl, which refuses a request head
    /// over 1 MiB ("Out of memory"); the rest is room for the headers.
    static let maximumURLBytes = 1_000_000

    /// Posts `request` (one of `request(_:to:)`, with no `refusal(of:loggedURL:)`) and says, for the log, what the receiver answered —
    /// and what differs from the answer the spec's `acknowledgement` declares — or why it failed. `what` names the
    /// callback, `loggedURL` its URL as the log shows it.
    func post(_ request: URLRequest, what: String, loggedURL: String) async -> (line: String, answered: Bool) {
        do {
            let acknowledgement = callback.acknowledgement
            let answer = try await CallbackPoster.answer(to: request, readingUpTo: acknowledgement.bodyBytesToRead, within: deadline)
            let mismatch = acknowledgement.mismatch(with: answer).map { "; \($0)" } ?? ""
            return ("callback \(what) → \(request.httpMethod ?? "") \(Self.calledURL(request, loggedURL))\(signatureNote): \(answer.status)\(mismatch)", true)
        } catch {
            return ("callback \(what) → \(Self.calledURL(request, loggedURL)): \(error.localizedDescription)", false)
        }
    }

    /// The URL `request` calls as the log shows it (`loggedURL(_:)`), where its query carries the callback: a user's
    /// Kannel report was logged `…/dlr?ref=o-1` and called `…/dlr?answer=…&ref=order-1&status=1…`. Else `logged`.
    static func calledURL(_ request: URLRequest, _ logged: String) -> String {
        guard request.httpBody == nil, let called = request.url?.absoluteString else { return logged }
        return loggedURL(called)
    }

    /// What the log adds about the signature: that a signed callback went unsigned, for want of a secret.
    var signatureNote: String {
        guard let signature = callback.signature, signingSecret == nil else { return "" }
        return " (unsigned: the spec signs it in \(signature.header); pass --signing-secret)"
    }

    static let formType = "application/x-www-form-urlencoded"

    /// The header every callback carries: a sandbox answers a request with it as no provider's (`SandboxEmulator`),
    /// so a callback URL pointing at a sandbox, itself or another, cannot make a loop.
    static let loopMarker = "X-SMSSpec-Sandbox-Callback"
}
