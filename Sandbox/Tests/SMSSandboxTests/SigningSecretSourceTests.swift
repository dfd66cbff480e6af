import SMSSandbox
import SMSSpecRuntime
import Testing

/// `smsspec-sandbox` takes its signing secret from `--signing-secret` or, kept out of the process list, from the
/// environment; the option wins, and an empty secret is none (callbacks go unsigned, and the log says so).
@Suite struct SigningSecretSourceTests {
    let variable = SandboxConfiguration.signingSecretVariable

    @Test func theOptionWinsOverTheEnvironment() {
        #expect(SandboxConfiguration.signingSecret(option: "from-option", environment: [variable: "from-env"])?.value == "from-option")
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [variable: "from-env"])?.value == "from-env")
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [:]) == nil)
        #expect(SandboxConfiguration.signingSecret(option: nil, environment: [variable: ""]) == nil)
        #expect(SandboxConfiguration.signingSecret(option: "", environment: [variable: "from-env"]) == nil)
    }
}
