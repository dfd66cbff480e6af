/// One form of a plain-text answer: literal text with `{name}` where a field's value stands (SMSGlobal's
/// `OK: {code}; Sent queued message ID: {id}`, BulkSMS's `{status}|{description}|{batch_id}`).
///
/// Reading is total and linear in the text: a field's value runs up to the first place the literal after it occurs
/// (so a value never holds that literal), the last field's to the end, or to the literal that ends the form; a value
/// never holds a line break (an answer of one line per recipient is not read as one value holding the rest). Any
/// string is a form: text between `{` and `}` that holds neither brace nor is empty names a field, every other brace
/// is literal text (lint refuses stray braces, two fields with no literal between them, and names no field has).
public struct TextForm: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public enum Piece: Hashable, Sendable {
        case literal([UInt8])
        case field(String)
    }

    /// The form as the spec writes it.
    public let template: String
    /// Literals and fields in order; two literals never follow each other.
    public let pieces: [Piece]

    public init(_ template: String) {
        self.template = template
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }),
                bytes[close] == UInt8(ascii: "}"), close > index + 1
            {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = []
                pieces.append(.field(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
                index = close + 1
            } else {
                literal.append(bytes[index])
                index += 1
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { template }

    /// The fields' names, in order.
    public var fieldNames: [String] {
        pieces.compactMap { if case .field(let name) = $0 { name } else { nil } }
    }

    /// The fields' values in `text`, in the form's order, or nil when the text does not take this form.
    public func fields(in text: String) -> [(name: String, value: String)]? {
        let bytes = Array(text.utf8)
        var position = 0
        var fields: [(name: String, value: String)] = []
        var pendingField: String?
        /// The value from `position` to `end`, unless it holds a line break.
        func take(_ name: String, upTo end: Int) -> Bool {
            let value = bytes[position..<end]
            guard !value.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return false }
            fields.append((name, String(decoding: value, as: UTF8.self)))
            return true
        }
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .field(let name):
                if let pending = pendingField { _ = take(pending, upTo: position) }  // two fields in a row: the first is empty
                pendingField = name
            case .literal(let literal):
                if let pending = pendingField {
                    let isLast = index == pieces.count - 1
                    // Spaces or tabs a value starts with are its own (` 00` is code 00, as a number reads with spaces
                    // around it), never the text that ends it: ` 00 1234` of `{code} {id}` is not an empty code.
                    let valueStart = bytes[position...].firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count
                    guard let start = isLast ? Self.suffixStart(of: literal, in: bytes, from: position)
                        : Self.firstOccurrence(of: literal, in: bytes, from: valueStart),
                        take(pending, upTo: start)
                    else { return nil }
                    pendingField = nil
                    position = start + literal.count
                } else {
                    guard bytes.count - position >= literal.count, bytes[position..<(position + literal.count)].elementsEqual(literal) else { return nil }
                    position += literal.count
                }
            }
        }
        if let pending = pendingField {
            guard take(pending, upTo: bytes.count) else { return nil }
            position = bytes.count
        }
        return position == bytes.count ? fields : nil
    }

    /// The text of this form with each field's value in place, when every field of the form has exactly one value
    /// and the fields given are the form's (or, `fillingAbsent`, among the form's, the others written empty); nil
    /// otherwise.
    public func text(with values: [String: String], fillingAbsent: Bool = false) -> String? {
        let names = Set(fieldNames)
        guard names.count == fieldNames.count, fillingAbsent ? names.isSuperset(of: values.keys) : names.count == values.count && names == Set(values.keys)
        else { return nil }
        var bytes: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .literal(let literal): bytes += literal
            case .field(let name): bytes += Array(values[name, default: ""].utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func suffixStart(of literal: [UInt8], in bytes: [UInt8], from position: Int) -> Int? {
        let start = bytes.count - literal.count
        guard start >= position, bytes[start...].elementsEqual(literal) else { return nil }
        return start
    }

    /// Knuth–Morris–Pratt (`BytePattern`): linear in the text whatever the literal, so no answer can make a read slow.
    private static func firstOccurrence(of literal: [UInt8], in bytes: [UInt8], from position: Int) -> Int? {
        BytePattern(literal).firstOccurrence(in: bytes, from: position)
    }
}

/// The forms a plain-text answer may take, tried in order: the first the text takes gives the fields.
public struct TextForms: Hashable, Sendable, ExpressibleByArrayLiteral {
    public let forms: [TextForm]
    /// The wire names of the fields that hold a credential: an answer that takes no form is not quoted, since which
    /// part of it is one cannot be told.
    public let secretFields: Set<String>

    public init(_ forms: [TextForm], secretFields: Set<String> = []) {
        self.forms = forms
        self.secretFields = secretFields
    }

    public init(arrayLiteral forms: TextForm...) { self.init(forms) }

    /// The answer's fields by the first form it takes whose values `reads` accepts (as the fields' types: a reader
    /// of a typed message tries the next form when a value does not read, EasySendSMS's `{balance}` before `ERROR:
    /// {code}`). Line breaks at either end of the answer and a leading byte-order mark are not part of it
    /// (providers end their answers with a newline); spaces and tabs are.
    public func fields(
        in answer: String, reads: ([(name: String, value: String)]) -> Bool = { _ in true }
    ) -> [(name: String, value: String)]? {
        let text = Self.trimmed(answer)
        for form in forms {
            if let fields = form.fields(in: text), reads(fields) { return fields }
        }
        return nil
    }

    /// The answer holding `values` (a field left out is absent): the first form that holds exactly those fields and
    /// reads back as them, the forms tried as `fields(in:reads:)` tries them; nil when none does (a value holding the
    /// literal after its field, no form for that set). `fillingAbsent`, the first form holding those fields and
    /// others, written empty, that reads back as them (`OK ` of `OK {credit}`, read as no credit): whether an empty
    /// value reads as an absent field is the reader's to say.
    public func text(
        with values: [String: String], fillingAbsent: Bool = false, reads: ([(name: String, value: String)]) -> Bool = { _ in true }
    ) -> String? {
        for form in forms {
            guard let text = form.text(with: values, fillingAbsent: fillingAbsent), let read = fields(in: text, reads: reads),
                read.count == form.fieldNames.count, read.allSatisfy({ values[$0.name, default: ""] == $0.value })
            else { continue }
            return text
        }
        return nil
    }

    public static func trimmed(_ answer: String) -> String {
        var scalars = Substring(answer).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let lineBreaks: Set<Unicode.Scalar> = ["\r", "\n"]
        while let first = scalars.first, lineBreaks.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, lineBreaks.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
