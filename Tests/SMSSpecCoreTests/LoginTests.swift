import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A credential a login obtains (users: SMSPortal's token from a Basic-auth login, Eskiz's from an email and password,
/// worked around with `auth: none` and a middleware): the login's answer marks it `role: credential`, the login may
/// send credentials of its own (`auth: {type: basic}`), and a client given the generated login sends it first, uses what
/// it answers as the provider's credential, and logs in again when that is refused.
@Suite struct LoginTests {
    /// SMSPortal's shape: a Basic-auth login answering a bearer token.
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: Authorization, scheme: Bearer}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          authenticate:
            method: GET
            path: /Authentication
            auth: {type: basic}
            responses:
              200: {shape: Token}
              401: {tables: [HTTPStatus]}
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {shape: Sent}
              401: {tables: [HTTPStatus]}
        shapes:
          Send: {fields: {to: string}}
          Sent: {fields: {id: string}}
          Token:
            fields:
              token: {type: string, secret: true, role: credential}
              expiresInMinutes: {type: int, required: false}
        tables:
          HTTPStatus:
            title: HTTP statuses
            source: doc
            entries:
              - {code: 401, summary: Unauthorized, outcome: failure, category: authentication, httpStatus: 401}
        """

    /// Eskiz's shape: a login taking its credentials in its request, answering the token nested (`data.token`), and the
    /// key sent as one request field.
    static let nested = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: fields, fields: [token]}, encoding: form}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          login:
            method: POST
            path: /auth/login
            auth: none
            request: Login
            responses:
              200: {shape: LoginAnswer}
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {shape: Sent}
        shapes:
          Login:
            fields:
              email: string
              password: {type: string, secret: true}
          LoginAnswer:
            fields:
              message: string
              data: {type: LoginData, required: false}
          LoginData:
            fields:
              token: {type: string, secret: true, role: credential}
              expires_in: {type: int64, required: false, role: credentialExpiry, unit: seconds}
          Send: {fields: {to: string, token: {type: string, secret: true, required: false}}}
          Sent: {fields: {id: string}}
        """

    @Test func aLoginsSpecLintsClean() {
        #expect(lintDiagnostics(Self.spec) == [])
        #expect(lintDiagnostics(Self.nested) == [])
    }

    @Test(arguments: [
        // No `secret`: the token would print wherever its answer does.
        ("token: {type: string, secret: true, role: credential}", "token: {type: string, role: credential}",
         "specs/acme.yaml:24:35: error: field 'token' of shape 'Token' has the role 'credential', the credential a login answers, which must never print: mark it `secret: true`"),
        // The login sends the credentials it obtains.
        ("    auth: {type: basic}\n", "",
         "specs/acme.yaml:5:3: error: operation 'authenticate' answers the credential 'token' but sends the provider's credentials, which it obtains: give it 'auth: none', or its own ('auth: {type: basic}' for a login taking a user name and password)"),
        // Basic takes a user name and a password, not one token.
        ("auth: {type: header, name: Authorization, scheme: Bearer}", "auth: {type: basic}",
         "specs/acme.yaml:24:49: error: operation 'authenticate' answers the credential 'token', but the provider's 'auth' is basic, which takes several values: a login's credential is sent as an API key header ({type: header, name: Authorization, scheme: Bearer}) or one field"),
        // A request's field is no login's answer.
        ("Send: {fields: {to: string}}", "Send: {fields: {to: string, key: {type: string, secret: true, role: credential}}}",
         "specs/acme.yaml:20:71: error: field 'key' of shape 'Send' has the role 'credential', the credential a login gives, but no operation's successful answer holds it: declare it in a login's answer shape or a shape that holds in a field, at most 4 levels down, not in a list, map or union"),
        // Two credentials: which one is sent?
        ("expiresInMinutes: {type: int, required: false}", "refresh: {type: string, secret: true, role: credential}",
         "specs/acme.yaml:25:51: error: operation 'authenticate' answers 2 credentials ('token', 'refresh'): a login gives the one credential the provider's 'auth' sends; keep 'role: credential' on one"),
        // When it expires (an OAuth2 `expires_in`, SMSPortal's `expiresInMinutes`, an `expires_at`): one field of the
        // login's answer, a date or an integer with its unit.
        ("expiresInMinutes: {type: int, required: false}", "expiresInMinutes: {type: int, required: false, role: credentialExpiry}",
         "specs/acme.yaml:25:60: error: field 'expiresInMinutes' of shape 'Token' is the lifetime of a login's credential: give its 'unit' (seconds, minutes, hours, days; OAuth2's expires_in is seconds)"),
        ("expiresInMinutes: {type: int, required: false}", "expiresInMinutes: {type: int, required: false, unit: minutes}",
         "specs/acme.yaml:25:60: error: field 'expiresInMinutes' of shape 'Token' has a 'unit', which says what a login's credential lifetime counts: it goes with 'role: credentialExpiry' on an integer field; remove it"),
        ("expiresInMinutes: {type: int, required: false}", "expiresInMinutes: {type: string, required: false, role: credentialExpiry}",
         "specs/acme.yaml:25:63: error: field 'expiresInMinutes' of shape 'Token' has the role 'credentialExpiry', which is a date (when the credential expires) or an integer with its 'unit' (how long it lasts); the field is 'string'"),
        ("expiresInMinutes: {type: int, required: false}",
         "expiresInMinutes: {type: int, required: false, role: credentialExpiry, unit: minutes}\n      expiresAt: {type: date, format: iso8601, role: credentialExpiry}",
         "specs/acme.yaml:26:54: error: operation 'authenticate' answers 2 expiries of its credential ('expiresInMinutes', 'expiresAt'): a client reads one; keep 'role: credentialExpiry' on one"),
        ("Sent: {fields: {id: string}}", "Sent: {fields: {id: string, ttl: {type: int, role: credentialExpiry, unit: seconds}}}",
         "specs/acme.yaml:21:54: error: field 'ttl' of shape 'Sent' has the role 'credentialExpiry', when a login's credential expires, but no login's successful answer holds it: declare it beside the 'role: credential' field of a login's answer or in a shape that answer holds in a field, at most 4 levels down, not in a list, map or union"),
    ])
    func aMisplacedCredentialIsALocatedError(edit: (old: String, new: String, expected: String)) {
        #expect(Self.spec.contains(edit.old))
        let diagnostics = lintDiagnostics(Self.spec.replacingOccurrences(of: edit.old, with: edit.new))
        #expect(diagnostics.contains(edit.expected), "\(diagnostics)")
    }

    /// A review: these had no test.
    @Test(arguments: [
        // Two shapes of successful answer: which one holds the token?
        ("      200: {shape: Token}\n      401: {tables: [HTTPStatus]}\n  send:", "      200: {shape: Token}\n      201: {shape: Sent}\n      401: {tables: [HTTPStatus]}\n  send:",
         "but its successful answers have 2 shapes"),
        // No auth to send it as.
        ("auth: {type: header, name: Authorization, scheme: Bearer}}", "}", "but the provider has no 'auth' to send it"),
        // Two fields, of which one token fills one.
        ("auth: {type: header, name: Authorization, scheme: Bearer}}", "auth: {type: fields, fields: [user, key]}}", "but the provider's 'auth' sends 2 fields"),
        // Credentials of its own on an operation that is no login could never be given (a review).
        ("    request: Send\n", "    request: Send\n    auth: {type: basic}\n", "operation 'send' has credentials of its own, which a client gives only to a login"),
        // A header field named as a login's own auth header would be sent twice (a review).
        ("    auth: {type: basic}\n", "    auth: {type: header, name: X-Login-Key}\n    request: Login\n",
         "field 'X-Login-Key' of shape 'Login' is 'in: header', but it is an operation's own auth header"),
    ])
    func aLoginsOtherMistakesAreLocatedErrors(edit: (old: String, new: String, expected: String)) {
        #expect(Self.spec.contains(edit.old))
        var spec = Self.spec.replacingOccurrences(of: edit.old, with: edit.new)
        if edit.new.contains("request: Login") {
            spec = spec.replacingOccurrences(of: "shapes:\n", with: "shapes:\n  Login: {fields: {X-Login-Key: {type: string, in: header, secret: true, required: false}}}\n")
        }
        let diagnostics = lintDiagnostics(spec)
        #expect(diagnostics.contains { $0.contains(": error: ") && $0.contains(edit.expected) }, "\(diagnostics)")
    }

    @Test func anExpiryAsADateOrACountLintsClean() {
        let minutes = Self.spec.replacingOccurrences(
            of: "expiresInMinutes: {type: int, required: false}", with: "expiresInMinutes: {type: int, required: false, role: credentialExpiry, unit: minutes}")
        let date = Self.spec.replacingOccurrences(
            of: "expiresInMinutes: {type: int, required: false}", with: "expiresAt: {type: date, format: unixSeconds, role: credentialExpiry}")
        #expect(lintDiagnostics(minutes) == [])
        #expect(lintDiagnostics(date) == [])
        let marked = DiffCoverageTests.changes(
            [("expiresInMinutes: {type: int, required: false}", "expiresInMinutes: {type: int, required: false, role: credentialExpiry, unit: minutes}")],
            from: Self.spec)
        #expect(marked.contains { $0.contains("role none → 'credentialExpiry' (when a login's credential expires, which the generated client reads)") }, "\(marked)")
        let unit = DiffCoverageTests.changes([("unit: minutes", "unit: seconds")], from: minutes)
        #expect(unit.contains { $0.contains("unit minutes → seconds") }, "\(unit)")
    }

    @Test func anOperationsOwnCredentialsAreReadAsTheProvidersAre() {
        let headerless = Self.spec.replacingOccurrences(of: "auth: {type: basic}", with: "auth: {type: header}")
        #expect(lintDiagnostics(headerless).contains { $0.hasPrefix("specs/acme.yaml:8:11: error:") && $0.contains("'name'") }, "\(lintDiagnostics(headerless))")
        let unknown = Self.spec.replacingOccurrences(of: "auth: {type: basic}", with: "auth: {type: oauth}")
        #expect(lintDiagnostics(unknown).contains { $0.hasPrefix("specs/acme.yaml:8:18: error:") && $0.contains("oauth") }, "\(lintDiagnostics(unknown))")
        // A header field of its own named as its own auth header is a credential: a `secret`.
        let header = Self.spec.replacingOccurrences(of: "auth: {type: basic}", with: "auth: {type: header, name: X-Login-Key}")
            .replacingOccurrences(of: "Sent: {fields: {id: string}}", with: "Sent: {fields: {id: string, x-login-key: {type: string, required: false}}}")
        #expect(lintDiagnostics(header).contains {
            $0.contains("field 'x-login-key' of shape 'Sent' carries a credential (the auth header X-Login-Key): mark it `secret: true`")
        }, "\(lintDiagnostics(header))")
    }

    /// A login's own credentials changed are given otherwise (breaking); a login that stops giving the credential
    /// loses its generated login (breaking); one that starts is new API (compatible).
    @Test func aLoginsChangesAreDiffed() {
        let own = DiffCoverageTests.changes([("auth: {type: basic}", "auth: {type: header, name: X-Login-Key}")], from: Self.spec)
        #expect(own.contains { $0.contains("operation authenticate") && $0.contains("credentials sent: its own (basic) → its own (header X-Login-Key)") && $0.contains("breaking") }, "\(own)")
        // From the provider's credentials to its own: said as such, not as `auth: none` (a review).
        let none = DiffCoverageTests.changes([("auth: {type: basic}", "auth: none")], from: Self.spec)
        #expect(none.contains { $0.contains("credentials sent: its own (basic) → none (auth: none)") && $0.contains("breaking") }, "\(none)")
        let gone = DiffCoverageTests.changes(
            [("token: {type: string, secret: true, role: credential}", "token: {type: string, secret: true}"), ("auth: {type: basic}", "auth: none")], from: Self.spec)
        #expect(gone.contains { $0.contains("no longer a login") && $0.contains("authenticateLogin") && $0.contains("breaking") }, "\(gone)")
    }

    /// A gateway that issues a fresh token at each login, accepts only the last, and expires it on the third send.
    static let gateway = ##"""
        import Foundation
        import HTTPTypes
        import OpenAPIRuntime
        import SMSSpecClient
        import SMSSpecRuntime

        actor Gateway: ClientTransport {
            var logins = 0
            var sends = 0
            var token: String?
            var log: [String] = []
            let password: String
            init(password: String) { self.password = password }

            nonisolated func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                try await answer(request)
            }

            func answer(_ request: HTTPRequest) throws -> (HTTPResponse, HTTPBody?) {
                let authorization = request.headerFields[.authorization] ?? ""
                if request.path == "/Authentication" {
                    let expected = "Basic " + Data("acct:\(password)".utf8).base64EncodedString()
                    guard authorization == expected else { return (HTTPResponse(status: .unauthorized), nil) }
                    logins += 1
                    token = "tok-\(logins)-abcdefgh"
                    log.append("login \(logins)")
                    return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(#"{"token": "\#(token!)", "expiresInMinutes": 1440}"#))
                }
                sends += 1
                if sends == 3 { token = nil }
                guard let token, authorization == "Bearer \(token)" else {
                    log.append("send refused \(authorization.isEmpty ? "without a token" : "with an old token")")
                    return (HTTPResponse(status: .unauthorized), nil)
                }
                log.append("send with \(token.prefix(5))")
                return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(#"{"id": "m\#(sends)"}"#))
            }
        }

        """##

    @Test func theClientLogsInOnceSendsTheTokenAndLogsInAgainWhenItIsRefused() throws {
        let main = Self.gateway + ##"""
            let gateway = Gateway(password: "pa55-w0rd-secret")
            let login = Acme.Client.authenticateLogin(credentials: .basic(username: "acct", password: "pa55-w0rd-secret"))
            let client = Acme.Client(transport: gateway, configuration: ClientConfiguration(login: login))
            print(client.providerClient.configuration)
            // Concurrent first calls share one login.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 { group.addTask { _ = try await client.send(Acme.Send(to: "1")) } }
                try await group.waitForAll()
            }
            // The third send is refused (the token expired): one login more, and the send again.
            let third = try await client.send(Acme.Send(to: "1"))
            print("third", third.id)
            _ = try await client.send(Acme.Send(to: "1"))
            for line in await gateway.log { print(line) }

            // A login refused: its error, not the send's, and without the password.
            let refused = Acme.Client(
                transport: Gateway(password: "other"),
                configuration: ClientConfiguration(login: Acme.Client.authenticateLogin(credentials: .basic(username: "acct", password: "pa55-w0rd-secret"))))
            do {
                _ = try await refused.send(Acme.Send(to: "1"))
            } catch let error as ProviderError {
                print("refused:", error.httpStatus ?? 0, error.category)
            }
            // A gateway refusing every token: one login more, then the refusal is thrown (never a loop).
            actor Refusing: ClientTransport {
                var logins = 0
                nonisolated func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    await answer(request)
                }
                func answer(_ request: HTTPRequest) -> (HTTPResponse, HTTPBody?) {
                    guard request.path == "/Authentication" else { return (HTTPResponse(status: .unauthorized), nil) }
                    logins += 1
                    return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(#"{"token": "t-\#(logins)-secret"}"#))
                }
            }
            let refusing = Refusing()
            do {
                _ = try await Acme.Client(transport: refusing, configuration: ClientConfiguration(login: login)).send(Acme.Send(to: "1"))
            } catch let error as ProviderError {
                print("refused again:", error.httpStatus ?? 0, "after logins:", await refusing.logins)
            }
            // A login's answer that does not decode is not shown: it may hold the token (a review).
            struct Garbled: ClientTransport {
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(#"{"token": "eyJ-garbled-token", "expiresInMinutes": "soon"}"#))
                }
            }
            do {
                _ = try await Acme.Client(transport: Garbled(), configuration: ClientConfiguration(login: login)).send(Acme.Send(to: "1"))
            } catch let error as ProviderClientError {
                if case .undecodableAnswer(_, _, _, _, let body) = error { print("garbled:", body.count, "bytes shown") }
                print(String(reflecting: error).contains("eyJ-garbled") ? "token shown" : "token hidden")
            }
            // A token given up front is sent first; refused, the login replaces it.
            let cached = Acme.Client(
                transport: Gateway(password: "pa55-w0rd-secret"),
                configuration: ClientConfiguration(credentials: .apiKey("stale-token-1234"), login: login))
            print("cached", try await cached.send(Acme.Send(to: "1")).id)
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        let lines = run?.output.split(separator: "\n").map(String.init) ?? []
        #expect(lines == [
            "credentials: none, login by authenticate with basic acct:<redacted>, validates requests: true, retries: 0",
            "third m4",
            "login 1", "send with tok-1", "send with tok-1", "send refused with an old token", "login 2", "send with tok-2", "send with tok-2",
            "refused: 401 authentication",
            "refused again: 401 after logins: 2",
            "garbled: 0 bytes shown",
            "token hidden",
            "cached m2",
        ], "\(run?.output ?? "")")
        #expect(!(run?.output.contains("pa55-w0rd") ?? true))
    }

    /// A token answered with its lifetime is replaced by a login shortly before it expires, with no call refused; a
    /// lifetime of none, a huge one and one left out keep it until refused.
    @Test func theClientLogsInAgainBeforeTheTokenExpires() throws {
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            actor Gateway: ClientTransport {
                let expiresIn: String
                var logins = 0
                var log: [String] = []
                init(expiresIn: String) { self.expiresIn = expiresIn }
                nonisolated func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    let sent = String(decoding: try await Data(collecting: body!, upTo: 10_000), as: UTF8.self)
                    return await answer(request.path ?? "", sent)
                }
                func answer(_ path: String, _ sent: String) -> (HTTPResponse, HTTPBody?) {
                    if path == "/auth/login" {
                        logins += 1
                        let lifetime = expiresIn.isEmpty ? "" : #", "expires_in": \#(expiresIn)"#
                        return (HTTPResponse(status: .ok), HTTPBody(#"{"message": "ok", "data": {"token": "tok-\#(logins)-secret"\#(lifetime)}}"#))
                    }
                    log.append(sent.components(separatedBy: "token=").last ?? "")
                    return (HTTPResponse(status: .ok), HTTPBody(#"{"id": "m"}"#))
                }
            }
            let login = Acme.Client.loginLogin(Acme.Login(email: "me@example.com", password: "hunter2-hunter2"))
            // An expiry that does not read as its type says nothing, as one left out does (an attack's failed the login).
            for expiresIn in ["1", "0", "-5", "9223372036854775807", "", "3600.5", "99999999999999999999", #""soon""#] {
                let gateway = Gateway(expiresIn: expiresIn)
                let client = Acme.Client(transport: gateway, configuration: ClientConfiguration(login: login))
                _ = try await client.send(Acme.Send(to: "1"))
                try await Task.sleep(for: .milliseconds(1_100))
                _ = try await client.send(Acme.Send(to: "1"))
                print(expiresIn.isEmpty ? "none" : expiresIn, await gateway.logins, await gateway.log.joined(separator: " "))
            }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.nested, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            1 2 tok-1-secret tok-2-secret
            0 1 tok-1-secret tok-1-secret
            -5 1 tok-1-secret tok-1-secret
            9223372036854775807 1 tok-1-secret tok-1-secret
            none 1 tok-1-secret tok-1-secret
            3600.5 1 tok-1-secret tok-1-secret
            99999999999999999999 1 tok-1-secret tok-1-secret
            "soon" 1 tok-1-secret tok-1-secret

            """, "\(run?.output ?? "")")
    }

    /// An attack: a refusal beside a part the provider accepted — a recipient's element without a code, a 401 whose body
    /// says `ok` — was sent again after a login (a duplicate SMS); a 2xx login answer with a failure code showed its
    /// token in `rawMessage`; a token answered with its scheme failed every later call instead of the login.
    static let hostile = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: Authorization, scheme: Bearer}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          login:
            method: POST
            path: /login
            auth: none
            responses:
              200: {shape: Token, tables: [Status]}
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {shape: Sent, tables: [Err, Status]}
              401: {shape: Sent, tables: [Err, Status]}
        shapes:
          Send: {fields: {to: '[string]'}}
          Sent:
            fields:
              status: {type: Status, required: false}
              messages: {type: '[Result]', required: false}
          Result: {fields: {id: {type: string, required: false}, error: {type: Err, required: false}}}
          Token:
            fields:
              status: Status
              token: {type: string, secret: true, role: credential}
              message: {type: string, required: false, role: reason}
        tables:
          Status:
            title: Statuses
            source: doc
            codeType: string
            entries:
              - {code: ok, summary: OK, outcome: success, category: none}
              - {code: bad, summary: Bad, outcome: failure, category: invalidRequest}
          Err:
            title: Errors
            source: doc
            entries:
              - {code: 901, summary: Sender not authorized, outcome: failure, category: authentication}
        """

    @Test func aLoginNeverSendsTwiceWhatWasAcceptedNorShowsItsToken() throws {
        #expect(lintDiagnostics(Self.hostile) == [])
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            actor Gateway: ClientTransport {
                let mode: String
                var logins = 0
                var sends = 0
                init(_ mode: String) { self.mode = mode }
                nonisolated func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    await answer(request.path ?? "")
                }
                func answer(_ path: String) -> (HTTPResponse, HTTPBody?) {
                    if path == "/login" {
                        logins += 1
                        switch mode {
                        case "loginfail": return (HTTPResponse(status: .ok), HTTPBody(#"{"status": "bad", "token": "TOKEN-SECRET-1234", "message": "token was TOKEN-SECRET-1234"}"#))
                        case "scheme": return (HTTPResponse(status: .ok), HTTPBody(#"{"status": "ok", "token": "Bearer TOKEN-SECRET-1234"}"#))
                        default: return (HTTPResponse(status: .ok), HTTPBody(#"{"status": "ok", "token": "TOKEN-SECRET-\#(logins)"}"#))
                        }
                    }
                    sends += 1
                    if mode == "partial" { return (HTTPResponse(status: .ok), HTTPBody(#"{"messages": [{"id": "a"}, {"error": 901}]}"#)) }
                    return (HTTPResponse(status: .unauthorized), HTTPBody(#"{"status": "ok"}"#))
                }
            }
            for mode in ["partial", "ok401", "loginfail", "scheme"] {
                let gateway = Gateway(mode)
                let client = Acme.Client(transport: gateway, configuration: ClientConfiguration(login: Acme.Client.loginLogin()))
                do {
                    _ = try await client.send(Acme.Send(to: ["1", "2"]))
                    print(mode, "sent")
                } catch {
                    let shown = String(reflecting: error) + "\(error)" + ((error as? ProviderError)?.rawMessage ?? "")
                    print(mode, await gateway.logins, await gateway.sends, shown.contains("TOKEN-SECRET") ? "token shown" : "token hidden", type(of: error))
                }
            }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.hostile, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            partial 1 1 token hidden ProviderError
            ok401 1 1 token hidden ProviderError
            loginfail 1 0 token hidden ProviderError
            scheme 1 0 token hidden ProviderClientError

            """, "\(run?.output ?? "")")
    }

    @Test func aNestedTokenFillsTheOneCredentialFieldAndItsAbsenceIsSaid() throws {
        let main = ##"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import SMSSpecClient
            import SMSSpecRuntime

            struct Gateway: ClientTransport {
                let loginAnswer: String
                func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                    let sent = String(decoding: try await Data(collecting: body!, upTo: 10_000), as: UTF8.self)
                    let answer = request.path == "/auth/login" ? loginAnswer : #"{"id": "\#(sent)"}"#
                    return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(answer))
                }
            }
            let login = Acme.Client.loginLogin(Acme.Login(email: "me@example.com", password: "hunter2-hunter2"))
            let client = Acme.Client(
                transport: Gateway(loginAnswer: #"{"message": "token_generated", "data": {"token": "eyJhbGciOi.tok"}}"#),
                configuration: ClientConfiguration(login: login))
            print(try await client.send(Acme.Send(to: "998901234567")).id)
            let tokenless = Acme.Client(transport: Gateway(loginAnswer: #"{"message": "no data"}"#), configuration: ClientConfiguration(login: login))
            do {
                _ = try await tokenless.send(Acme.Send(to: "1"))
            } catch {
                print(error)
            }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.nested, main: main, clients: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            to=998901234567&token=eyJhbGciOi.tok
            login: the login's answer holds no credential at 'data.token', where the spec says it gives one

            """, "\(run?.output ?? "")")
    }
}
