/// How a provider code a broken rule gets is said, one way wherever it is: in a field's documentation, a violation's
/// description and `smsspec validate` (a spec's `providerCodes`, `inferred: true` when the documents do not tie the
/// rule to the code).
public enum ProviderCodeInference {
    /// What follows a code the spec infers.
    public static let note = "our inference: the documents do not tie the rule to the code"

    /// "would answer -69", "would probably answer 4 Destination address unreachable": a row without a name of its own
    /// is named by its code, once; the code as the provider sends it (Netgsm's 1 as `01`).
    public static func answer(_ entry: StatusEntry, isInferred: Bool) -> String {
        (isInferred ? "would probably answer " : "would answer ") + entry.codeAndName
    }

    @available(*, deprecated, message: "Use answer(_:isInferred:), which shows the code as the provider sends it.")
    public static func answer(code: String, name: String, isInferred: Bool) -> String {
        (isInferred ? "would probably answer " : "would answer ") + (name == code ? code : "\(code) \(name)")
    }
}
