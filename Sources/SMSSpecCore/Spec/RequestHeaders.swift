/// The headers a request writes itself, whatever the spec says: a field or a credential in one would go out twice,
/// or never reach the provider.
enum RequestHeaders {
    /// Why the request writes `name` itself (in any case), or nil when it does not.
    static func whyWrittenByTheRequest(_ name: String) -> String? {
        switch name.lowercased() {
        case "content-type": "requests write Content-Type themselves, from the operation's encoding (JSON or a form)"
        case "content-length", "transfer-encoding": "the HTTP client writes \(name) from the body"
        case "host": "the HTTP client writes \(name) from the URL"
        case let lowercased where isHopByHop(lowercased):
            "\(name) is a hop-by-hop header, which the HTTP client manages and proxies and HTTP/2 drop before the provider"
        default: nil
        }
    }

    /// A hop-by-hop header (RFC 9110 §7.6.1), in any case: the HTTP client manages it, and proxies and HTTP/2 drop it
    /// on the way, so a value in it never reaches the provider.
    static func isHopByHop(_ name: String) -> Bool {
        ["connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade"].contains(name.lowercased())
    }
}
