import Foundation

/// The credentials a payload that does not decode carries, so that its decoding error, which may quote a field
/// repeating one (Ginota's `dlr=<the key>`: `"Sup3rSecretPW" is not a boolean`), shows none: the values at its top
/// level under the names of `fields` — a JSON object's members (texts and numbers) or a form's fields — of
/// `Secret.shortestFoundInText` characters or more.
@_spi(Generated) public enum PayloadSecrets {
    public static func values(in payload: Data, named fields: Set<String>, charset: FormCharset = .utf8) -> [String] {
        guard !fields.isEmpty else { return [] }
        var found: [String] = []
        if let object = (try? JSONSerialization.jsonObject(with: payload, options: [.fragmentsAllowed])) as? [String: Any] {
            for (name, value) in object where fields.contains(name) {
                if let text = value as? String { found.append(text) } else if let number = value as? NSNumber { found.append(number.stringValue) }
            }
        } else if let form = try? FormDecoder.parse(payload, charset: charset) {
            for field in form where fields.contains(field.name) { found.append(field.value) }
        }
        return found.distinctByBytes().filter { $0.utf8.count >= Secret.shortestFoundInText }.sorted()
    }
}
