import Foundation

/// Payloads made from a valid one with one thing changed, for tests that hold two decoders to the same verdicts.
public enum PayloadMutations {
    /// For JSON: a key removed, or a value (or a list element) at any depth replaced by another kind of value. For a
    /// form or query: a field removed, repeated, or given other text.
    public static func of(_ payload: String, isJSON: Bool) -> [String] {
        isJSON ? json(payload) : form(payload)
    }

    private static func form(_ payload: String) -> [String] {
        let pairs = payload.split(separator: "&", omittingEmptySubsequences: false).map(String.init)
        var payloads: [String] = []
        for (index, pair) in pairs.enumerated() {
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? pair
            payloads.append((pairs[..<index] + pairs[(index + 1)...]).joined(separator: "&"))
            payloads.append((pairs + [pair]).joined(separator: "&"))
            for value in ["", "x", "7", "007", "%2B7", "-1", "1.5", "true", "%FF", "1e400"] {
                var changed = pairs
                changed[index] = "\(name)=\(value)"
                payloads.append(changed.joined(separator: "&"))
            }
        }
        return payloads
    }

    private static func json(_ payload: String) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(payload.utf8), options: [.fragmentsAllowed]) else { return [] }
        let replacements: [Any] = [NSNull(), "x", "7", "007", 7, -1.5, true, [Any](), [String: Any](), ["x"], ["a": 1]]
        return variants(of: root, replacements: replacements).compactMap { value in
            (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Every value made from `value` by removing one key or replacing one value at any depth.
    private static func variants(of value: Any, replacements: [Any]) -> [Any] {
        var result: [Any] = []
        if let object = value as? [String: Any] {
            for (key, field) in object.sorted(by: { $0.key < $1.key }) {
                var removed = object
                removed[key] = nil
                result.append(removed)
                for changed in replacements + variants(of: field, replacements: replacements) {
                    var replaced = object
                    replaced[key] = changed
                    result.append(replaced)
                }
            }
        } else if let list = value as? [Any] {
            for (index, element) in list.enumerated() {
                for changed in replacements + variants(of: element, replacements: replacements) {
                    var replaced = list
                    replaced[index] = changed
                    result.append(replaced)
                }
            }
        }
        return result
    }
}
