import Foundation
import HTTPTypes
@_spi(Generated) import SMSSpecRuntime

/// Receives one callback of a provider (a delivery receipt, an inbound message) from an incoming HTTP request:
/// checks the method (one of those the spec lists), decodes the payload as the spec says (JSON or form body, or the
/// URL query of a GET; a discriminated callback by its type field) and says what to answer. Generated receivers
/// (`<Provider>.Receivers.<callback>`) are values of this type; it needs no HTTP client and no server framework:
/// hand it the request head your server gives you (Hummingbird's `request.head`) and the body bytes.
public struct CallbackReceiver<Callback: Decodable & Sendable>: Sendable {
    public let provider: String
    /// The callback's name in the spec.
    public let name: String
    /// The HTTP methods the provider may send it with (`["POST"]`, `["GET", "POST"]`); any other is answered 405.
    public let methods: [String]
    /// How a request by a method other than GET writes the payload; a GET's payload is its query.
    public let encoding: PayloadEncoding
    /// Encodings a request by a method other than GET may write the payload in instead, told by its `Content-Type`
    /// (a provider that documents JSON and posts forms as well): a request whose Content-Type names none of them is
    /// read as `encoding`.
    public let otherEncodings: [PayloadEncoding]
    /// The charset the provider writes a callback's query in, and a form or text that declares none (its spec's
    /// `charset`: smsmode's ISO-8859-15): UTF-8 unless the spec names another.
    public var charset: FormCharset = .utf8
    /// What the provider is answered when the callback decodes: the spec's `acknowledgement` (SMSAPI's text `OK`),
    /// else 200 with an empty body, our inference (no bundled document says what a provider expects; RajaSMS R11:
    /// "respond 200"; any 2xx is what webhook senders treat as taken). A copy may set another.
    public var acknowledgement: CallbackAnswer
    /// How the provider signs the callback (the spec's `signature:`): a request without that signature is refused
    /// (401; 503 when it is the receiver's own setup, `SignatureFailure.isReceiversOwn`), nothing decoded — but for a
    /// signature the provider sends only for an account that sets a secret (`isOptional`), which a receiver given none
    /// (nil; an empty or blank secret is the receiver's own setup fault, 503) does not check. nil: the callback is unsigned, or you chose not to check (set it to nil yourself).
    public var signature: CallbackSignature?
    /// The secret the provider signs with (Termii's secret key, Twilio's auth token); never printed.
    public var signingSecret: Secret?
    /// What precedes the request's path in the URL the sender called, for a signature over the URL:
    /// `https://hooks.example.com`, or `https://example.com/sms` behind a proxy that strips `/sms`. A proxy that
    /// ends TLS or rewrites the host changes what the server sees, never what the sender signed. nil: the request's
    /// own scheme and authority, and a request naming neither is refused.
    public var publicBaseURL: String?
    /// The wire names of the spec's `secret` fields: a payload that does not decode has their values swept from the
    /// error (a field repeating a token, quoted as `"SEKRETtoken12345" is not a boolean`, printed it in the 400 body
    /// and the application's log).
    public var secretFields: Set<String> = []
    /// The current time, against which a signed timestamp's replay window is checked (`CallbackSignature.ReplayWindow`):
    /// the system clock, or a fixed one in tests.
    public var clock: @Sendable () -> Date = { Date() }

    /// The first of `methods`: the one method of a callback sent by one.
    public var method: String { methods.first ?? "" }

    public init(
        provider: String, name: String, methods: [String], encoding: PayloadEncoding, otherEncodings: [PayloadEncoding] = [],
        charset: FormCharset = .utf8, acknowledgement: CallbackAnswer = .accepted, signature: CallbackSignature? = nil,
        secretFields: Set<String> = []
    ) {
        self.charset = charset
        self.secretFields = secretFields
        self.provider = provider
        self.name = name
        self.methods = methods.map { $0.uppercased() }
        self.encoding = encoding
        self.otherEncodings = otherEncodings
        self.acknowledgement = acknowledgement
        self.signature = signature
    }

