import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// Whether a receiver's answer to a callback is the one the spec's `acknowledgement` declares: a provider that reads
/// another answer takes the callback as not received, and resends it (SMSAPI) or logs an error (Twilio).
extension AcknowledgementModel {
    /// How much of the answer's body is read to compare it: nothing for an acknowledgement the spec does not declare
    /// (200 with an empty body is our inference: any 2xx is taken) or one of a status alone.
    /// A JSON one is read up to 64 KiB (our decision), its value being the same however its tokens are spaced.
    var bodyBytesToRead: Int? { isDeclared && contentType != nil ? declaredJSON == nil ? body.utf8.count : max(body.utf8.count, 65_536) : nil }

    /// The declared body's JSON value under a JSON media type (`application/json`, `…+json`), where it reads as one: a
    /// provider reading JSON takes the same value in any key order or spacing (a user's receiver answered Movider's
    /// `{"status": "OK", "detail": ""}` as `{"status":"OK","detail":""}`, logged as a callback not received).
    private var declaredJSON: JSONValue? {
        guard let essence = contentType.flatMap(MediaType.init)?.essence, essence == "application/json" || essence.hasSuffix("+json") else { return nil }
        return try? JSONPayload.decode(JSONValue.self, from: Data(body.utf8))
    }

    /// What differs between `answer` and this acknowledgement, for the log; nil when nothing does. The status is
    /// compared, and with a declared `contentType` the media type (`text/xml`, its type and subtype in any case) and the
    /// body as the provider reads it: its bytes in the charset the answer's Content-Type names (UTF-8 when it names
    /// none), compared with the declared text. Other parameters are not compared (our decision: `charset` is the one
    /// that changes what the provider reads).
    func mismatch(with answer: CallbackPoster.Answer) -> String? {
        guard isDeclared else { return nil }
        var differences: [String] = []
        if answer.status != status { differences.append("its status is \(answer.status)") }
        if let contentType {
            // The field's value without the whitespace around it, which RFC 9110 (section 5.5) excludes from it and
            // URLSession on Linux keeps: `text/xml\t` was reported as another Content-Type than `text/xml`.
            let answered = answer.contentType?.trimmingCharacters(in: [" ", "\t"])
            let given = answered.flatMap(MediaType.init)
            if given?.essence != MediaType(contentType)?.essence {
                differences.append(answered.map { "its Content-Type is \(DisplayText.quotedExcerpt($0))" } ?? "it has no Content-Type")
            }
            // A Content-Type that does not read as one names no charset: its bytes are read as UTF-8.
            switch Result(catching: { given == nil ? FormCharset.utf8 : try FormCharset(contentType: answered, body: answer.body, escaped: false) }) {
            case .success(let charset):
                let read = charset.text(Array(answer.body))
                // Read up to one byte past the declared body (a JSON one's 64 KiB): a longer one is none the provider
                // takes, whatever its first bytes read as (an attack's declared JSON, spaces past 64 KiB, then
                // garbage, was logged as taken), and is shown as far as it was read.
                let limit = bodyBytesToRead ?? 0
                let longer = answer.body.count > limit
                let sameJSON = !longer && declaredJSON.map { declared in read.flatMap { try? JSONPayload.decode(JSONValue.self, from: Data($0.utf8)) } == declared } ?? false
                if read != body, !sameJSON {
                    let shown = DisplayText.quotedExcerpt(read ?? String(decoding: answer.body, as: UTF8.self))
                    differences.append(
                        answer.body.isEmpty ? "its body is empty"
                            : !longer ? "its body is \(shown)"
                            : declaredJSON != nil ? "its body is longer than the \(limit) bytes read, starting \(shown)" : "its body starts \(shown)")
                }
            case .failure(let error):
                if let name = given?.charset, FormCharset(name: name) == nil {
                    differences.append("its charset \(DisplayText.quotedExcerpt(name)) is none the sandbox reads its body in (\(FormCharset.allCases.map(\.rawValue).joined(separator: ", ")))")
                } else {
                    // A charset the sandbox reads, named so that the answer has no one charset (twice, differently): the
                    // reading's words say how, where the line said the sandbox reads no "utf-8".
                    let why = if case DecodingError.dataCorrupted(let context) = error { context.debugDescription } else { DecodingErrorDescription.describe(error) }
                    differences.append("its body is not read (\(why))")
                }
            }
        }
        guard !differences.isEmpty else { return nil }
        return "not the spec's acknowledgement (\(summary)): \(differences.joined(separator: ", ")); the provider would take the callback as not received"
    }
}
