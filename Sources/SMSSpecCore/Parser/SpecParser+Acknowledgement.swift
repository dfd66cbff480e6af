import SMSSpecVocabulary
import Yams

extension SpecParser {
    /// A callback's `acknowledgement:`, the answer its provider expects; each wrong value is reported where it is
    /// written. The decision it names is checked by the validator, which knows every decision of the spec.
    func acknowledgement(in callback: MappingReader, subject: String) -> AcknowledgementSpec? {
        let subject = "'acknowledgement' of \(subject)"
        guard let reader = callback.mapping("acknowledgement", subject: subject) else { return nil }
        reader.checkKeys(SpecKeys.acknowledgement)
        let status = reader.int("status")
        let contentType = reader.string("contentType")
        let body = reader.string("body")
        var valid = true
        func error(_ message: String, at location: SourceLocation) {
            diagnostics.error("\(subject): \(message)", at: location)
            valid = false
        }
        if let status, !(200...299).contains(status.value) {
            error("'status' must be a 2xx status (200-299), the answer that tells the provider its callback was taken; found \(status.value)", at: status.location)
        }
        if let status, let body, [204, 205].contains(status.value) {
            error("status \(status.value) carries no body (RFC 9110 §15.3.\(status.value - 199)); remove 'body' or answer 200", at: body.location)
        }
        let mediaType = contentType.flatMap { MediaType($0.value) }
        if let contentType, mediaType == nil {
            error(
                "'contentType' must be a media type: type/subtype, then '; name=value' parameters, each value a token or a quoted string "
                    + "(RFC 9110 §8.3.1: text/plain; charset=utf-8); found \(DisplayText.quotedExcerpt(contentType.value))",
                at: contentType.location)
        }
        if let body {
            // An empty body is no text to label: `body: ''` says the document's empty answer (a user's Huawei "200 OK
            // 空消息", which needed an invented Content-Type).
            if contentType == nil, !body.value.isEmpty {
                error("'body' needs a 'contentType' saying what it is (contentType: text/plain)", at: body.location)
            }
            if let problem = Self.bodyProblem(body.value, charset: mediaType?.charset) { error(problem, at: body.location) }
        }
        guard valid else { return nil }
        return AcknowledgementSpec(
            status: status?.value ?? 200, contentType: contentType?.value, body: body?.value, source: sourceReference(in: reader),
            decision: reader.string("decision"), location: reader.location)
    }

    /// Why `body` cannot be sent as it is under a Content-Type of `charset`, if it cannot.
    static func bodyProblem(_ body: String, charset: String?) -> String? {
        let bytes = body.utf8.count
        if bytes > SpecLimits.maximumAcknowledgementBytes {
            return "'body' is \(bytes) bytes in UTF-8; the limit is \(SpecLimits.maximumAcknowledgementBytes) (1 KiB)"
        }
        // Tab and line breaks are text; any other control character (a NUL ends a C string) is no text to answer.
        if let control = body.unicodeScalars.first(where: { ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0x7F }) {
            return "'body' holds the control character \(Naming.codePoint(control)), "
                + "which is no text to answer: tab, line feed and carriage return are the only ones a body may hold"
        }
        if let charset, charset != "utf-8", !body.unicodeScalars.allSatisfy(\.isASCII) {
            return "'body' is sent in UTF-8, but its 'contentType' says charset=\(DisplayText.escapedExcerpt(charset)), "
                + "in which the provider would read its non-ASCII characters otherwise; say charset=utf-8"
        }
        return nil
    }
}
