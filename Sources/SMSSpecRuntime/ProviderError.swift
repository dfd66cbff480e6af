import Foundation

/// A provider's refusal or failure, in one shape for every provider, so retry and alerting logic is written once.
public struct ProviderError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    public let provider: String
    /// The table the code belongs to, when known.
    public let table: String?
    public let rawCode: String
    /// Whether the code arrived as `null`, whose `rawCode` is empty like empty text's.
    public let codeIsNull: Bool
    public let rawMessage: String?
    public let httpStatus: Int?
    public let entry: StatusEntry?
    /// The answer's body as received (secrets the client knows replaced by `<redacted>`); never printed.
    public let rawBody: Data?
    /// Every status code the answer holds, in wire order, each with where it sits and its outcome — the parts a send
    /// refused in part accepted among them (their `outcome` is `.success` or `.pending`). Empty when the body did not
    /// decode, or held no code.
    public let reports: [StatusReport]
    /// The spec's id of the operation that was answered (`getDLR`), whose meaning of the code (`perOperation`) the
    /// description gives; nil for an error made outside a call.
    public private(set) var operation: String?
    private let decodedAnswer: DecodedAnswer?

    public init(
        provider: String, table: String?, rawCode: String, codeIsNull: Bool = false, rawMessage: String?, httpStatus: Int?, entry: StatusEntry?, rawBody: Data? = nil,
        reports: [StatusReport] = [], answer: (any Sendable)? = nil
    ) {
        self.provider = provider
        self.table = table
        self.rawCode = rawCode
        self.codeIsNull = codeIsNull
        self.rawMessage = rawMessage
        self.httpStatus = httpStatus
        self.entry = entry
        self.rawBody = rawBody
        self.reports = reports
        self.decodedAnswer = answer.map(DecodedAnswer.init)
    }

    /// An error from a decoded status code.
    public init<Code: StatusCode>(_ code: Code, rawMessage: String? = nil, httpStatus: Int? = nil) {
        self.init(
            provider: Code.table.provider, table: Code.table.id, rawCode: code.wireCode.text, codeIsNull: code.wireCode.kind == .null,
            rawMessage: rawMessage, httpStatus: httpStatus ?? code.httpStatus, entry: code.entry)
    }

    /// The answer as the generated type the spec gives for its status decoded it — the operation's result under a
    /// 2xx status, its error body under another — or nil when the body did not decode as one, or is not of `type`.
    /// A send refused in part (RajaSMS's failed packet under a global success, a ClickSend message among queued ones)
    /// is thrown so that no failure goes unnoticed; the answer still holds the parts that were accepted, with their
    /// ids. Its values are as the provider sent them (only `rawBody` has the client's secrets replaced), and, like
    /// the result of a successful call, it is not part of what the error prints or reflects.
    public func answer<Message>(as type: Message.Type = Message.self) -> Message? {
        decodedAnswer?.value as? Message
    }

    /// The same error as the answer to `operation` (the spec's operation id).
    public func answering(_ operation: String) -> ProviderError {
        var error = self
        error.operation = operation
        return error
    }

    public var category: ErrorCategory { entry?.category ?? .unknown }
    public var isRetryable: Bool { entry?.retryable ?? false }
    /// What to do: the entry's advice, or the advice for an undocumented code.
    public var retryAdvice: RetryAdvice { entry?.retryAdvice ?? .undocumented }

    /// The code and message as the provider sent them, escaped (`DisplayText`): they may hold terminal escapes.
    /// A failure status whose answer holds no code, and which no table lists, says so: it was an "undocumented code" beside
    /// a documented answer (D7's 422 validation list, a user).
    public var description: String {
        let isStatusAlone = entry == nil && table == nil && httpStatus.map(String.init) == rawCode
        let meaning = entry.map { $0.namedDescription(in: operation) } ?? (isStatusAlone ? "an HTTP status no table of the answer lists" : "undocumented code")
        let message = rawMessage.map { " — \(DisplayText.quotedExcerpt($0))" } ?? ""
        let code = isStatusAlone ? "HTTP \(rawCode)" : "\(table ?? "code") \(Self.shownCode(rawCode, isNull: codeIsNull))"
        return "\(provider) \(code) (\(meaning)) [\(category.rawValue)\(isRetryable ? ", retryable" : "")]\(message)"
    }

    /// A code as messages show it: `null` for a code sent as `null`, otherwise its text escaped and cut.
    static func shownCode(_ rawCode: String, isNull: Bool) -> String {
        isNull ? "null" : DisplayText.codeExcerpt(rawCode)
    }
}

extension ProviderError: CustomReflectable {
    /// What `dump` and debuggers show: every property but the decoded answer, whose fields may echo a credential the
    /// provider was sent (`rawBody`, which shows, has the client's secrets redacted).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "provider": provider, "table": table as Any, "rawCode": rawCode, "codeIsNull": codeIsNull, "rawMessage": rawMessage as Any,
                "httpStatus": httpStatus as Any, "entry": entry as Any, "rawBody": rawBody.map(Self.shownBody) as Any, "reports": reports,
                "operation": operation as Any,
            ], displayStyle: .struct)
    }

    /// The body as `dump` shows it: its text, the first 2,048 Unicode scalars of a longer one (a character may hold
    /// any number of them: an attack's body of combining accents printed whole), else its size (`dump` of a `Data`
    /// printed each byte as a number, dozens of lines a body: a user).
    static func shownBody(_ body: Data) -> String {
        guard let text = String(data: body, encoding: .utf8) else { return "\(body.count) bytes, not UTF-8 text" }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: 2_048, limitedBy: scalars.endIndex), end != scalars.endIndex else { return text }
        return "\(String(scalars[..<end]))… (\(body.count) bytes)"
    }
}

/// A decoded answer, compared and hashed as its own type does (generated messages are `Hashable`).
private struct DecodedAnswer: Hashable, Sendable {
    let value: any Sendable

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.hashable == rhs.hashable }
    func hash(into hasher: inout Hasher) { hasher.combine(hashable) }

    private var hashable: AnyHashable? { (value as? any Hashable).map { AnyHashable($0) } }
}

extension ProviderError {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}
