import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Payloads of specs nobody wrote by hand, through the Swift generated from them: every message of each random spec
/// (`RandomSpecGenerator`) decodes from a payload made from its model (`RandomPayloads`) and encodes back to the same
/// JSON; and a code no table lists — text, a number beyond `Int64`, a fraction, `""`, `null` — in any place a table's
/// code sits decodes and is written back as it came. `SMSSPEC_RANDOM_SPECS` and `SMSSPEC_RANDOM_SEED` choose the
/// specs as for `RandomSpecTests`.
@Suite struct RandomRoundTripTests {
    static let count = min(RandomSpecTests.count, 40)

    /// Codes no generated table lists (their codes are small integers and `C<n>-…` texts), one of each JSON kind.
    static let undocumentedCodes: [RandomJSON] = [
        .string("zz-undocumented"), .string(""), .null, .number("12.5"), .number("123456789012345678901234"), .string("0099999"),
    ]

    /// The same in a form, where every value is text.
    static let undocumentedFormCodes = ["zz-undocumented", "0099999", " 7 x"]

    @Test func randomPayloadsDecodeAndEncodeBackUnchanged() throws {
        let seeds = Array(RandomSpecTests.firstSeed..<RandomSpecTests.firstSeed + UInt64(Self.count))
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var files: [URL] = [], catalogs: [String] = [], cases: [[String]] = []
        for seed in seeds {
            var generator = RandomSpecGenerator(seed: seed)
            let spec = generator.make(namespace: nil, catalogNamespace: "Catalog\(seed)")
            let diagnostics = DiagnosticCollector()
            let config = "namespace: Catalog\(seed)\noutputs: [models, codes, operations, validation, catalog]\n"
            let options = GeneratorOptions.load(config, file: "smsspec-config.yaml", diagnostics: diagnostics)
            let models = Generator.models(for: [SpecInput(path: "random-\(seed).yaml", contents: spec.yaml)], options: options, diagnostics: diagnostics)
            #expect(!diagnostics.hasErrors, "seed \(seed): \(diagnostics.sorted.map(\.description))")
            for file in Generator.swiftSources(for: models, options: options) {
                let url = directory.appending(path: "\(seed)_\(file.name)")
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                files.append(url)
            }
            catalogs.append("Catalog\(seed).providers")
            for model in models { cases += Self.cases(of: model, label: "seed \(seed)") }
        }
        #expect(cases.count > 10 * seeds.count, "too few payloads were made: \(cases.count)")
        let forms = cases.filter { $0.count > 4 }.count
        #expect(forms > seeds.count / 2, "too few forms were made: \(forms)")
        // A kind spelled as an alias or padded, and a table's codes joined into one text with undocumented ones.
        let otherKinds = cases.filter { $0.count == 6 && $0[4] == "json" }.count
        #expect(otherKinds > seeds.count, "too few kinds spelled otherwise were made: \(otherKinds)")
        #expect(cases.filter { $0[3].contains("zz") && $0[3].contains("0099999\"") }.count > seeds.count, "too few joined codes were made")
        let failures = try Self.failures(of: cases, files: files, catalogs: catalogs, in: directory)
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) payloads:\n\(failures.prefix(12).joined(separator: "\n"))")
    }

    /// The cases of `model`'s messages (`program`): a payload of each, the same with each code replaced by each of
    /// `undocumentedCodes`, and a form of each message sent as one.
    static func cases(of model: ProviderModel, label: String) -> [[String]] {
        var cases: [[String]] = []
        for payload in RandomPayloads(model).formPayloads(undocumentedCodes: undocumentedFormCodes) {
            cases.append([label, model.id, payload.message, payload.form, "form", payload.expected.text])
        }
        for payload in RandomPayloads(model).payloads() {
            cases.append([label, model.id, payload.message, payload.json.text])
            for other in payload.otherSpellings {
                cases.append([label, model.id, payload.message, other.text, "json", payload.json.text])
            }
            for place in payload.codePlaces {
                for code in undocumentedCodes where !(place.isOptionalField && code.text == "null") {
                    cases.append([label, model.id, payload.message, payload.json.replacing(place.steps, with: code).text])
                }
            }
        }
        return cases
    }

    /// Builds `files` with `program(catalogs:)`, runs it on `cases` and says what failed, a line for each.
    static func failures(of cases: [[String]], files: [URL], catalogs: [String], in directory: URL) throws -> [String] {
        let main = directory.appending(path: "main.swift")
        try program(catalogs: catalogs).write(to: main, atomically: true, encoding: .utf8)
        let executable = directory.appending(path: "roundtrip")
        let build = try BuildProducts.buildExecutable(files + [main], output: executable)
        try #require(build.status == 0, "\(build.output.prefix(6000))")
        let input = directory.appending(path: "cases.json")
        try JSONEncoder().encode(cases).write(to: input)
        let run = try BuildProducts.run(executable, [input.path(percentEncoded: false)])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == cases.count + 1, "\(run.output.suffix(3000))")
        return zip(lines, cases).filter { $0.0 != "ok" }.map { line, testCase in
            "\(testCase[0]) \(testCase[1]).\(testCase[2]) \(testCase.dropFirst(3).joined(separator: " → ")): \(line)"
        }
    }

    /// Reads `[label, provider, message, payload]` cases (`[…, form, "form", expected JSON]` for a form, `[…, payload,
    /// "json", expected JSON]` for one written back otherwise, such as an alias; `[…, payload, format]` for a payload
    /// with no expected JSON, such as a spec's example) and prints a line each: `ok`, or what went
    /// wrong. Decoded, a payload is written as JSON, which must decode to the same JSON again (or to JSON holding the
    /// same numbers, itself written the same way again: a decimal/double union's variant may change, its number not); a
    /// form is also written as a form (`FormEncoder`), which must decode to the same value.
    static func program(catalogs: [String]) -> String {
        """
        import Foundation
        import SMSSpecRuntime

        let catalogs: [SMSSpecRuntime.ProviderCatalog] = \(catalogs.joined(separator: " + "))
        let cases = try JSONDecoder().decode([[String]].self, from: Data(contentsOf: URL(filePath: CommandLine.arguments[1])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys

        func encoded(_ value: any Encodable) throws -> Data { try encoder.encode(value) }
        // The same values, numbers compared as numbers: a union of `decimal` then `double` reads a number the decimal
        // cannot hold as the double, written in 17 digits (`1.2345678901234568e+41`), which the decimal reads back.
        // Read as the fuzz harness reads them: `JSONPayload` keeps every digit of a number longer than `Decimal`.
        func sameNumbers(_ one: Data, _ other: Data) throws -> Bool {
            try JSONPayload.decode(JSONValue.self, from: one) == JSONPayload.decode(JSONValue.self, from: other)
        }

        for testCase in cases {
            let sent = Data(testCase[3].utf8)
            // A form's case names its wire and the JSON its value encodes to.
            let format = testCase.count > 4 ? SMSSpecRuntime.PayloadEncoding(rawValue: testCase[4]) ?? .json : .json
            let isForm = format == .form || format == .query
            do {
                guard let message = catalogs.first(where: { $0.provider.id == testCase[1] })?.message(named: testCase[2]) else {
                    print("no message \\(testCase[2]) in the catalog")
                    continue
                }
                let value = try message.decode(sent, as: format)
                let once = try encoded(value)
                let twice = try encoded(try message.decode(once, as: .json))
                let expected = try testCase.count == 5 ? nil : JSONDecoder().decode(JSONValue.self, from: testCase.count > 5 ? Data(testCase[5].utf8) : sent)
                let got = try JSONDecoder().decode(JSONValue.self, from: once)
                let form = try isForm ? SMSSpecRuntime.FormEncoder.encode(SMSSpecRuntime.FormEncoder.fields(of: value)) : ""
                if let expected, got != expected {
                    print("written back as \\(String(decoding: once, as: UTF8.self))")
                } else if once != twice, try !sameNumbers(once, twice) || encoded(try message.decode(twice, as: .json)) != twice {
                    print("written differently the second time: \\(String(decoding: twice, as: UTF8.self))")
                } else if isForm, case let fromForm = try encoded(try message.decode(Data(form.utf8), as: .form)), fromForm != once, try !sameNumbers(fromForm, once) {
                    print("written as the form \\(form), which reads as another value")
                } else {
                    print("ok")
                }
            } catch {
                print("does not decode: \\(DecodingErrorDescription.describe(error))")
            }
        }
        """
    }
}
