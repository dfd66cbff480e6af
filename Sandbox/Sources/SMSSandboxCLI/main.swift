import ArgumentParser
import Foundation
import SMSSandbox
import SMSSpecRuntime

/// `smsspec-sandbox`: a local HTTP server that answers like the providers its specs describe.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smsspec-sandbox",
        abstract: "Emulate SMS providers from their specs: answers, error codes and delivery callbacks, on a local port.",
        discussion: """
            Each provider answers at http://HOST:PORT/<provider id>/<operation path> (or at the bare operation path).
            Outcomes: \(DeliveryOutcome.forms).
            """)

    @Option(name: .customLong("provider"), help: "A bundled provider to emulate (repeatable; all bundled ones when neither --provider nor --spec is given).")
    var providers: [String] = []

    @Option(name: .customLong("spec"), help: "A spec file or directory to emulate (repeatable).")
    var specs: [String] = []

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (printed).")
    var port = 8080

    @Option(help: "A seed that makes every id deterministic.")
    var seed: UInt64?

    @Option(name: .customLong("callback-url"), help: "Where delivery callbacks go when a request names no callback URL.")
    var callbackURL: String?

    @Option(help: "The outcome of every accepted message.")
    var outcome = "delivered"

    @Option(name: .customLong("outcome-for"), help: "NUMBER=OUTCOME: the outcome for one recipient, as the request writes it (repeatable).")
    var outcomesByRecipient: [String] = []

    @Option(name: .customLong("credential"), help: "A credential to accept (API key, user:password, or credential fields joined by ':'; repeatable; \(SandboxConfiguration.credentialsVariable) in the environment, one per line, keeps them out of the process list). Without one, any non-empty credentials pass.")
    var credentials: [String] = []

    @Option(name: .customLong("signing-secret"), help: "The secret callbacks are signed with when their spec declares a signature (a test secret: it is never logged; \(SandboxConfiguration.signingSecretVariable) in the environment keeps it out of the process list too). Without either such callbacks go unsigned.")
    var signingSecret: String?

    @Option(name: .customLong("callback"), help: "NAME: the delivery callback to post, by its name under the spec's 'callbacks:', where a spec lists several (repeatable; each provider takes the first it lists). Without it, the first that reports a delivery.")
    var deliveryCallbacks: [String] = []

    func validate() throws {
        _ = try parsedOutcomes()
    }

    /// `--outcome` and each `--outcome-for`, or an error naming the spellings (checked by `validate()`, so the
    /// command's own usage follows it).
    private func parsedOutcomes() throws -> (run: DeliveryOutcome, byRecipient: [String: DeliveryOutcome]) {
        guard let runOutcome = DeliveryOutcome(parsing: outcome) else {
            throw ValidationError("--outcome '\(outcome)' is not an outcome. Outcomes: \(DeliveryOutcome.forms).")
        }
        var byRecipient: [String: DeliveryOutcome] = [:]
        for item in outcomesByRecipient {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let parsed = DeliveryOutcome(parsing: parts[1]) else {
                throw ValidationError("--outcome-for '\(item)' is not NUMBER=OUTCOME. Outcomes: \(DeliveryOutcome.forms).")
            }
            byRecipient[parts[0]] = parsed
        }
        return (runOutcome, byRecipient)
    }

    func run() async throws {
        let ids = providers.isEmpty && specs.isEmpty ? SandboxSpecs.bundledIDs : providers
        let loaded: [SandboxProvider]
        do {
            loaded = try SandboxSpecs.load(bundled: ids, specPaths: specs)
        } catch let error as SandboxError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        let (runOutcome, byRecipient) = try parsedOutcomes()
        let configuration = SandboxConfiguration(
            callbackURL: callbackURL, outcomes: OutcomePolicy(run: runOutcome, byRecipient: byRecipient), credentials: SandboxConfiguration.credentials(options: credentials, environment: ProcessInfo.processInfo.environment), seed: seed,
            signingSecret: SandboxConfiguration.signingSecret(option: signingSecret, environment: ProcessInfo.processInfo.environment),
            deliveryCallbacks: deliveryCallbacks)
        let emulator = SandboxEmulator(providers: loaded, configuration: configuration)
        if let problem = emulator.outcomeCodeProblems.first ?? emulator.deliveryCallbackProblems.first {
            throw ValidationError(problem)
        }
        let server: SandboxServer
        do {
            server = try SandboxServer(emulator: emulator, host: host, port: port) { line in say(line) }
        } catch {
            throw ValidationError(error.description)
        }
        let host = self.host
        let credentialsNote = SandboxConfiguration.credentialsNote(options: credentials, environment: ProcessInfo.processInfo.environment)
        try await server.run { port in
            say("smsspec-sandbox listening on http://\(host):\(port) — \(loaded.map(\.id).joined(separator: ", "))")
            for provider in loaded { say("  \(provider.id): http://\(host):\(port)/\(provider.id)") }
            if !emulator.inboundProviders.isEmpty {
                say("  inbound messages: POST http://\(host):\(port)/_sandbox/inbound (\(emulator.inboundProviders.joined(separator: ", ")))")
            }
            for note in emulator.notes + [credentialsNote].compactMap({ $0 }) { say("note: \(note)") }
        }
    }
}

/// One line to standard output, unbuffered, so a pipe or file sees each request as it happens.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
