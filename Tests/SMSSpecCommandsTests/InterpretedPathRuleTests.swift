import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

/// The rule interpreter (`smsspec validate` of a spec file, the sandbox) applies the `path` rule the generated
/// `validate()` applies (`PathValidationTests` builds and runs those): it said "valid" for `..`, `%2E%2E` in a
/// `preEncoded` field, or an empty path parameter (a user's Orange `senderAddress`), which `httpRequest` refuses.
@Suite struct InterpretedPathRuleTests {
    /// `PathValidationTests.spec`'s requests, and one whose path parameter is sent pre-encoded.
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: fields, fields: [key]}}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:
          byIDs: {method: GET, path: '/a/{ids}', request: ByIDs, responses: {200: {summary: Found.}}, source: doc}
          byKind: {method: GET, path: '/b/{kind}', request: ByKind, responses: {200: {summary: Found.}}, source: doc}
          byKey: {method: GET, path: '/c/{key}/x', request: ByKey, responses: {200: {summary: Found.}}, source: doc}
          byCode: {method: GET, path: '/d/{sender}', request: ByCode, responses: {200: {summary: Found.}}, source: doc}
        enums:
          Kind: {values: {sms: SMS., mms: MMS.}}
        shapes:
          ByIDs:
            fields:
              key: {type: string, secret: true, in: query}
              ids: {type: '[string]', in: path, separator: ','}
          ByKind:
            fields:
              key: {type: string, secret: true, in: query}
              kind: {type: Kind, in: path}
          ByKey:
            fields:
              key: {type: string, secret: true, in: path}
          ByCode:
            fields:
              key: {type: string, secret: true, in: query}
              sender: {type: string, in: path, preEncoded: true}

        """

    @Test func aPathParameterTheRequestCannotCarryIsAViolation() throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == [])
        let interpreter = RuleInterpreter(model: model)
        func rules(_ shape: String, _ fields: [String: String]) throws -> [String] {
            let shape = try #require(interpreter.shape(shape))
            let given = fields.mapValues(JSONValue.string).merging(["key": .string("key-12345")]) { first, _ in first }
            return interpreter.violations(of: .object(given), shape: shape, jsonBody: false)
                .map { "\($0.path):\($0.rule)" }
        }
        #expect(try rules("ByIDs", ["ids": ""]) == ["ids:path"])
        #expect(try rules("ByIDs", ["ids": ".."]) == ["ids:path"])
        #expect(try rules("ByIDs", ["ids": "a,.."]) == [])
        #expect(try rules("ByKind", ["kind": ".."]) == ["kind:path"])
        #expect(try rules("ByKind", ["kind": "sms"]) == [])
        #expect(try rules("ByKey", ["key": ""]) == ["key:path"])
        for sender in ["..", "%2E%2E", "..%2Fadmin", "."] { #expect(try rules("ByCode", ["sender": sender]) == ["sender:path"], "\(sender)") }
        #expect(try rules("ByCode", ["sender": "tel%3A%2B2250000"]) == [])
        // A credential's value is never quoted.
        let shape = try #require(interpreter.shape("ByKey"))
        let hidden = interpreter.violations(of: .object(["key": .string(".")]), shape: shape, jsonBody: false)
        #expect(hidden.map(\.rule) == ["path"] && !hidden[0].message.contains("\".\""), "\(hidden)")
    }
}
