import Foundation

/// Credentials for providers that authenticate with a header (API key, token), several headers, or HTTP Basic.
/// Providers that take credentials as request fields (Ginota, RajaSMS) need none here: they are fields of the
/// request; `fields` lets a client (SMSSpecClient) fill them in for every request it sends.
public enum Credentials: Sendable {
    case apiKey(Secret)
    case basic(username: String, password: Secret)
    /// Values of the request fields the spec's `auth: fields` names, by wire name.
    case fields([String: Secret])
    /// Values of the headers the spec's `auth: headers` names, by header name (in any case): every one is needed.
    case headers([String: Secret])
}

extension Credentials {
    /// The kind, as a client is given it: `.apiKey(…)`, `.basic(…)`, `.fields([…])`, `.headers([…])`.
    public var kind: String {
        switch self {
        case .apiKey: ".apiKey(…)"
        case .basic: ".basic(username:password:)"
        case .fields: ".fields([…])"
        case .headers: ".headers([…])"
        }
    }
}

extension Authentication {
    /// The kind of credentials this authentication takes, named as `Credentials.kind` names them.
    public var credentialsKind: String {
        switch self {
        case .header: ".apiKey(…)"
        case .basic: ".basic(username:password:)"
        case .requestFields(let names): ".fields([…]) (\(names.map { "'\($0)'" }.joined(separator: ", ")))"
        case .headers(let names): ".headers([…]) (\(names.map { "'\($0)'" }.joined(separator: ", ")))"
        }
    }
}

/// Printed (`description`, `debugDescription`, `dump`), credentials show their kind and names, their values
/// `<redacted>`; a Basic user name too when it may be the token (`userMayBeCredential`): SpeedSMS's is.
extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        switch self {
        case .apiKey: "API key <redacted>"
        case .basic(let username, let password):
            Self.userMayBeCredential(username, password: password.value) ? "basic <redacted>" : "basic \(username):<redacted>"
        case .fields(let values): "fields \(values.keys.sorted().joined(separator: ", ")) <redacted>"
        case .headers(let values): "headers \(values.keys.sorted().joined(separator: ", ")) <redacted>"
        }
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: nil) }

    /// Whether a user name may be the credential itself — alone (a token, `https://token@host`, `.basic(username:
    /// "sk_live_…", password: "")`), or as long as a token is beside a password (`https://TOKEN:x-oauth-basic@host`,
    /// a placeholder; SpeedSMS's token beside `x`). A short login beside a password (`shop`) is a name.
    @_spi(Generated) public static func userMayBeCredential(_ user: String, password: String) -> Bool {
        !user.isEmpty && (password.isEmpty || user.utf8.count >= 8)
    }
}

/// An HTTP request ready for any client: `URLSession`, AsyncHTTPClient, …
/// Printed (`description`, `debugDescription`, `dump`), credentials show as `<redacted>`: credential headers, and the
/// values of `Secret` fields and of the fields `auth: fields` names wherever they travel (path, query), each value
/// wherever else the request repeats it (another field, a header), and the user
/// information of every URL (the base URL's, a callback URL's in a field: `https://<redacted>@host/`); the body
/// shows as its size.
public struct HTTPRequestParts: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public let method: String
    public let url: String
    /// In order; credentials included.
    public let headers: [(name: String, value: String)]
    public let body: Data?
    /// `url` with every credential's value replaced by `<redacted>`.
    let redactedURL: String
    /// Lowercased names of the headers that carry credentials.
    let credentialHeaders: Set<String>
    /// The credentials' values, hidden wherever else the printed request repeats them (a password sent again as the
    /// sender, or in the text: `orig=…&message=hi%20…`, a user's TextMarketer request).
    let secrets: SecretSweep

    public var description: String {
        ([method + " " + shownURL] + shownHeaders.map { "\($0.name): \($0.value)" }).joined(separator: "\n")
    }

    private var shownURL: String { secrets.redacting(redactedURL) }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "method": method, "url": shownURL, "headers": shownHeaders.map { "\($0.name): \($0.value)" },
            "body": body.map { "\($0.count) bytes" } ?? "none",
        ], displayStyle: .struct)
    }

    private var shownHeaders: [(name: String, value: String)] {
        headers.map { header in
            let name = header.name.lowercased()
            let hidden = credentialHeaders.contains(name) || RequestHeaders.isCredentialNamed(name) || name.contains("key")
            return (header.name, hidden ? Secret.redacted : secrets.redacting(DisplayText.redactingUserinfo(header.value)))
        }
    }
}

