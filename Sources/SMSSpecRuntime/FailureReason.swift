import Foundation

extension ResponseDescriptor {
    /// What a failed answer says in words: the text at the first of `reasonPaths` that holds text other than
    /// whitespace in `body`, JSON already in UTF-8; nil when none does or the body is no JSON object. A list on the
    /// way is looked through, element by element in order (JSON:API's `errors.detail` is the first error's that has
    /// one), at most `elementsLookedAt` of them.
    public func reason(in body: Data) -> String? {
        guard !reasonPaths.isEmpty, let value = try? JSONPayload.decode(JSONValue.self, from: body) else { return nil }
        for path in reasonPaths {
            if let text = Self.text(at: path[...], in: value) { return text }
        }
        return nil
    }

    /// What a failed plain-text answer says in words: the first of `reasonPaths` naming one field (a text answer's
    /// fields are one level) that holds text other than whitespace in the first message that has it, of the messages
    /// `TextAnswer.fieldsRead` gives (one, or a list's first `elementsLookedAt`).
    public func reason(inFields messages: [[(name: String, value: String)]]) -> String? {
        for path in reasonPaths where path.count == 1 {
            for fields in messages.prefix(Self.elementsLookedAt) {
                if let value = fields.first(where: { $0.name == path[0] })?.value, value.contains(where: { !$0.isWhitespace }) { return value }
            }
        }
        return nil
    }

    /// The elements of one list a reason is looked for in: an answer's errors are few, and a list of a million would
    /// be read a million times over for each path.
    static let elementsLookedAt = 100

    /// Each node of the answer is looked at once at most, and a list of lists is no place a spec's reason stands.
    private static func text(at path: ArraySlice<String>, in value: JSONValue, inList: Bool = false) -> String? {
        if case .array(let elements) = value {
            guard !inList else { return nil }
            return elements.prefix(elementsLookedAt).lazy.compactMap { text(at: path, in: $0, inList: true) }.first
        }
        guard let name = path.first else {
            guard case .string(let text) = value, text.contains(where: { !$0.isWhitespace }) else { return nil }
            return text
        }
        return value.members?[name].flatMap { text(at: path.dropFirst(), in: $0) }
    }
}
