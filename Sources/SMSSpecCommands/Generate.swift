import ArgumentParser
import Foundation
import SMSSpecCore
import SMSSpecVocabulary

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generates the Swift sources of a directory of specs (what the build plugin emits).",
        discussion: """
            Writes <output>/Sources/*.swift, <output>/Docs/<spec>.md (a page of codes per provider) and \
            <output>/registry.json, touching only files whose bytes change; each folder's .smsspec-manifest.json names \
            the files written there, and only those are removed when no spec generates them any more. With --check \
            nothing is written: the command prints a diff and exits non-zero when <output> is stale.
            """)

    @Argument(help: "The directory of spec files (or one spec file).")
    var specDirectory: String

    @Option(name: .long, help: "Where to write (the committed copy is Generated/).")
    var output: String

    @Option(name: .long, help: "A smsspec-config.yaml to apply (accessLevel, imports, namespace, outputs; the specs of its `specs:` folder are added); by default the spec directory's own, if it has one.")
    var config: String?

    @Flag(name: .long, help: "Write nothing; print a diff and fail if the output directory is stale.")
    var check = false

    func validate() throws {
        // An empty path is the current folder to the file system: a script's unset `--output "$OUT"` wrote there.
        guard !output.isEmpty else { throw ValidationError("--output is empty; name the folder to write into (`.` for the current one)") }
    }

    func run() throws {
        // A spec file is generated with the configuration beside it, as lint reads it. What lint refuses is not
        // generated: an example that does not decode as its message is lint's error too.
        guard let (models, options) = SpecLoading.generatableTarget(specDirectory, config: config) else { throw ExitCode.failure }
        let root = URL(filePath: output)
        let outputs = Artifacts.all(for: models, options: options).map { (group: $0, writer: $0.writer(in: root)) }

        if check {
            var report = ""
            for output in outputs {
                // The label is escaped there: a URL's password in it is redacted first, as `Lookup.shown` does.
                let label = DisplayText.redactingUserinfo((self.output as NSString).appendingPathComponent(output.group.directory))
                report += output.writer.staleness(output.group.files, label: label)
            }
            guard report.isEmpty else {
                Output.standardOutput(Self.shown(report), terminator: "")
                Output.standardError(Lookup.shown("error: \(output) is stale; run `\(refreshCommand)`"))
                throw ExitCode.failure
            }
            Output.standardOutput(Lookup.shown("\(output) is up to date."))
            return
        }
        let plans: [OutputPlan]
        do {
            plans = try OutputWriter.write(outputs.map { ($0.writer, $0.group.files) })
        } catch {
            for problem in error.problems { Output.standardError(Lookup.shown("error: \(problem)")) }
            Output.standardError(Lookup.shown("error: nothing was written to \(output)"))
            throw ExitCode.failure
        }
        let steps = zip(outputs, plans).flatMap { output, plan in
            plan.steps.map { (step: $0, path: output.group.directory == "." ? $0.name : "\(output.group.directory)/\($0.name)") }
        }
        let written = steps.filter { !$0.step.isRemoval }.map(\.path), removed = steps.filter(\.step.isRemoval).map(\.path)
        if !written.isEmpty { Output.standardOutput(Lookup.shown("Wrote \(written.count) file(s) in \(output): \(written.joined(separator: ", "))")) }
        if !removed.isEmpty { Output.standardOutput(Lookup.shown("Removed \(removed.count) generated file(s) no spec produces any more: \(removed.joined(separator: ", "))")) }
        if steps.isEmpty { Output.standardOutput(Lookup.shown("\(output) is up to date.")) }
    }

    /// The command that writes what `--check` compared: this one's arguments, `--config` included (without it the
    /// spec directory's own configuration, or none, applied), each quoted for a POSIX shell where it needs to be.
    var refreshCommand: String {
        let arguments = ["generate", specDirectory, "--output", output] + (config.map { ["--config", $0] } ?? [])
        // A URL's password in a path is shown `<redacted>` here too: redacted before it is quoted, whose escapes
        // (`\x01`) would end its user information early.
        return "swift run smsspec " + arguments.map { Self.shellQuoted(DisplayText.redactingUserinfo($0)) }.joined(separator: " ")
    }

    /// `word` as a shell reads it back: as it is when it holds only characters no shell treats specially, else in
    /// single quotes (a quote inside written `'\''`). A word holding a character `DisplayText` escapes (a line feed
    /// in a folder's name) is ANSI-C quoted (`$'out\nerror'`, read by bash, zsh, ksh and POSIX.1-2024 sh): in single
    /// quotes the message's escape `\n` would be pasted as a backslash and an `n`, and raw it would break the line.
    static func shellQuoted(_ word: String) -> String {
        let plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,"
        guard word.isEmpty || !word.allSatisfy(plain.contains) else { return word }
        guard word.unicodeScalars.contains(where: DisplayText.needsEscape) else {
            return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        }
        var quoted = "$'"
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\", "'": quoted += "\\" + String(scalar)
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where DisplayText.needsEscape(scalar): quoted += String(scalar).utf8.map { String(format: "\\x%02X", $0) }.joined()
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "'"
    }

    /// The `--check` report as the terminal gets it: each line escaped as `DisplayText` escapes values. File names
    /// come from spec file names, which arrive in pull requests (`gi\u{1B}[31m.yaml` printed its escape raw), and the
    /// diff quotes generated text. A one-line message is escaped whole (`DisplayText.escaped`), so a line feed in a
    /// path (`--output 'out<LF>error: …'`) cannot add a line of its own; a URL's password is redacted first
    /// (`Lookup.shown`), since an escape's backslash would end its user information early.
    static func shown(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Lookup.shown(String($0)) }.joined(separator: "\n")
    }
}
