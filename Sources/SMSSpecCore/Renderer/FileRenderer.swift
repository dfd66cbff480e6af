/// One generated file: its name (known from the spec file name alone) and its contents.
public struct GeneratedFile: Hashable, Sendable {
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Output file names. The plugins learn them from `smsspec-generator --plan`, which lists these names.
public enum OutputLayout {
    public static let perSpec = GeneratorOptions.Output.allCases.map(\.rawValue)
    /// The target's catalog enum. A spec named `smsspec` would write its catalog output to this name: the plan refuses it.
    public static let catalogFile = "smsspec.catalog.swift"

    /// Outputs whose files only targets that list them get (`client`, `receiver`): they import modules other targets
    /// do not depend on.
    public static let listedOnly: Set<GeneratorOptions.Output> = [.client, .receiver]

    /// The outputs a target with `outputs` writes a file for: every output (an unlisted one as a header only), but
    /// the listed-only ones when listed.
    public static func written(for outputs: Set<GeneratorOptions.Output>) -> [GeneratorOptions.Output] {
        GeneratorOptions.Output.allCases.filter { !listedOnly.contains($0) || outputs.contains($0) }
    }

    public static func files(forSpecStem stem: String, outputs: Set<GeneratorOptions.Output> = []) -> [String] {
        written(for: outputs).map { file(forSpecStem: stem, $0) }
    }

    static func file(forSpecStem stem: String, _ output: GeneratorOptions.Output) -> String { "\(stem).\(output.rawValue).swift" }
}

/// Assembles the generated files of one provider.
struct ProviderFileRenderer {
    let context: RenderContext

    func render() -> [GeneratedFile] {
        OutputLayout.written(for: context.options.outputs).map { output in
            GeneratedFile(name: OutputLayout.file(forSpecStem: context.model.fileStem, output), contents: file(output) { printer in
                switch output {
                case .models: renderModels(into: &printer)
                case .codes: renderCodes(into: &printer)
                case .operations: OperationsRenderer(context: context).render(into: &printer)
                case .validation: ValidationRenderer(context: context).render(into: &printer)
                case .catalog: ProviderCatalogRenderer(context: context).render(into: &printer)
                case .client, .receiver: ClientRenderer.renderFile(output, context: context, into: &printer)
                }
            })
        }
    }

    /// A file with its header; an output the configuration turns off keeps only the header.
    private func file(_ output: GeneratorOptions.Output, _ body: (inout CodePrinter) -> Void) -> String {
        var printer = CodePrinter()
        let specName = context.model.spec.file.split(separator: "/").last.map(String.init) ?? context.model.spec.file
        FileHeader.render(description: "\(output.title) of provider \"\(context.model.id)\", from \(specName).", into: &printer)
        guard context.options.outputs.contains(output) else {
            printer.line("// This output is off: list it under `outputs` in smsspec-config.yaml to generate it.")
            return printer.text
        }
        FileHeader.imports(context.options, foundation: importsFoundation(output), into: &printer)
        body(&printer)
        return printer.text
    }

    /// Whether a file imports Foundation: the client names `Foundation.URL`, and so do operations with `Servers`;
    /// models and validators name `Foundation.Decimal` when a field is one. Other files do not: an import widens every lookup in the file (an
    /// `==` witness is chosen among every visible `==`), and the module interface repeats those lookups on every edit.
    private func importsFoundation(_ output: GeneratorOptions.Output) -> Bool {
        switch output {
        case .client: true
        case .models, .validation: context.model.usesFoundationTypes
        case .operations: context.model.spec.hasServerFunctions
        case .codes, .catalog, .receiver: false
        }
    }

    private func renderModels(into printer: inout CodePrinter) {
        let spec = context.model.spec
        if context.options.declaresNamespaces {
            printer.doc([spec.name + (spec.summary.map { ": " + $0 } ?? ""), "Generated from the \(spec.id.value) spec."]
                + context.decisionLines(spec.decisions))
            printer.line("\(context.access)enum \(context.namespace) {}")
            printer.line()
        }
        printer.line("// Fails to compile against a runtime that does not support this generated code.")
        printer.line("private struct \(ProviderClaim.versionCheckName(of: context.model.namespace)): SMSSpecRuntime.SMSSpecRuntimeVersion1 {}")
        printer.block("extension \(context.namespace)") { printer in
            var first = true
            func separate() {
                if !first { printer.line() }
                first = false
            }
            for shape in context.model.shapes {
                separate()
                ShapeRenderer(context: context, shape: shape).render(into: &printer)
            }
            for enumeration in context.model.enums {
                separate()
                EnumRenderer(context: context, enumeration: enumeration).render(into: &printer)
            }
            for union in context.model.unions {
                separate()
                UnionRenderer(context: context, union: union).render(into: &printer)
            }
            for callback in context.model.callbacks where callback.spec.shape?.value != callback.swiftName {
                separate()
                CallbackRenderer(context: context, callback: callback).render(into: &printer)
            }
        }
        let hiding = SecretHidingRenderer(context: context)
        for shape in context.model.shapes { hiding.render(shape, into: &printer) }
        for union in context.model.unions { hiding.render(union, into: &printer) }
        for shape in context.model.shapes { hiding.renderRepeated(shape, into: &printer) }
        for union in context.model.unions { hiding.renderRepeated(union, into: &printer) }
    }

    private func renderCodes(into printer: inout CodePrinter) {
        printer.block("extension \(context.namespace)") { printer in
            for (index, table) in context.model.tables.enumerated() {
                if index > 0 { printer.line() }
                TableRenderer(context: context, table: table).render(into: &printer)
            }
        }
        StatusWalkRenderer(context: context).render(into: &printer)
    }
}

enum FileHeader {
    static func render(description: String, into printer: inout CodePrinter) {
        printer.line(GeneratedHeader.swift)
        printer.comment(description)
        printer.line("// swift-format-ignore-file")
        printer.line()
    }

    /// The imports of a generated file: Foundation where the file names its types, the runtime with its
    /// generated-code helpers, and `imports:`.
    static func imports(_ options: GeneratorOptions, foundation: Bool, into printer: inout CodePrinter) {
        if foundation { printer.line("import Foundation") }
        printer.line("@_spi(Generated) import SMSSpecRuntime")
        for module in options.imports { printer.line("import \(module)") }
        printer.line()
    }
}
