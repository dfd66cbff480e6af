/// A provider code decoded into its table's open enum: every documented code is a case, anything else `unknown`,
/// which keeps the wire value exactly as sent (see `WireCode`).
///
/// `null` is a value like any other: a required code that arrives as `null` decodes to `unknown(.null)` (not
/// documented, outcome failure, category unknown) and is written back as `null`, so the rest of the message still
/// decodes; an optional code that is `null` or absent is `nil`.
public protocol StatusCode: DocumentedCode, StatusCarrying, Codable, Hashable, Sendable, CustomStringConvertible, SeparatedListElement {
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
    public var entry: StatusEntry? { Self.table.row(of: wireCode).map { Self.table.entries[$0] } }
    public var description: String {
        guard let entry else { return "\(wireCode) (not in \(Self.table.provider) \(Self.table.id))" }
        // A row without a name of its own is named by its code, and a description that repeats it: say each once.
        let named = entry.name == entry.code ? wireCode.text : "\(wireCode.text) \(entry.name)"
        return entry.description == entry.name || entry.description == entry.code ? named : named + ": \(entry.description)"
    }

    public init(from decoder: any Decoder) throws {
        self.init(wireCode: try WireCode.decode(from: decoder, expecting: Self.table.wireFormat.expectedKind))
    }

    public func encode(to encoder: any Encoder) throws {
        try StatusCodeCoding.encode(self, to: encoder)
    }
}

/// A status code's facts, from its table row: what a generated status enum and a code `smsspec decode` reads with a
/// spec's model (`TableCode`) both tell.
public protocol DocumentedCode {
    /// The table row for this code; nil for a code the provider's documents do not list.
    var entry: StatusEntry? { get }
}

extension DocumentedCode {
    public var isKnown: Bool { entry != nil }
    public var name: String { entry?.name ?? "UNKNOWN" }
    public var httpStatus: Int? { entry?.httpStatus }
    /// Unknown codes count as failures: success is only ever claimed for a documented success code.
    public var outcome: Outcome { entry?.outcome ?? .failure }
    public var isSuccess: Bool { outcome == .success }
    public var category: ErrorCategory { entry?.category ?? .unknown }
    public var isRetryable: Bool { entry?.retryable ?? false }
    /// What to do about this code; an undocumented one gets the advice for category unknown, not retryable.
    public var retryAdvice: RetryAdvice { entry?.retryAdvice ?? .undocumented }
}

/// A code read with a table alone, as a generated status enum reads it (`init(wireCode:)`) without the enum: for
/// `smsspec decode` with a spec file. Written back as the enum writes it, annotated when the encoder asks.
@_spi(Generated) public struct TableCode: DocumentedCode, Encodable, Sendable {
    public let table: StatusTable
    /// A documented code in its table's wire form, an unknown one as it arrived.
    public let wireCode: WireCode
    public let entry: StatusEntry?

    public init(reading wireCode: WireCode, in table: StatusTable) {
        let row = table.row(of: wireCode)
        self.table = table
        self.wireCode = row.map(table.wireCode(ofRow:)) ?? wireCode
        self.entry = row.map { table.entries[$0] }
    }

    public func encode(to encoder: any Encoder) throws {
        try StatusCodeCoding.encode(self, wireCode: wireCode, table: table, to: encoder)
    }
}

extension StatusTable {
    /// The row of a code as it arrived: a numeric table matches the integer it spells ("007", 7), a textual table
    /// its trimmed text; nil for a code the table does not list.
    public func row(of code: WireCode) -> Int? {
        if isNumeric {
            if let number = code.integerValue { return row(ofNumber: number) }
            return emptyCodeRow.flatMap { row in code.trimmedText == "" ? row : nil }
        }
        return code.trimmedText.flatMap(row(ofText:))
    }

    /// A row's code as it goes on the wire.
    public func wireCode(ofRow row: Int) -> WireCode {
        switch wireSpellings[row] {
        case .number(let number): WireCode(number)
        case .text(let text): WireCode(text: text)
        case .boolean(let flag): WireCode(flag)
        }
    }
}

extension CodeWireFormat {
    /// The JSON kind a code of this format is read as first (any other kind still reads).
    @inlinable public var expectedKind: WireCode.Kind {
        switch self {
        case .number: .number
        case .string: .text
        case .boolean: .boolean
        }
    }
}
