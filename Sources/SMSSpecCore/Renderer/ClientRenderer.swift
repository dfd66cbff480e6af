import SMSSpecVocabulary

/// Prints a provider's typed client (`<stem>.client.swift`): one `async` method per operation, each a call of
/// SMSSpecClient's `ProviderClient.send` with the operation's descriptor and the readers of the messages its answers
/// carry. Everything else — validating, building, sending through the transport, reading by HTTP status, status
/// reports, retries — is the runtime's (docs/client.md).
struct ClientRenderer {
    let context: RenderContext
    var model: ProviderModel { context.model }

    /// The body of a `client` or `receiver` file: its imports, then its declarations.
    static func renderFile(_ output: GeneratorOptions.Output, context: RenderContext, into printer: inout CodePrinter) {
        let imports = output == .client ? Self.imports : ReceiverRenderer.imports
        for module in imports { printer.line("import \(module)") }
        printer.line()
        if output == .client {
            ClientRenderer(context: context).render(into: &printer)
        } else {
            ReceiverRenderer(context: context).render(into: &printer)
        }
    }

    /// The modules the client file needs beyond the runtime.
    static let imports = ["OpenAPIRuntime", "SMSSpecClient"]

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let ns = context.namespace
        printer.block("extension \(ns)") { printer in
            printer.doc([
                "Sends \(model.spec.name)'s operations through any `ClientTransport` (URLSessionTransport, AsyncHTTPClientTransport, …) "
                    + "and returns each answer typed, or throws `ProviderError` when the answer reports a failure (docs/client.md).",
            ])
            printer.block("\(access)struct Client: Swift.Sendable") { printer in
                printer.doc("The generic client every method sends through.")
                printer.line("\(access)let providerClient: SMSSpecClient.ProviderClient")
                printer.line()
                renderInitializer(into: &printer)
                printer.line()
                printer.doc("A client of the generic one given (a login sends through it).")
                printer.block("\(access)init(providerClient: SMSSpecClient.ProviderClient)") { printer in
                    printer.line("self.providerClient = providerClient")
                }
                for operation in model.operations {
                    printer.line()
                    renderMethod(operation, into: &printer)
                }
                for operation in model.operations {
                    guard let credential = operation.obtainedCredential else { continue }
                    printer.line()
                    renderLogin(operation, credential: credential, into: &printer)
                }
            }
        }
    }

    private func renderInitializer(into printer: inout CodePrinter) {
        let serverURL = model.spec.servers.first?.defaultURL.map {
            "Foundation.URL = Foundation.URL(string: \(SwiftLiteral.string($0)))!"
        } ?? "Foundation.URL"
        let function = { (name: String) in "`\(context.member("Servers")).\(name)(…)`" }
        let servers = model.spec.hasServerFunctions ? function(model.spec.serverFunctionNames[0]) : ""
        // A plain first server: the templated ones, if any, make the others.
        let templated = zip(model.spec.servers, model.spec.serverFunctionNames).filter { !$0.0.variables.isEmpty }.map { function($0.1) }
        let given =
            model.spec.servers.isEmpty ? "the provider's URL for your account (the spec gives none)"
            : model.spec.servers[0].defaultURL == nil ? "the provider's URL for your account: the spec's first base URL has a variable without a default (\(servers) makes it)"
            : model.spec.servers[0].variables.isEmpty
                ? "the spec's first base URL unless given" + (templated.isEmpty ? "" : " (others: \(templated.joined(separator: ", ")))")
            : "the spec's first base URL, its variables at their defaults, unless given (\(servers) makes it with others)"
        // An operation sent to a host of its own takes that host unless given (a test gives the sandbox's).
        let ownHosts = model.operations.compactMap { operation in operation.spec.baseURL.map { (operation: operation, parameter: operation.swiftName + "ServerURL", url: $0.value) } }
        printer.doc((["- Parameters:\n  - serverURL: \(given)."] + ownHosts.map { host in
            "  - \(host.parameter): where `\(Naming.escaped(host.operation.swiftName))` is sent, its own host in the spec (\(host.url)) unless given."
        }).joined(separator: "\n"))
        let hostParameters = ownHosts.map { "\($0.parameter): Foundation.URL = Foundation.URL(string: \(SwiftLiteral.string($0.url)))!, " }.joined()
        printer.block(
            "\(context.access)init(serverURL: \(serverURL), \(hostParameters)transport: any OpenAPIRuntime.ClientTransport, "
                + "middlewares: [any OpenAPIRuntime.ClientMiddleware] = [], configuration: SMSSpecClient.ClientConfiguration = SMSSpecClient.ClientConfiguration())"
        ) { printer in
            let tables = model.tables.map { context.member($0.swiftName) + ".table" }.joined(separator: ", ")
            let hosts = ownHosts.isEmpty ? ""
                : "operationServerURLs: [\(ownHosts.map { "\(SwiftLiteral.string($0.operation.spec.id.value)): \($0.parameter)" }.joined(separator: ", "))], "
            printer.line("self.providerClient = SMSSpecClient.ProviderClient(")
            printer.line("    provider: \(context.member("provider")), tables: [\(tables)], serverURL: serverURL, \(hosts)transport: transport,")
            printer.line("    middlewares: middlewares, configuration: configuration)")
        }
    }

    private func renderMethod(_ operation: OperationModel, into printer: inout CodePrinter) {
        let spec = operation.spec
        let results = operation.results
        let resultType = results.count == 1 ? resultTypeName(results[0]) : answerEnumName(operation)
        if results.count > 1 { renderAnswerEnum(operation, into: &printer) }
        // The operation's decisions are stated once, on its descriptor; the method says where.
        let decisions = spec.decisions.isEmpty ? [] : [
            "Decision\(spec.decisions.count == 1 ? "" : "s") " + spec.decisions.map(\.id.value).joined(separator: ", ")
                + ": see `\(context.member("Operations.\(Naming.escaped(operation.swiftName))"))`."
        ]
        printer.doc(context.documentation(
            summary: operation.endpoint + (spec.summary.map { ": \($0)" } ?? ""), source: spec.source,
            decisions: [], extra: operation.answerNotes + decisions, unsourcedIsInference: spec.decisions.isEmpty))
        let parameter = operation.requestType.map { "_ request: \(context.member($0))" } ?? ""
        let argument = operation.requestType == nil ? "SMSSpecClient.NoRequest()" : "request"
        printer.block("\(context.access)func \(Naming.escaped(operation.swiftName))(\(parameter)) async throws -> \(resultType)") { printer in
            printer.line("try await providerClient.send(")
            printer.line("    \(argument), as: \(context.member("Operations.\(Naming.escaped(operation.swiftName))")),")
            printer.line("    reading: SMSSpecClient.AnswerReading(")
            printer.line("        messages: [\(operation.answers.isEmpty ? ":]," : "")")
            for message in operation.answers {
                let type = context.member(message.swiftType)
                let wire = message.wire == .text ? ", wire: .text" : ""
                let reader: String
                if let result = message.result {
                    reader = results.count == 1
                        ? ".result(\(type).self\(wire))" : ".result(\(type).self\(wire), as: { .\(Naming.escaped(result.caseName))($0) })"
                } else {
                    reader = ".reports(\(type).self\(wire))"
                }
                printer.line("            \(SwiftLiteral.string(message.name)): \(reader),")
            }
            if !operation.answers.isEmpty { printer.line("        ],") }
            if let result = results.first(where: { $0.shape == nil }) {
                printer.line("        undocumented: { \(results.count == 1 ? "$0" : ".\(Naming.escaped(result.caseName))($0)") }))")
            } else {
                printer.line("        undocumented: nil))")
            }
        }
    }

    /// A login (`SMSSpecClient.Login`) that sends `operation` and reads the credential its answer gives.
    private func renderLogin(_ operation: OperationModel, credential: ObtainedCredential, into printer: inout CodePrinter) {
        let method = Naming.escaped(operation.swiftName)
        let own = operation.ownAuthentication != nil
        printer.doc([
            "`\(operation.spec.id.value)` as the client's login, given as `ClientConfiguration(login: …)`: the client sends it before the "
                + "first call that needs the provider's credentials and again when one is refused as unauthenticated"
                + (credential.expiry.map { expiry in
                    ", or shortly before the credential expires (`\(expiry.wirePath)`\(expiry.unit.map { ", in \($0.rawValue)" } ?? ""))"
                } ?? "")
                + ", and sends the credential its answer gives (`\(credential.wirePath)`) as the provider's.",
            own ? "- Parameters:\n  - credentials: the login's own credentials (its spec's `auth`)." : "",
        ].filter { !$0.isEmpty })
        let parameters = (operation.requestType.map { ["_ request: \(context.member($0))"] } ?? []) + (own ? ["credentials: SMSSpecRuntime.Credentials"] : [])
        let argument = operation.requestType == nil ? "" : "request"
        let path = Self.path(credential.properties)
        let mayBeAbsent = credential.properties.contains { $0.isOptional }
        let obtained = mayBeAbsent ? "credential" : "answer.\(path)"
        printer.block("\(context.access)static func \(Naming.escaped(operation.swiftName + "Login"))(\(parameters.joined(separator: ", "))) -> SMSSpecClient.Login") { printer in
            let login = "SMSSpecClient.Login(operation: \(context.member("Operations.\(method)")), credentials: \(own ? "credentials" : "nil")"
            printer.line(login + (credential.expiry == nil ? ") { providerClient in" : ", obtainAnswer: { providerClient in"))
            // Qualified: `Self` names a spec's type `Self` here (a random spec's answer shape was one).
            printer.line("    let answer = try await \(context.member("Client"))(providerClient: providerClient).\(method)(\(argument))")
            if mayBeAbsent {
                printer.line("    guard let credential = answer.\(path) else {")
                printer.line("        throw SMSSpecClient.ProviderClientError.noCredentialInLogin(operation: \(SwiftLiteral.string(operation.spec.id.value)), path: \(SwiftLiteral.string(credential.wirePath)))")
                printer.line("    }")
            }
            if let expiry = credential.expiry {
                let when = expiry.unit.map { "lifetime: answer.\(Self.path(expiry.properties)), unit: .\($0.rawValue)" } ?? "expiresAt: answer.\(Self.path(expiry.properties))"
                printer.line("    return SMSSpecClient.LoginAnswer(credential: \(obtained), \(when))")
                printer.line("})")
            } else {
                printer.line("    return \(obtained)")
                printer.line("}")
            }
        }
    }

    /// Swift's path down a login answer's properties, optional chaining through each that may be absent but the last.
    private static func path(_ properties: [(name: String, isOptional: Bool)]) -> String {
        properties.enumerated().map { index, property in
            Naming.escaped(property.name) + (property.isOptional && index < properties.count - 1 ? "?" : "")
        }.joined(separator: ".")
    }

    /// For operations whose successful answers have several shapes: one case per shape.
    private func renderAnswerEnum(_ operation: OperationModel, into printer: inout CodePrinter) {
        printer.doc("The successful answers of `\(operation.spec.id.value)`, one case per shape the spec gives them.")
        printer.block("\(context.access)enum \(answerEnumName(operation)): Swift.Sendable") { printer in
            for result in operation.results {
                printer.line("case \(Naming.escaped(result.caseName))(\(resultTypeName(result)))")
            }
        }
        printer.line()
    }

    private func answerEnumName(_ operation: OperationModel) -> String {
        let name = operation.swiftName
        return Naming.escaped(name.prefix(1).uppercased() + name.dropFirst() + "Answer")
    }

    private func resultTypeName(_ result: OperationResult) -> String {
        result.swiftType.map(context.member) ?? "SMSSpecClient.UndocumentedAnswer"
    }
}

