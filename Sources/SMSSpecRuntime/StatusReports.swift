import Foundation

/// One status code found inside a message, with where it was.
public struct StatusReport: Hashable, Sendable, CustomStringConvertible {
    /// Where in the message: `sending_respon[0].datapacket[1].packet.sendingstatus`.
    public private(set) var path: String
    public let provider: String
    public let table: String
    public private(set) var rawCode: String
    public let entry: StatusEntry?
    public let outcome: Outcome
    /// Whether the code arrived as `null`, whose `rawCode` is empty like empty text's.
    public let codeIsNull: Bool
    /// Whether the code sits in an element of a list or a value of a map (one number's result among several, SMS.ru's
    /// `sms.79255070602.status_code`), rather than in the message's own fields or the shapes they hold: a table an
    /// answer both decides by and reports (`tables` and `reports`) decides only by the codes outside entries.
    public private(set) var isInEntry: Bool = false

    public init<Code: StatusCode>(_ code: Code, at path: String) {
        self.init(code, wireCode: code.wireCode, table: Code.table, at: path)
    }

    /// A code read with its table alone (`smsspec decode` with a spec file).
    @_spi(Generated) public init(_ code: TableCode, at path: String) {
        self.init(code, wireCode: code.wireCode, table: code.table, at: path)
    }

    private init(_ code: some DocumentedCode, wireCode: WireCode, table: StatusTable, at path: String) {
        self.path = path
        self.provider = table.provider
        self.table = table.id
        self.rawCode = wireCode.text
        self.codeIsNull = wireCode.kind == .null
        self.entry = code.entry
        self.outcome = code.outcome
    }

    /// The report with the texts the answer gave it — the code and the path (a map's keys) — passed through `redact`:
    /// a client replaces the credentials it sent, which a provider may echo in a code.
    public func redacting(_ redact: (String) -> String) -> StatusReport {
        redacting(path: redact, code: redact)
    }

    /// `redacting(_:)` with the path, whose map keys are cut excerpts, and the code, which is whole, each redacted its
    /// own way.
    public func redacting(path redactPath: (String) -> String, code redactCode: (String) -> String) -> StatusReport {
        var copy = self
        copy.path = redactPath(path)
        copy.rawCode = redactCode(rawCode)
        return copy
    }

    /// The report as one read inside an element of a list or a value of a map (`isInEntry`).
    func inEntry() -> StatusReport {
        var copy = self
        copy.isInEntry = true
        return copy
    }

    /// The code as the provider sent it, escaped (`DisplayText`): it may hold terminal escapes.
    /// `path: provider table code (name: meaning) — outcome`; a code that is the whole message (a bare `"900"`) is at
    /// `(top level)`, as decoding errors name that place.
    public var description: String {
        "\(path.isEmpty ? "(top level)" : path): \(provider) \(table) \(ProviderError.shownCode(rawCode, isNull: codeIsNull)) (\(entry.map { $0.namedDescription() } ?? "undocumented")) — \(outcome.rawValue)"
    }

    /// The failure as the one error type applications catch for every provider.
    public var error: ProviderError {
        ProviderError(
            provider: provider, table: table, rawCode: rawCode, codeIsNull: codeIsNull, rawMessage: nil, httpStatus: entry?.httpStatus,
            entry: entry)
    }
}

/// A generated message that carries status codes, directly or in nested parts. A response whose envelope says
/// success can still hold failed parts (RajaSMS's per-packet status): `failures` finds every one of them.
public protocol StatusCarrying {
    func statusReports(at path: String) -> [StatusReport]
}

extension StatusCarrying {
    /// Every status code in the message, in wire order.
    public var statusReports: [StatusReport] { statusReports(at: "") }

    /// Every code that reports a failure, wherever it sits in the message.
    public var failures: [StatusReport] {
        // Filtered in place: a payload of a million codes held its reports twice.
        var reports = statusReports
        reports.removeAll { $0.outcome != .failure }
        return reports
    }

    /// True only when no code anywhere in the message reports a failure.
    public var allSucceeded: Bool { failures.isEmpty }
}

/// A code carries itself, where it sits: so a list of codes (a list shape's answer, a list of lists) carries them as
/// a list of messages does.
extension StatusCode {
    public func statusReports(at path: String) -> [StatusReport] {
        [StatusReport(self, at: path)]
    }
}

/// A list of such messages (a list shape's answer: a JSON list, or one plain-text line per element) carries the codes
/// of its elements, each at its position (`[1].status`): a client decides on them as on any answer's codes.
extension Array: StatusCarrying where Element: StatusCarrying {
    public func statusReports(at path: String) -> [StatusReport] {
        enumerated().flatMap { $1.statusReports(at: "\(path)[\($0)]").map { $0.inEntry() } }
    }
}

