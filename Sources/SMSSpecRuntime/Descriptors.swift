import Foundation

/// How a request's parameters travel.
public enum PayloadEncoding: String, Codable, Hashable, Sendable {
    /// A JSON body.
    case json
    /// An `application/x-www-form-urlencoded` body.
    case form
    /// URL query parameters (GET callbacks, GET requests).
    case query
    /// No body (path parameters only).
    case none
    /// Plain text in one of its message's forms (`TextMessage`): an answer, never a request.
    case text
}

extension PayloadEncoding {
    /// What a `Content-Type` adds to a payload that did not decode as this encoding: a note when it names another
    /// media type — a form posted to a JSON callback, an HTML error page answered under 200 —, else nothing. Never
    /// a reason to refuse a payload that decodes: providers label their payloads loosely (`text/plain` JSON). JSON
    /// labelled with a charset other than UTF-8, -16 or -32 (`application/json; charset=ISO-8859-1`) gets a note too.
    /// A form's or text's header that names no one charset gets none: the charset's error quotes it.
    /// - Parameters:
    ///   - owner: whose header it is, `"request's"` or `"answer's"`; `subject`: what should have been read.
    public func contentTypeNote(_ contentType: String?, owner: String, subject: String, providersCharset: FormCharset = .utf8) -> String {
        guard let contentType else { return "" }
        // A form or text is read in the charset the header declares: one that names no one charset failed that read,
        // whose error quotes the header already.
        if self == .form || self == .text, case .failure = Result(catching: { try FormCharset.declared(in: contentType) }) { return "" }
        guard self != .query, self != .none else { return "" }
        guard !isNamed(byContentType: contentType) else {
            // JSON has no charset parameter (RFC 8259, section 11): its bytes say UTF-8, -16 or -32 whatever the label
            // says, so a label naming another charset (Latin-1 bytes in a string) explains why the payload is not JSON.
            // The provider's own charset (its spec's `charset`) is one such JSON was read in (`JSONPayload.inProvidersCharset`).
            guard self == .json, let charset = (try? FormCharset.declared(in: contentType)) ?? nil,
                !["utf-8", "utf8", "utf-16", "utf-16be", "utf-16le", "utf-32", "utf-32be", "utf-32le"].contains(charset.lowercased()),
                providersCharset == .utf8 || FormCharset(name: charset) != providersCharset
            else { return "" }
            return " (the \(owner) Content-Type declares charset \(DisplayText.quotedExcerpt(charset)); JSON is read as UTF-8, or UTF-16 "
                + "or UTF-32 by its first bytes, whatever the label says: RFC 8259)"
        }
        return " (the \(owner) Content-Type is \(DisplayText.quotedExcerpt(contentType)); this \(subject) is \(payloadDescription))"
    }

    /// What a payload of this encoding is, in a note: "JSON", "a form (application/x-www-form-urlencoded)".
    public var payloadDescription: String {
        switch self {
        case .json: "JSON"
        case .text: "plain text"
        case .form, .query, .none: "a form (application/x-www-form-urlencoded)"
        }
    }

    /// How a body that names none of `encodings` by its Content-Type is read, among those a callback takes (its own
    /// first): as JSON when it opens as a JSON object or list and JSON is one of them, else as the first that is not
    /// JSON (a body that does not open so is no JSON payload: a form posted to a `[json, form]` callback unlabelled,
    /// or given to `smsspec decode`, was read as JSON and refused).
    public static func guessed(for body: Data, among encodings: [PayloadEncoding]) -> PayloadEncoding {
        guard let first = encodings.first else { return .json }
        guard encodings.count > 1 else { return first }
        let opening = JSONPayload.opening(of: body)
        if opening == UInt8(ascii: "{") || opening == UInt8(ascii: "["), encodings.contains(.json) { return .json }
        return encodings.first { $0 != .json } ?? first
    }

