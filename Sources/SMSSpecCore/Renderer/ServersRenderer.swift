import SMSSpecVocabulary

/// Renders `Servers`: one function per server of the spec's `baseURLs`, taking each of its variables (default: the
/// spec's) and returning its URL, or throwing for a value that is not allowed or would add to the URL rather than fill
/// its placeholder.
struct ServersRenderer {
    let context: RenderContext

    func render(into printer: inout CodePrinter) {
        let spec = context.model.spec
        let client = spec.servers.first?.defaultURL == nil
            ? "a client needs its `serverURL`: the first has a variable without a default" : "a client uses the first at its defaults unless given another `serverURL`"
        printer.doc("The servers \(spec.name) answers at (the spec's `baseURLs`), each a function of its variables; \(client).")
        printer.block("\(context.access)enum Servers") { printer in
            for (index, (server, name)) in zip(spec.servers, spec.serverFunctionNames).enumerated() {
                if index > 0 { printer.line() }
                render(server, named: name, into: &printer)
            }
        }
    }

    private func render(_ server: ServerSpec, named name: String, into printer: inout CodePrinter) {
        let parameters = server.variables.map { variable in
            let allowed = variable.allowed.isEmpty ? nil : "One of " + variable.allowed.map { "`\($0.value)`" }.joined(separator: ", ") + "."
            let said = [variable.description, allowed, variable.defaultValue.map { "Default `\($0.value)`." } ?? "Required: the spec gives no default."]
                .compactMap { $0 }
            return "  - \(variable.parameterName): " + said.joined(separator: " ")
        }
        printer.doc(
            ["`\(server.url.value)`"]
                + (parameters.isEmpty ? [] : ["- Parameters:\n" + parameters.joined(separator: "\n")])
                + [parameters.isEmpty
                    // Every server's function throws alike, so that code may pick one as a value; this one has nothing to refuse.
                    ? "- Throws: never in practice: the URL has no placeholder to fill (every server's function is `throws(SMSSpecRuntime.ServerURLError)` alike)."
                    : "- Throws: `SMSSpecRuntime.ServerURLError` for a value the spec does not allow, or one that would add to the URL (a user, port, label, path segment, query or fragment) rather than fill its placeholder."])
        let signature = server.variables.map { variable in
            "\(Naming.escaped(variable.parameterName)): \(RenderContext.Swift.string)" + (variable.defaultValue.map { " = " + SwiftLiteral.string($0.value) } ?? "")
        }
        printer.block(
            "\(context.access)static func \(Naming.escaped(name))(\(signature.joined(separator: ", "))) throws(SMSSpecRuntime.ServerURLError) -> Foundation.URL"
        ) { printer in
            printer.line("try SMSSpecRuntime.ServerURL.resolve(\(SwiftLiteral.string(server.url.value)), [")
            for variable in server.variables {
                printer.line(
                    "    .init(name: \(SwiftLiteral.string(variable.name.value)), value: \(Naming.escaped(variable.parameterName)), "
                        + "allowed: \(SwiftLiteral.strings(variable.allowed.map(\.value)))),")
            }
            printer.line("])")
        }
    }
}
