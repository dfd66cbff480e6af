import SMSSpecVocabulary

extension SpecValidator {
    /// A success flag written as a JSON boolean (`wire: boolean`) goes into a form, the query, the path or a header as
    /// the provider's `formBooleans` writes a boolean: 1 or 0 by default, which its codes `true` and `false` do not
    /// read back (`ok=0` reads as an undocumented code), and which the provider never documented for it. The field is
    /// an error unless the table writes text (`wire: string`), the provider writes booleans as words, or each entry has
    /// the digit as an alias (`'1'` on `true`, `'0'` on `false`). A list with a `separator` is written from each code's
    /// text, so it passes.
    func checkFlagSentAsText(_ field: FieldSpec, subject: String, sentIn place: String) {
        guard spec.formBooleans == .digits, field.separator == nil else { return }
        let named: String? = switch field.type.value {
        case .named(let name), .array(.named(let name)): name
        default: nil
        }
        guard let name = named, let table = names.tablesByName[name], table.codeType == .bool, table.wire == .boolean else { return }
        let readsDigits = table.entries.allSatisfy { entry in
            guard let flag = Bool(entry.code.value) else { return true }
            return entry.aliases.contains { $0.value.trimmingWhitespace == FormBooleans.digits.text(flag) }
        }
        guard !readsDigits else { return }
        diagnostics.error(
            "\(subject) is sent \(place), where the flag of table '\(name)' (wire: boolean) is written as the provider's formBooleans "
                + "writes a boolean, 1 or 0, which its codes true and false do not read: give the table 'wire: string' (true and false "
                + "as text), the provider 'formBooleans: true/false', or its entries the aliases '1' and '0' if the provider sends those",
            at: field.type.location)
    }
}