    /// Whether `contentType`'s media type (any case, parameters aside) is this encoding's: a JSON type
    /// (`MediaType.namesJSON`), `application/x-www-form-urlencoded`, `text/…`; a query or no body has none.
    public func isNamed(byContentType contentType: String) -> Bool {
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch self {
        case .json: return MediaType.namesJSON(mediaType)
        case .form: return mediaType == "application/x-www-form-urlencoded"
        case .text: return mediaType.hasPrefix("text/")
        case .query, .none: return false
        }
    }
}

/// How a provider authenticates a request.
public enum Authentication: Hashable, Sendable {
    /// An API key in a header: `X-API-KEY: <key>`, or `Authorization: Token <key>` with a scheme.
    case header(name: String, scheme: String?)
    /// HTTP Basic: `Authorization: Basic base64(username:password)`.
    case basic
    /// Credentials travel as fields of the request itself (JSON body or form).
    case requestFields([String])
    /// Credentials in several headers, each value as it is: `X-TM-Username: <user>` and `X-TM-Key: <key>`.
    case headers([String])
}

extension Authentication {
    /// The headers credentials travel in: the key's, each of `headers`, `Authorization` for Basic.
    var headerNames: [String] {
        switch self {
        case .header(let name, _): [name]
        case .headers(let names): names
        case .basic: ["Authorization"]
        case .requestFields: []
        }
    }
}

/// One documented source of a spec: a provider document or a page of its fuller public docs.
public struct SourceDocument: Hashable, Sendable {
    public let id: String
    public let title: String
    public let location: String

    public init(id: String, title: String, location: String) {
        self.id = id
        self.title = title
        self.location = location
    }
}

/// A provider as its spec describes it.
public struct ProviderDescriptor: Sendable {
    public let id: String
    public let name: String
    /// The spec's base URLs, variables at their defaults; a server with a variable without a default (an account's
    /// own host) is left out: its `Servers` function makes it.
    public let baseURLs: [String]
    public let authentication: Authentication
    /// How the provider splits long messages.
    public let segmentCapacities: SegmentCapacities
    public let sources: [SourceDocument]
    /// The charset of the forms and queries the provider reads and sends (its spec's `charset`): what a form or text
    /// answer declaring none is read in. Its requests are written in it (`ProviderMessage.formCharset`).
    public let formCharset: FormCharset

    public init(
        id: String, name: String, baseURLs: [String], authentication: Authentication, formCharset: FormCharset = .utf8,
        segmentCapacities: SegmentCapacities = .standard, sources: [SourceDocument]
    ) {
        self.id = id
        self.name = name
        self.baseURLs = baseURLs
        self.authentication = authentication
        self.formCharset = formCharset
        self.segmentCapacities = segmentCapacities
        self.sources = sources
    }
}

/// One documented answer of an operation.
public struct ResponseDescriptor: Hashable, Sendable {
    /// The HTTP status, or nil for a class of statuses and for "any other status".
    public let httpStatus: Int?
    /// `2XX`: the first digit of the statuses the answer documents, those not listed on their own; nil otherwise.
    public let statusClass: Int?
    /// The message that body decodes to, by its generated name.
    public let message: String?
    /// The status tables that govern this answer; with none, every code of the answer does, unless `codesDecide` is false.
    public let tables: [String]
    /// False when the spec lists `tables: []`: no code of the answer says the request failed; each is data the answer
    /// carries (a looked-up message's delivery status and error code).
    public let codesDecide: Bool
    /// The tables of `tables` the spec also lists in `reports`: their codes decide outside lists and maps (SMS.ru's
    /// envelope `status_code`) and are reported inside an element or a value (each number's `status_code`).
    public let reportedInEntries: [String]
    /// The top-level members of a JSON body that carry a code of `tables` in the provider's answers (Ginota's `status`):
    /// read in an answer without a documented shape, so that a refusal is not taken for a success, and in a 2xx answer
    /// that does not decode as its message, so that an error envelope without the result's fields throws its code.
    public let codeFields: [String]
    /// Where a JSON body says in words why it failed, by wire name from the top (`["error", "message"]`): the spec's
    /// `role: reason` fields. The first that holds text is a failure's `ProviderError.rawMessage`.
    public let reasonPaths: [[String]]

