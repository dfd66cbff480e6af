import Foundation

/// The numbers of one payload that Foundation's integer read would round (`JSONStructure.roundableNumbers`), by
/// where they stand, and the check every integer read of one goes through when `JSONPayload.decode` reads that
/// payload (`IntegerAuditingDecoder`): `27.0000000000000001` or `1e-400` read as an integer is an error where it was
/// 27 or 0 (Fortytwo's success code), and `2.7e1` is still 27. Used by one decode, on its thread.
final class IntegerAudit: @unchecked Sendable {
    private let bytes: [UInt8]
    private let root = Node()

    /// One level of the payload: a list's positions or an object's keys that lead to a roundable number.
    private final class Node {
        var fields: [String: Node] = [:]
        var elements: [Int: Node] = [:]
        /// Where the number at this place starts.
        var offset: Int?

        /// The node under this one at `level`, made when new; nil between an object's members, where no number is.
        func child(_ level: JSONSyntaxError.Level) -> Node? {
            switch level {
            case .object(let key?):
                if let child = fields[key] { return child }
                let child = Node()
                fields[key] = child
                return child
            case .array(let index):
                if let child = elements[index] { return child }
                let child = Node()
                elements[index] = child
                return child
            case .object(nil): return nil
            }
        }

        func child(_ key: any CodingKey) -> Node? {
            if elements.isEmpty { return fields[key.stringValue] }
            return key.intValue.flatMap { elements[$0] }
        }
    }

    /// The numbers at `offsets` (ascending) of the UTF-8 `text`, in one scan: the nodes of the levels that did not
    /// change since the previous number are kept, so a number costs the levels it does not share with the one
    /// before (in a list of numbers 32 deep, one), never its whole path.
    init(numbersAt offsets: [Int], in text: Data) {
        bytes = [UInt8](text)
        // The node of each level open at the previous number, outermost first.
        var nodes: [Node] = []
        bytes.withUnsafeBufferPointer { buffer in
            JSONSyntaxError.walk(to: offsets, in: buffer) { offset, levels, unchanged in
                nodes.removeSubrange(min(unchanged, nodes.count)...)
                while nodes.count < levels.count {
                    guard let child = (nodes.last ?? root).child(levels[nodes.count]) else { return }
                    nodes.append(child)
                }
                (nodes.last ?? root).offset = offset
            }
        }
    }

    /// Passes `integer` (the decimal text of what Foundation's integer read gave at `codingPath`) when the number
    /// there is not a roundable one, or is exactly that integer; throws, naming the number, otherwise.
    func check(_ integer: String, at codingPath: [any CodingKey]) throws {
        guard let (offset, text, exact) = number(at: codingPath, { NumberText.exactInteger($0) }), exact != integer else { return }
        throw refusal(at: codingPath, offset: offset, text: text, exact.map { "is \($0), which an integer read takes for \(integer)." }
            ?? "is not an integer; an integer read would round it to \(integer).")
    }

    /// The error of an integer read of type `T` Foundation refused at `codingPath`, placed and said when the number
    /// there is one of the audit's: Foundation's says only "not valid JSON", naming no field (`"status": 400.5`).
    func refusedRead<T: FixedWidthInteger>(of type: T.Type, at codingPath: [any CodingKey], _ error: any Error) -> any Error {
        guard let (offset, text, exact) = number(at: codingPath, { NumberText.exactInteger($0) }) else { return error }
        let isLarge = exact != nil || Double(text).map { !$0.isFinite || $0.magnitude >= 0x1p63 } ?? false
        return refusal(at: codingPath, offset: offset, text: text, isLarge
            ? "is beyond the range of the integer this field reads (\(String(T.min).replacingOccurrences(of: "-", with: "−"))…\(T.max))."
            : "is not an integer, which this field reads.")
    }

    /// Passes `decimal` (what Foundation's `Decimal` read gave at `codingPath`) unless the number there is a
    /// roundable one with more significant digits than `Decimal` holds, which it rounded: `27.` with 39 zeros and
    /// `1` read as 27 was a textual table's documented code "27".
    func check(_ decimal: Decimal, at codingPath: [any CodingKey]) throws {
        guard let (offset, text, (digits, exact)) = number(at: codingPath, { (NumberText.significantDigits($0), NumberText.longNumberText($0)) }),
            let exact, exact != decimal.description  // some 39-digit numbers (up to 2¹²⁸ − 1) it holds exactly
        else { return }
        throw refusal(at: codingPath, offset: offset, text: text,
            "\(NumberText.beyondDecimal(digits: digits)); a Decimal read would round it to \(decimal).")
    }

