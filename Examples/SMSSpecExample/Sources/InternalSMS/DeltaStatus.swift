import SMSSpecRuntime

/// What this module offers: its generated Delta types are internal (see smsspec-config.yaml).
public enum DeltaStatus {
    public static func category(of code: String) -> ErrorCategory { Delta.Code(rawCode: code).category }
    public static var providerIDs: [String] { InternalCatalog.registry.providers }
}