public enum RequestBuildingError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case missingCredentials(provider: String)
    case missingPathParameter(String)
    /// Empty, `.` or `..`: as a path segment it would name another resource (`/codes/../admin`).
    case unsafePathParameter(String)
    /// A list of several values where a path segment holds one.
    case listInPath(String)
    /// A header value with a line break or NUL: it would end the header and start another (header injection).
    case unsafeHeaderValue(String)
    /// A header value that begins or ends with a space or tab, or holds another control character (`\u{1}`, DEL),
    /// which HTTP drops or replaces with a space, or a character that is not ASCII (`é`, U+0085, U+2028), which
    /// URLSession sends re-encoded (`é` as `Ã©`): the provider would read another value (a list joined by spaces,
    /// `" a"`, would lose its first, empty element; a key `kéy` would be another key).
    case unsendableHeaderValue(String)
    /// A Basic authentication user name with a colon: the provider splits `user:password` at the first one.
    case colonInUserName
    /// Credentials of another kind than the provider's `auth` takes (`.apiKey` for `auth: fields`): `takes` and `given`
    /// name the kinds (`.fields([…])`, `.apiKey(…)`).
    case credentialsOfAnotherKind(provider: String, takes: String, given: String)
    /// `.fields` credentials a request does not hold as given (`auth: fields`): `httpRequest` sends the request's own
    /// fields, which `ProviderClient` fills.
    case credentialFieldNotInRequest(provider: String, field: String, takes: [String])
    /// `.headers` credentials without a value for a header the spec's `auth: headers` names.
    case missingCredentialHeader(provider: String, header: String)
    /// `.headers` credentials for a header the spec's `auth: headers` does not name.
    case notACredentialHeader(provider: String, header: String)
    /// `.headers` credentials giving one header twice, its name in two cases (`X-Key`, `x-key`): HTTP reads them as one.
    case credentialHeaderTwice(header: String)
    /// A form or query field holding a character the provider's charset (its spec's `charset`) cannot write.
    case unwritableInCharset(field: String, charset: String)
    /// An API key that starts with the scheme the header writes before it (`JWT eyJ…` where the spec says `scheme: JWT`).
    case schemeInKey(scheme: String)
    /// A header name that is not an RFC 9110 token (a line break in it would add another header; a space or colon would
    /// end the name): a hand-made descriptor's or credentials' header.
    case unsafeHeaderName(String)
    /// A header of the operation's descriptor (`OperationDescriptor.headers`) the request cannot send as written: one
    /// it writes itself, a credential's, a request field's, one given twice, or a `Content-Type` naming another encoding.
    case unsendableHeader(name: String, reason: String)
    /// A method the spec format does not send a request with (GET, POST, PUT, PATCH, DELETE, as written).
    case unsupportedMethod(String)

    /// Throws why `key` cannot follow `scheme` in its header: a key that starts with the scheme (`scheme: JWT` and a
    /// key pasted as `JWT eyJ…` sent `JWT JWT eyJ…`, which the provider refuses); the header's own checks follow.
    public static func check(apiKey key: String, scheme: String?) throws {
        if let scheme, key.lowercased().hasPrefix(scheme.lowercased() + " ") { throw schemeInKey(scheme: scheme) }
    }

    public var description: String {
        switch self {
        case .missingCredentials(let provider): "\(provider) authenticates every request: pass credentials"
        case .credentialsOfAnotherKind(let provider, let takes, let given):
            "\(provider) takes credentials as \(takes) (its spec's auth); the client was given \(given), which it would not send: pass \(takes)"
        case .missingPathParameter(let name): "the path parameter '\(name)' has no value"
        case .unsafePathParameter(let name): "the path parameter '\(name)' is empty, or '.' or '..' (alone or between slashes, once decoded), which would change the path"
        case .listInPath(let name): "the path parameter '\(name)' is a list of several values; a path segment holds one"
        case .unsafeHeaderValue(let name): "the header '\(name)' holds a line break or NUL, which would add another header"
        case .unsendableHeaderValue(let name):
            "the header '\(name)' begins or ends with a space or tab, or holds a control character or one that is not ASCII, "
                + "which HTTP drops, replaces or re-encodes: the provider would read another value"
        case .colonInUserName: "the Basic authentication user name holds a colon: the provider would read the rest as the password"
        case .credentialFieldNotInRequest(let provider, let field, let takes):
            "\(provider)'s credentials are fields of the request (\(takes.map { "'\($0)'" }.joined(separator: ", "))), and the request does not "
                + "hold the value given for '\(field)' \(takes.contains(field) ? "at its top" : "(no such credential field)"): httpRequest sends "
                + "the request's own fields; set them in the request, or send it with ProviderClient, which fills them (nothing was sent)"
        case .missingCredentialHeader(let provider, let header):
            "\(provider) authenticates every request with the header '\(header)' too: give its value in the credentials' .headers"
        case .notACredentialHeader(let provider, let header): "\(provider) takes no credential in the header '\(header)'"
        case .credentialHeaderTwice(let header): "the credentials give the header '\(header)' twice, its name in two cases; give it once"
        case .schemeInKey(let scheme):
            "the API key starts with \(scheme), the scheme the header writes before it: give the key alone (nothing was sent)"
        case .unsafeHeaderName(let name):
            "the header name '\(DisplayText.escapedExcerpt(name))' is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~): "
                + "sent, it would end early or add another header; nothing was sent"
        case .unsendableHeader(let name, let reason): "the operation's header '\(name)' cannot be sent as written: \(reason); nothing was sent"
        case .unsupportedMethod(let method):
            "the operation's method '\(DisplayText.escapedExcerpt(method))' is none of GET, POST, PUT, PATCH and DELETE, as written; nothing was sent"
        case .unwritableInCharset(let field, let charset):
            "the field '\(field)' holds a character \(charset), the charset the provider reads forms and queries in, cannot write; "
                + "nothing was sent (replace it, or leave it out)"
        }
    }
}

