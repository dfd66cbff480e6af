import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// An operation on a host of its own (SMS.to's balance on `auth.sms.to`, beside its API on `api.sms.to`): `baseURL:`
/// on the operation. Its client sends that operation there unless told another URL (the sandbox's, in a test).
@Suite struct OperationHostTests {
    static func spec(_ baseURL: String? = "https://auth.acme.example") -> String {
        """
        shapes:
          Send: {fields: {to: string}}
          Sent: {fields: {id: string}}
          Balance: {fields: {balance: decimal}}
        operations:
          send:
            method: POST
            path: /sms
            request: Send
            responses: {200: {shape: Sent}}
          balance:
            method: GET
            path: /balance\(baseURL.map { "\n    baseURL: \($0)" } ?? "")
            responses: {200: {shape: Balance}}

        """
    }

    static let auth = "  auth: {type: header, name: X-Key}\n"
    static func file(_ baseURL: String? = "https://auth.acme.example") -> String { Snippet.header(providerKeys: auth) + spec(baseURL) }

    @Test func anOperationsBaseURLIsOnePlainURLCheckedAsTheProvidersAre() {
        #expect(Snippet.diagnostics(Self.spec(), providerKeys: Self.auth) == [])
        #expect(Snippet.diagnostics(Self.spec("[https://a.example, https://b.example]"), providerKeys: Self.auth) == [
            "22:14: 'baseURL' of operation 'balance' is one URL, the host this operation alone is sent to; found a list (servers to choose among, with variables, are the provider's 'baseURLs')"
        ])
        #expect(Snippet.diagnostics(Self.spec("'https://{region}.acme.example'"), providerKeys: Self.auth) == [
            "22:14: 'baseURL' of operation 'balance' has the placeholder '{region}': an operation's base URL is a plain URL (servers to choose among, with variables, are the provider's 'baseURLs')"
        ])
        #expect(Snippet.diagnostics(Self.spec("'https://auth.acme.example/v1?x=1'"), providerKeys: Self.auth).count == 1)
        #expect(Snippet.diagnostics(Self.spec("ftp://auth.acme.example"), providerKeys: Self.auth).count == 1)
        #expect(Snippet.diagnostics(Self.spec("'https://user:pass@auth.acme.example'"), providerKeys: Self.auth).count == 1)
        #expect(Snippet.diagnostics(Self.spec("{url: 'https://auth.acme.example'}"), providerKeys: Self.auth).count == 1)
    }

    /// The descriptor carries the host, the documentation says it, the client takes a URL for it, defaulting to it.
    @Test func theDescriptorAndTheClientCarryTheHost() throws {
        let operations = try Snippet.swift(Self.spec(), "operations", options: ClientRendererTests.options, providerKeys: Self.auth)
        Snippet.expect(operations, contains: """
                    /// `GET /balance` at https://auth.acme.example
                    ///
                    /// Source: none — no document the spec cites describes it, and no decision records why (our inference).
                    public static var balance: SMSSpecRuntime.OperationDescriptor {
                        SMSSpecRuntime.OperationDescriptor(
                            provider: "acme", id: "balance", summary: "",
                            method: "GET", path: "/balance", encoding: .none, request: nil,
                            responses: [.status(200, "Balance")], baseURL: "https://auth.acme.example")
                    }
            """)
        let client = try Snippet.swift(Self.spec(), "client", options: ClientRendererTests.options, providerKeys: Self.auth)
        Snippet.expect(client, contains: """
                    /// - Parameters:
                    ///   - serverURL: the spec's first base URL unless given.
                    ///   - balanceServerURL: where `balance` is sent, its own host in the spec (https://auth.acme.example) unless given.
                    public init(serverURL: Foundation.URL = Foundation.URL(string: "https://api.acme.example")!, balanceServerURL: Foundation.URL = Foundation.URL(string: "https://auth.acme.example")!, transport: any OpenAPIRuntime.ClientTransport, middlewares: [any OpenAPIRuntime.ClientMiddleware] = [], configuration: SMSSpecClient.ClientConfiguration = SMSSpecClient.ClientConfiguration()) {
                        self.providerClient = SMSSpecClient.ProviderClient(
                            provider: Acme.provider, tables: [], serverURL: serverURL, operationServerURLs: ["balance": balanceServerURL], transport: transport,
                            middlewares: middlewares, configuration: configuration)
                    }
            """)
    }

    /// Given, changed or taken away, the host is where the call goes: breaking.
    @Test func aChangedHostIsABreakingDiff() {
        func models(_ baseURL: String?) -> [ProviderModel] {
            Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.file(baseURL))], diagnostics: DiagnosticCollector())
        }
        #expect(SpecDiff.compare(old: models(nil), new: models("https://auth.acme.example")).map(\.description) == [
            "[breaking] acme: changed operation balance — host the client's server → https://auth.acme.example: the client's call reaches another URL"
        ])
        #expect(SpecDiff.compare(old: models("https://auth.acme.example"), new: models("https://auth.acme.example")) == [])
    }

    /// The generated client sends the operation to its host, the others to the client's server; a URL given for the
    /// operation (a sandbox's) takes its place, and a client built without the generated wrapper reads the descriptor's.
    @Test func theClientSendsTheOperationToItsHost() throws {
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            struct Echo: ClientTransport {
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    print(operationID, baseURL.absoluteString + (request.path ?? ""))
                    let body = operationID == "send" ? #"{"id": "m1"}"# : #"{"balance": 1.5}"#
                    return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(body))
                }
            }
            let configuration = ClientConfiguration(credentials: .apiKey("k"))
            let client = Acme.Client(transport: Echo(), configuration: configuration)
            _ = try await client.send(Acme.Send(to: "1"))
            print(try await client.balance().balance)
            let sandbox = URL(string: "http://127.0.0.1:8025/")!
            let tested = Acme.Client(serverURL: sandbox, balanceServerURL: sandbox, transport: Echo(), configuration: configuration)
            _ = try await tested.send(Acme.Send(to: "1"))
            _ = try await tested.balance()
            let generic = ProviderClient(
                provider: Acme.provider, tables: [], serverURL: URL(string: "https://api.acme.example")!, transport: Echo(), configuration: configuration)
            print(generic.serverURL(for: Acme.Operations.balance), generic.serverURL(for: Acme.Operations.send))
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.file(), main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            send https://api.acme.example/sms
            balance https://auth.acme.example/balance
            1.5
            send http://127.0.0.1:8025/sms
            balance http://127.0.0.1:8025/balance
            https://auth.acme.example https://api.acme.example

            """)
    }
}
