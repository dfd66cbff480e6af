import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Users' specs get clients and receivers too: the random specs of `RandomSpecGenerator` (hostile type, field and
/// operation names: `init`, `self`, `2fa`, `Result`, …) with the `client` and `receiver` outputs added must type-check
/// against the built SMSSpecClient and SMSSpecReceiver with warnings as errors. `SMSSPEC_RANDOM_CLIENT_SPECS=n` runs more.
@Suite struct RandomClientTests {
    static let count = ProcessInfo.processInfo.environment["SMSSPEC_RANDOM_CLIENT_SPECS"].flatMap(Int.init) ?? 30

    @Test func randomSpecsClientsAndReceiversCompile() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-random-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        var specs: [UInt64: RandomSpec] = [:]
        var answersAUnion = false
        for seed in UInt64(1_000)..<UInt64(1_000 + Self.count) {
            var generator = RandomSpecGenerator(seed: seed)
            let spec = generator.make(namespace: nil, catalogNamespace: "Catalog\(seed)")
            specs[seed] = spec
            let diagnostics = DiagnosticCollector()
            var options = GeneratorOptions.load(spec.config, file: "smsspec-config.yaml", diagnostics: diagnostics)
            options.outputs = GeneratorOptions.Output.defaults.union([.client, .receiver])
            let models = Generator.models(for: [SpecInput(path: "random-\(seed).yaml", contents: spec.yaml)], diagnostics: diagnostics)
            try #require(!diagnostics.hasErrors, "seed \(seed): \(diagnostics.sorted.map(\.description).joined(separator: "\n"))")
            answersAUnion = answersAUnion || models.contains { model in
                model.operations.contains { $0.answers.contains { answer in model.unions.contains { $0.swiftName == answer.swiftType } } }
            }
            for file in Generator.swiftSources(for: models, options: options) {
                let url = directory.appending(path: "\(seed)_\(file.name)")
                try file.contents.write(to: url, atomically: true, encoding: .utf8)
                files.append(url)
            }
        }
        #expect(files.contains { $0.lastPathComponent.hasSuffix(".client.swift") })
        #expect(answersAUnion, "no random operation answers with a union")
        let clients = try files.filter { $0.lastPathComponent.hasSuffix(".client.swift") }.map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(clients.contains { $0.contains("Answer: Swift.Sendable {") }, "no random operation has several answer shapes")
        let result = try BuildProducts.typecheck(files)
        guard result.status != 0 else { return }
        let failing = specs.keys.sorted().filter { seed in result.output.contains("/\(seed)_") }
        let shown = failing.first.flatMap { specs[$0] }.map { "--- seed \($0.seed):\n\($0.yaml)" } ?? ""
        Issue.record("generated clients of seeds \(failing) do not compile:\n\(result.output.prefix(6000))\n\(shown)")
    }
}
