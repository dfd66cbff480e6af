/// Which variant of each union a message holds, noted as an encoder writes it: `smsspec decode` says which variant read
/// the payload (`SendAnswer.answer (SendResponse)`) at each place a union sits, a union that is a variant of another
/// beside it (`Outer.inner (Inner) → Inner.code (ReturnCode)`). A note names types and a place, never a value.
@_spi(Generated) public final class UnionVariantNotes: @unchecked Sendable {  // Filled by one encode on one thread.
    /// The places noted, in the order written, each with its variants, outermost first.
    public private(set) var notes: [(path: String, variants: [String])] = []
    /// Each note's place, its keys and indexes, to order them as the JSON is written.
    private var placeKeys: [[PathKey]] = []
    /// Every place a union sits, those past `limit` too.
    public private(set) var places = 0
    private let limit: Int
    private var lastPath: [any CodingKey]?

    /// Keeps the first `limit` places (a list of a million unions is a million of them).
    public init(keeping limit: Int) { self.limit = limit }

    /// Notes that the union `encoder` writes at its place holds `variant`, when the encoder asks
    /// (`CodingUserInfoKey.unionVariantNotes`); a generated union's `encode(to:)` calls it before writing its value.
    public static func note(_ variant: String, to encoder: any Encoder) {
        guard !encoder.userInfo.isEmpty, let notes = encoder.userInfo[.unionVariantNotes] as? UnionVariantNotes else { return }
        notes.add(variant, at: encoder.codingPath)
    }

    /// The places where an event told apart by a field held a kind its type does not list, in the order written:
    /// the whole payload is kept (`.unknown`), which its JSON alone does not say.
    public private(set) var unknownKinds: [(path: String, type: String, field: String, kind: String)] = []

    /// Notes that the event `encoder` writes at its place is of `kind`, one the type `type` does not list by its
    /// `field` (empty: the field was `null`), when the encoder asks; a generated callback enum's `encode(to:)` calls it
    /// before writing its unknown case.
    public static func noteUnknownKind(_ kind: String, of type: String, by field: String, to encoder: any Encoder) {
        guard !encoder.userInfo.isEmpty, let notes = encoder.userInfo[.unionVariantNotes] as? UnionVariantNotes,
            notes.unknownKinds.count < notes.limit
        else { return }
        notes.unknownKinds.append((DecodingErrorDescription.path(encoder.codingPath), type, field, kind))
    }

    private func add(_ variant: String, at codingPath: [any CodingKey]) {
        // A union that is a variant of another is written next, at the same place.
        if let last = lastPath, last.count == codingPath.count, zip(last, codingPath).allSatisfy({ $0.stringValue == $1.stringValue }) {
            if places <= limit, !notes.isEmpty { notes[notes.count - 1].variants.append(variant) }
            return
        }
        lastPath = codingPath
        places += 1
        if places <= limit {
            notes.append((DecodingErrorDescription.path(codingPath), [variant]))
            placeKeys.append(codingPath.map { PathKey(text: $0.stringValue, index: $0.intValue) })
        }
    }

    /// The notes in the order of their places, as JSON written with sorted keys shows them: a map's entries by key (an
    /// encoder visits a dictionary in an order that changes from run to run: a user's decode printed four orders in five
    /// runs), a list's elements by index.
    public var notesInPathOrder: [(path: String, variants: [String])] {
        notes.indices.sorted { PathKey.precedes(placeKeys[$0], placeKeys[$1]) }.map { notes[$0] }
    }

    private struct PathKey {
        let text: String
        let index: Int?

        static func precedes(_ lhs: [PathKey], _ rhs: [PathKey]) -> Bool {
            for (left, right) in zip(lhs, rhs) {
                if let a = left.index, let b = right.index, a != b { return a < b }
                if left.index == nil || right.index == nil, left.text != right.text { return left.text < right.text }
            }
            return lhs.count < rhs.count
        }
    }
}

extension CodingUserInfoKey {
    /// Set to a `UnionVariantNotes` on an encoder to note which variant each union it writes holds.
    @_spi(Generated) public static let unionVariantNotes = CodingUserInfoKey(rawValue: "smsspec.unionVariantNotes")!
}
