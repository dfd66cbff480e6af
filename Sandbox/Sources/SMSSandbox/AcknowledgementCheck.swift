import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// Whether a receiver's answer to a callback is the one the spec's `acknowledgement` declares: a provider that reads
/// another answer takes the callback as not received, and resends it (SMSAPI) or logs an error (Twilio).
extension AcknowledgementModel {
    /// How much of the answer's body is read to compare it: nothing for an acknowledgement the spec does not declare
    /// (200 with an empty body is our inference: any 2xx is taken) or one of a status alone.
    var bodyBytesToRead: Int? { isDeclared && contentType != nil ? body.utf8.count : nil }

    /// What differs between `answer` and this acknowledgement, for the log; nil when nothing does. The status is
    /// compared, and with a declared `contentType` the media type (`text/xml`, whatever its parameters or case) and
    /// the body, byte for byte.
    func mismatch(with answer: CallbackPoster.Answer) -> String? {
        guard isDeclared else { return nil }
        var differences: [String] = []
        if answer.status != status { differences.append("its status is \(answer.status)") }
        if let contentType {
            let given = answer.contentType.flatMap(MediaType.init)
            if given?.essence != MediaType(contentType)?.essence {
                differences.append(answer.contentType.map { "its Content-Type is \(DisplayText.quotedExcerpt($0))" } ?? "it has no Content-Type")
            }
            let expected = Data(body.utf8)
            if answer.body != expected {
                // Read up to one byte past the declared body: a longer one is shown as far as it was read.
                let read = DisplayText.quotedExcerpt(String(decoding: answer.body, as: UTF8.self))
                differences.append(answer.body.isEmpty ? "its body is empty" : answer.body.count > expected.count ? "its body starts \(read)" : "its body is \(read)")
            }
        }
        guard !differences.isEmpty else { return nil }
        return "not the spec's acknowledgement (\(summary)): \(differences.joined(separator: ", ")); the provider would take the callback as not received"
    }
}
