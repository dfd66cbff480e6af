import ArgumentParser
import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// `smsspec`: the command-line tool.
public struct SMSSpecCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "smsspec",
        abstract: "Turns SMS-gateway specs into Swift, and answers questions about providers: the bundled ones, or a spec file of your own.",
        subcommands: [Lint.self, Generate.self, Decode.self, Validate.self, Segments.self, Registry.self, LookupCode.self, Diff.self]
    )

    /// Runs the command line, refusing an argument that is not UTF-8 first: Swift reads it with U+FFFD in place of
    /// its bytes, so `segments` would count a character no one wrote and a file so named would be another name.
    public static func main() {
        for index in 1..<max(1, Int(CommandLine.argc)) {  // argc is 0 when a program runs us with no argv at all
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument))
            if let offset = StrictUTF8.firstInvalidOffset(bytes) {
                exit(withError: InputError(
                    "argument \(index) is not valid UTF-8 (byte \(offset)); arguments are read as UTF-8 text: give a file so named "
                        + "as - and the file on standard input (- < file), or rename it."))
            }
        }
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// `ParsableCommand.exit(withError:)`, its message printed as every other one (`Output`): the argument parser's
    /// errors quote an argument as given ("Unexpected argument 'https://u:pw@host'"), which printed its password.
    /// Help (a clean exit) goes to standard output, an error to standard error. Each line is escaped as
    /// `DisplayText` escapes a value: the parser echoes a value it refuses as given (`--format $'\e]0;owned\a'`:
    /// "The value '…' is invalid for '--format <format>'"), which drove the terminal; a long one is cut (see
    /// `excerptingArguments`).
    public static func exit(withError error: (any Error)? = nil) -> Never {
        guard let error else { Foundation.exit(ExitCode.success.rawValue) }
        let code = exitCode(for: error)
        let message = excerptingArguments(fullMessage(for: error), Array(CommandLine.arguments.dropFirst())).split(separator: "\n", omittingEmptySubsequences: false).map { DisplayText.escaped(String($0)) }
            .joined(separator: "\n")
        if !message.isEmpty { code == .success ? Output.standardOutput(message) : Output.standardError(message) }
        Foundation.exit(code.rawValue)
    }

    /// `message` with each argument of `arguments` longer than a message quotes whole cut as `DisplayText` cuts a
    /// value (`xxxx… (100000 characters)`): the parser echoes a value it refuses whole, a `--format=` one too.
    static func excerptingArguments(_ message: String, _ arguments: [String]) -> String {
        let values = arguments.flatMap { argument in
            argument.hasPrefix("-") && argument.contains("=") ? [argument, String(argument.drop { $0 != "=" }.dropFirst())] : [argument]
        }
        var message = message
        // The longest first: a `--format=…` argument holds its value.
        for value in values.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count })
        where value.unicodeScalars.count > DisplayText.maximumQuotedLength {
            message = message.replacingOccurrences(of: value, with: DisplayText.escapedExcerpt(value))
        }
        return message
    }

    /// The command a command line names, as ArgumentParser parses it, except that a word where the command should
    /// be that names none (`smsspec lnt specs`, `smsspec help lnt`) is an error naming the commands and the closest
    /// one: ArgumentParser said only "Unexpected argument 'lnt'", or printed the tool's help and succeeded.
    public static func parseAsRoot(_ arguments: [String]? = nil) throws -> any ParsableCommand {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0._commandName }
        let word = arguments.first == "help" ? arguments.dropFirst().first : arguments.first
        if let word, !word.hasPrefix("-"), !(names + ["help"]).contains(word) {
            throw ValidationError(
                "Unknown command '\(DisplayText.escapedExcerpt(word))'\(Suggestions.hint(for: word, in: names)). Commands: \(names.joined(separator: ", ")).")
        }
        let isSegments = arguments.first == Segments._commandName
        do {
            return try (self as any ParsableCommand.Type).parseAsRoot(isSegments ? Segments.textAfterSeparator(arguments) : arguments)
        } catch {
            if let hinted = providerOptionHint(for: error, in: arguments) { throw hinted }
            throw isSegments ? Segments.explained(error) : error
        }
    }

    /// `segments` and `registry` take the provider as `--provider`, where `decode`, `lookup` and `validate` take it
    /// first: `smsspec segments specs/x.yaml "text"` said only "Unexpected argument 'text'" (a user). A positional word
    /// naming a provider or a spec file is shown after `--provider`.
    static func providerOptionHint(for error: any Error, in arguments: [String]) -> (any Error)? {
        guard let command = arguments.first, [Segments._commandName, Registry._commandName].contains(command),
            SMSSpecCommand.message(for: error).hasPrefix("Unexpected argument"), !arguments.contains("--provider")
        else { return nil }
        var words = Array(arguments.dropFirst())
        let optionsWithValues: Set<String> = ["--format"]
        let positional = words.indices.filter { index in
            !words[index].hasPrefix("-") && (index == 0 || !optionsWithValues.contains(words[index - 1]))
        }
        guard let index = positional.first(where: { ProviderSource.isSpecFile(words[$0]) || (try? Lookup.provider(words[$0])) != nil })
        else { return nil }
        let provider = words.remove(at: index)
        let fixed = (["smsspec", command, "--provider", provider] + words).map(Generate.shellQuoted).joined(separator: " ")
        var lines = SMSSpecCommand.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("The provider goes after --provider: \(fixed)", at: 1)
        Output.standardError(lines.joined(separator: "\n"))
        return ExitCode.validationFailure
    }
}
