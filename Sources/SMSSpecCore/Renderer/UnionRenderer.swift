/// Renders a union as an enum with one case per wire form, tried in the spec's order when decoding.
struct UnionRenderer {
    let context: RenderContext
    let union: UnionModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.doc(context.documentation(summary: union.spec.summary, source: union.spec.source, decisions: union.spec.decisions))
        printer.block("\(access)\(union.isIndirect ? "indirect " : "")enum \(Naming.escaped(union.swiftName)): \(RenderContext.Swift.value)") { printer in
            for variant in union.variants {
                printer.line("case \(Naming.escaped(variant.caseName))(\(context.spelling(variant.type)))")
            }
            printer.line()
            printer.block("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                printer.line("let container = try decoder.singleValueContainer()")
                for variant in union.variants {
                    printer.block("if let value = try? container.decode(\(context.spelling(variant.type)).self)") { printer in
                        printer.line("self = .\(Naming.escaped(variant.caseName))(value)")
                        printer.line("return")
                    }
                }
                let forms = union.variants.map { "`\($0.type.swiftType)`" }.joined(separator: " or ")
                printer.line("throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: \(SwiftLiteral.string("Expected \(forms).")))")
            }
            printer.line()
            printer.block("\(access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
                printer.line("var container = encoder.singleValueContainer()")
                printer.block("switch self") { printer in
                    for variant in union.variants {
                        printer.line("case .\(Naming.escaped(variant.caseName))(let value): try container.encode(value)")
                    }
                }
            }
        }
    }
}
