import ArgumentParser
import SMSSpecCore

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows what a spec change does to the generated code: added, removed and changed codes, shapes and fields.",
        discussion: """
            Each change is marked by what it does to code that uses the generated module (SMSProviders for specs/): [breaking] (stops compiling; a call it makes throws, no longer throws, reaches another URL or may now be sent twice; a payload reads otherwise; a receiver refuses what it took), \
            [exhaustive switches] (a new enum case) or nothing (compatible). A value read as unknown that the new spec documents \
            (a new code, or a union's new value of a case it has) is not a payload read otherwise: that is what `unknown` is for. Exits 1 when a change is breaking, 2 when the specs \
            do not load or lint refuses them (generate would write nothing; each problem printed as lint prints it), so a \
            pipeline can tell the two apart.
            Example: smsspec diff old-specs specs
            """)

    /// The exit status when the specs do not load, or lint refuses them: not 1, which says a change is breaking.
    static let unloadable: Int32 = 2

    @Argument(help: "The specs before the change: a directory of specs (with its smsspec-config.yaml, as generate reads it), or one spec file (the spec alone).")
    var old: String

    @Argument(help: "The specs after the change, given the same way.")
    var new: String

    func run() throws {
        // Two spec directories are two targets, each read as generate reads it: with its configuration (access level,
        // outputs, namespace, imports and the specs of its `specs:` folder), whose changes are changes of the generated
        // code too. A spec file is the spec alone: its old version is often a copy with no configuration beside it.
        let targets = !ProviderSource.isSpecFile(old) && !ProviderSource.isSpecFile(new)
        let load = { (path: String) in
            targets ? SpecLoading.generatableTarget(path) : SpecLoading.generatableModels([path]).map { ($0, GeneratorOptions()) }
        }
        guard let before = load(old), let after = load(new) else { throw ExitCode(Self.unloadable) }
        let changes = SpecDiff.compare(options: before.options, after.options) + SpecDiff.compare(old: before.models, new: after.models)
        guard !changes.isEmpty else {
            Output.standardOutput("No changes to the generated code's API or tables.")
            return
        }
        for change in changes { Output.standardOutput("\(change)") }
        let breaking = changes.filter { $0.impact == .breaking }.count
        let switches = changes.filter { $0.impact == .exhaustiveSwitches }.count
        Output.standardOutput("\(changes.count) change(s): \(breaking) breaking, \(switches) affecting exhaustive switches.")
        if breaking > 0 { throw ExitCode.failure }
    }
}
