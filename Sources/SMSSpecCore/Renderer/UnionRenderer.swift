/// Renders a union as an enum with one case per wire form, tried in the spec's order when decoding; a value no
/// variant reads is reported by the runtime's `UnionContainer` (the error of the variant reading its kind). A union
/// whose variant a field names reads that field instead (`DiscriminatedEnumRenderer`).
struct UnionRenderer {
    let context: RenderContext
    let union: UnionModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.doc(context.documentation(summary: union.spec.summary, source: union.spec.source, decisions: union.spec.decisions))
        if let discriminated = union.discriminated {
            return DiscriminatedEnumRenderer(context: context, discriminated: discriminated, noun: "value", union: union)
                .render(declaring: "\(union.isIndirect ? "indirect " : "")enum \(Naming.escaped(union.swiftName))", into: &printer)
        }
        let redactsCredentials = union.variants.contains { context.redactsCredentials(in: $0.type) }
        let conformances = RenderContext.Swift.value + (redactsCredentials ? ", Swift.CustomReflectable" : "")
        printer.block("\(access)\(union.isIndirect ? "indirect " : "")enum \(Naming.escaped(union.swiftName)): \(conformances)") { printer in
            for variant in union.variants {
                printer.line("case \(Naming.escaped(variant.caseName))(\(context.spelling(variant.type)))")
            }
            printer.line()
            if union.isReadOncePerPlace {
                printer.block("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                    printer.line("self = try SMSSpecRuntime.UnionReads.once(Swift.ObjectIdentifier(Self.self), at: decoder, Self.init(readingVariants:))")
                }
                printer.line()
                printer.line("/// The variants in the spec's order, tried once per place of a payload (`init(from:)`): the union is below two")
                printer.line("/// variants of one kind that hold unions, each of which would otherwise read it again.")
                printer.block("private init(readingVariants decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                    renderVariantReads(into: &printer)
                }
            } else {
                printer.block("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                    renderVariantReads(into: &printer)
                }
            }
            printer.line()
            printer.block("\(access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
                printer.line("var container = encoder.singleValueContainer()")
                printer.block("switch self") { printer in
                    for variant in union.variants {
                        printer.line("case .\(Naming.escaped(variant.caseName))(let value):")
                        printer.indented { printer in
                            printer.line("SMSSpecRuntime.UnionVariantNotes.note(\(SwiftLiteral.string(union.variantName(variant.caseName, variant.type))), to: encoder)")
                            printer.line(context.redactsCredentials(in: variant.type)
                                ? "try container.encode(value, redactingMembersNamed: \(context.secretNamesLiteral))" : "try container.encode(value)")
                        }
                    }
                }
            }
            guard redactsCredentials else { return }
            printer.line()
            renderMirror(into: &printer)
        }
    }

    /// `print` and `dump` show a variant that may hold a credential (JSON, a map) with it redacted; each other as Swift does.
    private func renderMirror(into printer: inout CodePrinter) {
        printer.block("\(context.access)var customMirror: Swift.Mirror") { printer in
            printer.block("switch self") { printer in
                for variant in union.variants {
                    let value = context.redactsCredentials(in: variant.type) ? "value.redactingMembers(named: \(context.secretNamesLiteral))" : "value"
                    printer.line("case .\(Naming.escaped(variant.caseName))(let value):")
                    printer.line("    return Swift.Mirror(self, children: [\(SwiftLiteral.string(variant.caseName)): \(value)], displayStyle: .enum)")
                }
            }
        }
    }

    /// The variants tried in the spec's order, the first that reads the value wins.
    private func renderVariantReads(into printer: inout CodePrinter) {
        printer.line("var container = try SMSSpecRuntime.UnionContainer(decoder)")
        for variant in union.variants {
            let read = "container.decode(\(context.spelling(variant.type)).self, reads: \(Self.spelling(variant.reads)))"
            printer.block("if let value = \(read)") { printer in
                printer.line("self = .\(Naming.escaped(variant.caseName))(value)")
                printer.line("return")
            }
        }
        printer.line("throw container.failure(expected: \(SwiftLiteral.string(union.expectedForms)))")
    }

    /// `.text`, `[.text, .number]`, `.scalar` or `.any`: the kinds as the runtime's `JSONKinds` spells them.
    static func spelling(_ kinds: Set<JSONKind>) -> String {
        if kinds == Set(JSONKind.allCases) { return ".any" }
        if kinds == [.text, .number, .bool] { return ".scalar" }
        let names = JSONKind.allCases.filter(kinds.contains).map { ".\($0.rawValue)" }
        return names.count == 1 ? names[0] : "[\(names.joined(separator: ", "))]"
    }
}
