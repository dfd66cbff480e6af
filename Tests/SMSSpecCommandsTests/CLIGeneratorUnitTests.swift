import Foundation
import SMSSpecCore
import Testing

/// What `smsspec-generator --plan` answers, decoded as the build plugin decodes it.
struct PluginPlan: Decodable {
    struct Unit: Decodable, Equatable {
        let spec: String
        let folder: String
        let outputs: [String]
    }

    let specs: [String]
    let outputs: [String]
    let units: [Unit]
    let catalog: String

    /// `specs` and `outputs` by name.
    var lists: [String: [String]] { ["specs": specs, "outputs": outputs] }
}

/// The build plugin's commands, run as the plugin runs them: `--spec` once per spec into its folder, then `--catalog`
/// over the claims those runs wrote.
@Suite struct CLIGeneratorUnitTests {
    let tool = CLIGeneratorToolTests()

    func plan(_ arguments: [String]) throws -> PluginPlan {
        let run = try tool.runTool(["--plan"] + arguments)
        #expect(run.status == 0 && run.errors == "")
        return try JSONDecoder().decode(PluginPlan.self, from: Data(run.output.utf8))
    }

    /// Runs every command of the plan into `output`; returns the runs' statuses and errors.
    func build(_ plan: PluginPlan, config: [String] = [], into output: URL) throws -> [(status: Int32, errors: String)] {
        var runs: [(status: Int32, errors: String)] = []
        var claims: [String] = []
        for unit in plan.units {
            let folder = output.appending(path: unit.folder).path(percentEncoded: false)
            let run = try tool.runTool(["--output", folder] + config + ["--spec", unit.spec])
            runs.append((run.status, run.errors))
            claims.append("\(folder)/\(unit.outputs.last ?? "")")
        }
        let run = try tool.runTool(["--output", output.path(percentEncoded: false)] + config + ["--catalog", "--"] + claims)
        return runs + [(run.status, run.errors)]
    }

    func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))[.modificationDate] as? Date
    }

    /// The commands write what one run writes (and a claim per spec), byte for byte.
    @Test func theCommandsWriteWhatOneRunWrites() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let specs = try scratch.copy("specs")
        let plan = try plan([specs])
        #expect(plan.units.map(\.folder) == ["bind", "fortytwo", "ginota", "oca", "rajasms"])
        // specs/smsspec-config.yaml turns the catalog output on, as Generated/ has it.
        #expect(plan.units[0].outputs == [
            "bind.models.swift", "bind.codes.swift", "bind.operations.swift", "bind.validation.swift", "bind.catalog.swift", "bind.provider.swift",
        ])
        #expect(plan.catalog == "smsspec.catalog.swift")

        let output = scratch.url.appending(path: "units")
        let config = ["--config", "\(specs)/smsspec-config.yaml"]
        #expect(try build(plan, config: config, into: output).allSatisfy { $0.status == 0 && $0.errors == "" })
        let committed = Repository.root.appending(path: "Generated/Sources")
        for unit in plan.units {
            for name in unit.outputs.dropLast() {
                let written = try String(contentsOf: output.appending(path: "\(unit.folder)/\(name)"), encoding: .utf8)
                #expect(written == (try String(contentsOf: committed.appending(path: name), encoding: .utf8)), "\(name)")
            }
            let claim = try String(contentsOf: output.appending(path: "\(unit.folder)/\(unit.outputs.last ?? "")"), encoding: .utf8)
            #expect(claim.hasPrefix(GeneratedHeader.swift + "\n") && claim.contains("\"id\":\"\(unit.folder)\""))
            #expect(!claim.split(separator: "\n").contains { !$0.hasPrefix("//") }, "a claim is comments only")
        }
        let catalog = try String(contentsOf: output.appending(path: plan.catalog), encoding: .utf8)
        #expect(catalog == (try String(contentsOf: committed.appending(path: plan.catalog), encoding: .utf8)))
    }

    /// Editing one spec's summary rewrites that spec's models file only: no other file of any command changes.
    @Test func anEditRewritesOnlyTheEditedSpecsFile() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let specs = try scratch.copy("specs")
        let plan = try plan([specs])
        let output = scratch.url.appending(path: "units")
        _ = try build(plan, into: output)
        let files = plan.units.flatMap { unit in unit.outputs.map { output.appending(path: "\(unit.folder)/\($0)") } }
            + [output.appending(path: plan.catalog)]
        let before = try files.map(modificationDate)
        Thread.sleep(forTimeInterval: 0.05)

        let oca = "\(specs)/oca.yaml"
        let text = try String(contentsOfFile: oca, encoding: .utf8)
        let summary = try #require(text.split(separator: "\n").first { $0.hasPrefix("  summary: ") })
        try text.replacingOccurrences(of: summary, with: summary + " Edited.").write(toFile: oca, atomically: true, encoding: .utf8)
        #expect(try build(plan, into: output).allSatisfy { $0.status == 0 })

        let changed = try zip(files, files.map(modificationDate)).enumerated().filter { before[$0.offset] != $0.element.1 }.map(\.element.0.lastPathComponent)
        #expect(changed == ["oca.models.swift"])
    }

    /// Two specs claiming one provider id: the catalog's command reports it at the later spec, as one run does.
    @Test func theCatalogCommandReportsTwoSpecsClaimingOneId() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let alpha = try scratch.write("specs/alpha.yaml", CLIGenerateTests.alpha)
        let gamma = try scratch.write("specs/gamma.yaml", CLIGenerateTests.alpha.replacingOccurrences(of: "name: Alpha SMS", with: "name: Gamma SMS"))
        let runs = try build(try plan(["\(scratch.path)/specs"]), into: scratch.url.appending(path: "units"))
        #expect(runs.dropLast().allSatisfy { $0.status == 0 && $0.errors == "" })
        #expect(runs.last?.status == 1)
        #expect(runs.last?.errors == "\(gamma):1:16: error: provider id 'alpha' is already claimed by \(alpha):1; each provider needs its own id\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appending(path: "units/smsspec.catalog.swift").path(percentEncoded: false)))
    }

    /// A configuration's namespace applies to each spec's command and to the catalog's.
    @Test func theConfigurationReachesEveryCommand() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/alpha.yaml", CLIGenerateTests.alpha)
        let config = try scratch.write("smsspec-config.yaml", "namespace: AlphaCatalog\naccessLevel: package\nspecs: specs\n")
        let plan = try plan(["--config", config])
        let output = scratch.url.appending(path: "units")
        #expect(try build(plan, config: ["--config", config], into: output).allSatisfy { $0.status == 0 && $0.errors == "" })
        let catalog = try String(contentsOf: output.appending(path: plan.catalog), encoding: .utf8)
        #expect(catalog.contains("package enum AlphaCatalog {") && catalog.contains("package static let registry"))
        #expect(try String(contentsOf: output.appending(path: "alpha/alpha.models.swift"), encoding: .utf8).contains("package enum Alpha {}"))
    }
}
