import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing

/// `headers:` under `provider`: sent with every request as written, so lint holds each to what HTTP carries and to
/// what the request does not write itself, keeps credentials in `auth`, and holds a `Content-Type` to the encoding.
@Suite struct FixedHeaderLintTests {
    static func spec(_ headers: String, encoding: String = "json", field: String = "") -> String {
        """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: ['https://api.acme.example']
          auth: {type: header, name: X-Key}
          encoding: \(encoding)
          headers: \(headers)
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
        shapes:
          Send: {fields: {to: string\(field)}}

        """
    }

    @Test func acceptAndAJSONMediaTypeAreClean() {
        #expect(lintDiagnostics(Self.spec("{Accept: application/json, Content-Type: application/vnd.api+json, X-Api-Version: '2'}")) == [])
        #expect(lintDiagnostics(Self.spec("{Content-Type: 'application/x-www-form-urlencoded; charset=utf-8'}", encoding: "form")) == [])
        // AWS's JSON protocols name their bodies so (a user's Pinpoint spec was refused); lines of JSON are no JSON body.
        #expect(lintDiagnostics(Self.spec("{Content-Type: application/x-amz-json-1.0, X-Amz-Target: PinpointSMSVoiceV2.SendTextMessage}")) == [])
        #expect(lintDiagnostics(Self.spec("{Content-Type: application/x-ndjson}")).count == 1)
        #expect(["application/json", "text/json", "application/x-json", "application/x-amz-json-1.1", "application/problem+json"].allSatisfy(MediaType.namesJSON))
        #expect(!["application/x-ndjson", "application/jsonl", "application/jsonlines", "text/plain", "json"].contains(where: MediaType.namesJSON))
    }

