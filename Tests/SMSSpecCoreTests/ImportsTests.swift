import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `imports:` in smsspec-config.yaml: a second target generates code for the same specs into namespaces another module
/// declares.
@Suite struct ImportsTests {
    static let yaml = """
        tables:
          Status:
            title: Statuses
            source: doc
            entries:
              - {code: '0', name: OK, summary: Accepted., outcome: success, category: none}
        shapes:
          SendRequest: {fields: {to: string}}
          SendResponse: {fields: {status: {type: Status}}}
        operations:
          send:
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: SendResponse, tables: [Status]}
        """

    static func options(_ config: String) -> (options: GeneratorOptions, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load(config, file: "smsspec-config.yaml", diagnostics: diagnostics)
        return (options, diagnostics.sorted.map(\.description))
    }

    @Test func importedModulesAreReadAndChecked() {
        #expect(Self.options("imports: [SMSProviders, AcmeModels]\n").options.imports == ["SMSProviders", "AcmeModels"])
        #expect(Self.options("outputs: [models]\n").options.imports == [])
        #expect(Self.options("imports: [SMSProviders, 2fa, SMSProviders, Acme.Models, class, SMSSpecRuntime]\n").diagnostics == [
            "smsspec-config.yaml:1:25: error: '2fa' under `imports:` is not a module name; a module name is a Swift identifier",
            "smsspec-config.yaml:1:30: error: module 'SMSProviders' is listed twice under `imports:`",
            "smsspec-config.yaml:1:44: error: 'Acme.Models' under `imports:` is not a module name; a module name is a Swift identifier",
            "smsspec-config.yaml:1:57: error: 'class' under `imports:` is not a module name; a module name is a Swift identifier",
            "smsspec-config.yaml:1:64: error: generated files always import SMSSpecRuntime; remove it from `imports:`",
        ])
        #expect(Self.options("imports: SMSProviders\n").options.imports == ["SMSProviders"])
        #expect(Self.options("imports: [imports]\nimport: [A]\n").diagnostics == [
            "smsspec-config.yaml:2:1: error: unknown key 'import' in the configuration (did you mean 'imports'?)"
        ])
    }

    /// With `imports`, the outputs may rely on the imported module's: `[operations, validation]` alone is allowed.
    @Test func anImportingTargetMayGenerateOnlyTheOutputsItAdds() {
        #expect(Self.options("outputs: [operations, validation]\n").diagnostics.count == 1)
        #expect(Self.options("imports: [AcmeModels]\noutputs: [operations, validation]\n").diagnostics == [])
    }

    @Test func generatedFilesImportTheModulesAndExtendTheirNamespaces() throws {
        let options = GeneratorOptions(outputs: [.models], namespace: "AcmeCatalog", imports: ["AcmeCore", "AcmeExtras"])
        let models = try Snippet.swift(Self.yaml, "models", options: options)
        #expect(models.contains("@_spi(Generated) import SMSSpecRuntime\nimport AcmeCore\nimport AcmeExtras\n\n"))
        #expect(!models.contains("enum Acme "))
        #expect(models.contains("extension Acme {"))
        let declared = try Snippet.swift(Self.yaml, "models", options: GeneratorOptions(outputs: [.models]))
        #expect(declared.contains("public enum Acme {}"))
        #expect(!declared.contains("import Acme"))
    }

    /// Foundation is imported where generated code names its types, and nowhere else: an import widens every lookup
    /// in the file, which the module interface repeats on every edit in the target (docs/benchmarks.md).
    @Test func foundationIsImportedOnlyWhereGeneratedCodeNamesItsTypes() throws {
        let all = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        func importers(_ yaml: String) throws -> [String] {
            try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + yaml)], options: all)
                .filter { $0.contents.contains("\nimport Foundation\n") }.map(\.name).sorted()
        }
        #expect(try importers(Self.yaml) == ["acme.client.swift", OutputLayout.catalogFile])
        // A decimal as a request field's default, in a list in a map, as a union's variant: each one alone.
        let plainRequest = "SendRequest: {fields: {to: string}}", plainAnswer = "Quote: {fields: {id: string}}"
        let request = "SendRequest: {fields: {to: string, ceiling: {type: decimal, default: '12.50'}}}"
        let answer = "Quote: {fields: {prices: {type: '{[decimal]}', required: false}}}"
        let union = "unions:\n  Price:\n    variants: {exact: decimal, text: string}\n"
        for (requestShape, answerShape, unions) in [(request, plainAnswer, ""), (plainRequest, answer, ""), (plainRequest, plainAnswer, union)] {
            let yaml = """
                shapes:
                  \(requestShape)
                  \(answerShape)
                \(unions)operations:
                  send: {method: POST, path: /send, request: SendRequest, responses: {200: {shape: Quote}}}
                """
            #expect(try importers(yaml) == ["acme.client.swift", "acme.models.swift", "acme.validation.swift", OutputLayout.catalogFile])
            let compiled = try BuildProducts.typecheck(generated: try Generator.swiftSources(
                for: [SpecInput(path: "acme.yaml", contents: Snippet.header + yaml)], options: GeneratorOptions()))
            #expect(compiled.status == 0, "\(compiled.output)")
        }
    }

    /// A module generated with `[models, codes]`, and a second one importing it and adding `[operations, validation]`
    /// for the same spec: both compile, and the second declares no namespace of its own.
    @Test func aSecondTargetExtendsTheFirstOnesNamespaces() throws {
        let first = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.yaml)], options: GeneratorOptions(outputs: [.models, .codes]))
        let second = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.yaml)],
            options: GeneratorOptions(outputs: [.operations, .validation], imports: ["AcmeModels"]))
        let result = try ModuleCompiler.compile(first: ("AcmeModels", first), second: ("AcmeRequests", second))
        #expect(result.status == 0, "\(result.output)")
    }

    /// As SMSProviders and SMSProviderCatalog: the defaults in one module, the catalog for tools in a second one that
    /// extends the first one's catalog enum with the providers' catalogs.
    @Test func theCatalogCanLiveInItsOwnModule() throws {
        let input = [SpecInput(path: "acme.yaml", contents: Snippet.header + CatalogOutputTests.yaml)]
        let app = try Generator.swiftSources(for: input, options: GeneratorOptions())
        let tools = try Generator.swiftSources(for: input, options: Self.options("imports: [AcmeApp]\noutputs: [catalog]\n").options)
        let target = try #require(tools.first { $0.name == OutputLayout.catalogFile }).contents
        #expect(target.contains("extension SMSSpecCatalog {") && target.contains("providers") && !target.contains("registry"))
        let result = try ModuleCompiler.compile(first: ("AcmeApp", app), second: ("AcmeTools", tools))
        #expect(result.status == 0, "\(result.output)")
    }
}

