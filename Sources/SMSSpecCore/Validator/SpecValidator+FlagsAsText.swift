import SMSSpecVocabulary

extension SpecValidator {
    /// A success flag written as a JSON boolean (`wire: boolean`) goes into a form, the query, the path or a header as
    /// the provider's `formBooleans` writes a boolean: 1 or 0 by default, which its codes `true` and `false` do not
    /// read back (`ok=0` reads as an undocumented code), and which the provider never documented for it. The field is
    /// an error unless the table writes text (`wire: string`), the provider writes booleans as words, or each entry has
    /// the digit as an alias (`'1'` on `true`, `'0'` on `false`); so is a field whose union holds such a flag, as a
    /// variant or a list of them. A list with a `separator` is written from each code's text, so it passes.
    func checkFlagSentAsText(_ field: FieldSpec, subject: String, sentIn place: String) {
        guard spec.formBooleans == .digits, field.separator == nil, let (name, variant) = flagWrittenAsADigit(in: field.type.value) else { return }
        let held = variant.map { ", variant '\($0.name)' of union '\($0.union)'," } ?? ""
        diagnostics.error(
            "\(subject) is sent \(place), where the flag of table '\(name)' (wire: boolean)\(held) is written as the provider's formBooleans "
                + "writes a boolean, 1 or 0, which its codes true and false do not read: give the table 'wire: string' (true and false "
                + "as text), the provider 'formBooleans: true/false', or its entries the aliases '1' and '0' if the provider sends those",
            at: field.type.location)
    }

    /// The first flag table written as a JSON boolean whose codes do not read the digits that `type` is, or holds
    /// through lists, list shapes and union variants, with the union variant nearest it; nil when there is none.
    private func flagWrittenAsADigit(in type: TypeExpression) -> (table: String, variant: (union: String, name: String)?)? {
        var pending: [(type: TypeExpression, variant: (union: String, name: String)?)] = [(type, nil)]
        var opened: Set<String> = []
        while let (type, variant) = pending.popLast() {
            switch type {
            case .array(let element): pending.append((element, variant))
            case .named(let name):
                if let table = names.tablesByName[name] {
                    if table.codeType == .bool, table.wire == .boolean, !Self.readsDigits(table) { return (name, variant) }
                } else if let union = names.unionsByName[name], opened.insert(name).inserted {
                    pending += union.variants.reversed().map { ($0.type.value, (name, $0.name.value)) }
                } else if let items = names.shapesByName[name]?.items, opened.insert(name).inserted {
                    pending.append((items.value, variant))
                }
            case .primitive, .map: continue
            }
        }
        return nil
    }

    /// Whether each flag code of `table` has its digit (`FormBooleans.digits`) as an alias.
    private static func readsDigits(_ table: TableSpec) -> Bool {
        table.entries.allSatisfy { entry in
            guard let flag = Bool(entry.code.value) else { return true }
            return entry.aliases.contains { $0.value.trimmingWhitespace == FormBooleans.digits.text(flag) }
        }
    }
}