/// Prints a provider's callback receivers (`<stem>.receiver.swift`): one SMSSpecReceiver `CallbackReceiver` per
/// callback, with the methods, encoding and type the spec gives it.
struct ReceiverRenderer {
    let context: RenderContext
    var model: ProviderModel { context.model }

    static let imports = ["SMSSpecReceiver"]

    func render(into printer: inout CodePrinter) {
        // The wire names of the spec's `secret` fields, swept from the error of a callback that does not decode.
        let secretFields = Array(Set(model.shapes.flatMap { $0.fields.filter(\.spec.secret).map(\.spec.wireName.value) })).sorted()
        printer.block("extension \(context.namespace)") { printer in
            printer.doc(model.callbacks.isEmpty
                ? "Receivers of \(model.spec.name)'s callbacks: none, as the spec declares no `callbacks` (the namespace is kept for every provider alike)."
                : "Receivers of \(model.spec.name)'s callbacks: each decodes an incoming request and says what to answer (docs/client.md).")
            printer.block("\(context.access)enum Receivers") { printer in
                for (index, callback) in model.callbacks.enumerated() {
                    if index > 0 { printer.line() }
                    let spec = callback.spec
                    printer.doc(context.documentation(
                        summary: "\(callback.deliverySummary): " + (spec.summary ?? spec.name.value), source: spec.source, decisions: spec.decisions,
                        extra: context.signatureLines(callback) + [context.acknowledgementLine(callback)]))
                    let name = Naming.escaped(callback.memberName)
                    printer.line("\(context.access)static let \(name) = SMSSpecReceiver.CallbackReceiver<\(context.member(callback.messageType))>(")
                    let methods = spec.methods.count == 1
                        ? "method: \(SwiftLiteral.string(spec.methods[0]))" : "methods: [\(spec.methods.map(SwiftLiteral.string).joined(separator: ", "))]"
                    var lines = ["provider: \(SwiftLiteral.string(model.id)), name: \(SwiftLiteral.string(spec.name.value)), \(methods), encoding: .\(spec.encoding.rawValue)"
                        + (spec.otherEncodings.isEmpty ? "" : ", otherEncodings: [\(spec.otherEncodings.map { ".\($0.rawValue)" }.joined(separator: ", "))]")]
                    if model.spec.charset != .utf8 { lines.append("charset: .\(model.spec.charset)") }
                    if callback.acknowledgement.isDeclared { lines.append("acknowledgement: \(Self.literal(callback.acknowledgement))") }
                    if let signature = callback.signature { lines.append("signature: \(Self.literal(signature))") }
                    if !secretFields.isEmpty { lines.append("secretFields: \(SwiftLiteral.strings(secretFields))") }
                    for (index, line) in lines.enumerated() { printer.line("    \(line)\(index == lines.count - 1 ? ")" : ",")") }
                }
            }
        }
    }

    /// The answer to a callback that decodes as a Swift value.
    static func literal(_ acknowledgement: AcknowledgementModel) -> String {
        let contentType = acknowledgement.contentType.map { ", contentType: \(SwiftLiteral.string($0))" } ?? ""
        return "SMSSpecReceiver.CallbackAnswer(status: \(acknowledgement.status)\(contentType), text: \(SwiftLiteral.string(acknowledgement.body)))"
    }

    /// The signature scheme as a Swift value; a replay window only where the spec gives one.
    static func literal(_ signature: CallbackSignature) -> String {
        let window = signature.replayWindow.map {
            ", replayWindow: SMSSpecRuntime.CallbackSignature.ReplayWindow(\(literal($0.place, header: "header", field: "place")), "
                + "format: .\($0.format), tolerance: \($0.tolerance))"
        } ?? ""
        return "SMSSpecRuntime.CallbackSignature(\(literal(signature.carrier, header: "header", field: "carrier")), algorithm: .\(signature.algorithm), "
            + "signs: \(literal(signature.signs)), encoding: .\(signature.encoding), prefix: \(SwiftLiteral.string(signature.prefix))\(window)"
            + (signature.keyDigest.map { ", keyDigest: .\($0)" } ?? "") + (signature.isOptional ? ", isOptional: true" : "") + ")"
    }

    /// What is signed: `.body` and `.urlAndSortedFormParameters` by name, any other list of parts written out.
    static func literal(_ content: CallbackSignature.Content) -> String {
        if content == .body { return ".body" }
        if content == .urlAndSortedFormParameters { return ".urlAndSortedFormParameters" }
        let parts = content.parts.map { part in
            switch part {
            case .body: ".body"
            case .url: ".url"
            case .method: ".method"
            case .urlAndSortedFormParameters: ".urlAndSortedFormParameters"
            case .header(let name): ".header(\(SwiftLiteral.string(name)))"
            case .text(let text): ".text(\(SwiftLiteral.string(text)))"
            case .bodyDigest(let digest): ".bodyDigest(.\(digest))"
            case .fields(let pairs): ".fields(\(literal(pairs)))"
            case .secret: ".secret"
            }
        }
        return "SMSSpecRuntime.CallbackSignature.Content([\(parts.joined(separator: ", "))])"
    }

    /// A header as its name (`header: "X-Sig"`, as before fields could carry one), a field as a place.
    static func literal(_ place: CallbackSignature.Place, header: String, field: String) -> String {
        switch place {
        case .header(let name): "\(header): \(SwiftLiteral.string(name))"
        case .field(let name): "\(field): .field(\(SwiftLiteral.string(name)))"
        }
    }

    static func literal(_ pairs: CallbackSignature.FieldPairs) -> String {
        let replacements = pairs.replacements.map {
            "SMSSpecRuntime.CallbackSignature.FieldPairs.Replacement(\(SwiftLiteral.string(String($0.character))), with: \(SwiftLiteral.string($0.text)))"
        }
        return "SMSSpecRuntime.CallbackSignature.FieldPairs(pair: \(SwiftLiteral.string(pairs.pair)), separator: \(SwiftLiteral.string(pairs.separator)), "
            + "replacements: [\(replacements.joined(separator: ", "))], omitsEmpty: \(pairs.omitsEmpty)"
            + (pairs.names.map { ", names: [\($0.map(SwiftLiteral.string).joined(separator: ", "))]" } ?? "") + ")"
    }
}
