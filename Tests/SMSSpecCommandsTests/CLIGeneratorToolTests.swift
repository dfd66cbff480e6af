import Foundation
import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// `smsspec-generator`, the tool both plugins run, as a child process; and the plan it gives them.
@Suite struct CLIGeneratorToolTests {
    /// The tool is built beside the test bundle.
    static var tool: URL { URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "smsspec-generator") }

    func runTool(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ChildProcess.run(Self.tool, arguments)
    }

    @Test func helpPrintsUsage() throws {
        let help = try runTool(["--help"])
        #expect(help.status == 0 && help.errors == "")
        #expect(help.output.hasPrefix("usage: smsspec-generator --output <dir> [--config <smsspec-config.yaml>]"))
        // `--` (which the build plugin passes before the spec paths) is in the usage.
        #expect(help.output.contains("[--] [<spec or directory>...]") && help.output.contains("\n  --                every argument after it"))
        let wrong = try runTool(["--outptu", "x"])
        #expect(wrong.status == 1 && wrong.errors.hasPrefix("error: unknown option --outptu\nusage: smsspec-generator"))
    }

    /// The tool prints its problems into the build log as `smsspec` prints them: a URL's password in a spec's path
    /// (or quoted in a message) is `<redacted>`.
    @Test func aProblemShowsNoPassword() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        for arguments in [["--output", output, "https://u:pa55word@h.yaml"], ["--output", output, "--spec", "https://u:pa55word@h.yaml"]] {
            let run = try runTool(arguments)
            #expect(run.status == 1 && run.errors.hasPrefix("https://<redacted>@h.yaml:1:1: error: "), "\(run.errors)")
            #expect(!run.errors.contains("pa55word"), "\(run.errors)")
        }
    }

    /// What the build plugin declares: every spec, those of `specs:` included, and every file the generator writes.
    @Test func thePlanListsTheConfiguredSpecsAndEveryFileWritten() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let own = try scratch.write("Target/beta.yaml", CLIGenerateTests.alpha.replacingOccurrences(of: "id: alpha", with: "id: beta"))
        let shared = try scratch.write("shared/alpha.yaml", CLIGenerateTests.alpha)
        let config = try scratch.write("Target/smsspec-config.yaml", "specs: ../shared  # the team's specs\n")
        let plan = try runTool(["--plan", "--config", config, "--", own])
        #expect(plan.status == 0 && plan.errors == "")
        let decoded = try JSONDecoder().decode(PluginPlan.self, from: Data(plan.output.utf8)).lists
        #expect(decoded["specs"] == [own, shared])

        let diagnostics = DiagnosticCollector()
        let models = Generator.models(forFiles: decoded["specs"] ?? [], diagnostics: diagnostics)
        #expect(decoded["outputs"] == Generator.swiftSources(for: models, options: GeneratorOptions()).map(\.name))

        let output = scratch.url.appending(path: "out")
        let generated = try runTool(["--output", output.path(percentEncoded: false), "--config", config, own])
        #expect(generated.status == 0 && generated.errors == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path(percentEncoded: false)).sorted() == ((decoded["outputs"] ?? []) + [".smsspec-manifest.json"]).sorted())
    }

    /// Every way the tool writes Swift checks a provider namespace against the target's catalog enum.
    @Test func aProviderNamespacedLikeTheCatalogIsRefusedHowEverTheToolRuns() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("specs/alpha.yaml", CLIGenerateTests.catalogNamespaced)
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        for arguments in [["--output", output, "\(scratch.path)/specs"], ["--output", output, "--spec", spec]] {
            let run = try runTool(arguments)
            #expect(run.status == 1)
            #expect(run.errors.hasPrefix("\(spec):1:51: error: namespace 'SMSSpecCatalog' is also the name of the target's catalog"))
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// `--plan` printed its paths raw. A character that does not show as itself (a bidi override, a C1 control) in a
    /// folder's name is now a JSON escape, which the plugin reads back as the same path; a path holding a URL's
    /// password is refused, unprinted: redacted, it would name a file that does not exist.
    @Test func thePlanPrintsPathsTerminalSafeAndRefusesAPassword() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let hidden = try scratch.write("Target\u{202E}\u{9B}x/acme.yaml", CLIGenerateTests.alpha)
        let plan = try runTool(["--plan", hidden])
        #expect(plan.status == 0 && plan.errors == "", "\(plan.errors)")
        #expect(!plan.output.unicodeScalars.contains { $0 != "\n" && DisplayText.needsEscape($0) }, "\(plan.output)")
        #expect(plan.output.contains(#"Target\u202E\u009Bx/acme.yaml"#), "\(plan.output)")
        let decoded = try JSONDecoder().decode(PluginPlan.self, from: Data(plan.output.utf8))
        #expect(decoded.specs == [hidden] && decoded.units.map(\.spec) == [hidden])

        let encoded = try scratch.write("https%3A%2F%2Fu%3Apa55word%40h/acme.yaml", CLIGenerateTests.alpha)
        try scratch.write("https:/u:pa55word@h/acme.yaml", CLIGenerateTests.alpha)
        for (path, shown) in [(encoded, "https%3A%2F%2F<redacted>%40h/acme.yaml"), (scratch.path + "/https://u:pa55word@h/acme.yaml", "https://<redacted>@h/acme.yaml")] {
            let refused = try runTool(["--plan", path])
            #expect(refused.status == 1 && refused.output == "", "\(refused.output)")
            #expect(refused.errors.contains("\(shown):1:1: error: "), "\(refused.errors)")
            #expect(!(refused.output + refused.errors).contains("pa55word"), "\(refused.errors)")
        }
    }

    @Test func thePlanRefusesTwoSpecsWithOneStem() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let yaml = try scratch.write("acme.yaml", CLIGenerateTests.alpha)
        let yml = try scratch.write("Acme.yml", CLIGenerateTests.alpha)
        let plan = try runTool(["--plan", yaml, yml])
        #expect(plan.status == 1 && plan.output == "")
        #expect(plan.errors == "\(yml):1:1: error: this spec and \(yaml) would both generate Acme.*.swift "
            + "(file names that differ only in case, or in how a letter is composed, collide on macOS); rename one of them\n")
    }

    @Test func anEmptyOrCommentOnlyConfigurationMeansTheDefaults() {
        for text in ["", "\n\n", "# SMSSpec settings: none yet\n", "---\n# later\n"] {
            let diagnostics = DiagnosticCollector()
            #expect(GeneratorOptions.load(text, file: "smsspec-config.yaml", diagnostics: diagnostics) == GeneratorOptions())
            #expect(diagnostics.sorted.isEmpty, "\(text.debugDescription)")
        }
    }
}
