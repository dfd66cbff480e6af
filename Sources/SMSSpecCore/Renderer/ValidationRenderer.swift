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
                let checks = shape.fields.flatMap(calls(for:))
                guard !checks.isEmpty else {
                    printer.line("[]")
                    return
                }
                printer.line("var validation = \(RenderContext.Runtime.validation)(at: path)")
                for check in checks { printer.line("validation.\(check)") }
                printer.line("return validation.violations")
            }
        }
    }

    /// One call per rule of `field`, in the order the sandbox's interpreter applies them. Each reads the property
    /// (an absent optional passes) and names the field by its wire name; a `Secret` is never quoted.
    private func calls(for field: FieldModel) -> [String] {
        let value = "self.\(Naming.escaped(field.swiftName))"
        let constraints = field.spec.constraints
        var checks: [String] = []
        let name = "field: \(SwiftLiteral.string(field.spec.wireName.value))"
        /// `field: "to", code: Acme.Status.badTo.entry)`: the code when the spec says what the provider answers.
        func tail(_ rule: String) -> String {
            guard let code = field.providerCode(for: rule) else { return name + ")" }
            return "\(name), code: \(context.member(code.table)).\(Naming.escaped(code.caseName)).entry)"
        }
        // One call per bound, so each can carry the code the provider answers for it.
        func bounds(_ function: String, _ low: Located<Int>?, _ lowRule: String, _ high: Located<Int>?, _ highRule: String) {
            if let low { checks.append("\(function)(\(value), min: \(low.value), " + tail(lowRule)) }
            if let high { checks.append("\(function)(\(value), max: \(high.value), " + tail(highRule)) }
        }
        bounds("length", constraints.minLength, "minLength", constraints.maxLength, "maxLength")
        if let pattern = constraints.pattern {
            checks.append("pattern(\(value), \(SwiftLiteral.string(pattern.value)), " + tail("pattern"))
        }
        bounds("range", constraints.minimum, "minimum", constraints.maximum, "maximum")
        bounds("count", constraints.minItems, "minItems", constraints.maxItems, "maxItems")
        if let list = field.separatedList {
            checks.append("separated(\(value), separator: \(SwiftLiteral.string(list.separator)), " + tail("separator"))
        }
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
            checks.append("segments(\(value), max: \(maxSegments.value), capacities: \(context.segmentCapacities)\(substitution), " + tail("maxSegments"))
        }
        if constraints.url?.value == true {
            checks.append("url(\(value), " + tail("url"))
        }
        if let phone = constraints.phone {
            let forms = phone.forms.map { "." + $0.value }.joined(separator: ", ")
            checks.append(
                "phone(\(value), rules: \(context.member("PhoneRules")).\(Naming.escaped(phone.country.value)), forms: [\(forms)], " + tail("phone"))
        }
        if case .timestamp(let formats, let timeZone) = field.type {
            checks.append("timestamp(\(value), formats: \(SwiftLiteral.strings(formats)), timeZone: \(SwiftLiteral.optionalString(timeZone)), " + tail("format"))
        }
        switch field.type {
        case .shape(let type) where type.hasValidator:
            checks.append("message(\(value), \(name))")
        case .array(.shape(let type)) where type.hasValidator:
            checks.append("elements(\(value), \(name))")
        default:
            break
        }
        return checks
    }
}
