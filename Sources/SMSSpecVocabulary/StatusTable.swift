/// A different meaning one code takes in one operation (Fortytwo's 0 is "Success" on request, "Valid" on validate).
public struct OperationMeaning: Codable, Hashable, Sendable {
    public let operation: String
    public let description: String
    public let cause: String?
    public let httpStatus: Int?

    public init(operation: String, description: String, cause: String? = nil, httpStatus: Int? = nil) {
        self.operation = operation
        self.description = description
        self.cause = cause
        self.httpStatus = httpStatus
    }
}

/// One row of a provider's status or error table, as its spec records it. Immutable, its facts held once and shared
/// by every copy: a message's status reports and a decoded code each hold its entry, and a payload of a million codes
/// held a million copies of every field (about 200 bytes each, where a shared one is 8).
public struct StatusEntry: Codable, Hashable, Sendable {
    /// The provider's id and the table's.
    public var provider: String { facts.provider }
    public var table: String { facts.table }
    /// The canonical code, as text ("0", "-63", "OUT_OF_BALANCE").
    public var code: String { facts.code }
    /// Other spellings the provider sends for the same code.
    public var aliases: [String] { facts.aliases }
    /// The code as the provider sends it where that is not `code`: a numeric table written as padded text sends
    /// Bind's 0 as "000". Set by the table the entry is in; nil when the two are the same.
    public var sentAs: String? { facts.sentAs }
    /// The document's name, description and cause of the code.
    public var name: String { facts.name }
    public var description: String { facts.description }
    public var cause: String? { facts.cause }
    /// Our explanation, not the document's words (a paraphrase, a reading of a name, a standard's meaning).
    public var explanation: String? { facts.explanation }
    /// The HTTP statuses the document gives for the code (empty when it gives none).
    public var httpStatuses: [Int] { facts.httpStatuses }
    public var outcome: Outcome { facts.outcome }
    public var category: ErrorCategory { facts.category }
    public var retryable: Bool { facts.retryable }
    public var deliveryState: DeliveryState? { facts.deliveryState }
    public var isFinal: Bool? { facts.isFinal }
    public var perOperation: [OperationMeaning] { facts.perOperation }
    /// The document and section the row comes from.
    public var source: String { facts.source }

    private var facts: Facts { shared.facts }
    private let shared: SharedFacts

    public init(
        provider: String, table: String, code: String, aliases: [String] = [], name: String,
        description: String, cause: String? = nil, explanation: String? = nil, httpStatuses: [Int] = [], outcome: Outcome,
        category: ErrorCategory, retryable: Bool, deliveryState: DeliveryState? = nil, isFinal: Bool? = nil,
        perOperation: [OperationMeaning] = [], source: String, sentAs: String? = nil
    ) {
        shared = SharedFacts(
            Facts(
                provider: provider, table: table, code: code, aliases: aliases, sentAs: sentAs == code ? nil : sentAs, name: name,
                description: description, cause: cause, explanation: explanation, httpStatuses: httpStatuses, outcome: outcome,
                category: category, retryable: retryable, deliveryState: deliveryState, isFinal: isFinal,
                perOperation: perOperation, source: source))
    }

