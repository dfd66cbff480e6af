import SMSSpecVocabulary

/// Renders what apps use to build requests: the provider's descriptor, its operations and the request shapes' descriptions.
/// (The tools' catalog and the example payloads are the `catalog` output: `ProviderCatalogRenderer`.) The descriptors
/// are computed properties, built on each access: the module interface, rebuilt after any edit in the target, skips a
/// computed property's body, whereas it type-checks and lowers a stored one's initializer. An operation's descriptor
/// is read once per request.
struct OperationsRenderer {
    let context: RenderContext

    private var model: ProviderModel { context.model }

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.block("extension \(context.namespace)") { printer in
            renderProvider(into: &printer)
            printer.line()
            if model.spec.hasServerFunctions {
                ServersRenderer(context: context).render(into: &printer)
                printer.line()
            }
            printer.doc("The operations of \(model.spec.name), as its spec describes them.")
            printer.block("\(access)enum Operations") { printer in
                for operation in model.operations {
                    renderOperation(operation, into: &printer)
                    printer.line()
                }
                let all = model.operations.map { context.member("Operations.\(Naming.escaped($0.swiftName))") + "," }
                printer.block("\(access)static var all: [SMSSpecRuntime.OperationDescriptor]") { printer in
                    printer.line(all.isEmpty ? "[]" : "[\n\(Self.wrapped(all))\n]")
                }
            }
        }
        for shape in model.shapes where shape.isRequest {
            printer.line()
            let fields = shape.fields.map(\.spec)
            let pathFields = fields.filter { $0.placement == .path }.map(\.wireName.value)
            let preEncoded = fields.filter(\.preEncoded).map(\.wireName.value)
            let queryFields = fields.filter { $0.placement == .query }.map(\.wireName.value)
            let headerFields = fields.filter { $0.placement == .header }.map(\.wireName.value)
            // A shape several operations send (RajaSMS's three send endpoints) is built with `httpRequest(for:)`.
            let conformance = shape.singleOperation == nil ? "SMSSpecRuntime.ProviderMessage" : "SMSSpecRuntime.ProviderRequest"
            printer.block("extension \(context.member(shape.swiftName)): \(conformance)") { printer in
                if let operation = shape.singleOperation {
                    printer.line("\(access)static var operation: SMSSpecRuntime.OperationDescriptor { \(context.namespace).Operations.\(Naming.escaped(operation)) }")
                }
                if !pathFields.isEmpty { printer.line("\(access)static var pathFields: [\(RenderContext.Swift.string)] { \(SwiftLiteral.strings(pathFields)) }") }
                if !queryFields.isEmpty { printer.line("\(access)static var queryFields: [\(RenderContext.Swift.string)] { \(SwiftLiteral.strings(queryFields)) }") }
                if !headerFields.isEmpty { printer.line("\(access)static var headerFields: [\(RenderContext.Swift.string)] { \(SwiftLiteral.strings(headerFields)) }") }
                if !preEncoded.isEmpty { printer.line("\(access)static var preEncodedFields: Swift.Set<\(RenderContext.Swift.string)> { \(SwiftLiteral.strings(preEncoded)) }") }
                if model.spec.formBooleans != .digits {
                    printer.line("\(access)static var formBooleans: SMSSpecRuntime.FormBooleans { .\(model.spec.formBooleans) }")
                }
                if model.spec.charset != .utf8 {
                    printer.line("\(access)static var formCharset: SMSSpecRuntime.FormCharset { .\(model.spec.charset) }")
                    // A shape several operations send says whether one of them writes it as a form or query.
                    let senders = model.operations.filter { $0.requestType == shape.spec.name.value }
                    if shape.singleOperation == nil, senders.contains(where: { [.form, .query].contains($0.encoding) }) {
                        printer.line("\(access)static var bodyIsFormEncoded: Swift.Bool { true }")
                    }
                }
            }
        }
    }

    private func renderProvider(into printer: inout CodePrinter) {
        let spec = model.spec
        let auth = spec.authentication.map(Self.literal) ?? ".requestFields([])"
        printer.doc("\(spec.name): identity, base URLs, authentication and the documents its spec is written from.")
        printer.block("\(context.access)static var provider: SMSSpecRuntime.ProviderDescriptor") { printer in
            printer.line("SMSSpecRuntime.ProviderDescriptor(")
            printer.line("    id: \(SwiftLiteral.string(model.id)), name: \(SwiftLiteral.string(spec.name)),")
            printer.line("    baseURLs: \(SwiftLiteral.strings(spec.baseURLs)),")
            printer.line("    authentication: \(auth),")
            if spec.charset != .utf8 { printer.line("    formCharset: .\(spec.charset),") }
            if model.segmentCapacities != nil {
                printer.line("    segmentCapacities: \(context.segmentCapacities),")
            }
            printer.line("    sources: [")
            for source in spec.sources {
                let location = ProviderModel.location(of: source)
                printer.line("        .init(id: \(SwiftLiteral.string(source.id.value)), title: \(SwiftLiteral.string(ProviderModel.title(of: source))), location: \(SwiftLiteral.string(location))),")
            }
            printer.line("    ])")
        }
        guard !spec.phoneCountries.isEmpty else { return }
        printer.line()
        printer.doc("Numbering rules of the countries \(spec.name)'s phone constraints name, as its spec records them.")
        printer.block("\(context.access)enum PhoneRules") { printer in
            for rules in spec.phoneCountries.map(\.rules) {
                printer.block("\(context.access)static var \(Naming.escaped(rules.country)): SMSSpecRuntime.PhoneNumberRules") { printer in
                    printer.line("SMSSpecRuntime.PhoneNumberRules(country: \(SwiftLiteral.string(rules.country)), countryCode: \(SwiftLiteral.string(rules.countryCode)), nationalPrefix: \(SwiftLiteral.optionalString(rules.nationalPrefix)), mobilePattern: \(SwiftLiteral.string(rules.mobilePattern)))")
                }
            }
        }
    }

    private func renderOperation(_ operation: OperationModel, into printer: inout CodePrinter) {
        let spec = operation.spec
        let encoding = operation.encoding
        printer.doc(context.documentation(
            summary: operation.endpoint + (spec.summary.map { ": \($0)" } ?? ""), source: spec.source,
            decisions: spec.decisions, extra: operation.answerNotes, unsourcedIsInference: true))
        let responses = spec.responses.map { response in
            let details = [
                response.shape.map { SwiftLiteral.string($0.value) },
                response.tables.isEmpty ? nil : "tables: \(SwiftLiteral.strings(response.tables.map(\.value)))",
                response.noCodeDecides ? "codesDecide: false" : nil,
                operation.codeFields[response.key].map { "codeFields: \(SwiftLiteral.strings($0))" },
                response.reportedInEntries.isEmpty ? nil : "reportedInEntries: \(SwiftLiteral.strings(response.reportedInEntries))",
                operation.reasonPaths[response.key].map { "reasonPaths: [\($0.map(SwiftLiteral.strings).joined(separator: ", "))]" },
            ]
            let arguments = ([(response.httpStatus ?? response.statusClass).map(String.init)] + details).compactMap { $0 }.joined(separator: ", ")
            return response.httpStatus != nil ? ".status(\(arguments))" : response.statusClass != nil ? ".statusClass(\(arguments))" : ".otherwise(\(arguments))"
        }
        printer.block("\(context.access)static var \(Naming.escaped(operation.swiftName)): SMSSpecRuntime.OperationDescriptor") { printer in
            printer.line("SMSSpecRuntime.OperationDescriptor(")
            printer.line("    provider: \(SwiftLiteral.string(model.id)), id: \(SwiftLiteral.string(spec.id.value)), summary: \(SwiftLiteral.string(operation.summary)),")
            printer.line("    method: \(SwiftLiteral.string(spec.method.value)), path: \(SwiftLiteral.string(spec.path.value)), encoding: .\(encoding.rawValue), request: \(SwiftLiteral.optionalString(operation.requestType)),")
            let list = responses.joined(separator: ", ")
            // Only where the spec says them: otherwise the method says whether sending twice acts once, and the
            // client's server is the host.
            let stated = (spec.idempotent.map { ", idempotent: \($0.value)" } ?? "") + (operation.sendsCredentials ? "" : ", sendsCredentials: false")
                + (spec.baseURL.map { ", baseURL: \(SwiftLiteral.string($0.value))" } ?? "")
                + (operation.headers.isEmpty ? "" : ", headers: [" + operation.headers.map {
                    ".init(\(SwiftLiteral.string($0.name.value)), \(SwiftLiteral.string($0.value.value)))"
                }.joined(separator: ", ") + "]")
                // In the initializer's order, after the headers (random specs with both did not compile).
                + (operation.ownAuthentication.map { ", authentication: \(Self.literal($0))" } ?? "")
                + (operation.obtainedCredential == nil ? "" : ", obtainsCredential: true")
            printer.line(list.count <= 100 ? "    responses: [\(list)]\(stated))" : "    responses: [\n\(Self.wrapped(responses.map { $0 + "," }, indent: "        "))\n    ]\(stated))")
        }
    }

    /// An `auth` as the runtime's `Authentication` it is.
    private static func literal(_ authentication: AuthenticationSpec) -> String {
        switch authentication.kind {
        case .header:
            ".header(name: \(SwiftLiteral.optionalString(authentication.headerName)), scheme: \(SwiftLiteral.optionalString(authentication.scheme)))"
        case .headers: ".headers(\(SwiftLiteral.strings(authentication.headers.map(\.value))))"
        case .basic: ".basic"
        case .fields: ".requestFields(\(SwiftLiteral.strings(authentication.fields.map(\.value))))"
        }
    }

    /// Items on lines of about 120 columns, each line indented by `indent` more than the printer's.
    static func wrapped(_ items: [String], indent: String = "    ") -> String {
        var lines: [String] = []
        for item in items {
            if let last = lines.last, last.count + item.count < 120 { lines[lines.count - 1] += " " + item } else { lines.append(indent + item) }
        }
        return lines.joined(separator: "\n")
    }
}
