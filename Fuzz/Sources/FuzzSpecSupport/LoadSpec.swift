// What the spec harnesses share: one spec file through the loader, parser, validator and model builder.
import SMSSpecCore

/// The models of a spec text, or nil when it has errors; traps when a diagnostic does not point into the file.
public func loadSpec(_ bytes: UnsafeBufferPointer<UInt8>, path: String = "fuzz.yaml") -> [ProviderModel]? {
    let text = String(decoding: bytes, as: UTF8.self)
    let diagnostics = DiagnosticCollector()
    let models = Generator.models(for: [SpecInput(path: path, contents: text)], diagnostics: diagnostics)
    for diagnostic in diagnostics.diagnostics {
        // Every diagnostic points into the file it is about.
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "unlocated diagnostic: \(diagnostic)")
    }
    return diagnostics.hasErrors ? nil : models
}
