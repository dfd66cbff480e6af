/// Renders a shape as a `Codable, Hashable, Sendable` struct with explicit coding keys.
struct ShapeRenderer {
    let context: RenderContext
    let shape: ShapeModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.doc(context.documentation(summary: shape.spec.summary, source: shape.spec.source, decisions: shape.spec.decisions))
        if let element = shape.listElement {
            printer.line("\(access)typealias \(Naming.escaped(shape.swiftName)) = [\(context.spelling(element))]")
            return
        }
        printer.block("\(access)struct \(Naming.escaped(shape.swiftName)): \(RenderContext.Swift.value)") { printer in
            for field in shape.fields {
                printer.doc(fieldDocumentation(field))
                if field.isIndirect {
                    renderIndirectProperty(field, into: &printer)
                } else {
                    printer.line("\(access)var \(Naming.escaped(field.swiftName)): \(propertyType(field))")
                }
                printer.line()
            }
            renderInitializer(into: &printer)
            printer.line()
            renderCodingKeys(into: &printer)
            printer.line()
            renderDecoder(into: &printer)
            printer.line()
            renderEncoder(into: &printer)
        }
    }

    /// A field that holds its own shape again is stored in an array, so the struct keeps a finite size.
    private func renderIndirectProperty(_ field: FieldModel, into printer: inout CodePrinter) {
        let storage = "_\(field.swiftName)"
        printer.block("\(context.access)var \(Naming.escaped(field.swiftName)): \(propertyType(field))") { printer in
            printer.line("get { self.\(storage).first }")
            printer.line("set { self.\(storage) = newValue.map { [$0] } ?? [] }")
        }
        printer.line("private var \(storage): [\(context.spelling(field.type))] = []")
    }

    /// Indirect fields last: they are set through their accessors once every stored property has a value.
    private var fieldsInAssignmentOrder: [FieldModel] { shape.fields.filter { !$0.isIndirect } + shape.fields.filter(\.isIndirect) }

    private func propertyType(_ field: FieldModel) -> String {
        context.spelling(field.type) + (field.isNonOptional ? "" : "?")
    }

    private func fieldDocumentation(_ field: FieldModel) -> [String] {
        var notes = ["Wire name: `\(field.spec.wireName.value)`" + (field.spec.placement == .body ? "." : ", in the \(field.spec.placement.rawValue).")]
        if let value = field.spec.defaultValue { notes.append("Default: `\(value.value)` when absent or null.") }
        if field.spec.lenient { notes.append("Accepted as a value or as text on the wire.") }
        if field.spec.secret { notes.append("A credential: never printed.") }
        if case .timestamp(let formats, let timeZone) = field.type {
            notes.append("Wire format: \(formats.map { "`\($0)`" }.joined(separator: " or "))" + (timeZone.map { ", time zone \($0)." } ?? "."))
        }
        let constraints = ConstraintDescription.describe(field.spec.constraints)
        if !constraints.isEmpty { notes.append("Constraints: \(constraints).") }
        return [field.spec.summary ?? ""] + [notes.joined(separator: "\n")] + context.decisionLines(field.spec.decisions)
    }

    private func renderInitializer(into printer: inout CodePrinter) {
        let parameters = shape.fields.map { field -> String in
            let label = "\(Naming.escaped(field.swiftName)): \(propertyType(field))"
            if let value = field.defaultValue { return label + " = " + defaultLiteral(value) }
            return field.isNonOptional ? label : label + " = nil"
        }
        guard !parameters.isEmpty else {
            printer.line("\(context.access)init() {}")
            return
        }
        printer.block("\(context.access)init(\n    \(parameters.joined(separator: ",\n    "))\n)") { printer in
            for field in fieldsInAssignmentOrder { printer.line("self.\(Naming.escaped(field.swiftName)) = \(Naming.escaped(field.swiftName))") }
        }
    }

    func defaultLiteral(_ value: DefaultValue) -> String {
        switch value {
        case .string(let text): SwiftLiteral.string(text)
        case .number(let number): number
        case .bool(let flag): flag ? "true" : "false"
        case .enumCase(let name): ".\(Naming.escaped(name))"
        case .decimal(let text): SwiftLiteral.decimal(text)
        }
    }

    private func renderCodingKeys(into printer: inout CodePrinter) {
        guard !shape.fields.isEmpty else { return }
        printer.block("enum CodingKeys: \(RenderContext.Swift.codingKey)") { printer in
            for field in shape.fields {
                printer.line("case \(Naming.escaped(field.swiftName)) = \(SwiftLiteral.string(field.spec.wireName.value))")
            }
        }
    }

    private func renderDecoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
            guard !shape.fields.isEmpty else { return }
            printer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for field in fieldsInAssignmentOrder {
                printer.line("self.\(Naming.escaped(field.swiftName)) = \(decodeExpression(field))")
            }
        }
    }

    private func decodeExpression(_ field: FieldModel) -> String {
        let key = ".\(Naming.escaped(field.swiftName))"
        let ifPresent = field.mayBeAbsent ? "IfPresent" : ""
        var expression: String
        switch field.type {
        case .timestamp(let formats, let timeZone):
            expression = "try container.decodeTimestamp\(ifPresent)(forKey: \(key), formats: \(SwiftLiteral.strings(formats)), "
                + "timeZone: \(SwiftLiteral.optionalString(timeZone)))"
        case let type where type.isLenientScalar:
            expression = "try container.decodeScalar\(ifPresent)(\(context.spelling(type)).self, forKey: \(key), lenient: \(field.spec.lenient))"
        default:
            expression = "try container.decode\(ifPresent)(\(context.spelling(field.type)).self, forKey: \(key))"
        }
        if let value = field.defaultValue { expression += " ?? " + defaultLiteral(value) }
        return expression
    }

    private func renderEncoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
            guard !shape.fields.isEmpty else { return }
            printer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for field in shape.fields {
                let method = field.isNonOptional ? "encode" : "encodeIfPresent"
                let statement = "try container.\(method)(self.\(Naming.escaped(field.swiftName)), forKey: .\(Naming.escaped(field.swiftName)))"
                if field.spec.placement != .body {
                    // Path, query and header parameters are part of the value but not of an HTTP body.
                    printer.block("if encoder.userInfo[.omitNonBodyFields] as? Swift.Bool != true") { printer in printer.line(statement) }
                } else {
                    printer.line(statement)
                }
            }
        }
    }
}

/// Constraints in words, for doc comments and messages.
enum ConstraintDescription {
    static func describe(_ constraints: ConstraintsSpec) -> String {
        var parts: [String] = []
        func range(_ low: Located<Int>?, _ high: Located<Int>?, _ unit: String) {
            switch (low?.value, high?.value) {
            case let (low?, high?): parts.append("\(low)…\(high) \(unit)")
            case let (low?, nil): parts.append("at least \(low) \(unit)")
            case let (nil, high?): parts.append("at most \(high) \(unit)")
            case (nil, nil): break
            }
        }
        range(constraints.minLength, constraints.maxLength, "characters")
        range(constraints.minimum, constraints.maximum, "(value)")
        range(constraints.minItems, constraints.maxItems, "items")
        if let pattern = constraints.pattern { parts.append("matches `\(pattern.value)`") }
        return parts.joined(separator: "; ")
    }
}
