import Foundation

/// A spec file to generate from: the path it is reported under and its text.
public struct SpecInput: Sendable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Reads a spec file; an unreadable, oversized or non-UTF-8 file becomes a diagnostic that says why.
    public static func read(_ path: String, diagnostics: DiagnosticCollector) -> SpecInput? {
        switch TextFile.read(path, limit: SpecLimits.maximumBytes) {
        case .success(let text):
            return SpecInput(path: path, contents: text)
        case .failure(let problem):
            diagnostics.error("cannot read the spec file: \(problem)", at: problem.location(in: path))
            return nil
        }
    }

    /// The file name without directory and extension: every output file of the spec starts with it.
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}

/// parse → validate → model → render, over all specs of a target at once.
public enum Generator {
    /// Parses, validates and resolves every spec; all problems of all specs go to `diagnostics`.
    public static func models(for inputs: [SpecInput], diagnostics: DiagnosticCollector) -> [ProviderModel] {
        let models = inputs.compactMap { input -> ProviderModel? in
            guard let spec = SpecParser(file: input.path, diagnostics: diagnostics).parse(input.contents) else { return nil }
            let validator = SpecValidator(spec: spec, diagnostics: diagnostics)
            validator.validate()
            let model = ModelBuilder(spec: spec, fileStem: input.stem, diagnostics: diagnostics).build()
            // After the model's own checks: a spec with errors is mended first.
            validator.warnOfTablesNothingCarries()
            return model
        }
        ProviderClaim.checkUnique(models.map(ProviderClaim.init(model:)), diagnostics: diagnostics)
        return models
    }

    /// The models of specs generated together under `options`: also checked against the target, whose catalog enum
    /// (`options.namespace`) no provider namespace may share. Every path that writes Swift loads specs this way.
    public static func models(for inputs: [SpecInput], options: GeneratorOptions, diagnostics: DiagnosticCollector) -> [ProviderModel] {
        let models = models(for: inputs, diagnostics: diagnostics)
        checkCatalogNamespace(options.namespace, against: models, diagnostics: diagnostics)
        return models
    }

    /// Reads spec files and resolves them; unreadable files and every spec problem go to `diagnostics`. With
    /// `options`, checked against the target too (see `models(for:options:diagnostics:)`).
    public static func models(forFiles paths: [String], options: GeneratorOptions? = nil, diagnostics: DiagnosticCollector) -> [ProviderModel] {
        let inputs = paths.compactMap { SpecInput.read($0, diagnostics: diagnostics) }
        guard let options else { return models(for: inputs, diagnostics: diagnostics) }
        return models(for: inputs, options: options, diagnostics: diagnostics)
    }

    /// The Swift sources for `inputs`, or every problem found; never a partial result.
    public static func swiftSources(for inputs: [SpecInput], options: GeneratorOptions) throws(DiagnosticsError) -> [GeneratedFile] {
        let diagnostics = DiagnosticCollector()
        let models = models(for: inputs, options: options, diagnostics: diagnostics)
        guard !diagnostics.hasErrors else { throw DiagnosticsError(diagnostics.sorted) }
        return swiftSources(for: models, options: options)
    }

    /// The target's catalog enum and a provider's namespace enum cannot share a name: both are declared.
    public static func checkCatalogNamespace(_ catalog: String, against models: [ProviderModel], diagnostics: DiagnosticCollector) {
        ProviderClaim.checkCatalogNamespace(catalog, against: models.map(ProviderClaim.init(model:)), diagnostics: diagnostics)
    }

    public static func swiftSources(for models: [ProviderModel], options: GeneratorOptions) -> [GeneratedFile] {
        let files = models.flatMap { model in
            ProviderFileRenderer(context: RenderContext(model: model, options: options)).render()
        }
        return files + [CatalogRenderer(providers: models.map(ProviderClaim.init(model:)), options: options).render()]
    }
}
