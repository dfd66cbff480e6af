import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// The `catalog` output: tools' data (messages by name, example payloads) in its own file, off by default; payloads
/// printed as readable literals that hold exactly the spec's text.
@Suite struct CatalogOutputTests {
    static let yaml = #"""
        shapes:
          Receipt: {fields: {id: string}}
          SendRequest: {fields: {to: string}}
        operations:
          send:
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: Receipt}
              default: {summary: Anything else.}
        examples:
          - name: receipt
            message: Receipt
            source: {source: doc, section: Callbacks}
            corrections: [The closing brace is added.]
            payload: "{\n  \"id\": \"a1\"\n}\n"
            verbatim: "{\n  \"id\": \"a1\"\n"
          - {name: one-line, message: Receipt, payload: '{"id": "b2"}'}
        """#

    // Every output a target without extra dependencies can list (the client and receiver outputs need SMSSpecClient and SMSSpecReceiver).
    static let all = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases).subtracting(OutputLayout.listedOnly))

    @Test func theCatalogIsItsOwnOutputOffByDefault() throws {
        #expect(!GeneratorOptions().outputs.contains(.catalog))
        let off = try Snippet.swift(Self.yaml, "target", options: GeneratorOptions())
        #expect(off.contains("public static let registry") && !off.contains("providers"))
        let operations = try Snippet.swift(Self.yaml, "operations", options: Self.all)
        #expect(!operations.contains("examples") && !operations.contains("ProviderCatalog"))
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.yaml)], options: GeneratorOptions())
        let catalog = try #require(files.first { $0.name == "acme.catalog.swift" })
        #expect(catalog.contents.hasSuffix("// This output is off: list it under `outputs` in smsspec-config.yaml to generate it.\n"))
    }

    @Test func operationDescriptorsAreCompact() throws {
        Snippet.expect(try Snippet.swift(Self.yaml, "operations"), contains: """
            public static var send: SMSSpecRuntime.OperationDescriptor {
                SMSSpecRuntime.OperationDescriptor(
                    provider: "acme", id: "send", summary: "",
                    method: "POST", path: "/send", encoding: .json, request: "SendRequest",
                    responses: [.status(200, "Receipt"), .otherwise()])
            }
            """)
    }

    /// `tables: []` says no code of the answer decides (Twilio's fetched message: its status and error code are
    /// data), which the descriptor keeps apart from a response that lists no tables, where every code decides.
    @Test func aResponseWithAnEmptyTablesListSaysNoCodeDecides() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "200: {shape: Receipt}", with: "200: {shape: Receipt, tables: []}")
        Snippet.expect(try Snippet.swift(yaml, "operations"), contains: """
                    responses: [.status(200, "Receipt", codesDecide: false), .otherwise()])
            """)
    }

    /// An example without a `source` was listed among "the example payloads of Acme's documents", a payload no
    /// document shows: it says it is the spec's own.
    @Test func examplesAreReadableAndNameTheirSourceOnce() throws {
        let swift = try Snippet.swift(Self.yaml, "catalog", options: Self.all)
        Snippet.expect(swift, contains: ##"""
            /// The example payloads of Acme's documents, corrected where a document's version is broken; one without a source is the spec's own, which no document shows.
            public static var examples: [SMSSpecRuntime.ExamplePayload] {
                [
                    .init(
                        name: "receipt", message: "Receipt", format: .json,
                        source: "doc", section: "Callbacks",
                        // Corrected: The closing brace is added.
                        payload: #"""
                            {
                              "id": "a1"
                            }

                            """#,
                        verbatim: #"""
                            {
                              "id": "a1"

                            """#),
                    .init(
                        name: "one-line", message: "Receipt", format: .json,
                        // The spec's own example: no document shows it.
                        payload: "{\"id\": \"b2\"}"),
                ]
            }
            """##)
        Snippet.expect(swift, contains: """
            public static var catalog: SMSSpecRuntime.ProviderCatalog {
                SMSSpecRuntime.ProviderCatalog(
                    provider: Acme.provider, operations: Acme.Operations.all,
                    messages: [
                        .init(Acme.SendRequest.self, name: "SendRequest", kind: .request, summary: "", wire: .json),
            """)
        let target = try Snippet.swift(Self.yaml, "target", options: Self.all)
        #expect(target.contains("public static let providers: [SMSSpecRuntime.ProviderCatalog] = [Acme.catalog]"))
    }

    /// Payloads that a multi-line literal could change or end early: each compiled literal holds the spec's bytes.
    @Test func payloadLiteralsHoldTheSpecsTextExactly() throws {
        let payloads = [
            ###"a\nb \"\"\" c\n\"\"\"#\n\\#(x) \\n ## \"##\n"###, #"\n\nlead and trail\n\n"#, #"no trailing newline\nend"#,
            #"trailing space \nx"#, #"crlf\r\nline"#, #"tab\tinside\n\tled by a tab\n"#, #"  \n"#, #"ünï\u2028cödé\n名前"#,
            #"\"\"\"\n"#, #"single line \\ with \" quotes"#, String(repeating: ##"a long line \\# "##, count: 30) + "end",
            String(repeating: "x", count: 150) + " " + String(repeating: "y", count: 20), String(repeating: #"{\"k\":1},"#, count: 30) + "{}",
        ]
        var yaml = "shapes:\n  Form: {fields: {a: string}}\nexamples:\n"
        for (index, payload) in payloads.enumerated() {
            yaml += "  - {name: p\(index), message: Form, format: form, payload: \"\(payload)\"}\n"
        }
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + yaml)], diagnostics: diagnostics)
        try #require(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        let expected = try #require(models.first).examples.map { Array($0.spec.payload.utf8).map(String.init).joined(separator: " ") }
        #expect(expected.count == payloads.count)

        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-literals-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let main = "for example in Acme.examples { print(Array(example.payload.utf8).map(String.init).joined(separator: \" \")) }\n"
        let sources = Generator.swiftSources(for: models, options: Self.all) + [GeneratedFile(name: "main.swift", contents: main)]
        let files = try sources.map { file in
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let build = try BuildProducts.buildExecutable(files, output: directory.appending(path: "literals"))
        try #require(build.status == 0, "\(build.output)")
        #expect(!build.output.contains("warning"), "\(build.output)")
        let run = try BuildProducts.run(directory.appending(path: "literals"), [])
        #expect(run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    }

    /// `smsspec.catalog.swift` is the target's file: a spec named `smsspec` would write its catalog output there.
    @Test func aSpecNamedLikeTheTargetCatalogIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-stem-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let spec = directory.appending(path: "SMSSpec.yaml").path(percentEncoded: false)
        try (Snippet.header + Self.yaml).write(toFile: spec, atomically: true, encoding: .utf8)
        let diagnostics = DiagnosticCollector()
        _ = GenerationPlan(config: nil, paths: [spec], diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "\(spec):1:1: error: this spec would write its catalog output to smsspec.catalog.swift, the target's catalog file; rename the spec file"
        ])
    }
}