extension ProviderRequest {
    /// The HTTP request for this value: path parameters substituted, the rest encoded as the operation says.
    public func httpRequest(baseURL: String, authentication: Authentication, credentials: Credentials? = nil) throws -> HTTPRequestParts {
        try httpRequest(for: Self.operation, baseURL: baseURL, authentication: authentication, credentials: credentials)
    }
}

extension ProviderMessage {
    /// The HTTP request that sends this value with `operation` (for shapes several operations share). `credentials`
    /// are for `authentication`, the provider's; for an operation with credentials of its own (a login's Basic:
    /// `operation.authentication`), they are its own, sent as it says.
    public func httpRequest(
        for operation: OperationDescriptor, baseURL: String, authentication: Authentication, credentials: Credentials? = nil
    ) throws -> HTTPRequestParts {
        // A hand-made descriptor's method is sent as it is: one a server reads as another (`get`, `GET `) is refused.
        guard ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(operation.method) else {
            throw RequestBuildingError.unsupportedMethod(operation.method)
        }
        let authenticationHeaders = authentication.headerNames + (operation.authentication?.headerNames ?? [])
        // An operation that sends no credentials (`auth: none`) is built without them, whatever is given; one with its
        // own (a login's Basic) is built with its own authentication, `credentials` being its own.
        let (authentication, credentials) = operation.sent(authentication, credentials, own: credentials)
        let sentAsText = { (name: String) in
            operation.encoding != .json || Self.pathFields.contains(name) || Self.queryFields.contains(name) || Self.headerFields.contains(name)
        }
        let fields = try FormEncoder.fields(of: self, sentAsText: sentAsText, booleans: Self.formBooleans, inWriteOrder: true)
        let secrets = try credentialFields(among: fields, authentication: authentication, sentAsText: sentAsText)
        /// The field's value as sent, or in the printed form `<redacted>` when it is a credential, and with the user
        /// information of a URL it holds redacted (a callback URL's `user:password@`).
        func shown(_ field: (name: String, value: String), redacting: Bool) -> String {
            guard redacting else { return field.value }
            return secrets.contains(field.name) ? Secret.redacted : DisplayText.redactingUserinfo(field.value)
        }
        var path = (sent: operation.path, printed: operation.path)
        for name in Self.pathFields {
            let values = fields.filter { $0.name == name }
            guard let field = values.first else { throw RequestBuildingError.missingPathParameter(name) }
            guard values.count == 1 else { throw RequestBuildingError.listInPath(name) }
            // A `preEncoded` value keeps its escapes (Orange's `tel%3A%2B2250000`; it was escaped again, `%253A`), and
            // is checked as the server reads it: `%2E%2E` is `..`. A segment of it that is `.` or `..` once decoded
            // (`..%2Fadmin`, `%2E%2E%2F`) is refused too: a server or proxy that decodes `%2F` before it resolves dot
            // segments (nginx does) would read another path.
            let preEncoded = Self.preEncodedFields.contains(name)
            let value = preEncoded ? FormEncoder.escapingStrayPercents(field.value) : field.value
            guard !FormEncoder.isUnsafePathSegment(preEncoded ? FormEncoder.percentDecodedBytes(value) : Array(value.utf8))
            else { throw RequestBuildingError.unsafePathParameter(name) }
            let allowed = preEncoded ? FormEncoder.preEncodedPathSegmentAllowed : FormEncoder.pathSegmentAllowed
            let escaped = FormEncoder.escape(value, allowing: allowed)
            path.sent = path.sent.replacingOccurrences(of: "{\(name)}", with: escaped)
            let printed = FormEncoder.escape(preEncoded ? FormEncoder.escapingStrayPercents(shown(field, redacting: true)) : shown(field, redacting: true), allowing: allowed)
            path.printed = path.printed.replacingOccurrences(of: "{\(name)}", with: secrets.contains(name) ? Secret.redacted : printed)
        }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        var headers: [(name: String, value: String)] = []
        var credentialHeaders = Set(Self.headerFields.filter(secrets.contains).map { $0.lowercased() })
        /// A line break or NUL would end the header and start another; a space or tab at either end would be dropped,
        /// another control character sent as a space (RFC 9110's field value, as `HTTPField` legalizes one), and a
        /// character outside ASCII sent re-encoded (URLSessionTransport reads the UTF-8 bytes as Latin-1; RFC 9110
        /// lets a sender send ASCII only): visible ASCII, space and tab are sent.
        func checkHeader(_ name: String, _ value: String) throws {
            guard HTTPToken.isValid(name) else { throw RequestBuildingError.unsafeHeaderName(name) }
            guard !value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
                throw RequestBuildingError.unsafeHeaderValue(name)
            }
            let padding: Set<Unicode.Scalar> = [" ", "\t"]
            let scalars = value.unicodeScalars
            if let first = scalars.first, let last = scalars.last, padding.contains(first) || padding.contains(last)
                || scalars.contains(where: { !(0x20...0x7E).contains($0.value) && $0 != "\t" })
            {
                throw RequestBuildingError.unsendableHeaderValue(name)
            }
        }
        for field in fields where Self.headerFields.contains(field.name) {
            try checkHeader(field.name, field.value)
            headers.append((field.name, field.value))
        }
        for header in operation.headers {
            try checkHeader(header.name, header.value)
            try Self.check(header, of: operation, credentialHeaders: authenticationHeaders)
            if !header.isContentType { headers.append((header.name, header.value)) }
        }
        let contentType = { (encoded: String) in operation.headers.first(where: \.isContentType)?.value ?? encoded }
        var body: Data?
        let bodyFields = fields.filter {
            !Self.pathFields.contains($0.name) && !Self.queryFields.contains($0.name) && !Self.headerFields.contains($0.name)
        }
        // In the fields' wire order: the query's own, and of a request sent as a query, its body's too.
        let queryFields = fields.filter { field in
            Self.queryFields.contains(field.name)
                || operation.encoding == .query && !Self.pathFields.contains(field.name) && !Self.headerFields.contains(field.name)
        }
        switch operation.encoding {
        case .json:
            headers.append(("Content-Type", contentType("application/json")))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.userInfo[.omitNonBodyFields] = true
            body = try JSONPayload.encode(self, using: encoder)
        case .form:
            try Self.checkWritable(bodyFields)
            headers.append(("Content-Type", contentType("application/x-www-form-urlencoded")))
            body = Data(FormEncoder.encode(bodyFields, preEncoded: Self.preEncodedFields, charset: Self.formCharset).utf8)
        case .query, .none:
            break
        case .text:
            throw EncodingError.invalidValue(self, .init(
                codingPath: [], debugDescription: "A request is sent as JSON, a form, a query or nothing: plain text is an answer's wire."))
        }
        try Self.checkWritable(queryFields)
        /// The URL as sent, or as printed: credentials' values `<redacted>` (written as is, not escaped).
        func url(redacting: Bool) -> String {
            let query = FormEncoder.encode(
                queryFields.map { ($0.name, shown($0, redacting: redacting)) }, preEncoded: Self.preEncodedFields,
                verbatim: redacting ? secrets : [], charset: Self.formCharset)
            return (redacting ? DisplayText.redactingUserinfo(base) : base) + (redacting ? path.printed : path.sent)
                + (query.isEmpty ? "" : "?" + query)
        }
        switch (authentication, credentials) {
        case (.header(let name, let scheme), .apiKey(let key)?):
            guard !key.value.isEmpty else { throw RequestBuildingError.missingCredentials(provider: operation.provider) }
            try RequestBuildingError.check(apiKey: key.value, scheme: scheme)
            try checkHeader(name, key.value)
            headers.append((name, scheme.map { "\($0) \(key.value)" } ?? key.value))
            credentialHeaders.insert(name.lowercased())
        case (.headers(let names), .headers(let values)?):
            try appendCredentialHeaders(names, values, provider: operation.provider, to: &headers, checking: checkHeader)
            credentialHeaders.formUnion(names.map { $0.lowercased() })
        case (.basic, .basic(let username, let password)?):
            guard !username.contains(":") else { throw RequestBuildingError.colonInUserName }
            headers.append(("Authorization", "Basic " + Data("\(username):\(password.value)".utf8).base64EncodedString()))
        case (.requestFields(let names), .fields(let values)?) where !names.isEmpty:
            // The request's own fields are sent: credentials given here that it does not hold already would be dropped
            // (an attack: its empty placeholders went out). `ProviderClient` fills them, nested ones too, before building.
            for (name, secret) in values.sorted(by: { $0.key < $1.key }) where fields.first(where: { $0.name == name })?.value != secret.value {
                throw RequestBuildingError.credentialFieldNotInRequest(provider: operation.provider, field: name, takes: names)
            }
        case (.requestFields, nil):
            break
        case (.requestFields(let names), _?) where names.isEmpty:
            // An operation or provider that sends no credential (`auth: none`) has nothing to send them in.
            break
        case (_, let given?):
            // Credentials of another kind than the spec's `auth` were dropped (a fields provider sent its empty
            // placeholders) or called missing (an attack).
            throw RequestBuildingError.credentialsOfAnotherKind(provider: operation.provider, takes: authentication.credentialsKind, given: given.kind)
        default:
            throw RequestBuildingError.missingCredentials(provider: operation.provider)
        }
        let credentialValues: [String] = switch credentials {
        case .apiKey(let key)?: [key.value]
        case .basic(_, let password)?: [password.value]
        case .fields(let values)?, .headers(let values)?: values.values.map(\.value)
        case nil: []
        }
        return HTTPRequestParts(
            method: operation.method, url: url(redacting: false), headers: headers, body: body,
            redactedURL: url(redacting: true), credentialHeaders: credentialHeaders,
            secrets: SecretSweep(values: fields.filter { secrets.contains($0.name) }.map(\.value) + credentialValues))
    }

    /// A descriptor's header is held to what lint holds a spec's to (a hand-made one is not linted): none the request
    /// writes itself, names as a credential's, or gives as a field; each once; a `Content-Type` naming the encoding's
    /// media type. An attack: `Host`, a second `Authorization` and a form type on a JSON body were sent.
    private static func check(_ header: FixedHeader, of operation: OperationDescriptor, credentialHeaders: [String]) throws {
        let name = header.name.lowercased()
        let refuse = { (reason: String) in RequestBuildingError.unsendableHeader(name: header.name, reason: reason) }
        if operation.headers.filter({ $0.name.lowercased() == name }).count > 1 { throw refuse("it is given twice (HTTP reads a name in any case)") }
        if !header.isContentType, let why = RequestHeaders.whyWrittenByTheRequest(header.name) { throw refuse(why) }
        if credentialHeaders.contains(where: { $0.lowercased() == name }) || RequestHeaders.isCredentialNamed(name) {
            throw refuse("it names a credential, which goes in the client's credentials")
        }
        if headerFields.contains(where: { $0.lowercased() == name }) { throw refuse("a field of the request is sent in it") }
        guard header.isContentType, [.json, .form].contains(operation.encoding) else { return }
        let type = MediaType(header.value)
        if type?.bodyEncoding != operation.encoding.rawValue { throw refuse("it does not name the body's encoding (\(operation.encoding.rawValue))") }
        if let repeated = type?.repeatedParameter { throw refuse("it names '\(repeated)' twice, which servers read differently") }
        // A charset the body is not written in (a review: `application/json; charset=utf-16` was sent).
        let written = operation.encoding == .json ? FormCharset.utf8 : formCharset
        if let charset = type?.charset, FormCharset(name: charset) != written {
            throw refuse("it says charset=\(charset), and the body is written in \(written.rawValue)")
        }
    }

    /// Throws for the first field whose name or value `formCharset` has no bytes for (a `€` in windows-1251): sent
    /// otherwise, the provider would read another character, or none. A pre-encoded value is sent as it is written.
    private static func checkWritable(_ fields: [(name: String, value: String)]) throws {
        guard formCharset != .utf8 else { return }
        for field in fields where formCharset.bytes(of: field.name) == nil
            || (!preEncodedFields.contains(field.name) && formCharset.bytes(of: field.value) == nil)
        {
            throw RequestBuildingError.unwritableInCharset(field: field.name, charset: formCharset.rawValue)
        }
    }

    /// Each header `auth: headers` names, with its value in `values` (looked up in any case, as HTTP reads names).
    private func appendCredentialHeaders(
        _ names: [String], _ values: [String: Secret], provider: String, to headers: inout [(name: String, value: String)],
        checking checkHeader: (String, String) throws -> Void
    ) throws {
        let wanted = Set(names.map { $0.lowercased() })
        if let stray = values.keys.sorted().first(where: { !wanted.contains($0.lowercased()) }) {
            throw RequestBuildingError.notACredentialHeader(provider: provider, header: stray)
        }
        for name in names {
            let given = values.filter { $0.key.lowercased() == name.lowercased() }
            guard let value = given.first?.value else { throw RequestBuildingError.missingCredentialHeader(provider: provider, header: name) }
            guard given.count == 1 else { throw RequestBuildingError.credentialHeaderTwice(header: name) }
            try checkHeader(name, value.value)
            headers.append((name, value.value))
        }
    }

    /// Wire names of the fields whose values are credentials: `Secret` fields (found by encoding again with
    /// secrets redacted) and the fields `auth: fields` names.
    private func credentialFields(
        among fields: [(name: String, value: String)], authentication: Authentication, sentAsText: (String) -> Bool
    ) throws -> Set<String> {
        let redacted = try FormEncoder.fields(of: self, redactingSecrets: true, sentAsText: sentAsText, booleans: Self.formBooleans, inWriteOrder: true)
        var names = Set(zip(fields, redacted).filter { $0.value != $1.value }.map(\.0.name))
        if case .requestFields(let credentialNames) = authentication { names.formUnion(credentialNames) }
        return names
    }
}

