import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `URLSession` delegate that follows a redirect only to the origin (scheme, host and port) the request was sent
/// to, and refuses every other: the redirect's answer (`302`, `307`, …) is then the answer the client reads, and a
/// generated client throws it as a `ProviderError` whose `httpStatus` is that status.
///
/// URLSession follows redirects on its own and sends the request again with every header it had, to wherever
/// `Location` points: the `X-API-KEY` or `Authorization` header a client sets (and, after a 307 or 308, the body with
/// its credential fields) reached another host, or the same host over plain `http` (swift-corelibs-foundation
/// and Darwin alike; AsyncHTTPClient drops only `Authorization`). A provider's own server that moved, a captive
/// portal or a hostile answer could so collect the credentials. Within one origin a redirect goes where the
/// credentials already went, so it is followed (on Linux, not a 307 or 308 of a request with a body, which
/// swift-corelibs-foundation would send again without it: that redirect is the answer).
///
/// ```swift
/// let transport = URLSessionTransport(configuration: .init(session: .sameOriginRedirects()))
/// ```
public final class SameOriginRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    // No state: `@unchecked` only because NSObject is not `Sendable`.

    public override init() {}

    public func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let origin = task.originalRequest?.url ?? response.url
        guard Self.isSameOrigin(origin, request.url), !Self.addsUserinfo(request.url, to: origin),
            !Self.losesBody(task.originalRequest, after: response.statusCode)
        else {
            return completionHandler(nil)
        }
        completionHandler(request)
    }

    /// Whether the redirect's URL carries user information the request's did not (`http://evil@host/…`): URLSession
    /// would send it as an `Authorization: Basic` header the caller never gave, beside the caller's own key (an attack).
    public static func addsUserinfo(_ target: URL?, to origin: URL?) -> Bool {
        let userinfo = { (url: URL?) in
            url.flatMap { URLComponents(url: $0, resolvingAgainstBaseURL: true) }.map { [$0.percentEncodedUser, $0.percentEncodedPassword] } ?? [nil, nil]
        }
        let added = userinfo(target)
        return added != [nil, nil] && added != userinfo(origin)
    }

    /// Whether following would send a request with a body again without it: a 307 or 308 repeats the request unchanged
    /// (RFC 9110 §15.4.8), and swift-corelibs-foundation sends it without its body, whatever the new request holds (an
    /// attack: a send followed within the origin reached the provider empty, and its refusal was thrown as the
    /// provider's answer to the request the caller built). The redirect is then the answer. Darwin keeps the body.
    static func losesBody(_ original: URLRequest?, after status: Int) -> Bool {
        #if canImport(FoundationNetworking)
        return [307, 308].contains(status) && original?.httpBody?.isEmpty == false
        #else
        return false
        #endif
    }

    /// Whether two URLs have one origin (RFC 6454): the same scheme and host, case aside, and the same port, a
    /// missing one being the scheme's default. A URL without a scheme or host has no origin and matches nothing.
    public static func isSameOrigin(_ first: URL?, _ second: URL?) -> Bool {
        guard let first = first.flatMap(Origin.init), let second = second.flatMap(Origin.init) else { return false }
        return first == second
    }

    private struct Origin: Equatable {
        let scheme: String
        let host: String
        let port: Int?

        init?(_ url: URL) {
            guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
                let scheme = components.scheme?.lowercased(), let host = components.percentEncodedHost?.lowercased(), !host.isEmpty
            else { return nil }
            self.scheme = scheme
            self.host = host
            self.port = components.port ?? ["http": 80, "https": 443][scheme]
        }
    }
}

extension URLSession {
    /// A session whose redirects stay on the origin they were sent to (`SameOriginRedirects`): pass it to
    /// `URLSessionTransport(configuration: .init(session: .sameOriginRedirects()))`.
    /// The session has no URL cache: with one, swift-corelibs-foundation can report a cancelled task's failure after the
    /// task has left its registry, a trap (an attack's calls cancelled as they completed).
    public static func sameOriginRedirects(configuration: URLSessionConfiguration = .default) -> URLSession {
        let configuration = configuration.copy() as! URLSessionConfiguration
        configuration.urlCache = nil
        return URLSession(configuration: configuration, delegate: SameOriginRedirects(), delegateQueue: nil)
    }
}
