/// Renders a callback that carries several kinds of event on one URL as an enum chosen by its discriminator field.
/// A single-shape callback with its own name becomes a type alias of the shape.
struct CallbackRenderer {
    let context: RenderContext
    let callback: CallbackModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let spec = callback.spec
        let delivery = "Delivered as \(spec.method) with a \(spec.encoding == .json ? "JSON body" : spec.encoding == .query ? "query string" : "form body")."
        let documentation = context.documentation(summary: spec.summary, source: spec.source, decisions: spec.decisions, extra: [delivery])
        if let shape = spec.shape?.value {
            guard shape != callback.swiftName else { return }
            printer.doc(documentation)
            printer.line("\(access)typealias \(callback.swiftName) = \(shape)")
            return
        }
        guard let discriminator = spec.discriminator, let key = callback.discriminatorSwiftKey else { return }
        printer.doc(documentation)
        printer.block("\(access)enum \(callback.swiftName): Codable, Hashable, Sendable") { printer in
            for variant in callback.variants {
                printer.doc("`\(discriminator.field.value): \(variant.value)`")
                printer.line("case \(Naming.escaped(variant.caseName))(\(variant.shape))")
            }
            printer.doc("A kind of event the spec does not list: its discriminator and the whole payload, kept as sent.")
            printer.line("case unknown(\(key): String, payload: JSONValue)")
            printer.line()
            printer.block("private enum DiscriminatorKey: String, CodingKey") { printer in
                printer.line("case \(Naming.escaped(key)) = \(SwiftLiteral.string(discriminator.field.value))")
            }
            printer.line()
            printer.block("\(access)init(from decoder: any Decoder) throws") { printer in
                printer.line("let container = try decoder.container(keyedBy: DiscriminatorKey.self)")
                printer.line("let kind = try container.decodeScalar(String.self, forKey: .\(Naming.escaped(key)), lenient: true)")
                printer.block("switch kind") { printer in
                    for variant in callback.variants {
                        printer.line("case \(SwiftLiteral.string(variant.value)): self = .\(Naming.escaped(variant.caseName))(try \(variant.shape)(from: decoder))")
                    }
                    printer.line("default: self = .unknown(\(key): kind, payload: try JSONValue(from: decoder))")
                }
            }
            printer.line()
            printer.block("\(access)func encode(to encoder: any Encoder) throws") { printer in
                printer.line("let kind: String")
                printer.block("switch self") { printer in
                    for variant in callback.variants {
                        printer.line("case .\(Naming.escaped(variant.caseName))(let event):")
                        printer.line("    try event.encode(to: encoder)")
                        printer.line("    kind = \(SwiftLiteral.string(variant.value))")
                    }
                    printer.line("case .unknown(_, let payload):")
                    printer.line("    try payload.encode(to: encoder)")
                    printer.line("    return")
                }
                printer.line("var container = encoder.container(keyedBy: DiscriminatorKey.self)")
                printer.line("try container.encode(kind, forKey: .\(Naming.escaped(key)))")
            }
        }
    }
}
