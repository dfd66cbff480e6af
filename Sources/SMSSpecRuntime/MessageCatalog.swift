import Foundation

/// What part of the API a message is.
public enum MessageKind: String, Codable, Hashable, Sendable, CaseIterable {
    case request
    case response
    case callback
    /// A shape used inside other messages.
    case shape
}

/// A generated message type, type-erased so tools can decode any message by name.
public struct MessageDescriptor: Sendable {
    public let name: String
    public let kind: MessageKind
    public let summary: String
    /// How the message arrives on the wire: JSON, or text fields (query string or form); a callback's body.
    public let wire: PayloadEncoding
    /// For a callback: the HTTP methods it arrives by (`["GET", "POST"]`; a GET's payload is its query, whatever
    /// `wire` says); empty for any other message.
    public let methods: [String]
    /// For a callback posted either way (`encoding: [json, form]`): the encodings besides `wire` its payload may come
    /// in; `decode` without a format reads a payload as the callback's receiver reads one no Content-Type labels.
    public let otherEncodings: [PayloadEncoding]
    private let decoder: @Sendable (Data, PayloadEncoding, FormCharset) throws -> any Encodable & Sendable

    public init<Message: Codable & Sendable>(
        _ type: Message.Type, name: String, kind: MessageKind, summary: String, wire: PayloadEncoding, methods: [String] = [],
        otherEncodings: [PayloadEncoding] = []
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.wire = wire
        self.methods = methods
        self.otherEncodings = otherEncodings
        self.decoder = { data, format, charset in
            switch format {
            case .form, .query:
                return try FormDecoder(charset: charset).decode(Message.self, from: data)
            case .json, .none:
                return try JSONPayload.decode(Message.self, from: data)
            case .text:
                return try TextAnswer.decodeAnswer(Message.self, from: data, charset: charset)
            }
        }
    }

    /// A message decoded by `decode` (a payload, its format and a form's charset) instead of a generated type's
    /// `init(from:)`: `smsspec decode` with a spec file reads it with the spec's model.
    @_spi(Generated) public init(
        name: String, kind: MessageKind, summary: String, wire: PayloadEncoding, methods: [String] = [], otherEncodings: [PayloadEncoding] = [],
        decode: @escaping @Sendable (Data, PayloadEncoding, FormCharset) throws -> any Encodable & Sendable
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.wire = wire
        self.methods = methods
        self.otherEncodings = otherEncodings
        self.decoder = decode
    }

    /// Decodes a payload in the message's own wire format (of a callback posted either way, the one its body reads
    /// as: `format(of:)`), or in `format` when given; a form or query in `charset` (JSON is read by its bytes, UTF-8,
    /// -16 or -32, whatever `charset` says: RFC 8259). A payload over `PayloadLimits.maximumBytes` is refused unread.
    public func decode(_ data: Data, as format: PayloadEncoding? = nil, charset: FormCharset = .utf8) throws -> any Encodable & Sendable {
        try PayloadLimits.checkSize(of: data)
        return try decoder(data, format ?? self.format(of: data), charset)
    }

    /// The encoding a payload given without one is read in: `wire`, or for a callback posted either way, as its
    /// receiver reads a body no Content-Type labels (`PayloadEncoding.guessed`).
    public func format(of data: Data) -> PayloadEncoding {
        otherEncodings.isEmpty ? wire : PayloadEncoding.guessed(for: data, among: [wire] + otherEncodings)
    }
}

/// Everything one generated provider offers to tools: its description, operations, messages and tables.
public struct ProviderCatalog: Sendable {
    public let provider: ProviderDescriptor
    public let operations: [OperationDescriptor]
    public let messages: [MessageDescriptor]
    public let tables: [StatusTable]
    public let examples: [ExamplePayload]
    /// The spec's decisions on its tables and codes (ours, not the documents' words).
    public let decisions: [TableDecision]
    /// The spec's summary of a table (how it reads the document's table), by table id, where it gives one.
    public let tableSummaries: [String: String]

    public init(
        provider: ProviderDescriptor, operations: [OperationDescriptor], messages: [MessageDescriptor], tables: [StatusTable],
        examples: [ExamplePayload], decisions: [TableDecision] = [], tableSummaries: [String: String] = [:]
    ) {
        self.decisions = decisions
        self.tableSummaries = tableSummaries
        self.provider = provider
        self.operations = operations
        self.messages = messages
        self.tables = tables
        self.examples = examples
    }

    public func message(named name: String) -> MessageDescriptor? { messages.message(named: name) }

    /// The document an example comes from, as the provider's descriptor lists it.
    public func source(of example: ExamplePayload) -> SourceDocument? {
        provider.sources.first { $0.id == example.source }
    }
}

/// A payload from a provider's documents, corrected where the document's version is broken.
public struct ExamplePayload: Hashable, Sendable {
    public let name: String
    /// The message it decodes to.
    public let message: String
    public let format: PayloadEncoding
    /// Where the payload comes from: the id of one of the provider's sources (`ProviderCatalog.source(of:)`), or nil.
    public let source: String?
    /// The section of that source that shows the payload, or nil.
    public let section: String?
    public let payload: String
    /// The document's text as published, when it had to be corrected.
    public let verbatim: String?

    public init(
        name: String, message: String, format: PayloadEncoding, source: String? = nil, section: String? = nil, payload: String,
        verbatim: String? = nil
    ) {
        self.name = name
        self.message = message
        self.format = format
        self.source = source
        self.section = section
        self.payload = payload
        self.verbatim = verbatim
    }
}

extension Array where Element == MessageDescriptor {
    /// The message called `name`, else the one called so in any case: `foo` and `Foo` may be two messages of one spec.
    public func message(named name: String) -> MessageDescriptor? {
        first { $0.name == name } ?? first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
