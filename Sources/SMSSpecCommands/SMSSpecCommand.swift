import ArgumentParser

/// `smsspec`: the command-line tool.
public struct SMSSpecCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "smsspec",
        abstract: "Turns SMS-gateway specs into Swift, and answers questions about the bundled providers.",
        subcommands: [Lint.self, Generate.self, Decode.self, Validate.self, Segments.self, Registry.self, LookupCode.self, Diff.self]
    )
}
