import SMSSpecVocabulary
import Yams

extension SpecParser {
    /// The methods a callback may arrive by.
    static let callbackMethods = ["GET", "POST", "PUT"]

    /// A callback's `method:`: one method, or a list of them (`[GET, POST]`), each once. Each wrong one is reported
    /// where it is written, with the nearest right one; nil when the key is absent or lists a wrong one (not read as a
    /// list of the others: `[GET, DELETE]` is no GET callback).
    func callbackMethods(in callback: MappingReader, subject: String) -> [Located<String>]? {
        guard let node = callback.node("method"), let written = callback.strings("method") else { return nil }
        if case .sequence(let items) = node, items.count != written.count { return nil }  // An item that is no text, reported.
        guard !written.isEmpty else {
            diagnostics.error(
                "'method' of \(subject) lists no method; give one of \(Self.callbackMethods.joined(separator: ", ")), or a list of them",
                at: callback.node("method")?.location(in: file) ?? callback.keyLocation("method"))
            return nil
        }
        var methods: [Located<String>] = []
        var allKnown = true
        for method in written {
            guard Self.callbackMethods.contains(method.value) else {
                diagnostics.error(
                    "'method' of \(subject) must be one of \(Self.callbackMethods.joined(separator: ", ")); found '\(method.value)'"
                        + Suggestions.hint(for: method.value, in: Self.callbackMethods),
                    at: method.location)
                allKnown = false
                continue
            }
            guard !methods.contains(where: { $0.value == method.value }) else {
                diagnostics.error("'method' of \(subject) lists \(method.value) twice; remove one", at: method.location)
                continue
            }
            methods.append(method)
        }
        return allKnown ? methods : nil
    }

    /// A callback's `encoding:`: one encoding (`json`, `form`, `query`), or a list of body encodings a request may
    /// carry, told by its Content-Type (`[json, form]`: when it names neither, JSON for a JSON object or list, else the form), each once. nil when the key
    /// is absent or a wrong one is written (reported where it is).
    func callbackEncodings(in callback: MappingReader, subject: String) -> [EncodingKind]? {
        let bodies = [EncodingKind.json, .form].map(\.rawValue)
        guard let node = callback.node("encoding"), case .sequence = node else {
            return callback.choice("encoding", [EncodingKind.json, .form, .query].map(\.rawValue), hints: Self.mediaTypeHints)
                .flatMap { EncodingKind(rawValue: $0.value) }.map { [$0] }
        }
        guard let written = callback.strings("encoding") else { return nil }
        guard !written.isEmpty else {
            diagnostics.error("'encoding' of \(subject) lists no encoding; give json, form or query, or a list of json and form", at: node.location(in: file))
            return nil
        }
        var encodings: [EncodingKind] = []
        for item in written {
            guard bodies.contains(item.value), let encoding = EncodingKind(rawValue: item.value) else {
                let hint = item.value == EncodingKind.query.rawValue
                    ? " (a query is a GET's payload, which has no Content-Type to choose by: list GET in 'method', and its query is read)"
                    : Self.mediaTypeHints[item.value.lowercased()].map { " (\($0))" } ?? Suggestions.hint(for: item.value, in: bodies)
                diagnostics.error("an encoding in the list of \(subject) must be one of \(bodies.joined(separator: ", ")); found '\(item.value)'\(hint)", at: item.location)
                return nil
            }
            guard !encodings.contains(encoding) else {
                diagnostics.error("'encoding' of \(subject) lists \(item.value) twice; remove one", at: item.location)
                return nil
            }
            encodings.append(encoding)
        }
        return encodings.count == written.count ? encodings : nil
    }
}
