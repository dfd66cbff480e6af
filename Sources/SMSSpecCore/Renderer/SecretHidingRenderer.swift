/// The conformance to `URLUserinfoRedactable` of a shape or union that a message with credentials holds and that holds
/// URL fields at some depth: printing the message (its mirror, output for people) passes its credentials down, which
/// each URL hides with those of its own message (a recipient's report URL repeating the request's API key).
struct SecretHidingRenderer {
    let context: RenderContext

    func render(_ shape: ShapeModel, into printer: inout CodePrinter) {
        guard shape.hidesHolderSecrets else { return }
        let own = ShapeRenderer.secrets(of: shape).map { " + \($0)" } ?? ""
        renderConformance(of: shape.swiftName, own: !own.isEmpty, into: &printer) { printer in
            printer.line("var copy = self")
            // A held shape is given the holder's credentials alone: its own it hides itself wherever it is printed or
            // written for people (its mirror, its encode(to:)). Adding them at each level made a shape holding itself
            // check each URL against every level's (quadratic in the depth).
            for field in shape.fields where field.redactsURLUserinfo || field.type.hidesHolderSecrets {
                let name = Naming.escaped(field.swiftName)
                printer.line("copy.\(name) = self.\(name).redactingURLUserinfo(hiding: secrets\(field.redactsURLUserinfo ? own : ""))")
            }
            printer.line("return copy")
        }
    }

    func render(_ union: UnionModel, into printer: inout CodePrinter) {
        guard union.hidesHolderSecrets else { return }
        let hiding = union.variants.filter { $0.type.hidesHolderSecrets }
        renderConformance(of: union.swiftName, own: false, into: &printer) { printer in
            printer.block("switch self") { printer in
                for variant in hiding {
                    let name = Naming.escaped(variant.caseName)
                    printer.line("case .\(name)(let value): return .\(name)(value.redactingURLUserinfo(hiding: secrets))")
                }
                if hiding.count < union.variants.count || union.discriminated != nil { printer.line("default: return self") }
            }
        }
    }

    private func renderConformance(of name: String, own: Bool, into printer: inout CodePrinter, body: (inout CodePrinter) -> Void) {
        let spi = context.options.accessLevel == .public ? "@_spi(Generated) " : ""
        printer.line()
        printer.block("\(spi)extension \(context.member(name)): SMSSpecRuntime.URLUserinfoRedactable") { printer in
            printer.doc(["This value with its URLs' user information, and each spelling of `secrets`\(own ? " and of its own credentials" : ""), redacted."])
            printer.block("\(context.access)func redactingURLUserinfo(hiding secrets: [SMSSpecRuntime.Secret?]) -> Self", body)
        }
    }
}
