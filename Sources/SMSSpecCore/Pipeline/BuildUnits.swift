import Foundation

/// The build plugin's commands: one per spec, writing that spec's files and its claim into a folder of its own, and
/// one writing the catalog from the claims. Editing one spec runs its command only (and the catalog's when the id
/// or namespace changes), so an edit costs the same whatever the number of specs, and no other output changes.
public enum BuildUnits {
    /// One spec's command: the spec, the folder (under the plugin's output) and the files it writes there.
    public struct SpecUnit: Codable, Sendable {
        public let spec: String
        public let folder: String
        public let outputs: [String]
    }

    public static func specUnits(of plan: GenerationPlan) -> [SpecUnit] {
        plan.specs.map { path in
            let stem = SpecInput(path: path, contents: "").stem
            return SpecUnit(spec: path, folder: stem, outputs: OutputLayout.files(forSpecStem: stem, outputs: plan.options.outputs) + [ProviderClaim.fileName(forSpecStem: stem)])
        }
    }

    /// One spec's files and its claim; nil and diagnostics when the spec has problems.
    public static func specSources(_ path: String, options: GeneratorOptions, diagnostics: DiagnosticCollector) -> [GeneratedFile]? {
        let models = Generator.models(forFiles: [path], options: options, diagnostics: diagnostics)
        guard let model = models.first, !diagnostics.hasErrors else { return nil }
        return ProviderFileRenderer(context: RenderContext(model: model, options: options)).render() + [ProviderClaim(model: model).file]
    }

    /// The catalog over the claims (in the order of their specs); nil and diagnostics when two claims collide.
    public static func catalogSource(claimFiles: [String], options: GeneratorOptions, diagnostics: DiagnosticCollector) -> GeneratedFile? {
        let claims = claimFiles.compactMap { ProviderClaim.read($0, diagnostics: diagnostics) }
        ProviderClaim.checkUnique(claims, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        return CatalogRenderer(providers: claims, options: options).render()
    }
}
