/// What a status code says about the request or message it answers.
public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
    case success
    case pending
    case failure
}

/// The normalized error categories shared by every provider (see `docs/registry.md`).
public enum ErrorCategory: String, Codable, Hashable, Sendable, CaseIterable {
    /// Not an error: the code reports success or progress.
    case none
    case authentication
    case authorization
    case insufficientFunds
    case rateLimited
    case invalidRequest
    case invalidDestination
    case recipientUnavailable
    case contentRejected
    case recipientOptedOut
    case networkError
    case expired
    case unknown

    /// Whether sending the same request again can help, unless an entry says otherwise.
    public var defaultRetryable: Bool {
        switch self {
        case .rateLimited, .recipientUnavailable, .networkError, .expired: true
        case .none, .authentication, .authorization, .insufficientFunds, .invalidRequest,
            .invalidDestination, .contentRejected, .recipientOptedOut, .unknown:
            false
        }
    }
}

/// Where a message stands, normalized across providers' delivery-status tables.
public enum DeliveryState: String, Codable, Hashable, Sendable, CaseIterable {
    case accepted
    case sent
    case delivered
    case undelivered
    case rejected
    case expired
    case cancelled
    case unknown
}

/// A different meaning one code takes in one operation (Fortytwo's 0 is "Success" on request, "Valid" on validate).
public struct OperationMeaning: Codable, Hashable, Sendable {
    public let operation: String
    public let description: String
    public let cause: String?
    public let httpStatus: Int?

    public init(operation: String, description: String, cause: String? = nil, httpStatus: Int?) {
        self.operation = operation
        self.description = description
        self.cause = cause
        self.httpStatus = httpStatus
    }
}

/// One row of a provider's status or error table, as its spec records it.
public struct StatusEntry: Codable, Hashable, Sendable {
    public let provider: String
    public let table: String
    /// The canonical code, as text ("0", "-63", "OUT_OF_BALANCE").
    public let code: String
    /// Other spellings the provider sends for the same code ("000").
    public let aliases: [String]
    /// The document's name, description and cause of the code.
    public let name: String
    public let description: String
    public let cause: String?
    /// Our explanation, not the document's words (a paraphrase, a reading of a name, a standard's meaning).
    public let explanation: String?
    /// The HTTP statuses the document gives for the code (empty when it gives none).
    public let httpStatuses: [Int]
    public let outcome: Outcome
    public let category: ErrorCategory
    public let retryable: Bool
    public let deliveryState: DeliveryState?
    public let isFinal: Bool?
    public let perOperation: [OperationMeaning]
    /// The document and section the row comes from.
    public let source: String

    public init(
        provider: String, table: String, code: String, aliases: [String] = [], name: String,
        description: String, cause: String? = nil, explanation: String? = nil, httpStatuses: [Int] = [], outcome: Outcome,
        category: ErrorCategory, retryable: Bool, deliveryState: DeliveryState? = nil, isFinal: Bool? = nil,
        perOperation: [OperationMeaning] = [], source: String
    ) {
        self.provider = provider
        self.table = table
        self.code = code
        self.aliases = aliases
        self.name = name
        self.description = description
        self.cause = cause
        self.explanation = explanation
        self.httpStatuses = httpStatuses
        self.outcome = outcome
        self.category = category
        self.retryable = retryable
        self.deliveryState = deliveryState
        self.isFinal = isFinal
        self.perOperation = perOperation
        self.source = source
    }

    /// The first HTTP status the document gives for this code.
    public var httpStatus: Int? { httpStatuses.first }

    /// The description this code has in `operation`, or its general one.
    public func description(in operation: String) -> String {
        perOperation.first { $0.operation == operation }?.description ?? description
    }
}

/// How a table's codes travel on the wire.
public enum CodeWireFormat: Hashable, Sendable {
    /// A JSON number.
    case number
    /// A JSON string; numeric codes are zero-padded to `minimumDigits`.
    case string(minimumDigits: Int)
}

