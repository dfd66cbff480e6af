/// Renders the enum of a callback or union whose kind a field names: a case per shape, chosen by reading the field
/// once, and `unknown(<key>:payload:)` keeping any other kind whole, written back as it came.
struct DiscriminatedEnumRenderer {
    let context: RenderContext
    let discriminated: DiscriminatedModel
    /// What a payload is, in the unknown case's documentation: "event" for a callback, "value" for a union.
    let noun: String
    /// For a union: its cases are noted as they are written (`UnionVariantNotes`), which `smsspec decode` shows.
    var union: UnionModel? = nil
    /// For a callback: its type's name, with which an unknown kind is noted as it is written (`UnionVariantNotes`), which
    /// `smsspec decode` shows.
    var callbackName: String? = nil

    /// `declaration`: "enum Events", "indirect enum Content".
    func render(declaring declaration: String, into printer: inout CodePrinter) {
        let access = context.access
        let string = RenderContext.Swift.string
        let key = discriminated.swiftKey
        let field = discriminated.field
        let reflectable = context.model.secretMemberNames.isEmpty ? "" : ", Swift.CustomReflectable"
        printer.block("\(access)\(declaration): \(RenderContext.Swift.value)\(reflectable)") { printer in
            for variant in discriminated.variants {
                printer.doc(variant.values.map { "`\(field): \($0)`" }.joined(separator: " or "))
                printer.line("case \(Naming.escaped(variant.caseName))(\(context.member(variant.shape.swiftName)))")
            }
            printer.doc("A kind of \(noun) the spec does not list (`null` labelled with empty text): its discriminator and the whole payload, kept as sent.")
            printer.line("case unknown(\(Naming.label(key)): \(string), payload: \(RenderContext.Runtime.jsonValue))")
            printer.line()
            printer.block("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
                printer.line("let container = try decoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
                let unknown = { (kind: String) in
                    "self = .unknown(\(Naming.argumentLabel(key)): \(kind), payload: try \(RenderContext.Runtime.jsonValue)(from: decoder))"
                }
                printer.comment("A kind sent as `null` names none the spec lists: an unknown \(noun), labelled with empty text.")
                printer.block("guard let kind = try container.decodeKind(forKey: \(SwiftLiteral.wireName(field))) else") { printer in
                    printer.line(unknown("\"\""))
                    printer.line("return")
                }
                // Scalar for scalar, as codes are read: a `String` case matches a canonically equivalent kind.
                printer.block("switch \(RenderContext.Runtime.exactSpelling)(kind)") { printer in
                    for variant in discriminated.variants {
                        let values = variant.values.map(SwiftLiteral.string).joined(separator: ", ")
                        printer.line("case \(values): self = .\(Naming.escaped(variant.caseName))(try \(context.member(variant.shape.swiftName))(from: decoder))")
                    }
                    if discriminated.variants.allSatisfy({ $0.tableCodes.isEmpty && $0.integerValues.isEmpty }) {
                        printer.line("default: " + unknown("kind"))
                    } else {
                        printer.line("default:")
                        printer.indented { printer in
                            renderIntegerMatch(into: &printer)
                            renderTableCodeMatch(into: &printer)
                            printer.line(unknown("kind"))
                        }
                    }
                }
            }
            printer.line()
            renderEncoder(into: &printer)
            guard !context.model.secretMemberNames.isEmpty else { return }
            printer.line()
            renderMirror(label: Naming.argumentLabel(key), into: &printer)
        }
    }

    /// `print`, `dump` and string interpolation read an enum through its mirror: an unknown payload is shown with
    /// the spec's credentials redacted, as a shape shows its `Secret` fields; each other case as Swift shows it.
    private func renderMirror(label: String, into printer: inout CodePrinter) {
        printer.doc("Shows an unknown \(noun)'s payload with the values of \(context.model.secretMemberNames.map { "`\($0)`" }.joined(separator: ", ")) redacted, in any case and at any depth: they are credentials.")
        printer.block("\(context.access)var customMirror: Swift.Mirror") { printer in
            printer.block("switch self") { printer in
                for variant in discriminated.variants {
                    printer.line("case .\(Naming.escaped(variant.caseName))(let event):")
                    printer.line("    return Swift.Mirror(self, children: [\(SwiftLiteral.string(variant.caseName)): event], displayStyle: .enum)")
                }
                printer.line("case .unknown(let kind, let payload):")
                printer.line("    let shown = (\(label): kind, payload: payload.redactingMembers(named: \(context.secretNamesLiteral)))")
                printer.line("    return Swift.Mirror(self, children: [\"unknown\": shown], displayStyle: .enum)")
            }
        }
    }

    /// A kind spelled otherwise than its variant's value that the variant's integer field reads as its value (`01`,
    /// ` 1`, `+1`, as a form sends it) chooses the variant.
    private func renderIntegerMatch(into printer: inout CodePrinter) {
        let integers = discriminated.variants.filter { !$0.integerValues.isEmpty }
        guard !integers.isEmpty else { return }
        printer.block("if let number = Swift.Int64(wireText: kind)") { printer in
            printer.block("switch number") { printer in
                var taken: Set<Int64> = []
                for variant in integers {
                    let values = variant.integerValues.filter { taken.insert($0).inserted }
                    guard !values.isEmpty else { continue }
                    let patterns = values.map(String.init).joined(separator: ", ")
                    printer.line("case \(patterns): self = .\(Naming.escaped(variant.caseName))(try \(context.member(variant.shape.swiftName))(from: decoder)); return")
                }
                printer.line("default: break")
            }
        }
    }

    /// A kind spelled otherwise than its variant's value, as the variant's table-typed field reads it (an alias,
    /// a padded number), is looked up in each such table and chooses the variant whose value names that code.
    private func renderTableCodeMatch(into printer: inout CodePrinter) {
        var tables: [String] = []
        for variant in discriminated.variants where !variant.tableCodes.isEmpty {
            if let table = variant.discriminatorTable?.swiftName, !tables.contains(table) { tables.append(table) }
        }
        for table in tables {
            printer.block("switch \(context.member(table)).table.entry(for: kind)?.code") { printer in
                var taken: Set<String> = []
                for variant in discriminated.variants where variant.discriminatorTable?.swiftName == table {
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
    /// optional and empty, so that the payload still says its kind. A shape several values share always has the
    /// field (the model checks it).
    private func renderEncoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
            let writesKind = { (variant: DiscriminatedVariant) in
                variant.values.count == 1 && variant.discriminatorField?.isNonOptional != true
            }
            let anyWritesKind = discriminated.variants.contains(where: writesKind)
            if anyWritesKind { printer.line("let kind: \(RenderContext.Swift.string)") }
            printer.block("switch self") { printer in
                for variant in discriminated.variants {
                    printer.line("case .\(Naming.escaped(variant.caseName))(let event):")
                    if let union { printer.line("    \(Self.noting(union.variantName(variant.caseName, .shape(variant.shape))))") }
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
                if let union {
                    printer.line("case .unknown(_, let payload):")
                    printer.line("    \(Self.noting(union.unknownVariantName))")
                } else if let callbackName {
                    printer.line("case .unknown(let sentKind, let payload):")
                    printer.line("    SMSSpecRuntime.UnionVariantNotes.noteUnknownKind("
                        + "sentKind, of: \(SwiftLiteral.string(callbackName)), by: \(SwiftLiteral.wireName(discriminated.field)), to: encoder)")
                } else {
                    printer.line("case .unknown(_, let payload):")
                }
                printer.line(context.model.secretMemberNames.isEmpty
                    ? "    try payload.encode(to: encoder)" : "    try payload.encode(to: encoder, redactingMembersNamed: \(context.secretNamesLiteral))")
                printer.line("    return")
            }
            guard anyWritesKind else { return }
            printer.line("var container = encoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
            printer.line("try container.encode(kind, forKey: \(SwiftLiteral.wireName(discriminated.field)))")
        }
    }

    private static func noting(_ name: String) -> String { "SMSSpecRuntime.UnionVariantNotes.note(\(SwiftLiteral.string(name)), to: encoder)" }
}
