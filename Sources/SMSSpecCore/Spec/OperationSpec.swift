import SMSSpecVocabulary

/// An HTTP operation of the provider.
public struct OperationSpec {
    public var id: Located<String>
    public var summary: String?
    public var method: Located<String>
    public var path: Located<String>
    public var encoding: EncodingKind?
    /// An `encoding` was written that is none the parser knows (reported there): checks that depend on the
    /// encoding say nothing more, where the provider's would stand in and draw a second error.
    public var encodingIsUnreadable = false
    /// Whether sending the request twice acts once (`idempotent:`); nil: as its method says (GET yes, POST no). A GET
    /// that sends an SMS (Kannel's, SMSGlobal's) says `false`, so a retrying client never sends it again after a failure
    /// that may have come after it acted.
    public var idempotent: Located<Bool>? = nil
    /// Instead of the provider's credentials: none (`auth: none`, Skebby's login, whose keys it answers; a public
    /// quick-send), or the operation's own (`auth: {type: basic}`, SMSPortal's login, whose token every other call
    /// sends). Nil: the provider's credentials go with it.
    public var auth: Located<OperationAuthentication>? = nil
    /// The one host this operation is sent to instead of the provider's `baseURLs` (`baseURL:`), a plain URL.
    public var baseURL: Located<String>? = nil
    /// Headers this operation's requests carry as written (`headers:`), beside the provider's; one of the same name
    /// (in any case) replaces the provider's for this operation.
    public var headers: [FixedHeaderSpec] = []
    public var request: Located<String>?
    public var responses: [ResponseSpec]
    public var source: SourceReference?
    public var decisions: [DecisionSpec]
}

/// What an operation sends instead of the provider's credentials.
public enum OperationAuthentication {
    /// `auth: none`: no credentials.
    case none
    /// Credentials of its own, written as the provider's `auth` is (a login taking HTTP Basic).
    case own(AuthenticationSpec)

    /// Its own credentials, if it has some.
    public var own: AuthenticationSpec? {
        if case .own(let authentication) = self { authentication } else { nil }
    }
}

extension OperationSpec {
    /// The answers whose shapes are its results: the 2xx ones, or the catch-all one when no 2xx status is listed.
    public var successfulResponses: [ResponseSpec] {
        let explicit = responses.filter { ($0.representativeStatus.map { (200..<300).contains($0) }) ?? false }
        return explicit.isEmpty ? responses.filter(\.isDefault) : explicit
    }

    /// The encoding its request is sent in, as its descriptor carries it and `httpRequest` writes it: its own
    /// `encoding`, else none without a request or for a GET or DELETE whose request has no body field, else the
    /// provider's. A JSON or form encoding sends a body; lint and the model read it here alone.
    public func sentEncoding(request: ShapeSpec?, provider: EncodingKind) -> EncodingKind {
        if let encoding { return encoding }
        guard self.request != nil else { return .none }
        // A list shape is no request (lint refuses it), so a request's body is its body fields, or its whole-body field.
        let hasBody = request.map { $0.fields.contains { $0.placement.isInBody } } ?? true
        return !hasBody && ["GET", "DELETE"].contains(method.value) ? .none : provider
    }
}

public struct ResponseSpec {
    /// nil for `default` (any status not listed) and for a class of statuses.
    public var httpStatus: Int?
    /// `2XX`: the first digit of the statuses this answer documents, those not listed on their own.
    public var statusClass: Int? = nil
    /// `default`: any status neither listed nor in a listed class.
    public var isDefault: Bool { httpStatus == nil && statusClass == nil }
    /// The key as the spec writes it: `200`, `2XX`, `default`.
    public var key: String { httpStatus.map(String.init) ?? statusClass.map { "\($0)XX" } ?? "default" }
    /// The status a server answering with this response sends: its own, its class's first (`2XX`: 200), or nil.
    public var representativeStatus: Int? { httpStatus ?? statusClass.map { $0 * 100 } }
    public var shape: Located<String>?
    public var tables: [Located<String>]
    /// `tables: []`: no code of the answer decides whether the request failed; they are all data (a looked-up
    /// message's status and error). Without `tables`, every code decides.
    public var noCodeDecides = false
    /// Tables the answer's shape carries whose codes it reports without deciding: a part's failure beside the parts
    /// that were sent (Textlocal's `warnings[]`). Only beside `tables`, which then need not list them.
    public var reports: [Located<String>] = []
    /// The tables listed in both `tables` and `reports`: their codes decide outside lists and maps and are reported
    /// inside an element or a value (SMS.ru's one table for its envelope and for each number's result).
    public var reportedInEntries: [String] {
        let reported = Set(reports.map(\.value))
        var seen: Set<String> = []
        return tables.map(\.value).filter { reported.contains($0) && seen.insert($0).inserted }
    }
    public var summary: String?
    public var location: SourceLocation
}

