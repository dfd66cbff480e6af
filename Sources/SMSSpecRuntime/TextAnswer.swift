import Foundation

/// A message a provider writes as plain text in one of a few forms (SMSGlobal's `OK: 0; Sent queued message ID: …`,
/// `ERROR: 402`): its fields are the values the first form the text takes gives, each read as a form field's.
public protocol TextMessage: Decodable {
    /// The forms, tried in order.
    static var textForms: TextForms { get }
    /// In an answer of several such messages (a list shape's), the text between two (Route Mobile's `,`); nil for
    /// one a line.
    static var listSeparator: String? { get }
}

extension TextMessage {
    public static var listSeparator: String? { nil }
}

/// An answer of one `TextMessage` per line, or of several joined by its `listSeparator`: a list of them (a list shape
/// whose items have `text` forms).
public protocol TextLines: Decodable {
    static func decodeLines(from data: Data, charset: FormCharset) throws -> Self
    /// Each element's fields, by the form that read it; nil when the answer does not read.
    static func fieldsOfLines(in data: Data, charset: FormCharset) -> [[(name: String, value: String)]]?
}

extension Array: TextLines where Element: TextMessage {
    public static func decodeLines(from data: Data, charset: FormCharset) throws -> [Element] {
        try TextAnswer.decodeLines(from: data, forms: Element.textForms, charset: charset, separator: Element.listSeparator) {
            try FormDecoder(charset: charset).decode(Element.self, fromFields: $0)
        }
    }

    public static func fieldsOfLines(in data: Data, charset: FormCharset) -> [[(name: String, value: String)]]? {
        try? TextAnswer.decodeLines(from: data, forms: Element.textForms, charset: charset, separator: Element.listSeparator) { fields in
            _ = try FormDecoder(charset: charset).decode(Element.self, fromFields: fields)
            return fields
        }
    }
}

/// Reads and writes `TextMessage`s.
public enum TextAnswer {
    /// The message `data` holds, read in the charset its `Content-Type` declares (UTF-8 when none), within
    /// `PayloadLimits`. Line breaks at either end are not part of it. The forms are tried in order, as a union's
    /// variants are: the first the text takes and whose values read as the fields' types gives the message (Kannel's
    /// `{code}: {text}` with an `Int` code does not take `ID: 3a63`). Text that takes no form is an error that quotes
    /// its start (only its length when a field is a credential) and names the forms; text whose values do not read in
    /// any form it takes, the first such form's error (not quoting the value when a field is a credential).
    public static func decode<Message: Decodable>(
        _ type: Message.Type, from data: Data, forms: TextForms, charset: FormCharset = .utf8
    ) throws -> Message {
        try decode(from: data, forms: forms, charset: charset) { try FormDecoder(charset: charset).decode(type, fromFields: $0) }
    }

    /// As `decode(_:from:forms:charset:)`, each form's fields read by `read`.
    public static func decode<Message>(
        from data: Data, forms: TextForms, charset: FormCharset, reading read: ([(name: String, value: String)]) throws -> Message
    ) throws -> Message {
        try self.read(TextForms.trimmed(try text(of: data, forms: forms, charset: charset)), forms: forms, reading: read)
    }

    /// An answer of one message per line (Clickatell's legacy `ID: … To: …` for each recipient), or of several joined
    /// by `separator` (Route Mobile's `,`), read as `decode(from:forms:charset:reading:)` reads one: each line (or
    /// part) that is not empty is the next element, `\r\n` ending a line as `\n` does, each trimmed as a whole answer
    /// is (`TextForms.elements`). One of no form is an error at its element (`[1]`) naming the line (or part); an
    /// answer of none is an empty list. Linear in the answer.
    public static func decodeLines<Element>(
        from data: Data, forms: TextForms, charset: FormCharset, separator: String? = nil,
        reading read: ([(name: String, value: String)]) throws -> Element
    ) throws -> [Element] {
        let answer = try text(of: data, forms: forms, charset: charset)
        var elements: [Element] = []
        for (place, text) in TextForms.elements(of: answer, separator: separator) {
            do {
                elements.append(try self.read(text, forms: forms, reading: read))
            } catch let error as DecodingError {
                throw error.at(separator == nil ? "line \(place)" : "part \(place)", element: elements.count)
            }
        }
        return elements
    }