    /// A receiver of a callback sent by one method.
    public init(
        provider: String, name: String, method: String, encoding: PayloadEncoding, otherEncodings: [PayloadEncoding] = [],
        charset: FormCharset = .utf8, acknowledgement: CallbackAnswer = .accepted, signature: CallbackSignature? = nil,
        secretFields: Set<String> = []
    ) {
        self.init(
            provider: provider, name: name, methods: [method], encoding: encoding, otherEncodings: otherEncodings, charset: charset,
            acknowledgement: acknowledgement, signature: signature, secretFields: secretFields)
    }

    /// How `request` carries the payload: a GET's is its query, any other method's is the one of `otherEncodings`
    /// its Content-Type names, else JSON for a JSON object or list where JSON is one of them (a `[form, json]`
    /// callback's JSON labelled `text/plain`, or not at all, was read as a form of one field: nothing), else the first
    /// that is not JSON (`PayloadEncoding.guessed`).
    func encoding(of request: HTTPRequest, body: Data) -> PayloadEncoding {
        guard request.method.rawValue.uppercased() != "GET" else { return .query }  // As `methods` are matched: `get` too.
        guard !otherEncodings.isEmpty else { return encoding }
        if let contentType = request.headerFields[.contentType], let named = ([encoding] + otherEncodings).first(where: { $0.isNamed(byContentType: contentType) }) {
            return named
        }
        return PayloadEncoding.guessed(for: body, among: [encoding] + otherEncodings)
    }

    /// This receiver checking each request's signature with `secret` (and, for a signature over the URL, the
    /// `publicBaseURL` the sender called).
    public func verifying(with secret: Secret, publicBaseURL: String? = nil) -> Self {
        var receiver = self
        receiver.signingSecret = secret
        receiver.publicBaseURL = publicBaseURL
        return receiver
    }

    /// The callback in `request` and `body`, or the error that names what is wrong with it.
    public func decode(_ request: HTTPRequest, body: Data) throws(CallbackError) -> Callback {
        guard methods.contains(request.method.rawValue.uppercased()) else {
            throw .wrongMethod(callback: name, expected: methods.joined(separator: ", "), received: request.method.rawValue)
        }
        let encoding = self.encoding(of: request, body: body)
        // A GET's payload is its query: the same limit holds whatever the server lets through in a URL.
        let query = encoding == .query || encoding == .none ? Self.query(of: request) : ""
        for size in [body.count, query.utf8.count] where size > PayloadLimits.maximumBytes {
            throw .tooLarge(callback: name, bytes: size)
        }
        do { try verifySignature(request, body: body) } catch { throw .unverifiedSignature(callback: name, reason: error) }
        do {
            switch encoding {
            case .json:
                let json = JSONPayload.inProvidersCharset(body, contentType: request.headerFields[.contentType], charset: charset)
                return try JSONPayload.decode(Callback.self, from: json)
            case .form:
                // In the charset the request declares (legacy gateways post ISO-8859-1), the provider's when it declares none.
                let charset = try FormCharset(contentType: request.headerFields[.contentType], body: body, escaped: true, otherwise: charset)
                return try FormDecoder(charset: charset).decode(Callback.self, from: body)
            case .text:
                let charset = try FormCharset(contentType: request.headerFields[.contentType], body: body, escaped: false, otherwise: charset)
                return try TextAnswer.decodeAnswer(Callback.self, from: body, charset: charset)
            case .query, .none:
                // `?` first: the decoder reads what follows as the query, never as a URL or path of its own. A query
                // has no Content-Type to declare a charset: it is the provider's (UTF-8 unless its spec says another).
                return try FormDecoder(charset: charset).decode(Callback.self, from: "?" + query)
            }
        } catch {
            var problem = DecodingErrorDescription.describe(error) + contentTypeNote(request, expected: encoding)
                + Self.contentEncodingNote(request, encoding: encoding)
            if !secretFields.isEmpty {
                let payload = encoding == .query || encoding == .none ? Data(query.utf8) : body
                let charset = encoding == .form
                    ? (try? FormCharset(contentType: request.headerFields[.contentType], body: body, escaped: true, otherwise: charset)) ?? charset : charset
                // The value was quoted escaped and cut before this: the sweep finds those spellings too.
                problem = SecretSweep(values: PayloadSecrets.values(in: payload, named: secretFields, charset: charset)).redacting(problem)
            }
            throw .invalidPayload(callback: name, field: Self.field(of: error), problem: problem)
        }
    }

