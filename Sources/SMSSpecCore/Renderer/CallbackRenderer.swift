/// Renders a callback that carries several kinds of event on one URL as an enum chosen by its discriminator field.
/// A single-shape callback with its own name becomes a type alias of the shape.
struct CallbackRenderer {
    let context: RenderContext
    let callback: CallbackModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let spec = callback.spec
        let documentation = context.documentation(
            summary: spec.summary, source: spec.source, decisions: spec.decisions, extra: [callback.deliveryDocumentation] + context.signatureLines(callback))
        if spec.shape != nil {
            guard callback.messageType != callback.swiftName else { return }
            printer.doc(documentation)
            printer.line("\(access)typealias \(Naming.escaped(callback.swiftName)) = \(context.member(callback.messageType))")
            return
        }
        guard let discriminator = spec.discriminator, let key = callback.discriminatorSwiftKey else { return }
        let string = RenderContext.Swift.string
        let secrets = context.model.secretMemberNames
        printer.doc(documentation)
        let reflectable = secrets.isEmpty ? "" : ", Swift.CustomReflectable"
        printer.block("\(access)enum \(Naming.escaped(callback.swiftName)): \(RenderContext.Swift.value)\(reflectable)") { printer in
            for variant in callback.variants {
                printer.doc(variant.values.map { "`\(discriminator.field.value): \($0)`" }.joined(separator: " or "))
                printer.line("case \(Naming.escaped(variant.caseName))(\(context.member(variant.shape.swiftName)))")
            }
            printer.doc("A kind of event the spec does not list (`null` labelled with empty text): its discriminator and the whole payload, kept as sent.")
            printer.line("case unknown(\(Naming.label(key)): \(string), payload: \(RenderContext.Runtime.jsonValue))")
            printer.line()
            printer.block("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                printer.line("let container = try decoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
                let unknown = { (kind: String) in
                    "self = .unknown(\(Naming.label(key)): \(kind), payload: try \(RenderContext.Runtime.jsonValue)(from: decoder))"
                }
                printer.comment("A kind sent as `null` names none the spec lists: an unknown event, labelled with empty text.")
                printer.block("guard let kind = try container.decodeKind(forKey: \(SwiftLiteral.string(discriminator.field.value))) else") { printer in
                    printer.line(unknown("\"\""))
                    printer.line("return")
                }
                printer.block("switch kind") { printer in
                    for variant in callback.variants {
                        let values = variant.values.map(SwiftLiteral.string).joined(separator: ", ")
                        printer.line("case \(values): self = .\(Naming.escaped(variant.caseName))(try \(context.member(variant.shape.swiftName))(from: decoder))")
                    }
                    if callback.variants.allSatisfy(\.tableCodes.isEmpty) {
                        printer.line("default: " + unknown("kind"))
                    } else {
                        printer.line("default:")
                        printer.indented { printer in
                            renderTableCodeMatch(into: &printer)
                            printer.line(unknown("kind"))
                        }
                    }
                }
            }
            printer.line()
            renderEncoder(discriminator: discriminator, into: &printer)
            guard !secrets.isEmpty else { return }
            printer.line()
            renderMirror(label: Naming.label(key), into: &printer)
        }
    }

    /// `print`, `dump` and string interpolation read an enum through its mirror: an unknown event's payload is shown
    /// with the spec's credentials redacted, as a shape shows its `Secret` fields; each other case as Swift shows it.
    private func renderMirror(label: String, into printer: inout CodePrinter) {
        printer.doc("Shows an unknown event's payload with the values of \(context.model.secretMemberNames.map { "`\($0)`" }.joined(separator: ", ")) redacted, in any case and at any depth: they are credentials.")
        printer.block("\(context.access)var customMirror: Swift.Mirror") { printer in
            printer.block("switch self") { printer in
                for variant in callback.variants {
                    printer.line("case .\(Naming.escaped(variant.caseName))(let event):")
                    printer.line("    return Swift.Mirror(self, children: [\(SwiftLiteral.string(variant.caseName)): event], displayStyle: .enum)")
                }
                printer.line("case .unknown(let kind, let payload):")
                printer.line("    let shown = (\(label): kind, payload: payload.redactingMembers(named: \(context.secretNamesLiteral)))")
                printer.line("    return Swift.Mirror(self, children: [\"unknown\": shown], displayStyle: .enum)")
            }
        }
    }

    /// A kind spelled otherwise than its variant's value, as the variant's table-typed field reads it (an alias,
    /// a padded number), is looked up in each such table and chooses the variant whose value names that code.
    private func renderTableCodeMatch(into printer: inout CodePrinter) {
        var tables: [String] = []
        for variant in callback.variants where !variant.tableCodes.isEmpty {
            if let table = variant.discriminatorTable?.swiftName, !tables.contains(table) { tables.append(table) }
        }
        for table in tables {
            printer.block("switch \(context.member(table)).table.entry(for: kind)?.code") { printer in
                var taken: Set<String> = []
                for variant in callback.variants where variant.discriminatorTable?.swiftName == table {
                    let codes = variant.tableCodes.filter { taken.insert($0).inserted }
                    guard !codes.isEmpty else { continue }
                    let patterns = codes.map { SwiftLiteral.string($0) + "?" }.joined(separator: ", ")
                    printer.line("case \(patterns): self = .\(Naming.escaped(variant.caseName))(try \(context.member(variant.shape.swiftName))(from: decoder)); return")
                }
                printer.line("default: break")
            }
        }
    }

    /// A shape with a field of the discriminator's name writes it itself, as its own field's type says (`"type": 1`
    /// stays a number); a shape without one writes its one value after its fields, and so does one whose field is
    /// optional and empty, so that the event still says its kind. A shape several values share always has the field
    /// (the model checks it).
    private func renderEncoder(discriminator: DiscriminatorSpec, into printer: inout CodePrinter) {
        printer.block("\(context.access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
            let writesKind = { (variant: CallbackVariant) in
                variant.values.count == 1 && variant.discriminatorField?.isNonOptional != true
            }
            let anyWritesKind = callback.variants.contains(where: writesKind)
            if anyWritesKind { printer.line("let kind: \(RenderContext.Swift.string)") }
            printer.block("switch self") { printer in
                for variant in callback.variants {
                    printer.line("case .\(Naming.escaped(variant.caseName))(let event):")
                    printer.line("    try event.encode(to: encoder)")
                    if writesKind(variant) {
                        if let carried = variant.discriminatorField {
                            printer.line("    guard event.\(Naming.escaped(carried.swiftName)) == nil else { return }")
                        }
                        printer.line("    kind = \(SwiftLiteral.string(variant.values[0]))")
                    } else {
                        printer.line("    return")
                    }
                }
                printer.line("case .unknown(_, let payload):")
                printer.line(context.model.secretMemberNames.isEmpty
                    ? "    try payload.encode(to: encoder)" : "    try payload.encode(to: encoder, redactingMembersNamed: \(context.secretNamesLiteral))")
                printer.line("    return")
            }
            guard anyWritesKind else { return }
            printer.line("var container = encoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
            printer.line("try container.encode(kind, forKey: \(SwiftLiteral.string(discriminator.field.value)))")
        }
    }
}
