import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// `smsspec decode` named a map's unions in the order the encoder visited the dictionary, which changes from run to run
/// (a user's four orders in five runs): the notes are put in the order the JSON shows, keys sorted, indexes by number.
@Suite struct UnionVariantNotesOrderTests {
    struct Noted: Encodable {
        func encode(to encoder: any Encoder) throws {
            UnionVariantNotes.note("Variant", to: encoder)
            var container = encoder.singleValueContainer()
            try container.encode(1)
        }
    }

    struct Message: Encodable {
        var data: [String: Noted]
        var list: [Noted]
    }

    @Test func notesFollowTheWrittenJSON() throws {
        let notes = UnionVariantNotes(keeping: 100)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.userInfo[.unionVariantNotes] = notes
        let keys = ["d4", "a1", "c3", "b2", "e5", "aa", "B0"]
        _ = try encoder.encode(Message(data: Dictionary(uniqueKeysWithValues: keys.map { ($0, Noted()) }), list: Array(repeating: Noted(), count: 11)))
        let paths = notes.notesInPathOrder.map(\.path)
        #expect(paths == ["data.B0", "data.a1", "data.aa", "data.b2", "data.c3", "data.d4", "data.e5"] + (0...10).map { "list[\($0)]" }, "\(paths)")
        #expect(notes.notes.count == 18)
    }
}