    public init(
        httpStatus: Int?, statusClass: Int? = nil, message: String?, tables: [String], codesDecide: Bool = true, codeFields: [String] = [],
        reportedInEntries: [String] = [], reasonPaths: [[String]] = []
    ) {
        self.httpStatus = httpStatus
        self.statusClass = statusClass
        self.message = message
        self.tables = tables
        self.codesDecide = codesDecide
        self.codeFields = codeFields
        self.reportedInEntries = reportedInEntries
        self.reasonPaths = reasonPaths
    }

    /// The answer documented for `httpStatus`: generated operations list their responses with it.
    @_spi(Generated) public static func status(
        _ httpStatus: Int, _ message: String? = nil, tables: [String] = [], codesDecide: Bool = true, codeFields: [String] = [],
        reportedInEntries: [String] = [], reasonPaths: [[String]] = []
    ) -> ResponseDescriptor {
        ResponseDescriptor(
            httpStatus: httpStatus, message: message, tables: tables, codesDecide: codesDecide, codeFields: codeFields,
            reportedInEntries: reportedInEntries, reasonPaths: reasonPaths)
    }

    /// The answer documented for the statuses of a class not listed on their own (`2XX`: `statusClass(2, …)`).
    @_spi(Generated) public static func statusClass(
        _ digit: Int, _ message: String? = nil, tables: [String] = [], codesDecide: Bool = true, codeFields: [String] = [],
        reportedInEntries: [String] = [], reasonPaths: [[String]] = []
    ) -> ResponseDescriptor {
        ResponseDescriptor(
            httpStatus: nil, statusClass: digit, message: message, tables: tables, codesDecide: codesDecide, codeFields: codeFields,
            reportedInEntries: reportedInEntries, reasonPaths: reasonPaths)
    }

    /// The answer documented for any other HTTP status.
    @_spi(Generated) public static func otherwise(
        _ message: String? = nil, tables: [String] = [], codesDecide: Bool = true, codeFields: [String] = [],
        reportedInEntries: [String] = [], reasonPaths: [[String]] = []
    ) -> ResponseDescriptor {
        ResponseDescriptor(
            httpStatus: nil, message: message, tables: tables, codesDecide: codesDecide, codeFields: codeFields,
            reportedInEntries: reportedInEntries, reasonPaths: reasonPaths)
    }
}

/// A header a provider's every request carries, as its spec writes it.
public struct FixedHeader: Hashable, Sendable {
    public let name: String
    public let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Whether this is the body's `Content-Type`, in any case.
    var isContentType: Bool { name.lowercased() == "content-type" }
}

/// An HTTP operation of a provider.
public struct OperationDescriptor: Hashable, Sendable {
    public let provider: String
    public let id: String
    public let summary: String
    public let method: String
    /// The path with `{name}` placeholders for path parameters.
    public let path: String
    public let encoding: PayloadEncoding
    public let request: String?
    public let responses: [ResponseDescriptor]
    /// Whether sending the request twice acts once: as the spec says (`idempotent:`), else as its method says (RFC
    /// 9110: GET, HEAD, OPTIONS, TRACE, PUT and DELETE are). A retrying client sends again only such a request after a
    /// failure that may have come after it acted (a 5XX, a timeout).
    public let isIdempotent: Bool
    /// Whether the provider's credentials go with the request: not for an operation that obtains them (a login), whose
    /// spec says `auth: none` or gives it credentials of its own.
    public let sendsCredentials: Bool
    /// The credentials it sends instead of the provider's (a login's HTTP Basic), given to a client with its login
    /// (SMSSpecClient's `Login`); nil: the provider's, or none.
    public let authentication: Authentication?
    /// Its successful answer gives the provider's credential (a login's, `role: credential`): a client never shows
    /// such an answer's body in what it throws.
    public let obtainsCredential: Bool
    /// The host this operation alone is sent to, instead of the client's server (the spec's `baseURL`: SMS.to's
    /// balance on `https://auth.sms.to`); nil: the client's server.
    public let baseURL: String?
    /// Headers the request carries as written, the provider's `headers` (`Accept: application/json`); a `Content-Type`
    /// among them replaces the one the body's encoding writes (`application/vnd.api+json`), and goes only with a body.
    public let headers: [FixedHeader]