    /// The exact text of the number at `codingPath` when it has more significant digits than `Decimal` holds
    /// (`NumberText.plainText`); nil for any other value.
    func longNumberText(at codingPath: [any CodingKey]) -> String? {
        number(at: codingPath, NumberText.longNumberText)?.measure
    }

    /// `longNumberText(at:)` for the value `decoder` reads, when it reads a payload through `JSONPayload`.
    static func longNumberText(in decoder: any Decoder) -> String? {
        guard let audited = decoder as? IntegerAuditingDecoder else { return nil }
        return audited.audit.longNumberText(at: audited.codingPath)
    }

    /// The roundable number at `codingPath`: where it starts, its text and what `measure` says of its token.
    private func number<Measure>(
        at codingPath: [any CodingKey], _ measure: (UnsafeBufferPointer<UInt8>) -> Measure
    ) -> (offset: Int, text: String, measure: Measure)? {
        var node = root
        for key in codingPath {
            guard let child = node.child(key) else { return nil }
            node = child
        }
        guard let offset = node.offset else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let token = UnsafeBufferPointer(rebasing: buffer[offset..<JSONLexicon.numberEnd(in: buffer, from: offset).end])
            return (offset, String(decoding: token, as: UTF8.self), measure(token))
        }
    }

    private func refusal(at codingPath: [any CodingKey], offset: Int, text: String, _ reason: String) -> DecodingError {
        let (line, column) = position(of: offset)
        return DecodingError.dataCorrupted(.init(
            codingPath: codingPath,
            debugDescription: "The number \(DisplayText.quotedExcerpt(text)) at line \(line), column \(column) \(reason)"))
    }

    /// The line and column at every `checkpointSpacing`th byte, made at the first error: a union or a code catches
    /// the error of an integer read and reads on, so a payload can make one per number, and counting each from the
    /// start took time in the square of the payload's size.
    private lazy var checkpoints: [(line: Int, column: Int)] = {
        var checkpoints: [(line: Int, column: Int)] = [(1, 1)]
        for offset in stride(from: Self.checkpointSpacing, to: bytes.count, by: Self.checkpointSpacing) {
            let previous = checkpoints[checkpoints.count - 1]
            checkpoints.append(JSONSyntaxError.position(
                of: offset, in: bytes, from: (offset - Self.checkpointSpacing, previous.line, previous.column)))
        }
        return checkpoints
    }()
    private static let checkpointSpacing = 4096

    /// `JSONSyntaxError.position(of:in:)`, counted from the checkpoint before `offset`.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        let index = offset / Self.checkpointSpacing
        let known = checkpoints[index]
        return JSONSyntaxError.position(of: offset, in: bytes, from: (index * Self.checkpointSpacing, known.line, known.column))
    }

    /// Whether Foundation's decoder reads a value of type `T` itself (its own rules for `Date`, `Data` and `URL`,
    /// and the scalars that hold no integer), so the auditing decoder passes the read on untouched. A `Decimal` is
    /// read by Foundation's decoder and checked (`check(_:at:)`).
    static func readsDirectly<T>(_ type: T.Type) -> Bool {
        T.self == String.self || T.self == Bool.self || T.self == Double.self || T.self == Float.self
            || T.self == Date.self || T.self == Data.self || T.self == URL.self
    }

    /// The root of a payload with roundable numbers: `Value` read through an `IntegerAuditingDecoder`.
    struct Audited<Value: Decodable>: Decodable {
        let value: Value

        init(from decoder: any Decoder) throws {
            guard let audit = decoder.userInfo[.integerAudit] as? IntegerAudit else {
                value = try Value(from: decoder)
                return
            }
            value = try IntegerAuditingDecoder(base: decoder, audit: audit).singleValueContainer().decode(Value.self)
        }
    }
}

extension CodingUserInfoKey {
    /// The `IntegerAudit` of the payload being decoded (set by `JSONPayload.decode` when it has roundable numbers).
    static let integerAudit = CodingUserInfoKey(rawValue: "SMSSpecRuntime.integerAudit")!
}
