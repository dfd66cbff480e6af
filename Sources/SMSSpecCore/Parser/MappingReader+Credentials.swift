import SMSSpecVocabulary

extension MappingReader {
    /// Keys whose text is the documents' prose or an example, which what we generate shows with a URL's user
    /// information `<redacted>` (`DisplayText.redactingUserinfo`, `ExampleRedaction`). Every other text of a spec
    /// (a default, a name, an enum value, a pattern, a path, a code, a base URL) is written into generated code as
    /// it is.
    static let redactedKeys: Set<String> = [
        "summary", "title", "document", "url", "section", "issue", "decision", "cause", "explanation", "payload", "verbatim",
        "corrections",
    ]

    /// Whether `value`, the text of `what`, holds a URL's user or password (`https://user:password@host`, written
    /// out or percent-encoded: whatever `redactingUserinfo` redacts); if so it is reported at the value, unquoted.
    /// Generated code would hold it verbatim, and a password belongs to the client's configuration.
    func holdsCredential(_ value: Located<String>, _ what: @autoclosure () -> String) -> Bool {
        guard DisplayText.redactingUserinfo(value.value) != value.value else { return false }
        diagnostics.error(
            "\(what()) holds a URL's user or password, which generated code would hold as it is; remove it: "
                + "credentials go to the client's configuration",
            at: value.location)
        return true
    }

    /// Whether the text `value` of `key` (not prose) holds a credential, reported.
    func holdsCredential(_ value: Located<String>, of key: String) -> Bool {
        !Self.redactedKeys.contains(key) && holdsCredential(value, "'\(key)' of \(subject)")
    }
}
