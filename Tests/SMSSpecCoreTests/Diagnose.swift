import SMSSpecCore

/// What the generator says of one spec: nothing when it generates, otherwise every diagnostic as printed.
func diagnose(_ yaml: String, path: String = "specs/acme.yaml") -> [String] {
    do {
        _ = try Generator.swiftSources(for: [SpecInput(path: path, contents: yaml)], options: GeneratorOptions())
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// Every diagnostic lint gives a spec, warnings included (a spec with warnings alone still generates).
func lintDiagnostics(_ yaml: String, path: String = "specs/acme.yaml") -> [String] {
    let diagnostics = DiagnosticCollector()
    _ = Generator.models(for: [SpecInput(path: path, contents: yaml)], diagnostics: diagnostics)
    return diagnostics.diagnostics.map(\.description)
}
