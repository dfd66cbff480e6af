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
}
