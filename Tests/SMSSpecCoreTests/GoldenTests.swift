import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// The package's top-level folders, found from this file.
enum Repository {
    static let root = PackageRoot.url
    static let specs = root.appending(path: "specs").path(percentEncoded: false)
    static let generated = root.appending(path: "Generated")
    /// The configuration `smsspec generate specs` applies: every output, the tools' catalog included.
    static let specsConfig = root.appending(path: "specs/smsspec-config.yaml").path(percentEncoded: false)

    static func generatedOptions() -> GeneratorOptions {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load(file: specsConfig, diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        return options
    }

    static func models() throws -> [ProviderModel] {
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(forFiles: try SpecDirectory.specPaths(in: specs), diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        return models
    }
}

/// `Generated/` is what the generator emits for `specs/`. Refresh it with
/// `swift run smsspec generate specs --output Generated`, or run the tests with SMSSPEC_RECORD=1, then review the diff.
@Suite struct GoldenTests {
    @Test func generatedIsUpToDate() throws {
        let models = try Repository.models()
        var report = ""
        for artifact in Artifacts.all(for: models, options: Repository.generatedOptions()) {
            let writer = OutputWriter(directory: Repository.generated.appending(path: artifact.directory))
            if ProcessInfo.processInfo.environment["SMSSPEC_RECORD"] == "1" {
                let written = try writer.write(artifact.files)
                if !written.isEmpty { Issue.record("Recorded \(written.joined(separator: ", ")) in Generated/\(artifact.directory): review and commit.") }
            } else {
                report += writer.staleness(artifact.files, label: "Generated/\(artifact.directory)")
            }
        }
        #expect(report.isEmpty, "Generated/ is stale; run `swift run smsspec generate specs --output Generated`:\n\(report)")
    }

    /// Two runs of the built generator, each in its own process (so no state of one run can reach the other, and
    /// hash seeds differ), write the same bytes.
    @Test func generationIsDeterministic() throws {
        let generator = try #require(BuildProducts.generator, "smsspec-generator is not built; run `swift build --build-tests`")
        let specs = try SpecDirectory.specPaths(in: Repository.specs)
        var outputs: [[String: String]] = []
        for _ in 0..<2 {
            let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-determinism-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let run = try BuildProducts.run(generator, ["--output", directory.path(percentEncoded: false)] + specs)
            #expect(run.status == 0, "\(run.output)")
            var files: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false)) {
                files[name] = try String(contentsOf: directory.appending(path: name), encoding: .utf8)
            }
            outputs.append(files)
        }
        // The catalog and the manifest besides each spec's files.
        #expect(outputs[0].count == OutputLayout.files(forSpecStem: "spec").count * specs.count + 2)
        #expect(outputs[0] == outputs[1])
        for (name, contents) in outputs[0] {
            #expect(!contents.contains(Repository.root.path(percentEncoded: false)), "\(name) holds an absolute path")
        }
    }

    @Test func generatedCodeHasNoTrapsOnProviderInput() throws {
        let files = Artifacts.all(for: try Repository.models(), options: Repository.generatedOptions()).flatMap(\.files)
        for file in files where file.name.hasSuffix(".swift") {
            for (number, line) in file.contents.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for trap in ["try!", "as!", "fatalError(", "!.", ".first!"] {
                    #expect(!line.contains(trap), "\(file.name):\(number + 1): \(line)")
                }
            }
        }
    }

    /// The bundled specs compile, without warnings, at every access level (the committed ones are `public`).
    @Test(arguments: GeneratorOptions.AccessLevel.allCases)
    func accessLevelIsConfigurable(_ level: GeneratorOptions.AccessLevel) throws {
        let files = Generator.swiftSources(
            for: try Repository.models(), options: GeneratorOptions(accessLevel: level, outputs: Set(GeneratorOptions.Output.allCases)))
        let models = try #require(files.first { $0.name == "bind.models.swift" })
        #expect(models.contents.contains("\n\(level == .internal ? "" : level.rawValue + " ")enum Bind {}"))
        if level == .internal { #expect(!models.contents.contains("public ")) }
        let result = try BuildProducts.typecheck(generated: files)
        #expect(result.status == 0, "\(result.output)")
    }
}

@Suite struct OutputTests {
    @Test func writingTouchesOnlyFilesWhoseBytesChange() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory, names: .only(["a.swift", "b.swift"]))
        let files = [
            GeneratedFile(name: "a.swift", contents: "\(GeneratedHeader.swift)\nlet a = 1\n"),
            GeneratedFile(name: "b.swift", contents: "\(GeneratedHeader.swift)\nlet b = 1\n"),
        ]
        #expect(try writer.write(files) == ["a.swift", "b.swift", ".smsspec-manifest.json"])
        #expect(try writer.write(files) == [])
        let changed = [files[0], GeneratedFile(name: "b.swift", contents: "\(GeneratedHeader.swift)\nlet b = 2\n")]
        #expect(try writer.write(changed) == ["b.swift"])
        try "user code\n".write(to: directory.appending(path: "mine.swift"), atomically: true, encoding: .utf8)
        // b is no longer generated (the manifest no longer names it); mine.swift is not ours
        #expect(try writer.write([files[0]]) == [".smsspec-manifest.json", "b.swift"])
        #expect(FileManager.default.fileExists(atPath: directory.appending(path: "mine.swift").path(percentEncoded: false)))
    }

    @Test func stalenessIsAReadableDiff() {
        let diff = TextDiff.unified(old: "a\nb\nc\n", new: "a\nB\nc\n", oldName: "old", newName: "new")
        #expect(diff == "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
        #expect(TextDiff.unified(old: "same", new: "same", oldName: "x", newName: "y") == "")
        // A file to create is every line added, from line 0 of nothing (it was "-1,1 +1,3" with an empty line of context).
        #expect(TextDiff.unified(old: "", new: "a\nb\n", oldName: "x", newName: "y") == "--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n")
        // A last line without its line feed differs from one with it, and says so.
        #expect(TextDiff.unified(old: "a\nb", new: "a\nb\n", oldName: "x", newName: "y") == "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
    }
}