/// Compiles generated files as two modules, the second importing the first, against the built runtime.
enum ModuleCompiler {
    static func compile(first: (name: String, files: [GeneratedFile]), second: (name: String, files: [GeneratedFile])) throws
        -> (status: Int32, output: String)
    {
        guard let modules = BuildProducts.modules else { return (-1, "the SMSSpecRuntime module is not built; run `swift build --build-tests`") }
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-imports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ module: String, _ files: [GeneratedFile]) throws -> [String] {
            let folder = directory.appending(path: module)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try files.map { file in
                let url = folder.appending(path: file.name)
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                return url.path(percentEncoded: false)
            }
        }
        let common = ["-wmo", "-warnings-as-errors", "-swift-version", "6", "-I", modules.path(percentEncoded: false), "-I", directory.path(percentEncoded: false)]
        let emit = try BuildProducts.run(URL(filePath: "/usr/bin/env"), [
            "swiftc", "-emit-module", "-parse-as-library", "-module-name", first.name,
            "-emit-module-path", directory.appending(path: "\(first.name).swiftmodule").path(percentEncoded: false),
        ] + common + write(first.name, first.files))
        guard emit.status == 0 else { return emit }
        return try BuildProducts.run(URL(filePath: "/usr/bin/env"), ["swiftc", "-typecheck", "-module-name", second.name] + common + write(second.name, second.files))
    }
}
