import SMSSpecVocabulary

extension TableModel {
    /// How the generated code writes `code` back when it reads it: the documented entry's own wire spelling (Plivo's
    /// `"000"` for 0, `2` for `"02"`, the code for an alias), or nil for a code the table does not list, which is
    /// kept as it came (`unknown`).
    func writtenSpelling(of code: String) -> String? {
        guard let entry = resolved.entry(for: code), let row = resolved.entries.firstIndex(where: { $0.code == entry.code }) else { return nil }
        switch resolved.wireSpellings[row] {
        case .number(let number): return String(number)
        case .text(let text): return text
        }
    }
}
