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
}
