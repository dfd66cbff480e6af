import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Lint-clean ⇒ compiles without warnings, for specs nobody wrote by hand: every spec `RandomSpecGenerator` makes
/// must lint clean, and the Swift generated from it must type-check against the runtime with warnings as errors.
/// `SMSSPEC_RANDOM_SPECS=1000` runs more specs; `SMSSPEC_RANDOM_SEED=n` starts at another seed (a failure names its
/// seed, so `SMSSPEC_RANDOM_SEED=n SMSSPEC_RANDOM_SPECS=1` makes it again).
@Suite struct RandomSpecTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["SMSSPEC_RANDOM_SPECS"].flatMap(Int.init) ?? 120
    static let firstSeed = environment["SMSSPEC_RANDOM_SEED"].flatMap(UInt64.init) ?? 1
    /// Specs per compiler run: each is its own namespace and catalog in one module.
    static let batchSize = 60

    @Test func randomSpecsLintCleanAndCompile() throws {
        let seeds = Array(Self.firstSeed..<Self.firstSeed + UInt64(Self.count))
        for start in stride(from: 0, to: seeds.count, by: Self.batchSize) {
            try check(Array(seeds[start..<min(start + Self.batchSize, seeds.count)]))
        }
    }

    /// Generates one module from `seeds` and type-checks it; a problem names the seed and shows the spec.
    private func check(_ seeds: [UInt64]) throws {
        // SMSSPEC_RANDOM_KEEP=<folder> keeps the generated files there to read.
        let kept = Self.environment["SMSSPEC_RANDOM_KEEP"].map { URL(filePath: $0) }
        let directory = kept ?? FileManager.default.temporaryDirectory.appending(path: "smsspec-random-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: directory) } }
        var specs: [UInt64: RandomSpec] = [:]
        var files: [URL] = []
        var namespaces = Set<String>()
        for seed in seeds {
            // A hostile namespace when this module does not have it yet: module-level names hide standard ones.
            var picker = SeededRandom(seed: seed ^ 0x5EED)
            let hostile = picker.pick(picker.pick([RandomSpecGenerator.hostileTypeNames, RandomSpecGenerator.swiftKeywords, RandomSpecGenerator.hostileWireNames]))
            let namespace = picker.chance(50) && Naming.isIdentifier(hostile) && !Naming.forbiddenNamespaces.contains(hostile)
                && namespaces.insert(hostile).inserted ? hostile : nil
            var generator = RandomSpecGenerator(seed: seed)
            let spec = generator.make(namespace: namespace, catalogNamespace: "Catalog\(seed)")
            specs[seed] = spec
            let diagnostics = DiagnosticCollector()
            let options = GeneratorOptions.load(spec.config, file: "smsspec-config.yaml", diagnostics: diagnostics)
            let models = Generator.models(
                for: [SpecInput(path: "random-\(seed).yaml", contents: spec.yaml)], options: options, diagnostics: diagnostics)
            guard !diagnostics.hasErrors else {
                Issue.record("seed \(seed): the random spec does not lint clean:\n\(diagnostics.sorted.map(\.description).joined(separator: "\n"))\n\(describe(spec))")
                continue
            }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in Generator.swiftSources(for: models, options: options) {
                let url = directory.appending(path: "\(seed)_\(file.name)")
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                files.append(url)
            }
        }
        let result = try BuildProducts.typecheck(files)
        guard result.status != 0 else { return }
        // Name the seeds whose files the compiler complains about.
        var failing: [UInt64] = []
        for line in result.output.split(separator: "\n") where line.contains("error:") {
            let seed = specs.keys.first { line.contains("/\($0)_") }
            if let seed, !failing.contains(seed) { failing.append(seed) }
        }
        let shown: String = failing.prefix(2).compactMap { specs[$0] }.map(describe).joined(separator: "\n")
        let listed: String = failing.map(String.init).joined(separator: ", ")
        let output = String(result.output.prefix(6000))
        Issue.record("generated code of seeds \(listed) does not compile:\n\(output)\n\(shown)")
    }

    private func describe(_ spec: RandomSpec) -> String {
        "--- seed \(spec.seed), smsspec-config.yaml:\n\(spec.config)--- spec:\n\(spec.yaml)"
    }

    /// The generator is only as good as its specs: they must really use the constructs they are meant to. The
    /// first 40 seeds, whatever `SMSSPEC_RANDOM_SEED` says: another 40 may by chance leave one out.
    @Test func randomSpecsUseEveryConstruct() {
        var text = ""
        var swift = ""
        for seed in UInt64(1)...40 {
            var generator = RandomSpecGenerator(seed: seed)
            let spec = generator.make(namespace: nil, catalogNamespace: "Catalog")
            text += spec.yaml + spec.config
            let diagnostics = DiagnosticCollector()
            let models = Generator.models(for: [SpecInput(path: "random-\(seed).yaml", contents: spec.yaml)], options: GeneratorOptions(), diagnostics: diagnostics)
            swift += Generator.swiftSources(for: models, options: GeneratorOptions()).map(\.contents).joined()
        }
        // Generated constructs that only some shapes of spec produce.
        for construct in ["URLUserinfoRedactable {", "(let value): return .", "self.heldAuth?.token", "self.heldAuth.token"] where !swift.contains(construct) {
            Issue.record("no random spec generates \(construct)")
        }
        // The codes of rules no constraint names: a date's format, a joined list's separator.
        let lines = swift.split(separator: "\n")
        for check in ["timestamp(", "separated("] where !lines.contains(where: { $0.contains(check) && $0.contains("code: .") }) {
            Issue.record("no random spec generates a \(check)…) check with a provider code")
        }
        for construct in [
            "default:", "secret: true", "lenient: true", "in: path", "in: query", "preEncoded: true", "items:", "unions:",
            "discriminator:", "deliveryStatus: true", "padding:", "aliases:", "perOperation:", "providerCodes:", "phone:",
            "maxSegments:", "substitute:", "lengthFrom:", "'all':", "url: true", "minItems:", "minimum:", "pattern:", "type: date", "timeZone:",
            "decisions:", "accessLevel: public", "accessLevel: package", "accessLevel: internal", "outputs: []",
            "outputs: [models, codes", "outputs: [models, codes, operations", "outputs: [models, codes, operations, validation",
            "operations, client", "validation, client", "client, receiver]", "codes, receiver]", "role: credential", "role: credentialExpiry", "auth: {type: basic}\n    responses",
            "'default'", "'\u{0345}x'", "\\x7F", "\\x0D", "1e-310", "'2fa'", "'a-b'", "'x.y'", "'with space'", "'ünïcödé'", "'Self'", "'Result'", "'Timestamp'",
            "\\u200B", "\\u202E", "\\uFEFF", "\\U000E0041", "format: iso8601, in: header", "format: iso8601, in: query",
            "]', in: query", "formBooleans: 1/0", "formBooleans: true/false", "encoding: none", "wire: number", "wire: string", "codeType: bool", "wire: boolean", "aliases: ['1', 'yes']",
            "separator: ','", "separator: ' '", "format: text", "409: {shape", "One answer per line.", "{textForms}", "maxItems: 5, uniqueItems: true, minLength: 1", "minimum: -3, maximum: 7, uniqueItems: true", "knownValues: true, providerCodes", "exactlyOne: [either_a", "atLeastOne: [[either_a", "2XX: {summary", "4xx: {summary", "separator: '\\'", "separator: '\"'",
            "'9223372036854775807'", "tables: []", "joined_codes: {type: '[", "in: path, required: true}", "in: header, required: false, default: []}",
            "in: query, required: true}", "in: body, required: false}", "status_list: {type: '[", "maxItems: 9223372036854775807}", "{minItems: 0, maxItems: 3}",
            "required: false, default: []}", "discriminator:\n      field: 'payload'", "padding: 4", "aliases: ['000002']", "encoding: form\n    discriminator:", "format: unixSeconds", "format: unixMilliseconds", "method: [GET, POST]", "method: [PUT, GET, POST]", "method: [POST, GET]", "in: wholeBody", "in: wholeBody, required: false, default: []", "- url: 'https://{", "'\(RandomSpecGenerator.longestPattern)'", "algorithm: secret", "names: [signed_ref]",
            "report_url:", "held_reply: {type: '[", "held_reply: {type: '{", "providerCodes: {format:", "held_auth: {type: HeldAuth, required: false}",
            "held_auth: {type: HeldAuth, required: true}", "charset: latin9", "charset: KOI8-R", "encoding: [form, json]",
        ] {
            if !text.contains(construct) { Issue.record("no random spec uses \(construct)") }
        }
        // Every key the format accepts (`SpecKeys`), somewhere.
        for (element, keys) in SpecKeys.all {
            for key in keys where !text.contains("\(key):") {
                Issue.record("no random spec uses the key '\(key)' of \(element)")
            }
        }
    }
}