extension CodingUserInfoKey {
    /// Set when encoding a request body: path, query and header fields are left out, and a request whose field is its
    /// whole body (`in: wholeBody`) writes that field's value alone.
    @_spi(Generated) public static let omitNonBodyFields = CodingUserInfoKey(rawValue: "smsspec.omitNonBodyFields")!
}

/// Writes flat requests as `application/x-www-form-urlencoded` text.
public enum FormEncoder {
    /// The request's fields as name/value text, sorted by name (see `fields(ofObject:sentAsText:booleans:)`), or with
    /// `inWriteOrder` in the order its `encode(to:)` writes them (a generated shape's: the spec's wire order). With
    /// `redactingSecrets`, every `Secret` reads `<redacted>`. A request that is a list has no named fields: none when it
    /// travels as a JSON body (`sentAsText("")`, asked for the whole value, is false), else an error.
    public static func fields<Value: Encodable>(
        of value: Value, redactingSecrets: Bool = false, sentAsText: (String) -> Bool = { _ in true }, booleans: FormBooleans = .digits,
        inWriteOrder: Bool = false
    ) throws -> [(name: String, value: String)] {
        let encoder = JSONEncoder()
        if redactingSecrets { encoder.userInfo[.redactSecrets] = true }
        // Through `JSONPayload` both ways, so a number longer than `Decimal` keeps every digit.
        let data = try JSONPayload.encode(value, using: encoder)
        let members: [String: FlatMember]
        do {
            members = try JSONPayload.decode([String: FlatMember].self, from: data, limitingDepth: false)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            guard sentAsText("") else { return [] }
            throw EncodingError.invalidValue(value, .init(
                codingPath: [], debugDescription: "The request is a list, not named fields: a form or query cannot carry it."))
        }
        // Only a struct's or class's keys have an order of their own: a dictionary's (or a `JSONValue` object's) are
        // written in its hash order, which changes from run to run (an attack), and are sorted.
        let hasOrder = inWriteOrder && [.struct, .class].contains(Mirror(reflecting: value).displayStyle)
        return try fields(
            ofObject: members.mapValues(\.value), order: hasOrder ? FieldOrder.of(value) : [], sentAsText: sentAsText, booleans: booleans)
    }

