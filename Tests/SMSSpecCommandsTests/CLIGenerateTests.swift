import Foundation
import SMSSpecCore
import Testing

/// `smsspec generate` and `smsspec lint` end to end: exit statuses and what they print.
@Suite struct CLIGenerateTests {
    static let specs = Repository.root.appending(path: "specs").path(percentEncoded: false)
    static let alpha = "provider: {id: alpha, name: Alpha SMS}\nsources: {docs: {title: Alpha API, url: https://alpha.example}}\n"
        + "shapes:\n  Result: {fields: {code: Code}}\ntables:\n  Code:\n    title: Codes\n    source: docs\n    entries:\n"
        + "      - {code: 1, name: OK, summary: OK, outcome: success, category: none}\n"

    @Test func checkPassesOnTheCommittedOutput() async {
        let generated = Repository.root.appending(path: "Generated").path(percentEncoded: false)
        let run = await CLI.run(["generate", Self.specs, "--output", generated, "--check"], exitsWith: .success)
        #expect(run.output == "\(generated) is up to date.\n")
        #expect(run.errors == "")
    }

    @Test func checkFailsOnStaleOutputWithADiff() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let generated = try scratch.copy("Generated")
        try scratch.edit("Generated/Sources/bind.models.swift", [("import SMSSpecRuntime\n", "import SMSSpecRuntime\n// edited by hand\n")])
        let run = await CLI.run(["generate", Self.specs, "--output", generated, "--check"], exitsWith: .exitCode(1))
        #expect(run.output.hasPrefix("--- \(generated)/Sources/bind.models.swift\n+++ generated/bind.models.swift\n"))
        #expect(run.output.contains("\n-// edited by hand\n"))
        #expect(run.errors.contains("error: \(generated) is stale"))
        // --check writes nothing.
        #expect(try String(contentsOfFile: "\(generated)/Sources/bind.models.swift", encoding: .utf8).contains("// edited by hand"))
    }

    /// The command a stale check says to run writes what the check compared: with its `--config` (without it, the
    /// spec directory's own configuration applied and every file changed), and a path with a space or quote quoted.
    @Test func aStaleCheckNamesTheCommandThatRefreshesIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let config = try scratch.write("other config.yaml", "accessLevel: package\noutputs: [models, codes]\n")
        let output = scratch.url.appending(path: "Bob's out").path(percentEncoded: false)
        let run = await CLI.run(["generate", Self.specs, "--output", output, "--config", config, "--check"], exitsWith: .exitCode(1))
        let quoted = { (path: String) in "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
        #expect(
            run.errors.hasSuffix(
                "error: \(output) is stale; run `swift run smsspec generate \(Self.specs) --output \(quoted(output)) --config \(quoted(config))`\n"),
            "\(run.errors)")
        // Run as printed, it writes what the check compares.
        _ = await CLI.run(["generate", Self.specs, "--output", output, "--config", config], exitsWith: .success)
        _ = await CLI.run(["generate", Self.specs, "--output", output, "--config", config, "--check"], exitsWith: .success)
    }

    /// `-` is standard input to decode, validate and segments; to the commands that read specs it was a file that
    /// does not exist ("-:1:1: error: cannot read the spec file: no such file or directory").
    @Test func specCommandsSayTheyDoNotReadStandardInput() async {
        // `diff` exits 2 when its specs do not load (1 says a change is breaking).
        for (arguments, status) in [(["lint", "-"], 1), (["generate", "-", "--output", "/nonexistent/out"], 1), (["diff", "-", Self.specs], 2)] {
            let run = await CLI.run(arguments, exitsWith: .exitCode(Int32(status)))
            #expect(run.errors == "-:1:1: error: specs are not read from standard input: save the spec as <provider>.yaml (the generated files take its name) and give its path\n", "\(arguments): \(run.errors)")
        }
    }

    /// Generated file names come from spec file names, which arrive in pull requests: "Wrote …" printed a name's
    /// terminal escape raw. Such a name is now refused (`aSpecFileNameThatDoesNotShowIsRefused`), and every line the
    /// command prints is escaped as `DisplayText` escapes values.
    @Test func aSpecFileNameCannotDriveTheTerminal() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/alpha\u{1B}[31m\u{202E}.yaml", Self.alpha)
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let run = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .exitCode(1))
        #expect(run.errors.contains("specs/alpha\\u{1B}[31m\\u{202E}.yaml:1:1: error: "), "\(run.errors)")
        #expect(!(run.output + run.errors).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let check = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output, "--check"], exitsWith: .exitCode(1))
        #expect(!(check.output + check.errors).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    /// An output path holding a line feed (anyone may name a folder) printed it raw inside one-line messages, so the
    /// rest of the path read as a line of its own (`error: …` forged by a folder's name). Each such message is one
    /// line, the line feed written `\n`.
    /// An empty `--output` (a script's unset `"$OUT"`) wrote Sources/, Docs/ and registry.json into the current folder.
    @Test func anEmptyOutputIsRefused() async throws {
        let run = await CLI.run(["generate", Self.specs, "--output", ""], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: --output is empty; name the folder to write into (`.` for the current one)"), "\(run.errors)")
        let tool = try ChildProcess.run(CLIGeneratorToolTests.tool, ["--output", "", Self.specs])
        #expect(tool.status == 1 && tool.errors.hasPrefix("error: --output needs a value"), "\(tool.errors)")
    }

    @Test func anOutputPathCannotAddALine() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let output = scratch.url.appending(path: "out\nerror: forged").path(percentEncoded: false)
        try scratch.write("out\nerror: forged/Sources/bind.models.swift", "mine\n")
        let run = await CLI.run(["generate", Self.specs, "--output", output], exitsWith: .exitCode(1))
        #expect(!run.errors.contains("\nerror: forged"), "\(run.errors)")
        #expect(run.errors.contains("out\\nerror: forged/Sources/bind.models.swift was not written by SMSSpec"), "\(run.errors)")
        let written = scratch.url.appending(path: "new\nx").path(percentEncoded: false)
        let wrote = await CLI.run(["generate", Self.specs, "--output", written], exitsWith: .success)
        #expect(wrote.output.split(separator: "\n").allSatisfy { $0.hasPrefix("Wrote ") }, "\(wrote.output)")
        // `--check`'s diff of a stale file there: its file names wrote the line feed raw.
        let stale = scratch.url.appending(path: "stale\nerror: forged\u{1}F\u{202E}'\\").path(percentEncoded: false)
        _ = await CLI.run(["generate", Self.specs, "--output", stale], exitsWith: .success)
        try scratch.write("stale\nerror: forged\u{1}F\u{202E}'\\/Sources/bind.models.swift", "\(GeneratedHeader.swift)\nolder\n")
        let check = await CLI.run(["generate", Self.specs, "--output", stale, "--check"], exitsWith: .exitCode(1))
        #expect(!check.output.contains("\nerror: forged") && !check.errors.contains("\nerror: forged"), "\(check.output)\(check.errors)")
        #expect(check.output.contains("--- \(scratch.path)/stale\\nerror: forged\\u{1}F\\u{202E}'\\/Sources/bind.models.swift"), "\(check.output)")
        // The command it says to run, pasted into a shell, names that folder: `'…\n…'` named one with a backslash.
        let command = try #require(check.errors.split(separator: "`").dropFirst().first)
        #expect(!command.contains("\n"), "\(command)")
        let read = try ChildProcess.run(
            URL(filePath: "/bin/bash"), ["-c", "f() { printf '%s\\0' \"$@\"; }; f " + command.dropFirst("swift run smsspec ".count)])
        #expect(read.output.split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init) == ["generate", Self.specs, "--output", stale], "\(command)")
    }

    @Test func twoSpecsWithOneStemAreAnErrorAndNothingIsWritten() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/acme.yaml", Self.alpha)
        try scratch.write("specs/acme.yml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: other"))
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let run = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .exitCode(1))
        #expect(run.errors == "\(scratch.path)/specs/acme.yml:1:1: error: this spec and \(scratch.path)/specs/acme.yaml would both "
            + "generate acme.*.swift; rename one of them\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// Lint-clean means generate works: a spec named like the target's catalog file is refused by both.
    @Test func lintRefusesASpecNamedLikeTheTargetCatalogAsGenerateDoes() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/smsspec.yaml", Self.alpha)
        let refused = "\(scratch.path)/specs/smsspec.yaml:1:1: error: this spec would write its catalog output to "
            + "smsspec.catalog.swift, the target's catalog file; rename the spec file\n"
        let lint = await CLI.run(["lint", "\(scratch.path)/specs"], exitsWith: .exitCode(1))
        #expect(lint.errors == refused)
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let generate = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .exitCode(1))
        #expect(generate.errors == refused)
    }

    /// Two spec files that macOS takes for one name — composed and decomposed `café`, `K` and the Kelvin sign, `ſ`
    /// and `s` — are both read and refused as one stem. Compared as Swift strings, the second was never read at all
    /// (lint said "1 spec OK" whatever it held), and `lowercased()` let `ſx`/`sx` and `ſmsspec` through.
    @Test func specFileNamesMacOSTakesForOneAreRefused() async throws {
        for (first, second) in [("caf\u{E9}", "cafe\u{301}"), ("K", "\u{212A}"), ("sx", "\u{17F}x"), ("\u{3C3}x", "\u{3C2}x")] {
            let scratch = try ScratchDirectory()
            defer { scratch.remove() }
            try scratch.write("specs/\(first).yaml", Self.alpha)
            try scratch.write("specs/\(second).yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: other"))
            let lint = await CLI.run(["lint", "\(scratch.path)/specs"], exitsWith: .exitCode(1))
            #expect(lint.errors.contains(":1:1: error: this spec and \(scratch.path)/specs/"), "\(first) \(lint.errors)")
            #expect(lint.errors.contains("(file names that differ only in case, or in how a letter is composed, collide on macOS)"), "\(lint.errors)")
        }
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/\u{17F}msspec.yaml", Self.alpha)
        let lint = await CLI.run(["lint", "\(scratch.path)/specs"], exitsWith: .exitCode(1))
        #expect(lint.errors.hasSuffix(":1:1: error: this spec would write its catalog output to smsspec.catalog.swift, the target's catalog file; rename the spec file\n"), "\(lint.errors)")
    }

    /// A hidden spec file generated hidden Swift files, which SwiftPM does not compile (the target's catalog then
    /// named types nothing declared): a directory's hidden files are not specs, as the build plugin's target files
    /// are not, and one named on the command line is an error. A stem too long for the staged files' names (255 bytes)
    /// failed generate after lint passed it, with no location.
    @Test func hiddenAndOverlongSpecFileNamesAreRefusedByLint() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("specs/acme.yaml", Self.alpha)
        try scratch.write("specs/.yaml", "not: [a spec")
        try scratch.write("specs/._acme.yaml", "\u{0}\u{5}binary")
        let lint = await CLI.run(["lint", "\(scratch.path)/specs"], exitsWith: .success)
        #expect(lint.output.hasPrefix("1 spec OK") && lint.errors == "", "\(lint.output)\(lint.errors)")
        let named = try scratch.write("hidden/.acme.yaml", Self.alpha)
        let refused = await CLI.run(["lint", named], exitsWith: .exitCode(1))
        #expect(refused.errors == "\(named):1:1: error: a hidden file is no spec: SwiftPM would not compile the hidden files generated from it; "
            + "rename it without the leading dot\n")

        let longest = String(repeating: "a", count: SpecDirectory.longestStem)
        try scratch.write("long/\(longest).yaml", Self.alpha)
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        _ = await CLI.run(["generate", "\(scratch.path)/long", "--output", output], exitsWith: .success)
        #expect(FileManager.default.fileExists(atPath: "\(output)/Sources/\(longest).validation.swift"))
        let tooLong = try scratch.write("longer/a\(longest).yaml", Self.alpha)
        let overlong = await CLI.run(["lint", "\(scratch.path)/longer"], exitsWith: .exitCode(1))
        #expect(overlong.errors == "\(tooLong):1:1: error: the spec's file name is 201 bytes long before its extension, more than the 200 "
            + "its generated files' names leave room for; rename it shorter\n")
    }

    /// The build plugin builds every spec anywhere in a target; lint of the target's folder read one level and said
    /// "1 spec OK" over a nested spec whose example was no JSON. A folder's nested specs are read (hidden folders
    /// aside, as SwiftPM skips them), and two nested specs of one stem collide as the plugin's would.
    @Test func lintOfAFolderReadsItsNestedSpecsAsThePluginDoes() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Target/main.yaml", Self.alpha)
        let nested = try scratch.write("Target/Providers/EU/beta.yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: beta") + "smsspec: [broken")
        try scratch.write("Target/.build/checkouts/gamma.yaml", "not: [a spec")
        let lint = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .exitCode(1))
        #expect(lint.errors.hasPrefix("\(nested):"), "\(lint.errors)")
        #expect(!lint.errors.contains("gamma"), "\(lint.errors)")
        try scratch.write("Target/Providers/EU/beta.yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: beta"))
        let clean = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .success)
        #expect(clean.output.hasPrefix("2 specs OK"), "\(clean.output)\(clean.errors)")
        try scratch.write("Target/Other/main.yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: gamma"))
        let twice = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .exitCode(1))
        #expect(twice.errors.contains("error: this spec and \(scratch.path)/Target/"), "\(twice.errors)")
        // A link to a folder is followed, as SwiftPM follows it; a link back up is read once, not without end.
        try FileManager.default.removeItem(atPath: "\(scratch.path)/Target/Other")
        try scratch.write("Shared/delta.yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: delta"))
        try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/Target/Linked", withDestinationPath: "\(scratch.path)/Shared")
        try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/Target/Providers/Up", withDestinationPath: "\(scratch.path)/Target")
        let linked = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .success)
        #expect(linked.output.hasPrefix("3 specs OK"), "\(linked.output)\(linked.errors)")
    }

    /// The plugin applies a target's configuration wherever in the target it is: lint of the target read only one at
    /// its top, and said OK over a nested one the plugin would stop at (an attack). A folder deeper than lint searches
    /// was skipped without a word; it is an error.
    @Test func lintOfAFolderReadsItsNestedConfigurationAndSaysWhatItDoesNotSearch() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Target/main.yaml", Self.alpha)
        let config = try scratch.write("Target/Config/smsspec-config.yaml", "accessLevel: bogus\n")
        let lint = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .exitCode(1))
        #expect(lint.errors.hasPrefix("\(config):1:14: error: 'accessLevel' of the configuration must be one of"), "\(lint.errors)")
        try scratch.write("Target/Config/smsspec-config.yaml", "namespace: Beta\n")
        let clean = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .success)
        #expect(clean.output == "1 spec OK: 1 table, 1 code. 1 configuration OK.\n", "\(clean.output)\(clean.errors)")
        let deep = (1...33).map { "d\($0)" }.joined(separator: "/")
        try scratch.write("Deep/\(deep)/broken.yaml", "not: [a spec")
        let tooDeep = await CLI.run(["lint", "\(scratch.path)/Deep"], exitsWith: .exitCode(1))
        #expect(tooDeep.errors.contains("/d33\" is nested more than 32 folders deep, deeper than specs are searched for"), "\(tooDeep.errors)")
    }

    /// The build plugin refuses a target holding two configurations; lint of its folder, or of the package's
    /// `Sources`, said OK (a user), each applying to its own folder. Two targets' configurations are still each their
    /// own target's, and outside a package's layout lint cannot tell a target, so it says nothing.
    @Test func lintRefusesTwoConfigurationsInOnePackageTarget() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Package.swift", "// swift-tools-version: 6.0\n")
        try scratch.write("Sources/App/main.yaml", Self.alpha)
        let top = try scratch.write("Sources/App/smsspec-config.yaml", "namespace: Beta\n")
        let nested = try scratch.write("Sources/App/More/smsspec-config.yaml", "namespace: Gamma\n")
        try scratch.write("Sources/Other/smsspec-config.yaml", "namespace: Delta\n")
        for linted in ["\(scratch.path)/Sources/App", "\(scratch.path)/Sources"] {
            let lint = await CLI.run(["lint", linted], exitsWith: .exitCode(1))
            #expect(lint.errors.contains(
                "\(nested):1:1: error: the package target's folder \(scratch.path)/Sources/App holds 2 smsspec-config.yaml files"),
                "\(lint.errors)")
            #expect(lint.errors.contains("\(top):1:1: error:"), "\(lint.errors)")
            #expect(!lint.errors.contains("Other"), "\(lint.errors)")
        }
        try FileManager.default.removeItem(atPath: nested)
        let clean = await CLI.run(["lint", "\(scratch.path)/Sources"], exitsWith: .success)
        // One file named twice, by two paths, is one configuration (an attack).
        let twice = await CLI.run(["lint", top, "\(scratch.path)/Sources/App/../App/smsspec-config.yaml"], exitsWith: .success)
        #expect(!twice.errors.contains("holds 2"), "\(twice.errors)")
        #expect(clean.output.hasSuffix("2 configurations OK.\n"), "\(clean.output)\(clean.errors)")
        try FileManager.default.removeItem(atPath: "\(scratch.path)/Package.swift")
        try scratch.write("Sources/App/More/smsspec-config.yaml", "namespace: Gamma\n")
        _ = await CLI.run(["lint", "\(scratch.path)/Sources/App"], exitsWith: .success)
    }

    /// A spec file name with a character that does not show (a bidi override, a zero-width space, a control) would
    /// name the generated files with it: lint and generate refuse it, naming the file escaped.
    @Test func aSpecFileNameThatDoesNotShowIsRefused() async throws {
        for (name, shown, named) in [
            ("acme\u{202E}lmay.yaml", "acme\\u{202E}lmay.yaml", "U+202E RIGHT-TO-LEFT OVERRIDE"),
            ("ac\u{200B}me.yaml", "ac\\u{200B}me.yaml", "U+200B ZERO WIDTH SPACE"),
            ("acme\u{1B}[31m.yaml", "acme\\u{1B}[31m.yaml", "U+001B"),
        ] {
            let scratch = try ScratchDirectory()
            defer { scratch.remove() }
            try scratch.write("specs/\(name)", Self.alpha)
            let lint = await CLI.run(["lint", "\(scratch.path)/specs"], exitsWith: .exitCode(1))
            #expect(lint.errors.hasPrefix("\(scratch.path)/specs/\(shown):1:1: error: the spec's file name \"\(shown)\" holds \(named)"), "\(lint.errors)")
            #expect(lint.errors.hasSuffix("its generated files would be named with it: rename the spec file with characters that show\n"), "\(lint.errors)")
            let output = scratch.url.appending(path: "out").path(percentEncoded: false)
            let generate = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .exitCode(1))
            #expect(generate.errors == lint.errors)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func theConfigurationsSpecsFolderIsGenerated() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("shared/alpha.yaml", Self.alpha)
        let config = try scratch.write("Target/smsspec-config.yaml", "specs: ../shared\nnamespace: RegionalCatalog\n")
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let run = await CLI.run(["generate", "\(scratch.path)/Target", "--config", config, "--output", output], exitsWith: .success)
        #expect(run.output.hasPrefix("Wrote 11 file(s) in \(output): Sources/alpha.models.swift, "))
        #expect(run.output.contains(", Sources/.smsspec-manifest.json, Docs/alpha.md, Docs/.smsspec-manifest.json, registry.json, .smsspec-manifest.json\n"))
        let catalog = try String(contentsOfFile: "\(output)/Sources/smsspec.catalog.swift", encoding: .utf8)
        #expect(catalog.contains("enum RegionalCatalog"))
    }

    /// A configuration arrives in a pull request as a spec does: its `specs:` named `/usr` (4,311 files of the machine
    /// read, their values quoted in errors) or a folder outside the package (an attack). Absolute paths are refused, and
    /// inside a package (a `Package.swift` above) folders outside it, symbolic links followed; `../../specs` stays.
    @Test func aConfigurationsSpecsFolderStaysInItsPackage() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("outside/secret.yaml", "token: SEKRET\n")
        try scratch.write("package/Package.swift", "// swift-tools-version:6.0\n")
        try scratch.write("package/specs/alpha.yaml", Self.alpha)
        let config = try scratch.write("package/Sources/T/smsspec-config.yaml", "specs: ../../specs\n")
        _ = await CLI.run(["lint", "\(scratch.path)/package/Sources/T"], exitsWith: .success)
        try FileManager.default.createSymbolicLink(atPath: "\(scratch.path)/package/specs/elsewhere", withDestinationPath: "\(scratch.path)/outside")
        for (specs, problem) in [
            ("\(scratch.path)/outside", "`specs:` names \"\(scratch.path)/outside\", an absolute path: a configuration is shared"),
            ("../../../outside", "`specs:` names \(scratch.path)/outside, outside the package at \(scratch.path)/package (symbolic links followed)"),
            ("../../specs/elsewhere", "`specs:` names \(scratch.path)/package/specs/elsewhere, outside the package at \(scratch.path)/package"),
        ] {
            try scratch.write("package/Sources/T/smsspec-config.yaml", "specs: \(specs)\n")
            let run = await CLI.run(["lint", "\(scratch.path)/package/Sources/T"], exitsWith: .exitCode(1))
            #expect(run.errors.contains("\(config):1:8: error: \(problem)") && !run.errors.contains("SEKRET"), "\(run.errors)")
        }
        // A link inside the folder to a folder elsewhere is not followed out of the package (an attack), by lint or generate.
        try scratch.write("outside/zz.yaml", Self.alpha.replacingOccurrences(of: "id: alpha", with: "id: zz"))
        try scratch.write("package/Sources/T/smsspec-config.yaml", "specs: ../../specs\n")
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        for arguments in [["lint", "\(scratch.path)/package/Sources/T"], ["generate", "\(scratch.path)/package/Sources/T", "--output", output]] {
            let run = await CLI.run(arguments, exitsWith: .exitCode(1))
            #expect(run.errors.contains(
                "\(scratch.path)/package/specs/elsewhere/zz.yaml:1:1: error: this spec of the `specs:` folder is outside the package at "
                    + "\(scratch.path)/package once links are followed") && !run.errors.contains("SEKRET"), "\(run.errors)")
        }
    }

    @Test func lintChecksConfigurationsWithTheirSpecs() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Target/alpha.yaml", Self.alpha)
        try scratch.write("Target/smsspec-config.yaml", "# nothing set yet: the defaults apply\n\n")
        let clean = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .success)
        #expect(clean.output == "1 spec OK: 1 table, 1 code. 1 configuration OK.\n")

        let config = try scratch.write("Target/smsspec-config.yaml", "acessLevel: public\nspecs: ../missing\n")
        let broken = await CLI.run(["lint", config], exitsWith: .exitCode(1))
        #expect(broken.errors == """
            \(config):1:1: error: unknown key 'acessLevel' in the configuration (did you mean 'accessLevel'?)
            \(config):2:8: error: `specs:` names \(scratch.path)/missing, which is not a readable directory; give the folder that \
            holds the spec files, relative to this configuration file

            """)
    }

    /// A spec linted alone is checked with the configuration beside it: that configuration is now counted ("1
    /// configuration OK.", which was left out) and its problems named as the spec was, relative where it was relative
    /// (the path was made absolute).
    @Test func theConfigurationBesideALintedSpecIsCountedAndNamedAsTheSpecWas() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Target/alpha.yaml", Self.alpha)
        try scratch.write("Target/smsspec-config.yaml", "namespace: Hub\n")
        let upward = FileManager.default.currentDirectoryPath.split(separator: "/").map { _ in ".." }.joined(separator: "/")
        let relative = upward + scratch.path + "/Target"
        let clean = await CLI.run(["lint", "\(relative)/alpha.yaml"], exitsWith: .success)
        #expect(clean.output == "1 spec OK: 1 table, 1 code. 1 configuration OK.\n")
        try scratch.write("Target/smsspec-config.yaml", "acessLevel: public\n")
        let broken = await CLI.run(["lint", "\(relative)/alpha.yaml"], exitsWith: .exitCode(1))
        #expect(broken.errors.hasPrefix("\(relative)/smsspec-config.yaml:1:1: error: unknown key 'acessLevel'"), "\(broken.errors)")
    }

    /// A provider namespace that is also the target's catalog enum (`SMSSpecCatalog` without a configuration) would
    /// declare the enum twice: lint and generate refuse it, located, and write nothing.
    @Test func aProviderNamespacedLikeTheCatalogIsRefused() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("specs/alpha.yaml", Self.catalogNamespaced)
        let error = "\(spec):1:51: error: namespace 'SMSSpecCatalog' is also the name of the target's catalog (`namespace` in "
            + "smsspec-config.yaml, SMSSpecCatalog by default); set another 'namespace' here or there\n"
        let lint = await CLI.run(["lint", spec], exitsWith: .exitCode(1))
        #expect(lint.errors == error)
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        let generate = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .exitCode(1))
        #expect(generate.errors == error)
        #expect(!FileManager.default.fileExists(atPath: output))

        // A spec file linted alone is checked against the configuration beside it, as generate reads the folder.
        try scratch.write("specs/smsspec-config.yaml", "namespace: Hub\n")
        _ = await CLI.run(["lint", spec], exitsWith: .success)
        _ = await CLI.run(["generate", "\(scratch.path)/specs", "--output", output], exitsWith: .success)
        try scratch.write("specs/alpha.yaml", Self.catalogNamespaced.replacingOccurrences(of: "SMSSpecCatalog", with: "Hub"))
        let hub = await CLI.run(["lint", spec], exitsWith: .exitCode(1))
        #expect(hub.errors.hasPrefix("\(spec):1:51: error: namespace 'Hub' is also the name of the target's catalog"))
    }

    static let catalogNamespaced = alpha.replacingOccurrences(of: "name: Alpha SMS}", with: "name: Alpha SMS, namespace: SMSSpecCatalog}")

    @Test func anUnreadableConfigurationSaysSo() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try scratch.write("Target/alpha.yaml", Self.alpha)
        try FileManager.default.createDirectory(at: scratch.url.appending(path: "Target/smsspec-config.yaml"), withIntermediateDirectories: true)
        let run = await CLI.run(["lint", "\(scratch.path)/Target"], exitsWith: .exitCode(1))
        #expect(run.errors == "\(scratch.path)/Target/smsspec-config.yaml:1:1: error: cannot read the configuration file: it is a directory\n")
        let missing = await CLI.run(
            ["generate", "\(scratch.path)/Target", "--config", "\(scratch.path)/none.yaml", "--output", "\(scratch.path)/out"], exitsWith: .exitCode(1))
        #expect(missing.errors == "\(scratch.path)/none.yaml:1:1: error: cannot read the configuration file: no such file or directory\n")
    }

    /// One spec file is generated with the configuration beside it, as lint reads it: `generate specs/bind.yaml` wrote
    /// the catalog a configuration turns off (every output is on only when the configuration says so).
    @Test func aSpecFileIsGeneratedWithTheConfigurationBesideIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let specs = try scratch.copy("specs")
        let output = scratch.url.appending(path: "out").path(percentEncoded: false)
        _ = await CLI.run(["generate", "\(specs)/bind.yaml", "--output", output], exitsWith: .success)
        let written = try String(contentsOfFile: "\(output)/Sources/bind.catalog.swift", encoding: .utf8)
        #expect(written == (try String(contentsOf: Repository.root.appending(path: "Generated/Sources/bind.catalog.swift"), encoding: .utf8)))
    }

    /// A spec lint refuses (an example that does not decode) stops decode, as it stops generate: its problems were
    /// printed nowhere and the command ran on.
    @Test func aSpecLintRefusesStopsDecode() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        _ = try scratch.copy("specs")
        try scratch.edit("specs/bind.yaml", [(#""message_id": "8bd71f49-6f42-4729-bf5e-ecf857747633",\#n      "status": "DELIVERED""#, #""message_id": 5,\#n      "status": "DELIVERED""#)])
        let payload = try scratch.write("dlr.json", #"{"type": "DLR", "message_id": "m", "status": "DELIVERED", "error": "000", "from": "1", "to": "2"}"#)
        let run = await CLI.run(["decode", "\(scratch.path)/specs/bind.yaml", "CallbackEvent", payload], exitsWith: .exitCode(1))
        #expect(run.output == "")
        #expect(run.errors.contains("error: payload of example 'dlr-delivered' does not decode as CallbackEvent"))
    }
}