    public init(from decoder: any Decoder) throws {
        shared = SharedFacts(try Facts(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try facts.encode(to: encoder)
    }

    public static func == (left: StatusEntry, right: StatusEntry) -> Bool {
        left.shared === right.shared || left.facts == right.facts
    }

    public func hash(into hasher: inout Hasher) {
        facts.hash(into: &hasher)
    }

    /// The fields, coded by their names as the entry's own.
    private struct Facts: Codable, Hashable, Sendable {
        let provider: String
        let table: String
        let code: String
        let aliases: [String]
        let sentAs: String?
        let name: String
        let description: String
        let cause: String?
        let explanation: String?
        let httpStatuses: [Int]
        let outcome: Outcome
        let category: ErrorCategory
        let retryable: Bool
        let deliveryState: DeliveryState?
        let isFinal: Bool?
        let perOperation: [OperationMeaning]
        let source: String
    }

    private final class SharedFacts: Sendable {
        let facts: Facts
        init(_ facts: Facts) { self.facts = facts }
    }

    /// The first HTTP status the document gives for this code.
    public var httpStatus: Int? { httpStatuses.first }

    /// The code as the provider sends it, as logs and messages show it (`000` for Bind's 0).
    public var codeAsSent: String { sentAs ?? code }

    /// The code as sent, then the row's name where it has one of its own: `000 DELIVERED`, `01`.
    public var codeAndName: String { name == code ? codeAsSent : "\(codeAsSent) \(name)" }

    /// The same entry, sent as `spelling`.
    func sent(as spelling: String) -> StatusEntry {
        StatusEntry(
            provider: provider, table: table, code: code, aliases: aliases, name: name, description: description, cause: cause,
            explanation: explanation, httpStatuses: httpStatuses, outcome: outcome, category: category, retryable: retryable,
            deliveryState: deliveryState, isFinal: isFinal, perOperation: perOperation, source: source, sentAs: spelling)
    }

    /// What to do about this code.
    public var retryAdvice: RetryAdvice { RetryAdvice(outcome: outcome, category: category, retryable: retryable) }

    /// The description this code has in `operation`, or its general one.
    public func description(in operation: String) -> String {
        perOperation.first { $0.operation == operation }?.description ?? description
    }

    /// `name: description` as errors and reports print it (in `operation`, when given); the name alone where the
    /// description only repeats it (a user's "Authorization failed: Authorization failed").
    public func namedDescription(in operation: String? = nil) -> String {
        let said = operation.map(description(in:)) ?? description
        return said == name ? name : "\(name): \(said)"
    }
}

/// How a table's codes travel on the wire.
public enum CodeWireFormat: Hashable, Sendable {
    /// A JSON number.
    case number
    /// A JSON string; numeric codes are zero-padded to `minimumDigits` (at most `maximumDigits`).
    case string(minimumDigits: Int)
    /// A JSON boolean: a table whose codes are `true` and `false` (a success flag).
    case boolean
}

extension CodeWireFormat {
    /// The most digits a code is padded to: those of `Int64.max`, so that every non-negative code fits in a fixed
    /// width; more would only prepend zeros that no code needs.
    public static let maximumDigits = 19

    /// An integer code as text on the wire: zero-padded to `minimumDigits` ("000" for Bind's 0), which is taken
    /// within 0...`maximumDigits` whatever it is; negative codes as is.
    public static func paddedText(_ code: Int, minimumDigits: Int) -> String {
        let text = String(code)
        let width = Swift.min(Swift.max(minimumDigits, 0), maximumDigits)
        return code < 0 ? text : String(repeating: "0", count: Swift.max(0, width - text.count)) + text
    }
}

/// A provider's status or error table, indexed by every spelling of its codes. Immutable, and a class so that reading a
/// table (a generated enum's `table`, on every decode of a code) retains it once instead of copying each of its arrays.
public final class StatusTable: Sendable {
    public let provider: String
    public let id: String
    public let title: String
    /// The document and section the table comes from (a row may name its own `source`), or `noDocument`.
    public let source: String
    /// The source of a table no document shows, which its spec infers (it names no `source`).
    public static let noDocument = "none — the spec's own table, which no document shows (our inference)"
    /// The source of a row the spec adds to a documented table, which no document shows (`source: none` on the row: a
    /// status the spec infers beside the ones the document lists).
    public static let noDocumentRow = "none — the spec's own row, which no document shows (our inference)"
    /// What a table of `noDocument` says of its rows, where a table's rows are otherwise the document's words.
    public static let noDocumentRows = "No document shows this table: its codes, names and descriptions are the spec's own (our inference)."
    /// True when the codes are integers (a wire "007" and 7 are then the same code).
    public let isNumeric: Bool
    public let wireFormat: CodeWireFormat
    public let entries: [StatusEntry]
    /// Each row's code as it goes on the wire.
    public let wireSpellings: [WireSpelling]
    private let rowsByCode: [String: Int]
    /// Spellings `rowsByCode` cannot hold apart from one it has: text canonically equivalent to it, in other scalars
    /// (an alias giving a Korean code in decomposed form, as some senders normalize it). Usually empty.
    private let otherScalarSpellings: [[UInt8]: Int]
    /// A numeric table's codes and integer aliases, ascending, with their rows: searched without building text.
    private let numbers: [Int], numberRows: [Int]
    /// The row of a numeric table whose alias is the empty text (a code sent empty when nothing went wrong).
    public let emptyCodeRow: Int?

    public init(
        provider: String, id: String, title: String, source: String, isNumeric: Bool, wireFormat: CodeWireFormat,
        entries: [StatusEntry]
    ) {
        self.provider = provider
        self.id = id
        self.title = title
        self.source = source
        self.isNumeric = isNumeric
        self.wireFormat = wireFormat
        let wireSpellings = entries.map { WireSpelling(code: $0.code, spelled: $0.sentAs, isNumeric: isNumeric, format: wireFormat) }
        self.wireSpellings = wireSpellings
        self.entries = zip(entries, wireSpellings).map { entry, spelling in
            spelling.text == entry.code && entry.sentAs == nil ? entry : entry.sent(as: spelling.text)
        }
        var rowsByCode: [String: Int] = [:]
        var otherScalarSpellings: [[UInt8]: Int] = [:]
        var numbered: [(number: Int, row: Int)] = []
        for (row, entry) in entries.enumerated() {
            for spelling in [entry.code] + entry.aliases {
                let key = Self.canonicalCode(spelling, isNumeric: isNumeric)
                if let index = rowsByCode.index(forKey: key) {
                    // Keyed by bytes: thousands of aliases in other scalars stay linear (a list was quadratic, an attack).
                    if !rowsByCode[index].key.isSameUTF8(as: key), otherScalarSpellings[Array(key.utf8)] == nil {
                        otherScalarSpellings[Array(key.utf8)] = row
                    }
                    continue
                }
                rowsByCode[key] = row
                if isNumeric, let number = Int(key) { numbered.append((number, row)) }
            }
        }
        numbered.sort { $0.number < $1.number }
        self.rowsByCode = rowsByCode
        emptyCodeRow = isNumeric ? rowsByCode[""] : nil
        self.otherScalarSpellings = otherScalarSpellings
        (numbers, numberRows) = (numbered.map(\.number), numbered.map(\.row))
    }

    /// A table as generated code writes it: the table's provider, id and source stated once, each row only with
    /// what differs from `StatusTable.Row`'s defaults.
    public convenience init(
        provider: String, id: String, title: String, source: String, isNumeric: Bool, wireFormat: CodeWireFormat, rows: [Row]
    ) {
        self.init(
            provider: provider, id: id, title: title, source: source, isNumeric: isNumeric, wireFormat: wireFormat,
            entries: rows.map { $0.entry(provider: provider, table: id, tableSource: source, isNumeric: isNumeric) })
    }

    /// The one spelling of a code that tables, the registry and `smsspec diff` compare by: an integer table's code
    /// without padding or sign noise ("000" and "+0" are "0"); a textual table's code as written.
    public static func canonicalCode(_ code: String, isNumeric: Bool) -> String {
        guard isNumeric, let number = Int(code) else { return code }
        return String(number)
    }

    /// The code of row `row` as generated code and the spec write it: the canonical code, or as sent where the entry
    /// spells it wider than the table's padding (`"007"`), which the table keeps (`WireSpelling`).
    public func writtenCode(ofRow row: Int) -> String {
        let entry = entries[row]
        guard let sent = entry.sentAs, isNumeric, WireSpelling(code: entry.code, isNumeric: isNumeric, format: wireFormat).text != sent else {
            return entry.code
        }
        return sent
    }

    /// The entry for a code in any spelling the provider uses; nil when the table does not list it.
    public func entry(for code: String) -> StatusEntry? {
        row(spelled: Self.canonicalCode(code.trimmingWhitespace, isNumeric: isNumeric)).map { entries[$0] }
    }

    /// The row whose code or alias is `key` scalar for scalar. A `String` key matches canonically equivalent text too:
    /// "O\u{212A}" (a Kelvin sign) is "OK" to Swift, and read as the documented code, it was written back as "OK".
    private func row(spelled key: String) -> Int? {
        guard let index = rowsByCode.index(forKey: key) else { return nil }
        if rowsByCode[index].key.isSameUTF8(as: key) { return rowsByCode[index].value }
        return otherScalarSpellings.isEmpty ? nil : otherScalarSpellings[Array(key.utf8)]
    }

    /// The row of an integer code (a numeric table's code or alias); nil when the table does not list it.
    public func row(ofNumber number: Int) -> Int? {
        var (low, high) = (0, numbers.count)
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < numbers.count && numbers[low] == number ? numberRows[low] : nil
    }

    /// The row of a textual table's code or alias, spelled exactly; nil when the table does not list it.
    public func row(ofText text: String) -> Int? {
        isNumeric ? nil : row(spelled: text)
    }
}

/// A documented code as it goes on the wire: a JSON number, text (zero-padded for a numeric table written as text), or
/// a JSON boolean.
/// Which spellings of an int code a table written as text keeps as the spec writes them (`WireSpelling`).
public enum CodeSpellingRule {
    /// Unsigned digits, at most `CodeWireFormat.maximumDigits` of them (`007`); a sign's or a longer code's zeros are
    /// not kept (`-007` is written `-7`).
    public static func keepsZeros(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= CodeWireFormat.maximumDigits && code.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }
}

public enum WireSpelling: Hashable, Sendable {
    case number(Int)
    case text(String)
    case boolean(Bool)

    /// The spelling of a canonical `code` in `format`; an integer code written as text keeps the zeros `spelled`
    /// (the code as the spec writes it) gives it beyond the table's padding: SpeedSMS's `"007"` beside its `"00"`.
    public init(code: String, spelled: String? = nil, isNumeric: Bool, format: CodeWireFormat) {
        if case .boolean = format, let flag = Bool(code) {
            self = .boolean(flag)
            return
        }
        guard isNumeric, let number = Int(code) else {
            self = .text(code)
            return
        }
        switch format {
        case .number: self = .number(number)
        case .string(let digits):
            let ownDigits = spelled.flatMap { CodeSpellingRule.keepsZeros($0) && Int($0) == number ? $0.utf8.count : nil }
            self = .text(CodeWireFormat.paddedText(number, minimumDigits: max(digits, ownDigits ?? 0)))
        case .boolean: self = .text(code)
        }
    }

    /// The spelling as text: a number's digits, the text itself, `true` or `false`.
    public var text: String {
        switch self {
        case .number(let number): String(number)
        case .text(let text): text
        case .boolean(let flag): String(flag)
        }
    }
}
