import Foundation
import SMSSpecRuntime

/// An answer whose body the spec gives no shape for (Ginota's balance): its status and bytes, as received.
public struct UndocumentedAnswer: Hashable, Sendable {
    public let httpStatus: Int
    public let body: Data

    public init(httpStatus: Int, body: Data) {
        self.httpStatus = httpStatus
        self.body = body
    }
}

/// How to read one message an operation's answers carry, by the message's generated name in the operation
/// descriptor. The HTTP status decides its role: under 2xx the message is the result, under any other status it is
/// read only for the codes it reports.
public struct MessageReader<Success: Sendable>: Sendable {
    /// Reads an answer's body; the answer's `Content-Type` says the charset of a form.
    /// Reads an answer's body; a form or text declaring no charset is read in the provider's (`formCharset`).
    let read: @Sendable (Data, _ contentType: String?, _ formCharset: FormCharset) throws -> Read
    /// How the message travels, to say so when an answer does not decode and its `Content-Type` names another.
    var wire: PayloadEncoding = .json
    /// A plain-text message's fields by the form that read each (`TextAnswer.fieldsRead`): where its reason is.
    var textFields: (@Sendable (Data, _ contentType: String?, _ formCharset: FormCharset) -> [[(name: String, value: String)]]?)?

    /// What one answer's body read as.
    struct Read {
        /// The operation's result, when the message is the result.
        var result: Success?
        /// Every status code in the message.
        var reports: [StatusReport]
        /// The message itself, for a failure to carry (`ProviderError.answer(as:)`).
        var message: (any Sendable)?
    }

    /// The operation's result: decoded, its status codes collected.
    public static func result<Message: Decodable & Sendable>(
        _ type: Message.Type, wire: PayloadEncoding = .json, as wrap: @escaping @Sendable (Message) -> Success
    ) -> Self {
        MessageReader(
            read: { data, contentType, charset in
                let message = try decode(Message.self, from: data, wire: wire, contentType: contentType, otherwise: charset)
                return Read(result: wrap(message), reports: statusReports(of: message), message: message)
            }, wire: wire, textFields: textFields(of: Message.self, wire: wire))
    }

    /// A message the operation answers with besides its result (an error body): read for its codes, and kept for
    /// the failure it explains.
    public static func reports<Message: Decodable & Sendable>(_ type: Message.Type, wire: PayloadEncoding = .json) -> Self {
        MessageReader(
            read: { data, contentType, charset in
                let message = try decode(Message.self, from: data, wire: wire, contentType: contentType, otherwise: charset)
                return Read(result: nil, reports: statusReports(of: message), message: message)
            }, wire: wire, textFields: textFields(of: Message.self, wire: wire))
    }

    /// How a plain-text message's fields are read again for its reason, in the charset `decode` reads it in.
    static func textFields<Message: Decodable & Sendable>(
        of type: Message.Type, wire: PayloadEncoding
    ) -> (@Sendable (Data, String?, FormCharset) -> [[(name: String, value: String)]]?)? {
        guard wire == .text else { return nil }
        return { data, contentType, fallback in
            guard let charset = try? FormCharset(contentType: contentType, body: data, escaped: false, otherwise: fallback) else { return nil }
            return TextAnswer.fieldsRead(Message.self, from: data, charset: charset)
        }
    }

    /// A form or plain-text answer in the charset its `Content-Type` declares (`fallback`, the provider's, when none), as
    /// receivers read callbacks.
    static func decode<Message: Decodable>(
        _ type: Message.Type, from data: Data, wire: PayloadEncoding, contentType: String?, otherwise fallback: FormCharset = .utf8
    ) throws -> Message {
        switch wire {
        case .form, .query:
            try FormDecoder(charset: FormCharset(contentType: contentType, body: data, escaped: true, otherwise: fallback)).decode(Message.self, from: data)
        case .text:
            try TextAnswer.decodeAnswer(Message.self, from: data, charset: FormCharset(contentType: contentType, body: data, escaped: false, otherwise: fallback))
        case .json, .none: try JSONPayload.decode(Message.self, from: JSONPayload.inProvidersCharset(data, contentType: contentType, charset: fallback))
        }
    }

    static func statusReports(of message: some Any) -> [StatusReport] {
        (message as? any StatusCarrying)?.statusReports ?? []
    }
}

extension MessageReader {
    /// The operation's result, when it is the message itself.
    public static func result(_ type: Success.Type, wire: PayloadEncoding = .json) -> Self where Success: Decodable {
        result(type, wire: wire, as: { $0 })
    }
}

/// How a client reads the answers of one operation: the readers of its messages, and what a 2xx answer without a
/// documented shape becomes.
public struct AnswerReading<Success: Sendable>: Sendable {
    let messages: [String: MessageReader<Success>]
    let undocumented: (@Sendable (UndocumentedAnswer) -> Success)?

    public init(messages: [String: MessageReader<Success>], undocumented: (@Sendable (UndocumentedAnswer) -> Success)? = nil) {
        self.messages = messages
        self.undocumented = undocumented
    }
}

extension AnswerReading where Success == UndocumentedAnswer {
    /// An operation whose successful answer has no documented shape: the status and bytes are the result.
    public static func undocumented(messages: [String: MessageReader<Success>] = [:]) -> Self {
        AnswerReading(messages: messages, undocumented: { $0 })
    }
}

/// The request of an operation that takes no parameters (OCA's history): an empty message.
public struct NoRequest: ProviderMessage, Hashable {
    public init() {}
}