    /// The answer's text, within `PayloadLimits`, for a message that has forms.
    private static func text(of data: Data, forms: TextForms, charset: FormCharset) throws -> String {
        try PayloadLimits.checkSize(of: data)
        guard !forms.forms.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The message is not written as plain text: it has no text forms."))
        }
        guard let text = charset.text(Array(data)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The answer is not valid \(charset.rawValue) text."))
        }
        return text
    }

    /// One answer by the first form it takes whose values `read` accepts.
    private static func read<Message>(
        _ answer: String, forms: TextForms, reading read: ([(name: String, value: String)]) throws -> Message
    ) throws -> Message {
        // An empty answer (a proxy's, a cut connection's) takes a form only by leaving each of its fields empty: it is
        // no answer, never a message without fields (a balance of `{count}` read from nothing).
        guard let first = answer.first(where: { !$0.isWhitespace }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The answer is empty: it takes none of its forms."))
        }
        // Markup (a gateway's or a proxy's HTML error page) is no form's text unless a form opens with `<` itself: a
        // user's Beem `{status} {reason}` read `<html>Bad Gateway</html>` as the code `<html>Bad`, and the 502's own
        // entry (a network error) was lost.
        if first == "<", !forms.forms.contains(where: { $0.template.first(where: { !$0.isWhitespace }) == "<" }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The answer is markup (\(shown(answer, forms: forms))), not one of its forms."))
        }
        var firstError: (any Error)?
        for form in forms.forms {
            guard let fields = form.fields(in: answer) else { continue }
            do {
                return try read(fields)
            } catch {
                if firstError == nil { firstError = forms.secretFields.isEmpty ? error : unquoted(error, answer: answer, form: form, forms: forms) }
            }
        }
        if let firstError { throw firstError }
        let expected = forms.forms.map { DisplayText.quotedExcerpt($0.template) }.joined(separator: " or ")
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The answer \(shown(answer, forms: forms)) takes none of its forms: \(expected)."))
    }

    /// `answer` quoted, or only its length when a field is a credential: which part of it is one cannot be told.
    private static func shown(_ answer: String, forms: TextForms) -> String {
        guard !forms.secretFields.isEmpty else { return DisplayText.quotedExcerpt(answer) }
        return "(\(answer.unicodeScalars.count) characters, not quoted: it may hold the credential "
            + forms.secretFields.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
    }

    /// The error of a value that does not read as its field's type, at its place but not quoting the value: a form's
    /// values are cut where its text says, and an answer that does not follow it (an extra space before an echoed key)
    /// puts the credential in another field's value.
    private static func unquoted(_ error: any Error, answer: String, form: TextForm, forms: TextForms) -> DecodingError {
        let words = "The answer \(shown(answer, forms: forms)) takes the form \(DisplayText.quotedExcerpt(form.template)), but a value in it does not read as its field."
        guard let error = error as? DecodingError else { return .dataCorrupted(.init(codingPath: [], debugDescription: words)) }
        return error.replacingContext { DecodingError.Context(codingPath: $0.codingPath, debugDescription: words) }
    }

    /// A message written as plain text, whatever its type: a `TextMessage` by its forms, a list of them one per line
    /// (`decodeLines`); any other type has no forms, so nothing reads as it.
    public static func decodeAnswer<Message: Decodable>(_ type: Message.Type, from data: Data, charset: FormCharset) throws -> Message {
        if let lines = type as? any TextLines.Type {
            // `lines` is `type`: the cast holds.
            guard let list = try lines.decodeLines(from: data, charset: charset) as? Message else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(lines) is not \(type)."))
            }
            return list
        }
        return try decode(type, from: data, forms: forms(of: type), charset: charset)
    }

    /// The fields of each message `data` holds as `type` reads it — one message, or each line (part) of a list of
    /// them — by the form that read it: where a failure's words are (`ResponseDescriptor.reason(inFields:)`); nil for
    /// an answer that does not read, or a type with no forms.
    public static func fieldsRead<Message: Decodable>(
        _ type: Message.Type, from data: Data, charset: FormCharset
    ) -> [[(name: String, value: String)]]? {
        if let lines = type as? any TextLines.Type { return lines.fieldsOfLines(in: data, charset: charset) }
        let forms = forms(of: type)
        guard !forms.forms.isEmpty else { return nil }
        return try? [decode(from: data, forms: forms, charset: charset) { fields in
            _ = try FormDecoder(charset: charset).decode(type, fromFields: fields)
            return fields
        }]
    }

    /// The forms of a `TextMessage` type; none (so nothing reads as it) for any other.
    public static func forms<Message>(of type: Message.Type) -> TextForms {
        (type as? any TextMessage.Type)?.textForms ?? []
    }

    public static func decode<Message: TextMessage>(_ type: Message.Type, from data: Data, charset: FormCharset = .utf8) throws -> Message {
        try decode(type, from: data, forms: Message.textForms, charset: charset)
    }

    /// The text of `messages`, one a line (`\n` between them) or joined by their `listSeparator`, as `encode(_:)`
    /// writes each; an error for a message whose text is empty (read as no element) or holds a line break or the
    /// separator (read as two).
    public static func encodeLines<Element: TextMessage & Encodable>(_ messages: [Element]) throws -> String {
        let separator = Element.listSeparator
        var lines: [String] = []
        for message in messages {
            let line = try encode(message)
            guard TextForms.joined([line], separator: separator) != nil else {
                throw EncodingError.invalidValue(message, .init(
                    codingPath: [PayloadKey.element(lines.count)],
                    debugDescription: "The text of \(Element.self) is empty or holds a line break"
                        + (separator.map { " or its list's separator \(DisplayText.quoted($0))" } ?? "") + ": it would not read back as one element."))
            }
            lines.append(line)
        }
        guard let answer = TextForms.joined(lines, separator: separator) else {
            throw EncodingError.invalidValue(messages, .init(
                codingPath: [], debugDescription: "The texts of \(Element.self) joined by their separator would not read back as themselves."))
        }
        return answer
    }

    /// The text of `message` in the first of its forms that holds exactly its present fields and reads back as
    /// them; else in the first that holds them and others, written empty, and reads back as the same message (`OK `
    /// for `OK {credit}` without a credit, as it was read); an error when none does (a value holding the text that
    /// follows its field in every form that has it).
    public static func encode<Message: TextMessage & Encodable>(_ message: Message) throws -> String {
        let fields = try FormEncoder.fields(of: message)
        let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
        // An answer is read trimmed: a value starting or ending it with a line break (or a byte-order mark) would not
        // read back.
        // Read back as `decode` reads it: a form whose values do not read as the message's types takes nothing.
        let reads = { (fields: [(name: String, value: String)]) in (try? FormDecoder().decode(Message.self, fromFields: fields)) != nil }
        let readsBackWhole = { (text: String) in
            guard let read = try? decode(Message.self, from: Data(text.utf8)), let again = try? FormEncoder.fields(of: read) else { return false }
            return again.count == fields.count && again.allSatisfy { values[$0.name] == $0.value }
        }
        let text = Message.textForms.text(with: values, reads: reads)
            ?? Message.textForms.text(with: values, fillingAbsent: true, reads: reads).flatMap { readsBackWhole($0) ? $0 : nil }
        // And it reads back at all: blank text is no answer, and markup none unless a form opens with `<` (an attack:
        // both were written).
        guard values.count == fields.count, let text, TextForms.trimmed(text) == text, (try? decode(Message.self, from: Data(text.utf8))) != nil else {
            throw EncodingError.invalidValue(message, .init(
                codingPath: [], debugDescription: "No text form of \(Message.self) holds exactly its fields \(fields.map(\.name).sorted()) and reads back as them."))
        }
        return text
    }
}

extension DecodingError {
    /// The error at element `element` of a list read line by line (or part by part), its message naming the line.
    fileprivate func at(_ line: String, element: Int) -> DecodingError {
        replacingContext { context in
            Context(
                codingPath: [PayloadKey.element(element)] + context.codingPath, debugDescription: "\(line): \(context.debugDescription)",
                underlyingError: context.underlyingError)
        }
    }

    /// The same error with its context made by `replace`.
    fileprivate func replacingContext(_ replace: (Context) -> Context) -> DecodingError {
        switch self {
        case .typeMismatch(let type, let context): return .typeMismatch(type, replace(context))
        case .valueNotFound(let type, let context): return .valueNotFound(type, replace(context))
        case .keyNotFound(let missing, let context): return .keyNotFound(missing, replace(context))
        case .dataCorrupted(let context): return .dataCorrupted(replace(context))
        @unknown default: return self
        }
    }
}