    /// Throws why the request does not carry the signature `signature` says, if it says one, or carries it outside
    /// its replay window.
    func verifySignature(_ request: HTTPRequest, body: Data) throws(SignatureFailure) {
        guard let signature else { return }
        // A signature the provider sends only for an account that sets a secret: none given, none checked. An empty
        // or blank one (what an unset variable gives) is a setup fault as for any signature, never "none": an attack's
        // `Secret(env["X"] ?? "")` took forged callbacks.
        if signature.isOptional, signingSecret == nil { return }
        guard let signingSecret, !signingSecret.isBlank else { throw .noSecret }
        // A header written twice reads as its values joined by ", " (RFC 9110 §5.3); a name that is no token, as none.
        let header = { (name: String) in HTTPField.Name(name).flatMap { request.headerFields[$0] } }
        let encoding = encoding(of: request, body: body)
        let form = encoding == .form
        // Only a signed form's fields are read, in its charset: a body signed as sent (JSON labelled UTF-16, or
        // with its Content-Type twice) was refused for a charset no part of the signature is read in.
        let readsForm = form && (signature.signs.parts.contains(.urlAndSortedFormParameters) || signature.readsPayloadFields)
        var charset = self.charset
        if readsForm {
            do { charset = try FormCharset(contentType: request.headerFields[.contentType], body: body, escaped: true, otherwise: self.charset) } catch {
                throw .unreadableForm(DecodingErrorDescription.describe(error))
            }
        }
        let fields = signature.readsPayloadFields
            ? try payloadFields(request, body: body, encoding: encoding, charset: charset, reading: signature.fieldsRead) : []
        try signature.checkReplayWindow(header: header, fields: fields, now: clock())
        let url = signature.signs.readsURL ? try calledURL(request) : ""
        let signed = try signature.signedBytes(
            method: request.method.rawValue, url: url, body: body, form: form, charset: charset, header: header, fields: fields,
            secret: signingSecret)
        let code = try CallbackSignature.value(at: signature.carrier, header: header, fields: fields)
        try signature.verify(headerValue: code, secret: signingSecret, signed: signed)
        // A form or text body signed as its bytes is read in the charset its unsigned label declares: a replayed
        // callback relabelled ISO-8859-1 read `Café` as `CafÃ©`, and verified. Another label than the provider's charset
        // (UTF-8 unless its spec names one) is taken for
        // a body that is ASCII only, which every charset reads alike (a charset no form is read in is a 400 below).
        if !readsForm, form || encoding == .text, let declared = try? FormCharset(contentType: request.headerFields[.contentType], otherwise: self.charset),
            declared != self.charset, !FormCharset.isASCIIText(body, escaped: form)
        {
            throw .unsignedCharset(declared)
        }
    }

    /// The payload's fields a signature reads: a JSON body's members (an object, a list or null outside `reading`
    /// left out), a form body's or a query's fields.
    func payloadFields(
        _ request: HTTPRequest, body: Data, encoding: PayloadEncoding, charset: FormCharset, reading: Set<String>?
    ) throws(SignatureFailure) -> [(name: String, value: String)] {
        switch encoding {
        // Read as the decoder reads it: JSON in the provider's own charset is that charset's text.
        case .json: try PayloadFields.json(JSONPayload.inProvidersCharset(body, contentType: request.headerFields[.contentType], charset: self.charset), reading: reading)
        case .form: try PayloadFields.form(body, charset: charset)
        case .query, .none, .text: try PayloadFields.form(Data(("?" + Self.query(of: request)).utf8), charset: charset)
        }
    }

    /// The URL the sender called: `publicBaseURL` (one trailing `/` dropped) or the request's scheme and authority,
    /// then the request's path with its query.
    func calledURL(_ request: HTTPRequest) throws(SignatureFailure) -> String {
        let path = request.path ?? ""
        if let publicBaseURL { return (publicBaseURL.hasSuffix("/") ? String(publicBaseURL.dropLast()) : publicBaseURL) + path }
        guard let scheme = request.scheme, let authority = request.authority else { throw .unknownURL }
        return "\(scheme)://\(authority)\(path)"
    }

