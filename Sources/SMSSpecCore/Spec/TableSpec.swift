import SMSSpecVocabulary

/// A status or error table of a provider's documents.
public struct TableSpec {
    public enum CodeType: String, CaseIterable, Sendable {
        /// Integer codes (`0`, `-63`, `404`).
        case int
        /// Textual codes (`OUT_OF_BALANCE`).
        case string
        /// A success flag: the codes `true` and `false`.
        case bool
    }

    public enum Wire: String, CaseIterable, Sendable {
        case number, string, boolean
    }

    public var name: Located<String>
    public var title: String
    public var summary: String?
    /// Nil only when the spec left it out (a located error already).
    public var source: SourceReference?
    public var codeType: CodeType
    public var wire: Wire
    /// Zero-padding of numeric codes written as strings (Bind writes 0 as "000").
    public var padding: Int
    /// What the codes of the table report, when the table is a delivery-status table.
    public var isDeliveryStatus: Bool
    public var decisions: [DecisionSpec]
    public var entries: [TableEntrySpec]
}

public struct TableEntrySpec {
    public var code: Located<String>
    public var aliases: [Located<String>]
    /// The name the document gives the code ("ABSENT_SUBSCRIBER", "Invalid request").
    public var name: String
    /// The Swift case name, when the derived one will not do.
    public var swiftName: Located<String>?
    /// The document's description of the code.
    public var summary: String
    /// The document's cause, when it gives one.
    public var cause: String?
    /// Our explanation, kept apart from the document's words (a paraphrase, a reading of a name, a standard's meaning).
    public var explanation: Located<String>?
    public var httpStatuses: [Located<Int>]
    public var outcome: Located<String>?
    public var category: Located<String>?
    public var retryable: Bool?
    public var deliveryState: Located<String>?
    public var isFinal: Bool?
    /// Whether the entry gives `final` at all: one that is no flag (`final: yes`) is reported where it is written.
    public var hasFinalKey: Bool
    public var perOperation: [OperationMeaningSpec]
    public var source: SourceReference?
    public var decisions: [DecisionSpec]
    public var location: SourceLocation
}

public struct OperationMeaningSpec {
    public var operation: Located<String>
    public var summary: String
    public var cause: String?
    public var httpStatus: Int?
}

extension TableSpec {
    /// How the table's documented codes are written: the `wire` the spec gives, padded as it says.
    var wireFormat: CodeWireFormat {
        switch wire {
        case .number: .number
        case .string: .string(minimumDigits: padding)
        case .boolean: .boolean
        }
    }
}

extension TableSpec.CodeType {
    /// A code of such a table as messages show it: an integer code as it is, a flag's `true` or `false` too, any other
    /// in double quotes with its quotes and control characters escaped (`""`, `"\""`, `DisplayText.quoted`), so an
    /// empty or odd code shows.
    func shown(_ code: String) -> String {
        switch self {
        case .int where Int(code) != nil, .bool where Bool(code) != nil: code
        default: DisplayText.quoted(code)
        }
    }

    /// The Swift standard library type of a table's `RawCode`.
    var rawCodeType: String {
        switch self {
        case .int: "Int"
        case .string: "String"
        case .bool: "Bool"
        }
    }

    /// The wire a table of this code type is written in when its spec gives none.
    var defaultWire: TableSpec.Wire {
        switch self {
        case .int: .number
        case .string: .string
        case .bool: .boolean
        }
    }
}
