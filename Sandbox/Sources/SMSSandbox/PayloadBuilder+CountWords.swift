import SMSSpecCore
import SMSSpecRuntime

/// A text copied from the example that quotes the example's count says the count written.
extension PayloadBuilder {
    /// `out`, an object of `shape` built from `example`, with each text kept from the example that quotes, once, as a
    /// number standing alone, the example's value of the one count field written anew (`count(in:plan:)`, or a count
    /// of a list: `countLists`), quoting the new count (our rule): a user's Sparrow send to two numbers answered
    /// `"count": 2` beside the example's "1 mesages has been queued for delivery". A text quoting it twice or more,
    /// or beside several counts written anew with different values, is kept.
    func agreeingCounts(_ out: [String: JSONValue], of shape: ShapeModel, example: [String: JSONValue], plan: PayloadPlan) -> [String: JSONValue] {
        guard !plan.isFailure else { return out }
        let changed = Set(shape.fields.compactMap { field -> [String]? in
            let name = field.spec.wireName.value
            guard [.int, .int64].contains(field.type), case .number(let old)? = example[name], case .number(let new)? = out[name], old.text != new.text,
                count(in: field, plan: plan) != nil || ["count", "total"].contains(where: { Self.plain(name).hasSuffix($0) })
            else { return nil }
            return [old.text, new.text]
        })
        guard changed.count == 1, let pair = changed.first else { return out }
        var out = out
        for field in shape.fields where field.type == .string && field.spec.role == nil && !isIdentifier(field) {
            let name = field.spec.wireName.value
            guard case .string(let text)? = out[name], example[name] == out[name], let quoted = Self.quoting(text, pair[0], as: pair[1]) else { continue }
            out[name] = .string(quoted)
        }
        return out
    }

    /// `text` with the one number standing alone that is `old` (not part of a word, a longer number, a decimal or a
    /// signed number) written `new`; nil where `text` quotes `old` so not once.
    static func quoting(_ text: String, _ old: String, as new: String) -> String? {
        let characters = Array(text)
        var found: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let before = index > 0 ? characters[index - 1] : nil
            let after = end < characters.count ? characters[end] : nil
            let afterNext = end + 1 < characters.count ? characters[end + 1] : nil
            let alone = !(before.map { $0.isLetter || $0.isNumber || ".,+-".contains($0) } ?? false)
                && !(after.map { $0.isLetter || $0.isNumber } ?? false)
                && !(after.map { ".,".contains($0) } == true && afterNext?.isNumber == true)
            if alone, String(characters[index..<end]) == old { found.append(index..<end) }
            index = end
        }
        guard found.count == 1, let range = found.first else { return nil }
        return String(characters[..<range.lowerBound]) + new + String(characters[range.upperBound...])
    }
}