    @Test func whatHTTPOrTheRequestForbidsIsALocatedError() {
        let found = lintDiagnostics(Self.spec(
            "{'Bad Name': x, accept: a, Accept: b, Content-Length: '3', X-Key: k, Authorization: 'Bearer t', X-Auth-Token: t, X-Note: ' pad', X-Trace: t}",
            field: ", X-Trace: {type: string, in: header, required: false}"))
        #expect(found == [
            "specs/acme.yaml:8:13: error: header 'Bad Name' of the provider is not an HTTP token; letters, digits and !#$%&'*+-.^_`|~ only",
            "specs/acme.yaml:8:39: error: header 'Accept' of the provider is written twice (as 'accept' at line 8): HTTP reads a header's name in any case; write it once",
            "specs/acme.yaml:8:50: error: header 'Content-Length' of the provider cannot be sent as written: the HTTP client writes Content-Length from the body; remove it",
            "specs/acme.yaml:8:71: error: header 'X-Key' of the provider would carry a credential written in the spec, which specs arrive in pull requests to show: declare it in 'auth' (auth: {type: header, name: X-Key}), and clients are given the value",
            "specs/acme.yaml:8:81: error: header 'Authorization' of the provider would carry a credential written in the spec, which specs arrive in pull requests to show: declare it in 'auth' (auth: {type: header, name: Authorization}), and clients are given the value",
            "specs/acme.yaml:8:108: error: header 'X-Auth-Token' of the provider would carry a credential written in the spec, which specs arrive in pull requests to show: declare it in 'auth' (auth: {type: header, name: X-Auth-Token}), and clients are given the value",
            "specs/acme.yaml:8:133: error: the value of header 'X-Note' of the provider is \" pad\": a header is sent as visible ASCII, spaces and tabs inside it, and is not empty",
            "specs/acme.yaml:8:141: error: header 'X-Trace' of the provider is a request field's header too ('in: header'), so the header would be sent twice; keep one",
        ], "\(found)")
    }

    /// A review: names running a credential's words together passed lint, and `smsspec diff` printed their values.
    @Test func aCredentialsNameRunTogetherIsStillOne() {
        for name in ["X-ApiKey", "X-AuthToken", "X-Auth", "Api_Secret", "Session.Key"] {
            #expect(lintDiagnostics(Self.spec("{\(name): abcd1234}")).first?.contains("would carry a credential written in the spec") == true, "\(name)")
        }
    }

    /// HTTP reads headers by name in any case and in any order: a reorder or a case change is no change to diff.
    @Test func headersReorderedOrRecasedAreNoChange() {
        let base = Self.spec("{Accept: application/json, X-Api-Version: '2'}")
        #expect(DiffCoverageTests.changes([("{Accept: application/json, X-Api-Version: '2'}", "{x-api-version: '2', accept: application/json}")], from: base) == [])
        #expect(DiffCoverageTests.changes([("X-Api-Version: '2'", "X-Api-Version: '3'")], from: base) == [
            "[breaking] acme: changed provider — headers of every request Accept: application/json, X-Api-Version: 2 → Accept: application/json, "
                + "X-Api-Version: 3: the provider reads them"
        ])
    }

    /// An attack: `charset` named twice passed (lint and the request builder read the first, a server may read the
    /// last), and `Content-Encoding: gzip` labelled a body sent as written.
    @Test func aParameterNamedTwiceOrABodyCodingIsALocatedError() {
        #expect(lintDiagnostics(Self.spec("{Content-Type: 'application/json; charset=utf-8; charset=iso-8859-1'}")) == [
            "specs/acme.yaml:8:27: error: the value of header 'Content-Type' of the provider names 'charset' twice, which servers read "
                + "differently (the first, the last, or neither); name it once"
        ])
        #expect(lintDiagnostics(Self.spec("{Content-Encoding: gzip}")) == [
            "specs/acme.yaml:8:13: error: header 'Content-Encoding' of the provider cannot be sent as written: requests send their body "
                + "as written, never compressed, so Content-Encoding would misname it; remove it"
        ])
    }

    @Test func aContentTypeNamesTheBodysEncoding() {
        #expect(lintDiagnostics(Self.spec("{Content-Type: application/json}", encoding: "form")) == [
            "specs/acme.yaml:8:27: error: header 'Content-Type' of the provider says application/json, but operation 'send' sends a form body: "
                + "Content-Type names the body's encoding (application/x-www-form-urlencoded)"
        ])
        #expect(lintDiagnostics(Self.spec("{Content-Type: text}")).first?.contains("is no media type") == true)
        // A charset the body is not written in (a review): JSON is UTF-8, a form the provider's charset.
        #expect(lintDiagnostics(Self.spec("{Content-Type: 'application/json; charset=utf-16'}")).first?.contains(
            "says charset=utf-16, but a JSON body is written in UTF-8") == true)
        #expect(lintDiagnostics(Self.spec("{Content-Type: 'application/x-www-form-urlencoded; charset=UTF-8'}", encoding: "form")
            .replacingOccurrences(of: "  encoding: form\n", with: "  encoding: form\n  charset: windows-1251\n")).first?.contains(
            "says charset=utf-8, but the provider's forms are written in windows-1251") == true)
        // An operation with no request that names its encoding sends an empty body under it (a review).
        let empty = Self.spec("{Content-Type: application/x-www-form-urlencoded}", encoding: "form")
            .replacingOccurrences(of: "operations:\n", with: "operations:\n  ping: {method: POST, path: /ping, encoding: json, responses: {200: {summary: Up.}}}\n")
        #expect(lintDiagnostics(empty).first?.contains("operation 'ping' sends a JSON body") == true, "\(lintDiagnostics(empty))")
    }

    /// An operation's own headers (a user: one export answers CSV only when asked; the provider's apply to all): held to
    /// the same rules, its own request's header fields, a Content-Type to its own body; one named as the provider's
    /// replaces it for that operation alone, in the descriptor the generated code gives it.
    static func operationSpec(_ operationHeaders: String, providerHeaders: String = "{Accept: application/json}", method: String = "POST") -> String {
        """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: ['https://api.acme.example']
          auth: {type: header, name: X-Key}
          headers: \(providerHeaders)
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
          export: {method: \(method), path: /export, request: Export, headers: \(operationHeaders), responses: {200: {summary: The CSV.}}}
        shapes:
          Send: {fields: {to: string}}
          Export: {fields: {day: {type: string, in: query}, X-Trace: {type: string, in: header, required: false}}}

        """
    }

    @Test func anOperationsHeadersReplaceTheProvidersOfTheSameNameInItsDescriptor() throws {
        let yaml = Self.operationSpec("{accept: text/csv, X-Report: daily}", method: "GET")
        #expect(lintDiagnostics(yaml) == [])
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: yaml)], options: GeneratorOptions())
        let operations = try #require(files.first { $0.name == "acme.operations.swift" }).contents
        Snippet.expect(operations, contains: #"""
                    method: "POST", path: "/send", encoding: .json, request: "Send",
                    responses: [.status(200)], headers: [.init("Accept", "application/json")])
            """#)
        Snippet.expect(operations, contains: #"""
                    method: "GET", path: "/export", encoding: .none, request: "Export",
                    responses: [.status(200)], headers: [.init("accept", "text/csv"), .init("X-Report", "daily")])
            """#)
    }

    @Test func anOperationsHeadersAreHeldToTheProvidersRules() {
        let found = lintDiagnostics(Self.operationSpec(
            "{X-Trace: t, Authorization: 'Bearer t', X-Report: a, x-report: b, Accept: application/json}", method: "GET"))
        #expect(found == [
            "specs/acme.yaml:10:67: error: header 'X-Trace' of operation 'export' is a request field's header too ('in: header'), so the header would be sent twice; keep one",
            "specs/acme.yaml:10:79: error: header 'Authorization' of operation 'export' would carry a credential written in the spec, which specs arrive in pull requests to show: declare it in 'auth' (auth: {type: header, name: Authorization}), and clients are given the value",
            "specs/acme.yaml:10:119: error: header 'x-report' of operation 'export' is written twice (as 'X-Report' at line 10): HTTP reads a header's name in any case; write it once",
            "specs/acme.yaml:10:132: warning: header 'Accept' of operation 'export' repeats the provider's (line 7), which every request carries already; remove it",
        ], "\(found)")
    }

    @Test func anOperationsContentTypeNamesItsOwnBody() {
        // Its own replaces the provider's for it alone: the provider's JSON type no longer has to fit its form body.
        let form = Self.operationSpec("{Content-Type: application/x-www-form-urlencoded}", providerHeaders: "{Content-Type: application/vnd.api+json}")
            .replacingOccurrences(of: "request: Export,", with: "request: Export, encoding: form,")
        #expect(lintDiagnostics(form) == [])
        #expect(lintDiagnostics(form.replacingOccurrences(of: "encoding: form,", with: "encoding: json,")).first?.contains(
            "header 'Content-Type' of operation 'export' says application/x-www-form-urlencoded, but operation 'export' sends a JSON body") == true)
        // A GET with query fields alone sends no body: its Content-Type would never go out.
        #expect(lintDiagnostics(Self.operationSpec("{Content-Type: text/csv}", providerHeaders: "{}", method: "GET")) == [
            "specs/acme.yaml:10:81: error: header 'Content-Type' of operation 'export' labels a body, but the operation sends none (it writes no body); Content-Type goes only with a body: remove it"
        ])
        // Nor does one sent as a query, its own encoding or the provider's (a review: it passed).
        let query = Self.operationSpec("{Content-Type: application/json}", providerHeaders: "{}").replacingOccurrences(of: "request: Export,", with: "request: Export, encoding: query,")
        #expect(lintDiagnostics(query).first?.contains("labels a body, but the operation sends none (its request goes as a query)") == true, "\(lintDiagnostics(query))")
    }

    @Test func anOperationsHeadersChangedAreABreakingDiff() {
        let base = Self.operationSpec("{X-Report: daily}")
        #expect(DiffCoverageTests.changes([("{X-Report: daily}", "{x-report: daily}")], from: base) == [])
        #expect(DiffCoverageTests.changes([("{X-Report: daily}", "{X-Report: weekly}")], from: base) == [
            "[breaking] acme: changed operation export — headers of its own X-Report: daily → X-Report: weekly: the provider reads them"
        ])
        // A header moved from the provider into every operation changes no request (a review: two breaking lines).
        let moved = DiffCoverageTests.changes(
            [("headers: {Accept: application/json}", "headers: {}"), ("request: Send, responses", "request: Send, headers: {Accept: application/json}, responses"),
             ("{X-Report: daily}", "{X-Report: daily, Accept: application/json}")],
            from: base)
        #expect(moved == [
            "acme: changed provider — headers of every request Accept: application/json → none: the requests carry the same headers as before",
            "acme: changed operation send — headers of its own none → Accept: application/json: the requests carry the same headers as before",
            "acme: changed operation export — headers of its own X-Report: daily → Accept: application/json, X-Report: daily: the requests carry the same headers as before",
        ], "\(moved)")
    }
}
