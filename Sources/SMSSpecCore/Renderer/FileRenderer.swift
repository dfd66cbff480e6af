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
    public static let perSpec = ["models", "codes", "operations", "validation"]
    public static let catalogFile = "smsspec.catalog.swift"

    /// Files a target has only when it lists their output (`client`, `receiver`): they import other modules.
    public static let optionalPerSpec: [(output: GeneratorOptions.Output, name: String)] = [(.client, "client"), (.receiver, "receivers")]

    public static func files(forSpecStem stem: String, outputs: Set<GeneratorOptions.Output> = []) -> [String] {
        (perSpec + optionalPerSpec.filter { outputs.contains($0.output) }.map(\.name)).map { "\(stem).\($0).swift" }
    }

    /// What each output refers to: models and codes refer to each other (fields typed by tables, the status walk
    /// over shapes); operations list the messages and tables; validators use the provider's segment capacities,
    /// phone rules and codes. The catalog file lists every provider's catalog, an operations declaration.
    public static let requirements: [GeneratorOptions.Output: [GeneratorOptions.Output]] = [
        .models: [.codes], .codes: [.models], .operations: [.models, .codes], .validation: [.models, .codes, .operations],
        .client: [.models, .codes, .operations], .receiver: [.models, .codes],
    ]

    /// Why a set of outputs cannot compile, or nil: every output it holds needs the outputs it refers to.
    public static func problem(with outputs: Set<GeneratorOptions.Output>) -> String? {
        let missing = GeneratorOptions.Output.allCases.filter(outputs.contains).flatMap { output in
            (requirements[output] ?? []).filter { !outputs.contains($0) }.map { "'\(output.rawValue)' needs '\($0.rawValue)'" }
        }
        return missing.isEmpty ? nil : missing.joined(separator: ", ")
    }
}

/// Assembles the generated files of one provider.
struct ProviderFileRenderer {
    let context: RenderContext

    func render() -> [GeneratedFile] {
        let stem = context.model.fileStem
        let names = OutputLayout.files(forSpecStem: stem, outputs: context.options.outputs)
        let optional: [GeneratedFile] = OutputLayout.optionalPerSpec.filter { context.options.outputs.contains($0.output) }.map { kind in
            GeneratedFile(name: "\(stem).\(kind.name).swift", contents: file(kind.output) { printer in
                ClientRenderer.renderFile(kind.output, context: context, into: &printer)
            })
        }
        return [
            GeneratedFile(name: names[0], contents: file(.models) { printer in renderModels(into: &printer) }),
            GeneratedFile(name: names[1], contents: file(.codes) { printer in renderCodes(into: &printer) }),
            GeneratedFile(name: names[2], contents: file(.operations) { printer in
                OperationsRenderer(context: context).render(into: &printer)
            }),
            GeneratedFile(name: names[3], contents: file(.validation) { printer in
                ValidationRenderer(context: context).render(into: &printer)
            }),
        ] + optional
    }

    /// A file with its header; an output the configuration turns off keeps only the header.
    private func file(_ output: GeneratorOptions.Output, _ body: (inout CodePrinter) -> Void) -> String {
        var printer = CodePrinter()
        let specName = context.model.spec.file.split(separator: "/").last.map(String.init) ?? context.model.spec.file
        FileHeader.render(description: "\(output.title) of provider \"\(context.model.id)\", from \(specName).", into: &printer)
        guard context.options.outputs.contains(output) else {
            printer.line("// This output is turned off in smsspec-config.yaml.")
            return printer.text
        }
        FileHeader.imports(context.options, into: &printer)
        body(&printer)
        return printer.text
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
        printer.line("private struct GeneratedFor\(context.model.namespace)Models: SMSSpecRuntime.SMSSpecRuntimeVersion1 {}")
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
        printer.line("// Generated by SMSSpec. DO NOT EDIT: change the spec and rebuild.")
        printer.line("// \(description)")
        printer.line("// swift-format-ignore-file")
        printer.line()
    }

    /// The imports of a generated file: Foundation, the runtime with its generated-code helpers, and `imports:`.
    static func imports(_ options: GeneratorOptions, into printer: inout CodePrinter) {
        printer.line("import Foundation")
        printer.line("@_spi(Generated) import SMSSpecRuntime")
        for module in options.imports { printer.line("import \(module)") }
        printer.line()
    }
}

/// The target's catalog enum (`namespace`): one registry over every provider's status tables (with the `codes`
/// output) and every provider's catalog (with the catalog's output). A target that imports the module declaring it
/// extends it.
struct CatalogRenderer {
    let models: [ProviderModel]
    let options: GeneratorOptions

    func render() -> GeneratedFile {
        var printer = CodePrinter()
        let access = options.accessLevel.declarationPrefix
        FileHeader.render(description: "The catalog of every provider generated into this target.", into: &printer)
        let listsRegistry = options.outputs.contains(.codes), listsProviders = options.outputs.contains(.operations)
        guard listsRegistry || listsProviders else {
            printer.line("// The catalog lists the providers' status tables and catalogs, outputs turned off in smsspec-config.yaml.")
            return GeneratedFile(name: OutputLayout.catalogFile, contents: printer.text)
        }
        FileHeader.imports(options, into: &printer)
        let catalog = Naming.escaped(options.namespace)
        let sorted = models.sorted { $0.id < $1.id }
        if options.declaresNamespaces {
            printer.doc("Every provider generated into this module, and one registry over all of their status tables.")
        }
        printer.block(options.declaresNamespaces ? "\(access)enum \(catalog)" : "extension \(catalog)") { printer in
            if listsRegistry {
                printer.doc("Every code of every table of every provider, looked up in constant time.")
                printer.line("\(access)static let registry = SMSSpecRuntime.StatusRegistry(tables: [")
                for model in sorted where !model.tables.isEmpty {
                    let context = RenderContext(model: model, options: options)
                    printer.line("    " + model.tables.map { context.member($0.swiftName) + ".table," }.joined(separator: " "))
                }
                printer.line("])")
            }
            if listsRegistry && listsProviders { printer.line() }
            if listsProviders {
                printer.doc("The providers, by id.")
                printer.line("\(access)static let providers: [SMSSpecRuntime.ProviderCatalog] = [\(sorted.map { "\(Naming.escaped($0.namespace)).catalog" }.joined(separator: ", "))]")
                printer.line()
                printer.doc("The provider with this id (case-insensitive), or nil.")
                printer.block("\(access)static func provider(_ id: Swift.String) -> SMSSpecRuntime.ProviderCatalog?") { printer in
                    printer.line("\(catalog).providers.first { $0.provider.id.caseInsensitiveCompare(id) == .orderedSame }")
                }
            }
        }
        return GeneratedFile(name: OutputLayout.catalogFile, contents: printer.text)
    }
}
