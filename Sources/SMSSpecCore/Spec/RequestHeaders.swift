/// The headers a request writes itself, whatever the spec says: a field or a credential in one would go out twice.
enum RequestHeaders {
    /// Why the request writes `name` itself (in any case), or nil when it does not.
    static func whyWrittenByTheRequest(_ name: String) -> String? {
        switch name.lowercased() {
        case "content-type": "requests write Content-Type themselves, from the operation's encoding (JSON or a form)"
        case "content-length", "transfer-encoding": "the HTTP client writes \(name) from the body"
        case "host": "the HTTP client writes \(name) from the URL"
        default: nil
        }
    }
}
