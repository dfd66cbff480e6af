import Foundation
import SMSSpecVocabulary

/// A server of a spec's `baseURLs` with variables (`https://{region}.sms.api.sinch.com`): what the generated
/// `Servers` functions call to make its URL from the values they are given.
public enum ServerURL {
    /// One variable of a server: its name in the URL, the value to put there, and the values the spec allows (any
    /// value of `ServerTemplate.valueRule` when empty).
    public struct Variable: Sendable {
        public let name: String
        public let value: String
        public let allowed: [String]

        public init(name: String, value: String, allowed: [String] = []) {
            self.name = name
            self.value = value
            self.allowed = allowed
        }
    }

    /// The URL `template` makes with `variables`; throws, never traps, for a value the spec does not allow, one
    /// that would add to the URL rather than fill its placeholder (`a.example/x`, `user@evil`, `..`, `evil.example` for
    /// a label of the host), or a URL that is no base URL.
    public static func resolve(_ template: String, _ variables: [Variable]) throws(ServerURLError) -> URL {
        guard let parsed = ServerTemplate(template) else {
            throw ServerURLError(description: "server URL template '\(DisplayText.escapedExcerpt(template))' has a brace without its partner")
        }
        let labels = parsed.hostVariableNames
        for variable in variables {
            // What stands before an '@' may be a user and password, a URL's or not: never shown.
            let value = variable.value.lastIndex(of: "@").map { "<redacted>" + variable.value[$0...] } ?? variable.value
            let shown = "server variable '\(variable.name)' is \(DisplayText.quotedExcerpt(DisplayText.redactingUserinfo(value)))"
            if !variable.allowed.isEmpty, !variable.allowed.contains(variable.value) {
                throw ServerURLError(description: "\(shown), not one of its values: \(variable.allowed.joined(separator: ", "))")
            }
            guard ServerTemplate.isValidValue(variable.value, asLabel: variable.allowed.isEmpty && labels.contains(variable.name)) else {
                throw ServerURLError(description: "\(shown); it must be \(ServerTemplate.valueRule)")
            }
        }
        let text = parsed.substituting(Dictionary(variables.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
        if let problem = ServerTemplate.baseURLProblem(text) { throw ServerURLError(description: problem) }
        guard let url = URL(string: text) else { throw ServerURLError(description: "'\(DisplayText.escapedExcerpt(text))' is no URL") }
        return url
    }

    /// Throws for a URL a client is given that holds a query or fragment: a request's path is appended to its path and
    /// its query replaces the URL's, so they would be dropped, as a spec's base URL may hold none
    /// (`ServerTemplate.baseURLProblem`). Shown cut after its `?` or `#` (a key may be pasted there), its user
    /// information `<redacted>`.
    public static func check(_ url: URL) throws(ServerURLError) {
        let text = url.absoluteString
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            components.percentEncodedQuery != nil || components.percentEncodedFragment != nil,
            let cut = text.unicodeScalars.firstIndex(where: { $0 == "?" || $0 == "#" })
        else { return }
        let shown = DisplayText.escapedExcerpt(String(String.UnicodeScalarView(text.unicodeScalars[...cut])) + "…")
        throw ServerURLError(
            description: "server URL '\(shown)' has a query or fragment, which requests would drop; give it without (e.g. https://api.example.com/v1)")
    }
}

/// Why a server's variables make no URL, said so a person can fix the value.
public struct ServerURLError: Error, CustomStringConvertible, Sendable, LocalizedError {
    public let description: String
}

extension ServerURLError {
    /// As `description`: Foundation's default (`localizedDescription`, what most code logs) says only "error 1".
    public var errorDescription: String? { description }
}
