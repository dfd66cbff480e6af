import Foundation
import SMSSpecRuntime
import Testing

/// `ServerURL.resolve`, what generated `Servers` functions call: any value makes a URL on the template's host and
/// path, or throws; nothing traps.
@Suite struct ServerURLTests {
    /// Letters, digits and every character that could move a URL's parts (`/`, `@`, `:`, `?`, `#`, `%`, `.`, `\`),
    /// whitespace, a control character and a few beyond ASCII.
    static let characters: [Character] = Array("aZ09-._~/@:?#%[]\\ \t\u{0}é€😀{}")

    @Test func anyValueStaysOnTheTemplatesHostAndPathOrThrows() {
        var random = SystemRandomNumberGenerator()
        var resolved = 0
        for _ in 0..<5_000 {
            let values = (0..<2).map { _ in
                String((0..<Int.random(in: 0...8, using: &random)).map { _ in Self.characters.randomElement(using: &random)! })
            }
            do {
                let url = try ServerURL.resolve(
                    "https://{account}.api.acme.example/v1/{version}",
                    [.init(name: "account", value: values[0]), .init(name: "version", value: values[1])])
                let parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
                #expect(parts?.host == values[0] + ".api.acme.example", "\(values)")
                #expect(parts?.path == "/v1/" + values[1], "\(values)")
                #expect(parts?.user == nil && parts?.port == nil && parts?.query == nil && parts?.fragment == nil, "\(values)")
                resolved += 1
            } catch {
                #expect(!"\(error)".isEmpty)
            }
        }
        #expect(resolved > 0)
    }

    /// A value in the host without a list is one label: `https://api.acme.{tld}` was made `api.acme.evil.example` by
    /// `evil.example`, a host of the caller's choosing where the client sends its credentials. Listed values and values
    /// in the path may hold dots.
    @Test func aFreeValueInTheHostIsOneLabel() throws {
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://api.acme.{tld}", [.init(name: "tld", value: "evil.example")]) }
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://{a}.acme.example:{port}", [.init(name: "a", value: "x"), .init(name: "port", value: "1.5")]) }
        #expect(try ServerURL.resolve("https://api.acme.{tld}", [.init(name: "tld", value: "com")]).absoluteString == "https://api.acme.com")
        #expect(try ServerURL.resolve("https://api.acme.{tld}", [.init(name: "tld", value: "co.uk", allowed: ["co.uk", "com"])]).absoluteString
            == "https://api.acme.co.uk")
        #expect(try ServerURL.resolve("https://api.acme.example/{v}", [.init(name: "v", value: "v1.2")]).absoluteString == "https://api.acme.example/v1.2")
    }

    /// A placeholder that is the whole host (a gateway the user runs, Kannel's `http://{host}:{port}`) takes any host
    /// name or IPv4 address; it was one label, so `smsbox.internal` and `10.0.0.5` threw.
    @Test func aWholeHostTakesAnyHostName() throws {
        for host in ["smsbox.internal", "10.0.0.5", "localhost"] {
            let url = try ServerURL.resolve("http://{host}:{port}", [.init(name: "host", value: host), .init(name: "port", value: "13013")])
            #expect(url.absoluteString == "http://\(host):13013")
        }
        #expect(try ServerURL.resolve("https://{host}/v1", [.init(name: "host", value: "sms.example.com")]).absoluteString == "https://sms.example.com/v1")
        #expect(try ServerURL.resolve("https://{host}", [.init(name: "host", value: "sms.example.com")]).absoluteString == "https://sms.example.com")
        // Still one label beside the host's own text, and still no user, port or path in a whole host.
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://{a}{b}.example", [.init(name: "a", value: "x.y"), .init(name: "b", value: "z")]) }
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://{host}.acme.example", [.init(name: "host", value: "evil.example")]) }
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("http://{host}:{port}", [.init(name: "host", value: "h"), .init(name: "port", value: "1.5")]) }
        for value in ["u@evil.example", "evil.example/x", "evil.example:99", ".."] {
            #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://{host}/v1", [.init(name: "host", value: value)]) }
        }
    }

    @Test func aValueOutsideItsListThrows() throws {
        let regions = ["us", "eu"]
        #expect(try ServerURL.resolve("https://{r}.acme.example", [.init(name: "r", value: "eu", allowed: regions)]).absoluteString == "https://eu.acme.example")
        #expect(throws: ServerURLError.self) { try ServerURL.resolve("https://{r}.acme.example", [.init(name: "r", value: "ca", allowed: regions)]) }
    }
}
