import Foundation
import SMSProviders
import SMSSpecRuntime
import Testing

/// A form or query is written in the spec's wire order, the order a shape's `encode(to:)` writes its fields (a user's
/// Gupshup `method, send_to, msg, …, userid` went out sorted: legacy gateways read parameters by position, or sign them
/// in order, and spec-format says fields are in wire order); a JSON body stays sorted, whose members have no order.
@Suite struct FieldOrderTests {
    struct Send: ProviderMessage {
        var method = "SendMessage"
        var send_to = "919820000000"
        var msg = "Hello"
        var v = "1.1"
        var userid: String
        var password: String
        var auth_scheme = "plain"
    }

    static func operation(_ method: String, _ encoding: PayloadEncoding) -> OperationDescriptor {
        OperationDescriptor(
            provider: "gupshup", id: "send", summary: "", method: method, path: "/rest", encoding: encoding, request: "Send",
            responses: [ResponseDescriptor(httpStatus: 200, message: nil, tables: [])])
    }

    @Test func aQueryAndAFormAreWrittenInWireOrder() throws {
        let send = Send(userid: "gupshup-user-7", password: "gupshup-pass-7")
        let authentication = Authentication.requestFields(["userid", "password"])
        let query = try send.httpRequest(for: Self.operation("GET", .query), baseURL: "https://gw.example", authentication: authentication)
        #expect(query.url == "https://gw.example/rest?method=SendMessage&send_to=919820000000&msg=Hello&v=1.1&userid=gupshup-user-7&password=gupshup-pass-7&auth_scheme=plain")
        #expect("\(query)".hasSuffix("&userid=<redacted>&password=<redacted>&auth_scheme=plain"), "\(query)")
        let form = try send.httpRequest(for: Self.operation("POST", .form), baseURL: "https://gw.example", authentication: authentication)
        #expect(form.body.map { String(decoding: $0, as: UTF8.self) } == "method=SendMessage&send_to=919820000000&msg=Hello&v=1.1&userid=gupshup-user-7&password=gupshup-pass-7&auth_scheme=plain")
        let json = try send.httpRequest(for: Self.operation("POST", .json), baseURL: "https://gw.example", authentication: authentication)
        #expect(json.body.map { String(decoding: $0, as: UTF8.self) }?.hasPrefix(#"{"auth_scheme":"plain","method""#) == true)
    }

    /// A value whose keys have no order of their own (a dictionary, whose hash order changes from run to run: an attack)
    /// is written sorted, the same every time.
    @Test func aMapIsWrittenSorted() throws {
        let map = Dictionary(uniqueKeysWithValues: (0..<20).map { ("k\($0)", "\($0)") })
        #expect(try FormEncoder.fields(of: map, inWriteOrder: true).map(\.name) == map.keys.sorted())
        #expect(try FormEncoder.fields(of: map, inWriteOrder: false).map(\.name) == map.keys.sorted())
    }
}