/// A request the provider makes to the customer: a delivery receipt, an inbound message.
public struct CallbackSpec {
    public var name: Located<String>
    public var summary: String?
    /// The methods it may arrive by, each once, in the spec's order: POST when the spec names none.
    public var methods: [String]
    /// How a request by a method other than GET writes the payload (a GET's is its query: `encoding(for:)`).
    public var encoding: EncodingKind
    /// The body encodings such a request may carry instead, told by its Content-Type (`encoding: [json, form]`).
    public var otherEncodings: [EncodingKind] = []
    /// An `encoding` was written that is none the parser knows (reported there): its examples' format is unknown too.
    public var encodingIsUnreadable = false
    /// The payload shape, for single-shape callbacks.
    public var shape: Located<String>?
    /// For callbacks that carry several kinds of event on one URL.
    public var discriminator: DiscriminatorSpec?
    /// How the provider signs it, when it does.
    public var signature: Located<CallbackSignature>?
    /// Where the provider documents its signature.
    public var signatureSource: SourceReference?
    /// What its receiver answers a callback that decodes; nil: 200 with an empty body, our inference.
    public var acknowledgement: AcknowledgementSpec?
    public var source: SourceReference?
    public var decisions: [DecisionSpec]

    /// How a request by `method` carries the payload: a GET's among several methods is its query, any other's is
    /// `encoding` (a GET alone says `encoding: query`, or lint reports it).
    public func encoding(for method: String) -> EncodingKind { method == "GET" && methods.count > 1 ? .query : encoding }

    /// Each encoding a request by `method` may carry the payload in: its query for a GET among several methods,
    /// else `encoding` and `otherEncodings`.
    public func encodings(for method: String) -> [EncodingKind] {
        method == "GET" && methods.count > 1 ? [.query] : [encoding] + otherEncodings
    }

    /// Where a payload arriving as `encoding` comes from, for a diagnostic: `encoding: form`, `encoding: [json, form]`,
    /// or `by GET, among its methods`.
    public func origin(of encoding: EncodingKind) -> String {
        guard encoding == self.encoding || otherEncodings.contains(encoding) else { return "by GET, among its methods" }
        let written = [self.encoding] + otherEncodings
        return "encoding: " + (written.count == 1 ? encoding.rawValue : "[\(written.map(\.rawValue).joined(separator: ", "))]")
    }

    /// Each encoding the payload may arrive in, once, in the order of `methods`.
    public var payloadEncodings: [EncodingKind] {
        methods.flatMap(encodings(for:)).reduce(into: []) { encodings, encoding in
            if !encodings.contains(encoding) { encodings.append(encoding) }
        }
    }

    /// The first of `payloadEncodings` that is text fields (a form or a query), which holds the payload to what a form
    /// can spell; nil when the payload only ever arrives as JSON.
    public var formEncoding: EncodingKind? { payloadEncodings.first { $0 == .form || $0 == .query } }
}

/// The answer a provider expects to a callback it sent (a callback's `acknowledgement:`), and where that is said.
public struct AcknowledgementSpec {
    /// A 2xx status.
    public var status: Int
    /// A media type (RFC 9110), given whenever `body` is.
    public var contentType: String?
    /// The body's text, sent as its UTF-8 bytes; nil: an empty body.
    public var body: String?
    /// The provider's document that says it.
    public var source: SourceReference?
    /// The id of the spec's decision it rests on, when no document says it.
    public var decision: Located<String>?
    public var location: SourceLocation
}

public struct DiscriminatorSpec {
    public var field: Located<String>
    public var variants: [(value: Located<String>, shape: Located<String>)]
}

/// A payload from the documents, corrected where the document's version is broken.
public struct ExampleSpec {
    public var name: Located<String>
    /// The message (shape or callback) it decodes to.
    public var message: Located<String>
    public var source: SourceReference?
    /// `json`, `form` or `query`: given, else the encoding of the form or query callback `message` names, else JSON.
    public var format: EncodingKind
    /// No `format` was given.
    public var formatIsDefault: Bool
    /// The format is not known: its `format`, or the encoding of the callback it is of, is none the parser knows
    /// (reported there), so the payload is not checked against a guess.
    public var formatIsUnknown = false
    /// Where `format` is written, when it is.
    public var formatLocation: SourceLocation?
    public var payload: String
    /// The document's text as published, when it had to be corrected.
    public var verbatim: String?
    public var corrections: [String]
    public var location: SourceLocation
}
