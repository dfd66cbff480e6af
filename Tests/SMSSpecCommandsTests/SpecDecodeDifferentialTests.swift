import Foundation
import SMSSpecCore
import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// `smsspec decode <spec file>` reads with the spec's model what the generated types read, and prints what they
/// print, for specs of every shape, not only the bundled five (`ExampleDecodingTests` compares those): the thirty-seven
/// third-party specs are generated and compiled, and every example and its mutations (`PayloadMutations`: a field
/// left out, another kind of value, padded, empty or textual codes) are decoded by the compiled types and by the
/// model. Both print the same annotated JSON and failures, or refuse with the same words.
@Suite struct SpecDecodeDifferentialTests {
    @Test func theModelPrintsWhatTheGeneratedTypesOfTheThirdPartySpecsPrint() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-spec-decode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (models, sources, diagnostics) = try ThirdPartySpecs.generate(into: directory)
        try #require(diagnostics.isEmpty && models.count == 38)

        var cases: [[String]] = []
        for model in models {
            for example in model.examples.map(\.spec) {
                for payload in [example.payload] + PayloadMutations.of(example.payload, isJSON: example.format == .json) {
                    cases.append([model.id, example.message.value, payload, example.format.rawValue])
                }
            }
        }
        let generated = try Self.generatedVerdicts(of: cases, sources: sources, in: directory)
        let readers = Dictionary(uniqueKeysWithValues: models.map { ($0.id, ModelReader($0)) })
        var refused = 0
        for (testCase, expected) in zip(cases, generated) {
            let verdict = try Self.modelVerdict(of: testCase, reader: try #require(readers[testCase[0]]))
            #expect(verdict == expected, "\(testCase[0]).\(testCase[1]) \(testCase[2])")
            if verdict.hasPrefix("refused: ") { refused += 1 }
        }
        // Enough payloads, of both verdicts, for the comparison to mean something.
        #expect(cases.count > 1_000 && refused > 200 && cases.count - refused > 200, "\(cases.count) compared, \(refused) refused")
    }

    /// A union whose variant is a union, nine deep, in a form: the innermost union's text variant sits at the form
    /// decoder's deepest nesting, which the generated union reads a text at (its `String` read needs no wrapper) and
    /// the model read through one more wrapper, refused there: `at=hello` came back as the list variant of an outer
    /// union.
    @Test func aScalarVariantOfAUnionNineDeepInAFormReadsAsTheGeneratedOneReadsIt() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-union-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let elements = ["int", "int64", "bool", "double", "string", "decimal"]
        let unions = (1...9).map { level in
            "  U\(level):\n    variants:\n      " + (level < 9 ? "u: U\(level + 1)" : "s: string")
                + "\n      l\(level): '[\(elements[level % elements.count])]'\n"
        }
        let spec = "smsspec: 1\nprovider:\n  id: acme\n  name: Acme\n  baseURLs: [https://api.acme.example]\n"
            + "sources:\n  doc: {title: Acme API, url: 'https://acme.example/docs'}\n"
            + "callbacks:\n  Hook:\n    encoding: form\n    shape: Hook\nshapes:\n  Hook:\n    fields:\n      at: U1\nunions:\n" + unions.joined()
        let path = directory.appending(path: "acme.yaml")
        try spec.write(to: path, atomically: true, encoding: .utf8)
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load(
            "namespace: ThirdPartyCatalog\noutputs: [models, codes, operations, validation, catalog]\n", file: "smsspec-config.yaml",
            diagnostics: diagnostics)
        let models = Generator.models(forFiles: [path.path(percentEncoded: false)], options: options, diagnostics: diagnostics)
        try #require(diagnostics.sorted.isEmpty && models.count == 1, "\(diagnostics.sorted)")
        let cases = ["at=hello", "at=12", "at=a&at=b", "at="].map { ["acme", "Hook", $0, "form"] }
        let sources = try Generator.swiftSources(for: models, options: options).map { file in
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let generated = try Self.generatedVerdicts(of: cases, sources: sources, in: directory)
        let reader = ModelReader(models[0])
        for (testCase, expected) in zip(cases, generated) {
            #expect(try Self.modelVerdict(of: testCase, reader: reader) == expected, "\(testCase[2])")
        }
        #expect(generated.first == #"{"at":"hello"}"#)
    }

    /// The verdict on each case of the types compiled from `sources` (generated with the `ThirdPartyCatalog`
    /// namespace), built and run in `directory`.
    static func generatedVerdicts(of cases: [[String]], sources: [URL], in directory: URL) throws -> [String] {
        var files = sources
        files.append(directory.appending(path: "main.swift"))
        try Self.program.write(to: files.last!, atomically: true, encoding: .utf8)
        let executable = directory.appending(path: "decode")
        let build = try BuildProducts.buildExecutable(files, output: executable)
        try #require(build.status == 0, "\(build.output.prefix(6000))")
        let input = directory.appending(path: "cases.json")
        try JSONEncoder().encode(cases).write(to: input)
        let run = try BuildProducts.run(executable, [input.path(percentEncoded: false)])
        try #require(run.status == 0, "\(run.output.suffix(3000))")
        let generated = try JSONDecoder().decode([String].self, from: Data(run.output.utf8))
        try #require(generated.count == cases.count)
        return generated
    }

    /// The model's verdict on a `[provider, message, payload, format]` case.
    static func modelVerdict(of testCase: [String], reader: ModelReader) throws -> String {
        let message = try #require(reader.message(named: testCase[1]))
        return Self.verdict {
            try ModelReader.onLargeStack {
                try reader.decode(message, from: Data(testCase[2].utf8), as: EncodingKind(rawValue: testCase[3]) ?? .json)
            }
        }
    }

    /// What `decode` prints of a value, on one line: the annotated JSON and the codes reporting a failure; or why it
    /// was refused.
    static func verdict(_ decode: () throws -> any Encodable) -> String {
        do {
            let value = try decode()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.userInfo[.annotateStatusCodes] = true
            encoder.userInfo[.redactSecrets] = true
            let failures = (value as? any StatusCarrying)?.failures.map(\.description) ?? []
            return String(decoding: try encoder.encode(value), as: UTF8.self) + failures.map { "\n" + $0 }.joined()
        } catch {
            return "refused: " + DecodingErrorDescription.describe(error)
        }
    }

    /// The compiled side: `verdict` of each `[provider, message, payload, format]` case, as a JSON list of strings.
    static let program = """
        import Foundation
        import SMSSpecRuntime

        let cases = try JSONDecoder().decode([[String]].self, from: Data(contentsOf: URL(filePath: CommandLine.arguments[1])))
        var verdicts: [String] = []
        for testCase in cases {
            guard let message = ThirdPartyCatalog.providers.first(where: { $0.provider.id == testCase[0] })?.message(named: testCase[1]) else {
                verdicts.append("no message \\(testCase[1])")
                continue
            }
            do {
                let value = try message.decode(Data(testCase[2].utf8), as: PayloadEncoding(rawValue: testCase[3]) ?? .json)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                encoder.userInfo[.annotateStatusCodes] = true
                encoder.userInfo[.redactSecrets] = true
                let failures = (value as? any StatusCarrying)?.failures.map(\\.description) ?? []
                verdicts.append(String(decoding: try encoder.encode(value), as: UTF8.self) + failures.map { "\\n" + $0 }.joined())
            } catch {
                verdicts.append("refused: " + DecodingErrorDescription.describe(error))
            }
        }
        print(String(decoding: try JSONEncoder().encode(verdicts), as: UTF8.self))
        """
}