    /// A member of a request read only as deep as a form spelling goes: a scalar, or a list of scalars; a list or
    /// object below that is not read (a JSON body may nest deeper than a value kept as JSON may) and stands as `{}`,
    /// which has no form spelling.
    private struct FlatMember: Decodable {
        let value: JSONValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let scalar = try Self.scalar(container) {
                value = scalar
            } else if let items = try? container.decode([Item].self) {
                value = .array(items.map(\.value))
            } else {
                value = .object([:])
            }
        }

        private struct Item: Decodable {
            let value: JSONValue
            init(from decoder: any Decoder) throws { value = try FlatMember.scalar(decoder.singleValueContainer()) ?? .object([:]) }
        }

        /// Text, a number, a boolean or `null`, read as `JSONValue` reads them; nil for a list or an object.
        static func scalar(_ container: any SingleValueDecodingContainer) throws -> JSONValue? {
            if container.decodeNil() { return .null }
            do {
                return .string(try container.decode(String.self))
            } catch DecodingError.typeMismatch(_, let context) {
                switch JSONValue.Found(context) {
                case .number?: return .number(try container.decode(JSONNumber.self))
                case .bool?: return .bool(try container.decode(Bool.self))
                case .array?, .object?, nil: return nil
                }
            }
        }
    }

    /// An object's members as form fields, those `order` names first in its order, the others sorted by name: text as it is, a number as the decimal text `JSONNumber`
    /// keeps (`12345678901234567.89`, `0.00000001`: never through `Double`), a boolean as `booleans` says (1 or 0,
    /// true or false), a list as the field
    /// repeated once per element (`to=1&to=2`, as `FormDecoder` reads it back), `null` left out. An object, or a list
    /// holding a list or an object, has no form spelling: an error naming the member when `sentAsText` says it
    /// travels as text (in a form or query, the path or a header), else it is left to the JSON body.
    public static func fields(
        ofObject members: [String: JSONValue], order: [String] = [], sentAsText: (String) -> Bool = { _ in true }, booleans: FormBooleans = .digits
    ) throws -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        let ordered = order.filter { members[$0] != nil }
        let listed = Set(ordered)
        for name in ordered + members.keys.filter({ !listed.contains($0) }).sorted() {
            let member = members[name]!
            let isList: Bool
            let items: [JSONValue]
            if case .array(let list) = member { (isList, items) = (true, list) } else { (isList, items) = (false, [member]) }
            let texts = items.map { text(of: $0, booleans: booleans) }
            if zip(items, texts).contains(where: { $1 == nil && $0 != .null }) {
                guard sentAsText(name) else { continue }
                throw EncodingError.invalidValue(member, .init(
                    codingPath: [PayloadKey.field(name)],
                    debugDescription: "\(DisplayText.quotedExcerpt(name)) holds \(isList ? "a list of lists or objects" : "an object"), which a form, "
                        + "query, path or header cannot carry: its values are text, numbers, booleans and lists of those."))
            }
            fields += texts.compactMap { $0.map { (name, $0) } }
        }
        return fields
    }

    /// A scalar's form text, a boolean as 1 or 0 (see `fields(ofObject:)`); nil for `null`, a list or an object.
    public static func text(of value: JSONValue) -> String? {
        text(of: value, booleans: .digits)
    }

    /// A scalar's form text, a boolean as `booleans` says; nil for `null`, a list or an object.
    public static func text(of value: JSONValue, booleans: FormBooleans) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.text
        case .bool(let flag): booleans.text(flag)
        case .null, .array, .object: nil
        }
    }

    /// `preEncoded` fields are sent as already encoded: their `%XX` escapes and `+` are kept, and only a character
    /// an encoder never leaves raw (`&`, `=`, `#`, a space, a line break, non-ASCII) is escaped, so that the value
    /// cannot end its field and start another. `verbatim` fields are written as they are, for text that is printed,
    /// never sent (`<redacted>` in a printed URL).
    public static func encode(
        _ fields: [(name: String, value: String)], preEncoded: Set<String> = [], verbatim: Set<String> = [], charset: FormCharset = .utf8
    ) -> String {
        fields.map { field in
            let value =
                verbatim.contains(field.name)
                ? field.value
                : preEncoded.contains(field.name)
                    ? escape(escapingStrayPercents(field.value), allowing: preEncodedAllowed) : escape(field.value, in: charset)
            return escape(field.name, in: charset) + "=" + value
        }.joined(separator: "&")
    }

    /// `text` as a form writes it: its bytes in `charset` (UTF-8's where the charset has none for a character, which
    /// `httpRequest` refuses first), each outside `formAllowed` as `%XX`.
    @_spi(Generated) public static func escape(_ text: String, in charset: FormCharset) -> String {
        guard charset != .utf8, let bytes = charset.bytes(of: text) else { return escape(text, allowing: formAllowed) }
        let hex = Array("0123456789ABCDEF".utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80, formAllowed.contains(Unicode.Scalar(byte)) {
                escaped.append(byte)
            } else {
                escaped += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    static let formAllowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    static let preEncodedAllowed = formAllowed.union(CharacterSet(charactersIn: "%+"))

    /// A path parameter is one segment: '/' and '?' inside it are escaped.
    @_spi(Generated) public static let pathSegmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?;"))
    /// A `preEncoded` path parameter's `%XX` escapes are kept; anything else is escaped as in any segment.
    static let preEncodedPathSegmentAllowed = pathSegmentAllowed.union(CharacterSet(charactersIn: "%"))

    /// A pre-encoded value's `%` that begins no `%XX` escape written `%25`: left as it is, the URL printed held `%zz`
    /// while URLSession sent `%25zz` (it repairs such a URL), and another transport would send other bytes.
    static func escapingStrayPercents(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let scalars = Array(text.unicodeScalars)
        var fixed = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            fixed.append(scalar)
            guard scalar == "%" else { continue }
            let isEscape = index + 2 < scalars.count && scalars[index + 1].properties.isASCIIHexDigit && scalars[index + 2].properties.isASCIIHexDigit
            if !isEscape { fixed.append(contentsOf: "25".unicodeScalars) }
        }
        return String(fixed)
    }

    /// A pre-encoded value's bytes as a server decodes them: each `%XX` its byte, whatever bytes they make (`%FF` is no
    /// UTF-8, and a check of text would fall back to the raw value: `..%2Fadmin%FF` passed as it).
    static func percentDecodedBytes(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether a path parameter's bytes (decoded as the server reads them) would change the path: empty, or with a
    /// segment `.` or `..` between `/` or `\` (a server or proxy that decodes `%2F` before it resolves dot segments, as
    /// nginx does, reads `..%2Fadmin` as another path).
    static func isUnsafePathSegment(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        let dot = UInt8(ascii: ".")
        return bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
            .contains { $0.elementsEqual([dot]) || $0.elementsEqual([dot, dot]) }
    }

    static func escape(_ text: String, allowing allowed: CharacterSet) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension RequestBuildingError {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}
