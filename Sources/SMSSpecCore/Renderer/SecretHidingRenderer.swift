/// The conformances of a shape or union that a message with credentials holds, through which printing the message (its
/// mirror, output for people) passes its credentials down: to `URLUserinfoRedactable` when it holds URL fields at
/// some depth, each URL hiding them with those of its own message (a recipient's report URL repeating the request's
/// API key); to `RepeatedSecretsHidable` when it holds text fields, each text hiding them (a key pasted into one of
/// RajaSMS's packets, or CM.com's messages beside `messages.authentication`).
struct SecretHidingRenderer {
    let context: RenderContext

    func renderRepeated(_ shape: ShapeModel, into printer: inout CodePrinter) {
        guard shape.hidesRepeatedSecrets else { return }
        renderRepeatedConformance(of: shape.swiftName, into: &printer) { printer in
            printer.line("var copy = self")
            for field in shape.fields where field.type.isText && !field.redactsURLUserinfo || field.type.hidesRepeatedSecrets {
                let name = Naming.escaped(field.swiftName)
                printer.line("copy.\(name) = self.\(name).hidingRepeated(sweep)")
            }
            printer.line("return copy")
        }
    }

    func renderRepeated(_ union: UnionModel, into printer: inout CodePrinter) {
        guard union.hidesRepeatedSecrets else { return }
        let hiding = union.variants.filter { $0.type.isText || $0.type.hidesRepeatedSecrets }
        renderRepeatedConformance(of: union.swiftName, into: &printer) { printer in
            printer.block("switch self") { printer in
                for variant in hiding {
                    let name = Naming.escaped(variant.caseName)
                    printer.line("case .\(name)(let value): return .\(name)(value.hidingRepeated(sweep))")
                }
                if hiding.count < union.variants.count || union.discriminated != nil { printer.line("default: return self") }
            }
        }
    }

    private func renderRepeatedConformance(of name: String, into printer: inout CodePrinter, body: (inout CodePrinter) -> Void) {
        let spi = context.options.accessLevel == .public ? "@_spi(Generated) " : ""
        printer.line()
        printer.block("\(spi)extension \(context.member(name)): SMSSpecRuntime.RepeatedSecretsHidable") { printer in
            printer.doc(["This value with each spelling `sweep` finds in its text `<redacted>`."])
            printer.block("\(context.access)func hidingRepeated(_ sweep: SMSSpecRuntime.SecretSweep) -> Self", body)
        }
    }

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
