import SMSSandbox
import SMSSpecRuntime
import Testing

/// `smsspec-sandbox` takes its signing secret from `--signing-secret` or, kept out of the process list, from the
/// environment; the option wins, and an empty or blank secret is none (callbacks go unsigned, and the log says so).
@Suite struct SigningSecretSourceTests {
    let variable = SandboxConfiguration.signingSecretVariable

    @Test func theOptionWinsOverTheEnvironment() {
        #expect(SandboxConfiguration.signingSecret(option: "from-option", environment: [variable: "from-env"])?.value == "from-option")
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [variable: "from-env"])?.value == "from-env")
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [:]) == nil)
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [variable: ""]) == nil)
        #expect(SandboxConfiguration.signingSecret(option: "", environment: [variable: "from-env"]) == nil)
        // A blank one too, as a receiver reads it (an attack: the sandbox signed with "  ", which receivers take for none).
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [variable: "  \n"]) == nil)
        #expect(SandboxConfiguration.signingSecret(option: " ", environment: [:]) == nil)
    }
}

/// `smsspec-sandbox` takes the credentials it accepts from `--credential` or, kept out of the process list, from the
/// environment, one per line; the options win.
@Suite struct CredentialSourceTests {
    let variable = SandboxConfiguration.credentialsVariable

    @Test func theOptionsWinOverTheEnvironmentWhichHoldsOnePerLine() {
        #expect(SandboxConfiguration.credentials(options: ["k"], environment: [variable: "a\nb"]) == ["k"])
        #expect(SandboxConfiguration.credentials(options: [], environment: [variable: "key\r\nuser:pa:ss\n\nlast\r"]) == ["key", "user:pa:ss", "last"])
        #expect(SandboxConfiguration.credentials(options: [], environment: [:]) == [])
        #expect(SandboxConfiguration.credentials(options: [], environment: [variable: ""]) == [])
        // Set to restrict, yet naming none: the log says that any credentials pass.
        for empty in ["", "\r\n\n", "\n"] {
            #expect(SandboxConfiguration.credentialsNote(options: [], environment: [variable: empty])?.contains("names no credential") == true)
        }
        #expect(SandboxConfiguration.credentialsNote(options: [], environment: [variable: "k"]) == nil)
        #expect(SandboxConfiguration.credentialsNote(options: ["k"], environment: [variable: ""]) == nil)
        #expect(SandboxConfiguration.credentialsNote(options: [], environment: [:]) == nil)
    }
}
