import SMSSpecCore
import SMSSpecRuntime

/// A text the provider's examples pair with the code beside it (Melipayamak's `StrRetStatus`: "Ok" beside `RetStatus`
/// 1, "InvalidUserPass" beside 0): a refusal of code 17 said "InvalidUserPass", the example's of another code, and one
/// of 11 built from a success's example said "Ok".
extension PayloadBuilder {
    /// The words a text field `name` says beside `entry` in the field `codeField` of `entry`'s table, where the
    /// provider's examples pair the two (of every shape with both fields): at least two codes, each with one text of
    /// its own. The text an example pairs with `entry`, else the entry's words (`words(of:in:)`). Nil
    /// where the examples do not pair them.
    func pairedWords(_ name: String, codeField: String, entry: StatusEntry, table: StatusTable, operation: String) -> String? {
        var texts: [String: String] = [:]
        for shape in provider.model.shapes {
            let holds = shape.fields.contains { $0.spec.wireName.value == name && $0.type == .string }
                && shape.fields.contains { field in
                    guard field.spec.wireName.value == codeField, case .table(let reference) = field.type else { return false }
                    return reference.swiftName == table.id
                }
            guard holds else { continue }
            for example in provider.examples(of: [shape.spec.name.value, shape.swiftName]) {
                guard case .string(let text)? = example[member: name], let code = example[member: codeField].flatMap(table.entry(of:)) else { continue }
                if let known = texts[code.code], known != text { return nil }
                texts[code.code] = text
            }
        }
        guard texts.count >= 2, Set(texts.values).count == texts.count else { return nil }
        // Texts that are verdict words only (`success`, `error`) say the outcome, not the code: the word the examples
        // pair with a code of the answer's outcome (our rule). A user's SMS Gateway Center `status` ("success or
        // error.") said "Invalid mobile number" for its code 904, where its examples say "error".
        if texts.values.allSatisfy({ Self.verdictWords.contains($0.lowercased()) }) {
            let same = Set(texts.compactMap { code, text in table.entry(for: code).map { $0.outcome == entry.outcome } == true ? text : nil })
            if let word = texts[entry.code] ?? (same.count == 1 ? same.first : nil) { return word }
        }
        // Else the code's own words (`words(of:in:)`): its name, its summary where it has none or the name is a
        // machine's (camel case, `_`): a user's Netgsm refusals said `"description": "InvalidHeader"`, where its examples
        // pair sentences ("queued", "Invalid username, password or no API access") with their codes.
        return texts[entry.code] ?? Self.words(of: entry, in: operation)
    }

    /// Words that say a request's outcome, not why: a field the examples give only these is a verdict.
    static let verdictWords: Set<String> = [
        "success", "successful", "succeeded", "ok", "okay", "done", "accepted", "error", "err", "errors", "fail", "failed", "failure",
        "rejected", "refused", "true", "false", "yes", "no",
    ]
}
