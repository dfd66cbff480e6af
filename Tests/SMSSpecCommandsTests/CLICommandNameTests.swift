import Testing

/// A word where the command should be that names none: said so, with the commands and the closest one.
@Suite struct CLICommandNameTests {
    @Test func aMistypedCommandSuggestsTheRightOne() async {
        for arguments in [["lnt", "specs"], ["help", "lnt"]] {
            let run = await CLI.run(arguments, exitsWith: .exitCode(64))
            #expect(run.output == "")
            #expect(
                run.errors.hasPrefix(
                    "Error: Unknown command 'lnt' (did you mean 'lint'?). Commands: lint, generate, decode, validate, segments, registry, lookup, diff.\n"),
                "\(arguments): \(run.errors)")
        }
    }

    @Test func aWordFarFromEveryCommandListsThem() async {
        let run = await CLI.run(["xyzzy"], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: Unknown command 'xyzzy'. Commands: lint, generate"), "\(run.errors)")
    }

    /// Commands, `help` and options still parse as before.
    @Test func namedCommandsAndHelpStillRun() async {
        #expect(await CLI.run(["help", "lookup"], exitsWith: .success).output.contains("USAGE: smsspec lookup"))
        #expect(await CLI.run(["help"], exitsWith: .success).output.contains("SUBCOMMANDS:"))
        #expect(await CLI.run(["lookup", "bind", "-63"], exitsWith: .exitCode(3)).errors.hasPrefix("bind documents no code -63"))
    }

    /// The overview said the commands answer "questions about the bundled providers", so a newcomer with a spec of
    /// their own looked no further, though decode, lookup, registry and segments take a spec file.
    @Test func theOverviewSaysASpecFileOfYourOwnIsAProviderToo() async {
        let help = await CLI.run(["--help"], exitsWith: .success).output
        #expect(help.replacingOccurrences(of: "\n", with: " ").contains("the bundled ones, or a spec file of your own"), "\(help)")
    }
}
