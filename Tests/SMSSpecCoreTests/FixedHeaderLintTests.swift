import SMSSpecCore
import SMSSpecTestSupport
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
}
