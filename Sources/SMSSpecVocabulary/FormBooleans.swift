/// How a provider reads a boolean sent as text — in a form, a query, the path or a header: `1`/`0`, or `true`/`false`
/// (Twilio, Infobip's query API). The spec's `formBooleans` says which; the generator checks it, the runtime writes it.
/// Either reads back: `FormDecoder` takes both.
public enum FormBooleans: String, Hashable, Sendable, CaseIterable {
    case digits = "1/0"
    case words = "true/false"

    /// The text of `flag`.
    public func text(_ flag: Bool) -> String {
        switch self {
        case .digits: flag ? "1" : "0"
        case .words: flag ? "true" : "false"
        }
    }
}