    /// What the request's `Content-Type` adds to a payload that does not decode (`PayloadEncoding.contentTypeNote`).
    func contentTypeNote(_ request: HTTPRequest, expected encoding: PayloadEncoding) -> String {
        let note = encoding.contentTypeNote(request.headerFields[.contentType], owner: "request's", subject: "callback", providersCharset: charset)
        guard !note.isEmpty, encoding == self.encoding, !otherEncodings.isEmpty else { return note }
        // A Content-Type naming another of its encodings would have been read as that one.
        let others = otherEncodings.map(\.payloadDescription).joined(separator: " or ")
        return String(note.dropLast()) + ", or \(others) when its Content-Type says so)"
    }

    /// What the request's `Content-Encoding` adds to a body that does not decode: the receiver reads the bytes as they
    /// arrive, so a gzip body the server did not decompress reads as broken JSON at its first byte.
    static func contentEncodingNote(_ request: HTTPRequest, encoding: PayloadEncoding) -> String {
        guard encoding != .query, encoding != .none, let coding = request.headerFields[.contentEncoding],
            coding.lowercased() != "identity"
        else { return "" }
        return " (the request's Content-Encoding is \(DisplayText.quotedExcerpt(coding)): the body is read as it arrives, "
            + "so the server must decompress it first)"
    }

    /// The callback and the answer for the provider: the acknowledgement when it decodes, else the error's answer.
    public func receive(_ request: HTTPRequest, body: Data) -> CallbackReception<Callback> {
        do {
            return CallbackReception(result: .success(try decode(request, body: body)), answer: acknowledgement)
        } catch {
            return CallbackReception(result: .failure(error), answer: error.answer)
        }
    }

    /// The text after `?` in the request's path, up to a `#`: a request target holds no fragment (RFC 9112 §3.2),
    /// and the server that routed the request cut its query there.
    static func query(of request: HTTPRequest) -> String {
        guard let path = request.path, let mark = path.firstIndex(of: "?") else { return "" }
        let query = path[path.index(after: mark)...]
        return String(query[..<(query.firstIndex(of: "#") ?? query.endIndex)])
    }

    /// The payload field a decoding error is about (`status_respon[0].sendingid`), or nil for the payload as a whole.
    /// Escaped as the problem is (`DisplayText`): the names come from the payload (an unknown event's keys).
    static func field(of error: any Error) -> String? {
        let path: [any CodingKey]
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: path = context.codingPath + [key]
        case .valueNotFound(_, let context)?, .typeMismatch(_, let context)?, .dataCorrupted(let context)?: path = context.codingPath
        default: return nil
        }
        return path.isEmpty ? nil : DisplayText.escaped(DecodingErrorDescription.path(path))
    }
}

/// What a server answers the provider.
public struct CallbackAnswer: Hashable, Sendable {
    /// With its reason phrase, set or given (`withReasonPhrase`).
    public var status: HTTPResponse.Status {
        didSet { status = Self.withReasonPhrase(status) }
    }
    public var contentType: String?
    public var body: Data
    /// The methods the callback arrives by (`GET, POST`), in the `Allow` header of a 405.
    public var allow: String?

    public init(status: HTTPResponse.Status, contentType: String? = nil, body: Data = Data(), allow: String? = nil) {
        self.status = Self.withReasonPhrase(status)
        self.contentType = contentType
        self.body = body
        self.allow = allow
    }

    /// `status` with its reason phrase where it was made from its code alone (`status: 200`, a spec's acknowledgement,
    /// is `200 ` without one, which a server copying it writes as it is: a user), for the 2xx statuses acknowledgements
    /// answer with.
    static func withReasonPhrase(_ status: HTTPResponse.Status) -> HTTPResponse.Status {
        guard status.reasonPhrase.isEmpty else { return status }
        let known: [HTTPResponse.Status] = [.ok, .created, .accepted, .nonAuthoritativeInformation, .noContent, .resetContent, .partialContent]
        return known.first { $0.code == status.code } ?? status
    }

    /// An answer whose body is `text`'s UTF-8 bytes (a spec's `acknowledgement`): `status` a 2xx code, written as
    /// a literal (`status: 202`).
    public init(status: HTTPResponse.Status, contentType: String? = nil, text: String) {
        self.init(status: status, contentType: contentType, body: Data(text.utf8))
    }

