import Foundation

/// A message a provider writes as plain text in one of a few forms (SMSGlobal's `OK: 0; Sent queued message ID: …`,
/// `ERROR: 402`): its fields are the values the first form the text takes gives, each read as a form field's.
public protocol TextMessage: Decodable {
    /// The forms, tried in order.
    static var textForms: TextForms { get }
}

/// Reads and writes `TextMessage`s.
public enum TextAnswer {
    /// The message `data` holds, read in the charset its `Content-Type` declares (UTF-8 when none), within
    /// `PayloadLimits`. Line breaks at either end are not part of it. The forms are tried in order, as a union's
    /// variants are: the first the text takes and whose values read as the fields' types gives the message (Kannel's
    /// `{code}: {text}` with an `Int` code does not take `ID: 3a63`). Text that takes no form is an error that quotes
    /// its start (only its length when a field is a credential) and names the forms; text whose values do not read in
    /// any form it takes, the first such form's error.
    public static func decode<Message: Decodable>(
        _ type: Message.Type, from data: Data, forms: TextForms, charset: FormCharset = .utf8
    ) throws -> Message {
        try decode(from: data, forms: forms, charset: charset) { try FormDecoder(charset: charset).decode(type, fromFields: $0) }
    }

    /// As `decode(_:from:forms:charset:)`, each form's fields read by `read`.
    public static func decode<Message>(
        from data: Data, forms: TextForms, charset: FormCharset, reading read: ([(name: String, value: String)]) throws -> Message
    ) throws -> Message {
        try PayloadLimits.checkSize(of: data)
        guard !forms.forms.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The message is not written as plain text: it has no text forms."))
        }
        guard let text = charset.text(Array(data)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The answer is not valid \(charset.rawValue) text."))
        }
        let answer = TextForms.trimmed(text)
        var firstError: (any Error)?
        for form in forms.forms {
            guard let fields = form.fields(in: answer) else { continue }
            do {
                return try read(fields)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        let expected = forms.forms.map { DisplayText.quotedExcerpt($0.template) }.joined(separator: " or ")
        let shown = forms.secretFields.isEmpty ? DisplayText.quotedExcerpt(answer)
            : "(\(answer.unicodeScalars.count) characters, not quoted: it may hold the credential "
                + forms.secretFields.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The answer \(shown) takes none of its forms: \(expected)."))
    }

    /// The forms of a `TextMessage` type; none (so nothing reads as it) for any other.
    public static func forms<Message>(of type: Message.Type) -> TextForms {
        (type as? any TextMessage.Type)?.textForms ?? []
    }

    public static func decode<Message: TextMessage>(_ type: Message.Type, from data: Data, charset: FormCharset = .utf8) throws -> Message {
        try decode(type, from: data, forms: Message.textForms, charset: charset)
    }

    /// The text of `message` in the first of its forms that holds exactly its present fields and reads back as
    /// them; an error when none does (a value holding the text that follows its field in every form that has it).
    public static func encode<Message: TextMessage & Encodable>(_ message: Message) throws -> String {
        let fields = try FormEncoder.fields(of: message)
        let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
        guard values.count == fields.count, let text = Message.textForms.text(with: values) else {
            throw EncodingError.invalidValue(message, .init(
                codingPath: [], debugDescription: "No text form of \(Message.self) holds exactly its fields \(fields.map(\.name).sorted()) and reads back as them."))
        }
        return text
    }
}