    public init(
        provider: String, id: String, summary: String, method: String, path: String, encoding: PayloadEncoding,
        request: String?, responses: [ResponseDescriptor], idempotent: Bool? = nil, sendsCredentials: Bool = true,
        baseURL: String? = nil, headers: [FixedHeader] = [], authentication: Authentication? = nil, obtainsCredential: Bool = false
    ) {
        self.obtainsCredential = obtainsCredential
        self.isIdempotent = idempotent ?? IdempotentMethods.contains(method)
        self.sendsCredentials = sendsCredentials && authentication == nil
        self.authentication = authentication
        self.baseURL = baseURL
        self.headers = headers
        self.provider = provider
        self.id = id
        self.summary = summary
        self.method = method
        self.path = path
        self.encoding = encoding
        self.request = request
        self.responses = responses
    }

    /// The authentication and credentials a request of this operation is built with: the provider's, its own with
    /// `own` (a login's), or none for one that sends none (`auth: none`).
    public func sent(
        _ authentication: Authentication, _ credentials: Credentials?, own: Credentials? = nil
    ) -> (authentication: Authentication, credentials: Credentials?) {
        if let ownAuthentication = self.authentication { return (ownAuthentication, own) }
        return sendsCredentials ? (authentication, credentials) : (.requestFields([]), nil)
    }

    /// The response documented for `httpStatus`, else for its class (`2XX`), else the catch-all one.
    public func response(for httpStatus: Int) -> ResponseDescriptor? {
        responses.first { $0.httpStatus == httpStatus }
            ?? responses.first { $0.statusClass != nil && $0.statusClass == httpStatus / 100 }
            ?? responses.first { $0.httpStatus == nil && $0.statusClass == nil }
    }
}

/// A generated request shape: the body (and path parameters) of one or more operations.
public protocol ProviderMessage: Codable, Sendable {
    /// Wire names of the fields that travel in the path, not the body.
    static var pathFields: [String] { get }
    /// Wire names of the fields that travel in the URL query whatever the operation's encoding.
    static var queryFields: [String] { get }
    /// Wire names of the fields that travel as HTTP headers (the wire name is the header's name).
    static var headerFields: [String] { get }
    /// Wire names of form fields whose values are already percent-encoded.
    static var preEncodedFields: Set<String> { get }
    /// How a boolean is written as text (in a form, a query, the path or a header).
    static var formBooleans: FormBooleans { get }
    /// The charset a form body and a query are written in, percent-encoded (the spec's `charset`): UTF-8 by default.
    static var formCharset: FormCharset { get }
    /// Whether an operation sending it writes its body as a form or query (in `formCharset`): what `validate()` of a
    /// shape several operations send reads, as one operation's encoding says it for a `ProviderRequest`.
    static var bodyIsFormEncoded: Bool { get }
}

/// A request shape that exactly one operation sends: it knows that operation.
public protocol ProviderRequest: ProviderMessage {
    static var operation: OperationDescriptor { get }
}

extension ProviderMessage {
    public static var pathFields: [String] { [] }
    public static var queryFields: [String] { [] }
    public static var headerFields: [String] { [] }
    public static var preEncodedFields: Set<String> { [] }
    public static var formBooleans: FormBooleans { .digits }
    public static var formCharset: FormCharset { .utf8 }
    public static var bodyIsFormEncoded: Bool { false }
}