    /// An answer whose body is `text`'s UTF-8 bytes, with a status code known only when the program runs; nil unless
    /// it has three digits (100…999), where `HTTPResponse.Status(code:)` traps outside 0…999.
    public init?(statusCode: Int, contentType: String? = nil, text: String) {
        guard (100...999).contains(statusCode) else { return nil }
        self.init(status: HTTPResponse.Status(code: statusCode), contentType: contentType, text: text)
    }

    /// 200 with an empty body.
    public static let accepted = CallbackAnswer(status: .ok)

    /// The answer as swift-http-types' response head (the body is `body`).
    public var response: HTTPResponse {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        if let allow { fields[.allow] = allow }
        // A 204 carries no Content-Length (RFC 9110 §8.6): it has no content to count.
        if status != .noContent { fields[.contentLength] = String(body.count) }
        return HTTPResponse(status: status, headerFields: fields)
    }
}

/// One received callback: the decoded value or the error, and what to answer either way.
public struct CallbackReception<Callback: Sendable>: Sendable {
    public let result: Result<Callback, CallbackError>
    public let answer: CallbackAnswer
}

/// Why an incoming request is not the callback it was sent to.
public enum CallbackError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// `expected`: the methods it arrives by, as an `Allow` header lists them (`GET, POST`).
    case wrongMethod(callback: String, expected: String, received: String)
    case tooLarge(callback: String, bytes: Int)
    /// The payload does not decode; `field` names the field at fault (nil: the payload as a whole), escaped as
    /// `problem` is (`DisplayText`).
    case invalidPayload(callback: String, field: String?, problem: String)
    /// The callback is signed and the request does not carry its signature.
    case unverifiedSignature(callback: String, reason: SignatureFailure)

    public var description: String {
        switch self {
        case .wrongMethod(let callback, let expected, let received):
            // Any token is a method: a client's megabyte one is cut, as a long value is.
            "\(callback) arrives by \(expected.replacingOccurrences(of: ", ", with: " or ")), not \(DisplayText.escapedExcerpt(received))"
        case .tooLarge(let callback, let bytes):
            "\(callback): the payload is \(bytes) bytes; the limit is \(PayloadLimits.maximumBytesText)"
        case .invalidPayload(let callback, let field, let problem):
            "\(callback): \(field.map { "field `\($0)`: " } ?? "")\(problem)"
        case .unverifiedSignature(let callback, let reason):
            "\(callback): refused unread: \(reason)"
        }
    }

    /// 405 (with `Allow`), 413, 401 or 400, with the description as plain text so the sender's logs say what was wrong;
    /// but 503 with no detail when the receiver's own setup is at fault (`SignatureFailure.isReceiversOwn`): a sender
    /// retries a 5xx, not a 4xx (seven.io, decision SV7), and the description, for the application, says what to set.
    public var answer: CallbackAnswer {
        if case .unverifiedSignature(let callback, let reason) = self, reason.isReceiversOwn {
            return CallbackAnswer(
                status: .serviceUnavailable, contentType: "text/plain; charset=utf-8", body: Data("\(callback): not taken now; try again later\n".utf8))
        }
        let status: HTTPResponse.Status =
            switch self {
            case .wrongMethod: .methodNotAllowed
            case .tooLarge: .contentTooLarge
            case .unverifiedSignature: .unauthorized
            case .invalidPayload: .badRequest
            }
        let allow: String? = if case .wrongMethod(_, let expected, _) = self { expected } else { nil }
        return CallbackAnswer(status: status, contentType: "text/plain; charset=utf-8", body: Data((description + "\n").utf8), allow: allow)
    }
}

extension CallbackError {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}

/// Printed (`print`, `dump`, `String(reflecting:)`), a receiver shows its public URL's user information
/// `<redacted>` (`https://hookuser:…@hooks.example` printed its password: an attack), as a client its server's; the
/// signing secret is a `Secret`, which never prints.
extension CallbackReceiver: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "provider": provider, "name": name, "methods": methods, "encoding": encoding, "otherEncodings": otherEncodings,
                "charset": charset, "acknowledgement": acknowledgement, "signature": signature as Any, "signingSecret": signingSecret as Any,
                "publicBaseURL": publicBaseURL.map(DisplayText.redactingURLUserinfo) as Any, "secretFields": secretFields,
            ],
            displayStyle: .struct)
    }
}
