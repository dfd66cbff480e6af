import Foundation
import SMSSpecCore
import Testing

/// Every inconsistency the reference notes list is decided in a spec, next to what it affects.
@Suite struct DecisionCoverageTests {
    static let notes = Repository.root.deletingLastPathComponent().appending(path: "shared/reference/providers.md")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: notes.path(percentEncoded: false)), "needs ../shared beside the checkout"))
    func everyListedDecisionIsRecorded() throws {
        let text = try String(contentsOf: Self.notes, encoding: .utf8)
        let listed = Set(text.matches(of: /\*\*([GBRFO][0-9]+)\*\*/).map { String($0.output.1) })
        #expect(listed.count == 12 + 13 + 16 + 12 + 14)
        let recorded = Set(try Repository.models().flatMap { $0.spec.allDecisions.map(\.id.value) })
        #expect(listed.subtracting(recorded).sorted() == [], "decided nowhere")
        #expect(recorded.subtracting(listed).sorted() == [], "not in the notes")
    }
}
