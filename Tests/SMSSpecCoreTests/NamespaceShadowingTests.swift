import SMSSpecCore
import Testing

/// Generated code refers to its types through the provider's namespace (`Acme.Status`) from inside generated types and
/// functions, where what the runtime's protocols give those types (a status code's `name`, `outcome`, `category`; a
/// message's `failures`; a text answer's `textForms`) and a client's parameters (`transport`) are in scope and would
/// hide a namespace of their name.
extension HostileSpecOutputTests {
    static let shadowingNames = [
        "name", "outcome", "category", "isSuccess", "isRetryable", "httpStatus", "retryAdvice", "RawCode", "failures",
        "allSucceeded", "httpRequest", "textForms", "serverURL", "transport", "middlewares", "configuration",
        // A login's parameter and locals (an attack: `credentials.Operations.auth` did not compile).
        "credentials", "answer", "credential",
    ]

    /// A spec whose generated types have all those in scope: a code, a message carrying it, a request, a text answer,
    /// a client and a receiver.
    static func spec(index: Int, namespace: String) -> SpecInput {
        SpecInput(path: "shadow\(index).yaml", contents: """
            smsspec: 1
            provider: {id: shadow\(index), name: Shadow, namespace: \(namespace), baseURLs: ['https://api.example'], auth: {type: fields, fields: [key]}}
            sources: {doc: {title: The API, url: 'https://api.example/docs'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}, 400: {shape: Refused}}}
            callbacks:
              Receipt: {method: [GET, POST], shape: Refused, encoding: form}
            shapes:
              Send: {fields: {key: {type: string, secret: true}, to: string}}
              Sent: {text: ['OK {id}', 'ERR {status}'], fields: {id: {type: string, required: false}, status: {type: Status, required: false}}}
              Refused: {fields: {status: Status}}
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: int
                entries: [{code: 0, name: OK, summary: Sent., outcome: success, category: none}]

            """)
    }

    @Test func aNamespaceNamedLikeWhatGeneratedTypesHaveInScopeIsALocatedError() throws {
        let config = "outputs: [models, codes, operations, validation, catalog, client, receiver]\n"
        let control = try problems([Self.spec(index: 0, namespace: "Shadowed")], config: config)
        #expect(control == nil, "\(control ?? "")")
        let inputs = Self.shadowingNames.enumerated().map { Self.spec(index: $0, namespace: $1) }
        let problems = try problems(inputs, config: config)
        let lines = (problems ?? "").split(separator: "\n")
        #expect(lines.count == Self.shadowingNames.count, "\(problems ?? "")")
        for (index, name) in Self.shadowingNames.enumerated() {
            #expect(lines.contains { $0.hasPrefix("shadow\(index).yaml:2:") && $0.hasSuffix("error: namespace '\(name)' would hide a name the generated code uses; set another 'namespace'") }, "\(problems ?? "")")
        }
    }

    /// An operation sent to its own host gives the client's initializer a parameter named after it (an attack:
    /// `provider: sendServerURL.provider` did not compile).
    @Test func aNamespaceNamedAsAnOperationsHostParameterIsALocatedError() throws {
        let spec = Self.spec(index: 0, namespace: "sendServerURL")
        let hosted = SpecInput(path: spec.path, contents: spec.contents.replacingOccurrences(of: "path: /send,", with: "path: /send, baseURL: 'https://other.example',"))
        #expect(hosted.contents != spec.contents)
        let problems = try problems([hosted], config: "outputs: [models, codes, operations, client]\n")
        #expect(problems?.contains(
            "shadow0.yaml:2:50: error: namespace 'sendServerURL' is the client's parameter giving operation 'send' its own host, which it would hide; set another 'namespace'") == true,
            "\(problems ?? "")")
    }
}
