/// Text of a message that holds credentials, as printing the message shows it (its mirror: `print`, `dump`,
/// `String(describing:)`): with every spelling of the message's credentials `<redacted>`. A password pasted into a
/// text or a recipient printed whole there, where `validate()`, the printed request and the sandbox log hid it
/// (users).
@_spi(Generated) public protocol RepeatedSecretsHidable {
    /// This value with each spelling `sweep` finds `<redacted>`.
    func hidingRepeated(_ sweep: SecretSweep) -> Self
}

extension SecretSweep {
    /// A sweep for a message's credentials, those it leaves out (`nil`) aside.
    @_spi(Generated) public init(hiding secrets: [Secret?]) {
        self.init(values: secrets.compactMap { $0?.value })
    }
}

@_spi(Generated) extension String: RepeatedSecretsHidable {
    public func hidingRepeated(_ sweep: SecretSweep) -> String { sweep.redactingValue(self) }
}

@_spi(Generated) extension Optional: RepeatedSecretsHidable where Wrapped: RepeatedSecretsHidable {
    public func hidingRepeated(_ sweep: SecretSweep) -> Self { map { $0.hidingRepeated(sweep) } }
}

@_spi(Generated) extension Array: RepeatedSecretsHidable where Element: RepeatedSecretsHidable {
    public func hidingRepeated(_ sweep: SecretSweep) -> Self { map { $0.hidingRepeated(sweep) } }
}

@_spi(Generated) extension Dictionary: RepeatedSecretsHidable where Value: RepeatedSecretsHidable {
    public func hidingRepeated(_ sweep: SecretSweep) -> Self { mapValues { $0.hidingRepeated(sweep) } }
}
