/// Renders a shape as a `Codable, Hashable, Sendable` struct with explicit coding keys.
struct ShapeRenderer {
    let context: RenderContext
    let shape: ShapeModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.doc(context.documentation(summary: shape.spec.summary, source: shape.spec.source, decisions: shape.spec.decisions))
        if let element = shape.listElement {
            printer.line("\(access)typealias \(shape.swiftName) = [\(element.swiftType)]")
            return
        }
        printer.block("\(access)struct \(shape.swiftName): Codable, Hashable, Sendable") { printer in
            for field in shape.fields {
                printer.doc(fieldDocumentation(field))
                printer.line("\(access)var \(Naming.escaped(field.swiftName)): \(propertyType(field))")
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

    private func propertyType(_ field: FieldModel) -> String {
        field.type.swiftType + (field.isNonOptional ? "" : "?")
    }

    private func fieldDocumentation(_ field: FieldModel) -> [String] {
        var notes = ["Wire name: `\(field.spec.wireName.value)`" + (field.spec.placement == .body ? "." : ", in the \(field.spec.placement.rawValue).")]
        if let value = field.spec.defaultValue { notes.append("Default: `\(value.value)` when absent.") }
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
            if let value = field.spec.defaultValue { return label + " = " + defaultLiteral(value.value, for: field) }
            return field.isNonOptional ? label : label + " = nil"
        }
        guard !parameters.isEmpty else {
            printer.line("\(context.access)init() {}")
            return
        }
        printer.block("\(context.access)init(\n    \(parameters.joined(separator: ",\n    "))\n)") { printer in
            for field in shape.fields { printer.line("self.\(field.swiftName) = \(Naming.escaped(field.swiftName))") }
        }
    }

    func defaultLiteral(_ value: String, for field: FieldModel) -> String {
        switch field.type {
        case .string: return SwiftLiteral.string(value)
        case .enumeration(let name):
            let caseName = context.enumeration(named: name)?.cases.first { $0.value == value }?.swiftName ?? "unknown"
            return ".\(Naming.escaped(caseName))"
        case .decimal: return "Decimal(string: \(SwiftLiteral.string(value))) ?? 0"
        default: return value
        }
    }

    private func renderCodingKeys(into printer: inout CodePrinter) {
        guard !shape.fields.isEmpty else { return }
        printer.block("enum CodingKeys: String, CodingKey") { printer in
            for field in shape.fields {
                printer.line("case \(Naming.escaped(field.swiftName)) = \(SwiftLiteral.string(field.spec.wireName.value))")
            }
        }
    }

    private func renderDecoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)init(from decoder: any Decoder) throws") { printer in
            guard !shape.fields.isEmpty else { return }
            printer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for field in shape.fields {
                printer.line("self.\(field.swiftName) = \(decodeExpression(field))")
            }
        }
    }

    private func decodeExpression(_ field: FieldModel) -> String {
        let key = ".\(Naming.escaped(field.swiftName))"
        let decodesOptional = !field.spec.required
        let ifPresent = decodesOptional ? "IfPresent" : ""
        var expression: String
        switch field.type {
        case .timestamp(let formats, let timeZone):
            expression = "try container.decodeTimestamp\(ifPresent)(forKey: \(key), formats: \(SwiftLiteral.strings(formats)), "
                + "timeZone: \(SwiftLiteral.optionalString(timeZone)))"
        case let type where type.isLenientScalar:
            expression = "try container.decodeScalar\(ifPresent)(\(type.swiftType).self, forKey: \(key), lenient: \(field.spec.lenient))"
        default:
            expression = "try container.decode\(ifPresent)(\(field.type.swiftType).self, forKey: \(key))"
        }
        if let value = field.spec.defaultValue { expression += " ?? " + defaultLiteral(value.value, for: field) }
        return expression
    }

    private func renderEncoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)func encode(to encoder: any Encoder) throws") { printer in
            guard !shape.fields.isEmpty else { return }
            printer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for field in shape.fields {
                let method = field.isNonOptional ? "encode" : "encodeIfPresent"
                let statement = "try container.\(method)(\(Naming.escaped(field.swiftName)), forKey: .\(Naming.escaped(field.swiftName)))"
                if field.spec.placement != .body {
                    // Path and query parameters are part of the value but not of an HTTP body.
                    printer.block("if encoder.userInfo[.omitNonBodyFields] as? Bool != true") { printer in printer.line(statement) }
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
