/// Renders `validate(at:)` for request shapes and the shapes inside them, from the spec's constraints.
struct ValidationRenderer {
    let context: RenderContext

    /// Request shapes and every shape reachable from them.
    var validatedShapes: [ShapeModel] { context.model.shapes.filter(\.isValidated) }

    func render(into printer: inout CodePrinter) {
        for (index, shape) in validatedShapes.enumerated() {
            if index > 0 { printer.line() }
            renderValidator(for: shape, into: &printer)
        }
    }

    private func renderValidator(for shape: ShapeModel, into printer: inout CodePrinter) {
        let violation = RenderContext.Runtime.violation
        printer.block("extension \(context.member(shape.swiftName)): SMSSpecRuntime.ValidatableMessage") { printer in
            printer.doc("Every violation of \(shape.swiftName)'s constraints in the \(context.model.spec.name) spec.")
            printer.block("\(context.access)func validate(at path: \(RenderContext.Swift.string)) -> [\(violation)]") { printer in
                let checked = shape.fields.filter { !checkLines(for: $0, in: shape).isEmpty }
                guard !checked.isEmpty else {
                    printer.line("[]")
                    return
                }
                printer.line("var violations: [\(violation)] = []")
                for field in checked {
                    renderChecks(for: field, in: shape, into: &printer)
                }
                printer.line("return violations")
            }
        }
    }

    private func renderChecks(for field: FieldModel, in shape: ShapeModel, into printer: inout CodePrinter) {
        let checks = checkLines(for: field, in: shape)
        guard !checks.isEmpty else { return }
        let property = "self.\(Naming.escaped(field.swiftName))"
        let binding = field.isNonOptional ? "do" : "if let value = \(property)"
        printer.block(binding) { printer in
            if field.isNonOptional { printer.line("let value = \(property)") }
            printer.line("let fieldPath = SMSSpecRuntime.MessagePath.join(path, \(SwiftLiteral.string(field.spec.wireName.value)))")
            guard field.type == .secret else {
                for check in checks { printer.line(check) }
                return
            }
            // A credential's rules run apart, and their messages name the rule but never the value.
            printer.line("var secretViolations: [\(RenderContext.Runtime.violation)] = []")
            for check in checks { printer.line(check.replacingOccurrences(of: "into: &violations)", with: "into: &secretViolations)")) }
            printer.block("violations += secretViolations.map") { printer in
                printer.line(
                    "\(RenderContext.Runtime.violation)(path: $0.path, rule: $0.rule, message: \"breaks the \\($0.rule) rule (a credential: its value is not shown)\", providerCode: $0.providerCode)")
            }
        }
    }

    private func checkLines(for field: FieldModel, in shape: ShapeModel) -> [String] {
        let value = "value"
        let constraints = field.spec.constraints
        var lines: [String] = []
        let text = field.type == .secret ? "\(value).value" : value
        let validation = RenderContext.Runtime.validation
        /// `, code: Acme.Status.noCredit.entry` when the spec says what the provider answers for this rule.
        func code(_ rule: String) -> String {
            guard let code = field.providerCode(for: rule) else { return "" }
            return ", code: \(context.member(code.table)).\(Naming.escaped(code.caseName)).entry"
        }
        let tail = { (rule: String) in ", path: fieldPath\(code(rule)), into: &violations)" }
        // One call per bound, so each can carry the code the provider answers for it.
        func bounds(_ function: String, _ subject: String, _ low: Located<Int>?, _ lowRule: String, _ high: Located<Int>?, _ highRule: String) {
            if let low { lines.append("\(validation).\(function)(\(subject), min: \(low.value), max: nil" + tail(lowRule)) }
            if let high { lines.append("\(validation).\(function)(\(subject), min: nil, max: \(high.value)" + tail(highRule)) }
        }
        bounds("length", text, constraints.minLength, "minLength", constraints.maxLength, "maxLength")
        if let pattern = constraints.pattern {
            lines.append("\(validation).pattern(\(text), \(SwiftLiteral.string(pattern.value))" + tail("pattern"))
        }
        bounds("range", value, constraints.minimum, "minimum", constraints.maximum, "maximum")
        bounds("count", value, constraints.minItems, "minItems", constraints.maxItems, "maxItems")
        if let maxSegments = constraints.maxSegments {
            var substitution = ""
            if let substitute = constraints.substitute {
                var length = String(substitute.defaultLength)
                if let sibling = field.substituteLength {
                    let property = "self.\(Naming.escaped(sibling.property))"
                    length = sibling.isOptional ? "\(property) ?? \(substitute.defaultLength)" : property
                }
                substitution = ", placeholder: \(SwiftLiteral.string(substitute.placeholder)), substituteLength: \(length)"
            }
            lines.append(
                "\(validation).segments(\(text), max: \(maxSegments.value), capacities: \(context.segmentCapacities)\(substitution)"
                    + tail("maxSegments"))
        }
        if constraints.url?.value == true {
            lines.append("\(validation).url(\(text)" + tail("url"))
        }
        if let phone = constraints.phone {
            let forms = phone.forms.map { "." + $0.value }.joined(separator: ", ")
            lines.append(
                "\(validation).phone(\(text), rules: \(context.member("PhoneRules")).\(Naming.escaped(phone.country.value)), forms: [\(forms)]"
                    + tail("phone"))
        }
        if case .timestamp(let formats, let timeZone) = field.type {
            lines.append("\(validation).timestamp(\(value), formats: \(SwiftLiteral.strings(formats)), timeZone: \(SwiftLiteral.optionalString(timeZone))" + tail("format"))
        }
        switch field.type {
        case .shape(let type) where type.hasValidator:
            lines.append("violations += \(value).validate(at: fieldPath)")
        case .array(.shape(let type)) where type.hasValidator:
            lines.append("\(validation).elements(\(value), path: fieldPath, into: &violations)")
        default:
            break
        }
        return lines
    }
}
