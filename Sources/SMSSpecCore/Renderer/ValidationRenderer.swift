/// Renders `validate(at:)` for request shapes and the shapes inside them, from the spec's constraints.
struct ValidationRenderer {
    let context: RenderContext

    /// Request shapes and every shape reachable from them.
    var validatedShapes: [ShapeModel] {
        var names = Set(context.model.shapes.filter(\.isRequest).map(\.swiftName))
        var frontier = Array(names)
        while let name = frontier.popLast() {
            for field in context.shape(named: name)?.fields ?? [] {
                for reference in field.spec.type.value.referencedNames where context.shape(named: reference) != nil {
                    if names.insert(reference).inserted { frontier.append(reference) }
                }
            }
        }
        return context.model.shapes.filter { names.contains($0.swiftName) }
    }

    func render(into printer: inout CodePrinter) {
        for (index, shape) in validatedShapes.enumerated() {
            if index > 0 { printer.line() }
            renderValidator(for: shape, into: &printer)
        }
    }

    private func renderValidator(for shape: ShapeModel, into printer: inout CodePrinter) {
        printer.block("extension \(context.namespace).\(shape.swiftName): ValidatableMessage") { printer in
            printer.doc("Every violation of \(shape.swiftName)'s constraints in the \(context.model.spec.name) spec.")
            printer.block("\(context.access)func validate(at path: String) -> [ValidationViolation]") { printer in
                let checked = shape.fields.filter { !checkLines(for: $0, value: "value").isEmpty }
                guard !checked.isEmpty else {
                    printer.line("[]")
                    return
                }
                printer.line("var violations: [ValidationViolation] = []")
                for field in checked {
                    renderChecks(for: field, into: &printer)
                }
                printer.line("return violations")
            }
        }
    }

    private func renderChecks(for field: FieldModel, into printer: inout CodePrinter) {
        let checks = checkLines(for: field, value: "value")
        guard !checks.isEmpty else { return }
        let name = Naming.escaped(field.swiftName)
        let binding = field.isNonOptional ? "do" : "if let value = \(name)"
        printer.block(binding) { printer in
            if field.isNonOptional { printer.line("let value = \(name)") }
            printer.line("let fieldPath = MessagePath.join(path, \(SwiftLiteral.string(field.spec.wireName.value)))")
            for check in checks { printer.line(check) }
        }
    }

    private func checkLines(for field: FieldModel, value: String) -> [String] {
        let constraints = field.spec.constraints
        var lines: [String] = []
        let text = field.type == .secret ? "\(value).value" : value
        if constraints.minLength != nil || constraints.maxLength != nil {
            lines.append("Validation.length(\(text), min: \(SwiftLiteral.optionalInt(constraints.minLength?.value)), max: \(SwiftLiteral.optionalInt(constraints.maxLength?.value)), path: fieldPath, into: &violations)")
        }
        if let pattern = constraints.pattern {
            lines.append("Validation.pattern(\(text), \(SwiftLiteral.string(pattern.value)), path: fieldPath, into: &violations)")
        }
        if constraints.minimum != nil || constraints.maximum != nil {
            lines.append("Validation.range(\(value), min: \(SwiftLiteral.optionalInt(constraints.minimum?.value)), max: \(SwiftLiteral.optionalInt(constraints.maximum?.value)), path: fieldPath, into: &violations)")
        }
        if constraints.minItems != nil || constraints.maxItems != nil {
            lines.append("Validation.count(\(value), min: \(SwiftLiteral.optionalInt(constraints.minItems?.value)), max: \(SwiftLiteral.optionalInt(constraints.maxItems?.value)), path: fieldPath, into: &violations)")
        }
        if case .timestamp(let formats, let timeZone) = field.type {
            lines.append("Validation.timestamp(\(value), formats: \(SwiftLiteral.strings(formats)), timeZone: \(SwiftLiteral.optionalString(timeZone)), path: fieldPath, into: &violations)")
        }
        switch field.type {
        case .shape(let name) where validatedShapes.contains { $0.swiftName == name }:
            lines.append("violations += \(value).validate(at: fieldPath)")
        case .array(.shape(let name)) where validatedShapes.contains { $0.swiftName == name }:
            lines.append("Validation.elements(\(value), path: fieldPath, into: &violations)")
        default:
            break
        }
        return lines
    }
}
