import Foundation
import SMSSpecCore
import SMSSpecRuntime
import Testing

/// A GET that sends an SMS (Kannel, SMSGlobal, Clickatell's HTTP send) is not safe to send twice: its spec says
/// `idempotent: false`, its descriptor carries it, and a retrying client decides by it rather than by the method.
@Suite struct IdempotentOperationTests {
    static func operations(_ idempotent: String) -> String {
        """
        operations:
          send: {method: GET, path: /send, encoding: query, request: Send\(idempotent), responses: {200: {shape: Send}}}
        shapes:
          Send: {fields: {to: string}}
        """
    }

    @Test func theSpecsWordReachesTheDescriptor() throws {
        let said = try Snippet.swift(Self.operations(", idempotent: false"), "operations")
        #expect(said.contains("responses: [.status(200, \"Send\")], idempotent: false)"), "\(said)")
        let unsaid = try Snippet.swift(Self.operations(""), "operations")
        #expect(unsaid.contains("responses: [.status(200, \"Send\")])") && !unsaid.contains("idempotent:"))
        #expect(Snippet.diagnostics(Self.operations(", idempotent: sometimes")).count == 1)
    }

    @Test func aDescriptorIsIdempotentAsItsMethodSaysUnlessTheSpecSaysOtherwise() {
        func descriptor(_ method: String, _ idempotent: Bool? = nil) -> OperationDescriptor {
            OperationDescriptor(
                provider: "acme", id: "send", summary: "", method: method, path: "/send", encoding: .query, request: nil, responses: [],
                idempotent: idempotent)
        }
        #expect(descriptor("GET").isIdempotent && descriptor("DELETE").isIdempotent && descriptor("put").isIdempotent)
        #expect(!descriptor("POST").isIdempotent && !descriptor("PATCH").isIdempotent)
        #expect(!descriptor("GET", false).isIdempotent && descriptor("POST", true).isIdempotent)
    }
}
