import Foundation
import SMSSpecCore
import SMSSpecVocabulary

/// Spec loading shared by the commands: every problem printed as `path:line:column: error:`.
enum SpecLoading {
    /// The models of `paths` (files or directories of specs), or nil after printing every problem; with `options`,
    /// checked against the target the specs are generated into.
    static func models(_ paths: [String], options: GeneratorOptions? = nil, boundaries: [SpecBoundary] = []) -> [ProviderModel]? {
        let diagnostics = DiagnosticCollector()
        // `-` reads standard input in decode, validate and segments; a spec has no such form (its file name is its
        // generated files' stem), and "-: no such file or directory" did not say so.
        var paths = paths
        if paths.contains("-"), !FileManager.default.fileExists(atPath: "-") {
            paths.removeAll { $0 == "-" }
            diagnostics.error(
                "specs are not read from standard input: save the spec as <provider>.yaml (the generated files take its name) and give its path",
                at: .init(file: "-", line: 1, column: 1))
        }
        let files = SpecDirectory.specPaths(of: paths, diagnostics: diagnostics, boundaries: boundaries)
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.error("no spec files (*.yaml, *.yml) here", at: .init(file: paths.first ?? ".", line: 1, column: 1))
        }
        let models = Generator.models(forFiles: files, options: options, diagnostics: diagnostics)
        Output.printDiagnostics(diagnostics.sorted)
        return diagnostics.hasErrors ? nil : models
    }

    /// The generation plan of a spec directory or file as generate reads it: `config`, else the configuration in the
    /// directory (or beside the file), with the specs of its `specs:` folder added. Problems go to `diagnostics`.
    static func plan(of path: String, config: String? = nil, diagnostics: DiagnosticCollector) -> GenerationPlan {
        let found = ProviderSource.isSpecFile(path) ? Lint.configuration(besideSpecFile: path) : Lint.configuration(of: path)
        return GenerationPlan(config: config ?? found, paths: [path], diagnostics: diagnostics)
    }

    /// The models of a spec directory or file as generate writes them (`plan(of:)`), or nil after printing every
    /// problem, lint's refusals included.
    static func generatableTarget(_ path: String, config: String? = nil) -> (models: [ProviderModel], options: GeneratorOptions)? {
        let diagnostics = DiagnosticCollector()
        let plan = plan(of: path, config: config, diagnostics: diagnostics)
        Output.printDiagnostics(diagnostics.sorted)
        guard !diagnostics.hasErrors, let models = generatableModels(plan.specs.isEmpty ? [path] : plan.specs, options: plan.options) else {
            return nil
        }
        return (models, plan.options)
    }

    /// The specs `paths` name as generate reads them: none when lint refuses one, an example that does not decode as
    /// its message included (that error printed; lint's warnings are lint's to show).
    static func generatableModels(_ paths: [String], options: GeneratorOptions? = nil) -> [ProviderModel]? {
        guard let models = models(paths, options: options) else { return nil }
        let examples = DiagnosticCollector()
        for model in models { ExampleDecoding.check(model, diagnostics: examples) }
        let refused = examples.sorted.filter { $0.severity == .error }
        Output.printDiagnostics(refused)
        return refused.isEmpty ? models : nil
    }
}

/// What the commands print: a URL's credentials `<redacted>` in all of it (`DisplayText.redactingUserinfo`), since any of it can
/// quote a payload, a request or a spec; and text, escaped for a terminal whatever a command quoted (JSON escapes its
/// own strings: `DisplayText.terminalSafe(json:)`).
enum Output {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { standardError(diagnostic.description) }
    }

    /// Written after what standard output holds, so that a note follows what it is about where both reach one place
    /// (a terminal, `2>&1`): printed JSON ran on into the note, `}note: …`, a user.
    static func standardError(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((DisplayText.terminalSafe(lines: DisplayText.redactingUserinfo(text)) + "\n").utf8))
    }

    /// `isJSON`: the text is JSON, redacted one string at a time (`DisplayText.redactingUserinfoInStrings`) —
    /// redacted as one text, a string's user information could run on past its closing quote into the next member.
    static func standardOutput(_ text: String, terminator: String = "\n", isJSON: Bool = false) {
        print(
            isJSON ? DisplayText.redactingUserinfoInStrings(of: text) : DisplayText.terminalSafe(lines: DisplayText.redactingUserinfo(text)),
            terminator: terminator)
    }
}
