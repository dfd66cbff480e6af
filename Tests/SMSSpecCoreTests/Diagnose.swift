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
