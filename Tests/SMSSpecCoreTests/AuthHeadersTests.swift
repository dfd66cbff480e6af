import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Credentials in several headers (`auth: {type: headers, headers: [...]}`): Textmagic's user name in `X-TM-Username`
/// and API key in `X-TM-Key` (Tests/ThirdPartySpecs/textmagic.yaml, TG1), an account id beside an API key.
@Suite struct AuthHeadersTests {
    static let operations = """
        operations: {send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}}
        shapes:
          Send: {fields: {to: string}}

        """

    /// Each header is checked as the one header of `type: header` is: an HTTP token, listed once in any case; a key
    /// misspelt gets a suggestion, and one the type does not read is named.
    @Test func eachHeaderIsCheckedWhereItIsWritten() {
        let only = "letters, digits and !#$%&'*+-.^_`|~ only"
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, headers: [X-Account-Id, 'X Key', x-account-id]}\n") == [
            "6:49: auth 'headers' is not an HTTP token: character 2 is \" \"; \(only)",
            "6:58: auth header 'x-account-id' is listed twice (as 'X-Account-Id' at line 6): HTTP reads a header's name in any case; list it once",
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, header: [X-Account-Id, X-Api-Key]}\n") == [
            "6:9: 'auth' is missing the required key 'headers'",
            "6:25: unknown key 'header' in 'auth' (did you mean 'headers'?)",
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, headers: [], scheme: Bearer}\n") == [
            "6:25: auth 'headers' lists no header; name each header a credential travels in: {type: headers, headers: [X-Account-Id, X-Api-Key]}",
            "6:38: 'scheme' of 'auth' is not read with type headers, which sends each credential as it is in its header of 'headers'; remove it",
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, headers: [X-Account-Id, X-Api-Key]}\n") == [])
    }

    /// A header the request writes itself cannot carry a credential (lint took `Content-Type` as one, and as the one
    /// header of `type: header`): the client would send it twice, or the HTTP client replace it.
    @Test func aHeaderTheRequestWritesIsNoCredentialHeader() {
        let why = "so the credential would be sent twice or lost; name the header the provider reads the credential from"
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, headers: [X-Account-Id, content-type]}\n") == [
            "6:49: auth header content-type cannot carry a credential: requests write Content-Type themselves, from the operation's "
                + "encoding (JSON or a form), \(why)"
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: header, name: Content-Length}\n") == [
            "6:30: auth header Content-Length cannot carry a credential: the HTTP client writes Content-Length from the body, \(why)"
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: header, name: Host}\n") == [
            "6:30: auth header Host cannot carry a credential: the HTTP client writes Host from the URL, \(why)"
        ])
        #expect(Snippet.diagnostics(Self.operations, providerKeys: "  auth: {type: headers, headers: [X-Account-Id, Connection]}\n") == [
            "6:49: auth header Connection cannot carry a credential: Connection is a hop-by-hop header, which the HTTP client manages "
                + "and proxies and HTTP/2 drop before the provider, \(why)"
        ])
    }

    /// A request's own header field may not be an auth header, in any case: the value would go out twice.
    @Test func aRequestFieldNamingAnAuthHeaderIsALocatedError() {
        let yaml = Self.operations.replacingOccurrences(
            of: "Send: {fields: {to: string}}", with: "Send: {fields: {to: string, x-api-key: {type: string, in: header, secret: true}}}")
        #expect(Snippet.diagnostics(yaml, providerKeys: "  auth: {type: headers, headers: [X-Account-Id, X-Api-Key]}\n") == [
            "11:31: field 'x-api-key' of shape 'Send' is 'in: header', but it is one of the provider's auth headers (auth: {type: headers, "
                + "headers: [X-Account-Id, X-Api-Key]}), written from the credentials a client is given: the header would be sent twice; remove the field"
        ])
    }

    /// The generated client sends both headers from the credentials it is configured with once; a missing one, or one
    /// the spec does not name, is a clear error before anything is sent; neither value prints — not in the
    /// configuration, the request, nor the provider's answer that echoes them.
    @Test func theClientSendsEveryHeaderAndPrintsNone() throws {
        let spec = try String(contentsOf: PackageRoot.url.appending(path: "Tests/ThirdPartySpecs/textmagic.yaml"), encoding: .utf8)
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            /// Prints what it was sent, and answers 401 echoing both credentials.
            struct Echo: ClientTransport {
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    let user = request.headerFields[HTTPField.Name("X-TM-Username")!] ?? "-"
                    let key = request.headerFields[HTTPField.Name("X-TM-Key")!] ?? "-"
                    print("sent", user, key)
                    let body = #"{"code": 401, "message": "Unauthorized: \#(user) \#(key)"}"#
                    return (HTTPResponse(status: .unauthorized, headerFields: [.contentType: "application/json"]), HTTPBody(body))
                }
            }

            let send = Textmagic.SendRequest(text: "Hi", phones: ["447860021130"])
            for credentials in [
                Credentials.headers(["X-TM-Username": "alice-9", "x-tm-key": "k-5ecret"]), .headers(["X-TM-Key": "k-5ecret"]),
                .headers(["X-TM-Username": "alice-9", "X-TM-Key": "k-5ecret", "X-Other": "o"]), .apiKey("k-5ecret"), .fields(["key": "k-5ecret"]),
            ] {
                let configuration = ClientConfiguration(credentials: credentials)
                print(configuration)
                do {
                    _ = try await Textmagic.Client(transport: Echo(), configuration: configuration).sendMessage(send)
                } catch {
                    print("error", error)
                    dump(error)
                }
            }
            let parts = try send.httpRequest(
                baseURL: "https://rest.textmagic.com", authentication: Textmagic.provider.authentication,
                credentials: .headers(["X-TM-Username": "alice-9", "X-TM-Key": "k-5ecret"]))
            print(parts)
            dump(parts)
            print(parts.headers.filter { $0.name.hasPrefix("X-TM") }.map { "\($0.name)=\($0.value)" })
            """##
        let (build, run) = try BuildProducts.buildAndRun(specs: [SpecInput(path: "textmagic.yaml", contents: spec)], main: main, clients: true)
        #expect(build.status == 0, "\(build.output)")
        let output = try #require(run?.output, "\(build.output)")
        let lines = output.split(separator: "\n").map(String.init)
        // Sent once, with both headers; the only other place the values show is the headers as the request holds them.
        #expect(lines.filter { $0.contains("k-5ecret") || $0.contains("alice-9") } == [
            "sent alice-9 k-5ecret", #"["X-TM-Username=alice-9", "X-TM-Key=k-5ecret"]"#,
        ], "\(output)")
        #expect(lines.contains("credentials: headers X-TM-Username, x-tm-key <redacted>, validates requests: true, retries: 0"), "\(output)")
        #expect(lines.contains("error textmagic authenticates every request with the header 'X-TM-Username' too: give its value in the credentials' .headers"), "\(output)")
        #expect(lines.contains("error textmagic takes no credential in the header 'X-Other'"), "\(output)")
        // An API key or fields given where the spec takes headers: named as such, not called missing (an attack).
        #expect(lines.contains(
            "error textmagic takes credentials as .headers([…]) ('X-TM-Username', 'X-TM-Key') (its spec's auth); the client was given .fields([…]), "
                + "which it would not send: pass .headers([…]) ('X-TM-Username', 'X-TM-Key')"), "\(output)")
        #expect(lines.contains(
            "error textmagic takes credentials as .headers([…]) ('X-TM-Username', 'X-TM-Key') (its spec's auth); the client was given .apiKey(…), "
                + "which it would not send: pass .headers([…]) ('X-TM-Username', 'X-TM-Key')"), "\(output)")
        #expect(lines.contains("X-TM-Username: <redacted>") && lines.contains("X-TM-Key: <redacted>"), "\(output)")
        #expect(lines.filter { $0.hasPrefix("sent") }.count == 1, "\(output)")
    }
}
