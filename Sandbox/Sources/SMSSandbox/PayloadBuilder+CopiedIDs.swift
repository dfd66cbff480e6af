import SMSSpecRuntime

extension PayloadBuilder {
    /// `out` with the ids its example's texts quote replaced by the ids the answer gives: a text copied from the
    /// example that holds the example's id verbatim (Orange's `resourceURL` `…/requests/<id>`, Twilio's `uri`
    /// `…/Messages/SM….json` and `subresource_uris`) kept the example's id after a fresh one was made; a text that is
    /// not the example's there (an echo of the request), or is the id alone, is left as it is. The ids are the
    /// object's own id fields and those of the objects it holds (not of its lists, whose elements do so for
    /// themselves), whose value is not the example's (fresh, echoed or quoted); an id is replaced where it stands
    /// alone (no letter or digit either side: `AC` in `ACXX…` is no id), of 4 characters at least, and not where two
    /// fields of the example with the same id were given two ids.
    static func replacingExampleIDs(in out: [String: JSONValue], example base: [String: JSONValue]) -> [String: JSONValue] {
        var changes: [String: String?] = [:]
        collectIDChanges(out, base: base, into: &changes)
        let pairs = changes.compactMap { old, new in new.map { (old: old, new: $0) } }.sorted { $0.old.count > $1.old.count }
        guard !pairs.isEmpty else { return out }
        // Only a text copied as the example has it, at the same place, and more than the id alone: an echo of the
        // request is the request's (Infobip's `to` 41793026727 is its example's `messageId` too).
        // An id that is a path ending with another id of the example (LOX24's `@id` `/sms/<uuid>` beside its `uuid`)
        // is that path ending with the id the answer gives: it was a fresh path quoting no id of the answer.
        func quotesID(_ example: JSONValue) -> String? {
            guard case .string(let text) = example, text.contains("/"),
                let pair = pairs.first(where: { $0.old != text && text.hasSuffix("/" + $0.old) })
            else { return nil }
            return String(text.dropLast(pair.old.count)) + pair.new
        }
        func replaced(_ value: JSONValue, example: JSONValue?, name: String) -> JSONValue {
            switch value {
            case .string(let text) where value == example:
                var written = text
                for pair in pairs where pair.old != text { written = replacingWhole(pair.old, with: pair.new, in: written) }
                return .string(written)
            case .string where isIdentifier(name) && example.flatMap(quotesID) != nil:
                return .string(example.flatMap(quotesID)!)
            case .object(let members):
                return .object(members.reduce(into: [:]) { result, member in
                    result[member.key] = replaced(member.value, example: example?[member: member.key], name: member.key)
                })
            case .array(let items):
                let examples = example?.items ?? []
                return .array(items.enumerated().map { index, item in replaced(item, example: examples.indices.contains(index) ? examples[index] : nil, name: name) })
            default: return value
            }
        }
        return out.reduce(into: [:]) { result, member in result[member.key] = replaced(member.value, example: base[member.key], name: member.key) }
    }

    /// The ids of `out` (and of the objects it holds) whose text differs from the example's, by the example's text;
    /// nil for one given two different ids.
    private static func collectIDChanges(_ out: [String: JSONValue], base: [String: JSONValue], into changes: inout [String: String?]) {
        for (name, value) in out {
            guard let old = base[name] else { continue }
            if case .object(let inner) = value, let innerBase = old.members {
                collectIDChanges(inner, base: innerBase, into: &changes)
                continue
            }
            guard isIdentifier(name), let oldText = idText(old), let newText = idText(value), oldText != newText, oldText.count >= 4 else { continue }
            if let known = changes[oldText] {
                if known != newText { changes[oldText] = .some(nil) }
            } else {
                changes[oldText] = .some(newText)
            }
        }
    }

    private static func idText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text.isEmpty ? nil : text
        case .number(let number): number.text
        default: nil
        }
    }

    /// `text` with each occurrence of `old` that has no ASCII letter or digit beside it replaced by `new`.
    static func replacingWhole(_ old: String, with new: String, in text: String) -> String {
        guard text.contains(old) else { return text }
        func joins(_ character: Character?) -> Bool { character.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: old) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            result += rest[..<range.lowerBound]
            if joins(before) || joins(after) {
                result += rest[range]
            } else {
                result += new
            }
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
