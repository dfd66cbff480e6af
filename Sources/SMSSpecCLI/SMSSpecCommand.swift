import ArgumentParser

@main
struct SMSSpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsspec",
        abstract: "Turns SMS-gateway specs into Swift, and answers questions about the bundled providers.",
        subcommands: [Lint.self, Generate.self, Decode.self]
    )
}
