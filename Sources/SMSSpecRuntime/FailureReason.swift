import Foundation

extension ResponseDescriptor {
    /// What a failed answer says in words: the text at the first of `reasonPaths` that holds text other than
    /// whitespace in `body`, JSON already in UTF-8; nil when none does or the body is no JSON object.
    public func reason(in body: Data) -> String? {
        guard !reasonPaths.isEmpty, let value = try? JSONPayload.decode(JSONValue.self, from: body) else { return nil }
        for path in reasonPaths {
            var held: JSONValue? = value
            for name in path { held = held?.members?[name] }
            if case .string(let text)? = held, text.contains(where: { !$0.isWhitespace }) { return text }
        }
        return nil
    }
}
