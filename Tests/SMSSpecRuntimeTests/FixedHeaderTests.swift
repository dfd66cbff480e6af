import Foundation
import SMSSpecRuntime
import Testing

/// Headers every request of a provider carries (`headers:`): SMSFactor answers XML unless asked for JSON, Flowroute's
/// JSON:API body is `application/vnd.api+json` (two users worked around it with a header field on every request).
@Suite struct FixedHeaderTests {
    static let headers = [FixedHeader("Accept", "application/json"), FixedHeader("content-type", "application/vnd.api+json")]

    struct Send: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "send", summary: "", method: "POST", path: "/messages", encoding: .json, request: "Send", responses: [],
            headers: FixedHeaderTests.headers)
        var to: String
    }

    struct Look: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "look", summary: "", method: "GET", path: "/messages/{id}", encoding: .none, request: "Look", responses: [],
            headers: FixedHeaderTests.headers)
        static let pathFields = ["id"]
        var id: String
    }

    @Test func everyRequestCarriesThemAndContentTypeReplacesTheEncodings() throws {
        let sent = try Send(to: "12065550100").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(sent.headers.map { "\($0.name): \($0.value)" } == ["Accept: application/json", "Content-Type: application/vnd.api+json"])
        #expect(sent.body.map { String(decoding: $0, as: UTF8.self) } == #"{"to":"12065550100"}"#)
        // No body, no Content-Type.
        let looked = try Look(id: "m1").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(looked.headers.map(\.name) == ["Accept"])
    }

    struct Smuggled: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "send", summary: "", method: "POST", path: "/messages", encoding: .json, request: "Smuggled", responses: [],
            headers: [FixedHeader("Content-Type", "application/json\r\nX-Evil: 1")])
        var to: String
    }

    /// A review: the replacing Content-Type was sent unchecked, a line break and all.
    @Test func aContentTypeIsCheckedAsEveryHeaderIs() {
        #expect(throws: RequestBuildingError.unsafeHeaderValue("Content-Type")) {
            try Smuggled(to: "1").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        }
    }

    /// AWS's JSON protocols label a JSON body `application/x-amz-json-1.0` (a user's Pinpoint spec): a JSON type, as lint
    /// reads it; lines of JSON (`x-ndjson`) are not.
    @Test func aJSONTypeOfAnotherNameLabelsAJSONBody() {
        #expect(PayloadEncoding.json.isNamed(byContentType: "application/x-amz-json-1.0; charset=utf-8"))
        #expect(PayloadEncoding.json.isNamed(byContentType: "Application/Problem+JSON"))
        #expect(!PayloadEncoding.json.isNamed(byContentType: "application/x-ndjson") && !PayloadEncoding.form.isNamed(byContentType: "application/json"))
    }

    struct Traced: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "send", summary: "", method: "POST", path: "/m", encoding: .json, request: "Traced", responses: [])
        static let headerFields = ["X-Trace"]
        var trace: String
        enum CodingKeys: String, CodingKey { case trace = "X-Trace" }
    }

    /// A request of `method` to `/m` carrying `headers`, encoded as `encoding`.
    static func request(method: String = "POST", encoding: PayloadEncoding = .json, _ headers: [FixedHeader]) -> OperationDescriptor {
        OperationDescriptor(
            provider: "p", id: "send", summary: "", method: method, path: "/m", encoding: encoding, request: "Send", responses: [], headers: headers)
    }

    /// An attack on hand-made descriptors (lint refuses each in a spec): a header name holding a line break built a
    /// request that printed a forged header line; `Host`, `Content-Length` and a second `Authorization` or API key were
    /// sent beside the request's own; a form `Content-Type` labelled a JSON body; a method the server reads as another
    /// (`get`, `GET `, "") went out as POST.
    @Test func aHandMadeDescriptorsHeadersAndMethodAreHeldToTheSpecsRules() throws {
        let key = Authentication.header(name: "X-API-KEY", scheme: nil)
        func refusal(_ operation: OperationDescriptor, _ authentication: Authentication = .requestFields([])) -> RequestBuildingError? {
            do {
                _ = try Send(to: "1").httpRequest(for: operation, baseURL: "https://p.example", authentication: authentication, credentials: .apiKey("k"))
                return nil
            } catch { return error as? RequestBuildingError }
        }
        #expect(refusal(Self.request([FixedHeader("X-A\r\nX-Injected", "1")])) == .unsafeHeaderName("X-A\r\nX-Injected"))
        #expect(refusal(Self.request([FixedHeader("X-A: evil", "1")])) == .unsafeHeaderName("X-A: evil"))
        #expect(RequestBuildingError.unsafeHeaderName("X-A\r\nX").description.contains("X-A\\r\\nX"))
        for name in ["Host", "content-length", "Transfer-Encoding", "Connection"] {
            #expect(refusal(Self.request([FixedHeader(name, "x")]))?.description.contains("the operation's header '\(name)' cannot be sent as written") == true, "\(name)")
        }
        #expect(refusal(Self.request([FixedHeader("x-api-key", "attacker")]), key)
            == .unsendableHeader(name: "x-api-key", reason: "it names a credential, which goes in the client's credentials"))
        #expect(refusal(Self.request([FixedHeader("Authorization", "Bearer attacker")]), .basic) != nil)
        #expect(refusal(Self.request([FixedHeader("X-Auth-Token", "t")])) != nil)
        #expect(refusal(Self.request([FixedHeader("Accept", "a"), FixedHeader("accept", "b")]))
            == .unsendableHeader(name: "Accept", reason: "it is given twice (HTTP reads a name in any case)"))
        #expect(refusal(Self.request([FixedHeader("Content-Type", "application/x-www-form-urlencoded")]))
            == .unsendableHeader(name: "Content-Type", reason: "it does not name the body's encoding (json)"))
        #expect(refusal(Self.request(encoding: .form, [FixedHeader("Content-Type", "application/json")])) != nil)
        #expect(refusal(Self.request([FixedHeader("Content-Type", "application/vnd.api+json; charset=utf-8")])) == nil)
        // A parameter named twice, which servers read differently, and a body coding never applied (an attack).
        #expect(refusal(Self.request([FixedHeader("Content-Type", "application/json; charset=utf-8; charset=iso-8859-1")]))
            == .unsendableHeader(name: "Content-Type", reason: "it names 'charset' twice, which servers read differently"))
        #expect(refusal(Self.request([FixedHeader("Content-Encoding", "gzip")])) != nil)
        // A charset the body is not written in (a review), and a request field's header.
        #expect(refusal(Self.request([FixedHeader("Content-Type", "application/json; charset=utf-16")]))
            == .unsendableHeader(name: "Content-Type", reason: "it says charset=utf-16, and the body is written in UTF-8"))
        #expect(throws: RequestBuildingError.unsendableHeader(name: "x-trace", reason: "a field of the request is sent in it")) {
            try Traced(trace: "t").httpRequest(for: Self.request([FixedHeader("x-trace", "1")]), baseURL: "https://p.example", authentication: .requestFields([]))
        }
        // A query sends no body: a descriptor's Content-Type is not sent.
        let query = try Send(to: "1").httpRequest(
            for: Self.request(encoding: .query, [FixedHeader("Content-Type", "text/csv")]), baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(query.headers.isEmpty && query.body == nil)
        for method in ["get", "GET ", "P OST", "", "HEAD"] {
            #expect(refusal(Self.request(method: method, [])) == .unsupportedMethod(method), "\(method)")
        }
    }

    /// An attack: a credential-named header printed in clear (only names with `key` or `authorization` were hidden);
    /// printing now hides what lint calls a credential's name.
    @Test func aCredentialNamedHeaderNeverPrints() throws {
        struct Traced: ProviderRequest {
            static let operation = OperationDescriptor(
                provider: "p", id: "send", summary: "", method: "POST", path: "/m", encoding: .json, request: "Traced", responses: [])
            static let headerFields = ["X-Session-Token"]
            var sessionToken: String
            enum CodingKeys: String, CodingKey { case sessionToken = "X-Session-Token" }
        }
        let parts = try Traced(sessionToken: "tok_live_SECRET").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(parts.headers.contains { $0.name == "X-Session-Token" && $0.value == "tok_live_SECRET" })
        #expect(!parts.description.contains("tok_live_SECRET"), "\(parts.description)")
    }
}
