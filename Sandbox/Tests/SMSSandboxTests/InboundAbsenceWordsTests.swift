import Foundation
@testable import SMSSandbox
import Testing

/// A user's SimpleTexting spec (Specs/simpletexting-u61.yaml) without the `role: sender` it gave `contactPhone`: its
/// one callback, `WebhookReport`, discriminated by `type` into `MessageReport` (twice), `DeliveryReport` and
/// `UnsubscribeReport`, each holding its fields in `values`; `MessageReport`'s `values.text` declares `role: text`.
@Suite(.timeLimit(.minutes(1)))
struct InboundAbsenceWordsTests {
    static func provider() throws -> SandboxProvider {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/simpletexting-u61.yaml").path
        let spec = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "contactPhone: {type: string, role: sender}", with: "contactPhone: string")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("absence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("simpletexting.yaml").path
        try spec.write(toFile: copy, atomically: true, encoding: .utf8)
        return try #require(try SandboxSpecs.load(bundled: [], specPaths: [copy]).first)
    }

    /// It said "WebhookReport has no text or sender field (it has reportId, webhookId, type, values)" three times: each
    /// variant is named once, `MessageReport` as having its text in `MessageReportValues` and no sender field.
    @Test func theDiagnosticNamesEachVariantAndWhatItLacks() throws {
        let provider = try Self.provider()
        #expect(InboundCallback(provider: provider) == nil)
        let words = InboundCallback.absence(in: provider)
        #expect(!words.contains("WebhookReport has no text or sender field"), "\(words)")
        #expect(words.contains("WebhookReport's MessageReport (type INCOMING_MESSAGE, OUTGOING_MESSAGE) has no sender field, its text field (in MessageReportValues)"), "\(words)")
        #expect(words.contains("MessageReportValues has messageId, subject, mediaItems, text"), "\(words)")
        #expect(words.components(separatedBy: "MessageReport (").count == 2, "\(words)")
        #expect(words.contains("WebhookReport's UnsubscribeReport (type UNSUBSCRIBE_REPORT) has no text or sender field"), "\(words)")
    }
}
