import Foundation
import SMSSpecCore
import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// `smsspec decode <spec file>` reads with the spec's model what the generated types read, and prints what they
/// print, for specs of every shape, not only the bundled five (`ExampleDecodingTests` compares those): the thirteen
/// third-party specs are generated and compiled, and every example and its mutations (`PayloadMutations`: a field
/// left out, another kind of value, padded, empty or textual codes) are decoded by the compiled types and by the
/// model. Both print the same annotated JSON and failures, or refuse with the same words.
@Suite struct SpecDecodeDifferentialTests {
    @Test func theModelPrintsWhatTheGeneratedTypesOfTheThirdPartySpecsPrint() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-spec-decode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (models, sources, diagnostics) = try ThirdPartySpecs.generate(into: directory)
        var files = sources
        try #require(diagnostics.isEmpty && models.count == 13)

        var cases: [[String]] = []
        for model in models {
            for example in model.examples {
                for payload in [example.payload] + PayloadMutations.of(example.payload, isJSON: example.format == .json) {
                    cases.append([model.id, example.message.value, payload, example.format.rawValue])
                }
            }
        }
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

        let readers = Dictionary(uniqueKeysWithValues: models.map { ($0.id, ModelReader($0)) })
        var refused = 0
        for (testCase, expected) in zip(cases, generated) {
            let reader = try #require(readers[testCase[0]])
            let message = try #require(reader.message(named: testCase[1]))
            let verdict = Self.verdict {
                try ModelReader.onLargeStack {
                    try reader.decode(message, from: Data(testCase[2].utf8), as: EncodingKind(rawValue: testCase[3]) ?? .json)
                }
            }
            #expect(verdict == expected, "\(testCase[0]).\(testCase[1]) \(testCase[2])")
            if verdict.hasPrefix("refused: ") { refused += 1 }
        }
        // Enough payloads, of both verdicts, for the comparison to mean something.
        #expect(cases.count > 1_000 && refused > 200 && cases.count - refused > 200, "\(cases.count) compared, \(refused) refused")
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