/// A provider's status or error table.
public struct StatusTable: Sendable {
    public let provider: String
    public let id: String
    public let title: String
    /// The document and section the table comes from (a row may name its own `source`).
    public let source: String
    /// True when the codes are integers (a wire "007" and 7 are then the same code).
    public let isNumeric: Bool
    public let wireFormat: CodeWireFormat
    public let entries: [StatusEntry]
    private let indexByCode: [String: Int]

    public init(
        provider: String, id: String, title: String, source: String = "", isNumeric: Bool, wireFormat: CodeWireFormat,
        entries: [StatusEntry]
    ) {
        self.provider = provider
        self.id = id
        self.title = title
        self.source = source
        self.isNumeric = isNumeric
        self.wireFormat = wireFormat
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            for spelling in [entry.code] + entry.aliases where index[spelling] == nil {
                index[spelling] = position
            }
        }
        self.indexByCode = index
    }

    /// The entry for a code in any spelling the provider uses; nil when the table does not list it.
    public func entry(for code: String) -> StatusEntry? {
        let trimmed = code.trimmingWhitespace
        if let position = indexByCode[trimmed] { return entries[position] }
        if isNumeric, let number = Int(trimmed), let position = indexByCode[String(number)] {
            return entries[position]
        }
        return nil
    }
}

/// A provider code decoded into its table's open enum: every documented code is a case, anything else `unknown`,
/// which keeps the wire value exactly as sent (see `WireCode`).
///
/// `null` is a value like any other: a required code that arrives as `null` decodes to `unknown(.null)` (not
/// documented, outcome failure, category unknown) and is written back as `null`, so the rest of the message still
/// decodes; an optional code that is `null` or absent is `nil`.
public protocol StatusCode: Codable, Hashable, Sendable, CustomStringConvertible {
    associatedtype RawCode: StatusRawCode
    /// The code for a value as it arrived: its documented case, or `unknown` keeping the value.
    init(wireCode: WireCode)
    /// The value as it goes on the wire: a documented code in its table's wire form, an unknown one as it arrived.
    var wireCode: WireCode { get }
    static var table: StatusTable { get }
}

extension StatusCode {
    /// The code for a documented code value (`Bind.DLRError(rawCode: 27)`), written in the table's wire form.
    public init(rawCode: RawCode) {
        self.init(wireCode: RawCode.wireCode(for: rawCode, in: Self.table.wireFormat))
    }

    /// The code as the table's key type: nil when the wire value is not one ("N/A" or 12.5 in an int table, null).
    public var rawCode: RawCode? { RawCode.key(of: wireCode) }
    /// The table row for this code; nil for a code the provider's documents do not list.
    public var entry: StatusEntry? { rawCode.flatMap { Self.table.entry(for: $0.description) } }
    public var isKnown: Bool { entry != nil }
    public var name: String { entry?.name ?? "UNKNOWN" }
    public var httpStatus: Int? { entry?.httpStatus }
    /// Unknown codes count as failures: success is only ever claimed for a documented success code.
    public var outcome: Outcome { entry?.outcome ?? .failure }
    public var isSuccess: Bool { outcome == .success }
    public var category: ErrorCategory { entry?.category ?? .unknown }
    public var isRetryable: Bool { entry?.retryable ?? false }
    public var description: String {
        guard let entry else { return "\(wireCode) (not in \(Self.table.provider) \(Self.table.id))" }
        return "\(wireCode.text) \(entry.name): \(entry.description)"
    }

    public init(from decoder: any Decoder) throws {
        let preferNumber = if case .number = Self.table.wireFormat { true } else { false }
        self.init(wireCode: try WireCode.decode(from: decoder, preferNumber: preferNumber))
    }

    public func encode(to encoder: any Encoder) throws {
        try StatusCodeCoding.encode(self, to: encoder)
    }
}

extension String {
    var trimmingWhitespace: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
