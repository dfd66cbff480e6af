/// What a change of the target's configuration (`smsspec-config.yaml`) does to the generated code.
extension SpecDiff {
    /// The `provider` of a configuration's changes: they concern every spec of the target.
    public static let configurationSubject = "smsspec-config"

    /// The changes of access level, outputs, catalog namespace and imports between two configurations.
    public static func compare(options old: GeneratorOptions, _ new: GeneratorOptions) -> [SpecChange] {
        func change(_ subject: String, _ detail: String, _ impact: SpecChange.Impact, _ kind: SpecChange.Kind = .changed) -> SpecChange {
            SpecChange(provider: configurationSubject, kind: kind, subject: subject, detail: detail, impact: impact)
        }
        var changes: [SpecChange] = []
        if old.accessLevel != new.accessLevel {
            // Other modules see less after a lower level: `public` → `package` → `internal`.
            let levels = GeneratorOptions.AccessLevel.allCases
            let narrower = levels.firstIndex(of: new.accessLevel)! > levels.firstIndex(of: old.accessLevel)!
            changes.append(change("accessLevel", "\(old.accessLevel.rawValue) → \(new.accessLevel.rawValue)", narrower ? .breaking : .compatible))
        }
        let outputs = GeneratorOptions.Output.allCases
        for output in outputs where old.outputs.contains(output) && !new.outputs.contains(output) {
            changes.append(change("output \(output.rawValue)", "no longer generated: \(output.title)", .breaking, .removed))
        }
        for output in outputs where !old.outputs.contains(output) && new.outputs.contains(output) {
            changes.append(change("output \(output.rawValue)", output.title, .compatible, .added))
        }
        if old.namespace != new.namespace {
            changes.append(change("catalog namespace", "\(old.namespace) → \(new.namespace)", .breaking))
        }
        if old.imports != new.imports {
            // The namespaces are declared by the target itself, or by the modules it imports: moving them moves API.
            let moved = old.declaresNamespaces != new.declaresNamespaces
            let shown = { (imports: [String]) in imports.isEmpty ? "none" : imports.joined(separator: ", ") }
            changes.append(change("imports", "\(shown(old.imports)) → \(shown(new.imports))", moved ? .breaking : .compatible))
        }
        return changes
    }
}
