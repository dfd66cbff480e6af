/// The headers a request writes itself, whatever the spec says: a field or a credential in one would go out twice,
/// or never reach the provider; and the names that say a header holds a credential. One rule for lint and for the
/// runtime, which refuses them in a hand-made descriptor and hides them when a request is printed.
public enum RequestHeaders {
    /// Why the request writes `name` itself (in any case), or nil when it does not.
    public static func whyWrittenByTheRequest(_ name: String) -> String? {
        switch name.lowercased() {
        case "content-type": "requests write Content-Type themselves, from the operation's encoding (JSON or a form)"
        case "content-length", "transfer-encoding": "the HTTP client writes \(name) from the body"
        // The body goes as written: a coding label would have the provider decode what was never coded (an attack).
        case "content-encoding": "requests send their body as written, never compressed, so \(name) would misname it"
        case "host": "the HTTP client writes \(name) from the URL"
        case let lowercased where isHopByHop(lowercased):
            "\(name) is a hop-by-hop header, which the HTTP client manages and proxies and HTTP/2 drop before the provider"
        default: nil
        }
    }

    /// A hop-by-hop header (RFC 9110 §7.6.1), in any case: the HTTP client manages it, and proxies and HTTP/2 drop it
    /// on the way, so a value in it never reaches the provider.
    public static func isHopByHop(_ name: String) -> Bool {
        ["connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade"].contains(name.lowercased())
    }

    /// Whether a header's name, in any case, says it holds a credential: `Authorization`, `Proxy-Authorization`,
    /// `Cookie`, or a name one of whose words, or the whole, names one (`X-Api-Key`, `X-ApiKey`, `X-AuthToken`,
    /// `X-Auth`, `Token`), or whose last word is `key`, `token`, `secret` or `password`.
    public static func isCredentialNamed(_ name: String) -> Bool {
        let lowercased = name.lowercased()
        if ["authorization", "proxy-authorization", "cookie"].contains(lowercased) { return true }
        let words = lowercased.split { "-_.".contains($0) }.map(String.init)
        return ([lowercased] + words).contains { CredentialNames.folded($0).map(DisplayText.credentialQueryNames.contains) == true }
            || words.last.map { ["key", "token", "secret", "password"].contains($0) } == true
    }
}