/// A map of such messages or codes carries its values' codes, each under its key (`results.4477.status`), in key order
/// so the reports come in the same order every time.
extension Dictionary: StatusCarrying where Key == String, Value: StatusCarrying {
    public func statusReports(at path: String) -> [StatusReport] {
        sorted { $0.key < $1.key }.flatMap { $1.statusReports(at: MessagePath.entry(path, $0)).map { $0.inEntry() } }
    }
}

/// What generated `statusReports(at:)` implementations are made of.
@_spi(Generated) public enum StatusReports {
    public static func collect<Code: StatusCode>(_ code: Code, at path: String) -> [StatusReport] {
        [StatusReport(code, at: path)]
    }

    public static func collect<Code: StatusCode>(_ code: Code?, at path: String) -> [StatusReport] {
        code.map { [StatusReport($0, at: path)] } ?? []
    }

    public static func collect<Code: StatusCode>(_ codes: [Code], at path: String) -> [StatusReport] {
        codes.enumerated().map { StatusReport($1, at: "\(path)[\($0)]").inEntry() }
    }

    public static func collect<Part: StatusCarrying>(_ part: Part, at path: String) -> [StatusReport] {
        part.statusReports(at: path)
    }

    public static func collect<Part: StatusCarrying>(_ part: Part?, at path: String) -> [StatusReport] {
        part?.statusReports(at: path) ?? []
    }

    public static func collect<Part: StatusCarrying>(_ parts: [Part], at path: String) -> [StatusReport] {
        parts.statusReports(at: path)
    }

    public static func collect<Part: StatusCarrying>(_ parts: [Part]?, at path: String) -> [StatusReport] {
        parts.map { collect($0, at: path) } ?? []
    }

    public static func collect<Code: StatusCode>(_ codes: [Code]?, at path: String) -> [StatusReport] {
        codes.map { collect($0, at: path) } ?? []
    }
}

/// Paths inside a message, as violations and status reports name them: `datapacket[3].number`.
@_spi(Generated) public enum MessagePath {
    /// `parent.field`, or `field` at the top.
    public static func join(_ parent: String, _ field: String) -> String {
        parent.isEmpty ? field : "\(parent).\(field)"
    }

    /// `parent.key` for a map's entry: the key is the provider's text, so it stands escaped and cut as a quoted value
    /// is (`DisplayText.escapedExcerpt`). Whole, a 2 MiB key was copied into the path of each code under it (a list of
    /// 100,000 codes: 200 GB), and its terminal escapes reached whoever printed a report. Paths are for people: two
    /// keys may read alike (`a.b` and `b` under `a`; keys that differ past their cut), and a client's retry tells
    /// entries apart by the answer's structure, never by path.
    public static func entry(_ parent: String, _ key: String) -> String {
        join(parent, DisplayText.escapedExcerpt(key))
    }
}

extension StatusReport {
    /// The codes an answer without a documented shape carries in `fields`, top-level members of a JSON object body,
    /// each read in the first of `tables` that lists it (else the first): Ginota's `balance` answers `{"status": "7"}`
    /// to a wrong key, which read as a success when nothing read it. Any other body, and a member that is no code (a
    /// list, an object), reports nothing; a body that opens as an object and that `JSONPayload` refuses (a key written
    /// twice, too deep, cut short) throws its error: which code it holds, no one can say (`{"status":"7","status":"0"}`
    /// read as a success).
    public static func reports(inUndocumented body: Data, fields: [String], tables: [StatusTable]) throws -> [StatusReport] {
        guard let first = tables.first, !fields.isEmpty else { return [] }
        let value: JSONValue
        do {
            value = try JSONPayload.decode(JSONValue.self, from: body)
        } catch {
            guard JSONPayload.opening(of: body) == UInt8(ascii: "{") else { return [] }
            throw error
        }
        guard let members = value.members else { return [] }
        return try fields.compactMap { field in
            guard let member = members[field] else { return nil }
            // A code member that holds no code is an answer no one can read (an attack's `{"status": ["7"]}` read as
            // a success), as a typed answer refuses it.
            guard let code = WireCode(scalar: member) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [FieldKey(stringValue: field)],
                    debugDescription: "Expected a code: a number, text, a boolean or null — not a list or an object."))
            }
            let table = tables.first { $0.row(of: code) != nil } ?? first
            return StatusReport(TableCode(reading: code, in: table), at: field)
        }
    }
}

extension StatusReport {
    /// The element a report's path starts in (`2` for `[2].status`), in an answer that is a list; nil for any other path.
    public static func elementIndex(of path: String) -> Int? {
        guard path.hasPrefix("["), let close = path.firstIndex(of: "]") else { return nil }
        return Int(path[path.index(after: path.startIndex)..<close])
    }
}
